#include "mapcanvas.h"

#include "common/money.h"
#include "mapdata.h"

#include <QElapsedTimer>
#include <QKeyEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>
#include <cmath>

namespace tessera::map {

MapCanvas::MapCanvas(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(320, 240);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void MapCanvas::setMap(const MapData *data, MapRenderer *renderer)
{
    m_data = data;
    m_renderer = renderer;
    m_selection.clear();
    m_highlightPoints.clear();
    m_hover = -1;
    zoomToFit();
}

QTransform MapCanvas::worldToScreen() const
{
    QTransform t;
    t.translate(width() / 2.0, height() / 2.0);
    t.scale(m_scale, m_scale);
    t.translate(-m_center.x(), -m_center.y());
    return t;
}

void MapCanvas::zoomToFit()
{
    if (m_data)
        zoomToRect(m_data->focusExtent, 0.05);
    m_fitted = true; // kept fitted through resizes until the user pans or zooms
}

void MapCanvas::zoomToRect(const QRectF &world, double margin)
{
    if (world.isEmpty())
        return;
    m_fitted = false;
    m_center = world.center();
    const double sx = width() / (world.width() * (1 + 2 * margin));
    const double sy = height() / (world.height() * (1 + 2 * margin));
    m_scale = std::min(sx, sy);
    invalidate();
}

void MapCanvas::zoomBy(double factor, const QPointF &anchor)
{
    m_fitted = false;
    const QPointF before = worldToScreen().inverted().map(anchor);
    m_scale = std::clamp(m_scale * factor, 1e-7, 1.0);
    const QPointF after = worldToScreen().inverted().map(anchor);
    m_center += before - after;
    invalidate();
}

void MapCanvas::panBy(const QPointF &pixels)
{
    m_fitted = false;
    m_center -= pixels / m_scale;
    invalidate();
}

void MapCanvas::setSelection(const std::set<int> &units)
{
    m_selection = units;
    update();
    emit selectionChanged();
}

void MapCanvas::setHighlightPoints(const std::vector<QPointF> &world)
{
    m_highlightPoints = world;
    update();
}

void MapCanvas::invalidate()
{
    m_cacheValid = false;
    update();
}

void MapCanvas::renderCache()
{
    const qreal dpr = devicePixelRatioF();
    const QSize size = (QSizeF(this->size()) * dpr).toSize();
    if (m_cache.size() != size) {
        m_cache = QImage(size, QImage::Format_ARGB32_Premultiplied);
        m_cache.setDevicePixelRatio(dpr);
    }
    QElapsedTimer timer;
    timer.start();
    QPainter p(&m_cache);
    if (m_data && m_renderer)
        m_renderer->render(p, worldToScreen(), QRectF(rect()), m_options);
    else
        p.fillRect(rect(), palette().window());
    p.end();
    m_lastRenderMs = double(timer.nsecsElapsed()) / 1e6;
    m_cacheTransform = worldToScreen();
    m_cacheValid = true;
    m_panOffset = {};
}

double MapCanvas::renderFrame(QImage &target)
{
    QElapsedTimer timer;
    timer.start();
    QPainter p(&target);
    m_renderer->render(p, worldToScreen(), QRectF(QPointF(0, 0), QSizeF(target.size())), m_options);
    p.end();
    return double(timer.nsecsElapsed()) / 1e6;
}

void MapCanvas::paintEvent(QPaintEvent *)
{
    if (!m_cacheValid)
        renderCache();
    QPainter p(this);
    if (!m_panOffset.isNull())
        p.fillRect(rect(), QColor(0xdd, 0xe8, 0xf0));
    p.drawImage(m_panOffset, m_cache);
    if (!m_data)
        return;
    QTransform t = worldToScreen();
    t *= QTransform::fromTranslate(m_panOffset.x(), m_panOffset.y());
    p.setRenderHint(QPainter::Antialiasing);
    // Selection and the unit under the mouse on top of the cached map.
    if (!m_selection.empty()) {
        QPainterPath sel;
        for (int u : m_selection)
            sel.addPath(m_data->paths[size_t(u)]);
        p.setTransform(t);
        p.setBrush(QColor(255, 200, 0, 110));
        QPen pen(QColor(200, 120, 0), 2);
        pen.setCosmetic(true);
        p.setPen(pen);
        p.drawPath(sel);
        p.resetTransform();
    }
    if (m_hover >= 0) {
        p.setTransform(t);
        p.setBrush(Qt::NoBrush);
        QPen pen(QColor(0, 90, 200), 2.5);
        pen.setCosmetic(true);
        p.setPen(pen);
        p.drawPath(m_data->paths[size_t(m_hover)]);
        p.resetTransform();
    }
    if (!m_highlightPoints.empty()) {
        p.setPen(QPen(QColor(220, 30, 30), 2));
        p.setBrush(Qt::NoBrush);
        for (const QPointF &w : m_highlightPoints)
            p.drawEllipse(t.map(w), 9, 9);
    }
    if (m_drag == Drag::Rubber) {
        p.setPen(QPen(QColor(0, 90, 200), 1, Qt::DashLine));
        p.setBrush(QColor(0, 90, 200, 40));
        p.drawRect(QRect(m_pressPos, m_lastPos).normalized());
    }
}

void MapCanvas::resizeEvent(QResizeEvent *)
{
    if (m_fitted)
        zoomToFit(); // the first layout, or a window resize before any pan or zoom
    else
        invalidate();
}

void MapCanvas::paintAt(const QPoint &pos)
{
    const int u = m_data->unitAt(worldToScreen().inverted().map(QPointF(pos)));
    if (u >= 0 && !m_strokeSet.count(u)) {
        m_strokeSet.insert(u);
        m_stroke.push_back(u);
        emit paintStroke(m_stroke, false);
    }
}

void MapCanvas::mousePressEvent(QMouseEvent *event)
{
    if (!m_data)
        return;
    m_pressPos = m_lastPos = event->pos();
    m_moved = false;
    m_pressModifiers = event->modifiers();
    if (event->button() == Qt::MiddleButton || event->button() == Qt::RightButton) {
        m_drag = Drag::Pan;
    } else if (event->button() == Qt::LeftButton && m_tool == Tool::Paint) {
        m_drag = Drag::Paint;
        m_stroke.clear();
        m_strokeSet.clear();
        paintAt(event->pos());
    } else if (event->button() == Qt::LeftButton) {
        m_drag = (event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier)) ? Drag::Rubber : Drag::Pan;
    }
}

void MapCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_data)
        return;
    const QPoint pos = event->pos();
    if ((pos - m_pressPos).manhattanLength() > 3)
        m_moved = true;
    switch (m_drag) {
    case Drag::Pan:
        m_panOffset += QPointF(pos - m_lastPos);
        update();
        break;
    case Drag::Rubber:
        update();
        break;
    case Drag::Paint:
        paintAt(pos);
        break;
    case Drag::None: {
        const int u = m_data->unitAt(worldToScreen().inverted().map(QPointF(pos)));
        if (u != m_hover) {
            m_hover = u;
            update();
        }
        showTooltip(pos, u);
        break;
    }
    }
    m_lastPos = pos;
}

void MapCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_data)
        return;
    const Drag drag = m_drag;
    m_drag = Drag::None;
    const bool add = m_pressModifiers & (Qt::ShiftModifier | Qt::ControlModifier);
    if (drag == Drag::Pan) {
        if (m_moved) {
            m_center -= m_panOffset / m_scale;
            invalidate();
        } else if (event->button() == Qt::LeftButton) {
            const int u = m_data->unitAt(worldToScreen().inverted().map(QPointF(event->pos())));
            std::set<int> sel = add ? m_selection : std::set<int>();
            if (u >= 0) {
                if (add && sel.count(u))
                    sel.erase(u);
                else
                    sel.insert(u);
            }
            setSelection(sel);
        }
    } else if (drag == Drag::Rubber) {
        std::set<int> sel = m_selection;
        if (!m_moved) {
            const int u = m_data->unitAt(worldToScreen().inverted().map(QPointF(event->pos())));
            if (u >= 0 && !sel.erase(u))
                sel.insert(u);
        } else {
            const QRectF world =
                worldToScreen().inverted().mapRect(QRectF(QRect(m_pressPos, event->pos()).normalized()));
            for (int u : m_data->unitsIn(world))
                sel.insert(u);
        }
        setSelection(sel);
    } else if (drag == Drag::Paint) {
        emit paintStroke(m_stroke, true);
        m_stroke.clear();
        m_strokeSet.clear();
    }
}

void MapCanvas::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomBy(std::pow(1.25, steps), event->position());
}

void MapCanvas::keyPressEvent(QKeyEvent *event)
{
    const QPointF mid(width() / 2.0, height() / 2.0);
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.25, mid);
        break;
    case Qt::Key_Minus:
        zoomBy(0.8, mid);
        break;
    case Qt::Key_0:
    case Qt::Key_Home:
        zoomToFit();
        break;
    case Qt::Key_Left:
        panBy({width() / 8.0, 0});
        break;
    case Qt::Key_Right:
        panBy({-width() / 8.0, 0});
        break;
    case Qt::Key_Up:
        panBy({0, height() / 8.0});
        break;
    case Qt::Key_Down:
        panBy({0, -height() / 8.0});
        break;
    case Qt::Key_Escape:
        setSelection({});
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

void MapCanvas::leaveEvent(QEvent *)
{
    if (m_hover >= 0) {
        m_hover = -1;
        update();
    }
}

void MapCanvas::showTooltip(const QPoint &pos, int unit)
{
    if (unit < 0) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(mapToGlobal(pos), tooltipText(unit), this);
}

QString MapCanvas::tooltipText(int unit) const
{
    const MapData &d = *m_data;
    const geo::UnitRecord &u = d.units[size_t(unit)];
    const QLocale locale;
    const int t = d.territoryOf[size_t(unit)];
    QString html = QStringLiteral("<b>%1</b> (%2)<br/>").arg(u.name.toHtmlEscaped(), u.code.toHtmlEscaped());
    html += tr("Territory: %1").arg(t >= 0 ? d.territories[size_t(t)].name.toHtmlEscaped() : tr("none"));
    if (d.locked[size_t(unit)])
        html += QStringLiteral(" ") + tr("(locked)");
    html += QStringLiteral("<br/>");
    html +=
        tr("Accounts: %1").arg(locale.toString(d.figures.accounts[size_t(unit)])) + QStringLiteral("<br/>");
    html += tr("Potential: %1").arg(Money::fromCents(d.figures.potentialCents[size_t(unit)]).format(locale)) +
            QStringLiteral("<br/>");
    html += tr("Revenue: %1").arg(Money::fromCents(d.figures.revenueCents[size_t(unit)]).format(locale)) +
            QStringLiteral("<br/>");
    html +=
        tr("Open pipeline: %1").arg(Money::fromCents(d.figures.pipelineCents[size_t(unit)]).format(locale));
    for (const auto &[name, value] : d.figures.imported[size_t(unit)])
        html += QStringLiteral("<br/>%1: %2").arg(name.toHtmlEscaped(), locale.toString(value, 'g', 12));
    html += QStringLiteral("<br/>") + tr("Area: %1 km²").arg(locale.toString(u.areaM2 / 1e6, 'f', 0));
    return html;
}

} // namespace tessera::map
