#pragma once
// Crediting: who gets credit for each won deal. The owner (100 %), or percentage splits that replace the
// owner's credit, plus overlay splits on top (the total may pass 100 %); or territory credit (account →
// unit → territory → the territory's active rep, else the owner's territory's rep); then roll-up to
// managers, where a manager's indirect credit on one deal is capped at the deal amount (less any direct
// credit the manager has on it), so two fully credited reps never double their manager's credit.

#include "common/progress.h"
#include "compengine.h"

#include <unordered_map>

namespace tessera {
class PlanStore;
}

namespace tessera::comp {

using CreditsByRep = std::unordered_map<qint64, std::vector<CreditedDeal>>;

struct CreditOptions
{
    // Deal names and types: needed for explanations and SPIFF conditions, skipped otherwise (faster).
    bool readText = true;
};

// Credits of deals won with a close date in [from, to], each rep's list sorted by date. Large reads run
// in parallel on their own connections (only when the store has no open transaction).
CreditsByRep computeCredits(PlanStore &store, const QDate &from, const QDate &to,
                            const CreditOptions &options = {}, const Progress &progress = Progress());

} // namespace tessera::comp
