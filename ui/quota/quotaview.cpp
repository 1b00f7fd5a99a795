#include "quotaview.h"

#include "allocatedialog.h"
#include "fairnesschart.h"
#include "quotatreemodel.h"
#include "quotaworkbench.h"

#include <QAction>
#include <QComboBox>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace tessera::quota {

QuotaView::QuotaView(PlanDocument *document, QWidget *parent)
    : QWidget(parent), m_bench(new QuotaWorkbench(document, this)),
      m_model(new QuotaTreeModel(m_bench, this)), m_tree(new QTreeView(this)),
      m_chart(new FairnessChart(m_bench, this)), m_year(new QComboBox(this)), m_detail(new QComboBox(this)),
      m_mode(new QComboBox(this)), m_message(new QLabel(this)), m_messageTimer(new QTimer(this))
{
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Fiscal year:"), this));
    bar->addWidget(m_year);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("Show:"), this));
    m_detail->addItems({tr("Months, quarters and year"), tr("Quarters and year"), tr("Year")});
    bar->addWidget(m_detail);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("When a cell changes:"), this));
    m_mode->addItem(tr("Unlocked siblings rebalance"), int(EditMode::Siblings));
    m_mode->addItem(tr("The parent follows"), int(EditMode::ParentFollows));
    bar->addWidget(m_mode);
    auto *lock = new QPushButton(tr("Lock / unlock"), this);
    lock->setToolTip(tr("Lock or unlock the selected cell (Ctrl+L). Locked cells keep their value."));
    bar->addWidget(lock);
    bar->addStretch(1);
    auto *allocate = new QPushButton(tr("Allocate…"), this);
    bar->addWidget(allocate);

    m_message->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #b71c1c; padding: 4px; }"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_messageTimer->setSingleShot(true);
    m_messageTimer->setInterval(8000);
    connect(m_messageTimer, &QTimer::timeout, m_message, &QLabel::hide);

    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setDefaultSectionSize(92);
    m_tree->header()->resizeSection(QuotaTreeModel::NameColumn, 250);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setAccessibleName(tr("Quotas by organisation and period"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    m_chart->resize(440, m_chart->height());

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    auto *lockAction = new QAction(tr("Lock / unlock cell"), this);
    lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    lockAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(lockAction);
    connect(lockAction, &QAction::triggered, this, &QuotaView::toggleLockOfCurrent);
    connect(lock, &QPushButton::clicked, this, &QuotaView::toggleLockOfCurrent);
    connect(allocate, &QPushButton::clicked, this, &QuotaView::openAllocate);
    connect(m_tree, &QTreeView::customContextMenuRequested, this, [this, lockAction](const QPoint &pos) {
        const QModelIndex idx = m_tree->indexAt(pos);
        if (QuotaTreeModel::monthsOf(idx.column()).empty())
            return;
        m_tree->setCurrentIndex(idx);
        QMenu menu(this);
        menu.addAction(lockAction);
        menu.exec(m_tree->viewport()->mapToGlobal(pos));
    });
    connect(m_detail, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this](int i) { setDetail(Detail(i)); });
    connect(m_mode, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this] { m_bench->setEditMode(EditMode(m_mode->currentData().toInt())); });
    connect(m_year, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        if (m_year->currentIndex() >= 0)
            m_bench->setFiscalYear(m_year->currentData().toInt());
    });
    connect(m_bench, &QuotaWorkbench::error, this, &QuotaView::showMessage);
    connect(m_bench, &QuotaWorkbench::planReset, this, &QuotaView::expandDefault);
    fillYears();
    expandDefault();
    if (m_bench->plan().nodes.empty())
        showMessage(tr("This plan has no organisation with a company at the top yet, so there is nothing to "
                       "allocate quotas to."));
}

void QuotaView::fillYears()
{
    const QSignalBlocker block(m_year);
    m_year->clear();
    for (int y : m_bench->years())
        m_year->addItem(tr("FY%1").arg(y), y);
    m_year->setCurrentIndex(m_year->findData(m_bench->fiscalYear()));
}

void QuotaView::expandDefault()
{
    // Company, regions and districts open; territories closed (their reps one click away).
    m_tree->expandToDepth(1);
    // Amount columns wide enough for the largest amount the company or a region shows, with cents.
    const QuotaPlan &plan = m_bench->plan();
    if (plan.nodes.empty())
        return;
    qint64 month = 0, quarter = 0;
    std::vector<int> rows = {0};
    rows.insert(rows.end(), plan.nodes[0].children.begin(), plan.nodes[0].children.end());
    for (int n : rows) {
        for (int m = 0; m < 12; ++m)
            month = std::max(month, plan.month(n, m));
        for (int q = 0; q < 4; ++q)
            quarter = std::max(quarter, plan.quarter(n, q));
    }
    QFont bold = m_tree->font();
    bold.setBold(true);
    const QFontMetrics fm(bold);
    const QLocale locale;
    const int pad = 28; // margins and the lock icon
    const int monthWidth = fm.horizontalAdvance(QuotaTreeModel::formatCents(month, locale)) + pad;
    const int quarterWidth = fm.horizontalAdvance(QuotaTreeModel::formatCents(quarter, locale)) + pad;
    const int yearWidth = fm.horizontalAdvance(QuotaTreeModel::formatCents(plan.year(0), locale)) + pad;
    for (int c = QuotaTreeModel::FirstMonthColumn; c < QuotaTreeModel::FirstQuarterColumn; ++c)
        m_tree->header()->resizeSection(c, monthWidth);
    for (int c = QuotaTreeModel::FirstQuarterColumn; c < QuotaTreeModel::YearColumn; ++c)
        m_tree->header()->resizeSection(c, quarterWidth);
    for (int c = QuotaTreeModel::YearColumn; c < QuotaTreeModel::ColumnCount; ++c)
        m_tree->header()->resizeSection(c, yearWidth);
}

void QuotaView::setDetail(Detail detail)
{
    for (int c = QuotaTreeModel::FirstMonthColumn; c < QuotaTreeModel::FirstQuarterColumn; ++c)
        m_tree->setColumnHidden(c, detail != Detail::Months);
    for (int c = QuotaTreeModel::FirstQuarterColumn; c < QuotaTreeModel::YearColumn; ++c)
        m_tree->setColumnHidden(c, detail == Detail::Year);
    if (m_detail->currentIndex() != int(detail)) {
        const QSignalBlocker block(m_detail);
        m_detail->setCurrentIndex(int(detail));
    }
}

void QuotaView::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->show();
    m_messageTimer->start();
}

void QuotaView::toggleLockOfCurrent()
{
    const QModelIndex idx = m_tree->currentIndex();
    if (QuotaTreeModel::monthsOf(idx.column()).empty()) {
        showMessage(tr("Select a month, quarter or year cell to lock it."));
        return;
    }
    m_model->toggleLock(idx);
}

void QuotaView::openAllocate()
{
    AllocateDialog dialog(m_bench->plan().settings, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_bench->allocate(dialog.settings(), this);
}

} // namespace tessera::quota
