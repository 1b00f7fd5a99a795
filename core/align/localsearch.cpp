#include "localsearch.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace tessera::align {

namespace {
// How much a chain's choice of unit weighs compactness (change in summed Polsby-Popper) against matching
// the weight it needs; 40 measured best of 10, 40 and 100 on the US county benchmark.
constexpr double kCompactnessWeight = 40.0;
// Compaction's first rounds accept moves that lose up to this many times one unit's share of its
// territory's Polsby-Popper (falling to 0 by half-way); 5 measured best of 2 and 5 (grid PP 0.44 → 0.57).
constexpr double kAnnealStart = 5.0;
} // namespace

bool SearchContext::expired()
{
    if (progress)
        progress->report(step, std::max(1, steps), QCoreApplication::translate("align", "Balancing"));
    if (clock && deadlineMs > 0 && clock->elapsed() >= deadlineMs)
        timedOut = everTimedOut = true;
    return timedOut;
}

LocalSearch::LocalSearch(PartitionState &state, Random &rng, SearchContext &context,
                         const std::vector<int> *previous)
    : m_s(state), m_rng(rng), m_ctx(context), m_previous(previous)
{
}

void LocalSearch::balance(double stopTolerance)
{
    const int k = m_s.k();
    const int cooldown = std::max(1, k / 10);
    std::vector<long> failedAt(size_t(k), -1000000);
    long successes = 0;
    std::vector<int> order;
    for (;;) {
        if (m_ctx.expired())
            return;
        order.clear();
        for (int t = 0; t < k; ++t)
            if (std::abs(m_s.deviation(t)) > stopTolerance)
                order.push_back(t);
        if (order.empty())
            return;
        std::sort(order.begin(), order.end(), [&](int a, int b) {
            const double da = std::abs(m_s.deviation(a)), db = std::abs(m_s.deviation(b));
            return da != db ? da > db : a < b;
        });
        bool improved = false;
        for (int t : order) {
            if (successes - failedAt[size_t(t)] < cooldown)
                continue;
            if (improveTerritory(t)) {
                ++successes;
                improved = true;
                break;
            }
            failedAt[size_t(t)] = successes;
        }
        if (!improved)
            return;
    }
}

bool LocalSearch::improveTerritory(int t)
{
    const int k = m_s.k();
    const double mean = m_s.mean();
    const bool heavy = m_s.deviation(t) > 0;
    // Breadth-first over the territory adjacency graph.
    std::vector<int> parent(size_t(k), -1);
    std::vector<int> dist(size_t(k), -1);
    std::vector<int> queue{t};
    dist[size_t(t)] = 0;
    for (size_t i = 0; i < queue.size(); ++i) {
        const int x = queue[i];
        std::vector<int> next;
        for (const auto &[y, links] : m_s.neighbourTerritories(x))
            if (links > 0 && dist[size_t(y)] < 0)
                next.push_back(y);
        std::sort(next.begin(), next.end()); // unordered_map order is not portable: keep runs reproducible
        for (int y : next) {
            dist[size_t(y)] = dist[size_t(x)] + 1;
            parent[size_t(y)] = x;
            queue.push_back(y);
        }
    }
    // Partners on the other side of the mean first, nearest first; then any on the right side of t.
    std::vector<int> partners;
    for (int j : queue) {
        if (j == t)
            continue;
        const double dj = m_s.deviation(j);
        if (heavy ? dj < m_s.deviation(t) : dj > m_s.deviation(t))
            partners.push_back(j);
    }
    std::stable_sort(partners.begin(), partners.end(), [&](int a, int b) {
        const bool oa = heavy ? m_s.deviation(a) < 0 : m_s.deviation(a) > 0;
        const bool ob = heavy ? m_s.deviation(b) < 0 : m_s.deviation(b) > 0;
        if (oa != ob)
            return oa;
        return dist[size_t(a)] < dist[size_t(b)];
    });
    int tried = 0;
    for (int j : partners) {
        if (++tried > 8)
            break;
        std::vector<int> path;
        for (int x = j; x != t; x = parent[size_t(x)])
            path.push_back(x);
        path.push_back(t);
        if (heavy)
            std::reverse(path.begin(), path.end()); // t gives first
        const double wt = m_s.weight(t), wj = m_s.weight(j);
        const double excess = std::abs(wt - mean);
        const double room = std::abs(mean - wj);
        const bool opposite = heavy ? wj < mean : wj > mean;
        const double amount = opposite ? std::min(excess, room) : std::abs(wt - wj) / 2;
        if (amount <= 0)
            continue;
        if (runChain(path, amount))
            return true;
    }
    return false;
}

bool LocalSearch::runChain(const std::vector<int> &path, double amount)
{
    const double mean = m_s.mean();
    auto spread = [&]() {
        double s = 0;
        for (size_t i = 0; i < path.size(); ++i) {
            if (std::find(path.begin(), path.begin() + long(i), path[i]) != path.begin() + long(i))
                continue;
            const double d = m_s.weight(path[i]) - mean;
            s += d * d;
        }
        return s;
    };
    const double before = spread();
    m_undo.clear();
    bool complete = true;
    for (size_t i = 0; i + 1 < path.size(); ++i) {
        const int u = pickUnit(path[i], path[i + 1], amount);
        if (u < 0) {
            complete = false;
            break;
        }
        m_undo.emplace_back(u, path[i]);
        m_s.move(u, path[i + 1]);
        amount = m_s.graph().weight[size_t(u)]; // pass on what was received
    }
    if (complete && spread() < before * (1.0 - 1e-12) - 1e-18)
        return true;
    for (auto it = m_undo.rbegin(); it != m_undo.rend(); ++it)
        m_s.move(it->first, it->second);
    return false;
}

int LocalSearch::pickUnit(int from, int to, double amount)
{
    const UnitGraph &g = m_s.graph();
    std::vector<std::pair<double, int>> candidates;
    for (int u : m_s.members(from)) {
        if (m_s.pinnedTo(u) >= 0 || !m_s.fitsLimits(to, u))
            continue;
        double bFrom = 0, bTo = 0, all = 0;
        bool touches = false;
        for (int e = g.offsets[size_t(u)]; e < g.offsets[size_t(u) + 1]; ++e) {
            const int tv = m_s.territoryOf(g.targets[size_t(e)]);
            const double b = 1.0 + g.sharedBorder[size_t(e)];
            all += b;
            if (tv == to) {
                touches = true;
                bTo += b;
            } else if (tv == from) {
                bFrom += b;
            }
        }
        if (!touches)
            continue;
        const double w = g.weight[size_t(u)];
        // Weight close to what the chain needs first; among similar ones, the move that helps compactness.
        const double gain = m_s.polsbyPopperAfter(from, u, -1, m_s.borderTo(u, from)) +
                            m_s.polsbyPopperAfter(to, u, +1, m_s.borderTo(u, to)) - m_s.polsbyPopper(from) -
                            m_s.polsbyPopper(to);
        double cost =
            std::abs(w - amount) + amount * (0.05 * (bFrom - bTo) / all - kCompactnessWeight * gain);
        if (m_previous) {
            const int home = (*m_previous)[size_t(u)];
            if (home == to)
                cost *= 0.25; // going back where it was
            else if (home == from)
                cost += 0.5 * w; // leaving home adds to what moved
        }
        candidates.emplace_back(cost, u);
    }
    std::sort(candidates.begin(), candidates.end());
    int checked = 0;
    for (const auto &[cost, u] : candidates) {
        if (++checked > 24)
            break;
        if (m_s.canLeave(u))
            return u;
    }
    return -1;
}

void LocalSearch::compact(double band, int rounds)
{
    const UnitGraph &g = m_s.graph();
    const int n = g.unitCount();
    const double mean = m_s.mean();
    std::vector<int> order(static_cast<size_t>(n));
    std::vector<int> options;
    for (int round = 0; round < rounds; ++round) {
        for (int i = 0; i < n; ++i)
            order[size_t(i)] = i;
        for (int i = n - 1; i > 0; --i)
            std::swap(order[size_t(i)], order[size_t(m_rng.range(0, i))]);
        int moves = 0;
        for (int idx = 0; idx < n; ++idx) {
            if ((idx & 255) == 0 && m_ctx.expired())
                return;
            const int u = order[size_t(idx)];
            const int a = m_s.territoryOf(u);
            if (m_s.pinnedTo(u) >= 0 || !m_s.isBoundary(u))
                continue;
            const double w = g.weight[size_t(u)];
            const double devA = (m_s.weight(a) - w) / mean - 1.0;
            if (std::abs(devA) > std::max(band, std::abs(m_s.deviation(a))))
                continue;
            options.clear();
            if (m_previous) {
                const int home = (*m_previous)[size_t(u)];
                if (home >= 0 && home != a && m_s.touches(u, home))
                    options.push_back(home);
            } else {
                for (int e = g.offsets[size_t(u)]; e < g.offsets[size_t(u) + 1]; ++e) {
                    const int tv = m_s.territoryOf(g.targets[size_t(e)]);
                    if (tv != a && std::find(options.begin(), options.end(), tv) == options.end())
                        options.push_back(tv);
                }
            }
            const double ppA = m_s.polsbyPopper(a);
            const double ppA2 = m_s.polsbyPopperAfter(a, u, -1, m_s.borderTo(u, a));
            int best = -1;
            // Early rounds also take slightly worse moves (annealing) so shapes can leave local optima.
            // Scaled by what one unit is worth to its territory's score.
            const double temperature = m_previous ? 0.0
                                                  : kAnnealStart * m_s.polsbyPopper(a) /
                                                        double(m_s.members(a).size()) *
                                                        std::max(0.0, 1.0 - 2.0 * (round + 1.0) / rounds);
            double bestGain = temperature > 0 ? -temperature * m_rng.uniform() : 1e-9;
            int swapWith = -1; // a territory the move would help but for the balance band
            double swapGain = 1e-9;
            for (int b : options) {
                const double bTo = m_s.borderTo(u, b);
                if (bTo <= 0 && !m_previous)
                    continue; // touching only across water
                if (!m_s.fitsLimits(b, u))
                    continue;
                double gain = ppA2 + m_s.polsbyPopperAfter(b, u, +1, bTo) - ppA - m_s.polsbyPopper(b);
                if (m_previous)
                    gain += 1.0; // going home is worth it whenever balance allows
                const double devB = (m_s.weight(b) + w) / mean - 1.0;
                const bool inBand = std::abs(devB) <= std::max(band, std::abs(m_s.deviation(b)));
                if (inBand && gain > bestGain) {
                    bestGain = gain;
                    best = b;
                } else if (!inBand && gain > swapGain) {
                    swapGain = gain;
                    swapWith = b;
                }
            }
            if (best >= 0 && m_s.canLeave(u)) {
                m_s.move(u, best);
                ++moves;
            } else if (best < 0 && swapWith >= 0 && !m_previous && trySwap(u, swapWith, band)) {
                ++moves;
            }
        }
        if (moves == 0)
            return;
    }
}

bool LocalSearch::trySwap(int u, int b, double band)
{
    // Move u from a to b, then one unit v near u from b back to a, when the pair keeps both territories in
    // the band and raises their summed Polsby-Popper.
    const UnitGraph &g = m_s.graph();
    const double mean = m_s.mean();
    const int a = m_s.territoryOf(u);
    const double before = m_s.polsbyPopper(a) + m_s.polsbyPopper(b);
    const double bandA = std::max(band, std::abs(m_s.deviation(a)));
    const double bandB = std::max(band, std::abs(m_s.deviation(b)));
    if (!m_s.canLeave(u))
        return false;
    m_s.move(u, b);
    int best = -1;
    double bestGain = 1e-9;
    auto consider = [&](int v) {
        if (v == u || m_s.territoryOf(v) != b || m_s.pinnedTo(v) >= 0 || !m_s.touches(v, a) ||
            !m_s.fitsLimits(a, v))
            return;
        const double wv = g.weight[size_t(v)];
        if (std::abs((m_s.weight(a) + wv) / mean - 1.0) > bandA ||
            std::abs((m_s.weight(b) - wv) / mean - 1.0) > bandB)
            return;
        const double gain = m_s.polsbyPopperAfter(a, v, +1, m_s.borderTo(v, a)) +
                            m_s.polsbyPopperAfter(b, v, -1, m_s.borderTo(v, b)) - before;
        if (gain > bestGain) {
            bestGain = gain;
            best = v;
        }
    };
    for (int e = g.offsets[size_t(u)]; e < g.offsets[size_t(u) + 1]; ++e) {
        const int x = g.targets[size_t(e)];
        consider(x);
        for (int f = g.offsets[size_t(x)]; f < g.offsets[size_t(x) + 1]; ++f)
            consider(g.targets[size_t(f)]);
    }
    if (best >= 0 && m_s.canLeave(best)) {
        m_s.move(best, a);
        return true;
    }
    m_s.move(u, a);
    return false;
}

} // namespace tessera::align
