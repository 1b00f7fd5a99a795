#pragma once
// The demo plan's quotas (called from the demo generator's "quotas" block).

#include <QDate>

namespace tessera {
class PlanStore;
}

namespace tessera::quota {

// Allocates the fiscal year of asOf: a target of 1.1 × the prior year's closed-won bookings rounded up to
// $10,000, a 50/50 blend of prior-year bookings and potential at every level, territories over-assigned by
// 3%, seasonality from history, a 0/25/50% ramp for new hires, amounts rounded to $100.
void fillDemoQuotas(PlanStore &store, const QDate &asOf);

} // namespace tessera::quota
