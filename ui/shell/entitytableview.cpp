#include "entitytableview.h"

#include "entitydelegate.h"
#include "entitytablemodel.h"
#include "longtask.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace tessera {

EntityTableView::EntityTableView(PlanDocument *document, model::Entity entity, QWidget *parent)
    : QWidget(parent), m_model(new EntityTableModel(document, entity, this)), m_table(new QTableView(this)),
      m_filter(new QLineEdit(this)), m_caption(new QLabel(this)), m_count(new QLabel(this)),
      m_debounce(new QTimer(this))
{
    m_filter->setPlaceholderText(tr("Filter…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(320);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_filter, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, [this] { m_model->setFilterText(m_filter->text()); });

    m_table->setModel(m_model);
    m_table->setItemDelegate(new EntityDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    // Fixed row heights: the view never measures a million rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // stored order until asked
    m_table->setSortingEnabled(true);
    applyColumnWidths();

    connect(m_model, &EntityTableModel::rowCountChanged, this, &EntityTableView::updateCount);
    connect(m_model, &EntityTableModel::editRejected, this, [this] {
        if (m_model->lastError())
            showError(this, tr("The value was not changed"), *m_model->lastError());
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_caption);
    top->addStretch(1);
    top->addWidget(m_count);
    top->addWidget(m_filter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    m_caption->hide();
    updateCount(m_model->rowCount());
}

void EntityTableView::setCaption(const QString &caption)
{
    m_caption->setText(caption);
    m_caption->setVisible(!caption.isEmpty());
}

void EntityTableView::updateCount(qint64 rows)
{
    m_count->setText(rows == 1 ? tr("1 row") : tr("%1 rows").arg(QLocale().toString(rows)));
}

void EntityTableView::applyColumnWidths()
{
    // Wide enough for the header (with the sort arrow) and the first window of rows, which the first
    // paint reads anyway; long names are capped and elided.
    const QFontMetrics fm = m_table->fontMetrics();
    const QFontMetrics headerFm(m_table->horizontalHeader()->font());
    const auto &columns = m_model->info().columns;
    const int rows = qMin(m_model->rowCount(), int(EntityTableModel::BlockSize));
    const int padding =
        2 * m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 14;
    for (size_t i = 0; i < columns.size(); ++i) {
        const model::Column &c = columns[i];
        int width = headerFm.horizontalAdvance(model::columnTitle(c)) + 30;
        for (int row = 0; row < rows; ++row)
            width =
                qMax(width, fm.horizontalAdvance(m_model->index(row, int(i)).data().toString()) + padding);
        const int cap = fm.averageCharWidth() * (c.type == model::ColumnType::Email ? 30 : 32);
        m_table->setColumnWidth(int(i), qMin(width, cap));
    }
}

} // namespace tessera
