#pragma once
// The dashboard as a PDF report: a summary page, then one section a page (attainment, pacing, coverage,
// forecast categories, win rate and deal size, leaderboard). Throws TesseraError(Io) naming the file.

#include "forecast/figures.h"

#include <QLocale>
#include <QString>

namespace tessera {

void writeDashboardReport(const QString &path, const forecast::Dashboard &d, const QString &currency,
                          const QLocale &locale);

} // namespace tessera
