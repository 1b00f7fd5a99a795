#include "factsbulk.h"

#include "common/error.h"
#include "store/fastsql.h"
#include "store/migrations.h"
#include "store/planstore.h"

#include <QCoreApplication>

namespace tessera {

namespace {
// The same aggregation the triggers maintain row by row (schema_v5_forecast.cpp).
const char *const FactsSelect =
    "SELECT COALESCE(owner_rep_id, 0), substr(close_date, 1, 7), stage, forecast_category, is_closed, "
    "is_won, COUNT(*), SUM(amount_cents), SUM(amount_cents * probability) FROM opportunities ";
const char *const FactsGroup = " GROUP BY 1, 2, 3, 4, 5, 6";
} // namespace

ForecastFactsBulkScope::ForecastFactsBulkScope(PlanStore &store) : m_store(store)
{
    if (store.transactionDepth() == 0)
        throw TesseraError::internal(QStringLiteral("ForecastFactsBulkScope needs an enclosing transaction"));
    for (const QString &name : forecastFactsTriggerNames())
        store.query(QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(name));
}

ForecastFactsBulkScope::~ForecastFactsBulkScope()
{
    // Outside a transaction the rollback has already restored the triggers.
    if (m_finished || m_store.transactionDepth() == 0)
        return;
    try {
        createTriggers();
    } catch (...) {
        // The enclosing transaction rolls back, which restores the triggers as well.
    }
}

void ForecastFactsBulkScope::createTriggers()
{
    for (const QString &sql : forecastFactsTriggers())
        m_store.query(sql);
}

void ForecastFactsBulkScope::finish()
{
    if (m_finished)
        return;
    const qint64 reps = m_store.scalar(QStringLiteral("SELECT COUNT(*) FROM reps")).toLongLong();
    const bool all = qint64(m_owners.size()) * 4 >= reps + 1;
    if (all) {
        // Most owners changed: one pass over all opportunities is cheaper than one per owner.
        m_store.query(QStringLiteral("DELETE FROM forecast_facts"));
        m_store.query(QStringLiteral("INSERT INTO forecast_facts %1%2")
                          .arg(QLatin1String(FactsSelect), QLatin1String(FactsGroup)));
    } else if (!m_owners.isEmpty()) {
        FastStatement drop(m_store, "DELETE FROM forecast_facts WHERE rep_id = ?");
        const QByteArray some = QByteArray(FactsSelect) + "WHERE owner_rep_id = ?" + FactsGroup;
        const QByteArray none = QByteArray(FactsSelect) + "WHERE owner_rep_id IS NULL" + FactsGroup;
        FastStatement addSome(m_store, ("INSERT INTO forecast_facts " + some).constData());
        FastStatement addNone(m_store, ("INSERT INTO forecast_facts " + none).constData());
        for (const qint64 rep : std::as_const(m_owners)) {
            drop.bind(1, rep);
            drop.run();
            if (rep == 0) {
                addNone.run();
            } else {
                addSome.bind(1, rep);
                addSome.run();
            }
        }
    }
    if (!all && !m_inserted.empty()) {
        // The insert trigger's own upsert, once per key instead of once per row.
        FastStatement add(
            m_store, "INSERT INTO forecast_facts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                     "ON CONFLICT (rep_id, month, stage, forecast_category, is_closed, is_won) DO UPDATE SET "
                     "opp_count = opp_count + excluded.opp_count, amount_cents = amount_cents + "
                     "excluded.amount_cents, "
                     "probability_cents = probability_cents + excluded.probability_cents");
        for (const Delta &d : m_inserted) {
            if (m_owners.contains(d.repId))
                continue; // rebuilt from the table, the inserted rows included
            add.bind(1, d.repId);
            add.bind(2, d.month);
            add.bind(3, d.stage);
            add.bind(4, d.category);
            add.bind(5, d.isClosed);
            add.bind(6, d.isWon);
            add.bind(7, d.count);
            add.bind(8, d.amountCents);
            add.bind(9, d.probabilityCents);
            add.run();
        }
    }
    createTriggers();
    m_finished = true;
}

} // namespace tessera
