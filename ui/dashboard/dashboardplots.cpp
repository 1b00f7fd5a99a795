#include "dashboardplots.h"

#include "chartpanel.h"
#include "dashboard/dashboardcharts.h"

#include <qcustomplot.h>

namespace tessera {

using namespace forecast;

namespace {

QString money(Money m, const QLocale &locale, const QString &currency)
{
    return m.format(locale, currency);
}

QString pct(const std::optional<Rate> &r, const QLocale &locale)
{
    return r ? r->toPercentString(locale) : QCoreApplication::translate("Dashboard", "no quota");
}

void reset(QCustomPlot *plot)
{
    plot->clearPlottables();
    plot->clearItems();
    plot->clearGraphs();
    plot->legend->setVisible(false);
    plot->yAxis2->setVisible(false);
    plot->xAxis->setTickLabelRotation(0);
    plot->xAxis->grid()->setVisible(false);
}

QSharedPointer<QCPAxisTickerText> textTicker(const QStringList &labels)
{
    QSharedPointer<QCPAxisTickerText> t(new QCPAxisTickerText);
    for (int i = 0; i < labels.size(); ++i)
        t->addTick(i, labels[i]);
    return t;
}

QCPBars *bars(QCustomPlot *plot, const QColor &color, const QString &name)
{
    auto *b = new QCPBars(plot->xAxis, plot->yAxis);
    b->setName(name);
    b->setPen(Qt::NoPen);
    b->setBrush(color);
    b->setWidth(0.7);
    return b;
}

void hLine(QCustomPlot *plot, double y, const QColor &color, QCPAxis *yAxis = nullptr)
{
    auto *line = new QCPItemStraightLine(plot);
    if (yAxis)
        line->setClipAxisRect(plot->axisRect());
    line->point1->setAxes(plot->xAxis, yAxis ? yAxis : plot->yAxis);
    line->point2->setAxes(plot->xAxis, yAxis ? yAxis : plot->yAxis);
    line->point1->setCoords(0, y);
    line->point2->setCoords(1, y);
    line->setPen(QPen(color, 1.5, Qt::DashLine));
}

// Axis labels as compact money ("$1.2M"), the same form the PDF report uses.
class MoneyTicker : public QCPAxisTicker
{
public:
    MoneyTicker(const QLocale &locale, const QString &currency) : m_locale(locale), m_currency(currency) {}

protected:
    QString getTickLabel(double tick, const QLocale &, QChar, int) override
    {
        return dashboard::shortMoney(Money::fromCents(qint64(tick * 100.0)), m_locale, m_currency);
    }

private:
    QLocale m_locale;
    QString m_currency;
};

void moneyAxis(QCPAxis *axis, const QLocale &locale, const QString &currency)
{
    axis->setTicker(QSharedPointer<QCPAxisTicker>(new MoneyTicker(locale, currency)));
}

} // namespace

void plotAttainment(ChartPanel *panel, const Dashboard &d, const QLocale &locale)
{
    QCustomPlot *plot = panel->plot();
    reset(plot);
    std::vector<const Figures *> items;
    for (const Figures &c : d.children)
        items.push_back(&c);
    if (items.empty())
        items.push_back(&d.figures);
    QCPBars *band[4] = {bars(plot, dashboard::attainmentColor(AttainmentBand::Below80),
                             QCoreApplication::translate("Dashboard", "< 80%")),
                        bars(plot, dashboard::attainmentColor(AttainmentBand::From80To100),
                             QCoreApplication::translate("Dashboard", "80–100%")),
                        bars(plot, dashboard::attainmentColor(AttainmentBand::Above100),
                             QCoreApplication::translate("Dashboard", "> 100%")),
                        bars(plot, dashboard::attainmentColor(AttainmentBand::NoQuota),
                             QCoreApplication::translate("Dashboard", "no quota"))};
    QStringList labels;
    std::vector<QString> tips;
    double maxV = 120;
    for (size_t i = 0; i < items.size(); ++i) {
        const Figures &f = *items[i];
        const double v = f.attainment ? f.attainment->toDouble() * 100.0 : 0.0;
        maxV = std::max(maxV, v * 1.1);
        band[int(attainmentBand(f.attainment))]->addData(double(i), v);
        labels << f.code;
        tips.push_back(
            QCoreApplication::translate("Dashboard",
                                        "%1 (%2)\nAttainment %3\nClosed %4\nQuota %5%6\nOpen pipeline %7")
                .arg(f.name, f.code, pct(f.attainment, locale), money(f.closed, locale, d.figures.currency),
                     f.hasQuota ? money(f.quota, locale, d.figures.currency) : QStringLiteral("—"),
                     f.quotaFromReps ? QCoreApplication::translate("Dashboard", " (sum of reps)") : QString(),
                     money(f.openPipeline, locale, d.figures.currency)));
    }
    panel->setTips(tips);
    plot->xAxis->setTicker(textTicker(labels));
    plot->xAxis->setTickLabelRotation(items.size() > 8 ? 60 : 0);
    plot->xAxis->setRange(-0.6, double(items.size()) - 0.4);
    plot->yAxis->setRange(0, maxV);
    plot->yAxis->setLabel(QCoreApplication::translate("Dashboard", "attainment %"));
    hLine(plot, 100, dashboard::quotaLineColor());
    plot->legend->setVisible(true);
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    plot->replot();
}

void plotPacing(ChartPanel *panel, const Dashboard &d, const QLocale &locale)
{
    QCustomPlot *plot = panel->plot();
    reset(plot);
    const Figures &f = d.figures;
    auto *quota = plot->addGraph();
    quota->setName(QCoreApplication::translate("Dashboard", "cumulative quota"));
    quota->setPen(QPen(dashboard::quotaLineColor(), 1.5, Qt::DashLine));
    auto *booked = plot->addGraph();
    booked->setName(QCoreApplication::translate("Dashboard", "cumulative bookings"));
    booked->setPen(QPen(dashboard::bookingsColor(), 2.5));
    booked->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 6));
    QStringList labels;
    std::vector<QString> tips;
    double maxV = std::max(f.projection.toDouble(), f.quota.toDouble());
    int lastActual = -1;
    for (size_t i = 0; i < d.pacing.size(); ++i) {
        const PacingPoint &p = d.pacing[i];
        quota->addData(double(i), p.cumulativeQuota.toDouble());
        if (p.month <= f.asOf) {
            booked->addData(double(i), p.cumulativeBookings.toDouble());
            lastActual = int(i);
        }
        maxV = std::max({maxV, p.cumulativeQuota.toDouble(), p.cumulativeBookings.toDouble()});
        labels << p.label.mid(2);
        tips.push_back(QCoreApplication::translate(
                           "Dashboard", "%1\nBookings %2 (cumulative %3)\nQuota %4 (cumulative %5)")
                           .arg(p.label, money(p.bookings, locale, d.figures.currency),
                                money(p.cumulativeBookings, locale, d.figures.currency),
                                money(p.quota, locale, d.figures.currency),
                                money(p.cumulativeQuota, locale, d.figures.currency)));
    }
    if (lastActual >= 0 && f.elapsedDays < f.periodDays && !d.pacing.empty()) {
        auto *proj = plot->addGraph();
        proj->setName(QCoreApplication::translate("Dashboard", "run-rate projection"));
        proj->setPen(QPen(dashboard::projectionColor(), 2, Qt::DotLine));
        proj->addData(lastActual, d.pacing[size_t(lastActual)].cumulativeBookings.toDouble());
        proj->addData(double(d.pacing.size() - 1), f.projection.toDouble());
        proj->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 7));
        tips.back() +=
            QCoreApplication::translate("Dashboard", "\nRun-rate projection %1 (%2)")
                .arg(money(f.projection, locale, d.figures.currency), pct(f.projectedAttainment, locale));
    }
    panel->setTips(tips);
    plot->xAxis->setTicker(textTicker(labels));
    plot->xAxis->setTickLabelRotation(d.pacing.size() > 12 ? 45 : 0);
    plot->xAxis->setRange(-0.4, double(std::max<size_t>(1, d.pacing.size())) - 0.6);
    moneyAxis(plot->yAxis, locale, d.figures.currency);
    plot->yAxis->setRange(0, maxV * 1.1 + 1);
    plot->yAxis->setLabel(QString());
    plot->legend->setVisible(true);
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    plot->replot();
}

void plotCoverage(ChartPanel *panel, const Figures &f, const QLocale &locale)
{
    QCustomPlot *plot = panel->plot();
    reset(plot);
    const double raw = f.coverage ? f.coverage->toDouble() : 0.0;
    const double weighted = f.weightedCoverage ? f.weightedCoverage->toDouble() : 0.0;
    const double top = std::max({4.0, raw * 1.15, weighted * 1.15});
    const double thresholds[2][2] = {{2.0, 3.0}, {0.7, 1.0}};
    for (int k = 0; k < 2; ++k) {
        const double edges[4] = {0, thresholds[k][0], thresholds[k][1], top};
        const Band bands[3] = {Band::AtRisk, Band::Watch, Band::Healthy};
        for (int b = 0; b < 3; ++b) {
            auto *rect = new QCPItemRect(plot);
            rect->topLeft->setCoords(k - 0.45, edges[b + 1]);
            rect->bottomRight->setCoords(k + 0.45, edges[b]);
            rect->setPen(Qt::NoPen);
            rect->setBrush(dashboard::bandColor(bands[b]).lighter(b == 1 ? 145 : 175));
            rect->setLayer(QStringLiteral("background"));
        }
    }
    auto *rawBars = bars(plot, dashboard::bandColor(f.coverageBand), QString());
    rawBars->setWidth(0.35);
    rawBars->addData(0, raw);
    auto *wBars = bars(plot, dashboard::bandColor(f.weightedCoverageBand), QString());
    wBars->setWidth(0.35);
    wBars->addData(1, weighted);
    const QString rawText =
        QCoreApplication::translate(
            "Dashboard",
            "Raw coverage %1× (%2)\nOpen pipeline %3\nRemaining quota %4\nHealthy ≥ 3×, at risk < 2×")
            .arg(locale.toString(raw, 'f', 2), bandName(f.coverageBand),
                 money(f.openPipeline, locale, f.currency), money(f.remainingQuota, locale, f.currency));
    const QString wText =
        QCoreApplication::translate("Dashboard", "Weighted coverage %1× (%2)\nWeighted pipeline "
                                                 "%3\nRemaining quota %4\nHealthy ≥ 1×, at risk < 0.7×")
            .arg(locale.toString(weighted, 'f', 2), bandName(f.weightedCoverageBand),
                 money(f.weightedPipeline, locale, f.currency), money(f.remainingQuota, locale, f.currency));
    panel->setTips({rawText, wText});
    auto label = [&](const char *name, const std::optional<Rate> &r, Band band) {
        return QCoreApplication::translate("Dashboard", name) + QStringLiteral(": ") +
               (r ? locale.toString(r->toDouble(), 'f', 2) + QStringLiteral("× ") : QString()) +
               bandName(band);
    };
    plot->xAxis->setTicker(
        textTicker({label(QT_TRANSLATE_NOOP("Dashboard", "Raw"), f.coverage, f.coverageBand),
                    label(QT_TRANSLATE_NOOP("Dashboard", "Stage-weighted"), f.weightedCoverage,
                          f.weightedCoverageBand)}));
    plot->xAxis->setRange(-0.6, 1.6);
    plot->yAxis->setRange(0, top);
    plot->yAxis->setLabel(QCoreApplication::translate("Dashboard", "× remaining quota"));
    plot->replot();
}

void plotCategories(ChartPanel *panel, const Figures &f, const QLocale &locale)
{
    QCustomPlot *plot = panel->plot();
    reset(plot);
    const Money values[4] = {f.closed, f.commit, f.bestCase, f.pipelineTotal};
    QStringList labels;
    std::vector<QString> tips;
    double maxV = f.quota.toDouble();
    for (int i = 0; i < 4; ++i) {
        bars(plot, dashboard::categoryColor(i), dashboard::categoryName(i))->addData(i, values[i].toDouble());
        labels << dashboard::categoryName(i);
        maxV = std::max(maxV, values[i].toDouble());
        tips.push_back(
            QStringLiteral("%1: %2").arg(dashboard::categoryName(i), money(values[i], locale, f.currency)));
    }
    tips[1] += QCoreApplication::translate("Dashboard", "\n= closed %1 + open commit %2")
                   .arg(money(f.closed, locale, f.currency), money(f.openCommit, locale, f.currency));
    tips[2] += QCoreApplication::translate("Dashboard", "\n= commit + open best case %1")
                   .arg(money(f.openBestCase, locale, f.currency));
    tips[3] +=
        QCoreApplication::translate("Dashboard", "\n= best case + open pipeline %1\nOmitted (not counted) %2")
            .arg(money(f.openPipelineCategory, locale, f.currency), money(f.omitted, locale, f.currency));
    labels << QCoreApplication::translate("Dashboard", "Manager commit");
    if (f.commitOverride) {
        bars(plot, dashboard::projectionColor(), labels.back())
            ->addData(4, f.commitOverride->commit.toDouble());
        maxV = std::max(maxV, f.commitOverride->commit.toDouble());
        tips.push_back(QCoreApplication::translate("Dashboard", "Manager commit %1\n“%2”\n%3, %4")
                           .arg(money(f.commitOverride->commit, locale, f.currency),
                                f.commitOverride->comment, f.commitOverride->who,
                                locale.toString(f.commitOverride->at.toLocalTime(), QLocale::ShortFormat)));
    } else {
        tips.push_back(QCoreApplication::translate("Dashboard", "No manager commit for this period"));
    }
    panel->setTips(tips);
    if (f.hasQuota)
        hLine(plot, f.quota.toDouble(), dashboard::quotaLineColor());
    plot->xAxis->setTicker(textTicker(labels));
    plot->xAxis->setRange(-0.6, 4.6);
    moneyAxis(plot->yAxis, locale, f.currency);
    plot->yAxis->setRange(0, maxV * 1.1 + 1);
    plot->yAxis->setLabel(QString());
    plot->replot();
}

void plotMonthly(ChartPanel *panel, const Dashboard &d, const QLocale &locale)
{
    QCustomPlot *plot = panel->plot();
    reset(plot);
    auto *win = bars(plot, dashboard::bookingsColor().lighter(150),
                     QCoreApplication::translate("Dashboard", "win rate"));
    auto *deal = new QCPGraph(plot->xAxis, plot->yAxis2);
    deal->setName(QCoreApplication::translate("Dashboard", "average deal"));
    deal->setPen(QPen(dashboard::projectionColor(), 2));
    deal->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 5));
    QStringList labels;
    std::vector<QString> tips;
    double maxDeal = 1;
    for (size_t i = 0; i < d.months.size(); ++i) {
        const MonthStat &m = d.months[i];
        if (m.winRate)
            win->addData(double(i), m.winRate->toDouble() * 100.0);
        if (m.averageDeal) {
            deal->addData(double(i), m.averageDeal->toDouble());
            maxDeal = std::max(maxDeal, m.averageDeal->toDouble());
        }
        labels << m.label.mid(2);
        tips.push_back(
            QCoreApplication::translate("Dashboard", "%1\nWon %2, lost %3\nWin rate %4\nAverage deal %5")
                .arg(m.label, locale.toString(m.won), locale.toString(m.lost),
                     m.winRate ? m.winRate->toPercentString(locale) : QStringLiteral("—"),
                     m.averageDeal ? money(*m.averageDeal, locale, d.figures.currency)
                                   : QStringLiteral("—")));
    }
    panel->setTips(tips);
    plot->xAxis->setTicker(textTicker(labels));
    plot->xAxis->setRange(-0.6, double(d.months.size()) - 0.4);
    plot->yAxis->setRange(0, 100);
    plot->yAxis->setLabel(QCoreApplication::translate("Dashboard", "win rate %"));
    plot->yAxis2->setVisible(true);
    moneyAxis(plot->yAxis2, locale, d.figures.currency);
    plot->yAxis2->setRange(0, maxDeal * 1.15);
    plot->yAxis2->setLabel(QCoreApplication::translate("Dashboard", "average deal"));
    plot->legend->setVisible(true);
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    plot->replot();
}

} // namespace tessera
