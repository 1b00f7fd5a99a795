#include "partitionstate.h"

#include "common/error.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>

namespace tessera::align {

PartitionState::PartitionState(const UnitGraph &graph, int k, const std::vector<int> &pinned,
                               PartitionLimits limits)
    : m_g(graph), m_k(k), m_pinned(pinned), m_limits(limits)
{
    const int n = graph.unitCount();
    const bool hasGeometry = std::accumulate(graph.area.begin(), graph.area.end(), 0.0) > 0 &&
                             std::accumulate(graph.perimeter.begin(), graph.perimeter.end(), 0.0) > 0;
    if (hasGeometry) {
        m_unitArea = graph.area;
        m_unitPerimeter = graph.perimeter;
        m_edgeBorder = graph.sharedBorder;
    } else {
        m_unitArea.assign(size_t(n), 1.0);
        m_unitPerimeter.resize(size_t(n));
        for (int u = 0; u < n; ++u)
            m_unitPerimeter[size_t(u)] = graph.offsets[size_t(u) + 1] - graph.offsets[size_t(u)];
        m_edgeBorder.assign(graph.targets.size(), 1.0);
    }
    // The target every territory can reach: units heavier than the mean of the rest make territories of
    // their own (the heaviest-unit floor), and the others share what is left.
    std::vector<double> sorted = graph.weight;
    std::sort(sorted.begin(), sorted.end(), std::greater<double>());
    double rest = graph.totalWeight();
    int alone = 0;
    while (alone < k - 1 && sorted[size_t(alone)] > rest / (k - alone)) {
        rest -= sorted[size_t(alone)];
        ++alone;
    }
    m_mean = rest / (k - alone);
    m_mark.assign(size_t(n), 0);
    m_part.assign(size_t(n), 0);
    m_position.assign(size_t(n), 0);
}

void PartitionState::assign(const std::vector<int> &territoryOf)
{
    const int n = m_g.unitCount();
    m_part = territoryOf;
    m_members.assign(size_t(m_k), {});
    m_weight.assign(size_t(m_k), 0.0);
    m_accounts.assign(size_t(m_k), 0.0);
    m_area.assign(size_t(m_k), 0.0);
    m_perimeter.assign(size_t(m_k), 0.0);
    m_adj.assign(size_t(m_k), {});
    for (int u = 0; u < n; ++u) {
        const int t = m_part[size_t(u)];
        if (t < 0 || t >= m_k)
            throw TesseraError::internal(
                QStringLiteral("PartitionState: unit %1 has territory %2").arg(u).arg(t));
        m_position[size_t(u)] = int(m_members[size_t(t)].size());
        m_members[size_t(t)].push_back(u);
        m_weight[size_t(t)] += m_g.weight[size_t(u)];
        m_accounts[size_t(t)] += m_g.accounts[size_t(u)];
        m_area[size_t(t)] += m_unitArea[size_t(u)];
        m_perimeter[size_t(t)] += m_unitPerimeter[size_t(u)];
        for (int e = m_g.offsets[size_t(u)]; e < m_g.offsets[size_t(u) + 1]; ++e) {
            const int tv = m_part[size_t(m_g.targets[size_t(e)])];
            if (tv == t)
                m_perimeter[size_t(t)] -= m_edgeBorder[size_t(e)];
            else
                ++m_adj[size_t(t)][tv];
        }
    }
}

void PartitionState::move(int u, int to)
{
    const int from = m_part[size_t(u)];
    if (from == to)
        return;
    const double bFrom = borderTo(u, from);
    const double bTo = borderTo(u, to);
    // Member lists: swap-remove from the old territory.
    auto &old = m_members[size_t(from)];
    const int pos = m_position[size_t(u)];
    old[size_t(pos)] = old.back();
    m_position[size_t(old[size_t(pos)])] = pos;
    old.pop_back();
    m_position[size_t(u)] = int(m_members[size_t(to)].size());
    m_members[size_t(to)].push_back(u);

    const double w = m_g.weight[size_t(u)];
    m_weight[size_t(from)] -= w;
    m_weight[size_t(to)] += w;
    m_accounts[size_t(from)] -= m_g.accounts[size_t(u)];
    m_accounts[size_t(to)] += m_g.accounts[size_t(u)];
    m_area[size_t(from)] -= m_unitArea[size_t(u)];
    m_area[size_t(to)] += m_unitArea[size_t(u)];
    m_perimeter[size_t(from)] += 2 * bFrom - m_unitPerimeter[size_t(u)];
    m_perimeter[size_t(to)] += m_unitPerimeter[size_t(u)] - 2 * bTo;

    auto dec = [this](int a, int b) {
        auto it = m_adj[size_t(a)].find(b);
        if (--it->second == 0)
            m_adj[size_t(a)].erase(it);
    };
    for (int e = m_g.offsets[size_t(u)]; e < m_g.offsets[size_t(u) + 1]; ++e) {
        const int tv = m_part[size_t(m_g.targets[size_t(e)])];
        if (tv != from) {
            dec(from, tv);
            dec(tv, from);
        }
        if (tv != to) {
            ++m_adj[size_t(to)][tv];
            ++m_adj[size_t(tv)][to];
        }
    }
    m_part[size_t(u)] = to;
}

double PartitionState::maxAbsDeviation() const
{
    double m = 0;
    for (int t = 0; t < m_k; ++t)
        m = std::max(m, std::abs(deviation(t)));
    return m;
}

double PartitionState::borderTo(int u, int t) const
{
    double b = 0;
    for (int e = m_g.offsets[size_t(u)]; e < m_g.offsets[size_t(u) + 1]; ++e)
        if (m_part[size_t(m_g.targets[size_t(e)])] == t)
            b += m_edgeBorder[size_t(e)];
    return b;
}

double PartitionState::polsbyPopper(int t) const
{
    const double p = m_perimeter[size_t(t)];
    return p > 0 ? 4.0 * M_PI * m_area[size_t(t)] / (p * p) : 0.0;
}

double PartitionState::polsbyPopperAfter(int t, int u, int sign, double border) const
{
    const double a = m_area[size_t(t)] + sign * m_unitArea[size_t(u)];
    const double p = m_perimeter[size_t(t)] + sign * (m_unitPerimeter[size_t(u)] - 2 * border);
    return p > 0 && a > 0 ? 4.0 * M_PI * a / (p * p) : 0.0;
}

bool PartitionState::fitsLimits(int t, int u) const
{
    if (m_limits.maxUnits > 0 && int(m_members[size_t(t)].size()) + 1 > m_limits.maxUnits)
        return false;
    if (m_limits.maxAccounts > 0 &&
        m_accounts[size_t(t)] + m_g.accounts[size_t(u)] > m_limits.maxAccounts + 1e-9)
        return false;
    return true;
}

bool PartitionState::isBoundary(int u) const
{
    const int t = m_part[size_t(u)];
    for (int e = m_g.offsets[size_t(u)]; e < m_g.offsets[size_t(u) + 1]; ++e)
        if (m_part[size_t(m_g.targets[size_t(e)])] != t)
            return true;
    return false;
}

bool PartitionState::touches(int u, int t) const
{
    for (int e = m_g.offsets[size_t(u)]; e < m_g.offsets[size_t(u) + 1]; ++e)
        if (m_part[size_t(m_g.targets[size_t(e)])] == t)
            return true;
    return false;
}

bool PartitionState::canLeave(int u)
{
    if (pinnedTo(u) >= 0 || m_members[size_t(m_part[size_t(u)])].size() <= 1)
        return false;
    return staysConnectedWithout(u);
}

bool PartitionState::staysConnectedWithout(int u)
{
    const int t = m_part[size_t(u)];
    // The unit's neighbours inside its territory must still reach each other without it.
    if (++m_stamp == 0x7fffffff) {
        std::fill(m_mark.begin(), m_mark.end(), 0);
        m_stamp = 1;
    }
    const int stamp = m_stamp;
    int wanted = 0;
    int start = -1;
    for (int e = m_g.offsets[size_t(u)]; e < m_g.offsets[size_t(u) + 1]; ++e) {
        const int v = m_g.targets[size_t(e)];
        if (m_part[size_t(v)] == t && m_mark[size_t(v)] != -stamp) {
            m_mark[size_t(v)] = -stamp; // a neighbour still to reach
            ++wanted;
            start = v;
        }
    }
    if (wanted <= 1)
        return true;
    m_queue.clear();
    m_queue.push_back(start);
    m_mark[size_t(start)] = stamp;
    m_mark[size_t(u)] = stamp;
    int reached = 1;
    for (size_t i = 0; i < m_queue.size() && reached < wanted; ++i) {
        const int x = m_queue[i];
        for (int e = m_g.offsets[size_t(x)]; e < m_g.offsets[size_t(x) + 1]; ++e) {
            const int v = m_g.targets[size_t(e)];
            if (m_part[size_t(v)] != t || m_mark[size_t(v)] == stamp)
                continue;
            if (m_mark[size_t(v)] == -stamp)
                ++reached;
            m_mark[size_t(v)] = stamp;
            m_queue.push_back(v);
        }
    }
    return reached >= wanted;
}

} // namespace tessera::align
