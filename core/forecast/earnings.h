#pragma once
// Earnings for the dashboards: the one place they ask compensation for money earned. Figures come from the
// latest payout run results (comp_payout_results) for the payout periods that lie inside the dashboard
// period; with no payout run there, the result is not available and carries a note saying why.

#include "common/money.h"
#include "period.h"

#include <QDate>
#include <QHash>
#include <vector>

namespace tessera {
class PlanStore;
}

namespace tessera::forecast {

struct EarningsResult
{
    bool available = false;
    QHash<qint64, Money> byRep; // earned in the period's payout periods run so far (rep id → amount)
    QHash<qint64, Money> projectedByRep; // earned × period days ÷ days covered by the runs
    QDate coveredThrough;                // last day of the latest payout period with results in the period
    QString note;                        // why nothing is shown, translated
};

// Earnings of `reps` (all reps when empty) in `period`. A payout period counts when it lies entirely inside
// `period`; for each rep and payout period the latest run's figures are used.
EarningsResult earningsFor(const PlanStore &store, const std::vector<qint64> &reps, const Period &period);

} // namespace tessera::forecast
