#pragma once
// Internal to the importer: the prepared INSERT and UPDATE ... WHERE id = ? of one table and column list,
// run through FastStatement (SQLite's C API on the plan's connection, inside its transaction).

#include "store/fastsql.h"
#include "store/planstore.h"

#include <QVariant>

namespace tessera::io {

class Upserter
{
public:
    Upserter(PlanStore &store, const QString &table, const QStringList &columns)
        : m_insert(store,
                   QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
                       .arg(table, columns.join(QStringLiteral(", ")),
                            QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", ")))
                       .toUtf8()
                       .constData()),
          m_update(store, QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?")
                              .arg(table, columns.join(QStringLiteral(" = ?, ")))
                              .toUtf8()
                              .constData())
    {
    }
    qint64 insert(const QVariantList &values)
    {
        bindAll(m_insert, values);
        m_insert.run();
        return m_insert.lastInsertId();
    }
    void update(qint64 id, const QVariantList &values)
    {
        bindAll(m_update, values);
        m_update.bind(int(values.size()) + 1, id);
        m_update.run();
    }

private:
    static void bindAll(FastStatement &s, const QVariantList &values)
    {
        for (qsizetype i = 0; i < values.size(); ++i) {
            const QVariant &v = values[i];
            const int at = int(i) + 1;
            if (v.isNull()) {
                s.bindNull(at);
                continue;
            }
            switch (v.typeId()) {
            case QMetaType::Int:
            case QMetaType::LongLong:
            case QMetaType::Bool:
            case QMetaType::UInt:
                s.bind(at, v.toLongLong());
                break;
            case QMetaType::Double:
                s.bind(at, v.toDouble());
                break;
            case QMetaType::QString:
                s.bind(at, *static_cast<const QString *>(v.constData()));
                break;
            default:
                s.bind(at, v.toString());
            }
        }
    }
    FastStatement m_insert, m_update;
};

} // namespace tessera::io
