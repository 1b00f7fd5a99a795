#pragma once
// Imports a table (CSV, XLSX, ODS) of reps, accounts, opportunities, territory assignments or quotas
// into a plan. Every row is validated first; problems name file, row, column and reason. Unless
// skipBadRows is set, one problem means nothing is written. Writing is one transaction: all or nothing,
// and a cancel rolls it back. Rows are matched on their external id (reps: or email; quotas: rep and
// month; assignments: unit or rep), so re-importing a file updates instead of duplicating.

#include "columnmapping.h"
#include "common/progress.h"

#include <QString>
#include <optional>
#include <vector>

namespace tessera {
class PlanStore;
}

namespace tessera::io {

struct ImportOptions
{
    ImportKind kind = ImportKind::Opportunities;
    std::optional<ColumnMapping> mapping; // as edited in the wizard; otherwise recognised + settings.columns
    MappingFile settings;                 // dates, decimal mark, level, column overrides
    QString mappingPath;                  // for messages about settings.columns
    bool dryRun = false;                  // validate only
    bool skipBadRows = false;             // import the good rows, report the bad ones
    int maxProblemsListed = 1000;         // all are counted, this many are kept
};

struct ImportProblem
{
    QString file;
    qint64 row = -1; // -1: the file as a whole
    QString column;  // header of the column, empty for the row as a whole
    QString reason;
    QString describe() const; // "file: row 12, column 'Amount': reason"
};

struct ImportReport
{
    qint64 rows = 0; // data rows read
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 skipped = 0; // bad rows left out (skipBadRows)
    qint64 problemCount = 0;
    std::vector<ImportProblem> problems; // the first maxProblemsListed
    bool committed = false;              // something was written (false for a dry run or a refusal)
    QString note;                        // what the import chose, e.g. the assignment mode
};

// Header, recognised mapping and the first rows, for the wizard's mapping page.
struct ImportPreview
{
    QStringList headers;
    ColumnMapping mapping;
    std::vector<QStringList> rows;
};
ImportPreview previewFile(const QString &path, ImportKind kind, int maxRows = 20);

// Throws TesseraError for a file that cannot be read at all (encoding, quoting, empty, unusable mapping)
// and Cancelled on cancel; row problems are returned in the report (committed = false unless skipBadRows).
ImportReport importFile(PlanStore &store, const QString &path, const ImportOptions &options,
                        const Progress &progress = Progress());

} // namespace tessera::io
