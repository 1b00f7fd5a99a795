// Row handlers that write plan structure: territory assignments and quotas.
#include "common/error.h"
#include "importrow.h"
#include "io/iotext.h"
#include "store/fiscalcalendar.h"
#include "store/planstore.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace tessera::io {

namespace {

// Territories (org_nodes of level 'territory') by code or name.
QHash<QString, qint64> loadTerritories(PlanStore &store)
{
    QHash<QString, qint64> t;
    QSqlQuery q =
        store.query(QStringLiteral("SELECT id, code, name FROM org_nodes WHERE level = 'territory'"));
    while (q.next()) {
        t.insert(q.value(2).toString().toLower(), q.value(0).toLongLong());
        if (!q.value(1).toString().isEmpty())
            t.insert(q.value(1).toString().toLower(), q.value(0).toLongLong());
    }
    return t;
}

class AssignmentHandler : public ImportHandler
{
public:
    void prepare(PlanStore &store, const ImportOptions &options, const ColumnMapping &mapping) override
    {
        m_store = &store;
        m_dryRun = options.dryRun;
        const auto k = ImportKind::Assignments;
        fUnit = fieldIndex(k, QStringLiteral("unit"));
        fRep = fieldIndex(k, QStringLiteral("rep"));
        fTerritory = fieldIndex(k, QStringLiteral("territory"));
        m_byUnit = mapping.has(fUnit);
        m_territories = loadTerritories(store);
        if (m_byUnit) {
            const QString level = options.settings.level;
            QStringList levels;
            QSqlQuery q = store.query(QStringLiteral("SELECT name FROM geo_levels ORDER BY name"));
            while (q.next())
                levels << q.value(0).toString();
            if (level.isEmpty() || !levels.contains(level))
                throw TesseraError(
                    TesseraError::Kind::User,
                    (level.isEmpty()
                         ? IoText::tr("Unit codes need the geography level they belong to (--level NAME).")
                         : IoText::tr("The plan has no geography level '%1'.").arg(level)) +
                        QLatin1Char(' ') +
                        (levels.isEmpty() ? IoText::tr("This plan has no geography levels yet.")
                                          : IoText::tr("Levels: %1.").arg(levels.join(QStringLiteral(", ")))),
                    options.settings.level.isEmpty() ? QString() : options.mappingPath, -1,
                    QStringLiteral("level"));
            m_level = level;
            q = store.query(QStringLiteral("SELECT u.code, u.id FROM geo_units u JOIN geo_levels l ON l.id = "
                                           "u.level_id WHERE l.name = ?"),
                            {level});
            while (q.next())
                m_units.insert(q.value(0).toString(), q.value(1).toLongLong());
            q = store.query(QStringLiteral("SELECT unit_id FROM unit_assignments"));
            while (q.next())
                m_assigned.insert(q.value(0).toLongLong());
            m_insert = store.prepare(
                QStringLiteral("INSERT INTO unit_assignments(unit_id, territory_id) VALUES (?, ?)"));
            m_update = store.prepare(
                QStringLiteral("UPDATE unit_assignments SET territory_id = ? WHERE unit_id = ?"));
        } else {
            m_reps.load(store);
            m_update = store.prepare(QStringLiteral("UPDATE reps SET territory_id = ? WHERE id = ?"));
        }
    }

    void handle(ImportRow &row, bool write, ImportReport &report) override
    {
        const QString key = row.text(m_byUnit ? fUnit : fRep, true);
        const QString territory = row.text(fTerritory, true);
        qint64 territoryId = 0, target = 0;
        if (!territory.isEmpty()) {
            territoryId = m_territories.value(territory.toLower(), 0);
            if (!territoryId)
                row.problem(fTerritory, IoText::tr("no territory with code or name '%1'").arg(territory));
        }
        if (!key.isEmpty()) {
            if (m_byUnit) {
                target = m_units.value(key, 0);
                if (!target)
                    row.problem(fUnit, IoText::tr("no unit with code '%1' in level '%2'").arg(key, m_level));
            } else {
                QString why;
                const auto rep = m_reps.find(key, &why);
                if (!rep)
                    row.problem(fRep, why);
                target = rep.value_or(0);
            }
        }
        if (!checkDuplicate(row, m_byUnit ? fUnit : fRep, QString::number(target)) || row.bad())
            return;
        const bool exists = !m_byUnit || m_assigned.contains(target);
        if (write) {
            QSqlQuery &q = exists ? m_update : m_insert;
            q.bindValue(0, exists ? territoryId : target);
            q.bindValue(1, exists ? target : territoryId);
            m_store->exec(q);
        }
        m_assigned.insert(target);
        ++(exists ? report.updated : report.inserted);
    }

    QString note() const override
    {
        return m_byUnit
                   ? IoText::tr("Assigned units of level '%1' to territories (unit_assignments).")
                         .arg(m_level)
                   : IoText::tr(
                         "Assigned reps to territories (the rep's territory), because the file has a rep "
                         "column.");
    }

private:
    int fUnit = -1, fRep = -1, fTerritory = -1;
    bool m_byUnit = true;
    QString m_level;
    QHash<QString, qint64> m_territories, m_units;
    QSet<qint64> m_assigned;
    RepLookup m_reps;
    QSqlQuery m_insert, m_update;
};

class QuotaHandler : public ImportHandler
{
public:
    void prepare(PlanStore &store, const ImportOptions &options, const ColumnMapping &) override
    {
        m_store = &store;
        m_dryRun = options.dryRun;
        const auto k = ImportKind::Quotas;
        fRep = fieldIndex(k, QStringLiteral("rep"));
        fPeriod = fieldIndex(k, QStringLiteral("period"));
        fQuota = fieldIndex(k, QStringLiteral("quota"));
        fLevel = fieldIndex(k, QStringLiteral("level"));
        m_calendar = FiscalCalendar(store.settings().fiscalYearStartMonth);
        m_reps.load(store);
        QSqlQuery q = store.query(
            QStringLiteral("SELECT id, rep_id, fiscal_year, month FROM quotas WHERE rep_id IS NOT NULL"));
        while (q.next())
            m_existing.insert(key(q.value(1).toLongLong(), q.value(2).toInt(), q.value(3).toInt()),
                              q.value(0).toLongLong());
        m_insert = store.prepare(QStringLiteral(
            "INSERT INTO quotas(rep_id, fiscal_year, month, amount_cents) VALUES (?, ?, ?, ?)"));
        m_update = store.prepare(QStringLiteral("UPDATE quotas SET amount_cents = ? WHERE id = ?"));
    }

    void handle(ImportRow &row, bool write, ImportReport &report) override
    {
        // A row of an org unit or a total (Tessera's Quotas export has both): not a rep's quota. Org units'
        // quotas follow from the quota planner's allocation, so they are passed over, not refused.
        if (const QString level = row.text(fLevel);
            !level.isEmpty() && level.compare(QLatin1String("Rep"), Qt::CaseInsensitive) != 0) {
            ++m_otherLevels;
            return;
        }
        const QString rep = row.text(fRep, true), periodText = row.text(fPeriod, true);
        const auto amount = row.money(fQuota, true);
        if (amount && *amount < 0)
            row.problem(fQuota, IoText::tr("a quota must not be negative"));
        std::optional<qint64> repId;
        QString why;
        if (!rep.isEmpty() && !(repId = m_reps.find(rep, &why)))
            row.problem(fRep, why);
        FiscalPeriod period;
        static const QRegularExpression month(QStringLiteral(R"(^\d{4}-\d{2}$)"));
        if (!periodText.isEmpty()) {
            QString text = periodText;
            QString ignored;
            if (!month.match(text).hasMatch()) // a date in the month (spreadsheets turn 2027-03 into one)
                if (const auto d = parseDate(text, DateOrder::Unspecified, true, &ignored))
                    text = d->toString(QStringLiteral("yyyy-MM"));
            if (!month.match(text).hasMatch() || !m_calendar.parse(text, &period) ||
                period.kind != FiscalPeriod::Kind::Month)
                row.problem(fPeriod, IoText::tr("'%1' is not a month (YYYY-MM)").arg(periodText));
        }
        if (row.bad())
            return;
        const QString k = key(*repId, period.fiscalYear, period.number);
        if (!checkDuplicate(row, fPeriod, k))
            return;
        if (const qint64 id = m_existing.value(k, 0)) {
            if (write) {
                m_update.bindValue(0, *amount);
                m_update.bindValue(1, id);
                m_store->exec(m_update);
            }
            ++report.updated;
        } else {
            if (write) {
                const QVariantList v = {*repId, period.fiscalYear, period.number, *amount};
                for (int i = 0; i < v.size(); ++i)
                    m_insert.bindValue(i, v[i]);
                m_store->exec(m_insert);
            }
            m_existing.insert(k, write ? m_store->lastInsertId(m_insert) : m_nextDryId--);
            ++report.inserted;
        }
    }

    QString note() const override
    {
        return m_otherLevels == 0
                   ? QString()
                   : IoText::tr(
                         "Passed over %1 rows whose level is not Rep (regions, districts, totals): org "
                         "units' quotas come from the quota planner.")
                         .arg(m_otherLevels);
    }

private:
    static QString key(qint64 rep, int fy, int month)
    {
        return QStringLiteral("%1|%2|%3").arg(rep).arg(fy).arg(month);
    }
    int fRep = -1, fPeriod = -1, fQuota = -1, fLevel = -1;
    qint64 m_otherLevels = 0;
    FiscalCalendar m_calendar;
    RepLookup m_reps;
    QHash<QString, qint64> m_existing;
    QSqlQuery m_insert, m_update;
};

} // namespace

std::unique_ptr<ImportHandler> makeAssignmentHandler()
{
    return std::make_unique<AssignmentHandler>();
}

std::unique_ptr<ImportHandler> makeQuotaHandler()
{
    return std::make_unique<QuotaHandler>();
}

} // namespace tessera::io
