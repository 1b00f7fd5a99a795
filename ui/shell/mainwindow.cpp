#include "mainwindow.h"

#include "changeevent.h"
#include "longtask.h"
#include "model/orgtree.h"
#include "plandocument.h"
#include "viewlist.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoGroup>
#include <QVBoxLayout>

namespace tessera {

namespace {
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kSplitterKey = QStringLiteral("window/splitter");
const QString kViewKey = QStringLiteral("window/view");
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_undoGroup(new QUndoGroup(this)), m_navigation(new QListWidget(this)),
      m_stack(new QStackedWidget(this)), m_statusPlan(new QLabel(this)), m_statusCounts(new QLabel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/tessera/icons/tessera.svg")));

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSpacing(2);
    for (const ViewEntry &entry : planViews()) {
        auto *item = new QListWidgetItem(entry.icon, entry.title, m_navigation);
        item->setData(Qt::UserRole, entry.id);
        m_viewIds.push_back(entry.id);
    }
    m_navigation->setMinimumWidth(150);
    m_navigation->setMaximumWidth(240);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && size_t(row) < m_viewIds.size())
            showView(m_viewIds[size_t(row)]);
    });

    m_emptyPage = createEmptyPage();
    m_stack->addWidget(m_emptyPage);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(1, false);
    setCentralWidget(splitter);

    statusBar()->addWidget(m_statusPlan);
    statusBar()->addPermanentWidget(m_statusCounts);

    buildFileMenu();
    buildEditMenu();
    buildViewMenu();
    buildHelpMenu();

    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1400, 900);
    restoreState(settings.value(kStateKey).toByteArray());
    if (!splitter->restoreState(settings.value(kSplitterKey).toByteArray()))
        splitter->setSizes({180, 1220});
    setDocument(nullptr);
}

MainWindow::~MainWindow()
{
    clearViews(); // views hold the document: they go first
}

QWidget *MainWindow::createEmptyPage()
{
    auto *page = new QWidget(this);
    auto *label = new QLabel(tr("No plan is open. Create a plan, open one, or explore the demo plan."), page);
    label->setAlignment(Qt::AlignCenter);
    auto *newButton = new QPushButton(tr("New Plan…"), page);
    auto *openButton = new QPushButton(tr("Open Plan…"), page);
    auto *demoButton = new QPushButton(tr("Open Demo Plan"), page);
    connect(newButton, &QPushButton::clicked, this, &MainWindow::newPlan);
    connect(openButton, &QPushButton::clicked, this, &MainWindow::openPlanDialog);
    connect(demoButton, &QPushButton::clicked, this, [this] { openDemoPlan(); });
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(newButton);
    buttons->addWidget(openButton);
    buttons->addWidget(demoButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addWidget(label);
    layout->addLayout(buttons);
    layout->addStretch(2);
    return page;
}

void MainWindow::buildEditMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&Edit"));
    // The actions follow the active stack and show the command's text ("Undo Rename rep “Ann Lee”").
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(QKeySequence::Redo);
    menu->addAction(undo);
    menu->addAction(redo);
}

void MainWindow::buildViewMenu()
{
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    auto *group = new QActionGroup(this);
    const auto entries = planViews();
    for (size_t i = 0; i < entries.size(); ++i) {
        QAction *action = m_viewMenu->addAction(entries[i].icon, entries[i].title);
        action->setCheckable(true);
        action->setData(entries[i].id);
        if (i < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + int(i))));
        group->addAction(action);
        m_planActions << action;
        connect(action, &QAction::triggered, this, [this, id = entries[i].id] { showView(id); });
    }
    m_viewMenu->addSeparator();
    QAction *navigation = m_viewMenu->addAction(tr("Show &Navigation"));
    navigation->setCheckable(true);
    navigation->setChecked(true);
    connect(navigation, &QAction::toggled, m_navigation, &QWidget::setVisible);
}

void MainWindow::buildHelpMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&Help"));
    QAction *about = menu->addAction(tr("&About Tessera"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::about);
    QAction *aboutQt = menu->addAction(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Tessera"),
                       tr("<h3>Tessera %1</h3><p>Offline sales performance management: territories, quotas, "
                          "incentive compensation and forecasts, one plan file per plan.</p>")
                           .arg(QStringLiteral(TESSERA_VERSION)));
}

void MainWindow::setDocument(std::unique_ptr<PlanDocument> document)
{
    clearViews();
    if (m_document)
        m_undoGroup->removeStack(m_document->undoStack());
    m_document = std::move(document);
    const bool open = m_document != nullptr;
    for (QAction *action : std::as_const(m_planActions))
        action->setEnabled(open);
    m_navigation->setEnabled(open);
    if (open) {
        m_undoGroup->addStack(m_document->undoStack());
        m_undoGroup->setActiveStack(m_document->undoStack());
        connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
        connect(m_document.get(), &PlanDocument::changed, this, &MainWindow::onChanged);
        buildViews();
    } else {
        m_stack->setCurrentWidget(m_emptyPage);
    }
    updateTitle();
    updateStatus();
}

void MainWindow::buildViews()
{
    // Views are made when first shown, so a large plan paints its first view without building the others.
    for (size_t i = 0; i < m_viewIds.size(); ++i)
        m_stack->addWidget(new QWidget(m_stack)); // stand-in until shown
    QString id = QSettings().value(kViewKey).toString();
    if (std::find(m_viewIds.begin(), m_viewIds.end(), id) == m_viewIds.end())
        id = m_viewIds.empty() ? QString() : m_viewIds.front();
    if (!id.isEmpty())
        showView(id);
}

void MainWindow::clearViews()
{
    while (m_stack->count() > 1) {
        QWidget *w = m_stack->widget(1);
        m_stack->removeWidget(w);
        delete w;
    }
}

QWidget *MainWindow::view(const QString &id) const
{
    const auto it = std::find(m_viewIds.begin(), m_viewIds.end(), id);
    if (!m_document || it == m_viewIds.end())
        return nullptr;
    QWidget *w = m_stack->widget(1 + int(it - m_viewIds.begin()));
    return w && w->property("tesseraView").toBool() ? w : nullptr;
}

bool MainWindow::showView(const QString &id)
{
    const auto it = std::find(m_viewIds.begin(), m_viewIds.end(), id);
    if (!m_document || it == m_viewIds.end())
        return false;
    const int position = int(it - m_viewIds.begin());
    QWidget *w = m_stack->widget(1 + position);
    if (!w->property("tesseraView").toBool()) {
        const ViewEntry entry = planViews().at(size_t(position));
        QWidget *real = nullptr;
        try {
            real = entry.create(m_document.get(), m_stack);
        } catch (const std::exception &e) {
            showError(this, entry.title, e);
            return false;
        }
        real->setProperty("tesseraView", true);
        real->setObjectName(id);
        m_stack->insertWidget(1 + position, real);
        m_stack->removeWidget(w);
        delete w;
        w = real;
    }
    m_stack->setCurrentWidget(w);
    const QSignalBlocker blocker(m_navigation);
    m_navigation->setCurrentRow(position);
    for (QAction *action : m_viewMenu->actions())
        if (action->data().toString() == id)
            action->setChecked(true);
    QSettings().setValue(kViewKey, id);
    return true;
}

QString MainWindow::currentViewId() const
{
    const int row = m_navigation->currentRow();
    return m_document && row >= 0 && size_t(row) < m_viewIds.size() ? m_viewIds[size_t(row)] : QString();
}

void MainWindow::updateTitle()
{
    if (!m_document) {
        setWindowTitle(tr("Tessera"));
        setWindowModified(false);
        return;
    }
    setWindowTitle(tr("%1[*] — Tessera").arg(m_document->displayName()));
    setWindowModified(!m_document->undoStack()->isClean());
}

void MainWindow::updateStatus()
{
    if (!m_document) {
        m_statusPlan->setText(tr("No plan open"));
        m_statusCounts->clear();
        return;
    }
    m_statusPlan->setText(tr("Plan: %1").arg(m_document->displayName()));
    m_statusPlan->setToolTip(m_document->path());
    try {
        const model::PlanCounts c = model::planCounts(m_document->store());
        const QLocale locale;
        m_statusCounts->setText(tr("%1 org units · %2 reps · %3 accounts · %4 opportunities")
                                    .arg(locale.toString(c.orgNodes), locale.toString(c.reps),
                                         locale.toString(c.accounts), locale.toString(c.opportunities)));
    } catch (const TesseraError &e) {
        m_statusCounts->setText(e.message());
    }
}

void MainWindow::onChanged(const ChangeEvent &event)
{
    if (event.kind == ChangeEvent::Kind::Everything || event.kind == ChangeEvent::Kind::Settings)
        updateTitle();
    if (event.ids.isEmpty() || event.kind == ChangeEvent::Kind::Settings)
        updateStatus(); // single-row edits never change the counts
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    if (auto *splitter = qobject_cast<QSplitter *>(centralWidget()))
        settings.setValue(kSplitterKey, splitter->saveState());
    event->accept();
}

} // namespace tessera
