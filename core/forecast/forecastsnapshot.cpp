// The period snapshot of ForecastQuery: per-rep tallies (one pass over forecast_facts, or grouped SQL on the
// opportunities table for periods with partial months) and quotas. See forecastquery.h.
#include "forecastsnapshot_p.h"

#include "store/fastsql.h"
#include "store/planstore.h"

#include <QSqlQuery>
#include <algorithm>

namespace tessera::forecast {

namespace {

// The tally columns, shared by the facts and opportunities sources so both give the same figures.
// %1 = deal count column, %2 = weighted expression.
const char *const kTallyColumns =
    "SUM(CASE WHEN is_won = 1 THEN amount_cents ELSE 0 END), "
    "SUM(CASE WHEN is_won = 1 THEN %1 ELSE 0 END), "
    "SUM(CASE WHEN is_closed = 1 AND is_won = 0 THEN %1 ELSE 0 END), "
    "SUM(CASE WHEN is_closed = 0 AND forecast_category = 'Pipeline' THEN amount_cents ELSE 0 END), "
    "SUM(CASE WHEN is_closed = 0 AND forecast_category = 'Best Case' THEN amount_cents ELSE 0 END), "
    "SUM(CASE WHEN is_closed = 0 AND forecast_category IN ('Commit', 'Closed') THEN amount_cents ELSE 0 "
    "END), "
    "SUM(CASE WHEN is_closed = 0 AND forecast_category = 'Omitted' THEN amount_cents ELSE 0 END), "
    "SUM(CASE WHEN is_closed = 0 AND forecast_category <> 'Omitted' THEN %1 ELSE 0 END), "
    "SUM(CASE WHEN is_closed = 0 AND forecast_category <> 'Omitted' THEN %2 ELSE 0 END)";

Tally readTally(const QSqlQuery &q, int first)
{
    Tally t;
    t.wonCents = q.value(first).toLongLong();
    t.wonCount = q.value(first + 1).toLongLong();
    t.lostCount = q.value(first + 2).toLongLong();
    t.openPipelineCents = q.value(first + 3).toLongLong();
    t.openBestCaseCents = q.value(first + 4).toLongLong();
    t.openCommitCents = q.value(first + 5).toLongLong();
    t.omittedCents = q.value(first + 6).toLongLong();
    t.openCount = q.value(first + 7).toLongLong();
    t.weightedCentPercent = q.value(first + 8).toLongLong();
    return t;
}

} // namespace

namespace detail {

QString idList(const std::vector<qint64> &ids)
{
    QString s;
    s.reserve(int(ids.size()) * 7);
    for (qint64 id : ids) {
        if (!s.isEmpty())
            s += QLatin1Char(',');
        s += QString::number(id);
    }
    return s.isEmpty() ? QStringLiteral("NULL") : s;
}

bool fullMonth(const Period &p, const QDate &first)
{
    return first >= p.start && first.addMonths(1).addDays(-1) <= p.end;
}

int overlapDays(const Period &p, const QDate &first)
{
    const QDate a = std::max(p.start, first);
    const QDate b = std::min(p.end, first.addMonths(1).addDays(-1));
    return b < a ? 0 : int(a.daysTo(b)) + 1;
}

} // namespace detail

using detail::fullMonth;
using detail::idList;

const ForecastQuery::Snapshot::NodeQuota &ForecastQuery::Snapshot::nodeQuotaOf(const PlanStore &store,
                                                                               qint64 node) const
{
    const auto known = nodeQuota.constFind(node);
    if (known != nodeQuota.constEnd())
        return *known;
    NodeQuota nq;
    if (fullMonths > 0) {
        FastStatement q(store, "SELECT SUM(amount_cents), COUNT(*) FROM quotas WHERE org_node_id = ? AND "
                               "fiscal_year * 100 + month BETWEEN ? AND ?");
        q.bind(1, node);
        q.bind(2, fullFrom);
        q.bind(3, fullTo);
        if (q.step()) {
            nq.full = Money::fromCents(q.int64(0));
            nq.fullMonths = int(q.int64(1));
            q.reset();
        }
    }
    nq.partial.resize(partialKeys.size());
    if (!partialKeys.empty()) {
        FastStatement q(store,
                        "SELECT amount_cents FROM quotas WHERE org_node_id = ? AND fiscal_year = ? AND "
                        "month = ?");
        for (size_t k = 0; k < partialKeys.size(); ++k) {
            q.bind(1, node);
            q.bind(2, partialKeys[k] / 100);
            q.bind(3, partialKeys[k] % 100);
            while (q.step())
                nq.partial[k] = Money::fromCents(q.int64(0));
        }
    }
    return *nodeQuota.insert(node, nq);
}

QString ForecastQuery::weightExpression(QVariantList &bindings) const
{
    const QString fallback = QStringLiteral("amount_cents * probability");
    if (m_stageProbability.isEmpty())
        return fallback;
    QString e = QStringLiteral("CASE stage");
    for (auto it = m_stageProbability.cbegin(); it != m_stageProbability.cend(); ++it) {
        e += QStringLiteral(" WHEN ? THEN amount_cents * ?");
        bindings << it.key() << it.value();
    }
    return e + QStringLiteral(" ELSE ") + fallback + QStringLiteral(" END");
}

const ForecastQuery::Snapshot &ForecastQuery::snapshot(const Period &period)
{
    if (m_snapshot && m_snapshot->period == period)
        return *m_snapshot;
    auto s = std::make_unique<Snapshot>();
    s->period = period;
    s->facts = m_useFacts && period.monthAligned();

    if (s->facts) {
        // One pass over the facts of the period and of the dashboard's 12-month window (win rates, pacing).
        const QDate first(period.start.year(), period.start.month(), 1);
        const QDate last(period.end.year(), period.end.month(), 1);
        s->repFacts = RepFacts::read(m_store, m_stageProbability, std::min(first, last.addMonths(-11)), last,
                                     first, last);
    } else {
        // Tallies: one grouped query, one row per rep.
        QVariantList b;
        const QString weight = weightExpression(b);
        QSqlQuery q = m_store.prepare(
            QStringLiteral(
                "SELECT COALESCE(owner_rep_id, 0), %1 FROM opportunities WHERE close_date BETWEEN ? "
                "AND ? GROUP BY COALESCE(owner_rep_id, 0)")
                .arg(QString::fromLatin1(kTallyColumns).arg(QStringLiteral("1"), weight)));
        b << period.start.toString(Qt::ISODate) << period.end.toString(Qt::ISODate);
        q.setForwardOnly(true);
        for (int i = 0; i < b.size(); ++i)
            q.bindValue(i, b[i]);
        m_store.exec(q);
        while (q.next())
            s->tally.insert(q.value(0).toLongLong(), readTally(q, 1));
    }

    // Quotas: full months as one sum per rep / node, partial months as raw monthly amounts.
    std::vector<QDate> full;
    for (const QDate &m : period.months()) {
        if (fullMonth(period, m))
            full.push_back(m);
        else
            s->partialMonths.push_back(m);
    }
    s->fullMonths = int(full.size());
    auto key = [this](const QDate &m) {
        const int fy = m_calendar.fiscalYearOf(m);
        return fy * 100 + ((m.month() - m_calendar.startMonth() + 12) % 12) + 1;
    };
    if (!full.empty()) {
        // One pass over the reps' quota rows of the full months, summed per rep.
        s->fullFrom = key(full.front());
        s->fullTo = key(full.back());
        FastStatement r(m_store, "SELECT rep_id, amount_cents FROM quotas WHERE rep_id IS NOT NULL AND "
                                 "fiscal_year * 100 + month BETWEEN ? AND ?");
        r.bind(1, s->fullFrom);
        r.bind(2, s->fullTo);
        qint64 lastRep = 0;
        Money *repSum = nullptr;
        while (r.step()) {
            const qint64 rep = r.int64(0);
            if (!repSum || rep != lastRep) {
                repSum = &s->repFull[rep];
                lastRep = rep;
            }
            *repSum += Money::fromCents(r.int64(1));
        }
    }
    for (size_t k = 0; k < s->partialMonths.size(); ++k) {
        const int fk = key(s->partialMonths[k]);
        s->partialKeys.push_back(fk);
        QSqlQuery r =
            m_store.query(QStringLiteral("SELECT rep_id, amount_cents FROM quotas WHERE rep_id IS NOT "
                                         "NULL AND fiscal_year = ? AND month = ?"),
                          {fk / 100, fk % 100});
        while (r.next()) {
            auto &v = s->repPartial[r.value(0).toLongLong()];
            v.resize(s->partialMonths.size());
            v[k] = Money::fromCents(r.value(1).toLongLong());
        }
    }
    s->earnings = earningsFor(m_store, {}, period);
    m_snapshot = std::move(s);
    return *m_snapshot;
}

Tally ForecastQuery::tallyFromOpportunities(const std::vector<qint64> &reps, const Period &period) const
{
    QVariantList b;
    const QString weight = weightExpression(b);
    QSqlQuery q = m_store.prepare(
        QStringLiteral("SELECT %1 FROM opportunities WHERE close_date BETWEEN ? AND ? "
                       "AND owner_rep_id IN (%2)")
            .arg(QString::fromLatin1(kTallyColumns).arg(QStringLiteral("1"), weight), idList(reps)));
    b << period.start.toString(Qt::ISODate) << period.end.toString(Qt::ISODate);
    for (int i = 0; i < b.size(); ++i)
        q.bindValue(i, b[i]);
    m_store.exec(q);
    return q.next() ? readTally(q, 0) : Tally();
}

} // namespace tessera::forecast
