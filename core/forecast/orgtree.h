#pragma once
// The sales hierarchy held in memory for roll-ups: org nodes (company → region → district → territory)
// and the reps in each territory (reps.territory_id). A dashboard node is an org node or a rep.

#include <QHash>
#include <QString>
#include <mutex>
#include <vector>

namespace tessera {
class PlanStore;
}

namespace tessera::forecast {

struct NodeRef
{
    enum class Kind
    {
        Org,
        Rep
    };
    Kind kind = Kind::Org;
    qint64 id = 0;
    bool isRep() const { return kind == Kind::Rep; }
    bool operator==(const NodeRef &o) const { return kind == o.kind && id == o.id; }
    bool operator!=(const NodeRef &o) const { return !(*this == o); }
    // "org" / "rep", as stored in forecast_overrides.node_kind.
    QString kindName() const { return isRep() ? QStringLiteral("rep") : QStringLiteral("org"); }
};

struct OrgNode
{
    qint64 id = 0;
    qint64 parentId = 0; // 0 = root
    QString level, code, name;
    qint64 managerRepId = 0;
    int sortOrder = 0;
    std::vector<qint64> children; // org node ids, in sort order
    std::vector<qint64> reps;     // reps whose territory is this node
};

struct RepInfo
{
    qint64 id = 0;
    QString externalId, name, role;
    qint64 territoryId = 0;
};

class OrgTree
{
public:
    void load(const PlanStore &store);

    // The root (company) node; throws a user error when the plan has no hierarchy.
    NodeRef root() const;
    // "company", an org node code (R1, D001, T0001) or a rep's external id; throws a user error naming
    // the field "node" when nothing matches.
    NodeRef resolve(const QString &text) const;
    bool contains(const NodeRef &n) const;

    QString name(const NodeRef &n) const;
    QString code(const NodeRef &n) const;   // org code or rep external id
    QString level(const NodeRef &n) const;  // "company", "region", ..., or "rep"
    NodeRef parent(const NodeRef &n) const; // the root's parent is the root itself
    // The nodes one level down: child org nodes, or a territory's reps; a rep has none.
    std::vector<NodeRef> children(const NodeRef &n) const;
    // Every rep at or below the node.
    std::vector<qint64> repsUnder(const NodeRef &n) const;
    // Root first, node last.
    std::vector<NodeRef> path(const NodeRef &n) const;

    const QHash<qint64, OrgNode> &nodes() const { return m_nodes; }
    const QHash<qint64, RepInfo> &reps() const { return m_reps; }
    const OrgNode *node(qint64 id) const;
    const RepInfo *rep(qint64 id) const;

private:
    void collectReps(qint64 nodeId, std::vector<qint64> &out) const;
    QHash<qint64, OrgNode> m_nodes;
    QHash<qint64, RepInfo> m_reps;
    std::vector<qint64> m_nodeOrder, m_repOrder; // as read: org nodes by sort order, reps by name
    mutable std::mutex m_byCodeMutex;
    mutable QHash<QString, NodeRef> m_byCode; // upper-case code → node, built by the first resolve()
    mutable bool m_byCodeBuilt = false;
    qint64 m_root = 0;
};

} // namespace tessera::forecast
