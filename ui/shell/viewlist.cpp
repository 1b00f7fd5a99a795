#include "viewlist.h"

#include "quota/quotaview.h"

#include <QCoreApplication>

namespace tessera {

std::vector<ViewEntry> planViews()
{
    std::vector<ViewEntry> views;
    // Each capability appends its entries below, one block each (kept apart so merges stay clean).

    // -- organisation, accounts, pipeline (foundation)

    // -- territory map (geography and alignment)

    // -- quota planning
    views.push_back({QStringLiteral("quotas"), QCoreApplication::translate("ViewList", "Quota planning"),
                     QIcon::fromTheme(QStringLiteral("view-calendar")),
                     [](PlanDocument *document, QWidget *parent) -> QWidget * {
                         return new quota::QuotaView(document, parent);
                     }});

    // -- compensation and payouts

    // -- dashboards and forecasts

    return views;
}

} // namespace tessera
