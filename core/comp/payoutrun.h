#pragma once
// Payout runs over the plan file: loads plans, assignments, quotas, credits and closed periods, runs the
// engine for every assigned rep (in parallel), and saves runs and closes. A run covers the payout
// periods that end inside the requested period (a month or a quarter); it computes the fiscal year from
// its start so that year-to-date true-ups, tiers and draw balances are right.

#include "common/progress.h"
#include "compengine.h"

#include <QHash>
#include <deque>
#include <optional>

namespace tessera {
class PlanStore;
}

namespace tessera::comp {

struct RunOptions
{
    bool explain = true;
    std::optional<qint64> onlyRep;         // one rep (statements, what-if)
    std::vector<CreditedDeal> whatIfDeals; // hypothetical deals added to onlyRep's credits
};

struct RunResult
{
    FiscalPeriod period; // as asked
    int fiscalYear = 0;
    std::deque<Plan> plans;       // owned; assignments point here
    std::vector<RepInput> inputs; // one per rep, same order as reps
    std::vector<RepResult> reps;
    QHash<qint64, QString> repNames;
    QHash<qint64, qint64> repManagers;
    // The rep's periods that end inside the asked period.
    std::vector<const PeriodResult *> periodsIn(const RepResult &rep) const;
    const RepResult *rep(qint64 repId) const;
    const RepInput *input(qint64 repId) const;
};

// Parses "2027-03" or "2027-Q1" with the plan's calendar; throws a user error naming the field.
FiscalPeriod parsePayoutPeriod(PlanStore &store, const QString &text);

RunResult computePayouts(PlanStore &store, const FiscalPeriod &period, const RunOptions &options = {},
                         const Progress &progress = Progress());
// Saves the run's results and explained lines for the asked period; returns the run id.
qint64 saveRun(PlanStore &store, const RunResult &run, const QString &kind = QStringLiteral("run"));
// Closes the payout periods ending inside `period`: computes, saves a 'close' run and freezes its figures
// and each deal's credit and commission. Refuses when an earlier period of the year is still open or the
// period is closed already.
qint64 closePeriod(PlanStore &store, const FiscalPeriod &period, const Progress &progress = Progress());
bool isClosed(PlanStore &store, const QString &label);

// CSV of the run: rep_id, rep, period, plan, credit, quota, attainment, earned, earned_to_date, paid,
// draw_advance, draw_recovery, balance, payable.
QByteArray runCsv(const RunResult &run);

} // namespace tessera::comp
