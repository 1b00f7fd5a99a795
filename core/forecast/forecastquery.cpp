#include "forecastquery.h"

#include "forecastsnapshot_p.h"
#include "overrides.h"
#include "store/planstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <algorithm>

namespace tessera::forecast {

namespace {

using detail::fullMonth;
using detail::idList;
using detail::overlapDays;

std::optional<Rate> ratio(Money a, Money b)
{
    if (b.cents() <= 0)
        return std::nullopt;
    return Rate::ratio(a.cents(), b.cents());
}

// Label, win rate and average deal of a month whose counts are set.
void finishMonth(MonthStat &s, const QDate &month)
{
    s.month = month;
    s.label = monthKey(month);
    if (s.won + s.lost > 0)
        s.winRate = Rate::ratio(s.won, s.won + s.lost);
    if (s.won > 0)
        s.averageDeal = s.wonAmount.multipliedBy(1, s.won);
}

// The monthly statistics of a set of reps summed from the facts read for the snapshot.
std::vector<MonthStat> monthlyFromFacts(const RepFacts &facts, const std::vector<qint64> &reps,
                                        const QDate &firstMonth, const QDate &lastMonth)
{
    const QDate from(firstMonth.year(), firstMonth.month(), 1);
    std::vector<QDate> months;
    for (QDate m = from; m <= lastMonth; m = m.addMonths(1))
        months.push_back(m);
    std::vector<ClosedMonth> sums(months.size());
    for (qint64 rep : reps)
        facts.addClosed(rep, from, sums);
    std::vector<MonthStat> out(months.size());
    for (size_t k = 0; k < months.size(); ++k) {
        out[k].wonAmount = Money::fromCents(sums[k].wonCents);
        out[k].won = sums[k].won;
        out[k].lost = sums[k].lost;
        finishMonth(out[k], months[k]);
    }
    return out;
}

} // namespace

ForecastQuery::ForecastQuery(const PlanStore &store) : m_store(store), m_calendar(1)
{
    reload();
}

ForecastQuery::~ForecastQuery() = default;

void ForecastQuery::reload()
{
    m_tree.load(m_store);
    m_calendar = FiscalCalendar(m_store.settings().fiscalYearStartMonth);
    m_currency = m_store.settings().currency;
    m_stageProbability = parseStageProbabilities(m_store.setting(QStringLiteral("stages")));
    QDate asOf = QDate::fromString(m_store.setting(QStringLiteral("forecast.as_of")), Qt::ISODate);
    if (!asOf.isValid())
        asOf = QDate::fromString(m_store.setting(QStringLiteral("demo.as_of")), Qt::ISODate);
    m_asOf = asOf.isValid() ? asOf : QDate::currentDate();
    m_snapshot.reset();
}

void ForecastQuery::invalidate()
{
    m_snapshot.reset();
}

void ForecastQuery::setAsOf(const QDate &date)
{
    if (date.isValid())
        m_asOf = date;
}

Period ForecastQuery::parsePeriod(const QString &text) const
{
    return forecast::parsePeriod(m_calendar, text);
}

Period ForecastQuery::defaultPeriod() const
{
    const int fy = m_calendar.fiscalYearOf(m_asOf);
    for (int q = 1; q <= 4; ++q) {
        const FiscalPeriod p = m_calendar.quarter(fy, q);
        if (p.start <= m_asOf && m_asOf <= p.end)
            return fromFiscal(p);
    }
    return fromFiscal(m_calendar.year(fy));
}

Figures ForecastQuery::build(const NodeRef &node, const Snapshot &snap) const
{
    Figures f;
    f.node = node;
    f.name = m_tree.name(node);
    f.code = m_tree.code(node);
    f.level = m_tree.level(node);
    f.currency = m_currency;
    f.period = snap.period;
    f.asOf = m_asOf;

    Tally t;
    Money repQuota;
    bool anyRepQuota = false;
    std::vector<Money> partialRaw(snap.partialMonths.size());
    for (qint64 rep : m_tree.repsUnder(node)) {
        t += snap.tallyOf(rep);
        const auto full = snap.repFull.constFind(rep);
        if (full != snap.repFull.constEnd()) {
            repQuota += *full;
            anyRepQuota = true;
        }
        const auto part = snap.repPartial.constFind(rep);
        if (part != snap.repPartial.constEnd()) {
            anyRepQuota = true;
            for (size_t k = 0; k < part->size(); ++k)
                partialRaw[k] += (*part)[k];
        }
    }
    auto prorate = [&](Money monthly, size_t k) {
        const QDate m = snap.partialMonths[k];
        return monthly.multipliedBy(overlapDays(snap.period, m), m.daysInMonth());
    };
    for (size_t k = 0; k < partialRaw.size(); ++k)
        repQuota += prorate(partialRaw[k], k);

    bool nodeHasQuota = false;
    Money nodeQuota;
    if (!node.isRep()) {
        const Snapshot::NodeQuota *nq = &snap.nodeQuotaOf(m_store, node.id);
        if (nq->fullMonths == snap.fullMonths) {
            nodeHasQuota = true;
            nodeQuota = nq->full;
            for (size_t k = 0; k < snap.partialMonths.size(); ++k) {
                if (k >= nq->partial.size() || !nq->partial[k]) {
                    nodeHasQuota = false;
                    break;
                }
                nodeQuota += prorate(*nq->partial[k], k);
            }
        }
    }
    if (nodeHasQuota) {
        f.quota = nodeQuota;
        f.hasQuota = true;
    } else {
        f.quota = repQuota;
        f.hasQuota = anyRepQuota;
        f.quotaFromReps = !node.isRep() && anyRepQuota;
    }

    f.closed = Money::fromCents(t.wonCents);
    f.openCommit = Money::fromCents(t.openCommitCents);
    f.openBestCase = Money::fromCents(t.openBestCaseCents);
    f.openPipelineCategory = Money::fromCents(t.openPipelineCents);
    f.omitted = Money::fromCents(t.omittedCents);
    f.commit = f.closed + f.openCommit;
    f.bestCase = f.commit + f.openBestCase;
    f.pipelineTotal = f.bestCase + f.openPipelineCategory;
    f.openPipeline = f.openCommit + f.openBestCase + f.openPipelineCategory;
    f.weightedPipeline = Money::fromCents(divRoundHalfAway(t.weightedCentPercent, 100));
    f.wonCount = t.wonCount;
    f.lostCount = t.lostCount;
    f.openCount = t.openCount;

    if (f.hasQuota) {
        f.attainment = ratio(f.closed, f.quota);
        f.remainingQuota = max(Money(), f.quota - f.closed);
        if (f.remainingQuota.cents() > 0) {
            f.coverage = ratio(f.openPipeline, f.remainingQuota);
            f.weightedCoverage = ratio(f.weightedPipeline, f.remainingQuota);
            f.coverageBand = coverageBand(f.coverage, false);
            f.weightedCoverageBand = coverageBand(f.weightedCoverage, true);
        } else if (f.quota.cents() > 0) {
            f.coverageBand = f.weightedCoverageBand = Band::QuotaMet;
        }
    }

    f.periodDays = snap.period.days();
    if (m_asOf < snap.period.start)
        f.elapsedDays = 0;
    else
        f.elapsedDays = int(snap.period.start.daysTo(std::min(m_asOf, snap.period.end))) + 1;
    f.quotaToDate = f.quota.multipliedBy(f.elapsedDays, f.periodDays);
    f.projection = f.elapsedDays > 0 ? f.closed.multipliedBy(f.periodDays, f.elapsedDays) : f.closed;
    if (f.hasQuota)
        f.projectedAttainment = ratio(f.projection, f.quota);

    f.commitOverride = loadOverride(m_store, node, snap.period);
    f.adjustedCommit = f.commitOverride ? f.commitOverride->commit : f.commit;
    return f;
}

Figures ForecastQuery::figures(const NodeRef &node, const Period &period)
{
    return build(node, snapshot(period));
}

std::vector<LeaderRow> ForecastQuery::leaderboard(const NodeRef &node, const Snapshot &snap) const
{
    std::vector<LeaderRow> rows;
    const std::vector<qint64> reps = m_tree.repsUnder(node);
    rows.reserve(reps.size());
    for (qint64 id : reps) {
        const RepInfo *rep = m_tree.rep(id);
        if (!rep)
            continue;
        LeaderRow r;
        r.repId = id;
        r.name = rep->name;
        r.externalId = rep->externalId;
        if (const OrgNode *t = m_tree.node(rep->territoryId))
            r.territory = t->name;
        const Tally t = snap.tallyOf(id);
        r.bookings = Money::fromCents(t.wonCents);
        r.pipeline = Money::fromCents(t.openCommitCents + t.openBestCaseCents + t.openPipelineCents);
        Money quota = snap.repFull.value(id);
        r.hasQuota = snap.repFull.contains(id) || snap.repPartial.contains(id);
        const auto part = snap.repPartial.constFind(id);
        if (part != snap.repPartial.constEnd())
            for (size_t k = 0; k < part->size(); ++k)
                quota += (*part)[k].multipliedBy(overlapDays(snap.period, snap.partialMonths[k]),
                                                 snap.partialMonths[k].daysInMonth());
        r.quota = quota;
        if (r.hasQuota)
            r.attainment = ratio(r.bookings, r.quota);
        if (snap.earnings.available) {
            r.earnings = snap.earnings.byRep.value(id);
            r.projectedEarnings = snap.earnings.projectedByRep.value(id);
        }
        rows.push_back(r);
    }
    // Highest attainment first; reps without quota after, by bookings; then by name for a stable order.
    std::sort(rows.begin(), rows.end(), [](const LeaderRow &a, const LeaderRow &b) {
        if (a.attainment.has_value() != b.attainment.has_value())
            return a.attainment.has_value();
        if (a.attainment && *a.attainment != *b.attainment)
            return *a.attainment > *b.attainment;
        if (a.bookings != b.bookings)
            return a.bookings > b.bookings;
        return a.name < b.name;
    });
    for (size_t i = 0; i < rows.size(); ++i)
        rows[i].rank = int(i) + 1;
    return rows;
}

Dashboard ForecastQuery::dashboard(const NodeRef &node, const Period &period)
{
    const Snapshot &snap = snapshot(period);
    const QString cacheKey = QStringLiteral("%1:%2").arg(node.kindName()).arg(node.id);
    const auto cached = snap.dashboards.constFind(cacheKey);
    if (cached != snap.dashboards.constEnd())
        return *cached;
    Dashboard d;
    d.figures = build(node, snap);
    for (const NodeRef &c : m_tree.children(node))
        d.children.push_back(build(c, snap));
    std::stable_sort(d.children.begin(), d.children.end(), [](const Figures &a, const Figures &b) {
        if (a.attainment.has_value() != b.attainment.has_value())
            return a.attainment.has_value();
        if (a.attainment && *a.attainment != *b.attainment)
            return *a.attainment > *b.attainment;
        return a.closed > b.closed;
    });
    // One monthly query serves both the win-rate window (12 months to the period's end) and pacing.
    const QDate last(period.end.year(), period.end.month(), 1);
    const QDate first = std::min(last.addMonths(-11), QDate(period.start.year(), period.start.month(), 1));
    std::vector<MonthStat> months = monthly(node, first, last);
    d.pacing = pacing(node, period, &months);
    d.months.assign(months.end() - 12, months.end());
    d.leaderboard = leaderboard(node, snap);
    d.earningsAvailable = snap.earnings.available;
    d.earningsNote = snap.earnings.note;
    d.earningsThrough = snap.earnings.coveredThrough;
    for (const LeaderRow &r : d.leaderboard) {
        d.earningsToDate += r.earnings.value_or(Money());
        d.earningsProjected += r.projectedEarnings.value_or(Money());
    }
    m_snapshot->dashboards.insert(cacheKey, d);
    return d;
}

std::vector<PacingPoint> ForecastQuery::pacing(const NodeRef &node, const Period &period)
{
    return pacing(node, period, nullptr);
}

std::vector<PacingPoint> ForecastQuery::pacing(const NodeRef &node, const Period &period,
                                               const std::vector<MonthStat> *known)
{
    const Snapshot &snap = snapshot(period);
    const std::vector<qint64> reps = m_tree.repsUnder(node);
    const QString inReps = QStringLiteral(" AND %1").arg(
        repFilter(snap.facts ? QStringLiteral("rep_id") : QStringLiteral("owner_rep_id"), reps));
    QHash<QString, Money> booked;
    QSqlQuery q;
    if (known && snap.facts) {
        // Whole months: the bookings are the won amounts of the monthly statistics already read.
        for (const MonthStat &m : *known)
            booked.insert(m.label, m.wonAmount);
    } else if (snap.facts) {
        q = m_store.query(
            QStringLiteral("SELECT month, SUM(amount_cents) FROM forecast_facts WHERE is_won = 1 AND "
                           "month BETWEEN ? AND ?%1 GROUP BY month")
                .arg(inReps),
            {monthKey(period.start), monthKey(period.end)});
    } else {
        q = m_store.query(
            QStringLiteral("SELECT substr(close_date, 1, 7), SUM(amount_cents) FROM opportunities "
                           "WHERE is_won = 1 AND close_date BETWEEN ? AND ?%1 GROUP BY 1")
                .arg(inReps),
            {period.start.toString(Qt::ISODate), period.end.toString(Qt::ISODate)});
    }
    while (q.next())
        booked.insert(q.value(0).toString(), Money::fromCents(q.value(1).toLongLong()));

    // Monthly quota by the same rule as Figures: the node's own rows when it has them all, else its reps'.
    const Figures total = build(node, snap);
    const bool own = total.hasQuota && !total.quotaFromReps && !node.isRep();
    QHash<int, Money> monthQuota; // by fiscal key
    auto key = [this](const QDate &m) {
        return m_calendar.fiscalYearOf(m) * 100 + ((m.month() - m_calendar.startMonth() + 12) % 12) + 1;
    };
    const std::vector<QDate> months = period.months();
    if (total.hasQuota) {
        QSqlQuery mq = m_store.query(
            QStringLiteral("SELECT fiscal_year * 100 + month, SUM(amount_cents) FROM quotas WHERE %1 AND "
                           "fiscal_year * 100 + month BETWEEN ? AND ? GROUP BY fiscal_year * 100 + month")
                .arg(own ? QStringLiteral("org_node_id = %1").arg(node.id)
                         : repFilter(QStringLiteral("rep_id"), reps)),
            {key(months.front()), key(months.back())});
        while (mq.next())
            monthQuota.insert(mq.value(0).toInt(), Money::fromCents(mq.value(1).toLongLong()));
    }
    std::vector<PacingPoint> out;
    Money cumB, cumQ;
    for (const QDate &m : months) {
        PacingPoint p;
        p.month = m;
        p.label = monthKey(m);
        p.bookings = booked.value(p.label);
        const Money monthly = monthQuota.value(key(m));
        p.quota =
            fullMonth(period, m) ? monthly : monthly.multipliedBy(overlapDays(period, m), m.daysInMonth());
        cumB += p.bookings;
        cumQ += p.quota;
        p.cumulativeBookings = cumB;
        p.cumulativeQuota = cumQ;
        out.push_back(p);
    }
    return out;
}

std::vector<MonthStat> ForecastQuery::monthly(const NodeRef &node, const QDate &firstMonth,
                                              const QDate &lastMonth)
{
    const std::vector<qint64> reps = m_tree.repsUnder(node);
    if (m_useFacts && m_snapshot && m_snapshot->facts && m_snapshot->repFacts.covers(firstMonth, lastMonth))
        return monthlyFromFacts(m_snapshot->repFacts, reps, firstMonth, lastMonth);
    const QString columns = QStringLiteral("SUM(CASE WHEN is_won = 1 THEN amount_cents ELSE 0 END), SUM(CASE "
                                           "WHEN is_won = 1 THEN %1 ELSE 0 END), "
                                           "SUM(CASE WHEN is_closed = 1 AND is_won = 0 THEN %1 ELSE 0 END)");
    QSqlQuery q =
        m_useFacts
            ? m_store.query(
                  QStringLiteral("SELECT month, %1 FROM forecast_facts WHERE is_closed = 1 AND month "
                                 "BETWEEN ? AND ? AND %2 GROUP BY month")
                      .arg(columns.arg(QStringLiteral("opp_count")),
                           repFilter(QStringLiteral("rep_id"), reps)),
                  {monthKey(firstMonth), monthKey(lastMonth)})
            : m_store.query(
                  QStringLiteral("SELECT substr(close_date, 1, 7), %1 FROM opportunities WHERE is_closed = "
                                 "1 AND close_date BETWEEN ? AND ? AND %2 GROUP BY 1")
                      .arg(columns.arg(QStringLiteral("1")), repFilter(QStringLiteral("owner_rep_id"), reps)),
                  {firstMonth.toString(Qt::ISODate),
                   lastMonth.addMonths(1).addDays(-1).toString(Qt::ISODate)});
    QHash<QString, MonthStat> byMonth;
    while (q.next()) {
        MonthStat s;
        s.wonAmount = Money::fromCents(q.value(1).toLongLong());
        s.won = q.value(2).toLongLong();
        s.lost = q.value(3).toLongLong();
        byMonth.insert(q.value(0).toString(), s);
    }
    std::vector<MonthStat> out;
    for (QDate m(firstMonth.year(), firstMonth.month(), 1); m <= lastMonth; m = m.addMonths(1)) {
        MonthStat s = byMonth.value(monthKey(m));
        finishMonth(s, m);
        out.push_back(s);
    }
    return out;
}

QString ForecastQuery::repFilter(const QString &column, const std::vector<qint64> &reps) const
{
    // "column IN (reps)", or for big sets (the company, a large region) the shorter and faster
    // "column NOT IN (every other rep, and 0 = no owner)"; both select exactly the same rows because every
    // owner is a rep of the plan or none.
    if (int(reps.size()) * 2 <= m_tree.reps().size())
        return QStringLiteral("%1 IN (%2)").arg(column, idList(reps));
    QSet<qint64> in(reps.begin(), reps.end());
    std::vector<qint64> out{0};
    for (auto it = m_tree.reps().cbegin(); it != m_tree.reps().cend(); ++it)
        if (!in.contains(it.key()))
            out.push_back(it.key());
    return QStringLiteral("%1 NOT IN (%2)").arg(column, idList(out));
}

} // namespace tessera::forecast
