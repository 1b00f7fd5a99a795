#include "quotademo.h"

#include "quotastore.h"
#include "store/planstore.h"

#include <QCoreApplication>

namespace tessera::quota {

void fillDemoQuotas(PlanStore &store, const QDate &asOf)
{
    const QuotaCalendar calendar(store.settings().fiscalYearStartMonth);
    const int fy = calendar.fiscal().fiscalYearOf(asOf);
    const DateRange prior = calendar.year(fy - 1);
    const qint64 booked =
        store
            .scalar(
                QStringLiteral("SELECT COALESCE(SUM(amount_cents), 0) FROM opportunities WHERE is_won = 1 "
                               "AND close_date >= ? AND close_date <= ?"),
                {prior.start.toString(Qt::ISODate), prior.end.toString(Qt::ISODate)})
            .toLongLong();
    const qint64 step = 1000000; // $10,000
    const qint64 raw = Money::fromCents(booked).multipliedBy(11, 10).cents();
    QuotaSetup setup;
    setup.settings.fiscalYear = fy;
    setup.settings.target = Money::fromCents(std::max<qint64>(step, (raw + step - 1) / step * step));
    setup.settings.unitCents = 10000;
    setup.settings.seasonalitySource = QStringLiteral("history");
    for (int l = 1; l < LevelCount; ++l)
        setup.settings.rules[size_t(l)].method = Method::Blend;
    setup.settings.rules[size_t(Level::Territory)].overassign = Rate::fromPercent(3);
    setup.ramp.name = QCoreApplication::translate("QuotaDemo", "New hire 0/25/50");
    setup.ramp.steps = {Rate::fromPercent(0), Rate::fromPercent(25), Rate::fromPercent(50)};
    allocateAndSave(store, setup);
}

} // namespace tessera::quota
