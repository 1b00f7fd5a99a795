#include "viewlist.h"

#include "dashboard/dashboardview.h"

#include <QCoreApplication>

namespace tessera {

std::vector<ViewEntry> planViews()
{
    std::vector<ViewEntry> views;
    // Each capability appends its entries below, one block each (kept apart so merges stay clean).

    // -- organisation, accounts, pipeline (foundation)

    // -- territory map (geography and alignment)

    // -- quota planning

    // -- compensation and payouts

    // -- dashboards and forecasts
    views.push_back({QStringLiteral("dashboard"), QCoreApplication::translate("ViewList", "Dashboards"),
                     QIcon(), [](PlanDocument *document, QWidget *parent) -> QWidget * {
                         return new DashboardView(document, parent);
                     }});

    return views;
}

} // namespace tessera
