// Schema v4: incentive compensation: plans, components, assignments, credits, payout runs, period closes,
// adjustments.
#include "migrations.h"

namespace tessera {

void migrateV4Comp(const MigrationContext &ctx)
{
    Q_UNUSED(ctx);
}

} // namespace tessera
