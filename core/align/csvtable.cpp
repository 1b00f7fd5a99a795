#include "csvtable.h"

#include "common/error.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>
#include <cmath>

namespace tessera::align {
int CsvTable::column(const QString &name, bool required) const
{
    for (int c = 0; c < header.size(); ++c)
        if (header.at(c).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return c;
    if (required)
        throw TesseraError(TesseraError::Kind::User,
                           QCoreApplication::translate("align", "The file has no column '%1'.").arg(name),
                           path, 1, name);
    return -1;
}

QString CsvTable::text(size_t row, int column) const
{
    return column >= 0 ? rows[row].value(column).trimmed() : QString();
}

// Splits one CSV line (RFC 4180 quoting, no embedded newlines).
QStringList splitCsvLine(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields << field;
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field;
    return fields;
}

CsvTable readCsv(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        throw TesseraError(
            TesseraError::Kind::Io,
            QCoreApplication::translate("align", "Cannot read the file: %1").arg(f.errorString()), path);
    QTextStream in(&f);
    CsvTable t;
    t.path = path;
    bool first = true;
    while (!in.atEnd()) {
        const QString line = in.readLine();
        if (line.trimmed().isEmpty())
            continue;
        if (first) {
            t.header = splitCsvLine(line.trimmed());
            first = false;
        } else {
            t.rows.push_back(splitCsvLine(line));
        }
    }
    return t;
}

double csvNumber(const CsvTable &t, size_t row, int column, const QString &name)
{
    if (column < 0)
        return 0;
    const QString text = column < t.rows[row].size() ? t.rows[row].at(column).trimmed() : QString();
    if (text.isEmpty())
        return 0;
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        throw TesseraError(TesseraError::Kind::User,
                           QCoreApplication::translate("align", "'%1' is not a number.").arg(text), t.path,
                           qint64(row) + 2, name);
    return v;
}

} // namespace tessera::align
