#pragma once
// The demo plan's forecast data: commit overrides with comments from a few district managers for the
// quarter after the as-of date. Called once from fillDemoPlan (inside its transaction).

#include <QDate>

namespace tessera {
class PlanStore;
}

namespace tessera::forecast {

void addDemoForecast(PlanStore &store, const QDate &asOf);

} // namespace tessera::forecast
