#include "dealcredit.h"
#include "comp/comptext.h"

#include "common/error.h"
#include "payoutrun.h"
#include "store/changelog.h"
#include "store/fiscalcalendar.h"
#include "store/isodate.h"
#include "store/planstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>
#include <set>

namespace tessera::comp {
namespace {

QDate dateOf(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

QString percent(Rate r)
{
    return shareText(r, QLocale());
}

QJsonObject creditingJson(const std::vector<DealSplit> &splits, const std::optional<DealCancellation> &c)
{
    QJsonArray list;
    for (const DealSplit &s : splits)
        list.append(QJsonObject{
            {QStringLiteral("rep_id"), s.repId},
            {QStringLiteral("share"), s.share.toPlainString()},
            {QStringLiteral("kind"), s.overlay ? QStringLiteral("overlay") : QStringLiteral("split")}});
    QJsonObject o{{QStringLiteral("splits"), list}};
    if (c)
        o.insert(QStringLiteral("cancellation"),
                 QJsonObject{{QStringLiteral("cancel_date"), isoDate(c->cancelDate)},
                             {QStringLiteral("invoice_date"), isoDate(c->invoiceDate)},
                             {QStringLiteral("payment_date"), isoDate(c->paymentDate)},
                             {QStringLiteral("reason"), c->reason}});
    return o;
}

void writeSplits(PlanStore &store, const DealCredit &deal, const std::vector<DealSplit> &splits)
{
    const QString problem = splitsProblem(splits);
    if (!problem.isEmpty())
        throw TesseraError(TesseraError::Kind::User, problem, store.path(), -1, QStringLiteral("split"));
    for (size_t i = 0; i < splits.size(); ++i) {
        const DealSplit &s = splits[i];
        const QString field = s.overlay ? QStringLiteral("overlay") : QStringLiteral("split");
        QSqlQuery q =
            store.query(QStringLiteral("SELECT name, hire_date, end_date FROM reps WHERE id = ?"), {s.repId});
        if (!q.next())
            throw TesseraError(TesseraError::Kind::User,
                               CompText::tr("there is no rep with id %1").arg(s.repId), store.path(),
                               qint64(i) + 1, field);
        const QDate hire = dateOf(q.value(1)), end = dateOf(q.value(2));
        if (deal.closeDate.isValid() &&
            ((hire.isValid() && hire > deal.closeDate) || (end.isValid() && end < deal.closeDate)))
            throw TesseraError(TesseraError::Kind::User,
                               CompText::tr("rep %1 (%2) is not employed on the deal's close date %3")
                                   .arg(s.repId)
                                   .arg(q.value(0).toString(), isoDate(deal.closeDate)),
                               store.path(), qint64(i) + 1, field);
    }
    store.query(QStringLiteral("DELETE FROM comp_splits WHERE opportunity_id = ?"), {deal.opportunityId});
    for (const DealSplit &s : splits)
        store.query(QStringLiteral("INSERT INTO comp_splits(opportunity_id, rep_id, percent_micros, kind) "
                                   "VALUES (?, ?, ?, ?)"),
                    {deal.opportunityId, s.repId, s.share.micros(),
                     s.overlay ? QStringLiteral("overlay") : QStringLiteral("split")});
}

void writeCancellation(PlanStore &store, const DealCredit &deal, const std::optional<DealCancellation> &c)
{
    if (c) {
        const QString problem = cancellationProblem(deal, *c);
        if (!problem.isEmpty())
            throw TesseraError(TesseraError::Kind::User, problem, store.path(), -1,
                               QStringLiteral("cancel_date"));
    }
    store.query(QStringLiteral("DELETE FROM comp_cancellations WHERE opportunity_id = ?"),
                {deal.opportunityId});
    if (c)
        store.query(
            QStringLiteral("INSERT INTO comp_cancellations(opportunity_id, cancel_date, invoice_date, "
                           "payment_date, reason) VALUES (?, ?, ?, ?, ?)"),
            {deal.opportunityId, isoDate(c->cancelDate), isoDateOrNull(c->invoiceDate),
             isoDateOrNull(c->paymentDate), c->reason.isEmpty() ? QVariant() : QVariant(c->reason)});
}

void writeCrediting(PlanStore &store, qint64 opportunityId, const std::vector<DealSplit> *splits,
                    const std::optional<DealCancellation> *cancellation)
{
    Transaction tx(store);
    const DealCredit before = loadDealCredit(store, opportunityId);
    if (splits)
        writeSplits(store, before, *splits);
    if (cancellation)
        writeCancellation(store, before, *cancellation);
    const DealCredit after = loadDealCredit(store, opportunityId);
    recordChange(store, QStringLiteral("comp_deal_credit"), opportunityId, QStringLiteral("update"),
                 creditingJson(before.splits, before.cancellation),
                 creditingJson(after.splits, after.cancellation));
    tx.commit();
}

} // namespace

DealCredit loadDealCredit(PlanStore &store, qint64 opportunityId)
{
    QSqlQuery q = store.query(
        QStringLiteral("SELECT o.id, o.external_id, o.name, o.owner_rep_id, r.name, o.amount_cents, "
                       "o.close_date, o.is_closed, o.is_won FROM opportunities o "
                       "LEFT JOIN reps r ON r.id = o.owner_rep_id WHERE o.id = ?"),
        {opportunityId});
    if (!q.next())
        throw TesseraError(TesseraError::Kind::User,
                           CompText::tr("there is no opportunity with id %1").arg(opportunityId),
                           store.path(), -1, QStringLiteral("deal"));
    DealCredit d;
    d.opportunityId = q.value(0).toLongLong();
    d.externalId = q.value(1).toString();
    d.name = q.value(2).toString();
    d.ownerId = q.value(3).toLongLong();
    d.ownerName = q.value(4).toString();
    d.amount = Money::fromCents(q.value(5).toLongLong());
    d.closeDate = dateOf(q.value(6));
    d.closed = q.value(7).toInt() != 0;
    d.won = q.value(8).toInt() != 0;
    QSqlQuery s =
        store.query(QStringLiteral("SELECT s.rep_id, s.percent_micros, s.kind, r.name FROM comp_splits s "
                                   "LEFT JOIN reps r ON r.id = s.rep_id WHERE s.opportunity_id = ? "
                                   "ORDER BY CASE s.kind WHEN 'split' THEN 0 ELSE 1 END, s.id"),
                    {opportunityId});
    while (s.next())
        d.splits.push_back({s.value(0).toLongLong(), Rate::fromMicros(s.value(1).toLongLong()),
                            s.value(2).toString() == QLatin1String("overlay"), s.value(3).toString()});
    QSqlQuery c = store.query(QStringLiteral("SELECT cancel_date, invoice_date, payment_date, reason FROM "
                                             "comp_cancellations WHERE opportunity_id = ?"),
                              {opportunityId});
    if (c.next())
        d.cancellation = DealCancellation{dateOf(c.value(0)), dateOf(c.value(1)), dateOf(c.value(2)),
                                          c.value(3).toString()};
    return d;
}

namespace {

qint64 findByIdOrExternal(PlanStore &store, const QString &table, const QString &text, const QString &field,
                          const QString &what)
{
    const QString t = text.trimmed();
    QVariant id = store.scalar(QStringLiteral("SELECT id FROM %1 WHERE external_id = ?").arg(table), {t});
    bool numeric = false;
    const qint64 n = t.toLongLong(&numeric);
    if (!id.isValid() && numeric)
        id = store.scalar(QStringLiteral("SELECT id FROM %1 WHERE id = ?").arg(table), {n});
    if (!id.isValid())
        throw TesseraError(TesseraError::Kind::User, what.arg(t.isEmpty() ? QStringLiteral("''") : t),
                           store.path(), -1, field);
    return id.toLongLong();
}

} // namespace

qint64 findOpportunity(PlanStore &store, const QString &idOrExternalId, const QString &field)
{
    return findByIdOrExternal(store, QStringLiteral("opportunities"), idOrExternalId, field,
                              CompText::tr("there is no opportunity with external id or id %1"));
}

qint64 findRep(PlanStore &store, const QString &idOrExternalId, const QString &field)
{
    return findByIdOrExternal(store, QStringLiteral("reps"), idOrExternalId, field,
                              CompText::tr("there is no rep with external id or id %1"));
}

std::vector<DealMatch> searchDeals(PlanStore &store, const QString &text, int limit)
{
    const QString t = text.trimmed();
    bool numeric = false;
    const qint64 n = t.toLongLong(&numeric);
    // LIKE is case-insensitive for ASCII in SQLite and ILIKE-free elsewhere via lower().
    const QString pattern = QLatin1Char('%') + t.toLower() + QLatin1Char('%');
    QSqlQuery q = store.query(
        QStringLiteral("SELECT id, external_id, name, amount_cents, close_date, is_won FROM opportunities "
                       "WHERE id = ? OR lower(external_id) = ? OR lower(name) LIKE ? "
                       "ORDER BY CASE WHEN id = ? OR lower(external_id) = ? THEN 0 ELSE 1 END, "
                       "close_date DESC, id LIMIT ?"),
        {numeric ? n : qint64(-1), t.toLower(), pattern, numeric ? n : qint64(-1), t.toLower(), limit});
    std::vector<DealMatch> out;
    while (q.next())
        out.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                       Money::fromCents(q.value(3).toLongLong()), dateOf(q.value(4)),
                       q.value(5).toInt() != 0});
    return out;
}

QString shareText(Rate share, const QLocale &locale)
{
    int decimals = 0;
    for (qint64 m = share.micros() % 10000; m != 0 && decimals < 4; m = (m * 10) % 10000)
        ++decimals;
    return share.toPercentString(locale, decimals);
}

std::vector<RepChoice> creditableReps(PlanStore &store, const QDate &date)
{
    const QVariant on = date.isValid() ? QVariant(isoDate(date)) : QVariant();
    QSqlQuery q = store.query(QStringLiteral("SELECT id, external_id, name FROM reps WHERE ? IS NULL OR "
                                             "((hire_date IS NULL OR hire_date = '' OR hire_date <= ?) AND "
                                             "(end_date IS NULL OR end_date = '' OR end_date >= ?)) "
                                             "ORDER BY name, id"),
                              {on, on, on});
    std::vector<RepChoice> out;
    while (q.next())
        out.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

QString closedPeriodOf(PlanStore &store, const QDate &date)
{
    if (!date.isValid())
        return {};
    const FiscalCalendar cal(store.settings().fiscalYearStartMonth);
    for (const FiscalPeriod &p : cal.periods(cal.fiscalYearOf(date)))
        if (p.start <= date && date <= p.end && isClosed(store, p.label))
            return p.label;
    return {};
}

QString splitsProblem(const std::vector<DealSplit> &splits)
{
    qint64 total = 0;
    bool anySplit = false;
    std::set<std::pair<qint64, bool>> seen;
    for (const DealSplit &s : splits) {
        if (s.repId <= 0)
            return CompText::tr("Choose a rep for every row.");
        if (s.share <= Rate())
            return CompText::tr("Every share must be above %1 (rep %2 has %3).")
                .arg(percent(Rate()))
                .arg(s.repId)
                .arg(percent(s.share));
        if (!seen.insert({s.repId, s.overlay}).second)
            return s.overlay ? CompText::tr("Rep %1 has two overlay rows; give each rep one.").arg(s.repId)
                             : CompText::tr("Rep %1 has two split rows; give each rep one.").arg(s.repId);
        if (!s.overlay) {
            anySplit = true;
            total += s.share.micros();
        }
    }
    if (anySplit && total != Rate::Scale)
        return CompText::tr(
                   "The split rows total %1; splits replace the owner's credit and must total exactly %2 "
                   "(overlays may total anything).")
            .arg(percent(Rate::fromMicros(total)), percent(Rate::fromPercent(100)));
    return {};
}

QString cancellationProblem(const DealCredit &deal, const DealCancellation &c)
{
    if (!deal.closed || !deal.won)
        return CompText::tr("Only a closed-won deal can be cancelled; %1 is not closed-won.")
            .arg(deal.externalId.isEmpty() ? QString::number(deal.opportunityId) : deal.externalId);
    if (!c.cancelDate.isValid())
        return CompText::tr("The cancel date is not a date YYYY-MM-DD.");
    if (deal.closeDate.isValid() && c.cancelDate < deal.closeDate)
        return CompText::tr("The cancel date %1 is before the deal's close date %2.")
            .arg(isoDate(c.cancelDate), isoDate(deal.closeDate));
    return {};
}

void setDealSplits(PlanStore &store, qint64 opportunityId, const std::vector<DealSplit> &splits)
{
    writeCrediting(store, opportunityId, &splits, nullptr);
}

void clearDealSplits(PlanStore &store, qint64 opportunityId)
{
    setDealSplits(store, opportunityId, {});
}

void setDealCancellation(PlanStore &store, qint64 opportunityId,
                         const std::optional<DealCancellation> &cancellation)
{
    writeCrediting(store, opportunityId, nullptr, &cancellation);
}

void setDealCrediting(PlanStore &store, qint64 opportunityId, const std::vector<DealSplit> &splits,
                      const std::optional<DealCancellation> &cancellation)
{
    writeCrediting(store, opportunityId, &splits, &cancellation);
}

std::vector<WhatIfDeal> loadWhatIfDeals(PlanStore &store, qint64 repId)
{
    std::vector<WhatIfDeal> out;
    QSqlQuery q = store.query(QStringLiteral("SELECT name, type, amount_cents, close_date FROM "
                                             "comp_whatif_deals WHERE rep_id = ? ORDER BY id"),
                              {repId});
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString(),
                       Money::fromCents(q.value(2).toLongLong()), dateOf(q.value(3))});
    return out;
}

void saveWhatIfDeals(PlanStore &store, qint64 repId, const std::vector<WhatIfDeal> &deals)
{
    Transaction tx(store);
    if (!store.scalar(QStringLiteral("SELECT id FROM reps WHERE id = ?"), {repId}).isValid())
        throw TesseraError(TesseraError::Kind::User, CompText::tr("there is no rep with id %1").arg(repId),
                           store.path(), -1, QStringLiteral("rep"));
    auto json = [](const std::vector<WhatIfDeal> &list) {
        QJsonArray a;
        for (const WhatIfDeal &d : list)
            a.append(QJsonObject{{QStringLiteral("name"), d.name},
                                 {QStringLiteral("type"), d.type},
                                 {QStringLiteral("amount"), d.amount.toPlainString()},
                                 {QStringLiteral("close_date"), isoDate(d.closeDate)}});
        return QJsonObject{{QStringLiteral("deals"), a}};
    };
    const std::vector<WhatIfDeal> before = loadWhatIfDeals(store, repId);
    store.query(QStringLiteral("DELETE FROM comp_whatif_deals WHERE rep_id = ?"), {repId});
    for (size_t i = 0; i < deals.size(); ++i) {
        const WhatIfDeal &d = deals[i];
        if (d.name.trimmed().isEmpty())
            throw TesseraError(TesseraError::Kind::User, CompText::tr("a what-if deal needs a name"),
                               store.path(), qint64(i) + 1, QStringLiteral("name"));
        if (!d.closeDate.isValid())
            throw TesseraError(TesseraError::Kind::User,
                               CompText::tr("a what-if deal needs a close date YYYY-MM-DD"), store.path(),
                               qint64(i) + 1, QStringLiteral("close_date"));
        store.query(
            QStringLiteral("INSERT INTO comp_whatif_deals(rep_id, name, type, amount_cents, close_date) "
                           "VALUES (?, ?, ?, ?, ?)"),
            {repId, d.name.trimmed(), d.type.isEmpty() ? QVariant() : QVariant(d.type), d.amount.cents(),
             isoDate(d.closeDate)});
    }
    recordChange(store, QStringLiteral("comp_whatif_deals"), repId, QStringLiteral("update"), json(before),
                 json(deals));
    tx.commit();
}

void deleteWhatIfDeals(PlanStore &store, qint64 repId)
{
    saveWhatIfDeals(store, repId, {});
}

} // namespace tessera::comp
