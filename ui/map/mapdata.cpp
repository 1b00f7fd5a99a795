#include "mapdata.h"

#include "geo/adjacency.h"
#include "store/planstore.h"

#include <QHash>
#include <QSqlQuery>
#include <algorithm>
#include <boost/geometry.hpp>
#include <boost/geometry/index/rtree.hpp>
#include <cmath>
#include <iterator>
#include <unordered_map>

namespace tessera::map {

namespace {

// Where the accounts are: the connected pieces of the map (Boost.Graph components over the land borders) that
// hold at least 5 % of the accounts, so that a few accounts in Alaska, Hawaii or Puerto Rico do not shrink
// the lower 48 to a corner of the view. Falls back to every unit holding an account.
QRectF focusOf(const std::vector<QRectF> &bounds, const std::vector<geo::Edge> &edges,
               const std::vector<qint64> &accounts)
{
    const int n = int(bounds.size());
    std::vector<geo::Edge> land; // water links (Alaska to Washington, ferries) do not join the pieces here
    std::copy_if(edges.begin(), edges.end(), std::back_inserter(land),
                 [](const geo::Edge &e) { return !e.water; });
    const geo::Components pieces = geo::connectedComponents(n, land);
    std::vector<qint64> perPiece(pieces.pieces.size(), 0);
    qint64 total = 0;
    for (int i = 0; i < n; ++i) {
        perPiece[size_t(pieces.of[size_t(i)])] += accounts[size_t(i)];
        total += accounts[size_t(i)];
    }
    QRectF focus, anyAccount;
    for (int i = 0; i < n; ++i) {
        if (accounts[size_t(i)] <= 0)
            continue;
        anyAccount = anyAccount.united(bounds[size_t(i)]);
        if (20 * perPiece[size_t(pieces.of[size_t(i)])] >= total)
            focus = focus.united(bounds[size_t(i)]);
    }
    return focus.isNull() ? anyAccount : focus;
}

} // namespace

namespace bg = boost::geometry;
namespace bgi = boost::geometry::index;
using BPoint = bg::model::point<double, 2, bg::cs::cartesian>;
using BBox = bg::model::box<BPoint>;

class UnitIndex
{
public:
    bgi::rtree<std::pair<BBox, int>, bgi::rstar<16>> tree;
};

MapData::~MapData() = default;

namespace {

QPainterPath toPath(const geo::MultiPolygon &projected)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    const auto addRing = [&](const geo::Ring &r) {
        if (r.size() < 4)
            return;
        QPolygonF poly;
        poly.reserve(qsizetype(r.size()));
        for (const geo::Pt &p : r)
            poly << QPointF(p.x, -p.y);
        path.addPolygon(poly);
        path.closeSubpath();
    };
    for (const geo::Polygon &p : projected) {
        addRing(p.outer);
        for (const geo::Ring &h : p.holes)
            addRing(h);
    }
    return path;
}

} // namespace

int MapData::territoryIndexOf(qint64 territoryId) const
{
    for (size_t i = 0; i < territories.size(); ++i)
        if (territories[i].id == territoryId)
            return int(i);
    return -1;
}

QPointF MapData::project(double lon, double lat) const
{
    const geo::Pt p = m_projection->project({lon, lat});
    return {p.x, -p.y};
}

int MapData::unitAt(const QPointF &world) const
{
    int best = -1;
    for (auto it = m_index->tree.qbegin(bgi::intersects(BPoint(world.x(), world.y())));
         it != m_index->tree.qend(); ++it)
        if ((best < 0 || it->second < best) && paths[size_t(it->second)].contains(world))
            best = it->second;
    return best;
}

std::vector<int> MapData::unitsIn(const QRectF &world) const
{
    const BBox box(BPoint(world.left(), world.top()), BPoint(world.right(), world.bottom()));
    std::vector<int> out;
    for (auto it = m_index->tree.qbegin(bgi::intersects(box)); it != m_index->tree.qend(); ++it)
        if (paths[size_t(it->second)].intersects(world))
            out.push_back(it->second);
    std::sort(out.begin(), out.end());
    return out;
}

std::unique_ptr<MapData> MapData::load(const PlanStore &store, const QString &levelName)
{
    auto d = std::make_unique<MapData>();
    d->levelName = levelName;
    d->levelId = geo::levelId(store, levelName);
    d->units = geo::loadUnits(store, d->levelId, true);
    std::vector<geo::Pt> sample;
    for (const geo::UnitRecord &u : d->units)
        if (u.hasGeometry)
            sample.push_back(u.centroid);
    d->m_projection = std::make_unique<geo::EqualAreaProjection>(geo::EqualAreaProjection::forSample(sample));
    const size_t n = d->units.size();
    d->paths.resize(n);
    d->bounds.resize(n);
    d->labelPoints.resize(n);
    d->m_index = std::make_unique<UnitIndex>();
    std::vector<std::pair<BBox, int>> entries;
    struct SegKey
    {
        qint64 x1, y1, x2, y2;
        bool operator==(const SegKey &o) const
        {
            return x1 == o.x1 && y1 == o.y1 && x2 == o.x2 && y2 == o.y2;
        }
    };
    struct SegHash
    {
        size_t operator()(const SegKey &k) const
        {
            return size_t((quint64(k.x1) * 73856093u) ^ (quint64(k.y1) * 19349663u) ^
                          (quint64(k.x2) * 83492791u) ^ (quint64(k.y2) * 2654435761u));
        }
    };
    std::unordered_map<SegKey, size_t, SegHash> segmentOf;
    for (size_t i = 0; i < n; ++i) {
        geo::UnitRecord &u = d->units[i];
        const geo::MultiPolygon projected = d->m_projection->project(u.geometry);
        d->paths[i] = toPath(projected);
        d->bounds[i] = d->paths[i].boundingRect();
        const geo::Pt lp = geo::labelPoint(projected);
        d->labelPoints[i] = QPointF(lp.x, -lp.y);
        if (!d->bounds[i].isNull()) {
            entries.emplace_back(BBox(BPoint(d->bounds[i].left(), d->bounds[i].top()),
                                      BPoint(d->bounds[i].right(), d->bounds[i].bottom())),
                                 int(i));
            d->extent = d->extent.united(d->bounds[i]);
        }
        const auto addRing = [&](const geo::Ring &r) {
            for (size_t k = 0; k + 1 < r.size(); ++k) {
                qint64 x1 = std::llround(r[k].x), y1 = std::llround(r[k].y);
                qint64 x2 = std::llround(r[k + 1].x), y2 = std::llround(r[k + 1].y);
                if (x1 == x2 && y1 == y2)
                    continue;
                if (std::tie(x1, y1) > std::tie(x2, y2)) {
                    std::swap(x1, x2);
                    std::swap(y1, y2);
                }
                const auto [it, inserted] = segmentOf.emplace(SegKey{x1, y1, x2, y2}, d->segments.size());
                if (inserted)
                    d->segments.push_back(
                        {QPointF(r[k].x, -r[k].y), QPointF(r[k + 1].x, -r[k + 1].y), int(i), -1});
                else if (d->segments[it->second].left != int(i))
                    d->segments[it->second].right = int(i);
            }
        };
        for (const geo::Polygon &p : projected) {
            addRing(p.outer);
            for (const geo::Ring &h : p.holes)
                addRing(h);
        }
        u.geometry.clear();
        u.geometry.shrink_to_fit();
    }
    d->m_index->tree = bgi::rtree<std::pair<BBox, int>, bgi::rstar<16>>(entries);
    d->edges = geo::loadEdges(store, d->levelId, d->units);
    d->figures = geo::loadUnitFigures(store, d->levelId, d->units);
    d->focusExtent = focusOf(d->bounds, d->edges, d->figures.accounts);
    if (d->focusExtent.isNull())
        d->focusExtent = d->extent;

    QSqlQuery a =
        store.query(QStringLiteral("SELECT a.name, a.lat, a.lon, au.unit_id IS NULL FROM accounts a "
                                   "LEFT JOIN account_units au ON au.account_id = a.id AND au.level_id = ? "
                                   "WHERE a.lat IS NOT NULL AND a.lon IS NOT NULL ORDER BY a.id"),
                    {d->levelId});
    while (a.next()) {
        const MapPoint p{d->project(a.value(2).toDouble(), a.value(1).toDouble()), a.value(0).toString()};
        d->accounts.push_back(p);
        if (a.value(3).toInt())
            d->accountsOutside.push_back(p);
    }
    QSqlQuery r =
        store.query(QStringLiteral("SELECT name, home_lat, home_lon FROM reps WHERE home_lat IS NOT NULL "
                                   "AND home_lon IS NOT NULL AND territory_id IS NOT NULL ORDER BY id"));
    while (r.next())
        d->repHomes.push_back(
            {d->project(r.value(2).toDouble(), r.value(1).toDouble()), r.value(0).toString()});
    d->reloadAssignments(store);
    return d;
}

void MapData::reloadAssignments(const PlanStore &store)
{
    territories = geo::territories(store);
    QHash<qint64, int> index;
    for (size_t i = 0; i < territories.size(); ++i)
        index.insert(territories[i].id, int(i));
    const std::vector<geo::UnitAssignment> rows = geo::loadAssignments(store, levelId);
    territoryOf.assign(units.size(), -1);
    locked.assign(units.size(), false);
    for (size_t i = 0; i < rows.size() && i < units.size(); ++i) {
        territoryOf[i] = rows[i].territoryId ? index.value(rows[i].territoryId, -1) : -1;
        locked[i] = rows[i].locked;
    }
}

} // namespace tessera::map
