#pragma once
// Small quota trees built in memory for the engine tests and the benchmark.
#include "quota/quotaplan.h"

#include <QStringList>

namespace quotatest {

using namespace tessera;
using namespace tessera::quota;

// company → regions × districts × territories, one rep per territory selling every day of FY2027
// (calendar months, January start). Seasonality even; all methods even; no over-assignment.
inline QuotaPlan evenTree(int regions, int districts, int territories, qint64 targetCents,
                          int repsPerTerritory = 1)
{
    QuotaPlan plan;
    const QuotaCalendar calendar(1);
    plan.settings.fiscalYear = 2027;
    plan.settings.target = Money::fromCents(targetCents);
    plan.settings.seasonality.fill(1);
    for (int m = 0; m < 12; ++m)
        plan.monthDays[size_t(m)] = calendar.month(2027, m + 1).days();
    auto add = [&](Level level, int parent, const QString &code) {
        QuotaNode n;
        n.level = level;
        n.parent = parent;
        n.id = qint64(plan.nodes.size()) + 1;
        n.code = code;
        n.name = code;
        if (level == Level::Rep)
            for (int m = 0; m < 12; ++m)
                n.coverage[size_t(m)] = Rate::Scale * plan.monthDays[size_t(m)];
        plan.nodes.push_back(n);
        return int(plan.nodes.size()) - 1;
    };
    add(Level::Company, -1, QStringLiteral("CO"));
    std::vector<int> regionIds, districtIds, territoryIds;
    for (int r = 0; r < regions; ++r)
        regionIds.push_back(add(Level::Region, 0, QStringLiteral("R%1").arg(r + 1)));
    for (int r : regionIds)
        for (int d = 0; d < districts; ++d)
            districtIds.push_back(add(Level::District, r, QStringLiteral("D%1").arg(districtIds.size() + 1)));
    for (int d : districtIds)
        for (int t = 0; t < territories; ++t)
            territoryIds.push_back(
                add(Level::Territory, d, QStringLiteral("T%1").arg(territoryIds.size() + 1)));
    int rep = 0;
    for (int t : territoryIds)
        for (int k = 0; k < repsPerTerritory; ++k)
            add(Level::Rep, t, QStringLiteral("REP-%1").arg(++rep));
    plan.linkChildren();
    return plan;
}

inline int findNode(const QuotaPlan &plan, const QString &code)
{
    for (size_t i = 0; i < plan.nodes.size(); ++i)
        if (plan.nodes[i].code == code)
            return int(i);
    return -1;
}

} // namespace quotatest
