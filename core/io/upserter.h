#pragma once
// Internal to the importer: the prepared INSERT and UPDATE ... WHERE id = ? of one table and column list.

#include "store/planstore.h"

namespace tessera::io {

class Upserter
{
public:
    Upserter(PlanStore &store, const QString &table, const QStringList &columns)
        : m_store(store),
          m_insert(store.prepare(
              QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
                  .arg(table, columns.join(QStringLiteral(", ")),
                       QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", "))))),
          m_update(store.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?")
                                     .arg(table, columns.join(QStringLiteral(" = ?, ")))))
    {
    }
    qint64 insert(const QVariantList &values)
    {
        for (qsizetype i = 0; i < values.size(); ++i)
            m_insert.bindValue(int(i), values[i]);
        m_store.exec(m_insert);
        return m_store.lastInsertId(m_insert);
    }
    void update(qint64 id, const QVariantList &values)
    {
        for (qsizetype i = 0; i < values.size(); ++i)
            m_update.bindValue(int(i), values[i]);
        m_update.bindValue(int(values.size()), id);
        m_store.exec(m_update);
    }

private:
    PlanStore &m_store;
    QSqlQuery m_insert, m_update;
};

} // namespace tessera::io
