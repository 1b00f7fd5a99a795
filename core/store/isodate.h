#pragma once
// Dates in the plan file are ISO 8601 TEXT ("2027-04-30"); an unset date is SQL NULL.

#include <QDate>
#include <QString>
#include <QVariant>

namespace tessera {

inline QString isoDate(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

inline QVariant isoDateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(isoDate(d)) : QVariant();
}

} // namespace tessera
