#pragma once
// A table to import, row by row: a CSV file streamed by CsvReader, or the first sheet of an XLSX/ODS
// workbook read with liborcus. Row numbers are those a spreadsheet shows (the header is row 1).

#include <QString>
#include <QStringList>
#include <memory>
#include <string_view>

namespace tessera::io {

class TableSource
{
public:
    virtual ~TableSource() = default;
    // Opens by extension: .xlsx/.xlsm and .ods through liborcus, anything else as CSV. Reads the header row;
    // throws a TesseraError naming the file when it cannot be read or is empty.
    static std::unique_ptr<TableSource> open(const QString &path);

    const QStringList &headers() const { return m_headers; }
    const QString &fileName() const { return m_fileName; }
    virtual bool next() = 0; // next data row; false at the end
    virtual int cellCount() const = 0;
    virtual QString cell(int column) const = 0; // "" past the end of a short row
    // The cell's UTF-8 bytes as read (valid until next()), for a CSV file; spreadsheets have none.
    virtual bool hasUtf8Cells() const { return false; }
    virtual std::string_view utf8Cell(int column) const
    {
        Q_UNUSED(column);
        return {};
    }
    virtual qint64 row() const = 0;
    virtual qint64 progressDone() const = 0;
    virtual qint64 progressTotal() const = 0;
    // Spreadsheet numbers in a date column are day numbers (serials); CSV dates must be written out.
    virtual bool isSpreadsheet() const = 0;

protected:
    QStringList m_headers;
    QString m_fileName;
};

} // namespace tessera::io
