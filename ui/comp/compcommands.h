#pragma once
// Undo facade for compensation edits: views call these, never build commands themselves. Each command
// writes in its own transaction and then notifies the document (ChangeEvent::Compensation).

#include "comp/compplan.h"
#include "comp/dealcredit.h"

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

// One deal's crediting: its splits and cancellation.
struct DealCreditEdit
{
    std::vector<DealSplit> splits;
    std::optional<DealCancellation> cancellation;
    bool operator==(const DealCreditEdit &o) const
    {
        return splits == o.splits && cancellation == o.cancellation;
    }
};
// Sets a deal's splits and cancellation (before → after) as one undoable edit. `after` is tried first in
// a transaction that is rolled back: when core refuses it, this throws its TesseraError and pushes nothing.
void editDealCredit(PlanDocument *document, qint64 opportunityId, const DealCreditEdit &before,
                    const DealCreditEdit &after, const QString &text);
// Replaces a rep's saved what-if deals (before → after) as one undoable edit; throws like editDealCredit.
void saveWhatIfDeals(PlanDocument *document, qint64 repId, const std::vector<WhatIfDeal> &before,
                     const std::vector<WhatIfDeal> &after);

} // namespace tessera::comp::commands
