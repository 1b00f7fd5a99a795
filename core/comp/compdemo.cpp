#include "compdemo.h"

#include "compstore.h"
#include "store/fiscalcalendar.h"
#include "store/planstore.h"

#include <QJsonDocument>

namespace tessera::comp {
namespace {

// Written as the documented JSON so the demo doubles as an example of the format.
const char *aePlan = R"({
  "name": "Account Executive FY%1", "plan_year": %1, "payout_period": "month",
  "ote": "180000.00", "pay_mix": "0.50",
  "components": [
    {"type": "commission", "name": "Bookings commission", "basis": "attainment", "mode": "marginal", "window": "year",
     "tiers": [{"from_attainment": "0", "rate": "0.025"}, {"from_attainment": "1", "rate": "0.04"},
               {"from_attainment": "1.5", "rate": "0.05"}],
     "gate": "0.1", "cap_per_year": "250000.00"},
    {"type": "bonus", "name": "Quarter-end push", "mode": "stepped", "window": "period", "target": "500.00",
     "steps": [{"attainment": "1", "payout": "1"}, {"attainment": "1.25", "payout": "1.5"}]},
    {"type": "spiff", "name": "Analytics new logos", "amount": "250.00", "frequency": "every_deal",
     "types": ["New Business"], "products": ["Analytics"], "min_amount": "10000.00"},
    {"type": "draw", "name": "Ramp draw", "amount": "1000.00", "recoverable": true},
    {"type": "clawback", "name": "Early cancellation", "anchor": "booking", "mode": "prorated", "window_days": 180,
     "term_months": 12}
  ]})";

const char *managerPlan = R"({
  "name": "Sales Manager FY%1", "plan_year": %1, "payout_period": "quarter",
  "ote": "260000.00", "pay_mix": "0.35",
  "components": [
    {"type": "commission", "name": "Team override", "mode": "retroactive", "basis": "attainment", "window": "year",
     "tiers": [{"from_attainment": "0", "rate": "0.006"}, {"from_attainment": "1", "rate": "0.009"}]},
    {"type": "bonus", "name": "Team attainment bonus", "mode": "prorated", "window": "period", "target": "6000.00",
     "steps": [{"attainment": "0.8", "payout": "0.5"}, {"attainment": "1", "payout": "1"}, {"attainment": "1.2", "payout": "1.5"}]}
  ]})";

} // namespace

void addDemoCompensation(PlanStore &store, const QDate &asOf)
{
    Transaction tx(store);
    const FiscalCalendar cal(store.settings().fiscalYearStartMonth);
    const int fy = cal.fiscalYearOf(asOf);
    const QDate ys = cal.yearStart(fy), ye = cal.yearEnd(fy);
    const QString ae = QString::fromLatin1(aePlan).arg(fy), mgr = QString::fromLatin1(managerPlan).arg(fy);
    const Plan aeP = planFromJsonBytes(ae.toUtf8()), mgrP = planFromJsonBytes(mgr.toUtf8());
    savePlan(store, aeP);
    savePlan(store, mgrP);

    // Quotas: the quota planner's rows when present; otherwise the prior year's bookings (credit of the
    // rep's own won deals, rolled up for managers) plus 10 %, spread evenly over the months.
    const QDate ps = cal.yearStart(fy - 1), pe = cal.yearEnd(fy - 1);
    QSqlQuery reps =
        store.query(QStringLiteral("SELECT id, role, hire_date, end_date FROM reps ORDER BY id"));
    struct Rep
    {
        qint64 id;
        bool manager;
        QDate hire, end;
    };
    std::vector<Rep> list;
    while (reps.next())
        list.push_back({reps.value(0).toLongLong(),
                        !reps.value(1).toString().contains(QLatin1String("Account Executive")),
                        QDate::fromString(reps.value(2).toString(), Qt::ISODate),
                        QDate::fromString(reps.value(3).toString(), Qt::ISODate)});
    const qint64 median =
        store
            .scalar(
                QStringLiteral("SELECT COALESCE(SUM(amount_cents), 0) / MAX(1, COUNT(DISTINCT owner_rep_id)) "
                               "FROM opportunities WHERE is_won = 1 AND close_date >= ? AND close_date <= ?"),
                {ps.toString(Qt::ISODate), pe.toString(Qt::ISODate)})
            .toLongLong();
    for (const Rep &r : list) {
        if (r.end.isValid() && r.end < ys)
            continue;
        if (r.hire.isValid() && r.hire > ye)
            continue;
        const QDate from = r.hire.isValid() && r.hire > ys ? r.hire : ys;
        assignPlan(store, r.id, r.manager ? mgrP.name : aeP.name, from,
                   r.end.isValid() && r.end < ye ? r.end : QDate());
        if (store
                .scalar(QStringLiteral("SELECT COUNT(*) FROM quotas WHERE rep_id = ? AND fiscal_year = ?"),
                        {r.id, fy})
                .toLongLong() > 0)
            continue;
        // Sum of the prior-year bookings of the rep and everyone below (managers).
        const qint64 prior =
            store
                .scalar(
                    QStringLiteral(
                        "WITH RECURSIVE team(id) AS (SELECT ? UNION SELECT reps.id FROM reps JOIN team ON "
                        "reps.manager_id = team.id) "
                        "SELECT COALESCE(SUM(amount_cents), 0) FROM opportunities WHERE is_won = 1 "
                        "AND close_date >= ? AND close_date <= ? AND owner_rep_id IN (SELECT id FROM team)"),
                    {r.id, ps.toString(Qt::ISODate), pe.toString(Qt::ISODate)})
                .toLongLong();
        // A new hire without history gets the average rep's bookings.
        const qint64 annual = (prior > 0 ? prior : median) / 100 * 110;
        for (int m = 1; m <= 12; ++m)
            store.query(
                QStringLiteral(
                    "INSERT INTO quotas(rep_id, fiscal_year, month, amount_cents) VALUES (?, ?, ?, ?)"),
                {r.id, fy, m, annual / 12 / 100 * 100});
    }
    tx.commit();
}

} // namespace tessera::comp
