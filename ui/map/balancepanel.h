#pragma once
// Per-territory balance beside the map: units, accounts, potential, revenue, the chosen measure and its
// deviation from the mean (coloured), pieces and Polsby-Popper compactness, with totals. Figures come
// from core/align's computeMetrics over the map's current (possibly mid-stroke) alignment.

#include "align/alignmentmetrics.h"

#include <QWidget>

class QTableWidget;
class QLabel;

namespace tessera::map {

class MapData;

class BalancePanel : public QWidget
{
    Q_OBJECT
public:
    enum Column
    {
        TerritoryCol,
        UnitsCol,
        AccountsCol,
        MeasureCol,
        DeviationCol,
        PiecesCol,
        CompactnessCol,
        PotentialCol,
        RevenueCol,
        ColumnCount
    };
    explicit BalancePanel(QWidget *parent = nullptr);

    void setData(const MapData *data, const align::UnitGraph *graph);
    void refresh();
    QTableWidget *table() const { return m_table; }
    const align::AlignmentMetrics &metrics() const { return m_metrics; }

signals:
    void territoryActivated(int territory);

private:
    const MapData *m_data = nullptr;
    const align::UnitGraph *m_graph = nullptr;
    QTableWidget *m_table;
    QLabel *m_summary;
    align::AlignmentMetrics m_metrics;
};

} // namespace tessera::map
