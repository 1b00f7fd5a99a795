// The two renderings of export parts: an XLSX workbook (libxlsxwriter) and one CSV file per part.
#include "common/error.h"
#include "common/money.h"
#include "exportsheet.h"
#include "store/planstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <xlsxwriter.h>

namespace tessera::io {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("Export", s);
}

double toNumber(const ExportCell &c)
{
    switch (c.format) {
    case CellFormat::Money:
        return double(c.value.toLongLong()) / 100.0;
    case CellFormat::Percent:
        return double(c.value.toLongLong()) / double(Rate::Scale);
    default:
        return double(c.value.toLongLong());
    }
}

class XlsxSink : public SheetSink
{
public:
    explicit XlsxSink(const QString &path) : m_path(path)
    {
        lxw_workbook_options options = {};
        options.constant_memory = LXW_TRUE; // rows stream to disk: flat memory for big plans
        m_tmp = QDir::tempPath().toUtf8();
        options.tmpdir = m_tmp.data();
        m_book = workbook_new_opt(QFile::encodeName(path).constData(), &options);
        if (!m_book)
            throw TesseraError(TesseraError::Kind::Io, tr("Cannot create the workbook."), path);
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
            QFile::remove(m_path);
        }
    }
    void close()
    {
        const lxw_error e = workbook_close(m_book);
        m_book = nullptr;
        if (e != LXW_NO_ERROR)
            throw TesseraError(TesseraError::Kind::Io,
                               tr("Cannot write the workbook: %1").arg(QString::fromUtf8(lxw_strerror(e))),
                               m_path);
    }

    void begin(const ExportPartInfo &part, const std::vector<ExportColumn> &columns) override
    {
        m_sheet = workbook_add_worksheet(m_book, part.title.toUtf8().constData());
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
    void row(const std::vector<ExportCell> &cells) override
    {
        bool isTotal = false;
        for (const auto &c : cells)
            isTotal = isTotal || (!c.formula.isEmpty() && c.formula.contains(QLatin1String("SUBTOTAL")));
        for (size_t k = 0; k < cells.size(); ++k) {
            const ExportCell &c = cells[k];
            const lxw_col_t col = lxw_col_t(k);
            lxw_format *f = formatFor(c.format, isTotal);
            if (!c.formula.isEmpty()) {
                const QByteArray formula = c.formula.toUtf8();
                if (c.value.isNull())
                    worksheet_write_formula_str(m_sheet, m_row, col, formula.constData(), f, "");
                else
                    worksheet_write_formula_num(m_sheet, m_row, col, formula.constData(), f, toNumber(c));
            } else if (c.value.isNull()) {
                continue;
            } else if (c.format == CellFormat::Text || c.value.typeId() == QMetaType::QString) {
                // Always a text cell, never a formula, whatever the text starts with.
                worksheet_write_string(m_sheet, m_row, col, c.value.toString().toUtf8().constData(),
                                       isTotal ? m_bold : nullptr);
            } else if (c.format == CellFormat::Date) {
                const QDate d = c.value.toDate();
                lxw_datetime dt = {d.year(), d.month(), d.day(), 0, 0, 0};
                worksheet_write_datetime(m_sheet, m_row, col, &dt, m_date);
            } else {
                worksheet_write_number(m_sheet, m_row, col, toNumber(c), f);
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
    QString m_path;
    QByteArray m_tmp;
    lxw_workbook *m_book = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_header, *m_money, *m_percent, *m_date, *m_integer, *m_bold, *m_boldMoney, *m_boldPercent;
    lxw_row_t m_row = 0;
    int m_columns = 0;
};

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
            throw TesseraError(TesseraError::Kind::Io, tr("Cannot write: %1").arg(m_file->errorString()),
                               path);
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
    void row(const std::vector<ExportCell> &cells) override
    {
        for (size_t k = 0; k < cells.size(); ++k) {
            if (k)
                m_buf.append(',');
            const ExportCell &c = cells[k];
            if (c.value.isNull())
                continue;
            if (c.format == CellFormat::Text || c.value.typeId() == QMetaType::QString)
                m_buf.append(csvTextField(c.value.toString()));
            else if (c.format == CellFormat::Money)
                m_buf.append(Money::fromCents(c.value.toLongLong()).toPlainString().toUtf8());
            else if (c.format == CellFormat::Percent)
                m_buf.append(Rate::fromMicros(c.value.toLongLong()).toPlainString().toUtf8());
            else if (c.format == CellFormat::Date)
                m_buf.append(c.value.toDate().toString(Qt::ISODate).toUtf8());
            else
                m_buf.append(QByteArray::number(c.value.toLongLong()));
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
            throw TesseraError(TesseraError::Kind::Io, tr("Cannot write: %1").arg(m_file->errorString()),
                               m_file->fileName());
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

void runParts(PlanStore &store, const QStringList &parts, const Progress &progress, SheetSink &sink)
{
    ExportContext ctx{store, QSet<QString>(parts.begin(), parts.end()), progress};
    int done = 0;
    for (const ExportPart &p : exportParts()) {
        if (!parts.contains(p.info.id))
            continue;
        progress.report(done++, parts.size(), p.info.title);
        p.write(ctx, sink);
    }
    progress.report(parts.size(), parts.size(), tr("Done"));
}

} // namespace

QByteArray csvTextField(const QString &text, char delimiter)
{
    QByteArray s = text.toUtf8();
    // CWE-1236: a cell a spreadsheet would take for a formula starts with an apostrophe instead.
    if (!s.isEmpty() &&
        (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' || s[0] == '\t' || s[0] == '\r'))
        s.prepend('\'');
    bool quote = false;
    for (char c : s)
        quote = quote || c == delimiter || c == '"' || c == '\n' || c == '\r';
    if (!s.isEmpty() && (s.front() == ' ' || s.back() == ' '))
        quote = true;
    if (!quote)
        return s;
    s.replace("\"", "\"\"");
    return '"' + s + '"';
}

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
        throw TesseraError(TesseraError::Kind::Io, tr("Cannot create the folder."), dir);
    CsvSink sink(dir, bom);
    runParts(store, resolved, progress, sink);
    return sink.written;
}

} // namespace tessera::io
