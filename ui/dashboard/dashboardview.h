#pragma once
// Dashboards and forecasts: pick a hierarchy node and a period; see attainment per child, pacing, pipeline
// coverage, forecast categories with the manager's commit override, win rate and deal size, and a sortable
// leaderboard. Clicking a bar or a row drills in; back/forward navigate; every chart exports to PNG/PDF and
// the whole dashboard to a PDF report. All figures come from core/forecast (computed in DashboardWorker).

#include "forecast/figures.h"
#include "forecast/orgtree.h"
#include "forecast/period.h"

#include <QElapsedTimer>
#include <QHash>
#include <QWidget>
#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace tessera {

class ChartPanel;
class DashboardWorker;
class LeaderboardModel;
class PlanDocument;
struct ChangeEvent;

class DashboardView : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardView(PlanDocument *document, QWidget *parent = nullptr);
    ~DashboardView() override;

    void showNode(const forecast::NodeRef &node);
    void setPeriod(const forecast::Period &period);
    void back();
    void forward();
    const forecast::Dashboard &dashboard() const { return m_dashboard; }
    forecast::NodeRef node() const { return m_node; }
    // Writes the PDF report of what is shown; throws TesseraError(Io).
    void exportReport(const QString &path) const;
    ChartPanel *chart(int index) const; // 0 attainment, 1 pacing, 2 coverage, 3 categories, 4 monthly
    qint64 lastComputeMs() const { return m_computeMs; }
    qint64 lastRedrawMs() const { return m_redrawMs; }

signals:
    void dashboardShown(); // after each redraw

private:
    void buildTree();
    void fillPeriods();
    void onPeriodKind();
    void applyPeriod();
    void request();
    void display(const forecast::Dashboard &d, qint64 computeMs);
    void updateHeader();
    void onChanged(const ChangeEvent &event);
    void editOverride();
    void exportDialog();
    void drillChild(int index);
    void navigate(const forecast::NodeRef &node, bool record);

    PlanDocument *m_document;
    std::unique_ptr<DashboardWorker> m_worker;
    forecast::OrgTree m_tree;
    forecast::NodeRef m_node;
    forecast::Period m_period;
    FiscalCalendar m_calendar{1};
    forecast::Dashboard m_dashboard;
    std::vector<forecast::NodeRef> m_back, m_forward;
    int m_requestId = 0;
    qint64 m_computeMs = 0, m_redrawMs = 0;

    QTreeWidget *m_treeWidget;
    QHash<QString, QTreeWidgetItem *> m_items;
    QToolButton *m_backButton, *m_forwardButton;
    QLabel *m_breadcrumb, *m_summary, *m_status;
    QComboBox *m_kind, *m_periodCombo;
    QDateEdit *m_from, *m_to;
    ChartPanel *m_charts[5];
    LeaderboardModel *m_leaders;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
};

} // namespace tessera
