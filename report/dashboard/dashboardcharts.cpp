#include "dashboardcharts.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace tessera::dashboard {

using namespace forecast;

namespace {

const QColor kAxis(90, 90, 90);
const QColor kGrid(225, 225, 225);

// Plot area inside a box, leaving room for axis labels on the left and bottom.
QRectF plotArea(const QRectF &box, double left = 54, double bottom = 28)
{
    return QRectF(box.left() + left, box.top() + 36, box.width() - left - 10, box.height() - 36 - bottom);
}

double niceStep(double range, int ticks)
{
    if (range <= 0)
        return 1;
    const double raw = range / ticks;
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (raw <= m * mag)
            return m * mag;
    return 10 * mag;
}

// Every chart starts from the same small, regular font whatever the document drew before.
void title(QPainter &p, const QRectF &box, const QString &text)
{
    QFont base = p.font();
    base.setBold(false);
    base.setPointSizeF(7.5);
    p.setFont(base);
    QFont f = p.font();
    f.setBold(true);
    p.save();
    p.setFont(f);
    p.setPen(Qt::black);
    p.drawText(QRectF(box.left(), box.top(), box.width(), 16), Qt::AlignLeft | Qt::AlignVCenter, text);
    p.restore();
}

// Horizontal grid and left labels for [0, maxValue]; returns the value → y mapping's top value.
double yAxis(QPainter &p, const QRectF &area, double maxValue, const std::function<QString(double)> &label)
{
    const double step = niceStep(std::max(maxValue, 1e-9), 5);
    const double top = std::max(step, std::ceil(maxValue / step) * step);
    p.save();
    for (double v = 0; v <= top + step / 2; v += step) {
        const double y = area.bottom() - v / top * area.height();
        p.setPen(QPen(kGrid, 0.5));
        p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
        p.setPen(kAxis);
        p.drawText(QRectF(area.left() - 54, y - 7, 50, 14), Qt::AlignRight | Qt::AlignVCenter, label(v));
    }
    p.setPen(QPen(kAxis, 0.8));
    p.drawLine(area.bottomLeft(), area.bottomRight());
    p.restore();
    return top;
}

void legend(QPainter &p, const QRectF &box, const QList<QPair<QColor, QString>> &items)
{
    p.save();
    const QFontMetricsF fm(p.font());
    double x = box.right();
    for (auto it = items.crbegin(); it != items.crend(); ++it) {
        const double w = fm.horizontalAdvance(it->second);
        x -= w;
        p.setPen(Qt::black);
        p.drawText(QPointF(x, box.top() + 28), it->second);
        x -= 12;
        p.fillRect(QRectF(x, box.top() + 20, 9, 9), it->first);
        x -= 12;
    }
    p.restore();
}

} // namespace

QColor attainmentColor(AttainmentBand band)
{
    switch (band) {
    case AttainmentBand::Below80:
        return QColor(214, 69, 65);
    case AttainmentBand::From80To100:
        return QColor(240, 173, 78);
    case AttainmentBand::Above100:
        return QColor(76, 175, 80);
    case AttainmentBand::NoQuota:
        break;
    }
    return QColor(160, 160, 160);
}

QColor bandColor(Band band)
{
    switch (band) {
    case Band::Healthy:
    case Band::QuotaMet:
        return QColor(76, 175, 80);
    case Band::Watch:
        return QColor(240, 173, 78);
    case Band::AtRisk:
        return QColor(214, 69, 65);
    case Band::NoQuota:
        break;
    }
    return QColor(160, 160, 160);
}

QColor quotaLineColor()
{
    return QColor(40, 40, 40);
}
QColor bookingsColor()
{
    return QColor(33, 113, 181);
}
QColor projectionColor()
{
    return QColor(142, 68, 173);
}

QColor categoryColor(int index)
{
    static const QColor colors[4] = {QColor(33, 113, 181), QColor(66, 146, 198), QColor(107, 174, 214),
                                     QColor(170, 207, 229)};
    return colors[std::clamp(index, 0, 3)];
}

QString categoryName(int index)
{
    switch (index) {
    case 0:
        return QCoreApplication::translate("Dashboard", "Closed");
    case 1:
        return QCoreApplication::translate("Dashboard", "Commit");
    case 2:
        return QCoreApplication::translate("Dashboard", "Best Case");
    default:
        return QCoreApplication::translate("Dashboard", "Pipeline");
    }
}

QString shortMoney(Money m, const QLocale &locale, const QString &currency)
{
    const double v = m.toDouble();
    const double a = std::fabs(v);
    const QString sym = Money::currencySymbol(currency);
    if (a >= 1e9)
        return sym + locale.toString(v / 1e9, 'f', 1) + QStringLiteral("B");
    if (a >= 1e6)
        return sym + locale.toString(v / 1e6, 'f', 1) + QStringLiteral("M");
    if (a >= 1e3)
        return sym + locale.toString(v / 1e3, 'f', 0) + QStringLiteral("K");
    return sym + locale.toString(v, 'f', 0);
}

void drawAttainment(QPainter &p, const QRectF &box, const Dashboard &d, const QLocale &locale)
{
    title(p, box,
          QCoreApplication::translate("Dashboard", "Attainment by %1")
              .arg(d.children.empty() ? QCoreApplication::translate("Dashboard", "node")
                                      : levelInText(d.children.front().level)));
    std::vector<const Figures *> bars;
    for (const Figures &c : d.children)
        bars.push_back(&c);
    if (bars.empty())
        bars.push_back(&d.figures);
    const QRectF area = plotArea(box, 54, 40);
    double maxA = 1.2;
    for (const Figures *f : bars)
        if (f->attainment)
            maxA = std::max(maxA, f->attainment->toDouble());
    const double top =
        yAxis(p, area, maxA * 100.0, [&](double v) { return locale.toString(v, 'f', 0) + QLatin1Char('%'); });
    const double slot = area.width() / double(bars.size());
    p.save();
    QFont small = p.font();
    small.setPointSizeF(std::max(5.0, std::min(small.pointSizeF(), slot * 0.6)));
    p.setFont(small);
    for (size_t i = 0; i < bars.size(); ++i) {
        const Figures &f = *bars[i];
        const double v = f.attainment ? f.attainment->toDouble() * 100.0 : 0.0;
        const double h = v / top * area.height();
        const QRectF bar(area.left() + slot * double(i) + slot * 0.15, area.bottom() - h, slot * 0.7, h);
        p.fillRect(bar, attainmentColor(attainmentBand(f.attainment)));
        if (bars.size() <= 24) {
            p.setPen(Qt::black);
            p.drawText(QRectF(bar.left() - slot * 0.15, bar.top() - 13, slot, 12), Qt::AlignCenter,
                       f.attainment ? f.attainment->toPercentString(locale, 0) : QStringLiteral("—"));
            p.save();
            p.translate(bar.center().x(), area.bottom() + 4);
            p.rotate(bars.size() > 8 ? 30 : 0);
            p.drawText(QRectF(-40, 0, 80, 12), Qt::AlignHCenter | Qt::AlignTop, f.code);
            p.restore();
        }
    }
    const double y100 = area.bottom() - 100.0 / top * area.height();
    p.setPen(QPen(quotaLineColor(), 1.2, Qt::DashLine));
    p.drawLine(QPointF(area.left(), y100), QPointF(area.right(), y100));
    p.restore();
    legend(
        p, box,
        {{attainmentColor(AttainmentBand::Below80), QCoreApplication::translate("Dashboard", "< 80%")},
         {attainmentColor(AttainmentBand::From80To100), QCoreApplication::translate("Dashboard", "80–100%")},
         {attainmentColor(AttainmentBand::Above100), QCoreApplication::translate("Dashboard", "> 100%")},
         {quotaLineColor(), QCoreApplication::translate("Dashboard", "quota (100%)")}});
}

void drawPacing(QPainter &p, const QRectF &box, const Dashboard &d, const QLocale &locale)
{
    title(p, box, QCoreApplication::translate("Dashboard", "Pacing: cumulative bookings against quota"));
    const auto &pts = d.pacing;
    if (pts.empty())
        return;
    const QRectF area = plotArea(box, 60, 28);
    double maxV = std::max(d.figures.projection.toDouble(), d.figures.quota.toDouble());
    for (const PacingPoint &pt : pts)
        maxV = std::max({maxV, pt.cumulativeBookings.toDouble(), pt.cumulativeQuota.toDouble()});
    const double top = yAxis(p, area, maxV, [&](double v) {
        return shortMoney(Money::fromCents(qint64(v * 100)), locale, d.figures.currency);
    });
    const int n = int(pts.size());
    auto x = [&](int i) {
        return area.left() + area.width() * (i + 1) / double(n);
    };
    auto y = [&](Money m) {
        return area.bottom() - m.toDouble() / top * area.height();
    };
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    QPainterPath quota, booked;
    quota.moveTo(area.left(), area.bottom());
    booked.moveTo(area.left(), area.bottom());
    int lastActual = -1;
    for (int i = 0; i < n; ++i) {
        quota.lineTo(x(i), y(pts[size_t(i)].cumulativeQuota));
        if (pts[size_t(i)].month <= d.figures.asOf) {
            booked.lineTo(x(i), y(pts[size_t(i)].cumulativeBookings));
            lastActual = i;
        }
        p.setPen(kAxis);
        p.drawText(QRectF(x(i) - 30, area.bottom() + 4, 60, 12), Qt::AlignCenter,
                   pts[size_t(i)].label.mid(2));
    }
    p.setPen(QPen(quotaLineColor(), 1.2, Qt::DashLine));
    p.drawPath(quota);
    p.setPen(QPen(bookingsColor(), 2));
    p.drawPath(booked);
    if (lastActual >= 0 && d.figures.elapsedDays < d.figures.periodDays) {
        p.setPen(QPen(projectionColor(), 1.5, Qt::DotLine));
        const QPointF from(x(lastActual), y(pts[size_t(lastActual)].cumulativeBookings));
        const QPointF to(x(n - 1), y(d.figures.projection));
        p.drawLine(from, to);
        p.setBrush(projectionColor());
        p.drawEllipse(to, 3, 3);
        p.setPen(projectionColor());
        p.drawText(QRectF(to.x() - 120, to.y() - 16, 118, 12), Qt::AlignRight,
                   QCoreApplication::translate("Dashboard", "run rate %1")
                       .arg(shortMoney(d.figures.projection, locale, d.figures.currency)));
    }
    p.restore();
    legend(p, box,
           {{bookingsColor(), QCoreApplication::translate("Dashboard", "bookings")},
            {quotaLineColor(), QCoreApplication::translate("Dashboard", "quota")},
            {projectionColor(), QCoreApplication::translate("Dashboard", "run-rate projection")}});
}

void drawCoverage(QPainter &p, const QRectF &box, const Figures &f, const QLocale &locale)
{
    title(p, box, QCoreApplication::translate("Dashboard", "Pipeline coverage of remaining quota"));
    const QRectF area = plotArea(box, 110, 30);
    const double maxX = std::max({4.0, f.coverage ? f.coverage->toDouble() * 1.1 : 0.0});
    const struct
    {
        QString name;
        std::optional<Rate> value;
        Band band;
        double watch, healthy;
    } rows[2] = {{QCoreApplication::translate("Dashboard", "Raw"), f.coverage, f.coverageBand, 2.0, 3.0},
                 {QCoreApplication::translate("Dashboard", "Stage-weighted"), f.weightedCoverage,
                  f.weightedCoverageBand, 0.7, 1.0}};
    auto x = [&](double v) {
        return area.left() + std::min(v, maxX) / maxX * area.width();
    };
    const double rowH = area.height() / 2;
    p.save();
    for (int r = 0; r < 2; ++r) {
        const double top = area.top() + rowH * r + rowH * 0.2;
        const double h = rowH * 0.6;
        p.fillRect(QRectF(x(0), top, x(rows[r].watch) - x(0), h), bandColor(Band::AtRisk).lighter(170));
        p.fillRect(QRectF(x(rows[r].watch), top, x(rows[r].healthy) - x(rows[r].watch), h),
                   bandColor(Band::Watch).lighter(160));
        p.fillRect(QRectF(x(rows[r].healthy), top, area.right() - x(rows[r].healthy), h),
                   bandColor(Band::Healthy).lighter(170));
        const double v = rows[r].value ? rows[r].value->toDouble() : 0.0;
        p.fillRect(QRectF(x(0), top + h * 0.3, x(v) - x(0), h * 0.4), bandColor(rows[r].band));
        p.setPen(Qt::black);
        p.drawText(QRectF(box.left(), top, 104, h), Qt::AlignRight | Qt::AlignVCenter, rows[r].name);
        p.drawText(QRectF(x(v) + 4, top, 160, h), Qt::AlignLeft | Qt::AlignVCenter,
                   rows[r].value ? locale.toString(v, 'f', 2) + QStringLiteral("× ") + bandName(rows[r].band)
                                 : bandName(rows[r].band));
    }
    p.setPen(kAxis);
    for (int t = 0; t <= int(maxX); ++t)
        p.drawText(QRectF(x(t) - 20, area.bottom() + 4, 40, 12), Qt::AlignCenter,
                   locale.toString(t) + QStringLiteral("×"));
    p.restore();
}

void drawCategories(QPainter &p, const QRectF &box, const Figures &f, const QLocale &locale)
{
    title(p, box, QCoreApplication::translate("Dashboard", "Forecast categories (cumulative)"));
    const Money values[4] = {f.closed, f.commit, f.bestCase, f.pipelineTotal};
    const QRectF area = plotArea(box, 60, 28);
    double maxV = std::max(f.pipelineTotal.toDouble(), f.quota.toDouble());
    if (f.commitOverride)
        maxV = std::max(maxV, f.commitOverride->commit.toDouble());
    const double top = yAxis(p, area, maxV, [&](double v) {
        return shortMoney(Money::fromCents(qint64(v * 100)), locale, f.currency);
    });
    const double slot = area.width() / 5.0;
    p.save();
    for (int i = 0; i < 5; ++i) {
        const bool manager = i == 4;
        if (manager && !f.commitOverride)
            continue;
        const Money v = manager ? f.commitOverride->commit : values[i];
        const double h = v.toDouble() / top * area.height();
        const QRectF bar(area.left() + slot * i + slot * 0.15, area.bottom() - h, slot * 0.7, h);
        p.fillRect(bar, manager ? projectionColor() : categoryColor(i));
        p.setPen(Qt::black);
        p.drawText(QRectF(bar.left() - 10, bar.top() - 13, bar.width() + 20, 12), Qt::AlignCenter,
                   shortMoney(v, locale, f.currency));
        p.drawText(QRectF(bar.left() - 10, area.bottom() + 4, bar.width() + 20, 12), Qt::AlignCenter,
                   manager ? QCoreApplication::translate("Dashboard", "Manager commit") : categoryName(i));
    }
    if (f.hasQuota) {
        const double y = area.bottom() - f.quota.toDouble() / top * area.height();
        p.setPen(QPen(quotaLineColor(), 1.2, Qt::DashLine));
        p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
        p.drawText(QRectF(area.right() - 150, y - 14, 148, 12), Qt::AlignRight,
                   QCoreApplication::translate("Dashboard", "quota %1")
                       .arg(shortMoney(f.quota, locale, f.currency)));
    }
    p.restore();
}

void drawMonthly(QPainter &p, const QRectF &box, const Dashboard &d, const QLocale &locale)
{
    title(p, box, QCoreApplication::translate("Dashboard", "Win rate and average deal size by month"));
    const auto &ms = d.months;
    if (ms.empty())
        return;
    const QRectF area = plotArea(box, 44, 28).adjusted(0, 0, -50, 0);
    yAxis(p, area, 100.0, [&](double v) { return locale.toString(v, 'f', 0) + QLatin1Char('%'); });
    double maxDeal = 1;
    for (const MonthStat &m : ms)
        if (m.averageDeal)
            maxDeal = std::max(maxDeal, m.averageDeal->toDouble());
    const double dealTop = niceStep(maxDeal, 4) * std::ceil(maxDeal / niceStep(maxDeal, 4));
    const double slot = area.width() / double(ms.size());
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    QPainterPath deal;
    bool started = false;
    for (size_t i = 0; i < ms.size(); ++i) {
        const MonthStat &m = ms[i];
        const double cx = area.left() + slot * (double(i) + 0.5);
        if (m.winRate) {
            const double h = m.winRate->toDouble() * area.height();
            p.fillRect(QRectF(cx - slot * 0.3, area.bottom() - h, slot * 0.6, h),
                       bookingsColor().lighter(150));
        }
        if (m.averageDeal) {
            const QPointF pt(cx, area.bottom() - m.averageDeal->toDouble() / dealTop * area.height());
            started ? deal.lineTo(pt) : deal.moveTo(pt);
            started = true;
        }
        p.setPen(kAxis);
        p.drawText(QRectF(cx - slot / 2, area.bottom() + 4, slot, 12), Qt::AlignCenter, m.label.mid(2));
    }
    p.setPen(QPen(projectionColor(), 2));
    p.drawPath(deal);
    p.setPen(projectionColor());
    for (int t = 0; t <= 4; ++t) {
        const double v = dealTop * t / 4;
        const double y = area.bottom() - v / dealTop * area.height();
        p.drawText(QRectF(area.right() + 4, y - 7, 50, 14), Qt::AlignLeft | Qt::AlignVCenter,
                   shortMoney(Money::fromCents(qint64(v * 100)), locale, d.figures.currency));
    }
    p.restore();
    legend(p, box,
           {{bookingsColor().lighter(150), QCoreApplication::translate("Dashboard", "win rate")},
            {projectionColor(), QCoreApplication::translate("Dashboard", "average deal")}});
}

} // namespace tessera::dashboard
