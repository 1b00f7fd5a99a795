#pragma once
// The territory map view: a toolbar (level, colour by, measure, tool, target territory, assign, lock,
// layers, zoom, export), the map canvas, and beside it the balance and issues panels. Painting previews
// the change in the map and the balance panel while the mouse moves and pushes one undo command per stroke.

#include "align/unitgraph.h"
#include "maprenderer.h"

#include <QWidget>
#include <memory>

class QComboBox;
class QAction;
class QTabWidget;

namespace tessera {
class PlanDocument;
struct ChangeEvent;
} // namespace tessera

namespace tessera::map {

class MapCanvas;
class MapData;
class BalancePanel;
class IssuesPanel;

class MapView : public QWidget
{
    Q_OBJECT
public:
    explicit MapView(PlanDocument *document, QWidget *parent = nullptr);
    ~MapView() override;

    // Shows a level (loads it off the GUI thread). Returns false when it could not be loaded.
    bool showLevel(const QString &levelName);
    void setMeasure(const QString &measure);
    void setColourBy(ColourBy by);
    // The territory the paint tool and "Assign" use (index into the map's territories; -1 = none).
    void setTargetTerritory(int territory);
    void assignSelection();
    void lockSelection(bool locked);

    MapCanvas *canvas() const { return m_canvas; }
    BalancePanel *balancePanel() const { return m_balance; }
    IssuesPanel *issuesPanel() const { return m_issues; }
    const MapData *mapData() const { return m_data.get(); }

    // Export the current view: the format follows the suffix (.png, .svg, .pdf).
    void exportMap(const QString &path);

private:
    void buildToolbar();
    void reloadLevels();
    void onDocumentChanged(const ChangeEvent &event);
    void onPaintStroke(const std::vector<int> &units, bool finished);
    void refreshAfterAlignment();
    void loadGraph();
    void addBundled(const QString &levelName);
    void exportDialog();
    void showUnits(const std::vector<int> &units);

    PlanDocument *m_document;
    std::shared_ptr<MapData> m_data;
    std::unique_ptr<MapRenderer> m_renderer;
    std::unique_ptr<align::UnitGraph> m_graph;
    QString m_measure = QStringLiteral("accounts");
    int m_target = -1;
    std::vector<std::pair<int, int>> m_preview; // unit, territory before the stroke

    MapCanvas *m_canvas;
    BalancePanel *m_balance;
    IssuesPanel *m_issues;
    QTabWidget *m_side;
    QComboBox *m_levelBox = nullptr;
    QComboBox *m_colourBox = nullptr;
    QComboBox *m_measureBox = nullptr;
    QComboBox *m_territoryBox = nullptr;
    QAction *m_paintAction = nullptr;
    QAction *m_selectAction = nullptr;
};

} // namespace tessera::map
