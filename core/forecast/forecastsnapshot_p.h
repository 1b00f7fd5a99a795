#pragma once
// Private to core/forecast: one period's snapshot inside ForecastQuery (per-rep tallies and quotas) and the
// period helpers the query files share. forecastsnapshot.cpp reads it; forecastquery.cpp sums it.

#include "earnings.h"
#include "forecastquery.h"
#include "repfacts.h"

#include <QHash>
#include <optional>
#include <vector>

namespace tessera::forecast {

namespace detail {
// Whether the whole month (given by its first day) is inside the period.
bool fullMonth(const Period &p, const QDate &first);
// Days of the month (given by its first day) inside the period.
int overlapDays(const Period &p, const QDate &first);
// "1,2,3" for an IN list ("NULL" when empty).
QString idList(const std::vector<qint64> &ids);
} // namespace detail

struct ForecastQuery::Snapshot
{
    Period period;
    bool facts = true;
    std::vector<QDate> partialMonths; // months only partly inside the period
    int fullMonths = 0;
    RepFacts repFacts;          // whole-month periods: the facts summed per rep, one pass
    QHash<qint64, Tally> tally; // other periods: by rep, from the opportunities table
    Tally tallyOf(qint64 rep) const { return facts ? repFacts.tally(rep) : tally.value(rep); }
    QHash<qint64, Money> repFull;                 // full-month quota by rep
    QHash<qint64, std::vector<Money>> repPartial; // raw monthly quota of each partial month, by rep
    struct NodeQuota
    {
        Money full;
        int fullMonths = 0;
        std::vector<std::optional<Money>> partial;
    };
    // An org node's own quota rows, read when a dashboard first needs the node (a few nodes per dashboard
    // instead of every node's rows; the quotas_node index finds them).
    const NodeQuota &nodeQuotaOf(const PlanStore &store, qint64 node) const;
    int fullFrom = 0, fullTo = 0; // fiscal keys (year × 100 + fiscal month) of the full months
    std::vector<int> partialKeys; // fiscal keys of the partial months
    mutable QHash<qint64, NodeQuota> nodeQuota;
    EarningsResult earnings;
    QHash<QString, Dashboard> dashboards; // computed dashboards by node ("org:12"), until invalidate()
};

} // namespace tessera::forecast
