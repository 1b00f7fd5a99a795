// Schema v3: quota planning. `quotas` holds the effective monthly quota of every org node and rep, the
// table compensation and dashboards read (quarters and years are sums of months). The quota workbench's
// own working tables follow: the allocation settings of a year and its levels, the seasonality curve,
// cell locks and overrides, bottom-up submissions, ramp profiles and leaves.
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

    // Ramp profiles: comma-separated rates of months 1, 2, ... after hire ("0,0.25,0.5"); then 100%.
    ctx.exec(QStringLiteral(R"(CREATE TABLE IF NOT EXISTS quota_ramp_profiles (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        steps TEXT NOT NULL))"));
    // One row per planned fiscal year: the target and how it was cut.
    ctx.exec(QStringLiteral(R"(CREATE TABLE IF NOT EXISTS quota_plans (
        fiscal_year INTEGER PRIMARY KEY,
        target_cents INTEGER NOT NULL CHECK (target_cents >= 0),
        unit_cents INTEGER NOT NULL DEFAULT 1 CHECK (unit_cents >= 1),
        calendar TEXT NOT NULL DEFAULT 'months' CHECK (calendar IN ('months', '4-4-5')),
        seasonality_source TEXT NOT NULL DEFAULT 'history',
        ramp_profile_id INTEGER REFERENCES quota_ramp_profiles(id) ON DELETE SET NULL,
        as_of TEXT,
        updated_at TEXT NOT NULL))"));
    // Method and over-assignment of each level (the level of the children being allocated).
    ctx.exec(QStringLiteral(R"(CREATE TABLE IF NOT EXISTS quota_levels (
        fiscal_year INTEGER NOT NULL REFERENCES quota_plans(fiscal_year) ON DELETE CASCADE,
        level TEXT NOT NULL CHECK (level IN ('region', 'district', 'territory', 'rep')),
        method TEXT NOT NULL CHECK (method IN ('even', 'prior-year', 't12m', 'potential', 'blend')),
        overassign_micros INTEGER NOT NULL DEFAULT 0,
        blend_prior_micros INTEGER NOT NULL DEFAULT 500000,
        PRIMARY KEY (fiscal_year, level)))"));
    // Seasonality of the fiscal months as relative weights (any scale: bookings in cents, or the entered
    // numbers in millionths); a month's share is its weight ÷ the sum.
    ctx.exec(QStringLiteral(R"(CREATE TABLE IF NOT EXISTS quota_seasonality (
        fiscal_year INTEGER NOT NULL REFERENCES quota_plans(fiscal_year) ON DELETE CASCADE,
        month INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
        weight INTEGER NOT NULL CHECK (weight >= 0),
        PRIMARY KEY (fiscal_year, month)))"));
    // Cell state beside `quotas`: locks, overrides, and a children's total set by "parent follows".
    // Only cells with something to say have a row.
    ctx.exec(QStringLiteral(R"(CREATE TABLE IF NOT EXISTS quota_cells (
        org_node_id INTEGER REFERENCES org_nodes(id) ON DELETE CASCADE,
        rep_id INTEGER REFERENCES reps(id) ON DELETE CASCADE,
        fiscal_year INTEGER NOT NULL,
        month INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
        locked INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1)),
        overridden INTEGER NOT NULL DEFAULT 0 CHECK (overridden IN (0, 1)),
        pinned_child_total_cents INTEGER,
        CHECK ((org_node_id IS NULL) <> (rep_id IS NULL)),
        UNIQUE (org_node_id, rep_id, fiscal_year, month)))"));
    // Bottom-up numbers managers submit for their node (or a rep), kept beside the top-down quotas.
    ctx.exec(QStringLiteral(R"(CREATE TABLE IF NOT EXISTS quota_submissions (
        id INTEGER PRIMARY KEY,
        org_node_id INTEGER REFERENCES org_nodes(id) ON DELETE CASCADE,
        rep_id INTEGER REFERENCES reps(id) ON DELETE CASCADE,
        fiscal_year INTEGER NOT NULL,
        amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0),
        submitted_by TEXT,
        submitted_at TEXT NOT NULL,
        note TEXT,
        CHECK ((org_node_id IS NULL) <> (rep_id IS NULL)),
        UNIQUE (org_node_id, rep_id, fiscal_year)))"));
    ctx.exec(QStringLiteral(R"(CREATE TABLE IF NOT EXISTS quota_rep_ramps (
        rep_id INTEGER PRIMARY KEY REFERENCES reps(id) ON DELETE CASCADE,
        profile_id INTEGER REFERENCES quota_ramp_profiles(id) ON DELETE CASCADE))"));
    // Leaves of absence: days a rep cannot sell, prorated out of the months they fall in.
    ctx.exec(QStringLiteral(R"(CREATE TABLE IF NOT EXISTS quota_leaves (
        id INTEGER PRIMARY KEY,
        rep_id INTEGER NOT NULL REFERENCES reps(id) ON DELETE CASCADE,
        start_date TEXT NOT NULL,
        end_date TEXT NOT NULL,
        reason TEXT,
        CHECK (start_date <= end_date)))"));
    ctx.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS quota_leaves_rep ON quota_leaves(rep_id)"));
}

} // namespace tessera
