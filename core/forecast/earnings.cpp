#include "earnings.h"

#include <QCoreApplication>

namespace tessera::forecast {

EarningsResult earningsFor(const PlanStore &store, const std::vector<qint64> &reps, const Period &period)
{
    Q_UNUSED(store);
    Q_UNUSED(reps);
    Q_UNUSED(period);
    EarningsResult r;
    r.note = QCoreApplication::translate("Forecast",
                                         "Earnings appear here once compensation payouts have been run.");
    return r;
}

} // namespace tessera::forecast
