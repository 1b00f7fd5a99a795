#include "csvreader.h"
#include "io/iotext.h"

#include "common/error.h"

#include <QCoreApplication>
#include <cstring>

namespace tessera::io {

namespace {

constexpr qint64 ChunkBytes = 1 << 20;

} // namespace

bool isValidUtf8(const char *data, size_t size)
{
    const auto *s = reinterpret_cast<const unsigned char *>(data);
    size_t i = 0;
    while (i < size) {
        // ASCII fast path, eight bytes at a time.
        if (i + 8 <= size) {
            quint64 w;
            std::memcpy(&w, s + i, 8);
            if ((w & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        quint32 cp = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (i + size_t(extra) >= size)
            return false;
        for (int k = 1; k <= extra; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        static const quint32 minimum[4] = {0, 0x80, 0x800, 0x10000};
        if (cp < minimum[extra] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += size_t(extra) + 1;
    }
    return true;
}

CsvReader::CsvReader(const QString &path, char delimiter) : m_file(path), m_name(path)
{
    if (!m_file.open(QIODevice::ReadOnly))
        throw TesseraError(TesseraError::Kind::Io,
                           IoText::tr("Cannot read the file: %1").arg(m_file.errorString()), path);
    m_total = m_file.size();
    fill();
    detectEncodingAndDelimiter(delimiter);
}

CsvReader::CsvReader(QByteArray bytes, char delimiter) : m_buf(std::move(bytes)), m_eof(true)
{
    m_total = m_buf.size();
    detectEncodingAndDelimiter(delimiter);
}

void CsvReader::fail(const QString &message) const
{
    throw TesseraError(TesseraError::Kind::User, message, m_name, m_row);
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    if (m_pos > 0) {
        m_consumed += m_pos;
        m_buf.remove(0, m_pos);
        m_pos = 0;
    }
    const qsizetype old = m_buf.size();
    m_buf.resize(old + ChunkBytes);
    const qint64 got = m_file.read(m_buf.data() + old, ChunkBytes);
    if (got < 0)
        throw TesseraError(TesseraError::Kind::Io,
                           IoText::tr("Cannot read the file: %1").arg(m_file.errorString()), m_name);
    m_buf.resize(old + got);
    if (got == 0)
        m_eof = true;
    return got > 0;
}

void CsvReader::detectEncodingAndDelimiter(char requested)
{
    const auto *b = reinterpret_cast<const unsigned char *>(m_buf.constData());
    const qsizetype n = m_buf.size();
    if (n >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF)))
        fail(IoText::tr("The file is UTF-16 text; save it as CSV UTF-8 and import that."));
    if (n >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF)
        m_pos = 3;
    if (std::memchr(m_buf.constData(), '\0', size_t(std::min<qsizetype>(n, 4096))))
        fail(IoText::tr(
            "The file holds NUL bytes: it is UTF-16 text or not a text file at all. Save it as CSV UTF-8."));
    if (requested) {
        m_delimiter = requested;
        return;
    }
    int commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (qsizetype i = m_pos; i < n; ++i) {
        const char c = char(b[i]);
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        else if (!quoted)
            commas += c == ',', semicolons += c == ';', tabs += c == '\t';
    }
    m_delimiter = ',';
    if (semicolons > commas && semicolons >= tabs)
        m_delimiter = ';';
    else if (tabs > commas && tabs > semicolons)
        m_delimiter = '\t';
}

void CsvReader::checkUtf8(std::string_view field, size_t column) const
{
    if (!isValidUtf8(field.data(), field.size()))
        throw TesseraError(
            TesseraError::Kind::User,
            IoText::tr("Not UTF-8 text (a Latin-1 or Windows-1252 file?). Save it as CSV UTF-8."), m_name,
            m_row, IoText::tr("column %1").arg(column + 1));
}

bool CsvReader::next()
{
    for (;;) {
        const qsizetype start = m_pos;
        const char *buf = m_buf.constData();
        const qsizetype n = m_buf.size();
        if (start >= n && m_eof)
            return false;
        if (start >= n) {
            fill();
            continue;
        }
        m_scratch.clear();
        m_spans.clear();
        qsizetype i = start;
        bool incomplete = false, inQuote = false;
        const char d = m_delimiter;
        for (;;) {
            const size_t fieldStart = m_scratch.size();
            if (i < n && buf[i] == '"') {
                ++i;
                inQuote = true;
                for (;;) {
                    const void *q = std::memchr(buf + i, '"', size_t(n - i));
                    if (!q) {
                        incomplete = true;
                        break;
                    }
                    const qsizetype qi = static_cast<const char *>(q) - buf;
                    m_scratch.append(buf + i, size_t(qi - i));
                    i = qi + 1;
                    if (i < n && buf[i] == '"') {
                        m_scratch.push_back('"');
                        ++i;
                        continue;
                    }
                    if (i >= n && !m_eof)
                        incomplete = true;
                    break;
                }
                if (incomplete)
                    break;
                inQuote = false;
                if (i < n && buf[i] != d && buf[i] != '\r' && buf[i] != '\n') {
                    ++m_row;
                    throw TesseraError(
                        TesseraError::Kind::User,
                        IoText::tr("Text after a closing quote; a quote inside a quoted field must be "
                                   "doubled (\"\")."),
                        m_name, m_row, IoText::tr("column %1").arg(m_spans.size() + 1));
                }
            } else {
                const qsizetype s = i;
                while (i < n && buf[i] != d && buf[i] != '\n' && buf[i] != '\r')
                    ++i;
                if (i >= n && !m_eof) {
                    incomplete = true;
                    break;
                }
                m_scratch.append(buf + s, size_t(i - s));
            }
            m_spans.emplace_back(fieldStart, m_scratch.size() - fieldStart);
            if (i >= n)
                break; // end of file ends the record
            if (buf[i] == d) {
                ++i;
                continue;
            }
            if (buf[i] == '\r') {
                if (i + 1 >= n && !m_eof) {
                    incomplete = true;
                    break;
                }
                i += (i + 1 < n && buf[i + 1] == '\n') ? 2 : 1;
            } else {
                ++i; // '\n'
            }
            break;
        }
        if (incomplete) {
            if (m_eof) {
                ++m_row;
                fail(IoText::tr("A quoted field opened in this row is never closed (unbalanced quote)."));
            }
            if (n - start > MaxRecordBytes) {
                ++m_row;
                fail(inQuote
                         ? IoText::tr(
                               "A quoted field opened in this row is still open after 1 MiB (unbalanced "
                               "quote?).")
                         : IoText::tr("This row is longer than 1 MiB; the file is not a table of records."));
            }
            fill();
            continue;
        }
        m_pos = i;
        ++m_row;
        if (m_spans.size() == 1 && m_spans[0].second == 0)
            continue; // a blank line
        m_fields.clear();
        m_fields.reserve(m_spans.size());
        for (size_t k = 0; k < m_spans.size(); ++k) {
            std::string_view f(m_scratch.data() + m_spans[k].first, m_spans[k].second);
            checkUtf8(f, k);
            m_fields.push_back(f);
        }
        if (qint64(m_scratch.size()) > MaxRecordBytes)
            fail(IoText::tr("This row is longer than 1 MiB; the file is not a table of records."));
        return true;
    }
}

QString CsvReader::field(size_t i) const
{
    if (i >= m_fields.size())
        return {};
    return QString::fromUtf8(m_fields[i].data(), qsizetype(m_fields[i].size()));
}

std::vector<std::vector<QString>> CsvReader::parseAll(const QByteArray &utf8, char delimiter)
{
    CsvReader r(utf8, delimiter);
    r.m_name = QStringLiteral("<text>");
    std::vector<std::vector<QString>> rows;
    while (r.next()) {
        std::vector<QString> row;
        for (size_t i = 0; i < r.fields().size(); ++i)
            row.push_back(r.field(i));
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace tessera::io
