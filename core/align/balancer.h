#pragma once
// Auto-balancing: splits the units of a level into k territories that are each in one piece (on the graph
// including water links), as equal as the units allow on the balance measure, and compact.
//
// Fresh mode: recursive spanning-tree bisection (or seeded growth when units are pinned), then ejection-chain
// balancing and Polsby-Popper local search; the best of `attempts` runs. Territory numbers are then matched
// to the previous alignment (largest overlap first) so that a fresh design still moves as little as it can.
// Minimal disruption: starts from the previous alignment (repairing unassigned units and split territories)
// and moves only until every territory is within the tolerance.
//
// Deterministic for a given seed, unless the time limit cuts the work short (the result says so).

#include "alignmentmetrics.h"
#include "unitgraph.h"

#include "common/progress.h"

#include <vector>

namespace tessera::align {

enum class BalanceMode
{
    Fresh,
    MinimalDisruption
};

struct BalanceOptions
{
    int territories = 0; // k
    BalanceMode mode = BalanceMode::Fresh;
    std::vector<int> pinned;   // per unit: territory it must stay in, or -1 (locks and seeds); may be empty
    std::vector<int> previous; // per unit: territory now, or -1; may be empty (required for minimal mode)
    int maxUnits = 0;          // per territory; 0 = no limit
    double maxAccounts = 0;    // per territory; 0 = no limit
    quint64 seed = 1;
    double timeLimitSeconds = 60;
    double tolerance = 0.005; // balance target: |deviation| ≤ this (or the heaviest-unit floor)
    int attempts = 3;         // fresh mode: independent starts, best kept
    bool perPiece = false;    // on a disconnected graph: split k across the pieces by weight
};

struct BalanceResult
{
    std::vector<int> territoryOf;
    AlignmentMetrics metrics; // moved is against options.previous when given
    double seconds = 0;
    bool timedOut = false;
    int attemptsRun = 0;
    QStringList warnings; // e.g. a limit that could not be met
};

// Throws TesseraError::user for: k < 1 or k > units, a level whose total weight is zero, negative weights,
// a disconnected graph (naming its pieces) unless perPiece, pins outside [0, k) or that cannot be joined,
// limits that cannot hold all units, minimal mode without a previous alignment.
BalanceResult balanceUnits(const UnitGraph &graph, const BalanceOptions &options,
                           const Progress &progress = Progress());

// Describes the pieces of a disconnected graph: "3 pieces: 3,105 units (Autauga, …); 1 unit (Nantucket); …".
QString describePieces(const UnitGraph &graph, const std::vector<int> &component, int count);

// Splits k territories across pieces in proportion to their weight (largest remainder, at least one each,
// never more than a piece's units). Throws a user error when k is smaller than the number of pieces.
std::vector<int> allocateTerritories(const std::vector<double> &pieceWeight,
                                     const std::vector<int> &pieceUnits, int k);

} // namespace tessera::align
