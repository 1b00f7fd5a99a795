#pragma once
// Balancing a level of a plan: reads the graph, pins (locks file, seeds file, units locked in the plan) and
// territories from the store, runs the balancer and writes the result to unit_assignments in one
// transaction, returning a report. The CLI's `align balance` and the GUI's Balance dialog both use it.

#include "balancer.h"

#include <QJsonObject>
#include <QString>

namespace tessera {
class PlanStore;
}

namespace tessera::align {

struct BalanceRequest
{
    QString level;
    int territories = 0; // 0: as many as the plan has (fresh) or as the level uses now (minimal)
    MeasureSpec measure;
    QString locksFile; // CSV: unit,territory (unit code on the level, territory code)
    QString seedsFile; // CSV: rep[,unit] (rep external id; unit code, or the rep's home unit on the level)
    BalanceMode mode = BalanceMode::Fresh;
    quint64 seed = 1;
    double timeLimitSeconds = 60;
    double tolerance = 0.005;
    int maxUnits = 0;
    double maxAccounts = 0;
    bool perPiece = false;
};

struct TerritoryRef
{
    qint64 id = 0; // org_nodes.id; 0 until created
    QString code;
    QString name;
    bool created = false; // made by this balance (fresh mode, k above the plan's territories)
};

struct BalanceReport
{
    QString level;
    qint64 levelId = 0;
    QString measure;
    BalanceMode mode = BalanceMode::Fresh;
    quint64 seed = 1;
    std::vector<qint64> unitIds;
    std::vector<qint64> before; // territory id per unit before (0 = none)
    std::vector<qint64> after;  // territory id per unit after
    std::vector<TerritoryRef> territories;
    BalanceResult result;
    AlignmentMetrics beforeMetrics; // the previous alignment measured the same way (when there was one)
    bool hadPrevious = false;

    QJsonObject toJson() const;
    QString toText() const;
};

// Computes a balance without writing anything (territories to create have id 0).
BalanceReport planBalance(const PlanStore &store, const BalanceRequest &request,
                          const Progress &progress = Progress());
// Writes report.after (creating the new territories first, filling their ids) in one transaction.
void applyBalance(PlanStore &store, BalanceReport &report);
// Sets the territory of each unit (0 = none) in one transaction; used by apply and by undo.
void writeAssignments(PlanStore &store, const std::vector<qint64> &unitIds,
                      const std::vector<qint64> &territoryIds);

} // namespace tessera::align
