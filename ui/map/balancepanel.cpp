#include "balancepanel.h"

#include "mapdata.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>

namespace tessera::map {
namespace {

QColor deviationColour(double deviation)
{
    const double a = std::abs(deviation);
    if (a <= 0.05)
        return QColor(0xc7, 0xe9, 0xc0); // within 5 %
    if (a <= 0.15)
        return QColor(0xff, 0xe5, 0x99); // within 15 %
    return QColor(0xf4, 0xb6, 0xb0);
}

// Money in whole currency units for the panel (exact: integer cents rounded half away from zero).
QString wholeMoney(const QLocale &locale, qint64 cents)
{
    const qint64 units = (cents >= 0 ? cents + 50 : cents - 50) / 100;
    return locale.toString(units);
}

} // namespace

BalancePanel::BalancePanel(QWidget *parent)
    : QWidget(parent), m_table(new QTableWidget(this)), m_summary(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table->setObjectName(QStringLiteral("balanceTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Territory"), tr("Units"), tr("Accounts"), tr("Measure"),
                                        tr("Deviation"), tr("Pieces"), tr("Polsby-Popper"), tr("Potential"),
                                        tr("Revenue")});
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(20);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_summary->setWordWrap(true);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    connect(m_table, &QTableWidget::cellClicked, this, [this](int row, int) {
        if (m_data && row < int(m_data->territories.size()))
            emit territoryActivated(row);
    });
}

void BalancePanel::setData(const MapData *data, const align::UnitGraph *graph)
{
    m_data = data;
    m_graph = graph;
    if (graph) {
        m_table->horizontalHeaderItem(MeasureCol)
            ->setText(graph->measureLabel.isEmpty() ? tr("Measure") : graph->measureLabel);
        // Balancing on accounts, potential or revenue: that figure has its own column already.
        const QString &m = graph->measureLabel;
        m_table->setColumnHidden(MeasureCol, m == QLatin1String("accounts") ||
                                                 m == QLatin1String("potential") ||
                                                 m == QLatin1String("revenue"));
    }
    refresh();
}

void BalancePanel::refresh()
{
    if (!m_data || !m_graph || m_data->territories.empty()) {
        m_table->setRowCount(0);
        m_summary->setText(m_data && m_data->territories.empty() ? tr("The plan has no territories yet.")
                                                                 : QString());
        return;
    }
    const MapData &d = *m_data;
    const int k = int(d.territories.size());
    m_metrics = align::computeMetrics(*m_graph, d.territoryOf, k);
    std::vector<qint64> potential(size_t(k), 0), revenue(size_t(k), 0), accounts(size_t(k), 0);
    for (size_t u = 0; u < d.units.size(); ++u) {
        const int t = d.territoryOf[u];
        if (t < 0)
            continue;
        potential[size_t(t)] += d.figures.potentialCents[u];
        revenue[size_t(t)] += d.figures.revenueCents[u];
        accounts[size_t(t)] += d.figures.accounts[u];
    }
    const QLocale locale;
    m_table->setUpdatesEnabled(false);
    m_table->setRowCount(k + 1);
    const auto set = [&](int row, int col, const QString &text, const QColor &bg = QColor()) {
        QTableWidgetItem *item = m_table->item(row, col);
        if (!item) {
            item = new QTableWidgetItem;
            item->setTextAlignment(col == TerritoryCol ? Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter)
                                                       : Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
            m_table->setItem(row, col, item);
        }
        if (item->text() != text)
            item->setText(text);
        item->setBackground(bg.isValid() ? QBrush(bg) : QBrush());
        QFont f = item->font();
        f.setBold(row == k);
        item->setFont(f);
    };
    qint64 totalPotential = 0, totalRevenue = 0, totalAccounts = 0;
    int totalUnits = 0, totalPieces = 0;
    for (int t = 0; t < k; ++t) {
        const align::TerritoryMetrics &tm = m_metrics.territories[size_t(t)];
        set(t, TerritoryCol, d.territories[size_t(t)].name);
        set(t, UnitsCol, locale.toString(tm.units));
        set(t, AccountsCol, locale.toString(accounts[size_t(t)]));
        set(t, PotentialCol, wholeMoney(locale, potential[size_t(t)]));
        set(t, RevenueCol, wholeMoney(locale, revenue[size_t(t)]));
        set(t, MeasureCol, locale.toString(tm.weight, 'f', 0));
        set(t, DeviationCol, locale.toString(tm.deviation * 100, 'f', 1) + QLatin1Char('%'),
            deviationColour(tm.deviation));
        set(t, PiecesCol, locale.toString(tm.pieces), tm.pieces > 1 ? QColor(0xf4, 0xb6, 0xb0) : QColor());
        set(t, CompactnessCol, locale.toString(tm.polsbyPopper, 'f', 3));
        totalPotential += potential[size_t(t)];
        totalRevenue += revenue[size_t(t)];
        totalAccounts += accounts[size_t(t)];
        totalUnits += tm.units;
        totalPieces += tm.pieces;
    }
    set(k, TerritoryCol, tr("Total (%n territories)", nullptr, k));
    set(k, UnitsCol, locale.toString(totalUnits));
    set(k, AccountsCol, locale.toString(totalAccounts));
    set(k, PotentialCol, wholeMoney(locale, totalPotential));
    set(k, RevenueCol, wholeMoney(locale, totalRevenue));
    set(k, MeasureCol, locale.toString(m_metrics.totalWeight, 'f', 0));
    set(k, DeviationCol, tr("max %1%").arg(locale.toString(m_metrics.maxDeviation * 100, 'f', 1)),
        deviationColour(m_metrics.maxDeviation));
    set(k, PiecesCol, locale.toString(totalPieces));
    set(k, CompactnessCol, locale.toString(m_metrics.meanPolsbyPopper, 'f', 3));
    m_table->setUpdatesEnabled(true);
    m_summary->setText(tr("Mean %1 per territory; mean deviation %2%; %3 cut edges; %4 unassigned units.")
                           .arg(locale.toString(m_metrics.meanWeight, 'f', 0),
                                locale.toString(m_metrics.meanDeviation * 100, 'f', 1))
                           .arg(m_metrics.cutEdges)
                           .arg(m_metrics.unassigned));
}

} // namespace tessera::map
