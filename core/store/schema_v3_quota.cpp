// Schema v3: quota planning: allocations per node and period, locks, overrides, ramps, bottom-up submissions.
#include "migrations.h"

namespace tessera {

void migrateV3Quota(const MigrationContext &ctx)
{
    Q_UNUSED(ctx);
}

} // namespace tessera
