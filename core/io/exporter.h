#pragma once
// Export of a plan to an XLSX workbook (libxlsxwriter) or to one CSV file per part. A part is one sheet
// (Summary, Territories, Unit assignments, Quotas, Payouts, Deals, Plan assumptions); parts write rows into
// a SheetSink, and the XLSX and CSV sinks render them, so both formats always agree.
//
// Text that came from imported data is never a formula: in XLSX it is a text cell; in CSV a leading
// = + - @ tab or CR is neutralised with an apostrophe (CWE-1236). Numbers stay numbers.

#include "common/progress.h"

#include <QStringList>

namespace tessera {
class PlanStore;
}

namespace tessera::io {

struct ExportPartInfo
{
    QString id;    // "deals": the CSV file name and the --parts value
    QString title; // "Deals": the sheet name
};
std::vector<ExportPartInfo> exportPartInfos(); // in workbook order
// Checks a --parts list ("deals,quotas"); empty = all. Throws a user error naming an unknown part.
QStringList resolveExportParts(const QStringList &requested);

// Writes the workbook to a hidden part file beside path and renames it over path when complete: a failed or
// cancelled export leaves path as it was. The plan is read on a worker thread with its own connection (see
// runParts in exportsheet.h); progress is called on the calling thread.
void exportXlsx(PlanStore &store, const QString &path, const QStringList &parts,
                const Progress &progress = Progress());
// Writes <dir>/<part id>.csv for each part (creating dir); UTF-8, CRLF, optional BOM for Excel.
QStringList exportCsv(PlanStore &store, const QString &dir, const QStringList &parts, bool bom,
                      const Progress &progress = Progress());

// The CSV form of one text cell, neutralised against formula injection and quoted per RFC 4180.
QByteArray csvTextField(const QString &text, char delimiter = ',');

} // namespace tessera::io
