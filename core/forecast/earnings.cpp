#include "earnings.h"

#include "store/fiscalcalendar.h"
#include "store/planstore.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

namespace tessera::forecast {

EarningsResult earningsFor(const PlanStore &store, const std::vector<qint64> &reps, const Period &period)
{
    EarningsResult r;
    const FiscalCalendar calendar(store.settings().fiscalYearStartMonth);
    const QSet<qint64> wanted(reps.begin(), reps.end());
    // The latest run's row for every rep and payout period.
    QSqlQuery q = store.query(
        QStringLiteral("SELECT res.rep_id, res.period, res.earned_cents FROM comp_payout_results res "
                       "WHERE res.run_id = (SELECT MAX(o.run_id) FROM comp_payout_results o "
                       "WHERE o.rep_id = res.rep_id AND o.period = res.period)"));
    QHash<QString, bool> inside; // payout period label → lies inside `period`
    while (q.next()) {
        const qint64 rep = q.value(0).toLongLong();
        if (!wanted.isEmpty() && !wanted.contains(rep))
            continue;
        const QString label = q.value(1).toString();
        auto known = inside.constFind(label);
        if (known == inside.constEnd()) {
            FiscalPeriod fp;
            const bool in = calendar.parse(label, &fp) && fp.start >= period.start && fp.end <= period.end;
            known = inside.insert(label, in);
            if (in && (!r.coveredThrough.isValid() || fp.end > r.coveredThrough))
                r.coveredThrough = fp.end;
        }
        if (!*known)
            continue;
        r.byRep[rep] += Money::fromCents(q.value(2).toLongLong());
    }
    if (r.byRep.isEmpty()) {
        r.coveredThrough = QDate();
        r.note = QCoreApplication::translate(
            "Forecast", "Earnings appear here once a compensation payout has been run for this period.");
        return r;
    }
    r.available = true;
    // Projection at the run rate: what was earned over the days the runs cover, stretched to the period.
    const qint64 covered = period.start.daysTo(r.coveredThrough) + 1;
    for (auto it = r.byRep.cbegin(); it != r.byRep.cend(); ++it)
        r.projectedByRep.insert(it.key(), it.value().multipliedBy(period.days(), covered));
    return r;
}

} // namespace tessera::forecast
