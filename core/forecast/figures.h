#pragma once
// What the dashboards, the tables, the CLI and the PDF report show: computed once in ForecastQuery.
//
// Definitions (all amounts are Money in cents, ratios are exact Rates; doubles only for drawing):
// - closed: closed-won opportunities (is_won = 1) whose close_date falls in the period ("bookings").
// - open pipeline: open opportunities (is_closed = 0) closing in the period, forecast category not Omitted.
// - forecast categories roll up cumulatively, as Salesforce does: Closed ⊂ Commit ⊂ Best Case ⊂ Pipeline.
//     commit    = closed + open Commit      (an open deal marked Closed counts as Commit)
//     best case = commit + open Best Case
//     pipeline  = best case + open Pipeline (= closed + open pipeline)
//   Omitted deals are shown on their own and never counted.
// - weighted pipeline: Σ amount × stage probability over the open pipeline; the probability comes from the
//   plan setting `stages` for the deal's stage, else the deal's own probability. Summed exactly in
//   cent-percent and rounded once to the cent (half away from zero).
// - quota: the node's monthly quotas (table quotas, fiscal months) over the period, a partial month prorated
//   by days; when the node has no quota row for every month of the period, the sum of its reps' quotas
//   (quotaFromReps says so).
// - attainment = closed ÷ quota. remaining quota = max(0, quota − closed).
// - coverage = open pipeline ÷ remaining quota (raw) and weighted pipeline ÷ remaining quota (weighted),
//   with bands: raw healthy ≥ 3×, watch ≥ 2×, at risk below; weighted healthy ≥ 1×, watch ≥ 0.7×.
// - run-rate projection = closed × period days ÷ elapsed days (as-of date inside the period).
// - win rate = won ÷ (won + lost) by count of deals closed in a month; average deal size = won ÷ won count.

#include "common/money.h"
#include "orgtree.h"
#include "period.h"

#include <QDateTime>
#include <optional>
#include <vector>

namespace tessera::forecast {

enum class Band
{
    Healthy,
    Watch,
    AtRisk,
    QuotaMet, // nothing left to cover
    NoQuota
};
QString bandName(Band band); // translated
QString bandKey(Band band);  // "healthy", "watch", "at_risk", "quota_met", "no_quota"

// Attainment colour bands for the charts.
enum class AttainmentBand
{
    Below80,
    From80To100,
    Above100,
    NoQuota
};
AttainmentBand attainmentBand(const std::optional<Rate> &attainment);

struct CommitOverride
{
    Money commit;
    QString comment;
    QString who;
    QDateTime at;
};

// Raw sums over a set of reps for a period (what SQL returns per rep).
struct Tally
{
    qint64 wonCents = 0, wonCount = 0, lostCount = 0;
    qint64 openPipelineCents = 0, openBestCaseCents = 0, openCommitCents = 0, omittedCents = 0;
    qint64 openCount = 0;
    Int128 weightedCentPercent = 0;
    Tally &operator+=(const Tally &o);
};

struct Figures
{
    NodeRef node;
    QString name, code, level;
    QString currency; // the plan's currency code (ISO 4217), for formatting the money below
    Period period;
    QDate asOf;

    Money closed;
    Money commit, bestCase, pipelineTotal;                         // cumulative categories
    Money openCommit, openBestCase, openPipelineCategory, omitted; // open amounts per category
    Money openPipeline;                                            // open, not omitted
    Money weightedPipeline;
    qint64 wonCount = 0, lostCount = 0, openCount = 0;

    Money quota;
    bool hasQuota = false;
    bool quotaFromReps = false;
    Money remainingQuota;
    std::optional<Rate> attainment;
    std::optional<Rate> coverage, weightedCoverage;
    Band coverageBand = Band::NoQuota, weightedCoverageBand = Band::NoQuota;

    int periodDays = 0, elapsedDays = 0;
    Money quotaToDate; // quota prorated to the as-of date
    Money projection;  // run-rate projection to period end
    std::optional<Rate> projectedAttainment;

    std::optional<CommitOverride> commitOverride;
    Money adjustedCommit; // the override when there is one, else commit
};

struct PacingPoint
{
    QDate month; // first day
    QString label;
    Money bookings, quota;
    Money cumulativeBookings, cumulativeQuota;
};

struct MonthStat
{
    QDate month;
    QString label;
    qint64 won = 0, lost = 0;
    Money wonAmount;
    std::optional<Rate> winRate;
    std::optional<Money> averageDeal;
};

struct LeaderRow
{
    int rank = 0;
    qint64 repId = 0;
    QString name, externalId, territory;
    Money bookings, pipeline, quota;
    bool hasQuota = false;
    std::optional<Rate> attainment;
    std::optional<Money> earnings;          // earned to date; empty until payout data exists
    std::optional<Money> projectedEarnings; // at the run rate to the period's end
};

// A hierarchy level ("region", "district", ... "rep") as a word inside a sentence ("Attainment by region"),
// translated: German capitalises the noun ("nach Region"). Unknown levels (a plan's own) stay as they are.
QString levelInText(const QString &level);

struct Dashboard
{
    Figures figures;
    std::vector<Figures> children; // sorted by attainment, highest first (no quota last)
    std::vector<PacingPoint> pacing;
    std::vector<MonthStat> months; // 12 months ending with the period's last month
    std::vector<LeaderRow> leaderboard;
    bool earningsAvailable = false;
    QString earningsNote;
    // Sums over the leaderboard's reps when earnings are available.
    Money earningsToDate, earningsProjected;
    QDate earningsThrough; // the last day the payout runs cover
};

} // namespace tessera::forecast
