#pragma once
// Compensation data in the plan file: plans (JSON + normalized columns), effective-dated assignments,
// crediting settings. Every write is one transaction and is recorded in the change log.

#include "compplan.h"

#include <QDate>
#include <memory>
#include <vector>

namespace tessera {
class PlanStore;
}

namespace tessera::comp {

// Updates the plan with plan.id, else replaces the plan of the same name, else inserts; returns its id.
qint64 savePlan(PlanStore &store, const Plan &plan);
std::vector<Plan> loadPlans(PlanStore &store);
// Throws a user error naming the plan when there is none of that name.
Plan loadPlan(PlanStore &store, const QString &name);
void deletePlan(PlanStore &store, const QString &name);

struct AssignmentRow
{
    qint64 id = 0, repId = 0, planId = 0;
    QString planName;
    QDate start, end;
};
// Assigns a plan from `from` (to `to`, or open ended). An assignment of the rep that is still running on
// `from` ends the day before (a mid-year plan change); one that starts inside the new range is refused.
qint64 assignPlan(PlanStore &store, qint64 repId, const QString &planName, const QDate &from,
                  const QDate &to = {});
std::vector<AssignmentRow> loadAssignments(PlanStore &store);

struct CreditingSettings
{
    enum class Source
    {
        Owner,    // the opportunity owner (or its splits)
        Territory // account → unit → territory → rep, else the owner's territory's rep
    };
    Source source = Source::Owner;
    bool rollup = true; // managers get indirect credit, capped at the deal amount
};
CreditingSettings creditingSettings(PlanStore &store);
void setCreditingSettings(PlanStore &store, const CreditingSettings &settings);

} // namespace tessera::comp
