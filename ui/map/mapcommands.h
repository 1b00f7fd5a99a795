#pragma once
// Undoable edits of an alignment. Views call these functions; each pushes one QUndoCommand on the
// document's stack whose redo/undo write the unit rows in one transaction and then notify the change.

#include "geo/alignment.h"

#include <QString>
#include <vector>

namespace tessera {
class PlanDocument;
}

namespace tessera::map {

class MapData;

namespace MapCommands {

// Assigns the units (indices into data.units) to a territory (index into data.territories, -1 = none).
// Locked units are skipped. Returns the number of units that changed (0 = nothing pushed).
int assign(PlanDocument *document, const MapData &data, const std::vector<int> &units, int territory,
           const QString &text = {});
// Locks or unlocks the units. Returns the number of units that changed.
int setLocked(PlanDocument *document, const MapData &data, const std::vector<int> &units, bool locked);

} // namespace MapCommands
} // namespace tessera::map
