// Parsing and validation of single-value edits: every refusal names the plan, the row and the field.
#include "entitytable.h"

#include "common/money.h"
#include "store/planstore.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace tessera::model {

namespace {

bool isNull(const QVariant &v)
{
    return v.isNull() || (v.typeId() == QMetaType::QString && v.toString().isEmpty());
}

QDate isoDate(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

} // namespace

QStringList stageNames(const QString &stagesJson)
{
    QStringList names;
    const QJsonArray stages = QJsonDocument::fromJson(stagesJson.toUtf8()).array();
    for (const QJsonValue &s : stages)
        names << s.toObject().value(QStringLiteral("name")).toString();
    return names;
}

void EntityTable::fail(qint64 id, int column, const QString &message) const
{
    throw TesseraError(TesseraError::Kind::User, message, m_store.path(), id,
                       columnTitle(m_info.columns.at(size_t(column))));
}

QVariant EntityTable::parseInput(int column, const QString &input, qint64 id) const
{
    const Column &c = m_info.columns.at(size_t(column));
    const QString text = input.trimmed();
    if (text.isEmpty())
        return QVariant();
    bool ok = false;
    switch (c.type) {
    case ColumnType::Text:
    case ColumnType::Email:
    case ColumnType::Enum:
        return text;
    case ColumnType::Integer:
    case ColumnType::ForeignKey: {
        const qint64 v = text.toLongLong(&ok);
        if (!ok)
            fail(
                id, column,
                QCoreApplication::translate("tessera::EntityTable", "“%1” is not a whole number.").arg(text));
        return v;
    }
    case ColumnType::Percent: {
        QString digits = text;
        if (digits.endsWith(QLatin1Char('%')))
            digits.chop(1);
        const qint64 v = digits.trimmed().toLongLong(&ok);
        if (!ok)
            fail(id, column,
                 QCoreApplication::translate("tessera::EntityTable", "“%1” is not a whole percentage.")
                     .arg(text));
        return v;
    }
    case ColumnType::Money: {
        const auto money = Money::parse(text);
        if (!money)
            fail(id, column,
                 QCoreApplication::translate("tessera::EntityTable",
                                             "“%1” is not an amount (digits with at most two decimals).")
                     .arg(text));
        return money->cents();
    }
    case ColumnType::Date: {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid())
            fail(id, column,
                 QCoreApplication::translate("tessera::EntityTable", "“%1” is not a date (YYYY-MM-DD).")
                     .arg(text));
        return d.toString(Qt::ISODate);
    }
    }
    return text;
}

void EntityTable::validate(qint64 id, int column, const QVariant &raw) const
{
    const Column &c = m_info.columns.at(size_t(column));
    if (!c.editable)
        fail(id, column, QCoreApplication::translate("tessera::EntityTable", "This field cannot be edited."));
    if (isNull(raw)) {
        if (c.required)
            fail(id, column, QCoreApplication::translate("tessera::EntityTable", "A value is required."));
        return;
    }
    switch (c.type) {
    case ColumnType::Text:
        break;
    case ColumnType::Email: {
        static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
        if (!email.match(raw.toString()).hasMatch())
            fail(id, column,
                 QCoreApplication::translate("tessera::EntityTable", "“%1” is not an email address.")
                     .arg(raw.toString()));
        break;
    }
    case ColumnType::Integer:
    case ColumnType::Money:
        if (c.nonNegative && raw.toLongLong() < 0)
            fail(id, column,
                 QCoreApplication::translate("tessera::EntityTable", "The value cannot be negative."));
        break;
    case ColumnType::Percent:
        if (raw.toLongLong() < 0 || raw.toLongLong() > 100)
            fail(id, column,
                 QCoreApplication::translate("tessera::EntityTable",
                                             "A probability is a whole percentage from 0 to 100."));
        break;
    case ColumnType::Enum: {
        const QStringList allowed = enumValues(column);
        if (!allowed.isEmpty() && !allowed.contains(raw.toString()))
            fail(id, column,
                 QCoreApplication::translate("tessera::EntityTable", "“%1” is not one of: %2.")
                     .arg(raw.toString(), allowed.join(QStringLiteral(", "))));
        break;
    }
    case ColumnType::ForeignKey: {
        const qint64 ref = raw.toLongLong();
        if (c.reference == m_info.entity && ref == id)
            fail(id, column,
                 QCoreApplication::translate("tessera::EntityTable", "A row cannot refer to itself."));
        if (!m_store.scalar(QStringLiteral("SELECT id FROM %1 WHERE id = ?").arg(tableOf(c.reference)), {ref})
                 .isValid())
            fail(
                id, column,
                QCoreApplication::translate("tessera::EntityTable", "There is no row with id %1 to refer to.")
                    .arg(ref));
        break;
    }
    case ColumnType::Date: {
        const QDate date = isoDate(raw);
        if (!date.isValid())
            fail(id, column,
                 QCoreApplication::translate("tessera::EntityTable", "“%1” is not a date (YYYY-MM-DD).")
                     .arg(raw.toString()));
        // This date must not be before the column it follows, nor after a column that follows it.
        for (size_t i = 0; i < m_info.columns.size(); ++i) {
            const Column &other = m_info.columns[i];
            const bool follows = c.notBefore == other.key;
            const bool followed = other.notBefore == c.key;
            if (!follows && !followed)
                continue;
            const QDate otherDate = isoDate(m_store.scalar(
                QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(other.key, m_info.table), {id}));
            if (!otherDate.isValid())
                continue;
            if (follows && date < otherDate)
                fail(id, column,
                     QCoreApplication::translate("tessera::EntityTable", "%1 cannot be before %2 (%3).")
                         .arg(columnTitle(c), columnTitle(other), otherDate.toString(Qt::ISODate)));
            if (followed && date > otherDate)
                fail(id, column,
                     QCoreApplication::translate("tessera::EntityTable", "%1 cannot be after %2 (%3).")
                         .arg(columnTitle(c), columnTitle(other), otherDate.toString(Qt::ISODate)));
        }
        break;
    }
    }
}

} // namespace tessera::model
