#pragma once
// The dashboard charts drawn with QPainter for the PDF report (and the CLI, which has no Widgets). The GUI
// draws the same series with QCustomPlot; both take their numbers from forecast::Dashboard and their colours
// and labels from here, so they always agree.

#include "forecast/figures.h"

#include <QColor>
#include <QLocale>
#include <QPainter>

namespace tessera::dashboard {

QColor attainmentColor(forecast::AttainmentBand band);
QColor bandColor(forecast::Band band);
QColor quotaLineColor();
QColor bookingsColor();
QColor projectionColor();
QColor categoryColor(int index); // 0 Closed, 1 Commit, 2 Best Case, 3 Pipeline
QString categoryName(int index); // translated
// Compact money for axes and labels: "$1.2M", "$350K".
QString shortMoney(Money m, const QLocale &locale, const QString &currency);

void drawAttainment(QPainter &p, const QRectF &box, const forecast::Dashboard &d, const QLocale &locale);
void drawPacing(QPainter &p, const QRectF &box, const forecast::Dashboard &d, const QLocale &locale);
void drawCoverage(QPainter &p, const QRectF &box, const forecast::Figures &f, const QLocale &locale);
void drawCategories(QPainter &p, const QRectF &box, const forecast::Figures &f, const QLocale &locale);
void drawMonthly(QPainter &p, const QRectF &box, const forecast::Dashboard &d, const QLocale &locale);

} // namespace tessera::dashboard
