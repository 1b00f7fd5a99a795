#pragma once
// Errors core reports to its callers. Core never shows anything: the UI turns a TesseraError into a
// dialog, the CLI into one line on stderr. Every error names what it can of file, row and field.

#include <QString>
#include <stdexcept>

namespace tessera {

class TesseraError : public std::runtime_error
{
public:
    enum class Kind
    {
        User,        // bad input or a request that cannot be met; the CLI exits 1
        NotSqlite,   // the file is not an SQLite database
        NotTessera,  // an SQLite database that is not a Tessera plan
        NewerSchema, // a plan written by a newer Tessera
        Corrupt,     // a damaged plan file
        Io,          // cannot read or write a file
        Cancelled,   // the user cancelled long work
        Internal     // a bug; the CLI exits 2
    };

    TesseraError(Kind kind, QString message, QString file = {}, qint64 row = -1, QString field = {});

    Kind kind() const { return m_kind; }
    const QString &message() const { return m_message; }
    const QString &file() const { return m_file; }
    qint64 row() const { return m_row; }
    const QString &field() const { return m_field; }

    // "file: row 12, field 'Amount': message", leaving out what is unknown.
    QString describe() const;

    static TesseraError user(QString message) { return TesseraError(Kind::User, std::move(message)); }
    static TesseraError internal(QString message) { return TesseraError(Kind::Internal, std::move(message)); }

private:
    Kind m_kind;
    QString m_message;
    QString m_file;
    qint64 m_row;
    QString m_field;
};

} // namespace tessera
