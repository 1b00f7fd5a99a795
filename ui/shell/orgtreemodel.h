#pragma once
// The sales hierarchy as a tree (company → regions → districts → territories) with each node's manager
// and the number of reps below it. Node names are editable (undoable, like every edit).

#include "common/error.h"
#include "model/orgtree.h"
#include "plandocument.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>
#include <optional>

namespace tessera {

struct ChangeEvent;

class OrgTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        LevelColumn,
        ManagerColumn,
        RepsColumn,
        ColumnCount
    };
    enum Role
    {
        NodeIdRole = Qt::UserRole + 1
    };

    explicit OrgTreeModel(PlanDocument *document, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    qint64 nodeId(const QModelIndex &index) const;
    QModelIndex indexOfNode(qint64 id) const;
    // The node and every node below it.
    QList<qint64> subtree(const QModelIndex &index) const;
    // The reps managing the node and the nodes below it.
    QList<qint64> managersIn(const QModelIndex &index) const;
    const std::optional<TesseraError> &lastError() const { return m_lastError; }

    static QString levelTitle(const QString &level);

public slots:
    void reload();

signals:
    void editRejected();

private:
    void onChanged(const ChangeEvent &event);
    void rebuild(std::vector<model::OrgNodeRow> rows);

    QPointer<PlanDocument> m_document;
    std::vector<model::OrgNodeRow> m_rows;
    std::vector<int> m_parent;                // position of the parent row, -1 for roots
    std::vector<std::vector<int>> m_children; // positions of children per row
    std::vector<int> m_rowInParent;
    std::vector<int> m_roots;
    QHash<qint64, int> m_byId;
    std::optional<TesseraError> m_lastError;
};

} // namespace tessera
