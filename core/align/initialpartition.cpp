#include "initialpartition.h"

#include "common/error.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace tessera::align {
namespace {

struct UnionFind
{
    std::vector<int> parent;
    explicit UnionFind(int n) : parent(size_t(n)) { std::iota(parent.begin(), parent.end(), 0); }
    int find(int x)
    {
        while (parent[size_t(x)] != x)
            x = parent[size_t(x)] = parent[size_t(parent[size_t(x)])];
        return x;
    }
    bool unite(int a, int b)
    {
        a = find(a);
        b = find(b);
        if (a == b)
            return false;
        parent[size_t(a)] = b;
        return true;
    }
};

class Bisector
{
public:
    Bisector(const UnitGraph &g, Random &rng, int trees) : m_g(g), m_rng(rng), m_trees(trees)
    {
        m_local.assign(size_t(g.unitCount()), -1);
        m_out.assign(size_t(g.unitCount()), -1);
    }

    std::vector<int> run(int k)
    {
        std::vector<int> all(size_t(m_g.unitCount()));
        std::iota(all.begin(), all.end(), 0);
        split(all, k, 0);
        return m_out;
    }

private:
    void split(const std::vector<int> &units, int k, int label)
    {
        if (k == 1) {
            for (int u : units)
                m_out[size_t(u)] = label;
            return;
        }
        const int m = int(units.size());
        for (int i = 0; i < m; ++i)
            m_local[size_t(units[size_t(i)])] = i;
        std::vector<std::pair<int, int>> edges;
        double total = 0;
        for (int i = 0; i < m; ++i) {
            const int u = units[size_t(i)];
            total += m_g.weight[size_t(u)];
            for (int e = m_g.offsets[size_t(u)]; e < m_g.offsets[size_t(u) + 1]; ++e) {
                const int j = m_local[size_t(m_g.targets[size_t(e)])];
                if (j > i)
                    edges.emplace_back(i, j);
            }
        }
        const int k1 = k / 2;
        const int k2 = k - k1;
        const double target1 = total * k1 / k;
        const double target2 = total * k2 / k;

        std::vector<char> bestSide;
        double bestError = 1e300;
        int bestCut = 0;
        std::vector<quint64> keys(edges.size());
        std::vector<int> order(edges.size());
        std::vector<int> treeOffsets, treeTargets, bfs, parent;
        std::vector<double> sub;
        std::vector<int> count;
        // Large regions: fewer trees (each costs a sort of the region's edges); the local search does the
        // rest.
        const int trees = m_trees;
        for (int attempt = 0; attempt < trees; ++attempt) {
            for (auto &key : keys)
                key = m_rng.next();
            std::iota(order.begin(), order.end(), 0);
            std::sort(order.begin(), order.end(),
                      [&](int a, int b) { return keys[size_t(a)] < keys[size_t(b)]; });
            UnionFind uf(m);
            std::vector<std::pair<int, int>> tree;
            tree.reserve(size_t(m));
            for (int idx : order) {
                const auto &[a, b] = edges[size_t(idx)];
                if (uf.unite(a, b))
                    tree.emplace_back(a, b);
            }
            if (int(tree.size()) != m - 1)
                throw TesseraError::internal(
                    QStringLiteral("spanningTreeBisection: region is not connected"));
            treeOffsets.assign(size_t(m) + 1, 0);
            for (const auto &[a, b] : tree) {
                ++treeOffsets[size_t(a) + 1];
                ++treeOffsets[size_t(b) + 1];
            }
            for (int i = 0; i < m; ++i)
                treeOffsets[size_t(i) + 1] += treeOffsets[size_t(i)];
            treeTargets.assign(tree.size() * 2, 0);
            std::vector<int> fill(treeOffsets.begin(), treeOffsets.end() - 1);
            for (const auto &[a, b] : tree) {
                treeTargets[size_t(fill[size_t(a)]++)] = b;
                treeTargets[size_t(fill[size_t(b)]++)] = a;
            }
            const int root = int(m_rng.range(0, m - 1));
            bfs.assign(1, root);
            parent.assign(size_t(m), -1);
            parent[size_t(root)] = root;
            for (size_t i = 0; i < bfs.size(); ++i) {
                const int x = bfs[i];
                for (int e = treeOffsets[size_t(x)]; e < treeOffsets[size_t(x) + 1]; ++e) {
                    const int y = treeTargets[size_t(e)];
                    if (parent[size_t(y)] < 0) {
                        parent[size_t(y)] = x;
                        bfs.push_back(y);
                    }
                }
            }
            sub.assign(size_t(m), 0.0);
            count.assign(size_t(m), 1);
            for (int i = m - 1; i >= 0; --i) {
                const int x = bfs[size_t(i)];
                sub[size_t(x)] += m_g.weight[size_t(units[size_t(x)])];
                if (x != root) {
                    sub[size_t(parent[size_t(x)])] += sub[size_t(x)];
                    count[size_t(parent[size_t(x)])] += count[size_t(x)];
                }
            }
            int cutNode = -1;
            bool subtreeIsFirst = true;
            double error = 1e300;
            for (int x = 0; x < m; ++x) {
                if (x == root)
                    continue;
                const double s = sub[size_t(x)];
                const int c = count[size_t(x)];
                if (c >= k1 && m - c >= k2 && std::abs(s - target1) < error) {
                    error = std::abs(s - target1);
                    cutNode = x;
                    subtreeIsFirst = true;
                }
                if (c >= k2 && m - c >= k1 && std::abs(s - target2) < error) {
                    error = std::abs(s - target2);
                    cutNode = x;
                    subtreeIsFirst = false;
                }
            }
            if (cutNode < 0)
                continue;
            // Mark the subtree of cutNode: nodes after it in BFS order whose ancestor chain passes it.
            std::vector<char> side(size_t(m), subtreeIsFirst ? 1 : 0);
            std::vector<char> inSub(size_t(m), 0);
            inSub[size_t(cutNode)] = 1;
            for (int x : bfs)
                if (x != root && x != cutNode && inSub[size_t(parent[size_t(x)])])
                    inSub[size_t(x)] = 1;
            for (int x = 0; x < m; ++x)
                if (inSub[size_t(x)])
                    side[size_t(x)] = subtreeIsFirst ? 0 : 1;
            // Prefer the better balance; among near-equal splits, the one cutting fewer edges (more compact).
            int cut = 0;
            for (const auto &[a, b] : edges)
                cut += side[size_t(a)] != side[size_t(b)];
            const double relative = error / std::max(total, 1e-300);
            const double bestRelative = bestError / std::max(total, 1e-300);
            const bool better =
                bestSide.empty() ||
                (std::max(relative, bestRelative) < 0.02 ? cut < bestCut : relative < bestRelative);
            if (better) {
                bestSide = std::move(side);
                bestError = error;
                bestCut = cut;
            }
        }
        for (int u : units)
            m_local[size_t(u)] = -1;
        if (bestSide.empty())
            throw TesseraError::internal(
                QStringLiteral("spanningTreeBisection: no split of %1 units").arg(m));
        std::vector<int> first, second;
        for (int i = 0; i < m; ++i)
            (bestSide[size_t(i)] == 0 ? first : second).push_back(units[size_t(i)]);
        split(first, k1, label);
        split(second, k2, label + k1);
    }

    const UnitGraph &m_g;
    Random &m_rng;
    int m_trees;
    std::vector<int> m_local;
    std::vector<int> m_out;
};

} // namespace

std::vector<int> spanningTreeBisection(const UnitGraph &graph, int k, Random &rng, int treesPerSplit)
{
    Bisector b(graph, rng, treesPerSplit);
    return b.run(k);
}

std::vector<int> seededGrowth(const UnitGraph &g, int k, const std::vector<int> &pinned, Random &rng)
{
    const int n = g.unitCount();
    std::vector<int> part(size_t(n), -1);
    std::vector<double> weight(size_t(k), 0.0);
    std::vector<std::vector<int>> frontier(static_cast<size_t>(k));
    auto claim = [&](int u, int t) {
        part[size_t(u)] = t;
        weight[size_t(t)] += g.weight[size_t(u)];
        for (int e = g.offsets[size_t(u)]; e < g.offsets[size_t(u) + 1]; ++e)
            if (part[size_t(g.targets[size_t(e)])] < 0)
                frontier[size_t(t)].push_back(g.targets[size_t(e)]);
    };
    std::vector<std::vector<int>> pins(static_cast<size_t>(k));
    for (int u = 0; u < n; ++u)
        if (pinned[size_t(u)] >= 0)
            pins[size_t(pinned[size_t(u)])].push_back(u);
    for (int t = 0; t < k; ++t)
        for (int u : pins[size_t(t)])
            claim(u, t);
    // Join each territory's pinned units: breadth-first from the territory through free units.
    std::vector<int> from(static_cast<size_t>(n));
    for (int t = 0; t < k; ++t) {
        for (size_t p = 1; p < pins[size_t(t)].size(); ++p) {
            std::fill(from.begin(), from.end(), -2);
            std::vector<int> queue;
            for (int u = 0; u < n; ++u)
                if (part[size_t(u)] == t && u != pins[size_t(t)][p]) {
                    from[size_t(u)] = -1;
                    queue.push_back(u);
                }
            // Territory t's current units are the sources; search for the target pin.
            const int goal = pins[size_t(t)][p];
            bool found = false;
            for (size_t i = 0; i < queue.size() && !found; ++i) {
                const int x = queue[i];
                for (int e = g.offsets[size_t(x)]; e < g.offsets[size_t(x) + 1]; ++e) {
                    const int y = g.targets[size_t(e)];
                    if (from[size_t(y)] != -2)
                        continue;
                    if (y == goal) {
                        from[size_t(y)] = x;
                        found = true;
                        break;
                    }
                    if (part[size_t(y)] >= 0)
                        continue; // pinned elsewhere or already joined to another territory
                    from[size_t(y)] = x;
                    queue.push_back(y);
                }
            }
            if (!found) {
                // Adjacent to the territory already (joined through an earlier path)? Otherwise impossible.
                throw TesseraError(
                    TesseraError::Kind::User,
                    QCoreApplication::translate("align", "The units pinned to one territory cannot be "
                                                         "joined: %1 is cut off from %2 by units pinned "
                                                         "to other territories.")
                        .arg(g.names.value(goal), g.names.value(pins[size_t(t)][0])),
                    {}, -1, QStringLiteral("locks"));
            }
            for (int x = from[size_t(goal)]; x >= 0 && part[size_t(x)] < 0; x = from[size_t(x)])
                claim(x, t);
        }
    }
    // Seeds for territories without pins: the free unit farthest (in hops) from every claimed unit.
    for (int t = 0; t < k; ++t) {
        if (!pins[size_t(t)].empty())
            continue;
        std::vector<int> dist(size_t(n), -1);
        std::vector<int> queue;
        for (int u = 0; u < n; ++u)
            if (part[size_t(u)] >= 0) {
                dist[size_t(u)] = 0;
                queue.push_back(u);
            }
        int seed = -1;
        if (queue.empty()) {
            seed = int(rng.range(0, n - 1));
        } else {
            for (size_t i = 0; i < queue.size(); ++i) {
                const int x = queue[i];
                for (int e = g.offsets[size_t(x)]; e < g.offsets[size_t(x) + 1]; ++e) {
                    const int y = g.targets[size_t(e)];
                    if (dist[size_t(y)] < 0) {
                        dist[size_t(y)] = dist[size_t(x)] + 1;
                        queue.push_back(y);
                    }
                }
            }
            int best = 0;
            for (int u = 0; u < n; ++u)
                if (part[size_t(u)] < 0 && dist[size_t(u)] > best)
                    best = dist[size_t(u)], seed = u;
        }
        if (seed < 0)
            throw TesseraError::user(QCoreApplication::translate(
                "align",
                "There are not enough free units to start every territory next to the pinned ones."));
        claim(seed, t);
    }
    // Grow: the lightest territory with free neighbours takes the one sharing the most border with it.
    int left = int(std::count(part.begin(), part.end(), -1));
    while (left > 0) {
        int best = -1;
        for (int t = 0; t < k; ++t) {
            auto &f = frontier[size_t(t)];
            f.erase(std::remove_if(f.begin(), f.end(), [&](int u) { return part[size_t(u)] >= 0; }), f.end());
            if (!f.empty() && (best < 0 || weight[size_t(t)] < weight[size_t(best)]))
                best = t;
        }
        if (best < 0)
            throw TesseraError::internal(QStringLiteral("seededGrowth: free units unreachable"));
        int pick = -1;
        int pickLinks = -1;
        for (int u : frontier[size_t(best)]) {
            int links = 0;
            for (int e = g.offsets[size_t(u)]; e < g.offsets[size_t(u) + 1]; ++e)
                links += part[size_t(g.targets[size_t(e)])] == best;
            if (links > pickLinks || (links == pickLinks && u < pick))
                pick = u, pickLinks = links;
        }
        claim(pick, best);
        --left;
    }
    return part;
}

} // namespace tessera::align
