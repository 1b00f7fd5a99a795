#pragma once
// A manager's commit override for a node and period, with a comment (forecast_overrides, schema v5).
// Writes run in one transaction and are recorded in the change log.

#include "figures.h"

namespace tessera {
class PlanStore;
}

namespace tessera::forecast {

std::optional<CommitOverride> loadOverride(const PlanStore &store, const NodeRef &node, const Period &period);
// Sets (or with nullopt removes) the override; who/at are filled from the store's user and the clock when
// empty. Throws a user error naming the field "comment" when an override has no comment.
void saveOverride(PlanStore &store, const NodeRef &node, const Period &period,
                  const std::optional<CommitOverride> &value);

} // namespace tessera::forecast
