#pragma once
// The demo's compensation: an account-executive plan and a manager plan for the fiscal year of the
// as-of date, assigned to every rep for the days they are employed, with quotas derived from the prior
// year's bookings where the plan has none.

#include <QDate>

namespace tessera {
class PlanStore;
}

namespace tessera::comp {

void addDemoCompensation(PlanStore &store, const QDate &asOf);

} // namespace tessera::comp
