#include "orgtree.h"

#include "common/error.h"
#include "store/fastsql.h"
#include "store/planstore.h"

#include <QCoreApplication>
#include <algorithm>

namespace tessera::forecast {

void OrgTree::load(const PlanStore &store)
{
    m_nodes.clear();
    m_reps.clear();
    {
        const std::lock_guard<std::mutex> lock(m_byCodeMutex);
        m_byCode.clear();
        m_byCodeBuilt = false;
    }
    m_nodeOrder.clear();
    m_repOrder.clear();
    m_root = 0;
    // FastStatement (no QVariant per cell): on 5,000-rep plans this runs at every dashboard open.
    FastStatement n(store,
                    "SELECT id, parent_id, level, code, name, manager_rep_id, sort_order FROM org_nodes "
                    "ORDER BY sort_order, id");
    while (n.step()) {
        OrgNode node;
        node.id = n.int64(0);
        node.parentId = n.int64(1);
        node.level = n.text(2);
        node.code = n.text(3);
        node.name = n.text(4);
        node.managerRepId = n.int64(5);
        node.sortOrder = int(n.int64(6));
        m_nodeOrder.push_back(node.id);
        m_nodes.insert(node.id, std::move(node));
    }
    for (qint64 id : m_nodeOrder) {
        const qint64 parent = m_nodes.find(id)->parentId;
        const auto p = m_nodes.find(parent);
        if (parent == 0 || p == m_nodes.end()) {
            if (m_root == 0)
                m_root = id;
        } else {
            p->children.push_back(id);
        }
    }
    FastStatement r(store, "SELECT id, external_id, name, role, territory_id FROM reps ORDER BY name, id");
    while (r.step()) {
        RepInfo rep;
        rep.id = r.int64(0);
        rep.externalId = r.text(1);
        rep.name = r.text(2);
        rep.role = r.text(3);
        rep.territoryId = r.int64(4);
        m_repOrder.push_back(rep.id);
        if (const auto t = m_nodes.find(rep.territoryId); t != m_nodes.end())
            t->reps.push_back(rep.id);
        m_reps.insert(rep.id, std::move(rep));
    }
}

NodeRef OrgTree::root() const
{
    if (m_root == 0)
        throw TesseraError(TesseraError::Kind::User,
                           QCoreApplication::translate("Forecast", "The plan has no sales hierarchy."));
    return NodeRef{NodeRef::Kind::Org, m_root};
}

NodeRef OrgTree::resolve(const QString &text) const
{
    const QString t = text.trimmed();
    if (t.compare(QLatin1String("company"), Qt::CaseInsensitive) == 0)
        return root();
    const std::lock_guard<std::mutex> lock(m_byCodeMutex);
    if (!m_byCodeBuilt) {
        // Built on first use (dashboards never need it): org codes in sort order, a later duplicate
        // replacing an earlier one; then reps' ids in name order where no org node or earlier rep has the
        // code.
        for (qint64 id : m_nodeOrder) {
            const OrgNode &node = *m_nodes.constFind(id);
            if (!node.code.isEmpty())
                m_byCode.insert(node.code.toUpper(), NodeRef{NodeRef::Kind::Org, id});
        }
        for (qint64 id : m_repOrder) {
            const RepInfo &rep = *m_reps.constFind(id);
            if (rep.externalId.isEmpty())
                continue;
            const QString upper = rep.externalId.toUpper();
            if (!m_byCode.contains(upper))
                m_byCode.insert(upper, NodeRef{NodeRef::Kind::Rep, id});
        }
        m_byCodeBuilt = true;
    }
    const auto it = m_byCode.constFind(t.toUpper());
    if (it == m_byCode.constEnd())
        throw TesseraError(TesseraError::Kind::User,
                           QCoreApplication::translate("Forecast",
                                                       "No org node or rep has the code '%1' (use company, a "
                                                       "node code such as R1 or D001, or a rep's id).")
                               .arg(t),
                           {}, -1, QStringLiteral("node"));
    return *it;
}

bool OrgTree::contains(const NodeRef &n) const
{
    return n.isRep() ? m_reps.contains(n.id) : m_nodes.contains(n.id);
}

const OrgNode *OrgTree::node(qint64 id) const
{
    const auto it = m_nodes.constFind(id);
    return it == m_nodes.constEnd() ? nullptr : &*it;
}

const RepInfo *OrgTree::rep(qint64 id) const
{
    const auto it = m_reps.constFind(id);
    return it == m_reps.constEnd() ? nullptr : &*it;
}

QString OrgTree::name(const NodeRef &n) const
{
    if (n.isRep())
        return m_reps.value(n.id).name;
    return m_nodes.value(n.id).name;
}

QString OrgTree::code(const NodeRef &n) const
{
    return n.isRep() ? m_reps.value(n.id).externalId : m_nodes.value(n.id).code;
}

QString OrgTree::level(const NodeRef &n) const
{
    return n.isRep() ? QStringLiteral("rep") : m_nodes.value(n.id).level;
}

NodeRef OrgTree::parent(const NodeRef &n) const
{
    if (n.isRep()) {
        const qint64 t = m_reps.value(n.id).territoryId;
        return m_nodes.contains(t) ? NodeRef{NodeRef::Kind::Org, t} : root();
    }
    const qint64 p = m_nodes.value(n.id).parentId;
    return m_nodes.contains(p) ? NodeRef{NodeRef::Kind::Org, p} : n;
}

std::vector<NodeRef> OrgTree::children(const NodeRef &n) const
{
    std::vector<NodeRef> out;
    if (n.isRep())
        return out;
    const OrgNode *node = this->node(n.id);
    if (!node)
        return out;
    for (qint64 c : node->children)
        out.push_back(NodeRef{NodeRef::Kind::Org, c});
    for (qint64 r : node->reps)
        out.push_back(NodeRef{NodeRef::Kind::Rep, r});
    return out;
}

void OrgTree::collectReps(qint64 nodeId, std::vector<qint64> &out) const
{
    const OrgNode *node = this->node(nodeId);
    if (!node)
        return;
    out.insert(out.end(), node->reps.begin(), node->reps.end());
    for (qint64 c : node->children)
        collectReps(c, out);
}

std::vector<qint64> OrgTree::repsUnder(const NodeRef &n) const
{
    std::vector<qint64> out;
    if (n.isRep())
        out.push_back(n.id);
    else
        collectReps(n.id, out);
    return out;
}

std::vector<NodeRef> OrgTree::path(const NodeRef &n) const
{
    std::vector<NodeRef> out{n};
    NodeRef cur = n;
    for (int guard = 0; guard < 64; ++guard) {
        const NodeRef p = parent(cur);
        if (p == cur)
            break;
        out.push_back(p);
        cur = p;
    }
    std::reverse(out.begin(), out.end());
    return out;
}

} // namespace tessera::forecast
