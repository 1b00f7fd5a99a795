// Schema v2: geography and alignment. Geometry is WKB in WGS84 lon/lat; lengths and areas are metres in an
// equal-area projection. A pair in geo_adjacency is stored once with unit_a < unit_b.
#include "migrations.h"

namespace tessera {

void migrateV2Geo(const MigrationContext &ctx)
{
    ctx.exec(QStringLiteral(R"(CREATE TABLE IF NOT EXISTS geo_levels (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        source TEXT,
        id_field TEXT,
        name_field TEXT,
        tolerance_m REAL NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL))"));
    ctx.exec(QStringLiteral(R"(CREATE TABLE IF NOT EXISTS geo_units (
        id INTEGER PRIMARY KEY,
        level_id INTEGER NOT NULL REFERENCES geo_levels(id) ON DELETE CASCADE,
        code TEXT NOT NULL,
        name TEXT NOT NULL,
        geometry BLOB,
        area_m2 REAL NOT NULL DEFAULT 0,
        perimeter_m REAL NOT NULL DEFAULT 0,
        centroid_lon REAL,
        centroid_lat REAL,
        min_lon REAL, min_lat REAL, max_lon REAL, max_lat REAL,
        UNIQUE (level_id, code)))"));
    ctx.exec(QStringLiteral(R"(CREATE TABLE IF NOT EXISTS geo_unit_measures (
        unit_id INTEGER NOT NULL REFERENCES geo_units(id) ON DELETE CASCADE,
        measure TEXT NOT NULL,
        value REAL NOT NULL,
        PRIMARY KEY (unit_id, measure)))"));
    // kind 'border': computed shared border; kind 'water': a link the user (or --auto) added across water.
    ctx.exec(QStringLiteral(R"(CREATE TABLE IF NOT EXISTS geo_adjacency (
        level_id INTEGER NOT NULL REFERENCES geo_levels(id) ON DELETE CASCADE,
        unit_a INTEGER NOT NULL REFERENCES geo_units(id) ON DELETE CASCADE,
        unit_b INTEGER NOT NULL REFERENCES geo_units(id) ON DELETE CASCADE,
        shared_border_m REAL NOT NULL DEFAULT 0,
        kind TEXT NOT NULL DEFAULT 'border' CHECK (kind IN ('border', 'water')),
        PRIMARY KEY (unit_a, unit_b),
        CHECK (unit_a < unit_b)))"));
    ctx.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS geo_adjacency_level ON geo_adjacency(level_id)"));
    // The alignment: which territory (org_nodes, level 'territory') each unit belongs to, and pins.
    ctx.exec(QStringLiteral(R"(CREATE TABLE IF NOT EXISTS unit_assignments (
        unit_id INTEGER PRIMARY KEY REFERENCES geo_units(id) ON DELETE CASCADE,
        territory_id INTEGER REFERENCES org_nodes(id) ON DELETE SET NULL,
        locked INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1))))"));
    ctx.exec(QStringLiteral(
        "CREATE INDEX IF NOT EXISTS unit_assignments_territory ON unit_assignments(territory_id)"));
    // Where accounts and rep homes fall, per level (point in polygon, else postal code).
    ctx.exec(QStringLiteral(R"(CREATE TABLE IF NOT EXISTS account_units (
        account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        level_id INTEGER NOT NULL REFERENCES geo_levels(id) ON DELETE CASCADE,
        unit_id INTEGER REFERENCES geo_units(id) ON DELETE CASCADE,
        method TEXT NOT NULL DEFAULT 'point',
        PRIMARY KEY (level_id, account_id)))"));
    ctx.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS account_units_unit ON account_units(unit_id)"));
    ctx.exec(QStringLiteral(R"(CREATE TABLE IF NOT EXISTS rep_units (
        rep_id INTEGER NOT NULL REFERENCES reps(id) ON DELETE CASCADE,
        level_id INTEGER NOT NULL REFERENCES geo_levels(id) ON DELETE CASCADE,
        unit_id INTEGER REFERENCES geo_units(id) ON DELETE CASCADE,
        PRIMARY KEY (level_id, rep_id)))"));
}

} // namespace tessera
