#include "demoforecast.h"

#include "forecastquery.h"
#include "overrides.h"
#include "store/planstore.h"

#include <QCoreApplication>

namespace tessera::forecast {

void addDemoForecast(PlanStore &store, const QDate &asOf)
{
    ForecastQuery query(store);
    query.setAsOf(asOf);
    // The fiscal quarter after the one holding the as-of date: where a commit call still matters.
    const QDate nextStart = query.defaultPeriod().end.addDays(1);
    const int fy = query.calendar().fiscalYearOf(nextStart);
    Period period = fromFiscal(query.calendar().year(fy));
    for (int q = 1; q <= 4; ++q) {
        const FiscalPeriod fp = query.calendar().quarter(fy, q);
        if (fp.start <= nextStart && nextStart <= fp.end)
            period = fromFiscal(fp);
    }
    const char *comments[] = {
        QT_TRANSLATE_NOOP("DemoGenerator",
                          "Two enterprise renewals confirmed verbally; legal review next week."),
        QT_TRANSLATE_NOOP("DemoGenerator", "Pulling back: the largest deal slipped to next quarter."),
        QT_TRANSLATE_NOOP("DemoGenerator", "Holding commit; new rep still ramping in one territory."),
    };
    const int percent[] = {108, 88, 100};
    QSqlQuery districts = store.query(QStringLiteral(
        "SELECT n.id, r.name FROM org_nodes n LEFT JOIN reps r ON r.id = n.manager_rep_id WHERE n.level = "
        "'district' ORDER BY n.code LIMIT 3"));
    int i = 0;
    while (districts.next()) {
        const NodeRef node{NodeRef::Kind::Org, districts.value(0).toLongLong()};
        const Figures f = query.figures(node, period);
        CommitOverride o;
        // Rounded to the thousand, as managers call their number.
        o.commit = Money::fromUnits(f.commit.multipliedBy(percent[i], 100).cents() / 100000 * 1000);
        o.comment = QCoreApplication::translate("DemoGenerator", comments[i]);
        o.who = districts.value(1).toString();
        o.at = QDateTime(asOf, QTime(17, 0), Qt::UTC);
        saveOverride(store, node, period, o);
        ++i;
    }
}

} // namespace tessera::forecast
