#pragma once
// Fast paths for the few places that stream a million rows (payout runs, imports, dashboards):
// a statement on the plan's own connection driven through SQLite's C API, without QVariant per cell.
// It is part of the store, so the SQLite particulars stay here; a PostgreSQL backend would provide the
// same two classes over libpq (COPY, binary cursors). It joins the store's current transaction.
//
//   FastStatement q(store, "SELECT id, amount_cents, close_date FROM opportunities WHERE owner_rep_id = ?");
//   q.bind(1, repId);
//   while (q.step()) { qint64 id = q.int64(0); QByteArrayView date = q.bytes(2); ... }
//
//   FastStatement ins(store, "INSERT INTO quotas(rep_id, fiscal_year, month, amount_cents) VALUES
//   (?,?,?,?)"); for (...) { ins.bind(1, rep); ...; ins.run(); }   // run() = step to the end and reset for
//   the next row

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

struct sqlite3_stmt;

namespace tessera {

class PlanStore;

// Process-wide SQLite setting, applied once, before the first connection opens (sqlite3_config works only
// until SQLite initialises): no memory statistics. With them, every allocation SQLite makes takes a global
// mutex to count bytes, which no Tessera code reads; measured on a million-row import, about a tenth of the
// writer thread's time. (Qt already opens its connections without a per-connection mutex.) Then the VFS
// that lets a big commit gather its writes becomes the default (writegathering.h). Returns whether both are
// in effect; false when something in the process started SQLite first.
bool configureSqliteLibrary();

class FastStatement
{
public:
    FastStatement(const PlanStore &store, const char *sql);
    ~FastStatement();
    FastStatement(const FastStatement &) = delete;
    FastStatement &operator=(const FastStatement &) = delete;

    // Parameters are numbered from 1, as in SQLite.
    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, qint64(value)); }
    void bind(int index, double value);
    void bind(int index, QByteArrayView utf8); // copied
    // Not copied: the bytes must stay valid until the statement has been run or reset.
    void bindStatic(int index, QByteArrayView utf8);
    void bind(int index, const QString &text);
    void bindNull(int index);

    // Next result row; false at the end (then the statement is reset, keeping its bindings).
    bool step();
    // Executes a statement that returns no rows, then resets it for the next use.
    void run();
    void reset();

    // Columns are numbered from 0. Views stay valid until the next step().
    bool isNull(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QByteArrayView bytes(int column) const;
    QString text(int column) const;
    qint64 lastInsertId() const;

private:
    [[noreturn]] void fail(int rc) const;
    const PlanStore &m_store;
    QString m_path;
    sqlite3_stmt *m_stmt = nullptr;
    QByteArray m_sql;
};

// A bigger page cache for the length of a bulk write: a million-row insert touches the table's and its unique
// index's pages over and over, and the connection's usual 64 MiB cache would spill them to the WAL before the
// commit (measured: 1.2 s of 8 s CPU for a million opportunities). The previous size comes back at the end.
class BulkCacheScope
{
public:
    BulkCacheScope(const PlanStore &store, int mebibytes);
    ~BulkCacheScope();
    BulkCacheScope(const BulkCacheScope &) = delete;
    BulkCacheScope &operator=(const BulkCacheScope &) = delete;

private:
    const PlanStore &m_store;
    qint64 m_previous = 0;
};

// A bulk write whose values the caller has already checked against the table's CHECK constraints (ranges,
// lists of names): statements run inside the scope skip those checks. NOT NULL, UNIQUE and foreign keys are
// still enforced. Statements prepared before the scope are recompiled on their next run, both when it opens
// and when it closes.
class UncheckedWriteScope
{
public:
    explicit UncheckedWriteScope(const PlanStore &store);
    ~UncheckedWriteScope();
    UncheckedWriteScope(const UncheckedWriteScope &) = delete;
    UncheckedWriteScope &operator=(const UncheckedWriteScope &) = delete;

private:
    const PlanStore &m_store;
};

// A bulk write whose references the caller has already resolved against the plan (every owner and account id
// it writes was read from the plan inside the same transaction): foreign keys are not checked for the length
// of the scope. SQLite only switches them outside a transaction, so the scope must open before the write's
// transaction and close after it; opened inside one it changes nothing. Measured on a million-row
// opportunity import: about 1 s of 5.8-6.7 s.
class ReferencesCheckedScope
{
public:
    explicit ReferencesCheckedScope(const PlanStore &store);
    ~ReferencesCheckedScope();
    ReferencesCheckedScope(const ReferencesCheckedScope &) = delete;
    ReferencesCheckedScope &operator=(const ReferencesCheckedScope &) = delete;

private:
    const PlanStore &m_store;
    bool m_active = false;
};

// A table's secondary (non-unique) indexes dropped for a bulk write and rebuilt by finish(), one sorted
// build each instead of a random B-tree insert per row and index. Must be
// used inside a Transaction, so a failure or cancel rolls the drop back with everything else. Worth it only
// when the rows written are a sizable share of the table.
//
// finish() builds them with a small page cache: SQLite sorts an index's keys in runs as large as the cache,
// and a 512 MiB cache makes a million keys one run sorted through main memory, while 4 MiB runs sort within
// the processor's caches and are merged (the opportunities' four indexes at a million rows: 1.7 -> 1.2 s).
// The dirty pages the bulk write left in the cache stay there: the spill threshold is held at the cache's
// previous size meanwhile, and both come back afterwards.
class BulkIndexScope
{
public:
    BulkIndexScope(const PlanStore &store, const QString &table);
    // Without finish(), recreates the indexes (if still inside the transaction, which should roll back).
    ~BulkIndexScope();
    BulkIndexScope(const BulkIndexScope &) = delete;
    BulkIndexScope &operator=(const BulkIndexScope &) = delete;
    void finish();
    static constexpr int SortRunKibibytes = 4096;

private:
    const PlanStore &m_store;
    QStringList m_create;
    bool m_finished = false;
};

} // namespace tessera
