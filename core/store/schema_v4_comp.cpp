// Schema v4: incentive compensation: plans, components, assignments, credits, payout runs, period closes,
// adjustments.
#include "migrations.h"

namespace tessera {

void migrateV4Comp(const MigrationContext &ctx)
{
    // A plan: its documented JSON (docs/comp-plan-format.md) plus normalized columns for queries.
    ctx.exec(QStringLiteral(R"(CREATE TABLE IF NOT EXISTS comp_plans (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        plan_year INTEGER NOT NULL,
        payout_period TEXT NOT NULL CHECK (payout_period IN ('month', 'quarter')),
        ote_cents INTEGER NOT NULL DEFAULT 0,
        pay_mix_micros INTEGER NOT NULL DEFAULT 500000,
        definition TEXT NOT NULL,
        updated_at TEXT))"));
    ctx.exec(QStringLiteral(R"(CREATE TABLE IF NOT EXISTS comp_components (
        id INTEGER PRIMARY KEY,
        plan_id INTEGER NOT NULL REFERENCES comp_plans(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        type TEXT NOT NULL CHECK (type IN ('commission', 'bonus', 'spiff', 'draw', 'clawback')),
        name TEXT NOT NULL,
        definition TEXT NOT NULL,
        UNIQUE (plan_id, position)))"));
    // Effective-dated plan assignments (end_date NULL = open ended).
    ctx.exec(QStringLiteral(R"(CREATE TABLE IF NOT EXISTS comp_assignments (
        id INTEGER PRIMARY KEY,
        rep_id INTEGER NOT NULL REFERENCES reps(id) ON DELETE CASCADE,
        plan_id INTEGER NOT NULL REFERENCES comp_plans(id) ON DELETE CASCADE,
        start_date TEXT NOT NULL,
        end_date TEXT,
        CHECK (end_date IS NULL OR end_date >= start_date)))"));
    ctx.exec(QStringLiteral(
        "CREATE INDEX IF NOT EXISTS comp_assignments_rep ON comp_assignments(rep_id, start_date)"));
    // Credit splits: 'split' rows replace the owner's credit, 'overlay' rows add to it (may pass 100 %).
    ctx.exec(QStringLiteral(R"(CREATE TABLE IF NOT EXISTS comp_splits (
        id INTEGER PRIMARY KEY,
        opportunity_id INTEGER NOT NULL REFERENCES opportunities(id) ON DELETE CASCADE,
        rep_id INTEGER NOT NULL REFERENCES reps(id) ON DELETE CASCADE,
        percent_micros INTEGER NOT NULL CHECK (percent_micros > 0),
        kind TEXT NOT NULL DEFAULT 'split' CHECK (kind IN ('split', 'overlay')),
        UNIQUE (opportunity_id, rep_id, kind)))"));
    ctx.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS comp_splits_opp ON comp_splits(opportunity_id)"));
    // Cancelled deals (for clawbacks) and their anchor dates.
    ctx.exec(QStringLiteral(R"(CREATE TABLE IF NOT EXISTS comp_cancellations (
        opportunity_id INTEGER PRIMARY KEY REFERENCES opportunities(id) ON DELETE CASCADE,
        cancel_date TEXT NOT NULL,
        invoice_date TEXT,
        payment_date TEXT,
        reason TEXT))"));
    // Payout runs and their per-rep, per-period results and explained lines.
    ctx.exec(QStringLiteral(R"(CREATE TABLE IF NOT EXISTS comp_payout_runs (
        id INTEGER PRIMARY KEY,
        period TEXT NOT NULL,
        kind TEXT NOT NULL DEFAULT 'run' CHECK (kind IN ('run', 'close')),
        run_at TEXT NOT NULL,
        run_by TEXT))"));
    ctx.exec(QStringLiteral(R"(CREATE TABLE IF NOT EXISTS comp_payout_results (
        run_id INTEGER NOT NULL REFERENCES comp_payout_runs(id) ON DELETE CASCADE,
        rep_id INTEGER NOT NULL REFERENCES reps(id) ON DELETE CASCADE,
        period TEXT NOT NULL,
        plan_id INTEGER REFERENCES comp_plans(id) ON DELETE SET NULL,
        credit_cents INTEGER NOT NULL,
        quota_cents INTEGER NOT NULL,
        attainment_micros INTEGER NOT NULL,
        earned_cents INTEGER NOT NULL,
        earned_to_date_cents INTEGER NOT NULL,
        paid_before_cents INTEGER NOT NULL,
        draw_advance_cents INTEGER NOT NULL DEFAULT 0,
        draw_recovery_cents INTEGER NOT NULL DEFAULT 0,
        balance_cents INTEGER NOT NULL DEFAULT 0,
        payable_cents INTEGER NOT NULL,
        PRIMARY KEY (run_id, rep_id, period)))"));
    ctx.exec(QStringLiteral(R"(CREATE TABLE IF NOT EXISTS comp_payout_lines (
        id INTEGER PRIMARY KEY,
        run_id INTEGER NOT NULL REFERENCES comp_payout_runs(id) ON DELETE CASCADE,
        rep_id INTEGER NOT NULL REFERENCES reps(id) ON DELETE CASCADE,
        period TEXT NOT NULL,
        kind TEXT NOT NULL,
        component TEXT,
        opportunity_id INTEGER,
        amount_cents INTEGER NOT NULL,
        explanation TEXT NOT NULL))"));
    ctx.exec(QStringLiteral(
        "CREATE INDEX IF NOT EXISTS comp_payout_lines_run ON comp_payout_lines(run_id, rep_id, period)"));
    // Closed periods: the frozen figures per rep and the frozen credit and commission per deal.
    ctx.exec(QStringLiteral(R"(CREATE TABLE IF NOT EXISTS comp_period_closes (
        period TEXT PRIMARY KEY,
        fiscal_year INTEGER NOT NULL,
        run_id INTEGER NOT NULL REFERENCES comp_payout_runs(id),
        closed_at TEXT NOT NULL,
        closed_by TEXT))"));
    ctx.exec(QStringLiteral(R"(CREATE TABLE IF NOT EXISTS comp_frozen_deals (
        fiscal_year INTEGER NOT NULL,
        rep_id INTEGER NOT NULL REFERENCES reps(id) ON DELETE CASCADE,
        opportunity_id INTEGER NOT NULL,
        credit_cents INTEGER NOT NULL,
        commission_cents INTEGER NOT NULL,
        PRIMARY KEY (fiscal_year, rep_id, opportunity_id)))"));
    // Adjustments booked in an open period for changes to closed ones (written by each run).
    ctx.exec(QStringLiteral(R"(CREATE TABLE IF NOT EXISTS comp_adjustments (
        id INTEGER PRIMARY KEY,
        run_id INTEGER NOT NULL REFERENCES comp_payout_runs(id) ON DELETE CASCADE,
        period TEXT NOT NULL,
        rep_id INTEGER NOT NULL REFERENCES reps(id) ON DELETE CASCADE,
        opportunity_id INTEGER,
        amount_cents INTEGER NOT NULL,
        reason TEXT NOT NULL))"));
    // Draw balances carried forward (as of each run's periods).
    ctx.exec(QStringLiteral(R"(CREATE TABLE IF NOT EXISTS comp_draw_balances (
        rep_id INTEGER NOT NULL REFERENCES reps(id) ON DELETE CASCADE,
        period TEXT NOT NULL,
        balance_cents INTEGER NOT NULL,
        PRIMARY KEY (rep_id, period)))"));
    // What-if deals: hypothetical, never real opportunities.
    ctx.exec(QStringLiteral(R"(CREATE TABLE IF NOT EXISTS comp_whatif_deals (
        id INTEGER PRIMARY KEY,
        rep_id INTEGER NOT NULL REFERENCES reps(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        type TEXT,
        amount_cents INTEGER NOT NULL,
        close_date TEXT NOT NULL))"));
}

} // namespace tessera
