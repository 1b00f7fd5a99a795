#pragma once
// Quota plans in the plan file: building the tree with its inputs (bookings, potential, coverage) from the
// organisation, saving every result to `quotas` in one transaction, and the working tables beside it.

#include "common/progress.h"
#include "quotaplan.h"

#include <QDate>
#include <optional>

namespace tessera {
class PlanStore;
}

namespace tessera::quota {

// What a year is planned with: the allocation settings plus calendar, as-of date (end of the trailing 12
// months) and the ramp profile for new hires.
struct QuotaSetup
{
    QuotaSettings settings;
    QuotaCalendar::Pattern pattern = QuotaCalendar::Pattern::CalendarMonths;
    QDate asOf; // invalid = the day before the fiscal year starts
    RampProfile ramp;
};

// The stored setup of a year, or defaults (even at every level, no over-assignment, history seasonality).
QuotaSetup loadSetup(const PlanStore &store, int fiscalYear);
QuotaCalendar calendarOf(const PlanStore &store, const QuotaSetup &setup);

// The tree of the year with inputs and coverage; seasonality from history when the setup has none. No
// amounts yet (allocate() or readAmounts()).
QuotaPlan buildPlan(const PlanStore &store, const QuotaSetup &setup);
// Reads the saved amounts and cell states of the year into a built plan.
void readAmounts(const PlanStore &store, QuotaPlan &plan);
// buildPlan + readAmounts with the stored setup.
QuotaPlan loadPlan(const PlanStore &store, int fiscalYear);

// Closed-won bookings (cents) by fiscal month of the last two complete fiscal years before fiscalYear: the
// weights of the seasonality curve.
std::array<qint64, 12> seasonalityFromHistory(const PlanStore &store, const QuotaCalendar &calendar,
                                              int fiscalYear);
// A CSV "month,weight": month 1..12 (fiscal) or YYYY-MM; weight a number or percentage (relative weights,
// returned in millionths). Errors name the file, row and field.
std::array<qint64, 12> readSeasonalityCsv(const QString &path, const QuotaCalendar &calendar, int fiscalYear);

// Writes the year's setup (target, unit, calendar, levels, seasonality, ramp) replacing the stored one.
void saveSetup(PlanStore &store, const QuotaSetup &setup);
// Replaces the year's quotas, cells, setup and seasonality in one transaction.
void savePlan(PlanStore &store, const QuotaPlan &plan, const QuotaSetup &setup);
// Writes the cells an edit changed (or restores them on undo), in one transaction, with a change-log row.
void saveChanges(PlanStore &store, const QuotaPlan &plan, const std::vector<CellChange> &changes, bool undo,
                 const QString &description);

// Builds, allocates and saves: the CLI's `quota allocate` and the demo.
QuotaPlan allocateAndSave(PlanStore &store, const QuotaSetup &setup, const Progress &progress = Progress());

// rep_id (external id), rep_name, territory, period (YYYY-MM), quota — one row per rep and month.
void exportCsv(const QuotaPlan &plan, const QuotaCalendar &calendar, const QString &path);

// Bottom-up submissions: amount per node code or rep external id for the year.
struct Submission
{
    int node = -1;
    qint64 cents = 0;
};
void saveSubmission(PlanStore &store, const QuotaPlan &plan, int node, qint64 cents);
void deleteSubmission(PlanStore &store, const QuotaPlan &plan, int node);
// CSV "code,amount" (org node code or rep external id); errors name file, row and field.
int importSubmissions(PlanStore &store, const QuotaPlan &plan, const QString &path);
std::vector<Submission> loadSubmissions(const PlanStore &store, const QuotaPlan &plan);

} // namespace tessera::quota
