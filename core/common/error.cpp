#include "error.h"

#include <QCoreApplication>

namespace tessera {

static std::string toStd(const QString &s)
{
    return s.toStdString();
}

TesseraError::TesseraError(Kind kind, QString message, QString file, qint64 row, QString field)
    : std::runtime_error(toStd(message)), m_kind(kind), m_message(std::move(message)),
      m_file(std::move(file)), m_row(row), m_field(std::move(field))
{
}

QString TesseraError::describe() const
{
    QString where;
    if (!m_file.isEmpty())
        where = m_file;
    if (m_row >= 0)
        where += (where.isEmpty() ? QString() : QStringLiteral(": ")) +
                 QCoreApplication::translate("TesseraError", "row %1").arg(m_row);
    if (!m_field.isEmpty())
        where += (where.isEmpty() ? QString() : (m_row >= 0 ? QStringLiteral(", ") : QStringLiteral(": "))) +
                 QCoreApplication::translate("TesseraError", "field '%1'").arg(m_field);
    return where.isEmpty() ? m_message : where + QStringLiteral(": ") + m_message;
}

} // namespace tessera
