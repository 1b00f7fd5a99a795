// Row handlers for reps and accounts (opportunities: importopportunities.cpp; assignments and quotas:
// importhandlers_plan.cpp).
#include "common/error.h"
#include "importrow.h"
#include "io/iotext.h"
#include "store/planstore.h"
#include "upserter.h"

#include <QCoreApplication>

namespace tessera::io {

std::unique_ptr<ImportHandler> makeAssignmentHandler(); // importhandlers_plan.cpp
std::unique_ptr<ImportHandler> makeQuotaHandler();
std::unique_ptr<ImportHandler> makeOpportunityHandler(); // importopportunities.cpp

namespace {

int F(ImportKind kind, const char *id)
{
    return fieldIndex(kind, QString::fromLatin1(id));
}

QVariant orNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

template <typename T> QVariant orNull(const std::optional<T> &v)
{
    return v ? QVariant::fromValue(*v) : QVariant(QMetaType::fromType<T>());
}

// "2027-03-04" without QDate::toString (which goes through printf-style formatting: hot at a million rows).
QVariant isoOrNull(const std::optional<QDate> &d)
{
    if (!d)
        return QVariant(QMetaType::fromType<QString>());
    int y = d->year(), m = d->month(), day = d->day();
    if (y < 1000 || y > 9999)
        return d->toString(Qt::ISODate);
    const char16_t text[10] = {char16_t(u'0' + y / 1000),
                               char16_t(u'0' + y / 100 % 10),
                               char16_t(u'0' + y / 10 % 10),
                               char16_t(u'0' + y % 10),
                               u'-',
                               char16_t(u'0' + m / 10),
                               char16_t(u'0' + m % 10),
                               u'-',
                               char16_t(u'0' + day / 10),
                               char16_t(u'0' + day % 10)};
    return QString(reinterpret_cast<const QChar *>(text), 10);
}

class RepHandler : public ImportHandler
{
public:
    void prepare(PlanStore &store, const ImportOptions &options, const ColumnMapping &mapping) override
    {
        m_store = &store;
        m_dryRun = options.dryRun;
        const auto k = ImportKind::Reps;
        fExt = F(k, "external_id"), fName = F(k, "name"), fEmail = F(k, "email"), fRole = F(k, "role");
        fManager = F(k, "manager"), fHire = F(k, "hire_date"), fEnd = F(k, "end_date");
        fTerritory = F(k, "territory");
        m_reps.load(store);
        QSqlQuery q = store.query(QStringLiteral("SELECT id, external_id, lower(email) FROM reps"));
        while (q.next()) {
            if (!q.value(1).toString().isEmpty())
                m_existingByExt.insert(q.value(1).toString(), q.value(0).toLongLong());
            if (!q.value(2).toString().isEmpty())
                m_existingByEmail.insert(q.value(2).toString(), q.value(0).toLongLong());
        }
        q = store.query(
            QStringLiteral("SELECT id, code, lower(name) FROM org_nodes WHERE level = 'territory'"));
        while (q.next()) {
            m_territories.insert(q.value(1).toString(), q.value(0).toLongLong());
            m_territories.insert(q.value(2).toString(), q.value(0).toLongLong());
        }
        QStringList cols = {QStringLiteral("name")};
        m_cols = {fName};
        for (auto [f, c] : {std::pair{fExt, "external_id"},
                            {fEmail, "email"},
                            {fRole, "role"},
                            {fHire, "hire_date"},
                            {fEnd, "end_date"},
                            {fTerritory, "territory_id"}}) {
            if (mapping.has(f)) {
                cols << QString::fromLatin1(c);
                m_cols.push_back(f);
            }
        }
        m_up = std::make_unique<Upserter>(store, QStringLiteral("reps"), cols);
    }

    void handle(ImportRow &row, bool write, ImportReport &report) override
    {
        const QString ext = row.text(fExt), name = row.text(fName, true), email = row.text(fEmail);
        const QString role = row.text(fRole), manager = row.text(fManager), territory = row.text(fTerritory);
        const auto hire = row.date(fHire), end = row.date(fEnd);
        if (!email.isEmpty() && !email.contains(QLatin1Char('@')))
            row.problem(fEmail, IoText::tr("'%1' is not an email address").arg(email));
        if (ext.isEmpty() && email.isEmpty())
            row.problem(row.mapped(fExt) ? fExt : fEmail,
                        IoText::tr("an external id or email is needed to match the rep"));
        qint64 territoryId = 0;
        if (!territory.isEmpty()) {
            const auto it =
                m_territories.constFind(m_territories.contains(territory) ? territory : territory.toLower());
            if (it == m_territories.constEnd())
                row.problem(fTerritory, IoText::tr("no territory with code or name '%1'").arg(territory));
            else
                territoryId = *it;
        }
        const QString key = ext.isEmpty() ? email.toLower() : ext;
        if (!checkDuplicate(row, ext.isEmpty() ? fEmail : fExt, key) || row.bad())
            return;
        QVariantList v;
        for (int f : m_cols) {
            if (f == fName)
                v << name;
            else if (f == fExt)
                v << orNull(ext);
            else if (f == fEmail)
                v << orNull(email);
            else if (f == fRole)
                v << (role.isEmpty() ? QStringLiteral("Account Executive") : role);
            else if (f == fHire)
                v << isoOrNull(hire);
            else if (f == fEnd)
                v << isoOrNull(end);
            else if (f == fTerritory)
                v << (territoryId ? QVariant(territoryId) : QVariant(QMetaType::fromType<qint64>()));
        }
        qint64 id = ext.isEmpty() ? m_existingByEmail.value(key, 0) : m_existingByExt.value(key, 0);
        if (id) {
            if (write)
                m_up->update(id, v);
            ++report.updated;
        } else {
            id = write ? m_up->insert(v) : m_nextDryId--;
            ++report.inserted;
        }
        m_reps.add(id, ext, email, name);
        if (!manager.isEmpty())
            m_pendingManagers.push_back({id, manager, row.row(), write});
    }

    void finish(ImportRow &row, bool, ImportReport &) override
    {
        // Managers may be listed after their reports: resolved once every row is known.
        for (const Pending &p : m_pendingManagers) {
            QString why;
            const auto m = m_reps.find(p.manager, &why);
            if (!m) {
                row.problemAt(p.row, fManager, why);
            } else if (p.written && p.repId > 0 && *m > 0) {
                m_store->query(QStringLiteral("UPDATE reps SET manager_id = ? WHERE id = ?"), {*m, p.repId});
            }
        }
    }

private:
    struct Pending
    {
        qint64 repId;
        QString manager;
        qint64 row;
        bool written;
    };
    int fExt, fName, fEmail, fRole, fManager, fHire, fEnd, fTerritory;
    std::vector<int> m_cols;
    RepLookup m_reps;
    QHash<QString, qint64> m_existingByExt, m_existingByEmail, m_territories;
    std::vector<Pending> m_pendingManagers;
    std::unique_ptr<Upserter> m_up;
};

class AccountHandler : public ImportHandler
{
public:
    void prepare(PlanStore &store, const ImportOptions &options, const ColumnMapping &mapping) override
    {
        m_store = &store;
        m_dryRun = options.dryRun;
        m_reps.load(store);
        m_accounts.load(store);
        const auto k = ImportKind::Accounts;
        static const std::pair<const char *, const char *> map[] = {
            {"external_id", "external_id"},
            {"name", "name"},
            {"address", "address"},
            {"city", "city"},
            {"state", "state"},
            {"postal_code", "postal_code"},
            {"country", "country"},
            {"industry", "industry"},
            {"segment", "segment"},
            {"employees", "employees"},
            {"annual_revenue", "annual_revenue_cents"},
            {"owner", "owner_rep_id"}};
        QStringList cols;
        for (const auto &[field, column] : map) {
            const int f = F(k, field);
            if (mapping.has(f)) {
                m_cols.push_back(f);
                cols << QString::fromLatin1(column);
            }
        }
        fExt = F(k, "external_id"), fName = F(k, "name"), fEmployees = F(k, "employees");
        fRevenue = F(k, "annual_revenue"), fOwner = F(k, "owner"), fCountry = F(k, "country");
        m_up = std::make_unique<Upserter>(store, QStringLiteral("accounts"), cols);
    }

    void handle(ImportRow &row, bool write, ImportReport &report) override
    {
        QVariantList v;
        QString ext, name;
        for (int f : m_cols) {
            if (f == fEmployees) {
                v << orNull(row.whole(f));
            } else if (f == fRevenue) {
                const auto cents = row.money(f);
                if (cents && *cents < 0)
                    row.problem(f, IoText::tr("must not be negative"));
                v << orNull(cents);
            } else if (f == fOwner) {
                const QString owner = row.text(f);
                std::optional<qint64> id;
                QString why;
                if (!owner.isEmpty() && !(id = m_reps.find(owner, &why)))
                    row.problem(f, why);
                v << orNull(id);
            } else if (f == fCountry) {
                const QString c = row.text(f);
                v << (c.isEmpty() ? QStringLiteral("US") : c);
            } else {
                const QString t = row.text(f, f == fExt || f == fName);
                if (f == fExt)
                    ext = t;
                if (f == fName)
                    name = t;
                v << orNull(t);
            }
        }
        if (!checkDuplicate(row, fExt, ext) || row.bad())
            return;
        if (const qint64 id = m_accounts.byExternal.value(ext, 0)) {
            if (write)
                m_up->update(id, v);
            ++report.updated;
        } else {
            m_accounts.add(write ? m_up->insert(v) : m_nextDryId--, ext, name);
            ++report.inserted;
        }
    }

private:
    int fExt, fName, fEmployees, fRevenue, fOwner, fCountry;
    std::vector<int> m_cols;
    RepLookup m_reps;
    AccountLookup m_accounts;
    std::unique_ptr<Upserter> m_up;
};

} // namespace

std::unique_ptr<ImportHandler> makeImportHandler(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Reps:
        return std::make_unique<RepHandler>();
    case ImportKind::Accounts:
        return std::make_unique<AccountHandler>();
    case ImportKind::Opportunities:
        return makeOpportunityHandler();
    case ImportKind::Assignments:
        return makeAssignmentHandler();
    case ImportKind::Quotas:
        return makeQuotaHandler();
    }
    throw TesseraError::internal(QStringLiteral("unknown import kind"));
}

} // namespace tessera::io
