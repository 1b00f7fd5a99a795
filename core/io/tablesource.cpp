#include "tablesource.h"

#include "common/error.h"
#include "csvreader.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace tessera::io {

std::unique_ptr<TableSource> openSpreadsheetSource(const QString &path, bool ods); // spreadsheetsource.cpp

namespace {

class CsvSource : public TableSource
{
public:
    explicit CsvSource(const QString &path) : m_reader(path)
    {
        m_fileName = path;
        if (!m_reader.next())
            throw TesseraError(
                TesseraError::Kind::User,
                QCoreApplication::translate("TableSource", "The file is empty: no header row."), path, 1);
        for (size_t i = 0; i < m_reader.fields().size(); ++i)
            m_headers << m_reader.field(i).trimmed();
    }
    bool next() override { return m_reader.next(); }
    int cellCount() const override { return int(m_reader.fields().size()); }
    QString cell(int column) const override { return m_reader.field(size_t(column)); }
    bool hasUtf8Cells() const override { return true; }
    std::string_view utf8Cell(int column) const override
    {
        const auto &f = m_reader.fields();
        return size_t(column) < f.size() ? f[size_t(column)] : std::string_view();
    }
    qint64 row() const override { return m_reader.row(); }
    qint64 progressDone() const override { return m_reader.bytesRead(); }
    qint64 progressTotal() const override { return m_reader.totalBytes(); }
    bool isSpreadsheet() const override { return false; }

private:
    CsvReader m_reader;
};

} // namespace

std::unique_ptr<TableSource> TableSource::open(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm"))
        return openSpreadsheetSource(path, false);
    if (suffix == QLatin1String("ods"))
        return openSpreadsheetSource(path, true);
    return std::make_unique<CsvSource>(path);
}

} // namespace tessera::io
