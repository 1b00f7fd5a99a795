#pragma once
// A compensation plan: on-target earnings, pay mix, plan year, payout period and its components
// (commission, bonus, SPIFF, draw, clawback). The documented JSON form (docs/comp-plan-format.md) is the
// exchange format; the plan file stores that JSON plus a few normalized columns.

#include "common/money.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <vector>

namespace tessera::comp {

enum class PayoutFrequency
{
    Month,
    Quarter
};

// Where a commission's or bonus's attainment is measured: each payout period on its own, or the plan
// year to date (the part of the year the assignment covers).
enum class Window
{
    Period,
    Year
};

struct Tier
{
    // Lower bound of the tier: a money amount of credit (basis Amount) or a fraction of the window's
    // quota (basis Attainment). The first tier starts at 0.
    Money fromAmount;
    Rate fromAttainment;
    Rate rate;
};

struct Commission
{
    enum class Basis
    {
        Amount,
        Attainment
    };
    enum class Mode
    {
        Marginal,   // each slice of credit earns its own tier's rate
        Retroactive // all credit earns the rate of the tier the total reaches
    };
    Basis basis = Basis::Amount;
    Mode mode = Mode::Marginal;
    Window window = Window::Year;
    std::vector<Tier> tiers; // a flat rate is one tier from 0
    Rate gate;               // attainment floor: nothing is earned below it (0 = no gate)
    bool hasSoftCap = false;
    Tier softCap;       // credit above softCap.from earns softCap.rate instead
    Money capPerPeriod; // 0 = none
    Money capPerYear;   // 0 = none
};

struct BonusStep
{
    Rate attainment; // threshold
    Rate payout;     // fraction of the target paid at the threshold
};

struct Bonus
{
    enum class Mode
    {
        Stepped, // the highest step reached pays its fraction
        ProRated // linear between steps, the last step's fraction above it
    };
    Mode mode = Mode::Stepped;
    Window window = Window::Period;
    Money target; // per window, pro-rated by the days the assignment covers
    std::vector<BonusStep> steps;
};

struct Spiff
{
    enum class Frequency
    {
        EveryDeal,
        OncePerPeriod
    };
    Money amount;   // fixed amount per deal, or per unit
    Money unitSize; // > 0: amount per whole unitSize of credit (per-unit SPIFF)
    Frequency frequency = Frequency::EveryDeal;
    QStringList products; // empty = any; the product is the part of the deal name after " - "
    QStringList types;    // empty = any (New Business, Upsell, Renewal)
    Money minAmount;      // deal amount at least (0 = none)
    Money maxAmount;      // deal amount at most (0 = none)
    QDate from, to;       // close date window (null = open)
};

struct Draw
{
    Money amount; // per payout period, pro-rated by days covered
    bool recoverable = true;
};

struct Clawback
{
    enum class Anchor
    {
        Booking,
        Invoice,
        Payment
    };
    enum class Mode
    {
        Full,
        ProRated // on the unused part of the term
    };
    Anchor anchor = Anchor::Booking;
    Mode mode = Mode::Full;
    int windowDays = 90;
    int termMonths = 12;
    Rate share = Rate::fromPercent(100); // of the deal's commission, before pro-rating
};

struct Component
{
    enum class Type
    {
        Commission,
        Bonus,
        Spiff,
        Draw,
        Clawback
    };
    Type type = Type::Commission;
    QString name;
    Commission commission;
    Bonus bonus;
    Spiff spiff;
    Draw draw;
    Clawback clawback;
};

struct Plan
{
    qint64 id = 0;
    QString name;
    int planYear = 0; // fiscal year
    PayoutFrequency frequency = PayoutFrequency::Month;
    Money ote;                           // on-target earnings per year
    Rate payMix = Rate::fromPercent(50); // variable share of OTE
    std::vector<Component> components;

    Money targetIncentive() const { return ote * payMix; }
};

QString componentTypeName(Component::Type type);

// JSON exchange form. fromJson throws TesseraError(User) naming the file and the field (a JSON path such
// as "components[1].tiers[0].rate") of the first problem.
QJsonObject toJson(const Plan &plan);
Plan planFromJson(const QJsonObject &json, const QString &file = {});
Plan planFromJsonBytes(const QByteArray &bytes, const QString &file = {});

} // namespace tessera::comp
