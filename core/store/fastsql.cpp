#include "fastsql.h"

#include "planstore.h"
#include "writegathering.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <sqlite3.h>

namespace tessera {

namespace {
sqlite3 *handleOf(const PlanStore &store)
{
    const QVariant handle = store.database().driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        throw TesseraError::internal(
            QCoreApplication::translate("PlanStore", "The plan connection is not SQLite."));
    return *static_cast<sqlite3 *const *>(handle.data());
}
} // namespace

bool configureSqliteLibrary()
{
    // Fails with SQLITE_MISUSE, changing nothing, once SQLite has been initialised.
    static const bool configured =
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK && installWriteGathering();
    return configured;
}

FastStatement::FastStatement(const PlanStore &store, const char *sql)
    : m_store(store), m_path(store.path()), m_sql(sql)
{
    const int rc = sqlite3_prepare_v2(handleOf(store), sql, -1, &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        fail(rc);
}

FastStatement::~FastStatement()
{
    sqlite3_finalize(m_stmt);
}

void FastStatement::fail(int rc) const
{
    // Through the statement's own connection handle: a statement may run on a writer thread, away from the
    // thread that owns the QSqlDatabase.
    const QString message =
        QString::fromUtf8(sqlite3_errmsg(m_stmt ? sqlite3_db_handle(m_stmt) : handleOf(m_store)));
    const bool corrupt = rc == SQLITE_CORRUPT || rc == SQLITE_NOTADB;
    throw TesseraError(corrupt ? TesseraError::Kind::Corrupt : TesseraError::Kind::Internal,
                       QCoreApplication::translate("PlanStore", "%1 failed: %2")
                           .arg(QString::fromUtf8(m_sql.left(80)), message),
                       m_path);
}

void FastStatement::bind(int index, qint64 value)
{
    if (const int rc = sqlite3_bind_int64(m_stmt, index, value); rc != SQLITE_OK)
        fail(rc);
}

void FastStatement::bind(int index, double value)
{
    if (const int rc = sqlite3_bind_double(m_stmt, index, value); rc != SQLITE_OK)
        fail(rc);
}

void FastStatement::bind(int index, QByteArrayView utf8)
{
    if (const int rc = sqlite3_bind_text(m_stmt, index, utf8.data(), int(utf8.size()), SQLITE_TRANSIENT);
        rc != SQLITE_OK)
        fail(rc);
}

void FastStatement::bindStatic(int index, QByteArrayView utf8)
{
    if (const int rc = sqlite3_bind_text(m_stmt, index, utf8.data(), int(utf8.size()), SQLITE_STATIC);
        rc != SQLITE_OK)
        fail(rc);
}

void FastStatement::bind(int index, const QString &text)
{
    if (text.isNull()) {
        bindNull(index);
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    bind(index, QByteArrayView(utf8));
}

void FastStatement::bindNull(int index)
{
    if (const int rc = sqlite3_bind_null(m_stmt, index); rc != SQLITE_OK)
        fail(rc);
}

bool FastStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    sqlite3_reset(m_stmt);
    if (rc != SQLITE_DONE)
        fail(rc);
    return false;
}

void FastStatement::run()
{
    while (step()) {
    }
}

void FastStatement::reset()
{
    sqlite3_reset(m_stmt);
}

bool FastStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}
qint64 FastStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}
double FastStatement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QByteArrayView FastStatement::bytes(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QByteArrayView(data, sqlite3_column_bytes(m_stmt, column));
}

QString FastStatement::text(int column) const
{
    if (isNull(column))
        return {};
    return QString::fromUtf8(bytes(column));
}

qint64 FastStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(sqlite3_db_handle(m_stmt));
}

BulkIndexScope::BulkIndexScope(const PlanStore &store, const QString &table) : m_store(store)
{
    if (store.transactionDepth() == 0)
        throw TesseraError::internal(QStringLiteral("BulkIndexScope needs an enclosing transaction"));
    QStringList names;
    {
        FastStatement q(store, "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                               "AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%' ORDER BY name");
        q.bind(1, table);
        while (q.step()) {
            names << q.text(0);
            m_create << q.text(1);
        }
    }
    for (const QString &name : names)
        store.query(QStringLiteral("DROP INDEX \"%1\"").arg(name));
}

BulkIndexScope::~BulkIndexScope()
{
    if (m_finished || m_store.transactionDepth() == 0)
        return;
    try {
        finish();
    } catch (...) {
        // The enclosing transaction rolls back, which restores the indexes as well.
    }
}

void BulkIndexScope::finish()
{
    m_finished = true;
    if (m_create.isEmpty())
        return;
    // cache_spill takes the same units as cache_size (pages, or KiB when negative). Setting a size leaves
    // spilling on; 1 is SQLite's default threshold ("spill once the cache is full").
    const qint64 cache = m_store.scalar(QStringLiteral("PRAGMA cache_size")).toLongLong();
    m_store.query(QStringLiteral("PRAGMA cache_spill = %1").arg(cache));
    m_store.query(QStringLiteral("PRAGMA cache_size = %1").arg(-qint64(SortRunKibibytes)));
    const auto restore = [&] {
        m_store.query(QStringLiteral("PRAGMA cache_size = %1").arg(cache));
        m_store.query(QStringLiteral("PRAGMA cache_spill = 1"));
    };
    try {
        for (const QString &sql : std::as_const(m_create))
            m_store.query(sql);
    } catch (...) {
        try {
            restore();
        } catch (...) {
            // The connection is unusable anyway; the build's own error is the one to report.
        }
        throw;
    }
    restore();
}

BulkCacheScope::BulkCacheScope(const PlanStore &store, int mebibytes) : m_store(store)
{
    m_previous = m_store.scalar(QStringLiteral("PRAGMA cache_size")).toLongLong();
    m_store.query(QStringLiteral("PRAGMA cache_size = %1").arg(-qint64(mebibytes) * 1024));
}

BulkCacheScope::~BulkCacheScope()
{
    try {
        m_store.query(QStringLiteral("PRAGMA cache_size = %1").arg(m_previous));
    } catch (...) {
        // The connection is unusable anyway; nothing else to restore.
    }
}

ReferencesCheckedScope::ReferencesCheckedScope(const PlanStore &store) : m_store(store)
{
    if (m_store.transactionDepth() > 0)
        return;
    m_store.query(QStringLiteral("PRAGMA foreign_keys = OFF"));
    m_active = true;
}

ReferencesCheckedScope::~ReferencesCheckedScope()
{
    if (!m_active)
        return;
    try {
        m_store.query(QStringLiteral("PRAGMA foreign_keys = ON"));
    } catch (...) {
        // The connection is unusable anyway; nothing else to restore.
    }
}

UncheckedWriteScope::UncheckedWriteScope(const PlanStore &store) : m_store(store)
{
    m_store.query(QStringLiteral("PRAGMA ignore_check_constraints = ON"));
}

UncheckedWriteScope::~UncheckedWriteScope()
{
    try {
        m_store.query(QStringLiteral("PRAGMA ignore_check_constraints = OFF"));
    } catch (...) {
        // The connection is unusable anyway; nothing else to restore.
    }
}

} // namespace tessera
