#include "crediting.h"

#include "compstore.h"
#include "store/planstore.h"

#include <QCoreApplication>
#include <QFuture>
#include <QHash>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace tessera::comp {
namespace {

struct RepInfo
{
    qint64 manager = 0, territory = 0;
    QDate hire, end;
    bool activeOn(const QDate &d) const
    {
        return (!hire.isValid() || hire <= d) && (!end.isValid() || end >= d);
    }
};

struct RawDeal
{
    qint64 id = 0, owner = 0, account = 0;
    Money amount;
    QDate date;
    QString type, name;
};

// Reads the won deals with id in [lo, hi]; names and types only when wanted (explanations, SPIFF
// conditions).
std::vector<RawDeal> readDeals(PlanStore &store, const QString &from, const QString &to, qint64 lo, qint64 hi,
                               bool text)
{
    std::vector<RawDeal> out;
    out.reserve(size_t(std::clamp<qint64>(hi - lo + 1, 0, 4000000))); // ids are dense in practice
    QSqlQuery q = store.prepare(
        QStringLiteral("SELECT id, owner_rep_id, amount_cents, close_date, account_id%1 FROM opportunities "
                       "WHERE is_won = 1 AND close_date >= ? AND close_date <= ? AND id >= ? AND id <= ?")
            .arg(text ? QStringLiteral(", type, name") : QString()));
    q.setForwardOnly(true);
    q.addBindValue(from);
    q.addBindValue(to);
    q.addBindValue(lo);
    q.addBindValue(hi);
    store.exec(q);
    QHash<QString, QDate> dates;
    QHash<QString, QString> types;
    while (q.next()) {
        RawDeal d;
        d.id = q.value(0).toLongLong();
        d.owner = q.value(1).toLongLong();
        d.amount = Money::fromCents(q.value(2).toLongLong());
        const QString dateText = q.value(3).toString();
        const auto di = dates.constFind(dateText);
        d.date =
            di != dates.constEnd() ? *di : *dates.insert(dateText, QDate::fromString(dateText, Qt::ISODate));
        d.account = q.value(4).toLongLong();
        if (text) {
            const QString type = q.value(5).toString();
            const auto ti = types.constFind(type);
            d.type = ti != types.constEnd() ? *ti : *types.insert(type, type);
            d.name = q.value(6).toString();
        }
        out.push_back(std::move(d));
    }
    return out;
}

struct Split
{
    qint64 rep;
    Rate share;
    bool overlay;
};

} // namespace

CreditsByRep computeCredits(PlanStore &store, const QDate &from, const QDate &to,
                            const CreditOptions &options, const Progress &progress)
{
    const CreditingSettings settings = creditingSettings(store);
    std::unordered_map<qint64, RepInfo> reps;
    QHash<qint64, std::vector<qint64>> repsOfTerritory;
    {
        QSqlQuery q = store.query(
            QStringLiteral("SELECT id, manager_id, territory_id, hire_date, end_date FROM reps ORDER BY id"));
        while (q.next()) {
            RepInfo r{q.value(1).toLongLong(), q.value(2).toLongLong(),
                      QDate::fromString(q.value(3).toString(), Qt::ISODate),
                      QDate::fromString(q.value(4).toString(), Qt::ISODate)};
            reps[q.value(0).toLongLong()] = r;
            if (r.territory)
                repsOfTerritory[r.territory].push_back(q.value(0).toLongLong());
        }
    }
    const QString fromIso = from.toString(Qt::ISODate), toIso = to.toString(Qt::ISODate);
    std::unordered_map<qint64, std::vector<Split>> splits;
    {
        QSqlQuery q = store.query(
            QStringLiteral("SELECT s.opportunity_id, s.rep_id, s.percent_micros, s.kind FROM comp_splits s "
                           "JOIN opportunities o ON o.id = s.opportunity_id "
                           "WHERE o.close_date >= ? AND o.close_date <= ? ORDER BY s.id"),
            {fromIso, toIso});
        while (q.next())
            splits[q.value(0).toLongLong()].push_back({q.value(1).toLongLong(),
                                                       Rate::fromMicros(q.value(2).toLongLong()),
                                                       q.value(3).toString() == QLatin1String("overlay")});
    }
    struct Cancel
    {
        QDate cancel, invoice, payment;
    };
    std::unordered_map<qint64, Cancel> cancels;
    {
        QSqlQuery q = store.query(QStringLiteral(
            "SELECT opportunity_id, cancel_date, invoice_date, payment_date FROM comp_cancellations"));
        while (q.next())
            cancels[q.value(0).toLongLong()] = {QDate::fromString(q.value(1).toString(), Qt::ISODate),
                                                QDate::fromString(q.value(2).toString(), Qt::ISODate),
                                                QDate::fromString(q.value(3).toString(), Qt::ISODate)};
    }
    std::unordered_map<qint64, qint64> territoryOfAccount;
    const bool byTerritory = settings.source == CreditingSettings::Source::Territory;
    if (byTerritory &&
        store.scalar(QStringLiteral("SELECT COUNT(*) FROM unit_assignments WHERE territory_id IS NOT NULL"))
                .toLongLong() > 0) {
        QSqlQuery q = store.query(
            QStringLiteral("SELECT au.account_id, ua.territory_id FROM account_units au "
                           "JOIN unit_assignments ua ON ua.unit_id = au.unit_id "
                           "WHERE ua.territory_id IS NOT NULL ORDER BY au.account_id, au.level_id"));
        while (q.next())
            territoryOfAccount.emplace(q.value(0).toLongLong(), q.value(1).toLongLong());
    }
    auto territoryRep = [&](qint64 territory, const QDate &date) -> qint64 {
        const auto it = repsOfTerritory.constFind(territory);
        if (it == repsOfTerritory.constEnd())
            return 0;
        for (qint64 r : *it)
            if (reps[r].activeOn(date))
                return r;
        return 0;
    };

    // Read in id ranges, in parallel on their own connections when this connection has no transaction
    // open (other connections would not see its pending writes).
    QSqlQuery range = store.query(
        // The whole id range (instant on the primary key); a filtered MIN/MAX would visit every row.
        QStringLiteral("SELECT MIN(id), MAX(id) FROM opportunities"));
    range.next();
    const qint64 lo = range.value(0).toLongLong(), hi = range.value(1).toLongLong();
    const int parts =
        store.transactionDepth() == 0 && hi - lo > 100000 ? std::max(1, QThread::idealThreadCount()) : 1;
    std::vector<std::vector<RawDeal>> raw(static_cast<size_t>(parts));
    progress.report(0, 1, QCoreApplication::translate("comp", "Reading deals"));
    if (parts == 1) {
        raw[0] = readDeals(store, fromIso, toIso, lo, hi, options.readText);
    } else {
        QList<QFuture<std::vector<RawDeal>>> futures;
        const QString path = store.path();
        const bool text = options.readText;
        for (int k = 0; k < parts; ++k) {
            const qint64 a = lo + (hi - lo + 1) * k / parts, b = lo + (hi - lo + 1) * (k + 1) / parts - 1;
            futures << QtConcurrent::run([path, fromIso, toIso, a, b, text]() {
                auto own = PlanStore::openConnection(path, PlanStore::Access::ReadOnly);
                return readDeals(*own, fromIso, toIso, a, b, text);
            });
        }
        for (int k = 0; k < parts; ++k)
            raw[size_t(k)] = futures[k].result();
    }
    qint64 total = 0;
    for (const auto &r : raw)
        total += qint64(r.size());
    CreditsByRep out;
    {
        // Most credit goes to the owner: size each rep's list once instead of growing it.
        std::unordered_map<qint64, size_t> perOwner;
        for (const auto &part : raw)
            for (const RawDeal &rd : part)
                ++perOwner[rd.owner];
        for (const auto &[owner, n] : perOwner)
            out[owner].reserve(n);
    }
    QHash<QString, QString> products;
    std::vector<std::pair<qint64, CreditedDeal>> dealCredits;
    std::unordered_map<qint64, Money> indirect;
    qint64 done = 0;
    for (auto &part : raw) {
        for (RawDeal &rd : part) {
            CreditedDeal d;
            d.opportunityId = rd.id;
            const qint64 owner = rd.owner;
            d.dealAmount = rd.amount;
            d.date = rd.date;
            d.type = std::move(rd.type);
            d.name = std::move(rd.name);
            if (!d.name.isEmpty()) {
                const QString product = productOf(d.name);
                const auto pi = products.constFind(product);
                d.product = pi != products.constEnd() ? *pi : *products.insert(product, product);
            }
            if (const auto c = cancels.find(d.opportunityId); c != cancels.end()) {
                d.cancelDate = c->second.cancel;
                d.invoiceDate = c->second.invoice;
                d.paymentDate = c->second.payment;
            }
            dealCredits.clear();
            auto credit = [&](qint64 rep, CreditRule rule, Rate share) {
                CreditedDeal c = d;
                c.rule = rule;
                c.split = share;
                c.credit = share == Rate::fromPercent(100) ? d.dealAmount : d.dealAmount * share;
                dealCredits.emplace_back(rep, std::move(c));
            };
            const auto sp = splits.find(d.opportunityId);
            const bool hasSplit =
                sp != splits.end() &&
                std::any_of(sp->second.begin(), sp->second.end(), [](const Split &s) { return !s.overlay; });
            if (hasSplit) {
                for (const Split &s : sp->second)
                    if (!s.overlay)
                        credit(s.rep, CreditRule::Split, s.share);
            } else if (byTerritory) {
                qint64 territory = 0;
                if (!territoryOfAccount.empty()) {
                    const auto t = territoryOfAccount.find(rd.account);
                    territory = t == territoryOfAccount.end() ? 0 : t->second;
                } else if (const auto r = reps.find(owner); r != reps.end()) {
                    territory = r->second.territory;
                }
                const qint64 rep = territory ? territoryRep(territory, d.date) : 0;
                if (rep)
                    credit(rep, CreditRule::Territory, Rate::fromPercent(100));
                else if (owner)
                    credit(owner, CreditRule::Direct, Rate::fromPercent(100));
            } else if (owner) {
                credit(owner, CreditRule::Direct, Rate::fromPercent(100));
            }
            if (sp != splits.end())
                for (const Split &s : sp->second)
                    if (s.overlay)
                        credit(s.rep, CreditRule::Overlay, s.share);
            if (settings.rollup) {
                indirect.clear();
                const size_t direct = dealCredits.size();
                for (size_t i = 0; i < direct; ++i) {
                    qint64 m = reps.count(dealCredits[i].first) ? reps[dealCredits[i].first].manager : 0;
                    for (int depth = 0; m && depth < 32; ++depth) {
                        indirect[m] += dealCredits[i].second.credit;
                        m = reps.count(m) ? reps[m].manager : 0;
                    }
                }
                for (const auto &[manager, sum] : indirect) {
                    Money own;
                    for (size_t i = 0; i < direct; ++i)
                        if (dealCredits[i].first == manager)
                            own += dealCredits[i].second.credit;
                    const Money capped = min(sum, max(Money(), d.dealAmount - own));
                    if (capped <= Money())
                        continue;
                    CreditedDeal c = d;
                    c.rule = CreditRule::Rollup;
                    c.credit = capped;
                    c.split =
                        d.dealAmount > Money() ? Rate::ratio(capped.cents(), d.dealAmount.cents()) : Rate();
                    dealCredits.emplace_back(manager, std::move(c));
                }
            }
            for (auto &[rep, c] : dealCredits)
                out[rep].push_back(std::move(c));
            if (++done % 50000 == 0)
                progress.report(done, total, QCoreApplication::translate("comp", "Crediting deals"));
        }
    }
    raw.clear();
    for (auto &[rep, list] : out)
        std::stable_sort(list.begin(), list.end(), [](const CreditedDeal &a, const CreditedDeal &b) {
            return a.date != b.date ? a.date < b.date : a.opportunityId < b.opportunityId;
        });
    return out;
}

} // namespace tessera::comp
