#pragma once
// The adjacency graph of one geography level in compressed sparse row (CSR) form, with what balancing
// and the alignment metrics need per unit (weight, accounts, area, perimeter) and per edge (shared border,
// kind). Water links are ordinary edges of kind Water: territories may be contiguous across them.
//
// Units are indexed 0..n-1; unitIds holds the geo_units.id of each (or the row number for CSV graphs).
// Every undirected edge appears twice (a→b and b→a) with the same shared border and kind.

#include <QHash>
#include <QString>
#include <QStringList>
#include <vector>

namespace tessera {
class PlanStore;
}

namespace tessera::align {

enum class EdgeKind : unsigned char
{
    Border,
    Water
};

// One measure or a weighted blend (potential=0.6,accounts=0.4). Built-in measures come from accounts and
// opportunities: accounts (count), potential, revenue, pipeline (open opportunity amounts), in currency
// units; any other name is read from geo_unit_measures. A blend adds each measure's share of its level total
// times its weight, so the unit weight is in "percent of the blended total" (the weights sum to 100).
struct MeasureSpec
{
    struct Term
    {
        QString measure;
        double weight = 1.0;
    };
    std::vector<Term> terms;

    bool isBlend() const { return terms.size() > 1; }
    QString describe() const; // "potential" or "potential 60% + accounts 40%"

    static MeasureSpec single(const QString &measure);
    // "potential=0.6,accounts=0.4" (weights need not sum to 1; they are normalised). Throws a user error.
    static MeasureSpec parseBlend(const QString &text);
};

struct RawEdge
{
    int a = 0;
    int b = 0;
    double sharedBorder = 0; // metres; 0 for water links
    EdgeKind kind = EdgeKind::Border;
};

struct UnitGraph
{
    QString levelName;
    qint64 levelId = 0;
    QString measureLabel;

    std::vector<qint64> unitIds;
    QStringList codes;
    QStringList names;
    std::vector<double> weight;
    std::vector<double> accounts;  // number of accounts in each unit (0 where unknown)
    std::vector<double> area;      // m², equal-area projection
    std::vector<double> perimeter; // m

    std::vector<int> offsets; // size n + 1; edges of unit u are [offsets[u], offsets[u + 1])
    std::vector<int> targets;
    std::vector<double> sharedBorder;
    std::vector<EdgeKind> kinds;

    int unitCount() const { return int(unitIds.size()); }
    int edgeCount() const { return int(targets.size() / 2); } // undirected
    double totalWeight() const;
    double heaviestWeight() const;
    // Index of a unit by code, or -1.
    int indexOfCode(const QString &code) const;

    // Builds the CSR arrays from an edge list: duplicates (either direction) keep the first occurrence,
    // self loops and out-of-range ends throw an internal error. Per-unit arrays must already be filled
    // (unitIds, codes and weight required; names, accounts, area and perimeter default to empty/0).
    void setEdges(const std::vector<RawEdge> &edges);

private:
    mutable QHash<QString, int> m_codeIndex;
};

// Connected pieces of the graph (all edge kinds): component number per unit, numbered by first unit.
std::vector<int> connectedComponents(const UnitGraph &graph, int *count = nullptr);

// Reads a level from the plan: units, adjacency (border and water) and the measure. Throws a user error for
// an unknown level, an unknown measure or a level without units.
UnitGraph loadUnitGraph(const PlanStore &store, const QString &levelName, const MeasureSpec &measure);

// The current alignment of the level: org_nodes id of each unit's territory (0 if none) and its locked flag.
struct StoredAssignment
{
    std::vector<qint64> territoryId;
    std::vector<bool> locked;
};
StoredAssignment loadAssignment(const PlanStore &store, const UnitGraph &graph);

// Graphs from plain files (tests, benchmarks). The nodes CSV needs the columns id and the weight column;
// name, area_m2, perimeter_m and accounts are read when present. Each edges CSV has i,j (0-based row numbers
// of the nodes file) and optionally shared_boundary_m; the first file's edges win over later duplicates.
struct EdgeFile
{
    QString path;
    EdgeKind kind = EdgeKind::Border;
};
UnitGraph loadUnitGraphCsv(const QString &nodesPath, const QString &weightColumn,
                           const std::vector<EdgeFile> &edgeFiles);

} // namespace tessera::align
