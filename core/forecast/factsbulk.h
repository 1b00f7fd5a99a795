#pragma once
// forecast_facts during a bulk write to opportunities. The triggers that keep forecast_facts exact cost one
// extra upsert per written row; a bulk import instead drops them, writes its rows, then rebuilds the facts
// of the owners it touched in set-based statements and recreates the triggers, all inside the caller's
// transaction. A failure or cancel rolls everything back (triggers included), so the plan is unchanged.
//
//   Transaction tx(store);
//   ForecastFactsBulkScope facts(store);            // drops the triggers
//   ... write opportunities; facts.touchOwner(old and new owner of each written row) ...
//   ... or, for inserted rows, facts.addInserted(their sums per fact key): no rebuild for those owners ...
//   facts.finish();                                  // rebuilds touched owners' facts, recreates triggers
//   tx.commit();

#include <QSet>
#include <QString>
#include <optional>
#include <vector>

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

    // Inserted opportunities summed per fact key (what the insert trigger would have added row by row).
    struct Delta
    {
        qint64 repId = 0; // 0: no owner
        QString month;    // "2027-03": the first seven characters of close_date
        QString stage;
        QString category;
        int isClosed = 0;
        int isWon = 0;
        qint64 count = 0;
        qint64 amountCents = 0;
        qint64 probabilityCents = 0; // sum of amount_cents * probability
    };
    // Added at finish() unless the owner's facts are rebuilt from the table anyway (touched, or all).
    void addInserted(Delta delta) { m_inserted.push_back(std::move(delta)); }
    // Rebuilds the facts of every touched owner (all facts when that is cheaper) and recreates the triggers.
    void finish();

private:
    void createTriggers();
    PlanStore &m_store;
    QSet<qint64> m_owners;
    std::vector<Delta> m_inserted;
    bool m_finished = false;
};

} // namespace tessera
