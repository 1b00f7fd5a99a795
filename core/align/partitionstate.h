#pragma once
// Working state of the balancer (internal to core/align): the territory of every unit with per-territory
// sums kept up to date on every move, member lists, territory adjacency counts, and the checks a move needs
// (does taking the unit out disconnect its territory?). Compactness uses the units' area and perimeter, or,
// for a graph without geometry, one unit of area per unit and one unit of length per edge.

#include "unitgraph.h"

#include <unordered_map>
#include <vector>

namespace tessera::align {

struct PartitionLimits
{
    int maxUnits = 0;       // 0 = no limit
    double maxAccounts = 0; // 0 = no limit
};

class PartitionState
{
public:
    PartitionState(const UnitGraph &graph, int k, const std::vector<int> &pinned, PartitionLimits limits);

    // Sets every unit's territory (all in [0, k)) and recomputes the sums.
    void assign(const std::vector<int> &territoryOf);
    void move(int unit, int to);

    const UnitGraph &graph() const { return m_g; }
    int k() const { return m_k; }
    int territoryOf(int unit) const { return m_part[size_t(unit)]; }
    const std::vector<int> &territories() const { return m_part; }
    const std::vector<int> &members(int t) const { return m_members[size_t(t)]; }
    double weight(int t) const { return m_weight[size_t(t)]; }
    // The balance target: the mean weight, leaving out units too heavy to share a territory.
    double mean() const { return m_mean; }
    double deviation(int t) const { return m_mean > 0 ? m_weight[size_t(t)] / m_mean - 1.0 : 0.0; }
    double maxAbsDeviation() const;
    int pinnedTo(int unit) const { return m_pinned.empty() ? -1 : m_pinned[size_t(unit)]; }
    const std::unordered_map<int, int> &neighbourTerritories(int t) const { return m_adj[size_t(t)]; }

    // Shared border (compactness length) between the unit and territory t.
    double borderTo(int unit, int t) const;
    // Polsby-Popper of territory t, and what it would be with the unit added (sign +1) or removed (-1).
    double polsbyPopper(int t) const;
    double polsbyPopperAfter(int t, int unit, int sign, double border) const;

    // True when the unit may leave its territory: not pinned, not the last unit, and its territory stays
    // in one piece without it.
    bool canLeave(int unit);
    // True when territory t may take the unit without breaking the unit or account limits.
    bool fitsLimits(int t, int unit) const;
    bool isBoundary(int unit) const;
    // True when the unit has a neighbour in territory t.
    bool touches(int unit, int t) const;

private:
    bool staysConnectedWithout(int unit);

    const UnitGraph &m_g;
    int m_k;
    std::vector<int> m_pinned;
    PartitionLimits m_limits;
    std::vector<int> m_part;
    std::vector<std::vector<int>> m_members;
    std::vector<int> m_position; // index of each unit in its territory's member list
    std::vector<double> m_weight, m_accounts, m_area, m_perimeter;
    std::vector<std::unordered_map<int, int>> m_adj; // territory → neighbour territory → edge count
    std::vector<double> m_unitArea, m_unitPerimeter, m_edgeBorder;
    double m_mean = 0;
    std::vector<int> m_mark;
    int m_stamp = 0;
    std::vector<int> m_queue;
};

} // namespace tessera::align
