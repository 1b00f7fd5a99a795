#include "crediting.h"

#include "compstore.h"
#include "store/fastsql.h"
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

// An ISO date "yyyy-MM-dd" (optionally followed by a time) read from the row's bytes, without a QString:
// the yyyy, MM and dd numbers straight into QDate. Invalid (null) for NULL, empty or malformed text, as
// QDate::fromString(..., Qt::ISODate) would be.
QDate isoDate(QByteArrayView b)
{
    if (b.size() < 10 || b[4] != '-' || b[7] != '-' || (b.size() > 10 && b[10] >= '0' && b[10] <= '9'))
        return {};
    auto digits = [&](int from, int n) {
        int v = 0;
        for (int i = from; i < from + n; ++i) {
            const char c = b[i];
            if (c < '0' || c > '9')
                return -1;
            v = v * 10 + (c - '0');
        }
        return v;
    };
    const int y = digits(0, 4), m = digits(5, 2), d = digits(8, 2);
    if (y < 0 || m < 0 || d < 0)
        return {};
    return QDate(y, m, d); // invalid when the day does not exist
}

// Reads the won deals with id in [lo, hi]; names and types only when wanted (explanations, SPIFF
// conditions). SQLite's C API through FastStatement: no QVariant or QString per cell.
std::vector<RawDeal> readDeals(PlanStore &store, const QByteArray &from, const QByteArray &to, qint64 lo,
                               qint64 hi, bool text)
{
    std::vector<RawDeal> out;
    out.reserve(size_t(std::clamp<qint64>(hi - lo + 1, 0, 4000000))); // ids are dense in practice
    FastStatement q(store, text ? "SELECT id, owner_rep_id, amount_cents, close_date, account_id, type, name "
                                  "FROM opportunities WHERE is_won = 1 AND close_date >= ? AND "
                                  "close_date <= ? AND id >= ? AND id <= ?"
                                : "SELECT id, owner_rep_id, amount_cents, close_date, account_id "
                                  "FROM opportunities WHERE is_won = 1 AND close_date >= ? AND "
                                  "close_date <= ? AND id >= ? AND id <= ?");
    q.bind(1, QByteArrayView(from));
    q.bind(2, QByteArrayView(to));
    q.bind(3, lo);
    q.bind(4, hi);
    std::vector<std::pair<QByteArray, QString>> types; // few distinct types: one shared QString each
    while (q.step()) {
        RawDeal &d = out.emplace_back();
        d.id = q.int64(0);
        d.owner = q.int64(1);
        d.amount = Money::fromCents(q.int64(2));
        d.date = isoDate(q.bytes(3));
        d.account = q.int64(4);
        if (text) {
            const QByteArrayView type = q.bytes(5);
            auto ti =
                std::find_if(types.begin(), types.end(), [&](const auto &t) { return t.first == type; });
            if (ti == types.end()) {
                types.emplace_back(type.toByteArray(), q.text(5));
                ti = types.end() - 1;
            }
            d.type = ti->second;
            d.name = q.text(6);
        }
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
        FastStatement q(store,
                        "SELECT id, manager_id, territory_id, hire_date, end_date FROM reps ORDER BY id");
        while (q.step()) {
            const RepInfo r{q.int64(1), q.int64(2), isoDate(q.bytes(3)), isoDate(q.bytes(4))};
            reps[q.int64(0)] = r;
            if (r.territory)
                repsOfTerritory[r.territory].push_back(q.int64(0));
        }
    }
    const QByteArray fromIso = from.toString(Qt::ISODate).toLatin1(),
                     toIso = to.toString(Qt::ISODate).toLatin1();
    std::unordered_map<qint64, std::vector<Split>> splits;
    {
        // From the splits to their deals (CROSS JOIN keeps that order): the other way round walks the
        // close date index over every deal of the year, with or without splits.
        FastStatement q(store,
                        "SELECT s.opportunity_id, s.rep_id, s.percent_micros, s.kind FROM comp_splits s "
                        "CROSS JOIN opportunities o WHERE o.id = s.opportunity_id "
                        "AND o.close_date >= ? AND o.close_date <= ? ORDER BY s.id");
        q.bind(1, QByteArrayView(fromIso));
        q.bind(2, QByteArrayView(toIso));
        while (q.step())
            splits[q.int64(0)].push_back(
                {q.int64(1), Rate::fromMicros(q.int64(2)), q.bytes(3) == QByteArrayView("overlay")});
    }
    struct Cancel
    {
        QDate cancel, invoice, payment;
    };
    std::unordered_map<qint64, Cancel> cancels;
    {
        FastStatement q(
            store, "SELECT opportunity_id, cancel_date, invoice_date, payment_date FROM comp_cancellations");
        while (q.step())
            cancels[q.int64(0)] = {isoDate(q.bytes(1)), isoDate(q.bytes(2)), isoDate(q.bytes(3))};
    }
    std::unordered_map<qint64, qint64> territoryOfAccount;
    const bool byTerritory = settings.source == CreditingSettings::Source::Territory;
    if (byTerritory &&
        store.scalar(QStringLiteral("SELECT COUNT(*) FROM unit_assignments WHERE territory_id IS NOT NULL"))
                .toLongLong() > 0) {
        FastStatement q(store, "SELECT au.account_id, ua.territory_id FROM account_units au "
                               "JOIN unit_assignments ua ON ua.unit_id = au.unit_id "
                               "WHERE ua.territory_id IS NOT NULL ORDER BY au.account_id, au.level_id");
        while (q.step())
            territoryOfAccount.emplace(q.int64(0), q.int64(1));
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
    // The whole id range (instant on the primary key); a filtered MIN/MAX would visit every row.
    FastStatement range(store, "SELECT MIN(id), MAX(id) FROM opportunities");
    range.step();
    const qint64 lo = range.int64(0), hi = range.int64(1);
    range.reset();
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
    // Visit the deals by close date, so that each rep's list comes out in (date, id) order and needs no
    // sort: a stable counting sort over the days of the range (each part is read in id order and the
    // parts are ascending id ranges). A date outside the range goes first; the check below sorts then.
    const qint64 firstDay = from.toJulianDay();
    const size_t dayCount = size_t(std::max<qint64>(1, to.toJulianDay() - firstDay + 2));
    auto bucketOf = [&](const QDate &d) {
        const qint64 b = d.isValid() ? d.toJulianDay() - firstDay + 1 : 0;
        return b > 0 && size_t(b) < dayCount ? size_t(b) : size_t(0);
    };
    std::vector<size_t> start(dayCount + 1, 0);
    for (const auto &part : raw)
        for (const RawDeal &rd : part)
            ++start[bucketOf(rd.date) + 1];
    for (size_t b = 1; b < start.size(); ++b)
        start[b] += start[b - 1];
    std::vector<RawDeal *> order(size_t(total), nullptr);
    for (auto &part : raw)
        for (RawDeal &rd : part)
            order[start[bucketOf(rd.date)]++] = &rd;
    // Each rep's list by rep id without a hash lookup per credit (map nodes keep their address).
    qint64 maxRep = 0;
    for (const auto &[id, info] : reps)
        maxRep = std::max(maxRep, id);
    std::vector<std::vector<CreditedDeal> *> listById(size_t(std::clamp<qint64>(maxRep + 1, 0, 10000000)),
                                                      nullptr);
    auto listFor = [&](qint64 rep) -> std::vector<CreditedDeal> & {
        if (rep < 0 || size_t(rep) >= listById.size())
            return out[rep];
        std::vector<CreditedDeal> *&list = listById[size_t(rep)];
        if (!list)
            list = &out[rep];
        return *list;
    };
    qint64 done = 0;
    {
        for (RawDeal *deal : order) {
            RawDeal &rd = *deal;
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
                listFor(rep).push_back(std::move(c));
            if (++done % 50000 == 0)
                progress.report(done, total, QCoreApplication::translate("comp", "Crediting deals"));
        }
    }
    order.clear();
    raw.clear();
    auto byDateAndId = [](const CreditedDeal &a, const CreditedDeal &b) {
        return a.date != b.date ? a.date < b.date : a.opportunityId < b.opportunityId;
    };
    for (auto &[rep, list] : out)
        if (!std::is_sorted(list.begin(), list.end(), byDateAndId))
            std::stable_sort(list.begin(), list.end(), byDateAndId);
    return out;
}

} // namespace tessera::comp
