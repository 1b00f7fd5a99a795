#pragma once
// A streaming RFC 4180 CSV reader over UTF-8 bytes: BOM skipped, LF or CRLF line ends, quoted fields
// holding delimiters, doubled quotes and line breaks; the delimiter (',', ';' or tab) is detected from
// the header line unless given. Reads the file in 1 MiB chunks, so memory stays flat whatever the size.
//
// Refusals are TesseraErrors naming the file and the row (a record number as a spreadsheet shows it:
// the header is row 1): not UTF-8 (UTF-16, Latin-1, binary), an unclosed quote, a record over the limit.

#include <QByteArray>
#include <QFile>
#include <QString>
#include <string_view>
#include <vector>

namespace tessera::io {

class CsvReader
{
public:
    static constexpr qint64 MaxRecordBytes = 1 << 20; // one record (row) may hold at most 1 MiB

    // delimiter 0 = detect from the first record. Throws if the file cannot be opened.
    explicit CsvReader(const QString &path, char delimiter = 0);

    // Reads the next record; false at the end of the file. Field views stay valid until the next call.
    bool next();
    const std::vector<std::string_view> &fields() const { return m_fields; }
    QString field(size_t i) const;
    qint64 row() const { return m_row; } // row of the record just read (1 = first record)
    char delimiter() const { return m_delimiter; }
    qint64 bytesRead() const { return m_consumed; }
    qint64 totalBytes() const { return m_total; }
    const QString &fileName() const { return m_name; }

    // Parses a whole in-memory text (tests and small inputs); rows of fields as QStrings.
    static std::vector<std::vector<QString>> parseAll(const QByteArray &utf8, char delimiter = 0);

private:
    explicit CsvReader(QByteArray bytes, char delimiter);
    bool fill(); // appends the next chunk to m_buf; false at end of file
    void detectEncodingAndDelimiter(char requested);
    [[noreturn]] void fail(const QString &message) const;
    void checkUtf8(std::string_view field, size_t column) const;

    QFile m_file;
    QString m_name;
    QByteArray m_buf; // unparsed bytes: [m_pos, size)
    qsizetype m_pos = 0;
    bool m_eof = false;
    std::string m_scratch; // unescaped record text (fields reference it)
    std::vector<std::string_view> m_fields;
    std::vector<std::pair<size_t, size_t>> m_spans;
    char m_delimiter = ',';
    qint64 m_row = 0;
    qint64 m_consumed = 0;
    qint64 m_total = 0;
};

// True if bytes are valid UTF-8 (no overlongs, no surrogates).
bool isValidUtf8(const char *data, size_t size);

} // namespace tessera::io
