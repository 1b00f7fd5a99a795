#pragma once
// The map surface: draws the level through MapRenderer into a cached image (repainted only when the view
// or the data changes; panning shifts the cached image), and turns the mouse into pan, zoom, hover,
// selection (click, shift/ctrl-click, shift/ctrl-drag rubber band) and painting (click or drag over units).

#include "maprenderer.h"

#include <QImage>
#include <QPoint>
#include <QWidget>
#include <set>

namespace tessera::map {

class MapData;

class MapCanvas : public QWidget
{
    Q_OBJECT
public:
    enum class Tool
    {
        Select,
        Paint
    };

    explicit MapCanvas(QWidget *parent = nullptr);

    void setMap(const MapData *data, MapRenderer *renderer);
    void setTool(Tool tool) { m_tool = tool; }
    Tool tool() const { return m_tool; }
    RenderOptions &options() { return m_options; }

    // World (projected metres) ↔ widget pixels.
    QTransform worldToScreen() const;
    QPointF screenOf(const QPointF &world) const { return worldToScreen().map(world); }
    void zoomToFit();
    void zoomToRect(const QRectF &world, double margin = 0.06);
    void zoomBy(double factor, const QPointF &anchor);
    void panBy(const QPointF &pixels);

    const std::set<int> &selection() const { return m_selection; }
    void setSelection(const std::set<int> &units);
    void setHighlightPoints(const std::vector<QPointF> &world); // issues panel: accounts outside units

    // Re-renders the cached image (after the alignment, colours or layers changed).
    void invalidate();
    // Renders a full frame into the image (benchmarks) and returns the milliseconds it took.
    double renderFrame(QImage &target);
    double lastRenderMs() const { return m_lastRenderMs; }

signals:
    void selectionChanged();
    // Painting: units touched so far in this stroke (live), then once more with finished = true.
    void paintStroke(const std::vector<int> &units, bool finished);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    void renderCache();
    void paintAt(const QPoint &pos);
    void showTooltip(const QPoint &pos, int unit);
    QString tooltipText(int unit) const;

    const MapData *m_data = nullptr;
    MapRenderer *m_renderer = nullptr;
    RenderOptions m_options;
    Tool m_tool = Tool::Select;
    QPointF m_center;
    double m_scale = 1e-3; // pixels per metre
    bool m_fitted = false; // the view shows zoomToFit()'s extent
    QImage m_cache;
    QTransform m_cacheTransform;
    bool m_cacheValid = false;
    double m_lastRenderMs = 0;

    std::set<int> m_selection;
    std::vector<QPointF> m_highlightPoints;
    int m_hover = -1;
    enum class Drag
    {
        None,
        Pan,
        Rubber,
        Paint
    } m_drag = Drag::None;
    QPoint m_pressPos, m_lastPos;
    QPointF m_panOffset;
    bool m_moved = false;
    Qt::KeyboardModifiers m_pressModifiers;
    std::vector<int> m_stroke;
    std::set<int> m_strokeSet;
};

} // namespace tessera::map
