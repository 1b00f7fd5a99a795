// The File menu of the main window and opening plans: startup, the bundled demo, New, Open, Open Recent,
// Save As and Close.
#include "demo/demogenerator.h"
#include "io/iodialogs.h"
#include "longtask.h"
#include "mainwindow.h"
#include "plandocument.h"
#include "recentfiles.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>

namespace tessera {

namespace {
QString planFilter()
{
    return MainWindow::tr("Tessera plans (*.tessera);;All files (*)");
}

QString withSuffix(QString path)
{
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".tessera");
    return path;
}

void removePlanFiles(const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
}
} // namespace

// The File menu in one place.
void MainWindow::buildFileMenu()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *newAction = m_fileMenu->addAction(tr("&New Plan…"), this, &MainWindow::newPlan);
    newAction->setShortcuts(QKeySequence::New);
    QAction *openAction = m_fileMenu->addAction(tr("&Open…"), this, &MainWindow::openPlanDialog);
    openAction->setShortcuts(QKeySequence::Open);
    m_recentMenu = m_fileMenu->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    updateRecentMenu();
    m_fileMenu->addAction(tr("Open &Demo Plan"), this, [this] { openDemoPlan(); });
    m_fileMenu->addSeparator();
    QAction *saveAs = m_fileMenu->addAction(tr("Save &As…"), this, &MainWindow::saveAs);
    saveAs->setShortcuts(QKeySequence::SaveAs);
    m_planActions << saveAs;
    m_fileMenu->addSeparator();
    QAction *importAction = m_fileMenu->addAction(tr("&Import…"), this, [this] {
        if (m_document)
            showImportWizard(m_document.get(), this);
    });
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_planActions << importAction;
    QAction *exportAction = m_fileMenu->addAction(tr("&Export…"), this, [this] {
        if (m_document)
            showExportDialog(m_document.get(), this);
    });
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_planActions << exportAction;
    m_fileMenu->addSeparator();
    QAction *close = m_fileMenu->addAction(tr("&Close"), this, &MainWindow::closePlan);
    close->setShortcuts(QKeySequence::Close);
    m_planActions << close;
    m_fileMenu->addSeparator();
    QAction *quit = m_fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcuts(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = RecentFiles::list();
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files[i];
        QAction *action =
            m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()), this,
                                    [this, path] { openPlan(path); });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setEnabled(QFileInfo(path).isFile());
    }
    if (!files.isEmpty())
        m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear List"), this, [] { RecentFiles::clear(); });
    clear->setEnabled(!files.isEmpty());
}

QString MainWindow::dialogDirectory() const
{
    if (m_document)
        return QFileInfo(m_document->path()).absolutePath();
    const QString recent = RecentFiles::mostRecentExisting();
    return recent.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                            : QFileInfo(recent).absolutePath();
}

QString MainWindow::demoPlanPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo.tessera"));
}

void MainWindow::openInitialPlan(const QString &path)
{
    if (!path.isEmpty()) {
        openPlan(path);
        return;
    }
    const QString recent = RecentFiles::mostRecentExisting();
    if (!recent.isEmpty() && openPlan(recent))
        return;
    openDemoPlan();
}

bool MainWindow::openPlan(const QString &path)
{
    std::unique_ptr<PlanDocument> document;
    try {
        document = PlanDocument::open(path);
    } catch (const std::exception &e) {
        showError(this, tr("Cannot open the plan"), e);
        if (!QFileInfo(path).isFile())
            RecentFiles::remove(path);
        return false;
    }
    setDocument(std::move(document));
    RecentFiles::add(path);
    return true;
}

bool MainWindow::openDemoPlan(bool regenerate)
{
    const QString path = demoPlanPath();
    if (m_document && QFileInfo(m_document->path()) == QFileInfo(path)) {
        if (!regenerate)
            return true;
        setDocument(nullptr);
    }
    if (regenerate)
        removePlanFiles(path);
    if (!QFileInfo(path).isFile()) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        const auto made =
            runLongTask<DemoSummary>(this, tr("Creating the demo plan"), [path](const Progress &p) {
                return generateDemoPlan(
                    path, DemoOptions{}, [&p](qint64 done, qint64 total, const QString &stage) {
                        p.report(done, total, stage); // throws Cancelled when the user cancels
                        return true;
                    });
            });
        if (!made)
            return false;
    }
    return openPlan(path);
}

void MainWindow::closePlan()
{
    setDocument(nullptr);
}

void MainWindow::newPlan()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New Plan"), dialogDirectory(), planFilter());
    if (path.isEmpty())
        return;
    path = withSuffix(path);
    if (m_document && QFileInfo(m_document->path()) == QFileInfo(path)) {
        showError(
            this, tr("New Plan"),
            TesseraError(TesseraError::Kind::User, tr("This plan is open; choose another file."), path));
        return;
    }
    removePlanFiles(path); // the file dialog asked before replacing it
    PlanSettings settings;
    settings.name = QFileInfo(path).completeBaseName();
    std::unique_ptr<PlanDocument> document;
    try {
        document = PlanDocument::create(path, settings);
    } catch (const std::exception &e) {
        showError(this, tr("Cannot create the plan"), e);
        return;
    }
    setDocument(std::move(document));
    RecentFiles::add(path);
}

void MainWindow::openPlanDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Plan"), dialogDirectory(), planFilter());
    if (!path.isEmpty())
        openPlan(path);
}

void MainWindow::saveAs()
{
    if (!m_document)
        return;
    QString path = QFileDialog::getSaveFileName(this, tr("Save Plan As"), dialogDirectory(), planFilter());
    if (path.isEmpty())
        return;
    path = withSuffix(path);
    const QString view = currentViewId();
    try {
        m_document->store().backupTo(path);
    } catch (const std::exception &e) {
        showError(this, tr("Cannot save the plan"), e);
        return;
    }
    // Continue on the copy, as Save As does in every editor; the original stays as it was.
    if (openPlan(path) && !view.isEmpty())
        showView(view);
}

} // namespace tessera
