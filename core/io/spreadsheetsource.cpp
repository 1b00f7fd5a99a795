// The first sheet of an XLSX or ODS workbook as a TableSource, read through liborcus' import interface
// (cell values only: formulas and the other sheets are ignored), plus, for XLSX, a pass over the sheet's
// XML for what liborcus leaves out (inline strings; dates, from the cell styles): SheetXmlPass below.
#include "common/error.h"
#include "iotext.h"
#include "tablesource.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QHash>
#include <QXmlStreamReader>
#include <algorithm>
#include <minizip/unzip.h>
#include <orcus/orcus_ods.hpp>
#include <orcus/orcus_xlsx.hpp>
#include <orcus/spreadsheet/import_interface.hpp>
#include <stdexcept>
#include <unordered_map>
#include <vector>

namespace tessera::io {

namespace {

namespace ss = orcus::spreadsheet;

using Grid = std::vector<std::vector<QString>>;

class Strings : public ss::iface::import_shared_strings
{
public:
    std::vector<std::string> values;
    std::unordered_map<std::string, size_t> index;
    std::string segments;

    size_t append(std::string_view s) override
    {
        values.emplace_back(s);
        return values.size() - 1;
    }
    size_t add(std::string_view s) override
    {
        const auto it = index.find(std::string(s));
        if (it != index.end())
            return it->second;
        const size_t i = append(s);
        index.emplace(values.back(), i);
        return i;
    }
    void set_segment_font(size_t) override {}
    void set_segment_bold(bool) override {}
    void set_segment_italic(bool) override {}
    void set_segment_font_name(std::string_view) override {}
    void set_segment_font_size(double) override {}
    void set_segment_font_color(ss::color_elem_t, ss::color_elem_t, ss::color_elem_t,
                                ss::color_elem_t) override
    {
    }
    void append_segment(std::string_view s) override { segments.append(s); }
    size_t commit_segments() override
    {
        const size_t i = append(segments);
        segments.clear();
        return i;
    }
};

class Sheet : public ss::iface::import_sheet
{
public:
    Sheet(Grid *grid, const Strings *strings) : m_grid(grid), m_strings(strings) {}

    void set_auto(ss::row_t r, ss::col_t c, std::string_view s) override
    {
        put(r, c, QString::fromUtf8(s.data(), qsizetype(s.size())));
    }
    void set_string(ss::row_t r, ss::col_t c, ss::string_id_t i) override
    {
        ++textCells;
        if (i < m_strings->values.size()) {
            const std::string &s = m_strings->values[i];
            put(r, c, QString::fromUtf8(s.data(), qsizetype(s.size())));
        }
    }
    void set_value(ss::row_t r, ss::col_t c, double v) override
    {
        ++numberCells;
        // The workbook holds a binary double; 15 significant digits give back the decimal that was typed.
        const double whole = double(qint64(v));
        put(r, c,
            whole == v && v < 1e15 && v > -1e15 ? QString::number(qint64(v)) : QString::number(v, 'g', 15));
    }
    void set_bool(ss::row_t r, ss::col_t c, bool v) override
    {
        put(r, c, v ? QStringLiteral("TRUE") : QStringLiteral("FALSE"));
    }
    void set_date_time(ss::row_t r, ss::col_t c, int y, int m, int d, int, int, double) override
    {
        put(r, c, QDate(y, m, d).toString(Qt::ISODate));
    }
    void set_format(ss::row_t, ss::col_t, size_t) override {}
    void set_format(ss::row_t, ss::col_t, ss::row_t, ss::col_t, size_t) override {}
    void fill_down_cells(ss::row_t src, ss::col_t c, ss::row_t n) override
    {
        if (!m_grid)
            return;
        const QString v = (size_t(src) < m_grid->size() && size_t(c) < (*m_grid)[size_t(src)].size())
                              ? (*m_grid)[size_t(src)][size_t(c)]
                              : QString();
        for (ss::row_t k = 1; k <= n; ++k)
            put(src + k, c, v);
    }
    ss::range_size_t get_sheet_size() const override { return {1048576, 16384}; }

    void setInlineString(ss::row_t r, ss::col_t c, QString v)
    {
        ++textCells;
        put(r, c, std::move(v));
    }
    void setDateText(ss::row_t r, ss::col_t c, QString isoDate) { put(r, c, std::move(isoDate)); }

    qint64 textCells = 0, numberCells = 0;

private:
    void put(ss::row_t r, ss::col_t c, QString v)
    {
        if (!m_grid)
            return; // a sheet after the first: ignored
        if (r < 0 || c < 0 || r > 2000000 || c > 1000)
            return;
        if (m_grid->size() <= size_t(r))
            m_grid->resize(size_t(r) + 1);
        auto &row = (*m_grid)[size_t(r)];
        if (row.size() <= size_t(c))
            row.resize(size_t(c) + 1);
        row[size_t(c)] = std::move(v);
    }
    Grid *m_grid;
    const Strings *m_strings;
};

// Resolves A1 cell addresses ("B12", "$B$12", "A1:C3"), which XLSX uses to place cells.
class Resolver : public ss::iface::import_reference_resolver
{
public:
    ss::src_address_t resolve_address(std::string_view a) override
    {
        if (const size_t bang = a.rfind('!'); bang != std::string_view::npos)
            a = a.substr(bang + 1);
        ss::src_address_t out{0, 0, 0};
        size_t i = 0;
        int col = 0, row = 0;
        if (i < a.size() && a[i] == '$')
            ++i;
        const size_t letters = i;
        for (; i < a.size() && a[i] >= 'A' && a[i] <= 'Z'; ++i)
            col = col * 26 + (a[i] - 'A' + 1);
        if (i < a.size() && a[i] == '$')
            ++i;
        const size_t digits = i;
        for (; i < a.size() && a[i] >= '0' && a[i] <= '9'; ++i)
            row = row * 10 + (a[i] - '0');
        if (i == letters || i != a.size() || digits == i || col == 0 || row == 0)
            throw std::invalid_argument("bad cell address " + std::string(a));
        out.row = row - 1;
        out.column = col - 1;
        return out;
    }
    ss::src_range_t resolve_range(std::string_view r) override
    {
        const size_t colon = r.find(':');
        if (colon == std::string_view::npos) {
            const auto a = resolve_address(r);
            return {a, a};
        }
        return {resolve_address(r.substr(0, colon)), resolve_address(r.substr(colon + 1))};
    }
};

class Factory : public ss::iface::import_factory
{
public:
    Resolver resolver;
    ss::iface::import_reference_resolver *get_reference_resolver(ss::formula_ref_context_t) override
    {
        return &resolver;
    }
    Grid grid;
    Strings strings;
    std::vector<std::unique_ptr<Sheet>> sheets;
    std::unique_ptr<Sheet> ignored = std::make_unique<Sheet>(nullptr, &strings);

    ss::iface::import_shared_strings *get_shared_strings() override { return &strings; }
    ss::iface::import_sheet *append_sheet(ss::sheet_t index, std::string_view name) override
    {
        if (index == 0) {
            m_firstName = std::string(name);
            sheets.push_back(std::make_unique<Sheet>(&grid, &strings));
            return sheets.back().get();
        }
        return ignored.get(); // later sheets are read and dropped
    }
    ss::iface::import_sheet *get_sheet(std::string_view name) override
    {
        if (!sheets.empty() && name == m_firstName)
            return sheets.front().get();
        return ignored.get();
    }
    ss::iface::import_sheet *get_sheet(ss::sheet_t index) override
    {
        return index == 0 && !sheets.empty() ? sheets.front().get() : ignored.get();
    }
    void finalize() override {}

private:
    std::string m_firstName;
};

// What liborcus' import interface leaves out of an XLSX sheet, read again from the sheet's own XML, straight
// from the workbook's ZIP:
// - inline strings (<c t="inlineStr"><is><t>...</t></is></c>), which liborcus 0.17 skips: the form
//   libxlsxwriter writes in its constant-memory mode (Tessera's own export) and some other generators use;
//   without them such a sheet arrives with its numbers but no text;
// - dates: XLSX stores a date as a day number whose cell style has a date format, and liborcus hands the
//   number over as it is (formats are its document model's business, which Tessera does not use), so a close
//   date would show as 46069. A number in a date-formatted cell becomes its ISO date.
// Shared strings and plain numbers stay liborcus' work.
class SheetXmlPass
{
public:
    explicit SheetXmlPass(const QString &path) : m_zip(unzOpen64(QFile::encodeName(path).constData())) {}
    ~SheetXmlPass()
    {
        if (m_zip)
            unzClose(m_zip);
    }
    SheetXmlPass(const SheetXmlPass &) = delete;
    SheetXmlPass &operator=(const SheetXmlPass &) = delete;

    // Adds the first sheet's inline strings and dates to the sheet; false if the workbook's parts cannot be
    // found. The sheet's XML is scanned on its bytes, cell by cell (a general XML reader took 7 s for the
    // 157 MB sheet of a 200,000-deal export; a sheet's cells have a fixed, simple form).
    bool addTo(Sheet &sheet)
    {
        if (!m_zip)
            return false;
        const QString part = firstSheetPart();
        if (part.isEmpty())
            return false;
        readDateStyles();
        if (!open(part))
            return false;
        std::string buffer;
        size_t at = 0;
        bool inData = false, done = false;
        long long row = -1, col = -1;
        std::vector<char> chunk(256 * 1024);
        for (;;) {
            const int n = unzReadCurrentFile(m_zip, chunk.data(), unsigned(chunk.size()));
            if (n < 0)
                break;
            if (n > 0) {
                buffer.erase(0, at);
                at = 0;
                buffer.append(chunk.data(), size_t(n));
            }
            const bool last = n == 0;
            while (!done) {
                const std::string_view b(buffer);
                if (!inData) {
                    const size_t open = b.find("<sheetData", at);
                    const size_t close = open == std::string_view::npos ? open : b.find('>', open);
                    if (close == std::string_view::npos) {
                        at = b.size() > 16 ? b.size() - 16 : 0;
                        break;
                    }
                    inData = true;
                    done = b[close - 1] == '/'; // <sheetData/>: no cells
                    at = close + 1;
                    continue;
                }
                const size_t lt = b.find('<', at);
                if (lt == std::string_view::npos || lt + 12 > b.size()) {
                    at = lt == std::string_view::npos ? b.size() : lt;
                    break;
                }
                const std::string_view rest = b.substr(lt);
                const auto isTag = [&](std::string_view name) {
                    if (rest.substr(1, name.size()) != name)
                        return false;
                    const char next = rest[1 + name.size()];
                    return next == ' ' || next == '>' || next == '/';
                };
                if (rest.substr(0, 12) == "</sheetData>") {
                    done = true;
                    break;
                }
                const size_t gt = b.find('>', lt);
                if (gt == std::string_view::npos) {
                    at = lt;
                    break;
                }
                const std::string_view tag = b.substr(lt, gt - lt + 1);
                if (isTag("row")) {
                    const std::string_view r = attribute(tag, "r");
                    row = r.empty() ? row + 1 : number(r) - 1;
                    col = -1;
                    at = gt + 1;
                } else if (isTag("c")) {
                    const std::string_view r = attribute(tag, "r");
                    col = r.empty() ? col + 1 : columnOf(r);
                    if (tag[tag.size() - 2] == '/') { // <c .../>: an empty cell
                        at = gt + 1;
                        continue;
                    }
                    const size_t end = b.find("</c>", gt);
                    if (end == std::string_view::npos) {
                        at = lt;
                        break;
                    }
                    cell(sheet, row, col, tag, b.substr(gt + 1, end - gt - 1));
                    at = end + 4;
                } else {
                    at = gt + 1;
                }
            }
            if (done || last)
                break;
        }
        unzCloseCurrentFile(m_zip);
        return done;
    }

private:
    bool open(const QString &part)
    {
        return unzLocateFile(m_zip, part.toUtf8().constData(), 1) == UNZ_OK &&
               unzOpenCurrentFile(m_zip) == UNZ_OK;
    }
    QByteArray read(const QString &part)
    {
        QByteArray all;
        if (!open(part))
            return all;
        QByteArray chunk(64 * 1024, Qt::Uninitialized);
        int n;
        while ((n = unzReadCurrentFile(m_zip, chunk.data(), unsigned(chunk.size()))) > 0 &&
               all.size() < (64 << 20))
            all.append(chunk.constData(), n);
        unzCloseCurrentFile(m_zip);
        return all;
    }
    // xl/workbook.xml names the sheets in order with a relationship id (and says whether day numbers count
    // from 1904); xl/_rels/workbook.xml.rels maps the id to the part.
    QString firstSheetPart()
    {
        QString id;
        QXmlStreamReader book(read(QStringLiteral("xl/workbook.xml")));
        while (id.isEmpty() && !book.atEnd()) {
            book.readNext();
            if (book.isStartElement() && book.name() == QLatin1String("workbookPr")) {
                const auto v = book.attributes().value(QLatin1String("date1904"));
                if (v == QLatin1String("1") || v == QLatin1String("true"))
                    m_epoch = QDate(1904, 1, 1);
            } else if (book.isStartElement() && book.name() == QLatin1String("sheet")) {
                for (const auto &a : book.attributes())
                    if (a.name() == QLatin1String("id"))
                        id = a.value().toString();
            }
        }
        if (id.isEmpty())
            return {};
        QXmlStreamReader rels(read(QStringLiteral("xl/_rels/workbook.xml.rels")));
        while (!rels.atEnd()) {
            rels.readNext();
            if (rels.isStartElement() && rels.name() == QLatin1String("Relationship") &&
                rels.attributes().value(QLatin1String("Id")) == id) {
                const QString target = rels.attributes().value(QLatin1String("Target")).toString();
                return target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target;
            }
        }
        return {};
    }
    // Which cell styles (xl/styles.xml, <cellXfs>) show a date: the built-in date formats (14-17 and 22),
    // and custom formats that have a day or a year in them outside quoted text and [brackets].
    void readDateStyles()
    {
        QXmlStreamReader styles(read(QStringLiteral("xl/styles.xml")));
        QHash<int, bool> custom;
        bool inCellXfs = false;
        while (!styles.atEnd()) {
            styles.readNext();
            if (styles.isStartElement()) {
                const auto name = styles.name();
                const auto attributes = styles.attributes();
                if (name == QLatin1String("numFmt")) {
                    custom.insert(attributes.value(QLatin1String("numFmtId")).toInt(),
                                  isDateFormat(attributes.value(QLatin1String("formatCode"))));
                } else if (name == QLatin1String("cellXfs")) {
                    inCellXfs = true;
                } else if (inCellXfs && name == QLatin1String("xf")) {
                    const int id = attributes.value(QLatin1String("numFmtId")).toInt();
                    const bool builtIn = (id >= 14 && id <= 17) || id == 22;
                    m_dateStyles.push_back(builtIn || custom.value(id, false));
                }
            } else if (styles.isEndElement() && styles.name() == QLatin1String("cellXfs")) {
                inCellXfs = false;
            }
        }
    }
    static bool isDateFormat(QStringView code)
    {
        bool quoted = false;
        int bracket = 0;
        for (qsizetype i = 0; i < code.size(); ++i) {
            const QChar c = code[i];
            if (c == QLatin1Char('"'))
                quoted = !quoted;
            else if (quoted)
                continue;
            else if (c == QLatin1Char('\\'))
                ++i; // an escaped literal
            else if (c == QLatin1Char('['))
                ++bracket;
            else if (c == QLatin1Char(']'))
                bracket = std::max(0, bracket - 1);
            else if (bracket == 0 && (c.toLower() == QLatin1Char('d') || c.toLower() == QLatin1Char('y')))
                return true;
        }
        return false;
    }
    // One cell with content: an inline string, or a number in a date-formatted cell.
    void cell(Sheet &sheet, long long row, long long col, std::string_view tag, std::string_view content)
    {
        if (row < 0 || col < 0)
            return;
        const std::string_view type = attribute(tag, "t");
        if (type == "inlineStr") {
            QString text;
            size_t at = 0;
            for (;;) {
                const size_t t = content.find("<t", at);
                if (t == std::string_view::npos)
                    break;
                const size_t phonetic = content.find("<rPh", at);
                if (phonetic != std::string_view::npos && phonetic < t) { // reading aids, not the value
                    const size_t past = content.find("</rPh>", phonetic);
                    if (past == std::string_view::npos)
                        break;
                    at = past + 6;
                    continue;
                }
                const size_t gt = content.find('>', t);
                if (gt == std::string_view::npos)
                    break;
                const char after = content[t + 2];
                if (after != '>' && after != ' ' && after != '/') { // another element starting with t
                    at = gt + 1;
                    continue;
                }
                if (content[gt - 1] == '/') { // <t/>
                    at = gt + 1;
                    continue;
                }
                const size_t end = content.find("</t>", gt);
                if (end == std::string_view::npos)
                    break;
                text += decoded(content.substr(gt + 1, end - gt - 1));
                at = end + 4;
            }
            sheet.setInlineString(ss::row_t(row), ss::col_t(col), text);
            return;
        }
        if (!(type.empty() || type == "n"))
            return;
        const std::string_view style = attribute(tag, "s");
        const long long s = style.empty() ? 0 : number(style);
        if (s <= 0 || s >= qsizetype(m_dateStyles.size()) || !m_dateStyles[size_t(s)])
            return;
        const size_t v = content.find("<v>");
        const size_t end = v == std::string_view::npos ? v : content.find("</v>", v);
        if (end == std::string_view::npos)
            return;
        bool ok = false;
        const double days = QByteArray(content.data() + v + 3, qsizetype(end - v - 3)).toDouble(&ok);
        if (ok && days >= 1 && days < 2958466) // up to 9999-12-31
            sheet.setDateText(ss::row_t(row), ss::col_t(col),
                              m_epoch.addDays(qint64(days)).toString(Qt::ISODate));
    }
    // The value of name="..." (or '...') in a start tag; empty if absent.
    static std::string_view attribute(std::string_view tag, std::string_view name)
    {
        for (size_t at = tag.find(name); at != std::string_view::npos; at = tag.find(name, at + 1)) {
            const size_t eq = at + name.size();
            if (at == 0 || tag[at - 1] != ' ' || eq + 1 >= tag.size() || tag[eq] != '=')
                continue;
            const char quote = tag[eq + 1];
            if (quote != '"' && quote != '\'')
                continue;
            const size_t end = tag.find(quote, eq + 2);
            if (end == std::string_view::npos)
                return {};
            return tag.substr(eq + 2, end - eq - 2);
        }
        return {};
    }
    static long long number(std::string_view digits)
    {
        long long n = 0;
        for (const char c : digits) {
            if (c < '0' || c > '9')
                break;
            n = n * 10 + (c - '0');
        }
        return n;
    }
    // XML text: the five named entities and numeric character references.
    static QString decoded(std::string_view text)
    {
        if (text.find('&') == std::string_view::npos)
            return QString::fromUtf8(text.data(), qsizetype(text.size()));
        std::string out;
        out.reserve(text.size());
        for (size_t i = 0; i < text.size(); ++i) {
            if (text[i] != '&') {
                out += text[i];
                continue;
            }
            const size_t semi = text.find(';', i);
            if (semi == std::string_view::npos) {
                out += text.substr(i);
                break;
            }
            const std::string_view name = text.substr(i + 1, semi - i - 1);
            char32_t code = 0;
            if (name == "amp")
                code = '&';
            else if (name == "lt")
                code = '<';
            else if (name == "gt")
                code = '>';
            else if (name == "quot")
                code = '"';
            else if (name == "apos")
                code = '\'';
            else if (name.size() > 1 && name[0] == '#') {
                bool ok = false;
                const QByteArray digits(name.data() + 1, qsizetype(name.size() - 1));
                code = (digits.startsWith('x') ? digits.mid(1).toUInt(&ok, 16) : digits.toUInt(&ok, 10));
                if (!ok)
                    code = 0;
            }
            if (code == 0) { // not an entity this knows: kept as written
                out += text.substr(i, semi - i + 1);
            } else {
                out += QString::fromUcs4(&code, 1).toStdString();
            }
            i = semi;
        }
        return QString::fromStdString(out);
    }
    static long long columnOf(std::string_view ref)
    {
        long long col = 0;
        for (const char ch : ref) {
            if (ch == '$')
                continue;
            if (ch < 'A' || ch > 'Z')
                break;
            col = col * 26 + (ch - 'A' + 1);
        }
        return col - 1;
    }

    unzFile m_zip;
    // Right for every day from 1900-03-01 on: Excel counts a 29 February 1900 that did not exist.
    QDate m_epoch{1899, 12, 30};
    std::vector<bool> m_dateStyles;
};

class SpreadsheetSource : public TableSource
{
public:
    SpreadsheetSource(const QString &path, Grid grid) : m_grid(std::move(grid))
    {
        m_fileName = path;
        while (m_next < m_grid.size() && rowIsBlank(m_next))
            ++m_next;
        if (m_next >= m_grid.size())
            throw TesseraError(
                TesseraError::Kind::User,
                QCoreApplication::translate("TableSource", "The first sheet is empty: no header row."), path,
                1);
        for (const QString &h : m_grid[m_next])
            m_headers << h.trimmed();
        ++m_next;
    }
    bool next() override
    {
        while (m_next < m_grid.size() && rowIsBlank(m_next))
            ++m_next;
        if (m_next >= m_grid.size())
            return false;
        m_current = m_next++;
        return true;
    }
    int cellCount() const override { return int(m_grid[m_current].size()); }
    QString cell(int c) const override
    {
        const auto &r = m_grid[m_current];
        return size_t(c) < r.size() ? r[size_t(c)] : QString();
    }
    qint64 row() const override { return qint64(m_current) + 1; }
    qint64 progressDone() const override { return qint64(m_current); }
    qint64 progressTotal() const override { return qint64(m_grid.size()); }
    bool isSpreadsheet() const override { return true; }

private:
    bool rowIsBlank(size_t r) const
    {
        for (const QString &v : m_grid[r])
            if (!v.trimmed().isEmpty())
                return false;
        return true;
    }
    Grid m_grid;
    size_t m_next = 0, m_current = 0;
};

} // namespace

std::unique_ptr<TableSource> openSpreadsheetSource(const QString &path, bool ods)
{
    if (!QFileInfo(path).isReadable())
        throw TesseraError(TesseraError::Kind::Io,
                           QCoreApplication::translate("TableSource", "Cannot read the file."), path);
    Factory factory;
    try {
        if (ods) {
            orcus::orcus_ods reader(&factory);
            reader.read_file(QFile::encodeName(path).toStdString());
        } else {
            orcus::orcus_xlsx reader(&factory);
            reader.read_file(QFile::encodeName(path).toStdString());
        }
    } catch (const std::exception &e) {
        throw TesseraError(
            TesseraError::Kind::User,
            QCoreApplication::translate("TableSource", "Not a readable %1 workbook (%2).")
                .arg(ods ? QStringLiteral("ODS") : QStringLiteral("XLSX"), QString::fromUtf8(e.what())),
            path);
    }
    if (!ods && !factory.sheets.empty())
        SheetXmlPass(path).addTo(*factory.sheets.front());
    // Text in yet another form this reader does not see: numbers without a single text cell, not even the
    // column names.
    if (!ods && !factory.sheets.empty() && factory.sheets.front()->textCells == 0 &&
        factory.sheets.front()->numberCells > 0)
        throw TesseraError(TesseraError::Kind::User,
                           IoText::tr("The first sheet has numbers but no text, not even column names: the "
                                      "workbook stores its text in a form this reader does not see. Open it "
                                      "in Excel or LibreOffice and save it, or import a CSV instead."),
                           path, 1);
    return std::make_unique<SpreadsheetSource>(path, std::move(factory.grid));
}

} // namespace tessera::io
