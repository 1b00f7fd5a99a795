#include "viewlist.h"

#include "comp/payoutview.h"
#include "comp/planeditor.h"
#include "dashboard/dashboardview.h"
#include "entitytableview.h"
#include "map/mapview.h"
#include "organisationview.h"
#include "quota/quotaview.h"

#include <QCoreApplication>

namespace tessera {

std::vector<ViewEntry> planViews()
{
    std::vector<ViewEntry> views;
    // Each capability appends its entries below, one block each (kept apart so merges stay clean).

    // -- organisation, accounts, pipeline (foundation)
    views.push_back({QStringLiteral("organisation"),
                     QCoreApplication::translate("tessera::ViewList", "Organisation"),
                     QIcon(QStringLiteral(":/tessera/icons/organisation.svg")),
                     [](PlanDocument *document, QWidget *parent) -> QWidget * {
                         return new OrganisationView(document, parent);
                     }});
    views.push_back({QStringLiteral("accounts"), QCoreApplication::translate("tessera::ViewList", "Accounts"),
                     QIcon(QStringLiteral(":/tessera/icons/accounts.svg")),
                     [](PlanDocument *document, QWidget *parent) -> QWidget * {
                         return new EntityTableView(document, model::Entity::Accounts, parent);
                     }});
    views.push_back({QStringLiteral("pipeline"), QCoreApplication::translate("tessera::ViewList", "Pipeline"),
                     QIcon(QStringLiteral(":/tessera/icons/pipeline.svg")),
                     [](PlanDocument *document, QWidget *parent) -> QWidget * {
                         return new EntityTableView(document, model::Entity::Opportunities, parent);
                     }});

    // -- territory map (geography and alignment)
    views.push_back({QStringLiteral("map"), QCoreApplication::translate("tessera::ViewList", "Territory map"),
                     QIcon(QStringLiteral(":/tessera/icons/map.svg")),
                     [](PlanDocument *document, QWidget *parent) -> QWidget * {
                         return new map::MapView(document, parent);
                     }});

    // -- quota planning
    views.push_back({QStringLiteral("quotas"),
                     QCoreApplication::translate("tessera::ViewList", "Quota planning"),
                     QIcon(QStringLiteral(":/tessera/icons/quotas.svg")),
                     [](PlanDocument *document, QWidget *parent) -> QWidget * {
                         return new quota::QuotaView(document, parent);
                     }});

    // -- compensation and payouts
    views.push_back({QStringLiteral("comp-plans"),
                     QCoreApplication::translate("tessera::ViewList", "Compensation plans"),
                     QIcon(QStringLiteral(":/tessera/icons/compplans.svg")),
                     [](PlanDocument *d, QWidget *p) -> QWidget * {
                         return new comp::PlanEditor(d, p);
                     }});
    views.push_back(
        {QStringLiteral("comp-payouts"), QCoreApplication::translate("tessera::ViewList", "Payouts"),
         QIcon(QStringLiteral(":/tessera/icons/payouts.svg")), [](PlanDocument *d, QWidget *p) -> QWidget * {
             return new comp::PayoutView(d, p);
         }});

    // -- dashboards and forecasts
    views.push_back({QStringLiteral("dashboard"),
                     QCoreApplication::translate("tessera::ViewList", "Dashboards"),
                     QIcon(QStringLiteral(":/tessera/icons/dashboard.svg")),
                     [](PlanDocument *document, QWidget *parent) -> QWidget * {
                         return new DashboardView(document, parent);
                     }});

    return views;
}

} // namespace tessera
