#pragma once
// A small CSV reader for the align area's inputs (graphs, locks, seeds): RFC 4180 quoting, a header row,
// errors that name the file, the row (1 = header) and the column.

#include <QString>
#include <QStringList>
#include <vector>

namespace tessera::align {

struct CsvTable
{
    QString path;
    QStringList header;
    std::vector<QStringList> rows;
    // Index of a column by name (case-insensitive); -1 when absent and not required, else a user error.
    int column(const QString &name, bool required) const;
    QString text(size_t row, int column) const;
};

QStringList splitCsvLine(const QString &line);
CsvTable readCsv(const QString &path);
// The number in a cell (0 for an empty cell or an absent column); a user error naming file, row and field.
double csvNumber(const CsvTable &table, size_t row, int column, const QString &name);

} // namespace tessera::align
