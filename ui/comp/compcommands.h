#pragma once
// Undo facade for compensation edits: views call these, never build commands themselves. Each command
// writes in its own transaction and then notifies the document (ChangeEvent::Compensation).

#include "comp/compplan.h"

#include <optional>

namespace tessera {
class PlanDocument;
}

namespace tessera::comp::commands {

// Replaces a plan's definition (before → after); before = nullopt creates the plan (undo deletes it).
void editPlan(PlanDocument *document, const std::optional<Plan> &before, const Plan &after,
              const QString &text);
// Deletes a plan (undo restores it; its assignments are not restored).
void deletePlan(PlanDocument *document, const Plan &plan);

} // namespace tessera::comp::commands
