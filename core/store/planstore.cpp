#include "planstore.h"

#include "fastsql.h"
#include "fiscalcalendar.h"
#include "migrations.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QtEndian>

#include <sqlite3.h>

namespace tessera {

namespace {

QString newConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("tessera-plan-%1").arg(counter.fetchAndAddRelaxed(1));
}

struct Header
{
    quint32 userVersion = 0;
    quint32 applicationId = 0;
    qint64 declaredSize = -1; // page size × page count from the header, -1 when the header does not say
    qint64 fileSize = 0;
};

// Plans up to this size get a full structural check (PRAGMA quick_check) before they are opened; larger
// ones (where it costs more than ~0.2 s) get the header checks, a schema read and lazy detection: a damaged
// page found later raises the same Corrupt error and, as every write is a transaction, changes nothing.
constexpr qint64 kQuickCheckLimit = 64 * 1024 * 1024;

// Reads the 100-byte SQLite header without opening the database, so a refused file is never touched.
Header readHeader(const QString &path)
{
    QFile f(path);
    if (!f.exists())
        throw TesseraError(TesseraError::Kind::Io,
                           QCoreApplication::translate("PlanStore", "The file does not exist."), path);
    if (!f.open(QIODevice::ReadOnly))
        throw TesseraError(
            TesseraError::Kind::Io,
            QCoreApplication::translate("PlanStore", "The file cannot be read: %1").arg(f.errorString()),
            path);
    const QByteArray head = f.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (head.size() < 100 || !head.startsWith(magic))
        throw TesseraError(
            TesseraError::Kind::NotSqlite,
            head.isEmpty()
                ? QCoreApplication::translate("PlanStore", "The file is empty; it is not a Tessera plan.")
                : QCoreApplication::translate(
                      "PlanStore", "This is not a Tessera plan: the file is not an SQLite database."),
            path);
    Header h;
    h.userVersion = qFromBigEndian<quint32>(head.constData() + 60);
    h.applicationId = qFromBigEndian<quint32>(head.constData() + 68);
    h.fileSize = f.size();
    quint32 pageSize = qFromBigEndian<quint16>(head.constData() + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 changeCounter = qFromBigEndian<quint32>(head.constData() + 24);
    const quint32 pages = qFromBigEndian<quint32>(head.constData() + 28);
    const quint32 validFor = qFromBigEndian<quint32>(head.constData() + 92);
    if (pages > 0 && validFor == changeCounter)
        h.declaredSize = qint64(pages) * pageSize;
    return h;
}

} // namespace

int PlanStore::currentSchemaVersion()
{
    return migrations().back().version;
}

PlanStore::PlanStore(QString path, bool readOnly)
    : m_path(std::move(path)), m_connection(newConnectionName()), m_readOnly(readOnly)
{
    m_user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", QStringLiteral("unknown")));
}

PlanStore::~PlanStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen()) {
            while (m_depth > 0)
                rollback();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connection);
}

void PlanStore::connect(bool readOnly)
{
    configureSqliteLibrary();
    {
        QSqlDatabase old = QSqlDatabase::database(m_connection, false);
        if (old.isValid())
            old.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                  : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        throw TesseraError(TesseraError::Kind::Io,
                           QCoreApplication::translate("PlanStore", "The plan cannot be opened: %1")
                               .arg(db.lastError().text()),
                           m_path);
}

void PlanStore::configure()
{
    query(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (!m_readOnly) {
        query(QStringLiteral("PRAGMA journal_mode = WAL"));
        query(QStringLiteral("PRAGMA synchronous = NORMAL"));
    }
    query(QStringLiteral("PRAGMA cache_size = -65536")); // 64 MiB page cache
    // Read-only connections (exports, dashboards, payout runs on worker threads) read the file through a
    // memory map instead of a read() per page: the XLSX export's 200,000 deals in close-date order took 1.7 s
    // (0.9 s of it in the kernel) and take 1.1 s mapped. Writes keep SQLite's usual path.
    if (m_readOnly)
        query(QStringLiteral("PRAGMA mmap_size = 1073741824")); // 1 GiB
}

std::unique_ptr<PlanStore> PlanStore::create(const QString &path, const PlanSettings &settings)
{
    if (QFileInfo::exists(path))
        throw TesseraError(TesseraError::Kind::User,
                           QCoreApplication::translate("PlanStore", "A file with this name already exists."),
                           path);
    std::unique_ptr<PlanStore> store(new PlanStore(path, false));
    store->connect(false);
    store->query(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId));
    store->configure();
    store->migrate();

    const int thisYear = QDate::currentDate().year();
    const int first = settings.firstFiscalYear ? settings.firstFiscalYear : thisYear - 1;
    const int last = settings.lastFiscalYear ? settings.lastFiscalYear : thisYear + 1;
    Transaction tx(*store);
    store->query(
        QStringLiteral("UPDATE plan_settings SET name = ?, currency = ?, fiscal_year_start_month = ? "
                       "WHERE id = 1"),
        {settings.name, settings.currency, settings.fiscalYearStartMonth});
    FiscalCalendar calendar(settings.fiscalYearStartMonth);
    calendar.writePeriods(*store, first, last);
    tx.commit();
    return store;
}

std::unique_ptr<PlanStore> PlanStore::open(const QString &path, Access access)
{
    const Header header = readHeader(path);
    if (header.applicationId != ApplicationId)
        throw TesseraError(
            TesseraError::Kind::NotTessera,
            QCoreApplication::translate(
                "PlanStore", "This SQLite database is not a Tessera plan (it has no Tessera marker)."),
            path);
    if (int(header.userVersion) > currentSchemaVersion())
        throw TesseraError(
            TesseraError::Kind::NewerSchema,
            QCoreApplication::translate(
                "PlanStore",
                "This plan was saved by a newer version of Tessera (plan format %1; this version "
                "reads up to %2). Open it with a newer Tessera; it has not been changed.")
                .arg(header.userVersion)
                .arg(currentSchemaVersion()),
            path);

    // A file shorter than its header says was cut off (a failed copy or download).
    if (header.declaredSize > header.fileSize)
        throw TesseraError(
            TesseraError::Kind::Corrupt,
            QCoreApplication::translate(
                "PlanStore",
                "The plan file is damaged (it is shorter than it should be: %1 of %2 bytes). It has "
                "not been changed; restore it from a backup or a copy saved with Save As.")
                .arg(header.fileSize)
                .arg(header.declaredSize),
            path);

    // Look before writing anything: a read-only connection checks the file's structure first. SQLite
    // may create the -wal and -shm side files to read a WAL database; if the plan is refused, the ones
    // this look created are removed again.
    const QString wal = path + QStringLiteral("-wal"), shm = path + QStringLiteral("-shm");
    const bool hadWal = QFileInfo::exists(wal), hadShm = QFileInfo::exists(shm);
    std::unique_ptr<PlanStore> store(new PlanStore(path, true));
    store->connect(true);
    QString verdict;
    try {
        if (header.fileSize <= kQuickCheckLimit) {
            verdict = store->scalar(QStringLiteral("PRAGMA quick_check(1)")).toString();
        } else {
            store->scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master"));
            verdict = QStringLiteral("ok");
        }
    } catch (const TesseraError &) {
        verdict = QStringLiteral("unreadable");
    }
    if (verdict != QLatin1String("ok")) {
        store.reset();
        if (!hadWal)
            QFile::remove(wal);
        if (!hadShm)
            QFile::remove(shm);
        throw TesseraError(
            TesseraError::Kind::Corrupt,
            QCoreApplication::translate(
                "PlanStore",
                "The plan file is damaged (%1). It has not been changed; restore it from a backup "
                "or a copy saved with Save As.")
                .arg(verdict),
            path);
    }
    if (access == Access::ReadOnly) {
        store->configure();
        return store;
    }
    store->m_readOnly = false;
    store->connect(false);
    store->configure();
    store->migrate();
    return store;
}

std::unique_ptr<PlanStore> PlanStore::openConnection(const QString &path, Access access)
{
    const bool readOnly = access == Access::ReadOnly;
    std::unique_ptr<PlanStore> store(new PlanStore(path, readOnly));
    store->connect(readOnly);
    store->configure();
    return store;
}

void PlanStore::migrate()
{
    const int from = schemaVersion();
    if (from >= currentSchemaVersion())
        return;
    Transaction tx(*this);
    MigrationContext ctx{*this};
    for (const Migration &m : migrations()) {
        if (m.version <= from)
            continue;
        m.apply(ctx);
        query(QStringLiteral("PRAGMA user_version = %1").arg(m.version));
    }
    tx.commit();
}

int PlanStore::schemaVersion() const
{
    return scalar(QStringLiteral("PRAGMA user_version")).toInt();
}

QSqlDatabase PlanStore::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

void PlanStore::raise(const QSqlQuery &q, const QString &what) const
{
    const QSqlError err = q.lastError();
    const QString text = err.text();
    const bool corrupt = text.contains(QLatin1String("malformed"), Qt::CaseInsensitive) ||
                         text.contains(QLatin1String("not a database"), Qt::CaseInsensitive) ||
                         err.nativeErrorCode() == QLatin1String("11") ||
                         err.nativeErrorCode() == QLatin1String("26");
    throw TesseraError(corrupt ? TesseraError::Kind::Corrupt : TesseraError::Kind::Internal,
                       QCoreApplication::translate("PlanStore", "%1 failed: %2").arg(what, text), m_path);
}

QSqlQuery PlanStore::prepare(const QString &sql) const
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        raise(q, sql.left(80));
    return q;
}

void PlanStore::exec(QSqlQuery &prepared) const
{
    if (!prepared.exec())
        raise(prepared, prepared.lastQuery().left(80));
}

QSqlQuery PlanStore::query(const QString &sql, const QVariantList &bindings) const
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (bindings.isEmpty()) {
        if (!q.exec(sql))
            raise(q, sql.left(80));
        return q;
    }
    if (!q.prepare(sql))
        raise(q, sql.left(80));
    for (const QVariant &b : bindings)
        q.addBindValue(b);
    if (!q.exec())
        raise(q, sql.left(80));
    return q;
}

QVariant PlanStore::scalar(const QString &sql, const QVariantList &bindings) const
{
    QSqlQuery q = query(sql, bindings);
    return q.next() ? q.value(0) : QVariant();
}

qint64 PlanStore::lastInsertId(const QSqlQuery &q) const
{
    return q.lastInsertId().toLongLong();
}

void PlanStore::backupTo(const QString &targetPath) const
{
    if (QFileInfo(targetPath).absoluteFilePath() == QFileInfo(m_path).absoluteFilePath())
        throw TesseraError(TesseraError::Kind::User,
                           QCoreApplication::translate("PlanStore", "Save As needs a different file."),
                           targetPath);
    const QString tmp = targetPath + QStringLiteral(".part");
    QFile::remove(tmp);
    const QVariant handle = database().driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        throw TesseraError::internal(
            QCoreApplication::translate("PlanStore", "The plan connection is not SQLite."));
    sqlite3 *source = *static_cast<sqlite3 *const *>(handle.data());
    sqlite3 *target = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(tmp).constData(), &target,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        const QString msg = QString::fromUtf8(sqlite3_errmsg(target));
        sqlite3_close(target);
        throw TesseraError(TesseraError::Kind::Io,
                           QCoreApplication::translate("PlanStore", "Cannot create the copy: %1").arg(msg),
                           targetPath);
    }
    sqlite3_backup *backup = sqlite3_backup_init(target, "main", source, "main");
    int rc = backup ? sqlite3_backup_step(backup, -1) : sqlite3_errcode(target);
    if (backup)
        sqlite3_backup_finish(backup);
    if (rc == SQLITE_DONE)
        rc = sqlite3_exec(target, "PRAGMA journal_mode = WAL", nullptr, nullptr, nullptr);
    const QString msg = QString::fromUtf8(sqlite3_errmsg(target));
    sqlite3_close(target);
    if (rc != SQLITE_OK && rc != SQLITE_DONE) {
        QFile::remove(tmp);
        throw TesseraError(TesseraError::Kind::Io,
                           QCoreApplication::translate("PlanStore", "Copying the plan failed: %1").arg(msg),
                           targetPath);
    }
    QFile::remove(targetPath);
    if (!QFile::rename(tmp, targetPath)) {
        QFile::remove(tmp);
        throw TesseraError(TesseraError::Kind::Io,
                           QCoreApplication::translate("PlanStore", "Cannot write the copy."), targetPath);
    }
}

IntegrityReport PlanStore::check() const
{
    IntegrityReport report;
    QSqlQuery q = query(QStringLiteral("PRAGMA integrity_check"));
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            report.problems << line;
    }
    QSqlQuery fk = query(QStringLiteral("PRAGMA foreign_key_check"));
    while (fk.next())
        report.problems << QCoreApplication::translate("PlanStore",
                                                       "Row %1 of table %2 refers to a missing row of %3")
                               .arg(fk.value(1).toString(), fk.value(0).toString(), fk.value(2).toString());
    if (scalar(QStringLiteral("PRAGMA application_id")).toUInt() != ApplicationId)
        report.problems << QCoreApplication::translate("PlanStore",
                                                       "The Tessera marker (application_id) is missing.");
    report.ok = report.problems.isEmpty();
    return report;
}

PlanSettings PlanStore::settings() const
{
    PlanSettings s;
    QSqlQuery q = query(
        QStringLiteral("SELECT name, currency, fiscal_year_start_month FROM plan_settings WHERE id = 1"));
    if (q.next()) {
        s.name = q.value(0).toString();
        s.currency = q.value(1).toString();
        s.fiscalYearStartMonth = q.value(2).toInt();
    }
    const QVariant first = scalar(QStringLiteral("SELECT MIN(fiscal_year) FROM fiscal_periods"));
    const QVariant last = scalar(QStringLiteral("SELECT MAX(fiscal_year) FROM fiscal_periods"));
    s.firstFiscalYear = first.toInt();
    s.lastFiscalYear = last.toInt();
    return s;
}

QString PlanStore::setting(const QString &key, const QString &fallback) const
{
    const QVariant v = scalar(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    return v.isValid() ? v.toString() : fallback;
}

void PlanStore::setSetting(const QString &key, const QString &value)
{
    query(QStringLiteral("DELETE FROM settings WHERE key = ?"), {key});
    query(QStringLiteral("INSERT INTO settings(key, value) VALUES (?, ?)"), {key, value});
}

void PlanStore::begin()
{
    if (m_depth == 0)
        query(QStringLiteral("BEGIN IMMEDIATE"));
    else
        query(QStringLiteral("SAVEPOINT tessera_%1").arg(m_depth));
    ++m_depth;
}

void PlanStore::commit()
{
    Q_ASSERT(m_depth > 0);
    --m_depth;
    if (m_depth > 0) {
        query(QStringLiteral("RELEASE SAVEPOINT tessera_%1").arg(m_depth));
        return;
    }
    query(QStringLiteral("COMMIT"));
    auto pending = std::move(m_afterCommit);
    m_afterCommit.clear();
    for (auto &fn : pending)
        fn();
}

void PlanStore::rollback()
{
    Q_ASSERT(m_depth > 0);
    --m_depth;
    QSqlQuery q(database());
    if (m_depth > 0) {
        q.exec(QStringLiteral("ROLLBACK TO SAVEPOINT tessera_%1").arg(m_depth));
        q.exec(QStringLiteral("RELEASE SAVEPOINT tessera_%1").arg(m_depth));
        return;
    }
    q.exec(QStringLiteral("ROLLBACK"));
    m_afterCommit.clear();
}

void PlanStore::runAfterCommit(std::function<void()> fn)
{
    if (m_depth == 0)
        fn();
    else
        m_afterCommit.push_back(std::move(fn));
}

Transaction::Transaction(PlanStore &store) : m_store(store)
{
    m_store.begin();
}

Transaction::~Transaction()
{
    if (!m_done)
        m_store.rollback();
}

void Transaction::commit()
{
    m_store.commit();
    m_done = true;
}

} // namespace tessera
