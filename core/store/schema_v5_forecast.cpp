// Schema v5: forecasts and dashboards.
//
// forecast_overrides: a manager's commit call for a node (org node or rep) and period, with the comment,
// who made it and when. One row per node and period (the change log keeps the history).
//
// forecast_facts: opportunities summed by owner, close month, stage, forecast category and outcome. It is
// kept exact by triggers on `opportunities` (insert, update, delete), so dashboards read about a quarter of
// the rows the opportunities table holds and never go stale. Stage probabilities are applied at query time
// (they are plan settings that can change), which is why the facts keep the stage and the sum of
// amount × the opportunity's own probability (the fallback for stages the settings do not list).
// rep_id 0 stands for "no owner" (NULL would defeat the primary key).
#include "migrations.h"

namespace tessera {

QStringList forecastFactsTriggers()
{
    const QString addNew = QStringLiteral(
        "INSERT INTO forecast_facts VALUES (COALESCE(NEW.owner_rep_id, 0), substr(NEW.close_date, 1, 7), "
        "NEW.stage, NEW.forecast_category, NEW.is_closed, NEW.is_won, 1, NEW.amount_cents, "
        "NEW.amount_cents * NEW.probability) "
        "ON CONFLICT (rep_id, month, stage, forecast_category, is_closed, is_won) DO UPDATE SET "
        "opp_count = opp_count + 1, amount_cents = amount_cents + excluded.amount_cents, "
        "probability_cents = probability_cents + excluded.probability_cents;");
    const QString removeOld = QStringLiteral(
        "UPDATE forecast_facts SET opp_count = opp_count - 1, amount_cents = amount_cents - "
        "OLD.amount_cents, "
        "probability_cents = probability_cents - OLD.amount_cents * OLD.probability "
        "WHERE rep_id = COALESCE(OLD.owner_rep_id, 0) AND month = substr(OLD.close_date, 1, 7) "
        "AND stage = OLD.stage AND forecast_category = OLD.forecast_category "
        "AND is_closed = OLD.is_closed AND is_won = OLD.is_won;");
    return {
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS forecast_facts_insert AFTER INSERT ON opportunities "
                       "BEGIN %1 END")
            .arg(addNew),
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS forecast_facts_delete AFTER DELETE ON opportunities "
                       "BEGIN %1 END")
            .arg(removeOld),
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS forecast_facts_update AFTER UPDATE OF owner_rep_id, "
                       "close_date, stage, forecast_category, is_closed, is_won, amount_cents, probability "
                       "ON opportunities BEGIN %1 %2 END")
            .arg(removeOld, addNew)};
}

QStringList forecastFactsTriggerNames()
{
    return {QStringLiteral("forecast_facts_insert"), QStringLiteral("forecast_facts_delete"),
            QStringLiteral("forecast_facts_update")};
}

void migrateV5Forecast(const MigrationContext &ctx)
{
    ctx.exec(QStringLiteral(R"(CREATE TABLE IF NOT EXISTS forecast_overrides (
        id INTEGER PRIMARY KEY,
        node_kind TEXT NOT NULL CHECK (node_kind IN ('org', 'rep')),
        node_id INTEGER NOT NULL,
        period_start TEXT NOT NULL,
        period_end TEXT NOT NULL,
        commit_cents INTEGER NOT NULL,
        comment TEXT NOT NULL DEFAULT '',
        who TEXT NOT NULL,
        at TEXT NOT NULL,
        UNIQUE (node_kind, node_id, period_start, period_end)))"));

    const bool hadFacts = ctx.hasTable(QStringLiteral("forecast_facts"));
    ctx.exec(QStringLiteral(R"(CREATE TABLE IF NOT EXISTS forecast_facts (
        rep_id INTEGER NOT NULL,
        month TEXT NOT NULL,
        stage TEXT NOT NULL,
        forecast_category TEXT NOT NULL,
        is_closed INTEGER NOT NULL,
        is_won INTEGER NOT NULL,
        opp_count INTEGER NOT NULL,
        amount_cents INTEGER NOT NULL,
        probability_cents INTEGER NOT NULL,
        PRIMARY KEY (rep_id, month, stage, forecast_category, is_closed, is_won)) WITHOUT ROWID)"));
    // Company-wide month ranges read this covering index instead of the whole table.
    ctx.exec(QStringLiteral(
        "CREATE INDEX IF NOT EXISTS forecast_facts_month ON forecast_facts(month, rep_id, stage, "
        "forecast_category, is_closed, is_won, opp_count, amount_cents, probability_cents)"));
    if (!hadFacts)
        ctx.exec(QStringLiteral(
            "INSERT INTO forecast_facts SELECT COALESCE(owner_rep_id, 0), substr(close_date, 1, 7), stage, "
            "forecast_category, is_closed, is_won, COUNT(*), SUM(amount_cents), SUM(amount_cents * "
            "probability) "
            "FROM opportunities GROUP BY 1, 2, 3, 4, 5, 6"));

    for (const QString &sql : forecastFactsTriggers())
        ctx.exec(sql);
}

} // namespace tessera
