#include "viewlist.h"

#include "map/mapview.h"

#include <QCoreApplication>

namespace tessera {

std::vector<ViewEntry> planViews()
{
    std::vector<ViewEntry> views;
    // Each capability appends its entries below, one block each (kept apart so merges stay clean).

    // -- organisation, accounts, pipeline (foundation)

    // -- territory map (geography and alignment)
    views.push_back({QStringLiteral("map"), QCoreApplication::translate("ViewList", "Territory map"), QIcon(),
                     [](PlanDocument *document, QWidget *parent) -> QWidget * {
                         return new map::MapView(document, parent);
                     }});

    // -- quota planning

    // -- compensation and payouts

    // -- dashboards and forecasts

    return views;
}

} // namespace tessera
