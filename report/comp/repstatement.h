#pragma once
// The rep statement: a PDF with the plan summary, attainment, the payout, every component line explained
// (deal → credit → tier slice → rate → amount) and the credited deals of the period.

#include "comp/payoutrun.h"

namespace tessera::comp {

// Writes the statement of one rep for the run's period; throws TesseraError naming the file or the rep.
void writeRepStatement(const RunResult &run, qint64 repId, const QString &path,
                       const QLocale &locale = QLocale());

} // namespace tessera::comp
