#pragma once
// The one query layer behind the dashboards, the tables, the CLI and the PDF report (see figures.h for
// what each figure means).
//
// How it stays fast on big plans: per period, ONE pass over forecast_facts (opportunities summed by rep,
// month, stage and category, kept exact by triggers; schema v5) sums each rep's tally and monthly closed
// deals in memory (repfacts.h), and ONE pass over the period's quota rows sums them per rep and node; node
// figures, children, monthly win rates and leaderboards are then sums over the hierarchy. A change of node
// (drill-down) reuses that snapshot and runs only the node's monthly quota query.
// Periods with partial months (custom ranges) read the opportunities table with grouped SQL instead.

#include "figures.h"
#include "orgtree.h"
#include "period.h"
#include "store/fiscalcalendar.h"

#include <QHash>
#include <memory>

namespace tessera {
class PlanStore;
}

namespace tessera::forecast {

class ForecastQuery
{
public:
    explicit ForecastQuery(const PlanStore &store);
    ~ForecastQuery();

    // Re-reads the hierarchy, stage probabilities and as-of date and drops cached results (after edits).
    void reload();
    // Drops cached period results only (after opportunity, quota or override edits).
    void invalidate();

    const OrgTree &tree() const { return m_tree; }
    const FiscalCalendar &calendar() const { return m_calendar; }
    Period parsePeriod(const QString &text) const;

    // "Today" for pacing and projections: settings forecast.as_of, else demo.as_of, else the system date.
    QDate asOf() const { return m_asOf; }
    void setAsOf(const QDate &date);
    // The fiscal quarter containing the as-of date (the dashboards' default period).
    Period defaultPeriod() const;

    // Stage name → probability (0..100) from the plan setting `stages`.
    const QHash<QString, int> &stageProbabilities() const { return m_stageProbability; }

    Figures figures(const NodeRef &node, const Period &period);
    // Cached per node until the period changes or invalidate() is called (call it after edits).
    Dashboard dashboard(const NodeRef &node, const Period &period);
    std::vector<PacingPoint> pacing(const NodeRef &node, const Period &period);
    // Win rate and average deal size for each month from firstMonth to lastMonth (first days of months).
    std::vector<MonthStat> monthly(const NodeRef &node, const QDate &firstMonth, const QDate &lastMonth);

    // For the benchmark's baseline and tests: read the opportunities table even for whole months.
    void setUseFacts(bool on)
    {
        m_useFacts = on;
        invalidate();
    }

    // Baselines for the benchmark and cross-checks in tests: the same tally straight from the
    // opportunities table with one query for the given reps.
    Tally tallyFromOpportunities(const std::vector<qint64> &reps, const Period &period) const;

private:
    struct Snapshot;
    const Snapshot &snapshot(const Period &period);
    Figures build(const NodeRef &node, const Snapshot &snap) const;
    std::vector<LeaderRow> leaderboard(const NodeRef &node, const Snapshot &snap) const;
    QString weightExpression(QVariantList &bindings) const;
    QString repFilter(const QString &column, const std::vector<qint64> &reps) const;
    std::vector<PacingPoint> pacing(const NodeRef &node, const Period &period,
                                    const std::vector<MonthStat> *known);

    const PlanStore &m_store;
    OrgTree m_tree;
    FiscalCalendar m_calendar;
    QString m_currency;
    QHash<QString, int> m_stageProbability;
    QDate m_asOf;
    bool m_useFacts = true;
    std::unique_ptr<Snapshot> m_snapshot;
};

// Reads the `stages` setting (JSON [{name, probability, forecast_category}]); bad JSON gives an empty map
// (every deal then falls back to its own probability).
QHash<QString, int> parseStageProbabilities(const QString &json);

// Band of a coverage ratio; weighted uses the weighted thresholds.
Band coverageBand(const std::optional<Rate> &coverage, bool weighted);

} // namespace tessera::forecast
