#include "orgtreemodel.h"

#include "changeevent.h"
#include "model/entitytable.h"
#include "plancommands.h"
#include "plandocument.h"

#include <QLocale>

namespace tessera {

OrgTreeModel::OrgTreeModel(PlanDocument *document, QObject *parent)
    : QAbstractItemModel(parent), m_document(document)
{
    rebuild(model::loadOrgNodes(document->store()));
    connect(document, &PlanDocument::changed, this, &OrgTreeModel::onChanged);
}

void OrgTreeModel::rebuild(std::vector<model::OrgNodeRow> rows)
{
    m_rows = std::move(rows);
    m_byId.clear();
    for (size_t i = 0; i < m_rows.size(); ++i)
        m_byId.insert(m_rows[i].id, int(i));
    m_parent.assign(m_rows.size(), -1);
    m_children.assign(m_rows.size(), {});
    m_rowInParent.assign(m_rows.size(), 0);
    m_roots.clear();
    for (size_t i = 0; i < m_rows.size(); ++i) {
        const int p = m_byId.value(m_rows[i].parentId, -1);
        m_parent[i] = p;
        auto &siblings = p >= 0 ? m_children[size_t(p)] : m_roots;
        m_rowInParent[i] = int(siblings.size());
        siblings.push_back(int(i));
    }
}

void OrgTreeModel::reload()
{
    std::vector<model::OrgNodeRow> rows = model::loadOrgNodes(m_document->store());
    bool sameShape = rows.size() == m_rows.size();
    for (size_t i = 0; sameShape && i < rows.size(); ++i)
        sameShape = rows[i].id == m_rows[i].id && rows[i].parentId == m_rows[i].parentId;
    if (!sameShape) {
        beginResetModel();
        rebuild(std::move(rows));
        endResetModel();
        return;
    }
    m_rows = std::move(rows);
    for (size_t i = 0; i < m_rows.size(); ++i) {
        const QModelIndex first = createIndex(m_rowInParent[i], 0, quintptr(i));
        emit dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
    }
}

void OrgTreeModel::onChanged(const ChangeEvent &event)
{
    using Kind = ChangeEvent::Kind;
    if (event.kind == Kind::Everything || event.kind == Kind::Organisation || event.kind == Kind::Reps)
        reload();
}

QModelIndex OrgTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const auto &siblings = parent.isValid() ? m_children[size_t(parent.internalId())] : m_roots;
    if (parent.isValid() && parent.column() != 0)
        return {};
    if (size_t(row) >= siblings.size())
        return {};
    return createIndex(row, column, quintptr(siblings[size_t(row)]));
}

QModelIndex OrgTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int p = m_parent[size_t(child.internalId())];
    if (p < 0)
        return {};
    return createIndex(m_rowInParent[size_t(p)], 0, quintptr(p));
}

int OrgTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    if (parent.column() != 0)
        return 0;
    return int(m_children[size_t(parent.internalId())].size());
}

int OrgTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString OrgTreeModel::levelTitle(const QString &level)
{
    if (level == QLatin1String("company"))
        return tr("Company");
    if (level == QLatin1String("region"))
        return tr("Region");
    if (level == QLatin1String("district"))
        return tr("District");
    if (level == QLatin1String("territory"))
        return tr("Territory");
    return level;
}

QVariant OrgTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const model::OrgNodeRow &r = m_rows[size_t(index.internalId())];
    if (role == NodeIdRole)
        return r.id;
    if (role == Qt::TextAlignmentRole)
        return index.column() == RepsColumn ? int(Qt::AlignRight | Qt::AlignVCenter)
                                            : int(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == NameColumn)
        return r.code.isEmpty() ? r.name : tr("%1 (code %2)").arg(r.name, r.code);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return r.name;
    case LevelColumn:
        return levelTitle(r.level);
    case ManagerColumn:
        return r.managerName;
    default:
        return role == Qt::EditRole ? QVariant(r.reps) : QVariant(QLocale().toString(r.reps));
    }
}

QVariant OrgTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == RepsColumn ? int(Qt::AlignRight | Qt::AlignVCenter)
                                     : int(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case LevelColumn:
        return tr("Level");
    case ManagerColumn:
        return tr("Manager");
    case RepsColumn:
        return tr("Reps");
    default:
        return {};
    }
}

Qt::ItemFlags OrgTreeModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (index.column() == NameColumn && !m_document->store().isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

bool OrgTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != NameColumn ||
        !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    m_lastError.reset();
    const qint64 id = nodeId(index);
    try {
        model::EntityTable table(m_document->store(), model::Entity::OrgNodes);
        const int column = table.info().indexOf(QStringLiteral("name"));
        const QVariant raw = table.parseInput(column, value.toString(), id);
        table.validate(id, column, raw);
        PlanCommands::setValue(m_document, model::Entity::OrgNodes, id, column, raw);
    } catch (const TesseraError &e) {
        m_lastError = e;
        emit editRejected();
        return false;
    }
    return true;
}

qint64 OrgTreeModel::nodeId(const QModelIndex &index) const
{
    return index.isValid() ? m_rows[size_t(index.internalId())].id : -1;
}

QModelIndex OrgTreeModel::indexOfNode(qint64 id) const
{
    const int i = m_byId.value(id, -1);
    return i < 0 ? QModelIndex() : createIndex(m_rowInParent[size_t(i)], 0, quintptr(i));
}

QList<qint64> OrgTreeModel::subtree(const QModelIndex &index) const
{
    QList<qint64> ids;
    if (!index.isValid())
        return ids;
    std::vector<int> stack{int(index.internalId())};
    while (!stack.empty()) {
        const int i = stack.back();
        stack.pop_back();
        ids << m_rows[size_t(i)].id;
        for (int c : m_children[size_t(i)])
            stack.push_back(c);
    }
    return ids;
}

QList<qint64> OrgTreeModel::managersIn(const QModelIndex &index) const
{
    QList<qint64> managers;
    for (qint64 id : subtree(index)) {
        const qint64 m = m_rows[size_t(m_byId.value(id))].managerId;
        if (m >= 0 && !managers.contains(m))
            managers << m;
    }
    return managers;
}

} // namespace tessera
