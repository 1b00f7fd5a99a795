#include "entitytable.h"

#include "store/changelog.h"
#include "store/planstore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QSqlQuery>
#include <algorithm>

namespace tessera::model {

namespace {

QString joinAlias(size_t column)
{
    return QStringLiteral("j%1").arg(column);
}

QString likePattern(const QString &filter)
{
    QString escaped = filter.trimmed().toLower();
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}

} // namespace

EntityTable::EntityTable(PlanStore &store, Entity entity)
    : m_store(store), m_info(entityInfo(entity)),
      m_likeIgnoresCase(store.database().driverName() == QLatin1String("QSQLITE"))
{
}

QString EntityTable::containsText(const QString &expression) const
{
    // SQLite's LIKE ignores ASCII case and can skip LOWER() on every row; other databases (PostgreSQL's
    // LIKE is case-sensitive) compare lower case. The pattern is lower case either way.
    return m_likeIgnoresCase ? QStringLiteral("%1 LIKE ? ESCAPE '\\'").arg(expression)
                             : QStringLiteral("LOWER(%1) LIKE ? ESCAPE '\\'").arg(expression);
}

QStringList EntityTable::conditions(const WindowQuery &query, QVariantList &bindings) const
{
    const bool filtering = !query.filterText.trimmed().isEmpty();
    QStringList where;
    if (query.scoped) {
        QStringList any;
        for (const Scope &s : query.scopes)
            if (!s.ids.isEmpty())
                any << QStringLiteral("t.%1 IN (%2)").arg(s.column, idList(s.ids));
        where << (any.isEmpty() ? QStringLiteral("1 = 0")
                                : QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
    }
    if (filtering) {
        // Lookups are matched by a subquery over the referenced table (evaluated once), so the filter
        // needs no join over the whole table.
        QStringList any;
        const QString pattern = likePattern(query.filterText);
        for (size_t i = 0; i < m_info.columns.size(); ++i) {
            const Column &c = m_info.columns[i];
            if (!c.searchable)
                continue;
            if (c.type == ColumnType::ForeignKey)
                any << QStringLiteral("t.%1 IN (SELECT id FROM %2 WHERE %3)")
                           .arg(c.key, tableOf(c.reference), containsText(QStringLiteral("name")));
            else
                any << containsText(QStringLiteral("t.") + c.key);
            bindings << pattern;
        }
        where << QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    return where;
}

QString EntityTable::selectSql(const WindowQuery &query, SqlMode mode, QVariantList &bindings) const
{
    const bool sorted = query.sortColumn >= 0 && size_t(query.sortColumn) < m_info.columns.size();
    const bool sortingByLookup = mode != SqlMode::Count && sorted &&
                                 m_info.columns[size_t(query.sortColumn)].type == ColumnType::ForeignKey;
    // Joins for the lookups: always for the rows shown, for counts and id windows only when needed.
    const bool joins = mode == SqlMode::Rows || sortingByLookup;

    QStringList select{QStringLiteral("t.id")};
    QString from = m_info.table + QStringLiteral(" t");
    for (size_t i = 0; i < m_info.columns.size(); ++i) {
        const Column &c = m_info.columns[i];
        select << QStringLiteral("t.") + c.key;
        if (c.type == ColumnType::ForeignKey) {
            select << joinAlias(i) + QStringLiteral(".name");
            if (joins)
                from += QStringLiteral(" LEFT JOIN %1 %2 ON %2.id = t.%3")
                            .arg(tableOf(c.reference), joinAlias(i), c.key);
        }
    }

    QStringList where;
    if (mode == SqlMode::Rows) {
        // The window's ids come from a narrow subquery (ids only, in order, LIMIT/OFFSET), so a deep
        // offset steps over index entries instead of joined rows.
        where
            << QStringLiteral("t.id IN (%1 LIMIT ? OFFSET ?)").arg(selectSql(query, SqlMode::Ids, bindings));
    } else {
        where << conditions(query, bindings);
    }

    QString sql;
    switch (mode) {
    case SqlMode::Count:
        sql = QStringLiteral("SELECT COUNT(*) FROM ") + from;
        break;
    case SqlMode::Ids:
        sql = QStringLiteral("SELECT t.id FROM ") + from;
        break;
    case SqlMode::Rows:
        sql = QStringLiteral("SELECT ") + select.join(QStringLiteral(", ")) + QStringLiteral(" FROM ") + from;
        break;
    }
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    if (mode != SqlMode::Count) {
        const QString dir = query.order == Qt::DescendingOrder ? QStringLiteral(" DESC") : QString();
        if (sorted) {
            const Column &c = m_info.columns[size_t(query.sortColumn)];
            const QString expr = c.type == ColumnType::ForeignKey
                                     ? joinAlias(size_t(query.sortColumn)) + QStringLiteral(".name")
                                     : QStringLiteral("t.") + c.key;
            sql += QStringLiteral(" ORDER BY %1%2, t.id%2").arg(expr, dir);
        } else {
            sql += QStringLiteral(" ORDER BY t.id") + dir;
        }
    }
    return sql;
}

qint64 EntityTable::count(const WindowQuery &query) const
{
    QVariantList bindings;
    return m_store.scalar(selectSql(query, SqlMode::Count, bindings), bindings).toLongLong();
}

bool EntityTable::hasIndexOn(const QString &table, const QString &firstColumn) const
{
    const QString key = table + QLatin1Char('.') + firstColumn;
    const auto known = m_indexed.constFind(key);
    if (known != m_indexed.constEnd())
        return *known;
    bool found = false;
    QSqlQuery indexes = m_store.query(QStringLiteral("SELECT name FROM pragma_index_list(?)"), {table});
    while (!found && indexes.next()) {
        QSqlQuery columns = m_store.query(
            QStringLiteral("SELECT name FROM pragma_index_info(?) WHERE seqno = 0"), {indexes.value(0)});
        found = columns.next() && columns.value(0).toString() == firstColumn;
    }
    m_indexed.insert(key, found);
    return found;
}

// Sorting by a lookup's name (owner, account, territory) with LIMIT/OFFSET made SQLite sort the whole
// table for every window: 0.6-0.9 s per window of a million opportunities. Here the rows with a referenced
// row are read in name order through the referenced table's name index, each one's rows through the
// foreign-key index (`referenced CROSS JOIN table`: 1 ms at the top, 0.2-0.4 s at the far end), and the rows
// without one (NULL, first when ascending, as SQLite orders NULL) by id, with the window split between the
// two.
std::optional<std::vector<qint64>> EntityTable::lookupSortedIds(const WindowQuery &query, qint64 offset,
                                                                int limit) const
{
    if (query.sortColumn < 0 || size_t(query.sortColumn) >= m_info.columns.size())
        return std::nullopt;
    const Column &c = m_info.columns[size_t(query.sortColumn)];
    const QString referenced = tableOf(c.reference);
    if (c.type != ColumnType::ForeignKey || !hasIndexOn(referenced, QStringLiteral("name")) ||
        !hasIndexOn(m_info.table, c.key))
        return std::nullopt;

    const bool descending = query.order == Qt::DescendingOrder;
    const QString dir = descending ? QStringLiteral(" DESC") : QString();
    QVariantList conditionBindings;
    const QStringList where = conditions(query, conditionBindings);
    const QString also =
        where.isEmpty() ? QString() : QStringLiteral(" AND ") + where.join(QStringLiteral(" AND "));
    const QString withoutSql =
        QStringLiteral("SELECT t.id FROM %1 t WHERE t.%2 IS NULL%3").arg(m_info.table, c.key, also);
    const QString withSql =
        QStringLiteral("SELECT t.id FROM %1 j CROSS JOIN %2 t ON t.%3 = j.id%4 ORDER BY "
                       "j.name%5, t.id%5")
            .arg(referenced, m_info.table, c.key,
                 where.isEmpty() ? QString()
                                 : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")),
                 dir);
    const auto countWithout = [&] {
        return m_store.scalar(QStringLiteral("SELECT COUNT(*) FROM (%1)").arg(withoutSql), conditionBindings)
            .toLongLong();
    };
    const auto take = [&](const QString &sql, qint64 from, qint64 rows, std::vector<qint64> &ids) {
        QVariantList b = conditionBindings;
        b << rows << from;
        QSqlQuery q = m_store.query(sql + QStringLiteral(" LIMIT ? OFFSET ?"), b);
        while (q.next())
            ids.push_back(q.value(0).toLongLong());
    };
    const QString withoutOrdered = withoutSql + QStringLiteral(" ORDER BY t.id") + dir;
    std::vector<qint64> ids;
    if (descending) {
        // The rows with a referenced row first; how many there are is only needed when the window reaches
        // past them (a count with a filter is a scan of the table).
        take(withSql, offset, limit, ids);
        if (qint64(ids.size()) < limit) {
            const qint64 with = count(query) - countWithout();
            take(withoutOrdered, std::max<qint64>(0, offset - with), limit - qint64(ids.size()), ids);
        }
    } else {
        // The rows without one first (counted through the foreign-key index), then the others.
        const qint64 without = countWithout();
        if (offset < without)
            take(withoutOrdered, offset, std::min<qint64>(limit, without - offset), ids);
        if (qint64(ids.size()) < limit)
            take(withSql, std::max<qint64>(0, offset - without), limit - qint64(ids.size()), ids);
    }
    return ids;
}

std::vector<RowData> EntityTable::fetchWindow(const WindowQuery &query, qint64 offset, int limit) const
{
    if (const auto ids = lookupSortedIds(query, offset, limit)) {
        WindowQuery byId;
        byId.scoped = true;
        byId.scopes = {Scope{QStringLiteral("id"), QList<qint64>(ids->begin(), ids->end())}};
        std::vector<RowData> rows = fetchWindow(byId, 0, int(ids->size()));
        QHash<qint64, size_t> at;
        for (size_t i = 0; i < ids->size(); ++i)
            at.insert((*ids)[i], i);
        std::sort(rows.begin(), rows.end(),
                  [&](const RowData &a, const RowData &b) { return at.value(a.id) < at.value(b.id); });
        return rows;
    }
    QVariantList bindings;
    // The LIMIT/OFFSET bindings follow the subquery's filter bindings, in the order they appear.
    const QString sql = selectSql(query, SqlMode::Rows, bindings);
    bindings << limit << offset;
    QSqlQuery q = m_store.query(sql, bindings);
    std::vector<RowData> rows;
    rows.reserve(size_t(limit));
    while (q.next()) {
        RowData r;
        r.id = q.value(0).toLongLong();
        int field = 1;
        for (const Column &c : m_info.columns) {
            r.values << q.value(field++);
            r.lookups << (c.type == ColumnType::ForeignKey ? q.value(field++).toString() : QString());
        }
        rows.push_back(std::move(r));
    }
    return rows;
}

RowData EntityTable::row(qint64 id) const
{
    WindowQuery q;
    q.scoped = true;
    q.scopes = {Scope{QStringLiteral("id"), {id}}};
    auto rows = fetchWindow(q, 0, 1);
    if (rows.empty())
        throw TesseraError(TesseraError::Kind::User,
                           QCoreApplication::translate("tessera::EntityTable", "The row no longer exists."),
                           m_store.path(), id);
    return rows.front();
}

QString EntityTable::label(qint64 id) const
{
    return m_store
        .scalar(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(m_info.labelKey, m_info.table), {id})
        .toString();
}

QVariant EntityTable::setValue(qint64 id, int column, const QVariant &raw, Validation validation)
{
    if (column < 0 || size_t(column) >= m_info.columns.size())
        throw TesseraError::internal(
            QStringLiteral("Column %1 out of range for %2").arg(column).arg(m_info.table));
    const Column &c = m_info.columns[size_t(column)];
    Transaction tx(m_store);
    QSqlQuery q =
        m_store.query(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(c.key, m_info.table), {id});
    if (!q.next())
        throw TesseraError(TesseraError::Kind::User,
                           QCoreApplication::translate("tessera::EntityTable", "The row no longer exists."),
                           m_store.path(), id, columnTitle(c));
    const QVariant old = q.value(0);
    if (validation == Validation::Check)
        validate(id, column, raw);
    m_store.query(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(m_info.table, c.key), {raw, id});
    recordChange(m_store, m_info.logEntity, id, QStringLiteral("update"),
                 QJsonObject{{c.key, QJsonValue::fromVariant(old)}},
                 QJsonObject{{c.key, QJsonValue::fromVariant(raw)}});
    tx.commit();
    return old;
}

QStringList EntityTable::enumValues(int column) const
{
    const Column &c = m_info.columns.at(size_t(column));
    if (!c.enumFromStages)
        return c.enumValues;
    return stageNames(m_store.setting(QStringLiteral("stages")));
}

std::vector<std::pair<qint64, QString>> EntityTable::lookupChoices(int column, int limit) const
{
    const Column &c = m_info.columns.at(size_t(column));
    std::vector<std::pair<qint64, QString>> choices;
    QSqlQuery q = m_store.query(
        QStringLiteral("SELECT id, name FROM %1 ORDER BY name, id LIMIT ?").arg(tableOf(c.reference)),
        {limit});
    while (q.next())
        choices.emplace_back(q.value(0).toLongLong(), q.value(1).toString());
    return choices;
}

} // namespace tessera::model
