#include "viewlist.h"

#include "comp/payoutview.h"
#include "comp/planeditor.h"

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
    views.push_back({QStringLiteral("comp-plans"), QCoreApplication::translate("views", "Compensation plans"),
                     QIcon(), [](PlanDocument *d, QWidget *p) -> QWidget * {
                         return new comp::PlanEditor(d, p);
                     }});
    views.push_back({QStringLiteral("comp-payouts"), QCoreApplication::translate("views", "Payouts"), QIcon(),
                     [](PlanDocument *d, QWidget *p) -> QWidget * {
                         return new comp::PayoutView(d, p);
                     }});

    // -- dashboards and forecasts

    return views;
}

} // namespace tessera
