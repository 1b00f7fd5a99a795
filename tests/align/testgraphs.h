#pragma once
// Small graphs whose best partitions are known by hand, for the align tests.
#include "align/unitgraph.h"

#include <QString>
#include <vector>

namespace testgraphs {

using tessera::align::EdgeKind;
using tessera::align::RawEdge;
using tessera::align::UnitGraph;

// w × h grid of 1 km squares (area 1e6 m², perimeter 4,000 m, shared border 1,000 m), unit (x, y) at index
// y * w + x, named "x,y", weight 1 unless given.
inline UnitGraph grid(int w, int h, const std::vector<double> &weights = {})
{
    UnitGraph g;
    g.levelName = QStringLiteral("grid");
    g.measureLabel = QStringLiteral("weight");
    std::vector<RawEdge> edges;
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            const int u = y * w + x;
            g.unitIds.push_back(u + 1);
            g.codes << QStringLiteral("%1,%2").arg(x).arg(y);
            g.weight.push_back(weights.empty() ? 1.0 : weights[size_t(u)]);
            g.area.push_back(1e6);
            g.perimeter.push_back(4000);
            g.accounts.push_back(1);
            if (x + 1 < w)
                edges.push_back({u, u + 1, 1000, EdgeKind::Border});
            if (y + 1 < h)
                edges.push_back({u, u + w, 1000, EdgeKind::Border});
        }
    g.setEdges(edges);
    return g;
}

// A path 0 - 1 - ... - n-1 without geometry.
inline UnitGraph path(const std::vector<double> &weights)
{
    UnitGraph g;
    g.levelName = QStringLiteral("path");
    g.measureLabel = QStringLiteral("weight");
    std::vector<RawEdge> edges;
    for (size_t i = 0; i < weights.size(); ++i) {
        g.unitIds.push_back(qint64(i) + 1);
        g.codes << QStringLiteral("P%1").arg(i);
        g.weight.push_back(weights[i]);
        if (i + 1 < weights.size())
            edges.push_back({int(i), int(i) + 1, 0, EdgeKind::Border});
    }
    g.setEdges(edges);
    return g;
}

// A star: centre 0 joined to leaves 1..n.
inline UnitGraph star(double centre, const std::vector<double> &leaves)
{
    UnitGraph g;
    g.levelName = QStringLiteral("star");
    g.measureLabel = QStringLiteral("weight");
    std::vector<RawEdge> edges;
    g.unitIds.push_back(1);
    g.codes << QStringLiteral("C");
    g.weight.push_back(centre);
    for (size_t i = 0; i < leaves.size(); ++i) {
        g.unitIds.push_back(qint64(i) + 2);
        g.codes << QStringLiteral("L%1").arg(i);
        g.weight.push_back(leaves[i]);
        edges.push_back({0, int(i) + 1, 0, EdgeKind::Border});
    }
    g.setEdges(edges);
    return g;
}

} // namespace testgraphs
