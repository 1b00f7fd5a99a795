#pragma once
// Draws a MapData with QPainter: units filled by territory (or district, region) with colours chosen by
// greedy graph colouring so that neighbouring groups differ, thin unit borders, bold group outlines, water
// links, locks, accounts and rep homes, labels and a legend. Used by the canvas (through a cached image)
// and by the PNG/SVG/PDF export alike.

#include <QColor>
#include <QHash>
#include <QLineF>
#include <QPainterPath>
#include <QTransform>
#include <QVector>
#include <vector>

class QPainter;

namespace tessera::map {

class MapData;

enum class ColourBy
{
    Territory,
    District,
    Region
};

struct RenderOptions
{
    bool accounts = true;
    bool repHomes = true;
    bool labels = true;
    bool legend = true;
    bool waterLinks = true;
};

struct LegendEntry
{
    QColor colour;
    QString text;
};

class MapRenderer
{
public:
    explicit MapRenderer(const MapData &data);

    void setColourBy(ColourBy by);
    ColourBy colourBy() const { return m_by; }
    // Recomputes groups, colours, fills and outlines after the alignment changed. Colours stay as they were
    // unless a neighbour now has the same one.
    void rebuild();

    int groupOf(int unit) const { return m_groupOfUnit[size_t(unit)]; }
    QString groupName(int group) const;
    QColor unitColour(int unit) const;
    int colourCount() const;

    // Draws the map into the painter's device area `device` with the given world → device transform.
    void render(QPainter &p, const QTransform &worldToDevice, const QRectF &device,
                const RenderOptions &o) const;
    void renderLegend(QPainter &p, const QRectF &device, const RenderOptions &o) const;

    static QColor paletteColour(int i);

private:
    void assignColours();

    const MapData &m_data;
    ColourBy m_by = ColourBy::Territory;
    std::vector<int> m_groupOfUnit; // -1 = unassigned
    QVector<qint64> m_groupKey;     // org node id per group
    QStringList m_groupNames;
    QHash<qint64, int> m_colourOfKey; // stable colour per org node id
    std::vector<int> m_colourOfGroup;
    std::vector<QPainterPath> m_fills; // per colour; the last is "unassigned"
    QPainterPath m_locked;
    QVector<QLineF> m_unitLines;      // borders between units of the same group
    QVector<QLineF> m_groupLines;     // borders between groups and the outer edge
    QVector<QLineF> m_territoryLines; // territory borders inside a group (district/region colouring)
    QVector<QLineF> m_waterLines;
    std::vector<QPointF> m_groupLabelAt;
    std::vector<QRectF> m_groupBounds;
};

} // namespace tessera::map
