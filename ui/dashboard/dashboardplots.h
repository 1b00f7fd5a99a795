#pragma once
// Fills the dashboard's QCustomPlot charts from a forecast::Dashboard (the numbers come from core; the
// colours and labels from report/dashboard/dashboardcharts.h, shared with the PDF report).

#include "forecast/figures.h"

#include <QLocale>

namespace tessera {

class ChartPanel;

void plotAttainment(ChartPanel *panel, const forecast::Dashboard &d, const QLocale &locale);
void plotPacing(ChartPanel *panel, const forecast::Dashboard &d, const QLocale &locale);
void plotCoverage(ChartPanel *panel, const forecast::Figures &f, const QLocale &locale);
void plotCategories(ChartPanel *panel, const forecast::Figures &f, const QLocale &locale);
void plotMonthly(ChartPanel *panel, const forecast::Dashboard &d, const QLocale &locale);

} // namespace tessera
