#pragma once
// Geography levels in the plan (schema v2): importing a level in one transaction (units, measures,
// adjacency, placement of accounts and rep homes), loading units and the graph back, water links.

#include "adjacency.h"
#include "boundaryfile.h"
#include "common/progress.h"

#include <QStringList>
#include <vector>

namespace tessera {
class PlanStore;
}

namespace tessera::geo {

struct LevelImportOptions
{
    QString levelName;
    QString idField;         // recorded with the level
    QString nameField;       // recorded with the level
    double toleranceM = 1.0; // for formats without shared arcs
};

struct LevelSummary
{
    qint64 levelId = 0;
    int units = 0;
    int unitsWithoutGeometry = 0;
    int edges = 0; // border edges
    int waterLinks = 0;
    bool exact = false; // adjacency from shared arcs
    double toleranceM = 0;
    QString projection;
    std::vector<QStringList> detachedPieces; // unit codes of every component but the largest
    QStringList enclaves;                    // units entirely inside one other unit
    int accountsPlaced = 0;                  // by point in polygon, including those snapped
    int accountsSnapped = 0; // outside every unit but within 10 km of one: placed in the nearest
    int accountsByPostalCode = 0, accountsOutside = 0;
    int repsPlaced = 0, repsOutside = 0;
};

// Stores a level read from a file; refuses a level name already in the plan. One transaction.
LevelSummary importLevel(PlanStore &store, const SourceLevel &source, const LevelImportOptions &options,
                         const ProgressCallback &progress = {});

// The level's id; throws a user error naming the level when the plan has none by that name.
qint64 levelId(const PlanStore &store, const QString &levelName);
bool hasLevel(const PlanStore &store, const QString &levelName);
QStringList levelNames(const PlanStore &store);

struct UnitRecord
{
    qint64 id = 0;
    QString code;
    QString name;
    MultiPolygon geometry; // WGS84 lon/lat (empty when loaded without geometry or the unit has none)
    bool hasGeometry = false;
    double areaM2 = 0;
    double perimeterM = 0;
    Pt centroid; // lon/lat
};
// Units of a level ordered by id; their index in the vector is their vertex in the graph.
std::vector<UnitRecord> loadUnits(const PlanStore &store, qint64 levelId, bool withGeometry);
// Edges (border and water) as vertex indices into units.
std::vector<Edge> loadEdges(const PlanStore &store, qint64 levelId, const std::vector<UnitRecord> &units);

// Re-reads the graph and reports its components and enclaves (as importLevel does).
LevelSummary analyseLevel(const PlanStore &store, const QString &levelName);

// Water links: a user-made edge across water between two units that share no border.
void addWaterLink(PlanStore &store, const QString &levelName, const QString &codeA, const QString &codeB);
void removeWaterLink(PlanStore &store, const QString &levelName, const QString &codeA, const QString &codeB);
// Joins every detached piece (all components but the largest) to the nearest unit outside it, by
// distance between label points in the equal-area projection, until the graph is connected.
// Returns the pairs joined (codes). Units without geometry are left out (and reported by analyseLevel).
std::vector<std::pair<QString, QString>> autoWaterLinks(PlanStore &store, const QString &levelName);

// Places accounts and rep homes into the level's units (account_units, rep_units) and recomputes the
// built-in unit measures (accounts, potential, revenue, pipeline). Point in polygon from lat/lon with an
// R-tree (a point outside every unit but within 10 km of one, e.g. off a generalised coastline, goes to the
// nearest unit, method 'nearest'); an account without lat/lon goes to the unit most accounts with the same
// postal code fell in (method 'postal_code').
// A rep home likewise (by the postal code's unit).
void placePoints(PlanStore &store, qint64 levelId, LevelSummary *summary = nullptr);

// The built-in measures come from the placed accounts (align::loadUnitGraph reads them the same way);
// geo_unit_measures holds the imported attributes only.
QStringList builtinMeasures();
QStringList measureNames(const PlanStore &store, qint64 levelId);

// Per-unit figures for tooltips and the balance panel, money exact in cents; index = unit order of
// loadUnits (by id).
struct UnitFigures
{
    std::vector<qint64> accounts;
    std::vector<qint64> potentialCents;
    std::vector<qint64> revenueCents;
    std::vector<qint64> pipelineCents;
    std::vector<std::vector<std::pair<QString, double>>> imported;
};
UnitFigures loadUnitFigures(const PlanStore &store, qint64 levelId, const std::vector<UnitRecord> &units);

} // namespace tessera::geo
