#pragma once
// How good an alignment is: per territory weight, deviation from the mean, pieces and compactness, and for
// the whole alignment the largest and mean deviation, the floor the heaviest unit sets, cut edges and what
// moved against a previous alignment.
//
// An alignment is a territory index per unit in [0, k), or -1 for a unit in no territory.

#include "unitgraph.h"

#include <vector>

namespace tessera::align {

struct TerritoryMetrics
{
    int units = 0;
    double weight = 0;
    double accounts = 0;
    double deviation = 0;    // weight ÷ mean − 1 (0.02 = 2 % heavier than the mean)
    int pieces = 0;          // connected components on the graph including water links
    double area = 0;         // m²
    double perimeter = 0;    // sum of unit perimeters − 2 × shared border inside the territory
    double polsbyPopper = 0; // 4πA ÷ P²; 0 for an empty territory or one without geometry
};

struct Movement
{
    int units = 0;
    double accounts = 0;
    double weight = 0;
};

struct AlignmentMetrics
{
    std::vector<TerritoryMetrics> territories;
    double totalWeight = 0;
    double meanWeight = 0;        // total ÷ k
    double maxDeviation = 0;      // largest |deviation|
    double meanDeviation = 0;     // mean |deviation|
    double heaviestUnitFloor = 0; // max(0, heaviest unit ÷ mean − 1)
    double meanPolsbyPopper = 0;  // over territories with geometry
    double minPolsbyPopper = 0;
    int cutEdges = 0;          // edges whose ends are in different territories (or one end unassigned)
    int unassigned = 0;        // units in no territory
    bool allContiguous = true; // every non-empty territory in exactly one piece
    Movement moved;            // against the previous alignment, when one was given
};

AlignmentMetrics computeMetrics(const UnitGraph &graph, const std::vector<int> &territoryOf, int k,
                                const std::vector<int> *previous = nullptr);

// Pieces (connected components) of one territory's units, each as a list of unit indices, largest first.
std::vector<std::vector<int>> territoryPieces(const UnitGraph &graph, const std::vector<int> &territoryOf,
                                              int territory);

} // namespace tessera::align
