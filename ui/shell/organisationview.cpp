#include "organisationview.h"

#include "entitytablemodel.h"
#include "entitytableview.h"
#include "longtask.h"
#include "orgtreemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>

namespace tessera {

OrganisationView::OrganisationView(PlanDocument *document, QWidget *parent)
    : QWidget(parent), m_treeModel(new OrgTreeModel(document, this)), m_tree(new QTreeView(this)),
      m_reps(new EntityTableView(document, model::Entity::Reps, this)), m_splitter(new QSplitter(this))
{
    // The reps pane shows who they are and where: the external id stays in the column list but hidden.
    m_reps->table()->hideColumn(m_reps->model()->info().indexOf(QStringLiteral("external_id")));
    m_tree->setModel(m_treeModel);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(OrgTreeModel::NameColumn, QHeaderView::Stretch);
    const QFontMetrics fm = m_tree->fontMetrics();
    m_tree->header()->setSectionResizeMode(OrgTreeModel::LevelColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(OrgTreeModel::ManagerColumn, QHeaderView::ResizeToContents);
    m_tree->setColumnWidth(OrgTreeModel::RepsColumn,
                           qMax(fm.horizontalAdvance(tr("Reps")) + 16, fm.averageCharWidth() * 7));
    m_tree->header()->setSectionResizeMode(OrgTreeModel::RepsColumn, QHeaderView::Fixed);
    m_tree->expandToDepth(1); // company, regions and their districts
    connect(m_treeModel, &OrgTreeModel::editRejected, this, [this] {
        if (m_treeModel->lastError())
            showError(this, tr("The name was not changed"), *m_treeModel->lastError());
    });
    connect(m_treeModel, &QAbstractItemModel::modelReset, this, [this] {
        // A changed hierarchy: start again from the top, which shows every rep.
        m_tree->expandToDepth(1);
        m_tree->setCurrentIndex(m_treeModel->index(0, 0));
        showNode(m_tree->currentIndex());
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showNode(current); });

    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(m_reps);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({fm.averageCharWidth() * 80, fm.averageCharWidth() * 130});
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    const QModelIndex root = m_treeModel->index(0, 0);
    if (root.isValid())
        m_tree->setCurrentIndex(root);
    else
        showNode({});
}

void OrganisationView::selectNode(qint64 id)
{
    const QModelIndex index = m_treeModel->indexOfNode(id);
    if (index.isValid())
        m_tree->setCurrentIndex(index);
}

void OrganisationView::showNode(const QModelIndex &index)
{
    if (!index.isValid() || !index.parent().isValid()) {
        // The top of the hierarchy (or an empty plan): every rep.
        m_reps->model()->clearScopes();
        m_reps->setCaption(index.isValid()
                               ? tr("All reps of %1").arg(index.siblingAtColumn(0).data().toString())
                               : tr("All reps"));
        return;
    }
    const QModelIndex node = index.siblingAtColumn(0);
    m_reps->model()->setScopes({model::Scope{QStringLiteral("territory_id"), m_treeModel->subtree(node)},
                                model::Scope{QStringLiteral("id"), m_treeModel->managersIn(node)}});
    m_reps->setCaption(tr("Reps of %1").arg(node.data().toString()));
}

} // namespace tessera
