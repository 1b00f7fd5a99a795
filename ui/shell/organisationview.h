#pragma once
// The Organisation view: the sales hierarchy as a tree on the left; on the right the reps of the selected
// node (its territories' reps and the managers of it and the nodes below), editable.

#include <QWidget>

class QSplitter;
class QTreeView;

namespace tessera {

class EntityTableView;
class OrgTreeModel;
class PlanDocument;

class OrganisationView : public QWidget
{
    Q_OBJECT
public:
    explicit OrganisationView(PlanDocument *document, QWidget *parent = nullptr);

    OrgTreeModel *treeModel() const { return m_treeModel; }
    QTreeView *tree() const { return m_tree; }
    EntityTableView *reps() const { return m_reps; }
    void selectNode(qint64 id);

private:
    void showNode(const QModelIndex &index);

    OrgTreeModel *m_treeModel;
    QTreeView *m_tree;
    EntityTableView *m_reps;
    QSplitter *m_splitter;
};

} // namespace tessera
