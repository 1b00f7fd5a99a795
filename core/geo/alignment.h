#pragma once
// The alignment of a level: which territory (org_nodes level 'territory') each unit belongs to, and locks.
// Reading and writing assignments, CSV import/export (unit_id, territory) and the demo's starting alignment.

#include "common/progress.h"

#include <QString>
#include <vector>

namespace tessera {
class PlanStore;
}

namespace tessera::geo {

struct Territory
{
    qint64 id = 0;
    QString code;
    QString name;
    qint64 districtId = 0; // parent org node (0 if none)
    QString districtName;
    qint64 regionId = 0; // the district's parent
    QString regionName;
};
// Territories ordered by sort_order, then code.
std::vector<Territory> territories(const PlanStore &store);

struct UnitAssignment
{
    qint64 unitId = 0;
    qint64 territoryId = 0; // 0 = unassigned
    bool locked = false;
};
// One row per unit of the level (unassigned units have territoryId 0), ordered by unit id.
std::vector<UnitAssignment> loadAssignments(const PlanStore &store, qint64 levelId);
// Writes the given rows (territory and lock) in one transaction; the undo commands use it both ways.
void writeAssignments(PlanStore &store, const std::vector<UnitAssignment> &rows);

// CSV with the header unit_id,territory: the unit's code and the territory's code or name (empty =
// unassigned). Units not in the file keep their territory. Returns the number of rows applied. A bad row
// throws naming the file, row (1-based, header = 1) and field; nothing is written then.
int importAlignmentCsv(PlanStore &store, qint64 levelId, const QString &file);
// Writes every unit of the level; the territory column holds the territory code (or its name when it has
// no code). Returns the number of rows written.
int exportAlignmentCsv(const PlanStore &store, qint64 levelId, const QString &file);

// The demo's alignment: every unit goes to the territory owning most of its accounts (ties: lowest
// territory id); units without accounts join the nearest such unit over the adjacency graph (so territories
// grow contiguously), and a piece no such unit reaches (an island) goes to the territory whose rep lives
// nearest. Locked units are kept. Returns the number of units assigned.
int alignByAccounts(PlanStore &store, qint64 levelId);

} // namespace tessera::geo
