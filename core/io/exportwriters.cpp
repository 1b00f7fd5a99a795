// The two renderings of export parts: an XLSX workbook (libxlsxwriter) and one CSV file per part.
#include "common/error.h"
#include "common/money.h"
#include "exportsheet.h"
#include "io/iotext.h"
#include "store/planstore.h"
#include "xlsxdeflate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <filesystem>
#include <xlsxwriter.h>

namespace tessera::io {

namespace {

// The number libxlsxwriter stores: cents and millionths become doubles only here.
double toNumber(const ExportCell &c)
{
    switch (c.format) {
    case CellFormat::Money:
        return double(c.number) / 100.0;
    case CellFormat::Percent:
        return double(c.number) / double(Rate::Scale);
    case CellFormat::Date:
        return double(excelSerial(int(c.number)));
    default:
        return double(c.number);
    }
}

// The workbook goes to a hidden file next to the target and is renamed over it only when complete, so a
// failed or cancelled export leaves neither a half-written file nor a damaged earlier one.
class XlsxSink : public SheetSink
{
public:
    explicit XlsxSink(const QString &path)
        : m_path(path),
          m_partPath(QFileInfo(path).dir().filePath(QStringLiteral(".%1.%2.part")
                                                        .arg(QFileInfo(path).fileName())
                                                        .arg(QCoreApplication::applicationPid())))
    {
        lxw_workbook_options options = {};
        // Rows stream to a temporary file: flat memory for big plans. Measured on the 5,000-rep plan, the
        // in-memory mode (shared strings) is slower (12.7 s CPU against 8.3 s) and peaks at 554 MB.
        options.constant_memory = LXW_TRUE;
        // Its temporary files go to the system's temporary folder (TMPDIR): on the 5,000-rep plan /dev/shm
        // instead of a disk-backed /tmp made no difference beyond noise (the files live for seconds, in the
        // page cache either way).
        m_tmp = QFile::encodeName(QDir::tempPath());
        options.tmpdir = m_tmp.data();
        m_book = workbook_new_opt(QFile::encodeName(m_partPath).constData(), &options);
        if (!m_book)
            throw TesseraError(TesseraError::Kind::Io, IoText::tr("Cannot create the workbook."), path);
        m_header = workbook_add_format(m_book);
        format_set_bold(m_header);
        format_set_bottom(m_header, LXW_BORDER_THIN);
        format_set_text_wrap(m_header);
        m_money = workbook_add_format(m_book);
        format_set_num_format(m_money, "#,##0.00");
        m_percent = workbook_add_format(m_book);
        format_set_num_format(m_percent, "0.0%");
        m_date = workbook_add_format(m_book);
        format_set_num_format(m_date, "yyyy-mm-dd");
        m_integer = workbook_add_format(m_book);
        format_set_num_format(m_integer, "0");
        m_bold = workbook_add_format(m_book);
        format_set_bold(m_bold);
        m_boldMoney = workbook_add_format(m_book);
        format_set_bold(m_boldMoney);
        format_set_num_format(m_boldMoney, "#,##0.00");
        m_boldPercent = workbook_add_format(m_book);
        format_set_bold(m_boldPercent);
        format_set_num_format(m_boldPercent, "0.0%");
    }
    ~XlsxSink() override
    {
        if (m_book) {
            workbook_close(m_book); // an abandoned export: remove the partial file
            QFile::remove(m_partPath);
        }
    }
    void close()
    {
        const lxw_error e = [this] {
            const FastDeflateScope fast; // the parts are compressed here, at zlib's fastest level
            return workbook_close(m_book);
        }();
        m_book = nullptr;
        std::error_code renamed;
        if (e == LXW_NO_ERROR)
            std::filesystem::rename(QFile::encodeName(m_partPath).toStdString(),
                                    QFile::encodeName(m_path).toStdString(), renamed);
        if (e != LXW_NO_ERROR || renamed) {
            QFile::remove(m_partPath);
            throw TesseraError(TesseraError::Kind::Io,
                               IoText::tr("Cannot write the workbook: %1")
                                   .arg(e != LXW_NO_ERROR ? QString::fromUtf8(lxw_strerror(e))
                                                          : QString::fromStdString(renamed.message())),
                               m_path);
        }
    }

    // The sheets are made up front, in workbook order, since the parts can arrive in another order.
    void plan(const QStringList &parts) override
    {
        for (const ExportPartInfo &info : exportPartInfos())
            if (parts.contains(info.id))
                m_sheets[info.id] = workbook_add_worksheet(m_book, info.title.toUtf8().constData());
    }
    void begin(const ExportPartInfo &part, const std::vector<ExportColumn> &columns) override
    {
        m_sheet = m_sheets.value(part.id);
        if (!m_sheet)
            throw TesseraError::internal(QStringLiteral("XLSX export: part %1 was not planned").arg(part.id));
        m_columns = int(columns.size());
        m_row = 0;
        for (int c = 0; c < m_columns; ++c) {
            worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), columns[size_t(c)].width, nullptr);
            worksheet_write_string(m_sheet, 0, lxw_col_t(c), columns[size_t(c)].header.toUtf8().constData(),
                                   m_header);
        }
        worksheet_freeze_panes(m_sheet, 1, 0);
        m_row = 1;
    }
    void row(const ExportRow &r) override
    {
        const bool total = r.isTotal();
        for (qsizetype k = 0; k < r.size(); ++k) {
            const ExportCell &c = r[k];
            const lxw_col_t col = lxw_col_t(k);
            if (c.formula >= 0) {
                lxw_format *f = formatFor(c.format, total);
                if (c.kind == ExportCell::Kind::Empty)
                    worksheet_write_formula_str(m_sheet, m_row, col, r.formula(c), f, "");
                else
                    worksheet_write_formula_num(m_sheet, m_row, col, r.formula(c), f, toNumber(c));
                continue;
            }
            switch (c.kind) {
            case ExportCell::Kind::Empty:
                break;
            case ExportCell::Kind::Text:
                // Always a text cell, never a formula, whatever the text starts with.
                worksheet_write_string(m_sheet, m_row, col, r.text(c), total ? m_bold : nullptr);
                break;
            case ExportCell::Kind::Date:
                worksheet_write_number(m_sheet, m_row, col, double(excelSerial(int(c.number))), m_date);
                break;
            case ExportCell::Kind::Number:
                worksheet_write_number(m_sheet, m_row, col, toNumber(c), formatFor(c.format, total));
                break;
            }
        }
        ++m_row;
    }
    void note(const QString &text) override
    {
        worksheet_write_string(m_sheet, ++m_row, 0, text.toUtf8().constData(), nullptr);
        ++m_row;
    }
    void end() override
    {
        if (m_columns > 0)
            worksheet_autofilter(m_sheet, 0, 0, std::max<lxw_row_t>(1, m_row - 1), lxw_col_t(m_columns - 1));
    }

private:
    lxw_format *formatFor(CellFormat f, bool total) const
    {
        switch (f) {
        case CellFormat::Money:
            return total ? m_boldMoney : m_money;
        case CellFormat::Percent:
            return total ? m_boldPercent : m_percent;
        case CellFormat::Date:
            return m_date;
        case CellFormat::Integer:
            return m_integer;
        case CellFormat::Text:
            return total ? m_bold : nullptr;
        }
        return nullptr;
    }
    QString m_path, m_partPath;
    QByteArray m_tmp;
    lxw_workbook *m_book = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    QHash<QString, lxw_worksheet *> m_sheets;
    lxw_format *m_header, *m_money, *m_percent, *m_date, *m_integer, *m_bold, *m_boldMoney, *m_boldPercent;
    lxw_row_t m_row = 0;
    int m_columns = 0;
};

// Exact decimal text of cents ("-1234.05") and of millionths ("0.25", "1"), as Money and Rate print them.
void appendCents(QByteArray &out, qint64 cents)
{
    const quint64 a = cents < 0 ? quint64(0) - quint64(cents) : quint64(cents);
    if (cents < 0)
        out.append('-');
    out.append(QByteArray::number(a / 100));
    out.append('.');
    out.append(char('0' + a % 100 / 10));
    out.append(char('0' + a % 10));
}

void appendMicros(QByteArray &out, qint64 micros)
{
    const quint64 a = micros < 0 ? quint64(0) - quint64(micros) : quint64(micros);
    if (micros < 0)
        out.append('-');
    out.append(QByteArray::number(a / quint64(Rate::Scale)));
    quint64 frac = a % quint64(Rate::Scale);
    if (frac == 0)
        return;
    char digits[6];
    for (int i = 5; i >= 0; --i, frac /= 10)
        digits[i] = char('0' + frac % 10);
    int n = 6;
    while (digits[n - 1] == '0')
        --n;
    out.append('.');
    out.append(digits, n);
}

void appendIsoDate(QByteArray &out, int yyyymmdd)
{
    char s[10] = {char('0' + yyyymmdd / 10000000 % 10),
                  char('0' + yyyymmdd / 1000000 % 10),
                  char('0' + yyyymmdd / 100000 % 10),
                  char('0' + yyyymmdd / 10000 % 10),
                  '-',
                  char('0' + yyyymmdd / 1000 % 10),
                  char('0' + yyyymmdd / 100 % 10),
                  '-',
                  char('0' + yyyymmdd / 10 % 10),
                  char('0' + yyyymmdd % 10)};
    out.append(s, 10);
}

class CsvSink : public SheetSink
{
public:
    CsvSink(const QString &dir, bool bom) : m_dir(dir), m_bom(bom) {}
    QStringList written;

    void begin(const ExportPartInfo &part, const std::vector<ExportColumn> &columns) override
    {
        const QString path = QDir(m_dir).filePath(part.id + QStringLiteral(".csv"));
        m_file = std::make_unique<QSaveFile>(path);
        if (!m_file->open(QIODevice::WriteOnly))
            throw TesseraError(TesseraError::Kind::Io,
                               IoText::tr("Cannot write: %1").arg(m_file->errorString()), path);
        m_buf.clear();
        if (m_bom)
            m_buf.append("\xEF\xBB\xBF");
        for (size_t c = 0; c < columns.size(); ++c) {
            if (c)
                m_buf.append(',');
            m_buf.append(csvTextField(columns[c].header));
        }
        m_buf.append("\r\n");
        m_columns = columns.size();
    }
    void row(const ExportRow &r) override
    {
        for (qsizetype k = 0; k < r.size(); ++k) {
            if (k)
                m_buf.append(',');
            const ExportCell &c = r[k];
            switch (c.kind) {
            case ExportCell::Kind::Empty:
                break;
            case ExportCell::Kind::Text:
                appendCsvTextField(m_buf, r.textView(c));
                break;
            case ExportCell::Kind::Date:
                appendIsoDate(m_buf, int(c.number));
                break;
            case ExportCell::Kind::Number:
                if (c.format == CellFormat::Money)
                    appendCents(m_buf, c.number);
                else if (c.format == CellFormat::Percent)
                    appendMicros(m_buf, c.number);
                else
                    m_buf.append(QByteArray::number(c.number));
                break;
            }
        }
        m_buf.append("\r\n");
        flushIfBig();
    }
    void note(const QString &text) override
    {
        m_buf.append(csvTextField(text));
        m_buf.append("\r\n");
    }
    void end() override
    {
        m_file->write(m_buf);
        if (!m_file->commit())
            throw TesseraError(TesseraError::Kind::Io,
                               IoText::tr("Cannot write: %1").arg(m_file->errorString()), m_file->fileName());
        written << m_file->fileName();
        m_file.reset();
    }

private:
    void flushIfBig()
    {
        if (m_buf.size() > (1 << 20)) {
            m_file->write(m_buf);
            m_buf.clear();
        }
    }
    QString m_dir;
    bool m_bom;
    std::unique_ptr<QSaveFile> m_file;
    QByteArray m_buf;
    size_t m_columns = 0;
};

} // namespace

void exportXlsx(PlanStore &store, const QString &path, const QStringList &parts, const Progress &progress)
{
    const QStringList resolved = resolveExportParts(parts);
    XlsxSink sink(path);
    runParts(store, resolved, progress, sink);
    sink.close();
}

QStringList exportCsv(PlanStore &store, const QString &dir, const QStringList &parts, bool bom,
                      const Progress &progress)
{
    const QStringList resolved = resolveExportParts(parts);
    if (!QDir().mkpath(dir))
        throw TesseraError(TesseraError::Kind::Io, IoText::tr("Cannot create the folder."), dir);
    CsvSink sink(dir, bom);
    runParts(store, resolved, progress, sink);
    return sink.written;
}

} // namespace tessera::io
