#pragma once
// What the territory map draws, loaded once per level: unit outlines projected to an equal-area plane (as
// QPainterPaths in world coordinates: metres east, metres south), the boundary segments between units (for
// territory outlines), accounts and rep homes, per-unit figures and the current alignment.

#include "geo/alignment.h"
#include "geo/geostore.h"

#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <QStringList>
#include <memory>
#include <vector>

namespace tessera {
class PlanStore;
}

namespace tessera::map {

struct BoundarySegment
{
    QPointF a, b;
    int left = -1;  // unit index
    int right = -1; // the unit on the other side, or -1 on the level's outer edge
};

struct MapPoint
{
    QPointF world;
    QString label;
};

class UnitIndex; // spatial index for hit tests

class MapData
{
public:
    ~MapData();

    QString levelName;
    qint64 levelId = 0;
    std::vector<geo::UnitRecord> units; // without geometry (paths hold it)
    std::vector<QPainterPath> paths;    // world coordinates
    std::vector<QRectF> bounds;
    std::vector<QPointF> labelPoints;
    std::vector<BoundarySegment> segments;
    std::vector<geo::Edge> edges; // border and water, vertex = unit index
    geo::UnitFigures figures;

    std::vector<geo::Territory> territories;
    std::vector<int> territoryOf; // index into territories, -1 = unassigned
    std::vector<bool> locked;

    std::vector<MapPoint> accounts;        // placed or not (those outside every unit are flagged below)
    std::vector<MapPoint> accountsOutside; // accounts with lat/lon in no unit
    std::vector<MapPoint> repHomes;

    QRectF extent;      // all units
    QRectF focusExtent; // the connected pieces holding >= 5 % of the accounts (the lower 48), else all units

    int territoryIndexOf(qint64 territoryId) const;
    // Unit under a world point, or -1.
    int unitAt(const QPointF &world) const;
    // Units whose outline intersects a world rectangle.
    std::vector<int> unitsIn(const QRectF &world) const;
    QPointF project(double lon, double lat) const;

    // Reads the level (slow part: geometry; may run in a worker thread on its own connection).
    static std::unique_ptr<MapData> load(const PlanStore &store, const QString &levelName);
    // Re-reads the alignment (territory and lock per unit) and the territories.
    void reloadAssignments(const PlanStore &store);

private:
    std::unique_ptr<UnitIndex> m_index;
    std::unique_ptr<geo::EqualAreaProjection> m_projection;
};

} // namespace tessera::map
