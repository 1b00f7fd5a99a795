#include "alignmentmetrics.h"

#include "common/error.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace tessera::align {

AlignmentMetrics computeMetrics(const UnitGraph &g, const std::vector<int> &territoryOf, int k,
                                const std::vector<int> *previous)
{
    const int n = g.unitCount();
    if (int(territoryOf.size()) != n || k < 1)
        throw TesseraError::internal(QStringLiteral("computeMetrics: %1 assignments for %2 units, k = %3")
                                         .arg(territoryOf.size())
                                         .arg(n)
                                         .arg(k));
    AlignmentMetrics m;
    m.territories.assign(size_t(k), {});
    std::vector<double> internalBorder(size_t(k), 0.0);
    for (int u = 0; u < n; ++u) {
        const int t = territoryOf[size_t(u)];
        m.totalWeight += g.weight[size_t(u)];
        if (t < 0 || t >= k) {
            ++m.unassigned;
            continue;
        }
        TerritoryMetrics &tm = m.territories[size_t(t)];
        ++tm.units;
        tm.weight += g.weight[size_t(u)];
        tm.accounts += g.accounts[size_t(u)];
        tm.area += g.area[size_t(u)];
        tm.perimeter += g.perimeter[size_t(u)];
        for (int e = g.offsets[size_t(u)]; e < g.offsets[size_t(u) + 1]; ++e) {
            const int v = g.targets[size_t(e)];
            const int tv = territoryOf[size_t(v)];
            if (tv == t)
                internalBorder[size_t(t)] += g.sharedBorder[size_t(e)]; // seen from both ends: 2 × border
            else if (u < v || tv < 0 || tv >= k)
                ++m.cutEdges; // counted once: from the lower end, or from the assigned end
        }
    }
    m.meanWeight = m.totalWeight / k;
    m.heaviestUnitFloor = m.meanWeight > 0 ? std::max(0.0, g.heaviestWeight() / m.meanWeight - 1.0) : 0.0;

    // Pieces: components of the subgraph induced by each territory.
    std::vector<char> seen(size_t(n), 0);
    std::vector<int> stack;
    for (int s = 0; s < n; ++s) {
        const int t = territoryOf[size_t(s)];
        if (t < 0 || t >= k || seen[size_t(s)])
            continue;
        ++m.territories[size_t(t)].pieces;
        seen[size_t(s)] = 1;
        stack.push_back(s);
        while (!stack.empty()) {
            const int u = stack.back();
            stack.pop_back();
            for (int e = g.offsets[size_t(u)]; e < g.offsets[size_t(u) + 1]; ++e) {
                const int v = g.targets[size_t(e)];
                if (!seen[size_t(v)] && territoryOf[size_t(v)] == t) {
                    seen[size_t(v)] = 1;
                    stack.push_back(v);
                }
            }
        }
    }

    double devSum = 0;
    double ppSum = 0;
    int ppCount = 0;
    m.minPolsbyPopper = 0;
    for (int t = 0; t < k; ++t) {
        TerritoryMetrics &tm = m.territories[size_t(t)];
        tm.perimeter = std::max(0.0, tm.perimeter - internalBorder[size_t(t)]);
        tm.deviation = m.meanWeight > 0 ? tm.weight / m.meanWeight - 1.0 : 0.0;
        devSum += std::abs(tm.deviation);
        m.maxDeviation = std::max(m.maxDeviation, std::abs(tm.deviation));
        if (tm.pieces > 1)
            m.allContiguous = false;
        if (tm.area > 0 && tm.perimeter > 0) {
            tm.polsbyPopper = 4.0 * M_PI * tm.area / (tm.perimeter * tm.perimeter);
            m.minPolsbyPopper = ppCount == 0 ? tm.polsbyPopper : std::min(m.minPolsbyPopper, tm.polsbyPopper);
            ppSum += tm.polsbyPopper;
            ++ppCount;
        }
    }
    m.meanDeviation = devSum / k;
    m.meanPolsbyPopper = ppCount > 0 ? ppSum / ppCount : 0.0;

    if (previous && int(previous->size()) == n) {
        for (int u = 0; u < n; ++u) {
            if ((*previous)[size_t(u)] != territoryOf[size_t(u)]) {
                ++m.moved.units;
                m.moved.accounts += g.accounts[size_t(u)];
                m.moved.weight += g.weight[size_t(u)];
            }
        }
    }
    return m;
}

std::vector<std::vector<int>> territoryPieces(const UnitGraph &g, const std::vector<int> &territoryOf,
                                              int territory)
{
    std::vector<std::vector<int>> pieces;
    std::vector<char> seen(size_t(g.unitCount()), 0);
    for (int s = 0; s < g.unitCount(); ++s) {
        if (territoryOf[size_t(s)] != territory || seen[size_t(s)])
            continue;
        std::vector<int> piece{s};
        seen[size_t(s)] = 1;
        for (size_t i = 0; i < piece.size(); ++i) {
            const int u = piece[i];
            for (int e = g.offsets[size_t(u)]; e < g.offsets[size_t(u) + 1]; ++e) {
                const int v = g.targets[size_t(e)];
                if (!seen[size_t(v)] && territoryOf[size_t(v)] == territory) {
                    seen[size_t(v)] = 1;
                    piece.push_back(v);
                }
            }
        }
        pieces.push_back(std::move(piece));
    }
    std::stable_sort(pieces.begin(), pieces.end(),
                     [](const auto &a, const auto &b) { return a.size() > b.size(); });
    return pieces;
}

} // namespace tessera::align
