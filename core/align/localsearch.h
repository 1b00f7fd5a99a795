#pragma once
// Local search over a PartitionState (internal to core/align). Every move takes a boundary unit from one
// territory to a neighbouring one and keeps both in one piece.
// - balance(): ejection chains: from the territory furthest from the mean, a path through the territory
//   adjacency graph to one on the other side of the mean; each territory on the path passes one unit to the
//   next, so weight flows across territories that are themselves balanced. A chain is kept only when the sum
//   of squared deviations falls, so the loop ends.
// - compact(): moves that raise the summed Polsby-Popper score while no territory leaves the balance band
//   (early rounds also take slightly worse moves, annealing-style; a move the band forbids may go as a swap
//   with a unit coming back).
// In minimal-disruption mode (previous given) chains prefer units going back to their previous territory
// and compact() only moves units back.

#include "partitionstate.h"

#include "common/progress.h"
#include "common/random.h"

#include <QElapsedTimer>

namespace tessera::align {

struct SearchContext
{
    const QElapsedTimer *clock = nullptr;
    qint64 deadlineMs = 0; // on clock
    const Progress *progress = nullptr;
    bool timedOut = false;     // this attempt's deadline has passed
    bool everTimedOut = false; // any deadline passed
    int step = 0;              // progress: starts done so far
    int steps = 1;             // and in all

    bool expired();
};

class LocalSearch
{
public:
    LocalSearch(PartitionState &state, Random &rng, SearchContext &context, const std::vector<int> *previous);

    // Works on territories whose |deviation| exceeds stopTolerance until none can improve.
    void balance(double stopTolerance);
    // Up to `rounds` sweeps; a move may not take a territory's |deviation| above max(band, its current one).
    void compact(double band, int rounds);

private:
    bool improveTerritory(int t);
    bool runChain(const std::vector<int> &path, double amount);
    int pickUnit(int from, int to, double amount);
    bool trySwap(int unit, int to, double band);

    PartitionState &m_s;
    Random &m_rng;
    SearchContext &m_ctx;
    const std::vector<int> *m_previous;
    std::vector<std::pair<int, int>> m_undo; // (unit, territory it came from)
};

} // namespace tessera::align
