#pragma once
// The payout engine: pure calculation, no database. For one rep and one fiscal year it turns credited
// deals, effective-dated plan assignments and monthly quotas into payout periods with exact earnings,
// draws, clawbacks, adjustments and the amount payable, each money line explaining itself
// (deal → credit → tier slice → rate → amount).
//
// Rounding (the one rule of money.h, half away from zero to the cent) happens only where a line is made:
// each tier slice, bonus, SPIFF, clawback, pro-rated quota month, pro-rated target and draw is rounded
// once; sums of lines are exact. docs/comp-plan-format.md lists every such place.

#include "compplan.h"
#include "store/fiscalcalendar.h"

#include <QDate>
#include <QString>
#include <array>
#include <vector>

namespace tessera::comp {

enum class CreditRule : quint8
{
    Direct,    // the opportunity owner, 100 %
    Split,     // a percentage split replacing the owner's credit
    Overlay,   // an overlay split on top (splits may add up to more than 100 %)
    Territory, // account → unit → territory → rep (or the owner's territory)
    Rollup     // indirect credit of a manager, capped at the deal amount
};
QString creditRuleName(CreditRule rule);

struct CreditedDeal
{
    qint64 opportunityId = 0;
    QDate date; // booking (close) date
    Money credit;
    Money dealAmount;
    CreditRule rule = CreditRule::Direct;
    Rate split = Rate::fromPercent(100);
    QString name, type, product;                // product: the part of the name after the last " - "
    QDate cancelDate, invoiceDate, paymentDate; // cancellation (for clawbacks); null if none
    bool hypothetical = false;                  // a what-if deal
};

struct Assignment
{
    const Plan *plan = nullptr;
    QDate start, end; // inclusive; clipped to the fiscal year by the engine
};

// What was frozen when a period was closed.
struct FrozenPeriod
{
    QString label;
    Money earnedToDate, paidToDate /* including this period */, balance, payable;
};
struct FrozenDeal // a deal's credit and commission in the closed periods, as frozen
{
    qint64 opportunityId = 0;
    Money credit, commission;
    QDate date;
};

struct RepInput
{
    qint64 repId = 0;
    std::vector<Assignment> assignments;  // non-overlapping
    std::array<Money, 12> monthlyQuota{}; // fiscal months 1..12 of the year
    std::vector<CreditedDeal> credits;    // sorted by date
    std::vector<FrozenPeriod> frozen;     // closed periods, in order; the engine keeps their figures
    std::vector<FrozenDeal> frozenDeals;
};

struct PayoutLine
{
    enum class Kind : quint8
    {
        Commission,  // a tier slice of one deal's credit
        BelowGate,   // a deal credited while attainment is below the gate (amount 0)
        GateReached, // the commission held back below the gate, released
        Retroactive, // true-up of earlier credit to a higher (or lower) tier rate
        SoftCap,     // credit above the soft cap level at its rate
        Cap,         // hard cap per period or per year (negative)
        Bonus,
        Spiff,
        Clawback,
        Adjustment // a change to a closed period, paid in the first open one
    };
    Kind kind = Kind::Commission;
    int component = -1; // index in the plan's components
    const Plan *plan = nullptr;
    int deal = -1; // index into RepInput::credits, -1 when not about one deal
    qint64 opportunityId = 0;
    int tier = -1;            // 0-based tier of a commission slice
    Money sliceFrom, sliceTo; // the slice of cumulative credit (commission) or credit/attainment basis
    Rate rate;                // tier rate, bonus payout fraction, clawback fraction
    Money amount;
    QString note; // reason of an adjustment, cap or clawback (translated)
};

struct PeriodResult
{
    QString label; // "2027-03" or "2027-Q1"
    QDate start, end;
    const Plan *plan = nullptr; // the plan at the period's end
    bool closed = false;
    Money credit, quota, ytdCredit, ytdQuota;
    Rate attainment, ytdAttainment;
    Money earned; // earnings of the period (sum of the lines)
    Money earnedToDate;
    Money paidBefore; // paid in earlier periods of the year
    Money drawAdvance, drawRecovery, drawForgiven;
    Money balance; // owed by the rep after this period (recoverable draws, overpayments)
    Money payable;
    std::vector<PayoutLine> lines;
};

struct RepResult
{
    qint64 repId = 0;
    std::vector<PeriodResult> periods;
};

struct EngineOptions
{
    QDate through;       // periods ending after this date and deals dated after it are left out
    bool explain = true; // false: totals only (no per-deal lines kept)
};

RepResult computeRep(const RepInput &input, const FiscalCalendar &calendar, int fiscalYear,
                     const EngineOptions &options);

// The text of one line: "Acme - Core (#42): credit $20,000.00 (split 50%) → tier 2 slice $150,000.00 to
// $165,000.00 → 6% → $900.00". deals is RepInput::credits.
QString explainLine(const PayoutLine &line, const std::vector<CreditedDeal> &deals, const QLocale &locale);

// Helpers shared with the crediting and the tests.
QString productOf(const QString &opportunityName);
// Quota of [start, end] from monthly quotas: each month pro-rated by the days covered, rounded per month.
Money proratedQuota(const std::array<Money, 12> &monthly, const FiscalCalendar &calendar, int fiscalYear,
                    const QDate &start, const QDate &end);

} // namespace tessera::comp
