#pragma once
// The adjacency graph of a level's units. Units are vertices 0..n-1 (in the caller's order); an edge joins
// two units whose shared border has positive length (point contacts are not edges), weighted by the
// shared-border length in metres of the equal-area projection.
//
// Exact for TopoJSON: two units are neighbours when they use the same arc, and the border is the arc.
// Other formats: vertices are snapped to a grid of the tolerance (metres) and boundary segments that two
// units both have (in either direction) are shared border. This finds borders drawn with the same vertices
// on both sides (any topologically clean file); a border where only one side has a vertex is missed.

#include "boundaryfile.h"

#include <vector>

namespace tessera::geo {

struct Edge
{
    int a = 0; // a < b
    int b = 0;
    double length = 0; // metres
    bool water = false;
};

std::vector<Edge> adjacencyFromArcs(const SourceLevel &level, const EqualAreaProjection &projection);
std::vector<Edge> adjacencyBySegments(const std::vector<MultiPolygon> &projected, double toleranceM);

// Connected components over the edges (Boost.Graph): component index per vertex, components numbered by
// decreasing size (0 = the largest; ties by lowest vertex).
struct Components
{
    std::vector<int> of;                  // per vertex
    std::vector<std::vector<int>> pieces; // vertices of each component
};
Components connectedComponents(int vertexCount, const std::vector<Edge> &edges);
// Components of the subgraph induced by the vertices where include[v] is true (others get -1).
Components connectedComponents(int vertexCount, const std::vector<Edge> &edges,
                               const std::vector<bool> &include);

} // namespace tessera::geo
