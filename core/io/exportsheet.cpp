// The row and reference helpers shared by the export parts and both sinks.
#include "exportsheet.h"

namespace tessera::io {

namespace {

bool isLeap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int daysIn(int y, int m)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : days[m - 1];
}

} // namespace

void ExportRow::setDate(qsizetype column, int yyyymmdd)
{
    const int y = yyyymmdd / 10000, m = yyyymmdd / 100 % 100, d = yyyymmdd % 100;
    if (y < 1900 || y > 9999 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) {
        cell(column, CellFormat::Date).kind = ExportCell::Kind::Empty;
        return;
    }
    ExportCell &c = cell(column, CellFormat::Date);
    c.kind = ExportCell::Kind::Date;
    c.number = yyyymmdd;
}

void ExportRow::setFormula(qsizetype column, CellFormat format, const QString &formula)
{
    const QByteArray utf8 = formula.toUtf8();
    const qsizetype at = append(utf8);
    cell(column, format).formula = at;
    m_total = m_total || utf8.contains("SUBTOTAL");
}

qint64 excelSerial(int yyyymmdd)
{
    // Days from 1970-01-01 of a proleptic Gregorian day (era arithmetic), moved to 1899-12-30.
    int y = yyyymmdd / 10000;
    const int m = yyyymmdd / 100 % 100, d = yyyymmdd % 100;
    y -= m <= 2 ? 1 : 0;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    const qint64 serial = qint64(era) * 146097 + doe - 719468 + 25569;
    // Excel counts the 29th of February 1900 that never was: days before March 1900 are one less.
    return serial < 61 ? serial - 1 : serial;
}

QString columnLetters(int column)
{
    QString s;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        s.prepend(QChar(QLatin1Char('A').unicode() + (c - 1) % 26));
    return s;
}

QString cellRef(int row, int column)
{
    return columnLetters(column) + QString::number(row + 1);
}

QString quotedSheet(const QString &title)
{
    return QLatin1Char('\'') + QString(title).replace(QLatin1Char('\''), QStringLiteral("''")) +
           QLatin1Char('\'');
}

void appendCsvTextField(QByteArray &out, QByteArrayView s, char delimiter)
{
    // CWE-1236: a cell a spreadsheet would take for a formula starts with an apostrophe instead.
    const bool neutralise = !s.isEmpty() && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' ||
                                             s[0] == '\t' || s[0] == '\r');
    bool quote = !s.isEmpty() && (s.front() == ' ' || s.back() == ' ');
    for (char c : s)
        quote = quote || c == delimiter || c == '"' || c == '\n' || c == '\r';
    if (quote)
        out.append('"');
    if (neutralise)
        out.append('\'');
    if (!quote) {
        out.append(s);
        return;
    }
    for (char c : s) {
        if (c == '"')
            out.append('"');
        out.append(c);
    }
    out.append('"');
}

QByteArray csvTextField(const QString &text, char delimiter)
{
    QByteArray out;
    appendCsvTextField(out, QByteArrayView(text.toUtf8()), delimiter);
    return out;
}

} // namespace tessera::io
