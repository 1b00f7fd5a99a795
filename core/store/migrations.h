#pragma once
// Numbered schema migrations. PRAGMA user_version holds the number of the last one applied; opening an
// older plan applies the rest in order inside one transaction. Each step checks before it alters
// (CREATE ... IF NOT EXISTS, hasColumn) so that running it twice changes nothing.
//
// Numbers are assigned per capability:
//   1 foundation (settings, periods, hierarchy, reps, accounts, opportunities, change log)
//   2 geography and alignment      3 quotas      4 compensation      5 forecasts and dashboards

#include <QString>
#include <QStringList>
#include <vector>

namespace tessera {

class PlanStore;

struct MigrationContext
{
    PlanStore &store;
    void exec(const QString &sql) const;
    bool hasTable(const QString &table) const;
    bool hasColumn(const QString &table, const QString &column) const;
    // ALTER TABLE ... ADD COLUMN unless the column is there already.
    void addColumn(const QString &table, const QString &column, const QString &definition) const;
};

struct Migration
{
    int version;
    const char *name;
    void (*apply)(const MigrationContext &);
};

const std::vector<Migration> &migrations();

// One function per step, each in its own file (schema_v<N>_*.cpp).
void migrateV1Foundation(const MigrationContext &ctx);
void migrateV2Geo(const MigrationContext &ctx);
void migrateV3Quota(const MigrationContext &ctx);
void migrateV4Comp(const MigrationContext &ctx);
void migrateV5Forecast(const MigrationContext &ctx);

// The CREATE TRIGGER statements that keep forecast_facts exact on every change to opportunities, and their
// names (schema_v5_forecast.cpp; ForecastFactsBulkScope drops and recreates them around bulk imports).
QStringList forecastFactsTriggers();
QStringList forecastFactsTriggerNames();

} // namespace tessera
