#include "quotaanalysis.h"

#include "store/planstore.h"

#include <QHash>
#include <cmath>

namespace tessera::quota {

std::vector<ReconciliationRow> reconcile(const QuotaPlan &plan, const std::vector<Submission> &submissions)
{
    std::vector<ReconciliationRow> rows(plan.nodes.size());
    for (size_t i = 0; i < plan.nodes.size(); ++i) {
        rows[i].node = int(i);
        rows[i].topDown = plan.year(int(i));
    }
    std::vector<bool> own(plan.nodes.size(), false);
    for (const Submission &s : submissions) {
        rows[size_t(s.node)].bottomUp = s.cents;
        own[size_t(s.node)] = true;
    }
    // Children come after parents: walk backwards to sum children into parents without their own number.
    // A parent gets its children's sum only when every child has a number (a partial sum is no plan).
    std::vector<qint64> sum(plan.nodes.size(), 0);
    std::vector<int> missing(plan.nodes.size(), 0);
    for (size_t i = plan.nodes.size(); i-- > 0;) {
        const QuotaNode &n = plan.nodes[i];
        if (!own[i] && !n.children.empty() && missing[i] == 0)
            rows[i].bottomUp = sum[i];
        if (i == 0)
            break;
        if (rows[i].bottomUp)
            sum[size_t(n.parent)] += *rows[i].bottomUp;
        else
            ++missing[size_t(n.parent)];
    }
    return rows;
}

namespace {

void summarise(FairnessGroup &g)
{
    std::vector<double> ratios;
    for (const FairnessRow &r : g.rows)
        if (r.potential > 0)
            ratios.push_back(r.ratio);
    if (ratios.empty())
        return;
    double sum = 0;
    for (double x : ratios)
        sum += x;
    g.mean = sum / double(ratios.size());
    double var = 0;
    for (double x : ratios)
        var += (x - g.mean) * (x - g.mean);
    g.stddev = std::sqrt(var / double(ratios.size()));
    g.cv = g.mean > 0 ? g.stddev / g.mean : 0;
    for (FairnessRow &r : g.rows) {
        if (r.potential <= 0) {
            r.outlier = r.quota > 0;
            continue;
        }
        r.z = g.stddev > 0 ? (r.ratio - g.mean) / g.stddev : 0;
        r.outlier = std::abs(r.z) > 2.0;
    }
}

FairnessRow rowOf(const QuotaPlan &plan, int i)
{
    const QuotaNode &n = plan.nodes[size_t(i)];
    FairnessRow r;
    r.node = i;
    r.quota = plan.year(i);
    r.potential = n.potential;
    r.priorYear = n.priorYear;
    r.ratio = n.potential > 0 ? double(r.quota) / double(n.potential) : 0;
    return r;
}

} // namespace

FairnessReport fairness(const QuotaPlan &plan, const std::vector<QDate> &hireDates,
                        const QDate &priorYearStart)
{
    FairnessReport report;
    int reached100 = 0, reached80 = 0;
    for (size_t i = 0; i < plan.nodes.size(); ++i) {
        const QuotaNode &n = plan.nodes[i];
        if (n.level == Level::Territory)
            report.territories.rows.push_back(rowOf(plan, int(i)));
        if (n.level != Level::Rep)
            continue;
        const FairnessRow row = rowOf(plan, int(i));
        if (row.quota <= 0)
            continue;
        report.reps.rows.push_back(row);
        const QDate hire = i < hireDates.size() ? hireDates[i] : QDate();
        if (hire.isValid() && hire >= priorYearStart)
            continue;
        ++report.repsWithHistory;
        // prior ≥ quota and prior ≥ 0.8 × quota, compared exactly in cents (× 10 to stay integral).
        if (row.priorYear >= row.quota)
            ++reached100;
        if (row.priorYear * 10 >= row.quota * 8)
            ++reached80;
    }
    summarise(report.reps);
    summarise(report.territories);
    if (report.repsWithHistory > 0) {
        report.reach100 = double(reached100) / report.repsWithHistory;
        report.reach80 = double(reached80) / report.repsWithHistory;
    }
    return report;
}

FairnessReport fairness(const PlanStore &store, const QuotaPlan &plan)
{
    QHash<qint64, QDate> hires;
    QSqlQuery q = store.query(QStringLiteral("SELECT id, hire_date FROM reps"));
    while (q.next())
        hires.insert(q.value(0).toLongLong(), QDate::fromString(q.value(1).toString(), Qt::ISODate));
    std::vector<QDate> hireDates(plan.nodes.size());
    for (size_t i = 0; i < plan.nodes.size(); ++i)
        if (plan.nodes[i].level == Level::Rep)
            hireDates[i] = hires.value(plan.nodes[i].id);
    const QuotaCalendar calendar(store.settings().fiscalYearStartMonth);
    return fairness(plan, hireDates, calendar.year(plan.settings.fiscalYear - 1).start);
}

} // namespace tessera::quota
