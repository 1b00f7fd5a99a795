// Row handlers for reps, accounts and opportunities (assignments and quotas: importhandlers_plan.cpp).
#include "common/error.h"
#include "forecast/factsbulk.h"
#include "importrow.h"
#include "store/fastsql.h"
#include "store/planstore.h"
#include "upserter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tessera::io {

std::unique_ptr<ImportHandler> makeAssignmentHandler(); // importhandlers_plan.cpp
std::unique_ptr<ImportHandler> makeQuotaHandler();

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("Importer", s);
}

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

// Accounts by external id or (unique) name.
class AccountLookup
{
public:
    void load(PlanStore &store)
    {
        QSqlQuery q = store.query(QStringLiteral("SELECT id, external_id, name FROM accounts"));
        while (q.next())
            add(q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString());
    }
    void add(qint64 id, const QString &ext, const QString &name)
    {
        if (!ext.isEmpty())
            byExternal.insert(ext, id);
        auto &ids = byName[name.toLower()];
        if (!ids.contains(id))
            ids.append(id);
    }
    std::optional<qint64> find(const QString &key, QString *why) const
    {
        if (const auto it = byExternal.constFind(key); it != byExternal.constEnd())
            return *it;
        if (const auto it = byName.constFind(key.toLower()); it != byName.constEnd()) {
            if (it->size() == 1)
                return it->front();
            *why = tr("%1 accounts are called '%2'; use the account id").arg(it->size()).arg(key);
            return std::nullopt;
        }
        *why = tr("no account with id or name '%1'").arg(key);
        return std::nullopt;
    }
    QHash<QString, qint64> byExternal;
    QHash<QString, QList<qint64>> byName;
};

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
            row.problem(fEmail, tr("'%1' is not an email address").arg(email));
        if (ext.isEmpty() && email.isEmpty())
            row.problem(row.mapped(fExt) ? fExt : fEmail,
                        tr("an external id or email is needed to match the rep"));
        qint64 territoryId = 0;
        if (!territory.isEmpty()) {
            const auto it =
                m_territories.constFind(m_territories.contains(territory) ? territory : territory.toLower());
            if (it == m_territories.constEnd())
                row.problem(fTerritory, tr("no territory with code or name '%1'").arg(territory));
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
                    row.problem(f, tr("must not be negative"));
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

class OpportunityHandler : public ImportHandler
{
public:
    void prepare(PlanStore &store, const ImportOptions &options, const ColumnMapping &mapping) override
    {
        m_store = &store;
        m_dryRun = options.dryRun;
        const auto k = ImportKind::Opportunities;
        fExt = F(k, "external_id"), fName = F(k, "name"), fAccount = F(k, "account"), fOwner = F(k, "owner");
        fAmount = F(k, "amount"), fCurrency = F(k, "currency"), fStage = F(k, "stage");
        fProbability = F(k, "probability"), fCategory = F(k, "forecast_category"), fType = F(k, "type");
        fCreated = F(k, "created_date"), fClose = F(k, "close_date");
        m_reps.load(store);
        m_accounts.load(store);
        m_existing.reserve(
            int(store.scalar(QStringLiteral("SELECT count(*) FROM opportunities")).toLongLong()));
        FastStatement q(store, "SELECT external_id, id, owner_rep_id FROM opportunities");
        while (q.step()) {
            std::optional<qint64> owner;
            if (!q.isNull(2))
                owner = q.int64(2);
            m_existing.insert(q.text(0), Existing{q.int64(1), owner});
        }
        const auto stages = QJsonDocument::fromJson(store.setting(QStringLiteral("stages")).toUtf8()).array();
        for (const auto &s : stages) {
            const QJsonObject o = s.toObject();
            m_stages.insert(o.value(QStringLiteral("name")).toString().toLower(),
                            {o.value(QStringLiteral("probability")).toInt(),
                             o.value(QStringLiteral("forecast_category")).toString()});
        }
        m_planCurrency = store.settings().currency;
        QStringList cols = {QStringLiteral("external_id"),
                            QStringLiteral("name"),
                            QStringLiteral("amount_cents"),
                            QStringLiteral("currency"),
                            QStringLiteral("stage"),
                            QStringLiteral("probability"),
                            QStringLiteral("forecast_category"),
                            QStringLiteral("close_date"),
                            QStringLiteral("is_closed"),
                            QStringLiteral("is_won")};
        for (auto [f, c] : {std::pair{fAccount, "account_id"},
                            {fOwner, "owner_rep_id"},
                            {fType, "type"},
                            {fCreated, "created_date"}}) {
            m_optional.push_back(mapping.has(f) ? f : -1);
            if (mapping.has(f))
                cols << QString::fromLatin1(c);
        }
        m_up = std::make_unique<Upserter>(store, QStringLiteral("opportunities"), cols);
    }

    // Bulk writes bypass the forecast_facts triggers and rebuild the touched owners' facts at the end.
    // A file about as big as the table (and big in itself) also rebuilds the secondary indexes once at the
    // end instead of updating them row by row.
    void begin(qint64 expectedRows) override
    {
        m_facts = std::make_unique<ForecastFactsBulkScope>(*m_store);
        if (expectedRows >= 100000 && expectedRows >= qint64(m_existing.size()))
            m_indexes = std::make_unique<BulkIndexScope>(*m_store, QStringLiteral("opportunities"));
    }
    void beforeCommit() override
    {
        if (m_indexes)
            m_indexes->finish();
        if (m_facts)
            m_facts->finish();
    }

    void handle(ImportRow &row, bool write, ImportReport &report) override
    {
        const QString ext = row.text(fExt, true), name = row.text(fName, true),
                      stage = row.text(fStage, true);
        const auto amount = row.money(fAmount, true);
        const auto close = row.date(fClose, true);
        QString currency = row.text(fCurrency).toUpper();
        if (currency.isEmpty())
            currency = m_planCurrency;
        else if (currency.size() != 3)
            row.problem(fCurrency, tr("'%1' is not a three-letter currency code").arg(currency));
        std::optional<int> probability = row.percent(fProbability);
        QString category = row.text(fCategory);
        if (!category.isEmpty()) {
            category = canonicalCategory(category);
            if (category.isEmpty())
                row.problem(fCategory,
                            tr("'%1' is not a forecast category (Pipeline, Best Case, Commit, Closed, "
                               "Omitted)")
                                .arg(row.text(fCategory)));
        }
        // Closed won / lost from the stage name, the plan's stage list, or the forecast category.
        const QString lower = stage.toLower();
        const auto known = m_stages.constFind(lower);
        bool won = lower.contains(QLatin1String("closed won")) || lower == QLatin1String("won");
        bool lost = lower.contains(QLatin1String("closed lost")) || lower == QLatin1String("lost");
        if (!won && !lost && known != m_stages.constEnd() && known->category == QLatin1String("Closed"))
            won = true;
        if (!won && !lost && category == QLatin1String("Closed"))
            won = true;
        if (!probability)
            probability = known != m_stages.constEnd() ? known->probability : (won ? 100 : 0);
        if (category.isEmpty())
            category = known != m_stages.constEnd() && !known->category.isEmpty()
                           ? known->category
                           : (won ? QStringLiteral("Closed")
                                  : (lost ? QStringLiteral("Omitted") : QStringLiteral("Pipeline")));
        QVariantList v = {ext,
                          name,
                          orNull(amount),
                          currency,
                          stage,
                          *probability,
                          category,
                          isoOrNull(close),
                          (won || lost) ? 1 : 0,
                          won ? 1 : 0};
        std::optional<qint64> owner;
        for (int f : m_optional) {
            if (f < 0)
                continue;
            const QString t = f == fCreated ? QString() : row.text(f);
            std::optional<qint64> id;
            QString why;
            if (f == fAccount) {
                if (!t.isEmpty() && !(id = m_accounts.find(t, &why)))
                    row.problem(f, why);
                v << orNull(id);
            } else if (f == fOwner) {
                if (!t.isEmpty() && !(id = m_reps.find(t, &why)))
                    row.problem(f, why);
                owner = id;
                v << orNull(id);
            } else if (f == fType) {
                v << orNull(t);
            } else {
                v << isoOrNull(row.date(f));
            }
        }
        if (!checkDuplicate(row, fExt, ext) || row.bad())
            return;
        if (const auto it = m_existing.constFind(ext); it != m_existing.constEnd()) {
            if (write) {
                m_up->update(it->id, v);
                m_facts->touchOwner(it->owner);
                // An unmapped owner column leaves the owner as it was.
                m_facts->touchOwner(m_optional[1] >= 0 ? owner : it->owner);
            }
            ++report.updated;
        } else {
            if (write) {
                m_up->insert(v); // a later row with this id is a duplicate, so the new id is not needed
                m_facts->touchOwner(owner);
            }
            ++report.inserted;
        }
    }

private:
    static QString canonicalCategory(const QString &text)
    {
        static const QStringList names = {QStringLiteral("Pipeline"), QStringLiteral("Best Case"),
                                          QStringLiteral("Commit"), QStringLiteral("Closed"),
                                          QStringLiteral("Omitted")};
        for (const QString &c : names)
            if (c == text)
                return c;
        static const QStringList normalized = [] {
            QStringList n;
            for (const QString &c : names)
                n << normalizedHeader(c);
            return n;
        }();
        const qsizetype i = normalized.indexOf(normalizedHeader(text)); // "best case", "BestCase"
        return i >= 0 ? names[i] : QString();
    }
    struct StageInfo
    {
        int probability = 0;
        QString category;
    };
    int fExt, fName, fAccount, fOwner, fAmount, fCurrency, fStage, fProbability, fCategory, fType, fCreated,
        fClose;
    std::vector<int> m_optional;
    RepLookup m_reps;
    AccountLookup m_accounts;
    struct Existing
    {
        qint64 id;
        std::optional<qint64> owner;
    };
    QHash<QString, Existing> m_existing;
    QHash<QString, StageInfo> m_stages;
    std::unique_ptr<ForecastFactsBulkScope> m_facts;
    std::unique_ptr<BulkIndexScope> m_indexes;
    QString m_planCurrency;
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
        return std::make_unique<OpportunityHandler>();
    case ImportKind::Assignments:
        return makeAssignmentHandler();
    case ImportKind::Quotas:
        return makeQuotaHandler();
    }
    throw TesseraError::internal(QStringLiteral("unknown import kind"));
}

} // namespace tessera::io
