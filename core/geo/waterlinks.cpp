// Links across water: explicit edges that join islands and detached pieces to the rest of the graph.
#include "geostore.h"

#include "store/planstore.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <boost/geometry.hpp>
#include <boost/geometry/index/rtree.hpp>

namespace tessera::geo {
namespace {

qint64 unitId(const PlanStore &store, qint64 level, const QString &code)
{
    const QVariant id = store.scalar(
        QStringLiteral("SELECT id FROM geo_units WHERE level_id = ? AND code = ?"), {level, code});
    if (!id.isValid())
        throw TesseraError(TesseraError::Kind::User,
                           QCoreApplication::translate("geo", "The level has no unit '%1'.").arg(code),
                           store.path(), -1, QStringLiteral("unit"));
    return id.toLongLong();
}

} // namespace

void addWaterLink(PlanStore &store, const QString &levelName, const QString &codeA, const QString &codeB)
{
    const qint64 level = levelId(store, levelName);
    qint64 a = unitId(store, level, codeA), b = unitId(store, level, codeB);
    if (a == b)
        throw TesseraError::user(
            QCoreApplication::translate("geo", "A unit cannot be linked to itself (%1).").arg(codeA));
    if (a > b)
        std::swap(a, b);
    const QVariant kind = store.scalar(
        QStringLiteral("SELECT kind FROM geo_adjacency WHERE unit_a = ? AND unit_b = ?"), {a, b});
    if (kind.isValid())
        throw TesseraError::user(
            kind.toString() == QLatin1String("water")
                ? QCoreApplication::translate("geo", "%1 and %2 are already linked across water.")
                      .arg(codeA, codeB)
                : QCoreApplication::translate("geo", "%1 and %2 already share a border.").arg(codeA, codeB));
    Transaction tx(store);
    store.query(QStringLiteral("INSERT INTO geo_adjacency(level_id, unit_a, unit_b, shared_border_m, kind) "
                               "VALUES (?, ?, ?, 0, 'water')"),
                {level, a, b});
    tx.commit();
}

void removeWaterLink(PlanStore &store, const QString &levelName, const QString &codeA, const QString &codeB)
{
    const qint64 level = levelId(store, levelName);
    qint64 a = unitId(store, level, codeA), b = unitId(store, level, codeB);
    if (a > b)
        std::swap(a, b);
    Transaction tx(store);
    QSqlQuery q = store.query(
        QStringLiteral("DELETE FROM geo_adjacency WHERE unit_a = ? AND unit_b = ? AND kind = 'water'"),
        {a, b});
    if (q.numRowsAffected() < 1)
        throw TesseraError::user(
            QCoreApplication::translate("geo", "There is no water link between %1 and %2.")
                .arg(codeA, codeB));
    tx.commit();
}

std::vector<std::pair<QString, QString>> autoWaterLinks(PlanStore &store, const QString &levelName)
{
    namespace bg = boost::geometry;
    namespace bgi = boost::geometry::index;
    using BPoint = bg::model::point<double, 2, bg::cs::cartesian>;
    using Entry = std::pair<BPoint, int>;

    const qint64 level = levelId(store, levelName);
    const std::vector<UnitRecord> units = loadUnits(store, level, false);
    std::vector<Edge> edges = loadEdges(store, level, units);
    std::vector<bool> include(units.size());
    std::vector<Pt> sample;
    for (size_t i = 0; i < units.size(); ++i) {
        include[i] = units[i].hasGeometry;
        if (include[i])
            sample.push_back(units[i].centroid);
    }
    const EqualAreaProjection projection = EqualAreaProjection::forSample(sample);
    std::vector<Entry> points;
    for (size_t i = 0; i < units.size(); ++i)
        if (include[i]) {
            const Pt p = projection.project(units[i].centroid);
            points.emplace_back(BPoint(p.x, p.y), int(i));
        }
    const bgi::rtree<Entry, bgi::rstar<16>> tree(points);

    std::vector<std::pair<QString, QString>> joined;
    Transaction tx(store);
    QSqlQuery insert = store.prepare(QStringLiteral("INSERT INTO geo_adjacency(level_id, unit_a, unit_b, "
                                                    "shared_border_m, kind) VALUES (?, ?, ?, 0, 'water')"));
    for (;;) {
        const Components c = connectedComponents(int(units.size()), edges, include);
        if (c.pieces.size() <= 1)
            break;
        // Join the smallest piece to its nearest unit in another piece.
        const std::vector<int> &piece = c.pieces.back();
        const int pieceNo = int(c.pieces.size()) - 1;
        double best = std::numeric_limits<double>::max();
        int from = -1, to = -1;
        for (const Entry &e : points) {
            if (c.of[size_t(e.second)] != pieceNo)
                continue;
            for (auto it = tree.qbegin(bgi::nearest(e.first, 1) && bgi::satisfies([&](const Entry &o) {
                                           return c.of[size_t(o.second)] != pieceNo;
                                       }));
                 it != tree.qend(); ++it) {
                const double d = bg::distance(e.first, it->first);
                if (d < best) {
                    best = d;
                    from = e.second;
                    to = it->second;
                }
            }
        }
        Q_UNUSED(piece);
        if (from < 0)
            break;
        const int a = std::min(from, to), b = std::max(from, to);
        insert.bindValue(0, level);
        insert.bindValue(1, units[size_t(a)].id);
        insert.bindValue(2, units[size_t(b)].id);
        store.exec(insert);
        edges.push_back({a, b, 0, true});
        joined.emplace_back(units[size_t(from)].code, units[size_t(to)].code);
    }
    tx.commit();
    return joined;
}

} // namespace tessera::geo
