#pragma once
// Quotas for demo plans in tests, screenshots and the benchmark (the quota planner lands separately and
// fills `quotas` itself): every territory rep gets FY(as-of) monthly quotas of 110% of their previous
// year's bookings ÷ 12 (to the dollar); regions and the company get the sum of their reps'; districts and
// territories get none, so they show "sum of reps".
#include "store/planstore.h"

namespace demoquotas {

inline void seed(tessera::PlanStore &s, int fiscalYear)
{
    tessera::Transaction tx(s);
    s.query(
        QStringLiteral("WITH RECURSIVE m(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM m WHERE n < 12) "
                       "INSERT INTO quotas(rep_id, fiscal_year, month, amount_cents) "
                       "SELECT r.id, ?, m.n, MAX((SELECT SUM(amount_cents) FROM opportunities WHERE is_won = "
                       "1 AND close_date "
                       "BETWEEN ? AND ?) / (SELECT COUNT(*) FROM reps WHERE territory_id IS NOT NULL) * 80 / "
                       "1200 / 100 * 100, (SELECT COALESCE(SUM(o.amount_cents), 0) FROM opportunities o "
                       "WHERE o.owner_rep_id = r.id AND o.is_won = 1 AND o.close_date BETWEEN ? AND ?) * 110 "
                       "/ 1200 / 100 * 100) "
                       "FROM reps r CROSS JOIN m WHERE r.territory_id IS NOT NULL"),
        {fiscalYear, QStringLiteral("%1-01-01").arg(fiscalYear - 1),
         QStringLiteral("%1-12-31").arg(fiscalYear - 1), QStringLiteral("%1-01-01").arg(fiscalYear - 1),
         QStringLiteral("%1-12-31").arg(fiscalYear - 1)});
    s.query(
        QStringLiteral("INSERT INTO quotas(org_node_id, fiscal_year, month, amount_cents) "
                       "SELECT rg.id, q.fiscal_year, q.month, SUM(q.amount_cents) FROM quotas q JOIN reps ON "
                       "reps.id = q.rep_id "
                       "JOIN org_nodes t ON t.id = reps.territory_id JOIN org_nodes d ON d.id = t.parent_id "
                       "JOIN org_nodes rg ON rg.id = d.parent_id GROUP BY rg.id, q.fiscal_year, q.month"));
    s.query(
        QStringLiteral("INSERT INTO quotas(org_node_id, fiscal_year, month, amount_cents) "
                       "SELECT (SELECT id FROM org_nodes WHERE parent_id IS NULL), fiscal_year, month, "
                       "SUM(amount_cents) FROM quotas WHERE rep_id IS NOT NULL GROUP BY fiscal_year, month"));
    tx.commit();
}

} // namespace demoquotas
