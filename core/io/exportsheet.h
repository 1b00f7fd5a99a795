#pragma once
// Internal to the export: the cells, columns and sink that parts write into.

#include "exporter.h"

#include <QDate>
#include <QSet>
#include <QVariant>
#include <functional>
#include <vector>

namespace tessera::io {

enum class CellFormat
{
    Text,    // QString, always a text cell
    Integer, // qint64
    Money,   // qint64 cents
    Percent, // qint64 millionths of one (0.25 = 250,000)
    Date     // QDate
};

struct ExportColumn
{
    QString header;
    CellFormat format = CellFormat::Text;
    double width = 12;
};

struct ExportCell
{
    QVariant value;  // per the column's format (or a text label in a totals row); null = empty
    QString formula; // Excel formula ("=SUM(K2:K9)") whose result is value; empty = a plain value
    CellFormat format = CellFormat::Text; // set by the part from its column
};

class SheetSink
{
public:
    virtual ~SheetSink() = default;
    virtual void begin(const ExportPartInfo &part, const std::vector<ExportColumn> &columns) = 0;
    virtual void row(const std::vector<ExportCell> &cells) = 0;
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

struct ExportPart
{
    ExportPartInfo info;
    std::function<void(ExportContext &, SheetSink &)> write;
};
const std::vector<ExportPart> &exportParts();

// Helpers for parts: a row builder that takes formats from the columns.
class RowBuilder
{
public:
    explicit RowBuilder(const std::vector<ExportColumn> &columns) : m_columns(columns) {}
    RowBuilder &add(QVariant value, QString formula = {})
    {
        ExportCell c{std::move(value), std::move(formula), m_columns[m_cells.size()].format};
        m_cells.push_back(std::move(c));
        return *this;
    }
    RowBuilder &label(const QString &text)
    {
        m_cells.push_back(ExportCell{text, {}, CellFormat::Text});
        return *this;
    }
    const std::vector<ExportCell> &cells() const { return m_cells; }

private:
    const std::vector<ExportColumn> &m_columns;
    std::vector<ExportCell> m_cells;
};

} // namespace tessera::io
