#include "mapview.h"

#include "align/balancedialog.h"
#include "balancepanel.h"
#include "geo/bundled.h"
#include "issuespanel.h"
#include "mapcanvas.h"
#include "mapcommands.h"
#include "mapdata.h"
#include "shell/longtask.h"
#include "shell/plandocument.h"

#include <QActionGroup>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QPdfWriter>
#include <QSplitter>
#include <QSvgGenerator>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace tessera::map {

MapView::MapView(PlanDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_canvas(new MapCanvas(this)), m_balance(new BalancePanel(this)),
      m_issues(new IssuesPanel(this)), m_side(new QTabWidget(this))
{
    setObjectName(QStringLiteral("mapView"));
    m_canvas->setObjectName(QStringLiteral("mapCanvas"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    buildToolbar();
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_canvas);
    m_side->addTab(m_balance, tr("Balance"));
    m_side->addTab(m_issues, tr("Issues"));
    splitter->addWidget(m_side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({900, 620});
    layout->addWidget(splitter, 1);

    connect(m_canvas, &MapCanvas::paintStroke, this, &MapView::onPaintStroke);
    connect(m_document, &PlanDocument::changed, this, &MapView::onDocumentChanged);
    connect(m_balance, &BalancePanel::territoryActivated, this, [this](int t) {
        std::vector<int> units;
        for (size_t u = 0; u < m_data->units.size(); ++u)
            if (m_data->territoryOf[u] == t)
                units.push_back(int(u));
        showUnits(units);
        setTargetTerritory(t);
    });
    connect(m_issues, &IssuesPanel::showUnits, this, &MapView::showUnits);
    connect(m_issues, &IssuesPanel::showPoints, this, [this](const std::vector<QPointF> &pts) {
        m_canvas->setHighlightPoints(pts);
        if (!pts.empty()) {
            const double r = 40000; // 40 km around the point
            m_canvas->zoomToRect(QRectF(pts.front() - QPointF(r, r), QSizeF(2 * r, 2 * r)));
        }
    });
    reloadLevels();
}

MapView::~MapView() = default;

void MapView::buildToolbar()
{
    auto *bar = new QToolBar(this);
    bar->setIconSize(QSize(16, 16));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    layout()->addWidget(bar);

    bar->addWidget(new QLabel(tr("Level "), bar));
    m_levelBox = new QComboBox(bar);
    m_levelBox->setObjectName(QStringLiteral("levelBox"));
    bar->addWidget(m_levelBox);
    connect(m_levelBox, &QComboBox::activated, this, [this](int i) {
        const QString name = m_levelBox->itemData(i).toString();
        if (name.startsWith(QLatin1String("bundled:")))
            addBundled(name.mid(8));
        else
            showLevel(name);
    });

    bar->addWidget(new QLabel(tr("  Colour by "), bar));
    m_colourBox = new QComboBox(bar);
    m_colourBox->addItem(tr("Territory"), int(ColourBy::Territory));
    m_colourBox->addItem(tr("District"), int(ColourBy::District));
    m_colourBox->addItem(tr("Region"), int(ColourBy::Region));
    bar->addWidget(m_colourBox);
    connect(m_colourBox, &QComboBox::activated, this,
            [this](int i) { setColourBy(ColourBy(m_colourBox->itemData(i).toInt())); });

    bar->addWidget(new QLabel(tr("  Balance on "), bar));
    m_measureBox = new QComboBox(bar);
    m_measureBox->setObjectName(QStringLiteral("measureBox"));
    bar->addWidget(m_measureBox);
    connect(m_measureBox, &QComboBox::activated, this,
            [this](int i) { setMeasure(m_measureBox->itemText(i)); });
    bar->addSeparator();

    auto *tools = new QActionGroup(this);
    m_selectAction = bar->addAction(tr("Select"));
    m_paintAction = bar->addAction(tr("Paint"));
    for (QAction *a : {m_selectAction, m_paintAction}) {
        a->setCheckable(true);
        tools->addAction(a);
    }
    m_selectAction->setChecked(true);
    m_selectAction->setToolTip(
        tr("Click to select, Shift/Ctrl-click to add, Shift/Ctrl-drag for a rectangle; drag "
           "to pan"));
    m_paintAction->setToolTip(tr("Click or drag over units to give them to the target territory"));
    connect(m_selectAction, &QAction::triggered, this,
            [this] { m_canvas->setTool(MapCanvas::Tool::Select); });
    connect(m_paintAction, &QAction::triggered, this, [this] { m_canvas->setTool(MapCanvas::Tool::Paint); });
    bar->addWidget(new QLabel(tr(" Territory "), bar));
    m_territoryBox = new QComboBox(bar);
    m_territoryBox->setObjectName(QStringLiteral("territoryBox"));
    m_territoryBox->setMinimumContentsLength(14);
    bar->addWidget(m_territoryBox);
    connect(m_territoryBox, &QComboBox::activated, this, [this](int i) { m_target = i - 1; });
    bar->addAction(tr("Assign"), this, &MapView::assignSelection)
        ->setToolTip(tr("Give the selection to the territory"));
    bar->addAction(tr("Lock"), this, [this] { lockSelection(true); });
    bar->addAction(tr("Unlock"), this, [this] { lockSelection(false); });
    bar->addSeparator();
    QAction *balance = bar->addAction(tr("Balance…"), this, [this] {
        showBalanceDialog(m_document, this, m_data ? m_data->levelName : QString());
    });
    balance->setObjectName(QStringLiteral("balanceAction"));
    balance->setToolTip(tr("Balance the territories of this level automatically (one change you can undo)"));
    bar->addSeparator();

    auto *layers = new QToolButton(bar);
    layers->setText(tr("Layers"));
    layers->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(layers);
    const auto toggle = [&](const QString &text, bool RenderOptions::*member) {
        QAction *a = menu->addAction(text);
        a->setCheckable(true);
        a->setChecked(m_canvas->options().*member);
        connect(a, &QAction::toggled, this, [this, member](bool on) {
            m_canvas->options().*member = on;
            m_canvas->invalidate();
        });
    };
    toggle(tr("Accounts"), &RenderOptions::accounts);
    toggle(tr("Rep homes"), &RenderOptions::repHomes);
    toggle(tr("Labels"), &RenderOptions::labels);
    toggle(tr("Water links"), &RenderOptions::waterLinks);
    toggle(tr("Legend"), &RenderOptions::legend);
    layers->setMenu(menu);
    bar->addWidget(layers);
    bar->addAction(tr("Zoom to fit"), this, [this] { m_canvas->zoomToFit(); });
    bar->addAction(tr("Export…"), this, &MapView::exportDialog);
    bar->addSeparator();
    QUndoStack *stack = m_document->undoStack();
    QAction *undo = bar->addAction(tr("Undo"), stack, &QUndoStack::undo);
    QAction *redo = bar->addAction(tr("Redo"), stack, &QUndoStack::redo);
    undo->setShortcut(QKeySequence::Undo);
    redo->setShortcut(QKeySequence::Redo);
    const auto sync = [stack, undo, redo] {
        undo->setEnabled(stack->canUndo());
        redo->setEnabled(stack->canRedo());
        undo->setToolTip(stack->undoText());
        redo->setToolTip(stack->redoText());
    };
    connect(stack, &QUndoStack::indexChanged, this, sync);
    sync();
}

void MapView::reloadLevels()
{
    const QString current = m_data ? m_data->levelName : QString();
    m_levelBox->clear();
    const QStringList levels = geo::levelNames(m_document->store());
    for (const QString &l : levels)
        m_levelBox->addItem(l, l);
    for (const QString &b : geo::bundledLevelNames())
        if (!levels.contains(b))
            m_levelBox->addItem(tr("Add bundled %1…").arg(b), QStringLiteral("bundled:") + b);
    if (!current.isEmpty())
        m_levelBox->setCurrentIndex(m_levelBox->findData(current));
    else if (!levels.isEmpty()) {
        const QString pick = levels.contains(QStringLiteral("us-counties")) ? QStringLiteral("us-counties")
                                                                            : levels.constFirst();
        m_levelBox->setCurrentIndex(m_levelBox->findData(pick));
        showLevel(pick);
    }
}

void MapView::addBundled(const QString &levelName)
{
    const QString path = m_document->path();
    const auto ok =
        runLongTask<bool>(this, tr("Adding %1").arg(levelName), [path, levelName](const Progress &p) {
            auto store = PlanStore::openConnection(path, PlanStore::Access::ReadWrite);
            geo::ensureBundledLevel(*store, levelName, [&p](qint64 done, qint64 total, const QString &stage) {
                p.report(done, total, stage);
                return true;
            });
            return true;
        });
    if (ok) {
        m_document->notifyChanged({ChangeEvent::Kind::Geography, {}, levelName});
        showLevel(levelName);
    }
    reloadLevels();
}

bool MapView::showLevel(const QString &levelName)
{
    const QString path = m_document->path();
    auto loaded = runLongTask<std::shared_ptr<MapData>>(
        this, tr("Loading %1").arg(levelName), [path, levelName](const Progress &) {
            auto store = PlanStore::openConnection(path, PlanStore::Access::ReadOnly);
            return std::shared_ptr<MapData>(MapData::load(*store, levelName).release());
        });
    if (!loaded || !*loaded)
        return false;
    m_data = *loaded;
    m_data->reloadAssignments(m_document->store());
    const ColourBy by = m_renderer ? m_renderer->colourBy() : ColourBy::Territory;
    m_renderer = std::make_unique<MapRenderer>(*m_data);
    m_renderer->setColourBy(by);
    m_canvas->setMap(m_data.get(), m_renderer.get());
    m_levelBox->setCurrentIndex(m_levelBox->findData(levelName));
    m_measureBox->clear();
    m_measureBox->addItems(geo::measureNames(m_document->store(), m_data->levelId));
    if (m_measureBox->findText(m_measure) < 0)
        m_measure = QStringLiteral("accounts");
    m_measureBox->setCurrentIndex(m_measureBox->findText(m_measure));
    m_territoryBox->clear();
    m_territoryBox->addItem(tr("(none)"));
    for (const geo::Territory &t : m_data->territories)
        m_territoryBox->addItem(t.name);
    setTargetTerritory(m_target < int(m_data->territories.size()) ? m_target : -1);
    loadGraph();
    return true;
}

void MapView::loadGraph()
{
    m_graph.reset();
    if (m_data) {
        m_graph = std::make_unique<align::UnitGraph>(align::loadUnitGraph(
            m_document->store(), m_data->levelName, align::MeasureSpec::single(m_measure)));
    }
    m_balance->setData(m_data.get(), m_graph.get());
    m_issues->setData(m_data.get(), m_graph.get());
}

void MapView::setMeasure(const QString &measure)
{
    m_measure = measure;
    if (m_measureBox->currentText() != measure)
        m_measureBox->setCurrentIndex(m_measureBox->findText(measure));
    loadGraph();
}

void MapView::setColourBy(ColourBy by)
{
    m_colourBox->setCurrentIndex(m_colourBox->findData(int(by)));
    if (m_renderer) {
        m_renderer->setColourBy(by);
        m_canvas->invalidate();
    }
}

void MapView::setTargetTerritory(int territory)
{
    m_target = territory;
    m_territoryBox->setCurrentIndex(territory + 1);
}

void MapView::assignSelection()
{
    if (!m_data)
        return;
    const std::vector<int> units(m_canvas->selection().begin(), m_canvas->selection().end());
    MapCommands::assign(m_document, *m_data, units, m_target);
}

void MapView::lockSelection(bool locked)
{
    if (!m_data)
        return;
    const std::vector<int> units(m_canvas->selection().begin(), m_canvas->selection().end());
    MapCommands::setLocked(m_document, *m_data, units, locked);
}

void MapView::onPaintStroke(const std::vector<int> &units, bool finished)
{
    if (!m_data)
        return;
    // Undo the preview, then either preview the longer stroke or push it as one command.
    for (auto it = m_preview.rbegin(); it != m_preview.rend(); ++it)
        m_data->territoryOf[size_t(it->first)] = it->second;
    m_preview.clear();
    if (finished) {
        MapCommands::assign(m_document, *m_data, units, m_target);
        refreshAfterAlignment(); // nothing changed when every unit was locked or already there
        return;
    }
    for (int u : units)
        if (!m_data->locked[size_t(u)] && m_data->territoryOf[size_t(u)] != m_target) {
            m_preview.emplace_back(u, m_data->territoryOf[size_t(u)]);
            m_data->territoryOf[size_t(u)] = m_target;
        }
    m_renderer->rebuild();
    m_canvas->invalidate();
    m_balance->refresh();
}

void MapView::refreshAfterAlignment()
{
    if (!m_data)
        return;
    m_renderer->rebuild();
    m_canvas->invalidate();
    m_balance->refresh();
    m_issues->refresh();
}

void MapView::onDocumentChanged(const ChangeEvent &event)
{
    if (!m_data)
        return;
    using K = ChangeEvent::Kind;
    if (event.kind == K::Alignment || event.kind == K::Organisation) {
        m_data->reloadAssignments(m_document->store());
        refreshAfterAlignment();
    } else if (event.kind == K::Everything || event.kind == K::Geography || event.kind == K::Accounts) {
        if (event.kind == K::Geography && event.detail != m_data->levelName)
            return;
        showLevel(m_data->levelName);
    }
}

void MapView::showUnits(const std::vector<int> &units)
{
    m_canvas->setHighlightPoints({});
    if (units.empty() || !m_data)
        return;
    QRectF box;
    for (int u : units)
        box = box.united(m_data->bounds[size_t(u)]);
    m_canvas->setSelection(std::set<int>(units.begin(), units.end()));
    if (!box.isNull())
        m_canvas->zoomToRect(box, 0.25);
}

void MapView::exportDialog()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export map"), QString(), tr("PNG image (*.png);;SVG drawing (*.svg);;PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    try {
        exportMap(path);
    } catch (const std::exception &e) {
        showError(this, tr("Export map"), e);
    }
}

void MapView::exportMap(const QString &path)
{
    if (!m_renderer)
        throw TesseraError::user(tr("There is no map to export."));
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QSize size = m_canvas->size();
    const QTransform t = m_canvas->worldToScreen();
    const QRectF device(QPointF(0, 0), QSizeF(size));
    bool ok = true;
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(device);
        svg.setTitle(tr("Territory map: %1").arg(m_data->levelName));
        QPainter p;
        ok = p.begin(&svg);
        if (ok)
            m_renderer->render(p, t, device, m_canvas->options());
        ok = ok && p.end();
    } else if (suffix == QLatin1String("pdf")) {
        QPdfWriter pdf(path);
        pdf.setPageOrientation(size.width() > size.height() ? QPageLayout::Landscape : QPageLayout::Portrait);
        pdf.setTitle(tr("Territory map: %1").arg(m_data->levelName));
        pdf.setResolution(150);
        QPainter p;
        ok = p.begin(&pdf);
        if (ok) {
            const QRect page = p.viewport();
            const double s =
                std::min(page.width() / double(size.width()), page.height() / double(size.height()));
            p.scale(s, s);
            m_renderer->render(p, t, device, m_canvas->options());
            ok = p.end();
        }
    } else {
        QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(2);
        QPainter p(&image);
        m_renderer->render(p, t, device, m_canvas->options());
        p.end();
        ok = image.save(path, suffix == QLatin1String("jpg") ? "JPG" : "PNG");
    }
    if (!ok)
        throw TesseraError(TesseraError::Kind::Io, tr("Cannot write the map."), path);
}

} // namespace tessera::map
