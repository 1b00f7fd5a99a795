#include "importer.h"
#include "io/iotext.h"

#include "common/error.h"
#include "importrow.h"
#include "store/changelog.h"
#include "store/fastsql.h"
#include "store/planstore.h"
#include "store/writegathering.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>

namespace tessera::io {

namespace {

} // namespace

QString ImportProblem::describe() const
{
    TesseraError e(TesseraError::Kind::User, reason, file, row, column);
    return e.describe();
}

ImportRow::ImportRow(const TableSource &source, const std::vector<int> &columnOfField, ImportKind kind,
                     const MappingFile &settings, std::function<void(const ImportProblem &)> sink)
    : m_source(source), m_columnOfField(columnOfField), m_kind(kind), m_settings(settings),
      m_sink(std::move(sink))
{
}

void ImportRow::problem(int field, const QString &reason)
{
    problemAt(m_source.row(), field, reason);
}

void ImportRow::problemAt(qint64 row, int field, const QString &reason)
{
    m_bad = true;
    QString column;
    if (field >= 0) {
        const int c = m_columnOfField[size_t(field)];
        column = c >= 0 ? m_source.headers().value(c) : fieldsFor(m_kind)[size_t(field)].label;
    }
    m_sink(ImportProblem{m_source.fileName(), row, column, reason});
}

QString ImportRow::text(int field, bool required)
{
    QString v;
    if (mapped(field))
        v = m_source.cell(m_columnOfField[size_t(field)]).trimmed();
    if (required && v.isEmpty())
        problem(field, IoText::tr("required value is empty"));
    return v;
}

std::optional<qint64> ImportRow::money(int field, bool required)
{
    const QString t = text(field, required);
    if (t.isEmpty())
        return std::nullopt;
    QString why;
    const auto v = parseMoneyCents(t, m_settings.numbers, &why);
    if (!v)
        problem(field, IoText::tr("not an amount: %1").arg(why));
    return v;
}

std::optional<int> ImportRow::percent(int field)
{
    const QString t = text(field);
    if (t.isEmpty())
        return std::nullopt;
    QString why;
    const auto micros = parsePercentMicros(t, m_settings.numbers, &why);
    if (!micros) {
        problem(field, IoText::tr("not a percentage: %1").arg(why));
        return std::nullopt;
    }
    const qint64 p = (*micros + (*micros >= 0 ? 5000 : -5000)) / 10000; // half away from zero
    if (p < 0 || p > 100) {
        problem(field, IoText::tr("%1 is outside 0-100 %").arg(t));
        return std::nullopt;
    }
    return int(p);
}

std::optional<qint64> ImportRow::whole(int field)
{
    const QString t = text(field);
    if (t.isEmpty())
        return std::nullopt;
    QString why;
    const auto v = parseWholeNumber(t, m_settings.numbers, &why);
    if (!v)
        problem(field, IoText::tr("not a whole number: %1").arg(why));
    else if (*v < 0)
        problem(field, IoText::tr("must not be negative"));
    return v;
}

std::optional<QDate> ImportRow::date(int field, bool required)
{
    const QString t = text(field, required);
    if (t.isEmpty())
        return std::nullopt;
    QString why;
    const auto d = parseDate(t, m_settings.dateOrder, m_source.isSpreadsheet(), &why);
    if (!d)
        problem(field, why);
    return d;
}

void RepLookup::load(PlanStore &store)
{
    QSqlQuery q = store.query(QStringLiteral("SELECT id, external_id, email, name FROM reps"));
    while (q.next())
        add(q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString());
}

void RepLookup::add(qint64 id, const QString &externalId, const QString &email, const QString &name)
{
    if (!externalId.isEmpty())
        m_byExternal.insert(externalId, id);
    if (!email.isEmpty())
        m_byEmail.insert(email.toLower(), id);
    if (!name.isEmpty()) {
        auto &ids = m_byName[name.toLower()];
        if (!ids.contains(id))
            ids.append(id);
    }
}

std::optional<qint64> RepLookup::find(const QString &key, QString *why) const
{
    if (const auto it = m_byExternal.constFind(key); it != m_byExternal.constEnd())
        return *it;
    const QString lower = key.toLower();
    if (const auto it = m_byEmail.constFind(lower); it != m_byEmail.constEnd())
        return *it;
    if (const auto it = m_byName.constFind(lower); it != m_byName.constEnd()) {
        if (it->size() == 1)
            return it->front();
        *why = IoText::tr("%1 reps are called '%2'; use the external id or email").arg(it->size()).arg(key);
        return std::nullopt;
    }
    *why = IoText::tr("no rep with external id, email or name '%1'").arg(key);
    return std::nullopt;
}

void AccountLookup::load(PlanStore &store)
{
    QSqlQuery q = store.query(QStringLiteral("SELECT id, external_id, name FROM accounts"));
    while (q.next())
        add(q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString());
}

void AccountLookup::add(qint64 id, const QString &ext, const QString &name)
{
    if (!ext.isEmpty())
        byExternal.insert(ext, id);
    auto &ids = byName[name.toLower()];
    if (!ids.contains(id))
        ids.append(id);
}

std::optional<qint64> AccountLookup::find(const QString &key, QString *why) const
{
    if (const auto it = byExternal.constFind(key); it != byExternal.constEnd())
        return *it;
    if (const auto it = byName.constFind(key.toLower()); it != byName.constEnd()) {
        if (it->size() == 1)
            return it->front();
        *why = IoText::tr("%1 accounts are called '%2'; use the account id").arg(it->size()).arg(key);
        return std::nullopt;
    }
    *why = IoText::tr("no account with id or name '%1'").arg(key);
    return std::nullopt;
}

bool ImportHandler::checkDuplicate(ImportRow &row, int field, const QString &key)
{
    if (key.isEmpty())
        return true;
    const auto it = m_seen.constFind(key);
    if (it != m_seen.constEnd()) {
        row.problem(field, IoText::tr("duplicate of row %1 ('%2')").arg(*it).arg(key));
        return false;
    }
    m_seen.insert(key, row.row());
    return true;
}

ImportPreview previewFile(const QString &path, ImportKind kind, int maxRows)
{
    auto source = TableSource::open(path);
    ImportPreview p;
    p.headers = source->headers();
    p.mapping = recogniseColumns(kind, p.headers);
    while (int(p.rows.size()) < maxRows && source->next()) {
        QStringList r;
        for (int c = 0; c < p.headers.size(); ++c)
            r << source->cell(c);
        p.rows.push_back(r);
    }
    return p;
}

ImportReport importFile(PlanStore &store, const QString &path, const ImportOptions &options,
                        const Progress &progress)
{
    auto source = TableSource::open(path);
    const QStringList &headers = source->headers();
    ColumnMapping mapping;
    if (options.mapping) {
        mapping = *options.mapping;
        mapping.fieldOfColumn.resize(size_t(headers.size()), -1);
    } else {
        mapping = recogniseColumns(options.kind, headers);
        applyMappingFile(options.kind, headers, options.settings, &mapping, options.mappingPath);
    }
    if (const QStringList problems = mappingProblems(options.kind, mapping); !problems.isEmpty())
        throw TesseraError(TesseraError::Kind::User,
                           problems.join(QLatin1Char(' ')) +
                               IoText::tr(" Columns found: %1.").arg(headers.join(QStringLiteral(", "))),
                           path, 1);

    const auto &fields = fieldsFor(options.kind);
    std::vector<int> columnOfField(fields.size(), -1);
    for (size_t f = 0; f < fields.size(); ++f)
        columnOfField[f] = mapping.columnOf(int(f));

    ImportReport report;
    auto sink = [&](const ImportProblem &p) {
        ++report.problemCount;
        if (int(report.problems.size()) < options.maxProblemsListed)
            report.problems.push_back(p);
    };
    ImportRow row(*source, columnOfField, options.kind, options.settings, sink);
    auto handler = makeImportHandler(options.kind);

    const QString stage = IoText::tr("Importing %1").arg(kindTitle(options.kind).toLower());
    // The handler reads the plan (owners, accounts, existing ids) inside the import's transaction, which
    // holds the write lock from its start (BEGIN IMMEDIATE): what it resolves stays true until the commit.
    std::optional<ReferencesCheckedScope> references; // outlives the transaction: set before, reset after
    std::optional<FullSyncScope> fullSync;            // the same; lets the commit gather its writes
    std::optional<Transaction> tx;
    if (!options.dryRun) {
        if (handler->resolvesReferences())
            references.emplace(store);
        fullSync.emplace(store);
        tx.emplace(store);
    }
    handler->prepare(store, options, mapping);
    if (tx) {
        // About 100 bytes per CSV row; spreadsheets do not say.
        handler->begin(source->isSpreadsheet() ? 0 : source->progressTotal() / 100);
    }
    progress.report(0, source->progressTotal(), stage);
    try {
        while (source->next()) {
            ++report.rows;
            row.start();
            // Once a row is bad and bad rows are not skipped, the rest is only validated.
            const bool write = !options.dryRun && (options.skipBadRows || report.problemCount == 0);
            handler->handle(row, write, report);
            if (row.bad())
                ++report.skipped;
            if ((report.rows & 4095) == 0)
                progress.report(source->progressDone(), source->progressTotal(), stage);
        }
        row.start();
        handler->finish(row, !options.dryRun && (options.skipBadRows || report.problemCount == 0), report);
    } catch (...) {
        handler->abort(); // stops writing before the transaction rolls back
        throw;
    }
    report.note = handler->note();
    if (report.rows == 0)
        sink(ImportProblem{path, -1, {}, IoText::tr("The file has a header but no data rows.")});
    progress.report(source->progressTotal(), source->progressTotal(), stage);

    const bool refused = report.problemCount > 0 && !options.skipBadRows;
    if (options.dryRun)
        return report; // counts are what the good rows would do
    if (refused) {
        report.inserted = report.updated = 0;
        return report; // the transaction rolls back
    }
    recordChange(store, QStringLiteral("import"), 0, QStringLiteral("import"), {},
                 QJsonObject{{QStringLiteral("kind"), kindName(options.kind)},
                             {QStringLiteral("file"), QFileInfo(path).fileName()},
                             {QStringLiteral("inserted"), report.inserted},
                             {QStringLiteral("updated"), report.updated},
                             {QStringLiteral("skipped"), report.skipped}});
    handler->beforeCommit();
    {
        const WriteGathering gathered(store);
        tx->commit();
    }
    report.committed = true;
    return report;
}

} // namespace tessera::io
