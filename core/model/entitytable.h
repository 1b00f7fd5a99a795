#pragma once
// Paging and editing of one entity table (reps, accounts, opportunities, org_nodes) for item models.
//
//   EntityTable reps(store, Entity::Reps);
//   WindowQuery q; q.filterText = "lee"; q.sortColumn = 1;
//   const qint64 n = reps.count(q);
//   for (const RowData &r : reps.fetchWindow(q, 0, 200)) ...
//   const QVariant old = reps.setValue(id, column, reps.parseInput(column, "Ann Lee")); // validated, logged
//
// Rows are read by LIMIT/OFFSET windows in a stable order (the sort column, then id), so a view over a
// million rows only ever holds the windows it shows. The SQL is portable (LOWER/LIKE, LEFT JOIN).

#include "entityschema.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>
#include <Qt>
#include <optional>
#include <utility>
#include <vector>

namespace tessera {
class PlanStore;
}

namespace tessera::model {

// Rows whose `column` is one of `ids`; several scopes are OR'ed (e.g. reps in these territories or
// managing these nodes).
struct Scope
{
    QString column;
    QList<qint64> ids;
};

struct WindowQuery
{
    QString filterText;  // case-insensitive substring over the searchable columns and lookups
    int sortColumn = -1; // index into EntityInfo::columns; -1 = by id
    Qt::SortOrder order = Qt::AscendingOrder;
    std::vector<Scope> scopes; // empty = every row
    bool scoped = false;       // true with empty scopes = no row at all
};

struct RowData
{
    qint64 id = 0;
    QVariantList values; // raw values per column: cents, whole percent, ISO date text, ids
    QStringList lookups; // per column: the referenced row's name for ForeignKey columns, else empty
};

class EntityTable
{
public:
    EntityTable(PlanStore &store, Entity entity);

    const EntityInfo &info() const { return m_info; }
    Entity entity() const { return m_info.entity; }

    qint64 count(const WindowQuery &query) const;
    std::vector<RowData> fetchWindow(const WindowQuery &query, qint64 offset, int limit) const;
    // One row by id; throws a user error naming the plan and row if it does not exist.
    RowData row(qint64 id) const;
    QString label(qint64 id) const; // the row's name, for undo texts

    // Text typed by the user (plain forms: "1234.56", "2027-03-31", "45", an id) to the raw value;
    // empty text is NULL. Throws a user error naming the field if the text is not of the column's type.
    QVariant parseInput(int column, const QString &text, qint64 id = -1) const;
    // Throws a user error naming the plan, row and field if raw may not be stored in the row's column.
    void validate(qint64 id, int column, const QVariant &raw) const;
    enum class Validation
    {
        Check,
        Skip // restoring a value that was stored before (undo)
    };
    // Validates, writes in a transaction with a change_log row, and returns the old raw value.
    QVariant setValue(qint64 id, int column, const QVariant &raw, Validation validation = Validation::Check);

    QStringList enumValues(int column) const;
    // (id, name) of the rows a ForeignKey column may point to, by name; at most `limit`.
    std::vector<std::pair<qint64, QString>> lookupChoices(int column, int limit = 20000) const;

private:
    enum class SqlMode
    {
        Count, // SELECT COUNT(*)
        Ids,   // the ordered ids of the window (a subquery)
        Rows   // the window's rows with their lookups
    };
    QString selectSql(const WindowQuery &query, SqlMode mode, QVariantList &bindings) const;
    // The filter and scope conditions on the table (alias t), with their bindings appended.
    QStringList conditions(const WindowQuery &query, QVariantList &bindings) const;
    // A window sorted by a lookup's name, read through indexes (see the .cpp); nullopt when the tables lack
    // them.
    std::optional<std::vector<qint64>> lookupSortedIds(const WindowQuery &query, qint64 offset,
                                                       int limit) const;
    bool hasIndexOn(const QString &table, const QString &firstColumn) const;
    QString containsText(const QString &expression) const; // "expression LIKE ?" ignoring case
    [[noreturn]] void fail(qint64 id, int column, const QString &message) const;

    PlanStore &m_store;
    const EntityInfo &m_info;
    bool m_likeIgnoresCase;
    mutable QHash<QString, bool> m_indexed; // "table.column" -> an index starts with the column
};

} // namespace tessera::model
