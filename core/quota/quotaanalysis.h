#pragma once
// Reading a quota plan: the bottom-up reconciliation and the fairness check.
//
// Reconciliation: a node's bottom-up number is its own submission, else the sum of its children's
// bottom-up numbers when every child has one. Gap = bottom-up − top-down (year).
//
// Fairness: for every rep and territory, quota ÷ potential (accounts' potential of the territory's reps);
// the coefficient of variation (population standard deviation ÷ mean) of that ratio over the nodes with
// potential; an outlier is a ratio more than 2 standard deviations from the mean (z > 2), or any quota
// where there is no potential. Reach: of the reps with a full prior year of history (hired before the
// prior year started) and a quota, the share whose prior-year bookings reach 100% and 80% of the quota.
// Ratios are doubles: statistics for reading, never amounts.

#include "quotaplan.h"
#include "quotastore.h"

#include <optional>
#include <vector>

namespace tessera::quota {

struct ReconciliationRow
{
    int node = 0;
    qint64 topDown = 0;
    std::optional<qint64> bottomUp;
    qint64 gap() const { return bottomUp ? *bottomUp - topDown : 0; }
};
std::vector<ReconciliationRow> reconcile(const QuotaPlan &plan, const std::vector<Submission> &submissions);

struct FairnessRow
{
    int node = 0;
    qint64 quota = 0, potential = 0, priorYear = 0;
    double ratio = 0; // quota ÷ potential; 0 without potential
    double z = 0;
    bool outlier = false;
};

struct FairnessGroup
{
    std::vector<FairnessRow> rows;
    double mean = 0, stddev = 0, cv = 0;
};

struct FairnessReport
{
    FairnessGroup reps, territories;
    int repsWithHistory = 0;
    double reach100 = 0, reach80 = 0; // shares 0..1
};

// priorYearStart: reps hired after it have no full prior year and are left out of the reach shares.
FairnessReport fairness(const QuotaPlan &plan, const std::vector<QDate> &hireDates,
                        const QDate &priorYearStart);
// The same, reading hire dates from the plan file.
FairnessReport fairness(const PlanStore &store, const QuotaPlan &plan);

} // namespace tessera::quota
