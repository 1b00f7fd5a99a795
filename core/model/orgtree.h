#pragma once
// The sales hierarchy for the Organisation view and the plan's entity counts for the status bar.

#include <QString>
#include <vector>

namespace tessera {
class PlanStore;
}

namespace tessera::model {

struct OrgNodeRow
{
    qint64 id = 0;
    qint64 parentId = -1; // -1 for a root
    QString level;        // company, region, district, territory, ...
    QString code;
    QString name;
    qint64 managerId = -1;
    QString managerName;
    qint64 reps = 0; // reps whose territory is this node or a node below it
};

// Every node, parents before children, siblings by sort order then name.
std::vector<OrgNodeRow> loadOrgNodes(const PlanStore &store);

struct PlanCounts
{
    qint64 orgNodes = 0, reps = 0, accounts = 0, opportunities = 0;
};
PlanCounts planCounts(const PlanStore &store);

} // namespace tessera::model
