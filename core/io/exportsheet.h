#pragma once
// Internal to the export: the cells, columns and sink that parts write into.
//
// A row keeps its text in one UTF-8 buffer (each text NUL-terminated, as libxlsxwriter wants it) and its
// numbers as exact integers; a row object is reused from row to row, so writing a cell allocates nothing.
// The XLSX sink turns the integers into doubles only at the libxlsxwriter boundary (cents / 100, micros /
// 1,000,000); the CSV sink prints them exactly.

#include "exporter.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QSet>
#include <functional>
#include <vector>

namespace tessera::io {

enum class CellFormat
{
    Text,    // always a text cell
    Integer, // qint64
    Money,   // qint64 cents
    Percent, // qint64 millionths of one (0.25 = 250,000)
    Date     // a calendar day
};

struct ExportColumn
{
    QString header;
    CellFormat format = CellFormat::Text;
    double width = 12;
};

struct ExportCell
{
    enum class Kind : quint8
    {
        Empty,
        Text,   // UTF-8 at text in the row's buffer
        Number, // number, read per format
        Date    // number = yyyymmdd
    };
    Kind kind = Kind::Empty;
    CellFormat format = CellFormat::Text;
    qint64 number = 0;
    qsizetype text = -1;    // offset of the NUL-terminated UTF-8 text in ExportRow::buffer
    qsizetype formula = -1; // offset of the formula ("=SUM(K2:K9)") whose result this cell is; -1 = none
};

class ExportRow
{
public:
    ExportRow() = default;
    explicit ExportRow(qsizetype columns) { m_cells.resize(size_t(columns)); }
    // Empties every cell; the cells and the buffer keep their memory for the next row.
    void clear(qsizetype columns)
    {
        m_cells.assign(size_t(columns), ExportCell{});
        m_buffer.resize(0);
        m_total = false;
    }
    qsizetype size() const { return qsizetype(m_cells.size()); }
    const ExportCell &operator[](qsizetype i) const { return m_cells[size_t(i)]; }
    // A totals row (it holds a SUBTOTAL): bold in the workbook.
    bool isTotal() const { return m_total; }

    void setText(qsizetype column, QByteArrayView utf8)
    {
        ExportCell &c = cell(column, CellFormat::Text);
        c.kind = ExportCell::Kind::Text;
        c.text = append(utf8);
    }
    void setText(qsizetype column, const QByteArray &utf8) { setText(column, QByteArrayView(utf8)); }
    void setText(qsizetype column, const QString &text) { setText(column, QByteArrayView(text.toUtf8())); }
    void setNumber(qsizetype column, CellFormat format, qint64 value)
    {
        ExportCell &c = cell(column, format);
        c.kind = ExportCell::Kind::Number;
        c.number = value;
    }
    // A day as yyyymmdd (20270304); 0 or a day that does not exist leaves the cell empty.
    void setDate(qsizetype column, int yyyymmdd);
    // A formula with the value it computes (set the value first; an empty cell = a formula showing "").
    void setFormula(qsizetype column, CellFormat format, const QString &formula);

    const char *text(const ExportCell &c) const { return m_buffer.constData() + c.text; }
    QByteArrayView textView(const ExportCell &c) const { return QByteArrayView(text(c)); }
    const char *formula(const ExportCell &c) const { return m_buffer.constData() + c.formula; }

private:
    ExportCell &cell(qsizetype column, CellFormat format)
    {
        if (size_t(column) >= m_cells.size())
            m_cells.resize(size_t(column) + 1);
        ExportCell &c = m_cells[size_t(column)];
        c.format = format;
        return c;
    }
    qsizetype append(QByteArrayView utf8)
    {
        const qsizetype at = m_buffer.size();
        m_buffer.append(utf8);
        m_buffer.append('\0');
        return at;
    }
    std::vector<ExportCell> m_cells;
    QByteArray m_buffer;
    bool m_total = false;
};

class SheetSink
{
public:
    virtual ~SheetSink() = default;
    // Before any part: the ids of all the parts to come, in workbook order. The parts may then arrive in
    // another order (each one whole, from begin to end).
    virtual void plan(const QStringList &parts) { Q_UNUSED(parts); }
    virtual void begin(const ExportPartInfo &part, const std::vector<ExportColumn> &columns) = 0;
    virtual void row(const ExportRow &row) = 0;
    virtual void note(const QString &text) = 0; // a line of explanation in the first column
    virtual void end() = 0;
};

struct ExportContext
{
    PlanStore &store;
    QSet<QString> parts; // the parts in this export (formulas only point at sheets that exist)
    Progress progress;
};

// Spreadsheet references: column 0 = "A"; row 0 = "1".
QString columnLetters(int column);
QString cellRef(int row, int column);
QString quotedSheet(const QString &title); // 'Unit assignments'

// Appends the CSV form of one text cell (see csvTextField) to out.
void appendCsvTextField(QByteArray &out, QByteArrayView utf8, char delimiter = ',');

// Days since 1899-12-30 of a yyyymmdd day (the Excel serial number of days from 1900-03-01 on);
// 0 for a day that does not exist.
qint64 excelSerial(int yyyymmdd);

struct ExportPart
{
    ExportPartInfo info;
    std::function<void(ExportContext &, SheetSink &)> write;
    bool summarising = false; // totals the whole plan before its first row (runs on a reader of its own)
};
const std::vector<ExportPart> &exportParts();

// Runs the parts (ids, in workbook order) into sink. The plan is read and the rows built on worker threads,
// each with its own read-only connection, while this thread renders them: one for the parts that stream
// rows, one for the summarising parts, whose rows are rendered last. With a transaction open on store
// (whose changes another connection would not see) everything runs on this thread, in workbook order. The
// sink and progress are only called on this thread; a cancel or an error stops and joins the workers before
// it propagates.
void runParts(PlanStore &store, const QStringList &parts, const Progress &progress, SheetSink &sink);

} // namespace tessera::io
