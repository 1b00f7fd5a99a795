#pragma once
// forecast_facts during a bulk write to opportunities. The triggers that keep forecast_facts exact cost one
// extra upsert per written row; a bulk import instead drops them, writes its rows, then rebuilds the facts
// of the owners it touched in set-based statements and recreates the triggers, all inside the caller's
// transaction. A failure or cancel rolls everything back (triggers included), so the plan is unchanged.
//
//   Transaction tx(store);
//   ForecastFactsBulkScope facts(store);            // drops the triggers
//   ... write opportunities; facts.touchOwner(old and new owner of each written row) ...
//   facts.finish();                                  // rebuilds touched owners' facts, recreates triggers
//   tx.commit();

#include <QSet>
#include <optional>

namespace tessera {

class PlanStore;

class ForecastFactsBulkScope
{
public:
    // Must be constructed inside a Transaction (throws otherwise).
    explicit ForecastFactsBulkScope(PlanStore &store);
    // Without finish(), recreates the triggers only (if still inside the transaction): the enclosing
    // transaction is expected to roll back.
    ~ForecastFactsBulkScope();
    ForecastFactsBulkScope(const ForecastFactsBulkScope &) = delete;
    ForecastFactsBulkScope &operator=(const ForecastFactsBulkScope &) = delete;

    // An opportunity owned by this rep (nullopt or 0: no owner) was inserted, updated or deleted; for an
    // update, touch both the old and the new owner.
    void touchOwner(std::optional<qint64> repId) { m_owners.insert(repId ? *repId : 0); }
    // Rebuilds the facts of every touched owner (all facts when that is cheaper) and recreates the triggers.
    void finish();

private:
    void createTriggers();
    PlanStore &m_store;
    QSet<qint64> m_owners;
    bool m_finished = false;
};

} // namespace tessera
