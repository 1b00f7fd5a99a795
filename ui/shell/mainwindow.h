#pragma once
// The main window: a navigation list of the plan's views (planViews()) beside a stack of the views, the
// File/Edit/View/Help menus and a status bar with the plan's name and counts. It owns the open
// PlanDocument; the title carries the undo stack's modified marker.

#include <QMainWindow>
#include <memory>
#include <vector>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoGroup;

namespace tessera {

class PlanDocument;
struct ChangeEvent;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Startup: the given plan; else the most recent plan that still exists; else the bundled demo.
    void openInitialPlan(const QString &path = {});
    // Opens a plan, showing any error; true on success. The previous plan is closed first.
    bool openPlan(const QString &path);
    // Opens the bundled demo (AppDataLocation/demo.tessera), generating it first if missing or asked.
    bool openDemoPlan(bool regenerate = false);
    void closePlan();

    PlanDocument *document() const { return m_document.get(); }
    QWidget *view(const QString &id) const; // nullptr without a plan or for an unknown id
    bool showView(const QString &id);
    QString currentViewId() const;
    static QString demoPlanPath();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildFileMenu();
    void buildEditMenu();
    void buildViewMenu();
    void buildHelpMenu();
    void updateRecentMenu();
    void newPlan();
    void openPlanDialog();
    void saveAs();
    void about();

    void setDocument(std::unique_ptr<PlanDocument> document);
    void buildViews();
    void clearViews();
    void updateTitle();
    void updateStatus();
    void onChanged(const ChangeEvent &event);
    QWidget *createEmptyPage();
    QString dialogDirectory() const;

    std::unique_ptr<PlanDocument> m_document;
    QUndoGroup *m_undoGroup;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    QWidget *m_emptyPage;
    QLabel *m_statusPlan;
    QLabel *m_statusCounts;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QList<QAction *> m_planActions; // enabled only while a plan is open
    std::vector<QString> m_viewIds;
};

} // namespace tessera
