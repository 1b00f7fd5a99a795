#include "fairnesschart.h"

#include "quotaworkbench.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace tessera::quota {

FairnessChart::FairnessChart(QuotaWorkbench *bench, QWidget *parent)
    : QWidget(parent), m_bench(bench), m_plot(new QCustomPlot(this)), m_summary(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    layout->addWidget(m_summary);
    layout->addWidget(m_plot, 1);
    m_plot->setMinimumSize(320, 260);
    m_plot->setAccessibleName(tr("Quota against potential per territory"));
    // The legend sits below the plot, so it never hides a point or a label however narrow the chart.
    m_plot->axisRect()->insetLayout()->take(m_plot->legend);
    m_plot->plotLayout()->addElement(1, 0, m_plot->legend);
    m_plot->plotLayout()->setRowStretchFactor(1, 0.001);
    m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    m_plot->legend->setWrap(2);
    m_plot->legend->setBorderPen(Qt::NoPen);
    m_plot->legend->setVisible(true);
    connect(bench, &QuotaWorkbench::analysisChanged, this, &FairnessChart::refresh);
    refresh();
}

void FairnessChart::refresh()
{
    const QuotaPlan &plan = m_bench->plan();
    const FairnessReport &f = m_bench->fairnessReport();
    const QLocale locale;
    m_plot->clearGraphs();
    m_plot->clearItems();
    // Doubles here are for drawing only (millions of the currency).
    QVector<double> x, y, ox, oy;
    double maxX = 0, maxY = 0;
    for (const FairnessRow &r : f.territories.rows) {
        const double px = double(r.potential) / 1e8, qy = double(r.quota) / 1e8;
        (r.outlier ? ox : x).push_back(px);
        (r.outlier ? oy : y).push_back(qy);
        maxX = std::max(maxX, px);
        maxY = std::max(maxY, qy);
    }
    const double xr = maxX > 0 ? maxX * 1.08 : 1, yr = maxY > 0 ? maxY * 1.12 : 1;
    QCPGraph *line = m_plot->addGraph();
    line->setName(tr("Average ratio %1").arg(locale.toString(f.territories.mean, 'f', 3)));
    line->setPen(QPen(QColor(120, 120, 120), 1.2, Qt::DashLine));
    line->setData({0, xr}, {0, xr * f.territories.mean});
    QCPGraph *normal = m_plot->addGraph();
    normal->setName(tr("Territory"));
    normal->setLineStyle(QCPGraph::lsNone);
    normal->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, QColor(33, 102, 172), QColor(146, 197, 222), 8));
    normal->setData(x, y);
    QCPGraph *outliers = m_plot->addGraph();
    outliers->setName(tr("Outlier (ratio more than 2 SD from the mean)"));
    outliers->setLineStyle(QCPGraph::lsNone);
    outliers->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, QColor(178, 24, 43), QColor(244, 165, 130), 10));
    outliers->setData(ox, oy);
    for (const FairnessRow &r : f.territories.rows) {
        if (!r.outlier)
            continue;
        auto *label = new QCPItemText(m_plot);
        label->position->setCoords(double(r.potential) / 1e8, double(r.quota) / 1e8);
        // Labels of points in the right half go to their left so they stay inside the plot.
        const bool right = double(r.potential) / 1e8 > xr / 2;
        label->setPositionAlignment((right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignBottom);
        label->setPadding(right ? QMargins(0, 0, 6, 2) : QMargins(6, 0, 0, 2));
        label->setText(plan.nodes[size_t(r.node)].name);
        label->setColor(QColor(178, 24, 43));
        QFont font = label->font();
        font.setPointSizeF(font.pointSizeF() * 0.9);
        label->setFont(font);
    }
    const QString currency = tr("%1 millions").arg(m_bench->document()->store().settings().currency);
    m_plot->xAxis->setLabel(tr("Potential (%1)").arg(currency));
    m_plot->yAxis->setLabel(tr("FY%1 quota (%2)").arg(m_bench->fiscalYear()).arg(currency));
    m_plot->xAxis->setRange(0, xr);
    m_plot->yAxis->setRange(0, yr);
    m_plot->replot();

    int outlierCount = 0;
    for (const FairnessRow &r : f.territories.rows)
        outlierCount += r.outlier ? 1 : 0;
    m_summary->setText(
        tr("<b>Quota ÷ potential</b> per territory: mean %1, coefficient of variation %2, %3 outlier(s). "
           "Per rep: CV %4.<br><b>On FY%5 actuals</b>, %6 of %7 reps with a full year would reach 100% of "
           "the "
           "new quota and %8 would reach 80%.")
            .arg(locale.toString(f.territories.mean, 'f', 3), locale.toString(f.territories.cv, 'f', 3))
            .arg(outlierCount)
            .arg(locale.toString(f.reps.cv, 'f', 3))
            .arg(m_bench->fiscalYear() - 1)
            .arg(locale.toString(100 * f.reach100, 'f', 0) + QLatin1Char('%'))
            .arg(f.repsWithHistory)
            .arg(locale.toString(100 * f.reach80, 'f', 0) + QLatin1Char('%')));
}

} // namespace tessera::quota
