#include "adjacency.h"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/connected_components.hpp>
#include <cmath>
#include <map>
#include <unordered_map>

namespace tessera::geo {
namespace {

std::vector<Edge> mergeEdges(std::unordered_map<quint64, double> &lengths)
{
    std::vector<Edge> edges;
    edges.reserve(lengths.size());
    for (const auto &[key, len] : lengths)
        if (len > 0)
            edges.push_back({int(key >> 32), int(key & 0xffffffffu), len, false});
    std::sort(edges.begin(), edges.end(),
              [](const Edge &x, const Edge &y) { return x.a != y.a ? x.a < y.a : x.b < y.b; });
    return edges;
}

quint64 pairKey(int a, int b)
{
    if (a > b)
        std::swap(a, b);
    return (quint64(quint32(a)) << 32) | quint32(b);
}

} // namespace

std::vector<Edge> adjacencyFromArcs(const SourceLevel &level, const EqualAreaProjection &projection)
{
    // Which units use each arc (a unit may use an arc twice, e.g. a ring touching itself: count it once).
    std::vector<std::vector<int>> users(level.arcs.size());
    for (size_t u = 0; u < level.unitArcs.size(); ++u)
        for (int arc : level.unitArcs[u]) {
            auto &list = users[size_t(arc)];
            if (list.empty() || list.back() != int(u))
                list.push_back(int(u));
        }
    std::unordered_map<quint64, double> lengths;
    for (size_t arc = 0; arc < users.size(); ++arc) {
        const auto &list = users[arc];
        if (list.size() < 2)
            continue;
        const double len = ringLength(projection.project(level.arcs[arc]));
        if (len <= 0)
            continue;
        for (size_t i = 0; i < list.size(); ++i)
            for (size_t j = i + 1; j < list.size(); ++j)
                if (list[i] != list[j])
                    lengths[pairKey(list[i], list[j])] += len;
    }
    return mergeEdges(lengths);
}

std::vector<Edge> adjacencyBySegments(const std::vector<MultiPolygon> &projected, double toleranceM)
{
    const double grid = toleranceM > 0 ? toleranceM : 1.0;
    struct SegKey
    {
        qint64 x1, y1, x2, y2;
        bool operator==(const SegKey &o) const
        {
            return x1 == o.x1 && y1 == o.y1 && x2 == o.x2 && y2 == o.y2;
        }
    };
    struct SegHash
    {
        size_t operator()(const SegKey &k) const
        {
            quint64 h = 1469598103934665603ull;
            for (qint64 v : {k.x1, k.y1, k.x2, k.y2})
                h = (h ^ quint64(v)) * 1099511628211ull;
            return size_t(h);
        }
    };
    std::unordered_map<SegKey, int, SegHash> owner; // first unit seen with the segment
    size_t total = 0;
    for (const MultiPolygon &g : projected)
        for (const Polygon &p : g) {
            total += p.outer.size();
            for (const Ring &h : p.holes)
                total += h.size();
        }
    owner.reserve(total);
    std::unordered_map<quint64, double> lengths;
    const auto snap = [grid](double v) {
        return qint64(std::llround(v / grid));
    };
    for (size_t u = 0; u < projected.size(); ++u) {
        const auto visit = [&](const Ring &r) {
            for (size_t i = 0; i + 1 < r.size(); ++i) {
                qint64 x1 = snap(r[i].x), y1 = snap(r[i].y), x2 = snap(r[i + 1].x), y2 = snap(r[i + 1].y);
                if (x1 == x2 && y1 == y2)
                    continue; // shorter than the tolerance: a point, not a border
                if (std::tie(x1, y1) > std::tie(x2, y2)) {
                    std::swap(x1, x2);
                    std::swap(y1, y2);
                }
                const auto [it, inserted] = owner.emplace(SegKey{x1, y1, x2, y2}, int(u));
                if (!inserted && it->second != int(u))
                    lengths[pairKey(it->second, int(u))] +=
                        std::hypot(r[i + 1].x - r[i].x, r[i + 1].y - r[i].y);
            }
        };
        for (const Polygon &p : projected[u]) {
            visit(p.outer);
            for (const Ring &h : p.holes)
                visit(h);
        }
    }
    return mergeEdges(lengths);
}

Components connectedComponents(int vertexCount, const std::vector<Edge> &edges)
{
    return connectedComponents(vertexCount, edges, std::vector<bool>(size_t(vertexCount), true));
}

Components connectedComponents(int vertexCount, const std::vector<Edge> &edges,
                               const std::vector<bool> &include)
{
    using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
    Graph g(static_cast<size_t>(vertexCount));
    for (const Edge &e : edges)
        if (include[size_t(e.a)] && include[size_t(e.b)])
            boost::add_edge(size_t(e.a), size_t(e.b), g);
    std::vector<int> raw(size_t(vertexCount), -1);
    boost::connected_components(g, raw.data());
    // Renumber: included vertices only, largest component first.
    std::map<int, std::vector<int>> byRaw;
    for (int v = 0; v < vertexCount; ++v)
        if (include[size_t(v)])
            byRaw[raw[size_t(v)]].push_back(v);
    Components c;
    for (auto &[id, members] : byRaw)
        c.pieces.push_back(std::move(members));
    std::stable_sort(c.pieces.begin(), c.pieces.end(),
                     [](const auto &x, const auto &y) { return x.size() > y.size(); });
    c.of.assign(size_t(vertexCount), -1);
    for (size_t k = 0; k < c.pieces.size(); ++k)
        for (int v : c.pieces[k])
            c.of[size_t(v)] = int(k);
    return c;
}

} // namespace tessera::geo
