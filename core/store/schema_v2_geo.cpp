// Schema v2: geography and alignment: levels, units with geometry, adjacency, water links, unit→territory assignments, locks.
#include "migrations.h"

namespace tessera {

void migrateV2Geo(const MigrationContext &ctx)
{
    Q_UNUSED(ctx);
}

} // namespace tessera
