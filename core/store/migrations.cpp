#include "migrations.h"

#include "planstore.h"

namespace tessera {

void MigrationContext::exec(const QString &sql) const
{
    store.query(sql);
}

bool MigrationContext::hasTable(const QString &table) const
{
    return store
               .scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?"),
                       {table})
               .toInt() > 0;
}

bool MigrationContext::hasColumn(const QString &table, const QString &column) const
{
    QSqlQuery q = store.query(QStringLiteral("PRAGMA table_info(%1)").arg(table));
    while (q.next())
        if (q.value(1).toString() == column)
            return true;
    return false;
}

void MigrationContext::addColumn(const QString &table, const QString &column, const QString &definition) const
{
    if (!hasColumn(table, column))
        exec(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3").arg(table, column, definition));
}

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> steps = {
        {1, "foundation", &migrateV1Foundation}, {2, "geography", &migrateV2Geo},
        {3, "quotas", &migrateV3Quota},          {4, "compensation", &migrateV4Comp},
        {5, "forecast", &migrateV5Forecast},
    };
    return steps;
}

} // namespace tessera
