#include "forecastjson.h"

#include <QJsonArray>
#include <cmath>

namespace tessera::forecast {

namespace {

QJsonValue money(Money m)
{
    return m.toPlainString();
}

QJsonValue rate(const std::optional<Rate> &r)
{
    if (!r)
        return QJsonValue::Null;
    return std::round(r->toDouble() * 10000.0) / 10000.0;
}

} // namespace

QJsonObject toJson(const Figures &f)
{
    QJsonObject o{
        {QStringLiteral("node"), f.code},
        {QStringLiteral("name"), f.name},
        {QStringLiteral("level"), f.level},
        {QStringLiteral("period"), f.period.label},
        {QStringLiteral("period_start"), f.period.start.toString(Qt::ISODate)},
        {QStringLiteral("period_end"), f.period.end.toString(Qt::ISODate)},
        {QStringLiteral("as_of"), f.asOf.toString(Qt::ISODate)},
        {QStringLiteral("closed"), money(f.closed)},
        {QStringLiteral("commit"), money(f.commit)},
        {QStringLiteral("best_case"), money(f.bestCase)},
        {QStringLiteral("pipeline"), money(f.openPipeline)},
        {QStringLiteral("pipeline_total"), money(f.pipelineTotal)},
        {QStringLiteral("weighted_pipeline"), money(f.weightedPipeline)},
        {QStringLiteral("omitted"), money(f.omitted)},
        {QStringLiteral("open_by_category"),
         QJsonObject{{QStringLiteral("commit"), money(f.openCommit)},
                     {QStringLiteral("best_case"), money(f.openBestCase)},
                     {QStringLiteral("pipeline"), money(f.openPipelineCategory)}}},
        {QStringLiteral("quota"), f.hasQuota ? money(f.quota) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("quota_from_reps"), f.quotaFromReps},
        {QStringLiteral("remaining_quota"), money(f.remainingQuota)},
        {QStringLiteral("attainment"), rate(f.attainment)},
        {QStringLiteral("coverage"), rate(f.coverage)},
        {QStringLiteral("weighted_coverage"), rate(f.weightedCoverage)},
        {QStringLiteral("coverage_band"), bandKey(f.coverageBand)},
        {QStringLiteral("weighted_coverage_band"), bandKey(f.weightedCoverageBand)},
        {QStringLiteral("won_count"), f.wonCount},
        {QStringLiteral("lost_count"), f.lostCount},
        {QStringLiteral("open_count"), f.openCount},
        {QStringLiteral("period_days"), f.periodDays},
        {QStringLiteral("elapsed_days"), f.elapsedDays},
        {QStringLiteral("quota_to_date"), money(f.quotaToDate)},
        {QStringLiteral("projection"), money(f.projection)},
        {QStringLiteral("projected_attainment"), rate(f.projectedAttainment)},
        {QStringLiteral("adjusted_commit"), money(f.adjustedCommit)},
    };
    if (f.commitOverride)
        o.insert(QStringLiteral("commit_override"),
                 QJsonObject{{QStringLiteral("commit"), money(f.commitOverride->commit)},
                             {QStringLiteral("comment"), f.commitOverride->comment},
                             {QStringLiteral("who"), f.commitOverride->who},
                             {QStringLiteral("at"), f.commitOverride->at.toString(Qt::ISODate)}});
    else
        o.insert(QStringLiteral("commit_override"), QJsonValue::Null);
    return o;
}

QJsonObject toJson(const Dashboard &d)
{
    QJsonObject o = toJson(d.figures);
    QJsonArray children;
    for (const Figures &c : d.children)
        children.append(QJsonObject{{QStringLiteral("node"), c.code},
                                    {QStringLiteral("name"), c.name},
                                    {QStringLiteral("closed"), money(c.closed)},
                                    {QStringLiteral("quota"), c.hasQuota ? money(c.quota) : QJsonValue()},
                                    {QStringLiteral("attainment"), rate(c.attainment)},
                                    {QStringLiteral("pipeline"), money(c.openPipeline)}});
    o.insert(QStringLiteral("children"), children);
    QJsonArray pacing;
    for (const PacingPoint &p : d.pacing)
        pacing.append(QJsonObject{{QStringLiteral("month"), p.label},
                                  {QStringLiteral("bookings"), money(p.bookings)},
                                  {QStringLiteral("quota"), money(p.quota)},
                                  {QStringLiteral("cumulative_bookings"), money(p.cumulativeBookings)},
                                  {QStringLiteral("cumulative_quota"), money(p.cumulativeQuota)}});
    o.insert(QStringLiteral("pacing"), pacing);
    QJsonArray months;
    for (const MonthStat &m : d.months)
        months.append(QJsonObject{
            {QStringLiteral("month"), m.label},
            {QStringLiteral("won"), m.won},
            {QStringLiteral("lost"), m.lost},
            {QStringLiteral("win_rate"), rate(m.winRate)},
            {QStringLiteral("average_deal"), m.averageDeal ? money(*m.averageDeal) : QJsonValue()}});
    o.insert(QStringLiteral("months"), months);
    QJsonArray leaders;
    for (size_t i = 0; i < d.leaderboard.size() && i < 50; ++i) {
        const LeaderRow &r = d.leaderboard[i];
        leaders.append(
            QJsonObject{{QStringLiteral("rank"), r.rank},
                        {QStringLiteral("rep"), r.externalId},
                        {QStringLiteral("name"), r.name},
                        {QStringLiteral("bookings"), money(r.bookings)},
                        {QStringLiteral("pipeline"), money(r.pipeline)},
                        {QStringLiteral("quota"), r.hasQuota ? money(r.quota) : QJsonValue()},
                        {QStringLiteral("attainment"), rate(r.attainment)},
                        {QStringLiteral("earnings"), r.earnings ? money(*r.earnings) : QJsonValue()}});
    }
    o.insert(QStringLiteral("leaderboard"), leaders);
    o.insert(QStringLiteral("earnings_note"), d.earningsAvailable ? QString() : d.earningsNote);
    return o;
}

} // namespace tessera::forecast
