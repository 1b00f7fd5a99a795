#include "orgtree.h"

#include "store/planstore.h"

#include <QHash>
#include <QSqlQuery>

namespace tessera::model {

std::vector<OrgNodeRow> loadOrgNodes(const PlanStore &store)
{
    std::vector<OrgNodeRow> all;
    QHash<qint64, size_t> index;
    QSqlQuery q = store.query(QStringLiteral(
        "SELECT n.id, n.parent_id, n.level, n.code, n.name, n.manager_rep_id, m.name FROM org_nodes n "
        "LEFT JOIN reps m ON m.id = n.manager_rep_id ORDER BY n.sort_order, n.name, n.id"));
    while (q.next()) {
        OrgNodeRow r;
        r.id = q.value(0).toLongLong();
        r.parentId = q.value(1).isNull() ? -1 : q.value(1).toLongLong();
        r.level = q.value(2).toString();
        r.code = q.value(3).toString();
        r.name = q.value(4).toString();
        r.managerId = q.value(5).isNull() ? -1 : q.value(5).toLongLong();
        r.managerName = q.value(6).toString();
        index.insert(r.id, all.size());
        all.push_back(std::move(r));
    }
    // Rep counts, added up the parent chain (bounded by the node count, so a cycle cannot loop forever).
    QSqlQuery counts = store.query(QStringLiteral(
        "SELECT territory_id, COUNT(*) FROM reps WHERE territory_id IS NOT NULL GROUP BY territory_id"));
    while (counts.next()) {
        qint64 node = counts.value(0).toLongLong();
        const qint64 n = counts.value(1).toLongLong();
        for (size_t steps = 0; steps <= all.size() && index.contains(node); ++steps) {
            OrgNodeRow &r = all[index.value(node)];
            r.reps += n;
            node = r.parentId;
        }
    }
    // Parents before children: a breadth-first walk from the roots, keeping the sorted sibling order.
    std::vector<OrgNodeRow> ordered;
    ordered.reserve(all.size());
    QHash<qint64, std::vector<size_t>> children;
    std::vector<size_t> roots;
    for (size_t i = 0; i < all.size(); ++i) {
        if (all[i].parentId >= 0 && index.contains(all[i].parentId))
            children[all[i].parentId].push_back(i);
        else
            roots.push_back(i);
    }
    std::vector<size_t> queue = roots;
    for (size_t head = 0; head < queue.size(); ++head) {
        ordered.push_back(all[queue[head]]);
        for (size_t child : children.value(all[queue[head]].id))
            queue.push_back(child);
    }
    return ordered;
}

PlanCounts planCounts(const PlanStore &store)
{
    PlanCounts c;
    c.orgNodes = store.scalar(QStringLiteral("SELECT COUNT(*) FROM org_nodes")).toLongLong();
    c.reps = store.scalar(QStringLiteral("SELECT COUNT(*) FROM reps")).toLongLong();
    c.accounts = store.scalar(QStringLiteral("SELECT COUNT(*) FROM accounts")).toLongLong();
    c.opportunities = store.scalar(QStringLiteral("SELECT COUNT(*) FROM opportunities")).toLongLong();
    return c;
}

} // namespace tessera::model
