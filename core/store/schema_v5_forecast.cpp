// Schema v5: forecasts and dashboards: manager commit overrides with comments.
#include "migrations.h"

namespace tessera {

void migrateV5Forecast(const MigrationContext &ctx)
{
    Q_UNUSED(ctx);
}

} // namespace tessera
