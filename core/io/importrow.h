#pragma once
// Internal to the importer: one data row seen through the column mapping, with typed accessors that
// record a problem (row, column, reason) instead of throwing, and the per-kind row handlers.

#include "columnmapping.h"
#include "importer.h"
#include "tablesource.h"

#include <QHash>
#include <QVariant>
#include <functional>
#include <memory>

namespace tessera::io {

class ImportRow
{
public:
    ImportRow(const TableSource &source, const std::vector<int> &columnOfField, ImportKind kind,
              const MappingFile &settings, std::function<void(const ImportProblem &)> sink);

    void start() { m_bad = false; }
    bool bad() const { return m_bad; }
    qint64 row() const { return m_source.row(); }
    bool mapped(int field) const { return field >= 0 && m_columnOfField[size_t(field)] >= 0; }

    // The cell's UTF-8 bytes as read, untrimmed (empty if unmapped; only for sources with UTF-8 cells).
    std::string_view bytes(int field) const
    {
        return mapped(field) ? m_source.utf8Cell(m_columnOfField[size_t(field)]) : std::string_view();
    }
    bool hasBytes() const { return m_source.hasUtf8Cells(); }
    // The trimmed text of a field ("" if unmapped or empty); a required empty field is a problem.
    QString text(int field, bool required = false);
    std::optional<qint64> money(int field, bool required = false);
    std::optional<int> percent(int field); // 0..100, rounded half away from zero
    std::optional<qint64> whole(int field);
    std::optional<QDate> date(int field, bool required = false);
    void problem(int field, const QString &reason);               // field -1: the row as a whole
    void problemAt(qint64 row, int field, const QString &reason); // a row read earlier

private:
    const TableSource &m_source;
    const std::vector<int> &m_columnOfField;
    ImportKind m_kind;
    const MappingFile &m_settings;
    std::function<void(const ImportProblem &)> m_sink;
    bool m_bad = false;
};

// Looks up reps by external id, email or (unique) name.
class RepLookup
{
public:
    void load(PlanStore &store);
    void add(qint64 id, const QString &externalId, const QString &email, const QString &name);
    // The rep's id, or nullopt with *why set (unknown, or a name shared by several reps).
    std::optional<qint64> find(const QString &key, QString *why) const;

private:
    QHash<QString, qint64> m_byExternal, m_byEmail;
    QHash<QString, QList<qint64>> m_byName;
};

// Accounts by external id or (unique) name.
class AccountLookup
{
public:
    void load(PlanStore &store);
    void add(qint64 id, const QString &externalId, const QString &name);
    std::optional<qint64> find(const QString &key, QString *why) const;
    QHash<QString, qint64> byExternal;
    QHash<QString, QList<qint64>> byName;
};

// One import kind: validates a row, then writes it (unless dry run) through its statements.
class ImportHandler
{
public:
    virtual ~ImportHandler() = default;
    // Loads lookups; throws a TesseraError for setup problems (e.g. a missing geography level).
    virtual void prepare(PlanStore &store, const ImportOptions &options, const ColumnMapping &mapping) = 0;
    // Validates the row (problems go through the row, duplicates inside the file too); when write is true
    // and the row is good, writes it. Counts what it added or updated (or would, in a dry run).
    virtual void handle(ImportRow &row, bool write, ImportReport &report) = 0;
    // Once the import's transaction is open (not in a dry run), before the first row; expectedRows is a
    // rough estimate (0 when unknown).
    virtual void begin(qint64 expectedRows) { Q_UNUSED(expectedRows); }
    // After the last row (e.g. managers that refer to reps later in the file).
    virtual void finish(ImportRow &, bool, ImportReport &) {}
    // Just before the transaction commits (derived data the rows change).
    virtual void beforeCommit() {}
    // The import stops on an exception (cancel, unreadable file): stop writing before the rollback.
    virtual void abort() {}
    virtual QString note() const { return {}; }
    // Whether every reference the handler writes (owner, account ids) comes from the plan itself, read in
    // the import's transaction: then the import runs without SQLite's foreign-key checks.
    virtual bool resolvesReferences() const { return false; }

protected:
    PlanStore *m_store = nullptr;
    bool m_dryRun = false;
    qint64 m_nextDryId = -1; // ids for rows a dry run would insert
    // A key seen twice in the file is a problem on the later row.
    bool checkDuplicate(ImportRow &row, int field, const QString &key);
    QHash<QString, qint64> m_seen;
};

std::unique_ptr<ImportHandler> makeImportHandler(ImportKind kind);

} // namespace tessera::io
