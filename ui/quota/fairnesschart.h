#pragma once
// The fairness chart: each territory's yearly quota against its potential, the plan's average ratio as a
// line through the origin, and the outliers (z > 2) marked in red with their names.

#include <QWidget>

class QCustomPlot;
class QLabel;

namespace tessera::quota {

class QuotaWorkbench;

class FairnessChart : public QWidget
{
    Q_OBJECT
public:
    explicit FairnessChart(QuotaWorkbench *bench, QWidget *parent = nullptr);
    QCustomPlot *plot() const { return m_plot; }
    void refresh();

private:
    QuotaWorkbench *m_bench;
    QCustomPlot *m_plot;
    QLabel *m_summary;
};

} // namespace tessera::quota
