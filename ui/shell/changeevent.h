#pragma once
// The one typed change signal views and item models subscribe to (PlanDocument::changed), sent after
// the edit's transaction has committed.

#include <QList>
#include <QMetaType>
#include <QString>

namespace tessera {

struct ChangeEvent
{
    enum class Kind
    {
        Everything, // a new plan was loaded or a bulk import replaced data
        Settings,
        Organisation, // org_nodes: regions, districts, territories
        Reps,
        Accounts,
        Opportunities,
        Geography, // levels, units, adjacency, water links
        Alignment, // unit → territory assignments, locks
        Quotas,
        Compensation, // plans, assignments, payout runs, closes
        Forecast      // commit overrides, stage settings
    };
    Kind kind = Kind::Everything;
    QList<qint64> ids; // the rows touched, empty = any
    QString detail;    // e.g. a geography level name
};

} // namespace tessera

Q_DECLARE_METATYPE(tessera::ChangeEvent)
