// Schema v3: quota planning. `quotas` holds the effective monthly quota of every org node and rep, the
// table compensation and dashboards read (quarters and years are sums of months). The quota workbench's
// own working tables (methods, locks, overrides, bottom-up submissions) are added below by that work.
#include "migrations.h"

namespace tessera {

void migrateV3Quota(const MigrationContext &ctx)
{
    ctx.exec(QStringLiteral(R"(CREATE TABLE IF NOT EXISTS quotas (
        id INTEGER PRIMARY KEY,
        org_node_id INTEGER REFERENCES org_nodes(id) ON DELETE CASCADE,
        rep_id INTEGER REFERENCES reps(id) ON DELETE CASCADE,
        fiscal_year INTEGER NOT NULL,
        month INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
        amount_cents INTEGER NOT NULL,
        CHECK ((org_node_id IS NULL) <> (rep_id IS NULL)),
        UNIQUE (org_node_id, rep_id, fiscal_year, month)))"));
    ctx.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS quotas_rep ON quotas(rep_id, fiscal_year, month)"));
    ctx.exec(
        QStringLiteral("CREATE INDEX IF NOT EXISTS quotas_node ON quotas(org_node_id, fiscal_year, month)"));
}

} // namespace tessera
