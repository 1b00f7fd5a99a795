#pragma once
// The plan file: one SQLite database per plan (.tessera). Everything that is particular to SQLite
// (pragmas, the backup API, header checks) stays inside this class and the migrations, so that a
// PostgreSQL backend later changes no caller: callers use portable SQL through query().

#include "common/error.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <functional>
#include <memory>
#include <vector>

namespace tessera {

struct PlanSettings
{
    QString name = QStringLiteral("New plan");
    QString currency = QStringLiteral("USD");
    int fiscalYearStartMonth = 1; // 1 = January
    int firstFiscalYear = 0;      // periods are generated for [first, last]; 0 = current year - 1
    int lastFiscalYear = 0;       // 0 = current year + 1
};

struct IntegrityReport
{
    bool ok = true;
    QStringList problems; // one line each: integrity_check and foreign_key_check findings
};

class PlanStore
{
public:
    static constexpr quint32 ApplicationId = 0x54455353; // "TESS"
    static int currentSchemaVersion();

    enum class Access
    {
        ReadWrite,
        ReadOnly
    };

    // Creates a new plan file; refuses to overwrite an existing file.
    static std::unique_ptr<PlanStore> create(const QString &path, const PlanSettings &settings = {});
    // Opens a plan. A file that is not SQLite, an SQLite file that is not a plan, a plan from a newer
    // Tessera and a corrupt file each throw their own TesseraError kind and are never modified.
    // An older plan is upgraded by the numbered migrations inside one transaction.
    static std::unique_ptr<PlanStore> open(const QString &path, Access access = Access::ReadWrite);

    // A second connection to a plan this process has already opened and checked (for worker threads:
    // a Qt SQL connection belongs to the thread that made it). Skips the checks open() makes.
    static std::unique_ptr<PlanStore> openConnection(const QString &path, Access access);

    ~PlanStore();
    PlanStore(const PlanStore &) = delete;
    PlanStore &operator=(const PlanStore &) = delete;

    const QString &path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const;
    QSqlDatabase database() const;

    // Prepares and runs a statement with positional ? bindings; throws a TesseraError naming the plan file.
    QSqlQuery query(const QString &sql, const QVariantList &bindings = {}) const;
    QSqlQuery prepare(const QString &sql) const;
    void exec(QSqlQuery &prepared) const; // runs a prepared statement, throwing on error
    // First column of the first row, or an invalid QVariant when there is no row.
    QVariant scalar(const QString &sql, const QVariantList &bindings = {}) const;
    qint64 lastInsertId(const QSqlQuery &q) const;

    // Copies the whole plan to another file through SQLite's online backup API (Save As).
    void backupTo(const QString &targetPath) const;
    // Full integrity and foreign-key check (slow on big plans; the CLI's `check`).
    IntegrityReport check() const;

    // Plan settings, single row.
    PlanSettings settings() const;
    // Free-form settings for features (e.g. stage probabilities) as key → text.
    QString setting(const QString &key, const QString &fallback = {}) const;
    void setSetting(const QString &key, const QString &value);

    // Transactions (see Transaction): nested levels become savepoints.
    void begin();
    void commit();
    void rollback();
    int transactionDepth() const { return m_depth; }
    void runAfterCommit(std::function<void()> fn);

    // Who is editing: recorded in the change log.
    QString user() const { return m_user; }
    void setUser(const QString &user) { m_user = user; }

    // Turns a failed statement into a TesseraError (Corrupt if SQLite says the file is malformed).
    [[noreturn]] void raise(const QSqlQuery &q, const QString &what) const;

private:
    PlanStore(QString path, bool readOnly);
    void connect(bool readOnly);
    void configure();
    void migrate();

    QString m_path;
    QString m_connection;
    bool m_readOnly = false;
    int m_depth = 0;
    QString m_user;
    std::vector<std::function<void()>> m_afterCommit;
};

// Rolls back unless commit() is called: an exception or early return leaves the plan as it was.
class Transaction
{
public:
    explicit Transaction(PlanStore &store);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();
    // Runs fn once the outermost transaction has committed (change notifications go here).
    void afterCommit(std::function<void()> fn) { m_store.runAfterCommit(std::move(fn)); }

private:
    PlanStore &m_store;
    bool m_done = false;
};

} // namespace tessera
