#pragma once
// First partitions for the balancer (internal to core/align). Both give connected territories on a
// connected graph by construction:
// - recursive spanning-tree bisection: cut a random spanning tree of the region at the edge whose subtree
//   weight is closest to the share the two halves need (as ReCom does), best of several trees, and recurse;
// - seeded region growing when units are pinned: each territory starts from its pinned units (joined by
//   shortest paths), the others from units far from every seed, and the lightest territory grows first.

#include "unitgraph.h"

#include "common/random.h"

#include <vector>

namespace tessera::align {

std::vector<int> spanningTreeBisection(const UnitGraph &graph, int k, Random &rng, int treesPerSplit = 12);

// pinned: territory per unit or -1. Throws a user error when the pinned units of one territory cannot be
// joined without crossing units pinned to another territory.
std::vector<int> seededGrowth(const UnitGraph &graph, int k, const std::vector<int> &pinned, Random &rng);

} // namespace tessera::align
