#pragma once
// Earnings for the leaderboard: the one place dashboards ask compensation for money earned.
// Compensation (payout runs) lands separately; until it does this returns nothing and the dashboards show
// "—" with a note. Point this function at the payout tables when they exist; nothing else changes.

#include "common/money.h"
#include "period.h"

#include <QHash>
#include <optional>
#include <vector>

namespace tessera {
class PlanStore;
}

namespace tessera::forecast {

struct EarningsResult
{
    bool available = false;
    QHash<qint64, Money> byRep; // earned in the period (rep id → amount)
    QString note;               // why nothing is shown, translated
};

EarningsResult earningsFor(const PlanStore &store, const std::vector<qint64> &reps, const Period &period);

} // namespace tessera::forecast
