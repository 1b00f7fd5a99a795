#include "maprenderer.h"

#include "mapdata.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>
#include <cmath>
#include <set>

namespace tessera::map {
namespace {

// Soft, distinct fills (a qualitative palette) that keep dark outlines and labels readable.
const QRgb kPalette[] = {0x8dd3c7, 0xffffb3, 0xbebada, 0xfb8072, 0x80b1d3, 0xfdb462,
                         0xb3de69, 0xfccde5, 0xccebc5, 0xffed6f, 0xd9d9d9, 0xbc80bd};
constexpr int kPaletteSize = int(sizeof(kPalette) / sizeof(kPalette[0]));
const QColor kUnassigned(0xf4, 0xf4, 0xf4);

// Lines in device pixels for drawing: consecutive world segments that join (they come in ring order) are
// merged while the merged line stays under `minPx` long, and lines wholly outside the device are left out.
// At the national zoom this draws a fraction of the segments with no visible difference.
QVector<QLineF> toDevice(const QVector<QLineF> &world, const QTransform &w2d, const QRectF &device,
                         double minPx)
{
    QVector<QLineF> out;
    out.reserve(world.size() / 2);
    const QRectF keep = device.adjusted(-2, -2, 2, 2);
    bool open = false;
    QPointF start, end;
    QPointF lastWorldEnd;
    const auto flush = [&] {
        if (open &&
            (keep.contains(start) || keep.contains(end) || keep.intersects(QRectF(start, end).normalized())))
            out.push_back(QLineF(start, end));
        open = false;
    };
    for (const QLineF &l : world) {
        const QPointF b = w2d.map(l.p2());
        if (open && l.p1() == lastWorldEnd) {
            const QPointF d = b - start;
            if (std::abs(d.x()) + std::abs(d.y()) < minPx) {
                end = b;
                lastWorldEnd = l.p2();
                continue;
            }
            flush();
            open = true;
            start = end;
            end = b;
            lastWorldEnd = l.p2();
            continue;
        }
        flush();
        open = true;
        start = w2d.map(l.p1());
        end = b;
        lastWorldEnd = l.p2();
    }
    flush();
    return out;
}

} // namespace

MapRenderer::MapRenderer(const MapData &data) : m_data(data)
{
    rebuild();
}

QColor MapRenderer::paletteColour(int i)
{
    return QColor::fromRgb(kPalette[((i % kPaletteSize) + kPaletteSize) % kPaletteSize]);
}

void MapRenderer::setColourBy(ColourBy by)
{
    if (by == m_by)
        return;
    m_by = by;
    m_colourOfKey.clear();
    rebuild();
}

QString MapRenderer::groupName(int group) const
{
    return group >= 0 && group < m_groupNames.size()
               ? m_groupNames.at(group)
               : QCoreApplication::translate("MapRenderer", "Unassigned");
}

int MapRenderer::colourCount() const
{
    return int(m_fills.size()) - 1;
}

QColor MapRenderer::unitColour(int unit) const
{
    const int g = m_groupOfUnit[size_t(unit)];
    return g < 0 ? kUnassigned : paletteColour(m_colourOfGroup[size_t(g)]);
}

void MapRenderer::rebuild()
{
    const MapData &d = m_data;
    const size_t n = d.units.size();
    // Groups: the org nodes at the chosen level that hold units.
    QHash<qint64, int> groupOfKey;
    m_groupKey.clear();
    m_groupNames.clear();
    m_groupOfUnit.assign(n, -1);
    for (size_t u = 0; u < n; ++u) {
        const int t = d.territoryOf[u];
        if (t < 0)
            continue;
        const geo::Territory &terr = d.territories[size_t(t)];
        qint64 key = terr.id;
        QString name = terr.name;
        if (m_by == ColourBy::District && terr.districtId) {
            key = terr.districtId;
            name = terr.districtName;
        } else if (m_by == ColourBy::Region && terr.regionId) {
            key = terr.regionId;
            name = terr.regionName;
        }
        auto it = groupOfKey.find(key);
        if (it == groupOfKey.end()) {
            it = groupOfKey.insert(key, int(m_groupKey.size()));
            m_groupKey.push_back(key);
            m_groupNames << name;
        }
        m_groupOfUnit[u] = it.value();
    }
    assignColours();

    int colours = 0;
    for (int c : m_colourOfGroup)
        colours = std::max(colours, c + 1);
    m_fills.assign(size_t(colours) + 1, QPainterPath());
    m_locked = QPainterPath();
    for (size_t u = 0; u < n; ++u) {
        const int g = m_groupOfUnit[u];
        m_fills[g < 0 ? size_t(colours) : size_t(m_colourOfGroup[size_t(g)])].addPath(d.paths[u]);
        if (d.locked[u])
            m_locked.addPath(d.paths[u]);
    }
    m_unitLines.clear();
    m_groupLines.clear();
    m_territoryLines.clear();
    for (const BoundarySegment &s : d.segments) {
        const int gl = m_groupOfUnit[size_t(s.left)];
        const int gr = s.right < 0 ? -2 : m_groupOfUnit[size_t(s.right)];
        if (gl != gr)
            m_groupLines.push_back(QLineF(s.a, s.b));
        else if (s.right >= 0 && d.territoryOf[size_t(s.left)] != d.territoryOf[size_t(s.right)])
            m_territoryLines.push_back(QLineF(s.a, s.b));
        else
            m_unitLines.push_back(QLineF(s.a, s.b));
    }
    m_waterLines.clear();
    for (const geo::Edge &e : d.edges)
        if (e.water)
            m_waterLines.push_back(QLineF(d.labelPoints[size_t(e.a)], d.labelPoints[size_t(e.b)]));

    // Label each group at the unit nearest the centroid of its units' label points (area-weighted).
    const size_t groups = size_t(m_groupKey.size());
    std::vector<QPointF> sum(groups);
    std::vector<double> weight(groups, 0);
    m_groupBounds.assign(groups, QRectF());
    for (size_t u = 0; u < n; ++u) {
        const int g = m_groupOfUnit[u];
        if (g < 0 || d.bounds[u].isNull())
            continue;
        // Far-off parts (Alaska for a western region) do not pull the label away from the focus area.
        const double w = d.focusExtent.contains(d.labelPoints[u]) ? std::max(1.0, d.units[u].areaM2) : 1e-6;
        sum[size_t(g)] += d.labelPoints[u] * w;
        weight[size_t(g)] += w;
        m_groupBounds[size_t(g)] = m_groupBounds[size_t(g)].united(d.bounds[u]);
    }
    m_groupLabelAt.assign(groups, QPointF());
    std::vector<double> best(groups, std::numeric_limits<double>::max());
    for (size_t u = 0; u < n; ++u) {
        const int g = m_groupOfUnit[u];
        if (g < 0 || weight[size_t(g)] <= 0 || d.bounds[u].isNull())
            continue;
        const QPointF c = sum[size_t(g)] / weight[size_t(g)];
        const QPointF delta = d.labelPoints[u] - c;
        const double dist = QPointF::dotProduct(delta, delta);
        if (dist < best[size_t(g)]) {
            best[size_t(g)] = dist;
            m_groupLabelAt[size_t(g)] = d.labelPoints[u];
        }
    }
}

void MapRenderer::assignColours()
{
    const size_t groups = size_t(m_groupKey.size());
    std::vector<std::set<int>> neighbours(groups);
    for (const geo::Edge &e : m_data.edges) {
        const int a = m_groupOfUnit[size_t(e.a)], b = m_groupOfUnit[size_t(e.b)];
        if (a >= 0 && b >= 0 && a != b) {
            neighbours[size_t(a)].insert(b);
            neighbours[size_t(b)].insert(a);
        }
    }
    // Welsh-Powell order (most neighbours first), keeping a group's previous colour when still free.
    std::vector<int> order(groups);
    for (size_t g = 0; g < groups; ++g)
        order[g] = int(g);
    std::stable_sort(order.begin(), order.end(), [&](int x, int y) {
        return neighbours[size_t(x)].size() > neighbours[size_t(y)].size();
    });
    m_colourOfGroup.assign(groups, -1);
    for (int g : order) {
        std::set<int> taken;
        for (int nb : neighbours[size_t(g)])
            if (m_colourOfGroup[size_t(nb)] >= 0)
                taken.insert(m_colourOfGroup[size_t(nb)]);
        if (groups <= size_t(kPaletteSize)) // few groups (regions, districts): every one its own colour
            for (int c : m_colourOfGroup)
                if (c >= 0)
                    taken.insert(c);
        const int previous = m_colourOfKey.value(m_groupKey[g], -1);
        int c = previous;
        if (c < 0 || taken.count(c)) {
            // Smallest free colour, but spread over the palette: start after the count of taken ones.
            c = 0;
            while (taken.count(c))
                ++c;
        }
        m_colourOfGroup[size_t(g)] = c;
        m_colourOfKey.insert(m_groupKey[g], c);
    }
}

void MapRenderer::render(QPainter &p, const QTransform &w2d, const QRectF &device,
                         const RenderOptions &o) const
{
    const MapData &d = m_data;
    p.save();
    p.setClipRect(device);
    p.fillRect(device, QColor(0xdd, 0xe8, 0xf0)); // water / background
    // Fills and thin unit borders without antialiasing (the borders cover the fills' edges); the bold
    // outlines, symbols and labels with it.
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setTransform(w2d, false);
    p.setPen(Qt::NoPen);
    for (size_t c = 0; c < m_fills.size(); ++c) {
        p.setBrush(c + 1 == m_fills.size() ? kUnassigned : paletteColour(int(c)));
        p.drawPath(m_fills[c]);
    }
    if (!m_locked.isEmpty()) {
        QBrush hatch(QColor(60, 60, 60, 110), Qt::BDiagPattern);
        hatch.setTransform(w2d.inverted()); // keep the hatching at screen scale
        p.setBrush(hatch);
        p.drawPath(m_locked);
    }
    p.resetTransform();
    p.setPen(QPen(QColor(255, 255, 255, 170), 0.6));
    p.drawLines(toDevice(m_unitLines, w2d, device, 2.5));
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(QPen(QColor(70, 70, 70), 1.3));
    p.drawLines(toDevice(m_territoryLines, w2d, device, 1.5));
    p.setPen(QPen(QColor(35, 35, 35), 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawLines(toDevice(m_groupLines, w2d, device, 1.5));
    p.setTransform(w2d, false);
    if (o.waterLinks && !m_waterLines.isEmpty()) {
        QPen water(QColor(20, 90, 170), 1.5, Qt::DashLine);
        water.setCosmetic(true);
        p.setPen(water);
        p.drawLines(m_waterLines);
    }
    p.resetTransform();

    const double scale = std::sqrt(std::abs(w2d.determinant()));
    if (o.accounts && !d.accounts.empty()) {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(40, 40, 40, 150));
        const double r = scale > 2e-4 ? 2.2 : 1.4;
        for (const MapPoint &a : d.accounts) {
            const QPointF s = w2d.map(a.world);
            if (device.contains(s))
                p.drawEllipse(s, r, r);
        }
        p.setBrush(QColor(220, 30, 30));
        for (const MapPoint &a : d.accountsOutside)
            p.drawEllipse(w2d.map(a.world), r + 1, r + 1);
    }
    if (o.repHomes) {
        p.setPen(QPen(Qt::white, 1.2));
        p.setBrush(QColor(25, 25, 110));
        for (const MapPoint &h : d.repHomes) {
            const QPointF s = w2d.map(h.world);
            if (!device.contains(s))
                continue;
            const QPointF tri[3] = {s + QPointF(0, -5.5), s + QPointF(-4.8, 3.5), s + QPointF(4.8, 3.5)};
            p.drawPolygon(tri, 3);
        }
    }
    if (o.labels) {
        QFont f = p.font();
        f.setPointSizeF(8);
        p.setFont(f);
        std::vector<QRectF> placed; // labels drawn so far: a label that would overlap one is left out
        const auto halo = [&](const QPointF &at, const QString &text, const QColor &colour) {
            const QFontMetricsF fm(f);
            const QRectF r = fm.boundingRect(text);
            const QPointF pos = at - QPointF(r.width() / 2, -fm.ascent() / 2 + 1);
            const QRectF area(pos.x() - 2, pos.y() - fm.ascent() - 1, r.width() + 4, fm.height() + 2);
            for (const QRectF &other : placed)
                if (other.intersects(area))
                    return;
            placed.push_back(area);
            QPainterPath path;
            path.addText(pos, f, text);
            p.setPen(QPen(QColor(255, 255, 255, 220), 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p.setBrush(Qt::NoBrush);
            p.drawPath(path);
            p.setPen(Qt::NoPen);
            p.setBrush(colour);
            p.drawPath(path);
        };
        // Group names first (when the group is wide enough on screen), then unit names once units are big.
        const QFont plain = f;
        f.setBold(true);
        f.setPointSizeF(8.5);
        for (size_t g = 0; g < m_groupLabelAt.size(); ++g) {
            const QRectF b = w2d.mapRect(m_groupBounds[g]);
            if (b.width() < 38 || !device.intersects(b))
                continue;
            halo(w2d.map(m_groupLabelAt[g]), m_groupNames.at(qsizetype(g)), QColor(20, 20, 20));
        }
        f = plain;
        for (size_t u = 0; u < d.units.size(); ++u) {
            const QRectF b = w2d.mapRect(d.bounds[u]);
            if (b.width() < 70 || b.height() < 22 || !device.intersects(b))
                continue;
            halo(w2d.map(d.labelPoints[u]) + QPointF(0, 11), d.units[u].name, QColor(90, 90, 90));
        }
    }
    if (o.legend)
        renderLegend(p, device, o);
    p.restore();
}

void MapRenderer::renderLegend(QPainter &p, const QRectF &device, const RenderOptions &o) const
{
    std::vector<LegendEntry> entries;
    if (m_by != ColourBy::Territory) {
        for (qsizetype g = 0; g < m_groupNames.size(); ++g)
            entries.push_back({paletteColour(m_colourOfGroup[size_t(g)]), m_groupNames.at(g)});
    }
    QFont f = p.font();
    f.setPointSizeF(8);
    f.setBold(false);
    p.setFont(f);
    const QFontMetricsF fm(f);
    const double line = fm.height() + 3;
    QStringList notes;
    notes << (m_by == ColourBy::Territory
                  ? QCoreApplication::translate("MapRenderer", "Fill: territory (neighbours differ)")
              : m_by == ColourBy::District ? QCoreApplication::translate("MapRenderer", "Fill: district")
                                           : QCoreApplication::translate("MapRenderer", "Fill: region"));
    notes << QCoreApplication::translate("MapRenderer", "Bold line: border between groups");
    if (o.accounts)
        notes << QCoreApplication::translate("MapRenderer", "Dot: account");
    if (o.repHomes)
        notes << QCoreApplication::translate("MapRenderer", "Triangle: rep home");
    if (!m_locked.isEmpty())
        notes << QCoreApplication::translate("MapRenderer", "Hatched: locked unit");
    if (!m_waterLines.isEmpty() && o.waterLinks)
        notes << QCoreApplication::translate("MapRenderer", "Dashed blue: link across water");
    const double w = 220;
    const double h = line * double(entries.size() + size_t(notes.size())) + 12;
    const QRectF box(device.left() + 10, device.bottom() - h - 10, w, h);
    p.setPen(QPen(QColor(150, 150, 150)));
    p.setBrush(QColor(255, 255, 255, 225));
    p.drawRoundedRect(box, 4, 4);
    double y = box.top() + 6;
    for (const LegendEntry &e : entries) {
        p.setPen(QPen(QColor(60, 60, 60)));
        p.setBrush(e.colour);
        p.drawRect(QRectF(box.left() + 8, y + 2, 14, line - 5));
        p.drawText(QPointF(box.left() + 28, y + fm.ascent() + 1),
                   fm.elidedText(e.text, Qt::ElideRight, w - 34));
        y += line;
    }
    p.setPen(QColor(40, 40, 40));
    for (const QString &note : notes) {
        p.drawText(QPointF(box.left() + 8, y + fm.ascent() + 1), note);
        y += line;
    }
}

} // namespace tessera::map
