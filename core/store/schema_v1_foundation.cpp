// Schema v1: what every later capability builds on. Money is INTEGER cents, dates are ISO TEXT
// (YYYY-MM-DD), probabilities are whole percent. The SQL is kept portable apart from the store.
#include "migrations.h"

namespace tessera {

void migrateV1Foundation(const MigrationContext &ctx)
{
    ctx.exec(QStringLiteral(R"(CREATE TABLE IF NOT EXISTS plan_settings (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL,
        currency TEXT NOT NULL DEFAULT 'USD',
        fiscal_year_start_month INTEGER NOT NULL DEFAULT 1 CHECK (fiscal_year_start_month BETWEEN 1 AND 12),
        created_at TEXT NOT NULL))"));
    ctx.exec(QStringLiteral("INSERT OR IGNORE INTO plan_settings(id, name, created_at) "
                            "VALUES (1, 'New plan', datetime('now'))"));
    ctx.exec(QStringLiteral(R"(CREATE TABLE IF NOT EXISTS settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL))"));

    ctx.exec(QStringLiteral(R"(CREATE TABLE IF NOT EXISTS fiscal_periods (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('month', 'quarter', 'year')),
        fiscal_year INTEGER NOT NULL,
        number INTEGER NOT NULL,
        label TEXT NOT NULL,
        start_date TEXT NOT NULL,
        end_date TEXT NOT NULL,
        UNIQUE (kind, fiscal_year, number)))"));

    // The sales hierarchy: any depth; level names a node's role (company, region, district, territory...).
    ctx.exec(QStringLiteral(R"(CREATE TABLE IF NOT EXISTS org_nodes (
        id INTEGER PRIMARY KEY,
        parent_id INTEGER REFERENCES org_nodes(id) ON DELETE RESTRICT,
        level TEXT NOT NULL,
        code TEXT UNIQUE,
        name TEXT NOT NULL,
        manager_rep_id INTEGER REFERENCES reps(id) ON DELETE SET NULL,
        sort_order INTEGER NOT NULL DEFAULT 0))"));
    ctx.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS org_nodes_parent ON org_nodes(parent_id)"));

    ctx.exec(QStringLiteral(R"(CREATE TABLE IF NOT EXISTS reps (
        id INTEGER PRIMARY KEY,
        external_id TEXT UNIQUE,
        name TEXT NOT NULL,
        email TEXT,
        role TEXT NOT NULL DEFAULT 'Account Executive',
        manager_id INTEGER REFERENCES reps(id) ON DELETE SET NULL,
        hire_date TEXT,
        end_date TEXT,
        home_address TEXT,
        home_postal_code TEXT,
        home_lat REAL,
        home_lon REAL,
        territory_id INTEGER REFERENCES org_nodes(id) ON DELETE SET NULL))"));
    ctx.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS reps_manager ON reps(manager_id)"));
    ctx.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS reps_territory ON reps(territory_id)"));
    ctx.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS reps_name ON reps(name)"));

    ctx.exec(QStringLiteral(R"(CREATE TABLE IF NOT EXISTS accounts (
        id INTEGER PRIMARY KEY,
        external_id TEXT UNIQUE,
        name TEXT NOT NULL,
        address TEXT,
        city TEXT,
        postal_code TEXT,
        state TEXT,
        country TEXT NOT NULL DEFAULT 'US',
        lat REAL,
        lon REAL,
        industry TEXT,
        segment TEXT,
        employees INTEGER CHECK (employees IS NULL OR employees >= 0),
        annual_revenue_cents INTEGER CHECK (annual_revenue_cents IS NULL OR annual_revenue_cents >= 0),
        potential_cents INTEGER CHECK (potential_cents IS NULL OR potential_cents >= 0),
        owner_rep_id INTEGER REFERENCES reps(id) ON DELETE SET NULL))"));
    ctx.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS accounts_owner ON accounts(owner_rep_id)"));
    ctx.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS accounts_name ON accounts(name)"));
    ctx.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS accounts_postal ON accounts(postal_code)"));

    ctx.exec(QStringLiteral(R"(CREATE TABLE IF NOT EXISTS opportunities (
        id INTEGER PRIMARY KEY,
        external_id TEXT UNIQUE,
        name TEXT NOT NULL,
        account_id INTEGER REFERENCES accounts(id) ON DELETE CASCADE,
        owner_rep_id INTEGER REFERENCES reps(id) ON DELETE SET NULL,
        amount_cents INTEGER NOT NULL DEFAULT 0,
        currency TEXT NOT NULL DEFAULT 'USD',
        stage TEXT NOT NULL,
        probability INTEGER NOT NULL DEFAULT 0 CHECK (probability BETWEEN 0 AND 100),
        forecast_category TEXT NOT NULL DEFAULT 'Pipeline'
            CHECK (forecast_category IN ('Pipeline', 'Best Case', 'Commit', 'Closed', 'Omitted')),
        type TEXT,
        created_date TEXT,
        close_date TEXT NOT NULL,
        is_closed INTEGER NOT NULL DEFAULT 0 CHECK (is_closed IN (0, 1)),
        is_won INTEGER NOT NULL DEFAULT 0 CHECK (is_won IN (0, 1))))"));
    ctx.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS opportunities_account ON opportunities(account_id)"));
    ctx.exec(QStringLiteral(
        "CREATE INDEX IF NOT EXISTS opportunities_owner_close ON opportunities(owner_rep_id, close_date)"));
    ctx.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS opportunities_close ON opportunities(close_date)"));
    // The pipeline is most often sorted by amount: an index keeps every window of that order fast.
    ctx.exec(
        QStringLiteral("CREATE INDEX IF NOT EXISTS opportunities_amount ON opportunities(amount_cents)"));

    ctx.exec(QStringLiteral(R"(CREATE TABLE IF NOT EXISTS change_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        who TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id INTEGER,
        action TEXT NOT NULL,
        before_json TEXT,
        after_json TEXT))"));
    ctx.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS change_log_entity ON change_log(entity, entity_id)"));
}

} // namespace tessera
