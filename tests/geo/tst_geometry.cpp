// Hand-made geometries: a 3×3 grid, a ring with a hole (enclave), two islands, units touching at a corner.
// Adjacency (planar segments and TopoJSON arcs), point in polygon, contiguity and compactness, WKB, and
// import errors that name the file, feature and field.
#include "align/alignmentmetrics.h"
#include "geo/adjacency.h"
#include "geo/geostore.h"
#include "store/planstore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

using namespace tessera;
using namespace tessera::geo;

using Units = std::vector<MultiPolygon>;
Q_DECLARE_METATYPE(Units)

namespace {

Ring square(double x0, double y0, double x1, double y1)
{
    return {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}, {x0, y0}};
}

MultiPolygon box(double x0, double y0, double x1, double y1)
{
    return {Polygon{square(x0, y0, x1, y1), {}}};
}

// 3×3 grid of 1×1 cells, row-major from the bottom left.
Units grid3()
{
    Units u;
    for (int r = 0; r < 3; ++r)
        for (int c = 0; c < 3; ++c)
            u.push_back(box(c, r, c + 1, r + 1));
    return u;
}

// A 3×3 square with a 1×1 hole, and the enclave filling the hole (drawn with the same vertices).
Units ringWithHole()
{
    Units u;
    u.push_back({Polygon{square(0, 0, 3, 3), {square(1, 1, 2, 2)}}});
    u.push_back(box(1, 1, 2, 2));
    return u;
}

QStringList edgeStrings(const std::vector<Edge> &edges)
{
    QStringList out;
    for (const Edge &e : edges)
        out << QStringLiteral("%1-%2:%3").arg(e.a).arg(e.b).arg(e.length, 0, 'f', 2);
    return out;
}

align::UnitGraph graphOf(const Units &units, const std::vector<Edge> &edges)
{
    align::UnitGraph g;
    std::vector<align::RawEdge> raw;
    for (size_t i = 0; i < units.size(); ++i) {
        g.unitIds.push_back(qint64(i));
        g.codes << QString::number(i);
        g.weight.push_back(1);
        g.area.push_back(area(units[i]));
        g.perimeter.push_back(perimeter(units[i]));
    }
    g.accounts.assign(units.size(), 0);
    g.names = g.codes;
    for (const Edge &e : edges)
        raw.push_back({e.a, e.b, e.length, align::EdgeKind::Border});
    g.setEdges(raw);
    return g;
}

} // namespace

class TestGeometry : public QObject
{
    Q_OBJECT
private slots:
    void adjacency_data();
    void adjacency();
    void components_data();
    void components();
    void pointInPolygon_data();
    void pointInPolygon();
    void contiguityAndCompactness_data();
    void contiguityAndCompactness();
    void wkbRoundTrip();
    void topoJsonArcs();
    void brokenFiles_data();
    void brokenFiles();
    void importIsOneTransaction();
    void placement_data();
    void placement();
};

void TestGeometry::adjacency_data()
{
    QTest::addColumn<Units>("units");
    QTest::addColumn<QStringList>("edges");
    // The grid: 12 rook edges of length 1; diagonal neighbours touch at a corner only.
    QTest::newRow("3x3 grid") << grid3()
                              << QStringList{QStringLiteral("0-1:1.00"), QStringLiteral("0-3:1.00"),
                                             QStringLiteral("1-2:1.00"), QStringLiteral("1-4:1.00"),
                                             QStringLiteral("2-5:1.00"), QStringLiteral("3-4:1.00"),
                                             QStringLiteral("3-6:1.00"), QStringLiteral("4-5:1.00"),
                                             QStringLiteral("4-7:1.00"), QStringLiteral("5-8:1.00"),
                                             QStringLiteral("6-7:1.00"), QStringLiteral("7-8:1.00")};
    QTest::newRow("ring with hole") << ringWithHole() << QStringList{QStringLiteral("0-1:4.00")};
    QTest::newRow("two islands") << Units{box(0, 0, 1, 1), box(5, 0, 6, 1)} << QStringList{};
    QTest::newRow("corner only") << Units{box(0, 0, 1, 1), box(1, 1, 2, 2)} << QStringList{};
    // A border drawn in two segments on one side and two on the other, length 2 (L-shaped neighbour).
    QTest::newRow("two-segment border")
        << Units{{Polygon{{{0, 0}, {1, 0}, {1, 1}, {1, 2}, {0, 2}, {0, 0}}, {}}},
                 {Polygon{{{1, 0}, {3, 0}, {3, 1}, {2, 1}, {2, 2}, {1, 2}, {1, 1}, {1, 0}}, {}}}}
        << QStringList{QStringLiteral("0-1:2.00")};
}

void TestGeometry::adjacency()
{
    QFETCH(Units, units);
    QFETCH(QStringList, edges);
    QCOMPARE(edgeStrings(adjacencyBySegments(units, 0.001)), edges);
}

void TestGeometry::components_data()
{
    QTest::addColumn<Units>("units");
    QTest::addColumn<int>("pieces");
    QTest::addColumn<int>("largest");
    QTest::newRow("3x3 grid") << grid3() << 1 << 9;
    QTest::newRow("ring with hole") << ringWithHole() << 1 << 2;
    QTest::newRow("two islands") << Units{box(0, 0, 1, 1), box(5, 0, 6, 1)} << 2 << 1;
    QTest::newRow("corner only") << Units{box(0, 0, 1, 1), box(1, 1, 2, 2)} << 2 << 1;
}

void TestGeometry::components()
{
    QFETCH(Units, units);
    QFETCH(int, pieces);
    QFETCH(int, largest);
    const Components c = connectedComponents(int(units.size()), adjacencyBySegments(units, 0.001));
    QCOMPARE(int(c.pieces.size()), pieces);
    QCOMPARE(int(c.pieces.front().size()), largest);
}

void TestGeometry::pointInPolygon_data()
{
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("y");
    QTest::addColumn<int>("unit"); // in ringWithHole(); -1 = outside both
    QTest::newRow("in the ring") << 0.5 << 0.5 << 0;
    QTest::newRow("in the ring, right side") << 2.5 << 1.5 << 0;
    QTest::newRow("in the hole = the enclave") << 1.5 << 1.5 << 1;
    QTest::newRow("outside") << 3.5 << 1.5 << -1;
    QTest::newRow("below") << 1.5 << -0.1 << -1;
}

void TestGeometry::pointInPolygon()
{
    QFETCH(double, x);
    QFETCH(double, y);
    QFETCH(int, unit);
    const Units units = ringWithHole();
    int found = -1;
    for (size_t i = 0; i < units.size(); ++i)
        if (contains(units[i], Pt{x, y})) {
            QCOMPARE(found, -1); // exactly one unit
            found = int(i);
        }
    QCOMPARE(found, unit);
}

void TestGeometry::contiguityAndCompactness_data()
{
    QTest::addColumn<std::vector<int>>("territoryOf");
    QTest::addColumn<int>("pieces0");
    QTest::addColumn<double>("pp0");
    // Whole grid as one territory: a 3×3 square, PP = 4π·9 / 12² = π/4.
    QTest::newRow("whole grid") << std::vector<int>(9, 0) << 1 << M_PI / 4;
    // Bottom row: a 3×1 strip, PP = 4π·3 / 8² = 3π/16; the rest is territory 1.
    QTest::newRow("bottom strip") << std::vector<int>{0, 0, 0, 1, 1, 1, 1, 1, 1} << 1 << 3 * M_PI / 16;
    // Two opposite corners: two pieces (corner cells touch nothing of their own), each a unit square:
    // area 2, perimeter 8 → PP = 4π·2 / 64 = π/8.
    QTest::newRow("opposite corners") << std::vector<int>{0, 1, 1, 1, 1, 1, 1, 1, 0} << 2 << M_PI / 8;
    // Diagonal cells 0, 4, 8 touch only at corners: three pieces.
    QTest::newRow("diagonal") << std::vector<int>{0, 1, 1, 1, 0, 1, 1, 1, 0} << 3
                              << 4 * M_PI * 3 / (12.0 * 12.0);
}

void TestGeometry::contiguityAndCompactness()
{
    QFETCH(std::vector<int>, territoryOf);
    QFETCH(int, pieces0);
    QFETCH(double, pp0);
    const Units units = grid3();
    const align::UnitGraph g = graphOf(units, adjacencyBySegments(units, 0.001));
    const align::AlignmentMetrics m = align::computeMetrics(g, territoryOf, 2);
    QCOMPARE(m.territories[0].pieces, pieces0);
    QVERIFY2(std::abs(m.territories[0].polsbyPopper - pp0) < 1e-9,
             qPrintable(QString::number(m.territories[0].polsbyPopper)));
}

void TestGeometry::wkbRoundTrip()
{
    const MultiPolygon g = ringWithHole()[0];
    const QByteArray wkb = toWkb(g);
    // 1 + 4 + 4 (multipolygon header) + 1 + 4 + 4 (polygon header) + 2 × (4 + 5 × 16) (rings)
    QCOMPARE(wkb.size(), 9 + 9 + 2 * (4 + 80));
    const MultiPolygon back = fromWkb(wkb);
    QCOMPARE(back.size(), size_t(1));
    QCOMPARE(back[0].holes.size(), size_t(1));
    QCOMPARE(area(back), 8.0);
    QCOMPARE(perimeter(back), 16.0);
    QVERIFY_THROWS_EXCEPTION(TesseraError, fromWkb(wkb.left(20)));
}

void TestGeometry::topoJsonArcs()
{
    // Two squares sharing arc 1 (a vertical line of 0.01°) near the equator, plus a square that meets the
    // second one at a corner only. Coordinates are unquantised lon/lat.
    const QByteArray json = R"({"type":"Topology","objects":{"u":{"type":"GeometryCollection","geometries":[
        {"type":"Polygon","id":"A","properties":{"name":"Alpha","pop":10},"arcs":[[0,1]]},
        {"type":"Polygon","id":"B","properties":{"name":"Beta","pop":20},"arcs":[[2,-2]]},
        {"type":"Polygon","id":"C","properties":{"name":"Gamma","pop":"30"},"arcs":[[3]]}]}},
      "arcs":[[[0.01,0.01],[0,0.01],[0,0],[0.01,0]],
              [[0.01,0],[0.01,0.01]],
              [[0.01,0.01],[0.02,0.01],[0.02,0],[0.01,0]],
              [[0.02,0.01],[0.03,0.01],[0.03,0.02],[0.02,0.02],[0.02,0.01]]]})";
    FieldMapping m;
    m.idField = QStringLiteral("id");
    m.nameField = QStringLiteral("name");
    m.weightFields = {QStringLiteral("pop")};
    const SourceLevel level = readTopoJson(json, QStringLiteral("t.topojson"), m);
    QCOMPARE(level.units.size(), size_t(3));
    QCOMPARE(level.units[2].name, QStringLiteral("Gamma"));
    QCOMPARE(level.units[2].measures.front().second, 30.0);
    Box extent;
    for (const SourceUnit &u : level.units)
        extent.extend(boundingBox(u.geometry));
    const EqualAreaProjection projection = EqualAreaProjection::forExtent(extent);
    const std::vector<Edge> edges = adjacencyFromArcs(level, projection);
    QCOMPARE(edges.size(), size_t(1)); // C touches B at a corner only
    QCOMPARE(edges[0].a, 0);
    QCOMPARE(edges[0].b, 1);
    // 0.01° of latitude at the equator is 1,105.7 m (WGS84 meridian arc); LAEA keeps it within 0.1 %.
    QVERIFY2(std::abs(edges[0].length - 1105.7) < 1.5, qPrintable(QString::number(edges[0].length)));
}

void TestGeometry::brokenFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QStringList>("weights");
    QTest::addColumn<qint64>("row");
    QTest::addColumn<QString>("field");
    const QByteArray twoFeatures = R"({"type":"FeatureCollection","features":[
        {"type":"Feature","properties":{"code":"a","pop":5},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}},
        {"type":"Feature","properties":{"code":"b","pop":"many"},"geometry":{"type":"Polygon","coordinates":[[[1,0],[2,0],[2,1],[1,0]]]}}]})";
    QTest::newRow("weight not a number")
        << twoFeatures << QStringLiteral("geojson") << QStringList{QStringLiteral("pop")} << qint64(2)
        << QStringLiteral("pop");
    QTest::newRow("no such field") << twoFeatures << QStringLiteral("geojson")
                                   << QStringList{QStringLiteral("people")} << qint64(-1)
                                   << QStringLiteral("people");
    const QByteArray duplicate = R"({"type":"FeatureCollection","features":[
        {"type":"Feature","properties":{"code":"a"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}},
        {"type":"Feature","properties":{"code":"a"},"geometry":{"type":"Polygon","coordinates":[[[1,0],[2,0],[2,1],[1,0]]]}}]})";
    QTest::newRow("duplicate id") << duplicate << QStringLiteral("geojson") << QStringList{} << qint64(2)
                                  << QStringLiteral("code");
    const QByteArray line = R"({"type":"FeatureCollection","features":[
        {"type":"Feature","properties":{"code":"a"},"geometry":{"type":"LineString","coordinates":[[0,0],[1,0]]}}]})";
    QTest::newRow("not a polygon") << line << QStringLiteral("geojson") << QStringList{} << qint64(1)
                                   << QStringLiteral("geometry");
    const QByteArray topoNoId =
        R"({"type":"Topology","objects":{"u":{"type":"GeometryCollection","geometries":[
        {"type":"Polygon","properties":{"code":"x"},"arcs":[[0]]},{"type":"Polygon","properties":{},"arcs":[[0]]}]}},
        "arcs":[[[0,0],[1,0],[1,1],[0,0]]]})";
    QTest::newRow("topojson id missing")
        << topoNoId << QStringLiteral("topojson") << QStringList{} << qint64(2) << QStringLiteral("code");
}

void TestGeometry::brokenFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, suffix);
    QFETCH(QStringList, weights);
    QFETCH(qint64, row);
    QFETCH(QString, field);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.") + suffix);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    FieldMapping m;
    m.idField = QStringLiteral("code");
    m.weightFields = weights;
    try {
        readBoundaryFile(path, m);
        QFAIL("no error");
    } catch (const TesseraError &e) {
        QCOMPARE(e.file(), path);
        QCOMPARE(e.row(), row);
        QCOMPARE(e.field(), field);
        QVERIFY(e.describe().contains(path));
    }
}

void TestGeometry::importIsOneTransaction()
{
    QTemporaryDir dir;
    auto store = PlanStore::create(dir.filePath(QStringLiteral("p.tessera")));
    SourceLevel grid;
    grid.file = QStringLiteral("grid");
    const Units cells = grid3();
    for (size_t i = 0; i < cells.size(); ++i) {
        // 0.01° cells near the equator.
        MultiPolygon g = cells[i];
        for (Pt &p : g[0].outer)
            p = {p.x * 0.01, p.y * 0.01};
        grid.units.push_back({QStringLiteral("c%1").arg(i), QStringLiteral("Cell %1").arg(i), g, {}});
    }
    LevelImportOptions o;
    o.levelName = QStringLiteral("grid");
    o.toleranceM = 0.5;
    const LevelSummary s = importLevel(*store, grid, o);
    QCOMPARE(s.units, 9);
    QCOMPARE(s.edges, 12);
    QVERIFY(s.detachedPieces.empty());
    // A second level of the same name is refused and leaves the plan as it was.
    const QVariant before = store->scalar(QStringLiteral("SELECT COUNT(*) FROM geo_units"));
    QVERIFY_THROWS_EXCEPTION(TesseraError, importLevel(*store, grid, o));
    QCOMPARE(store->scalar(QStringLiteral("SELECT COUNT(*) FROM geo_units")), before);
    // A unit id that appears twice fails inside the transaction: nothing of the new level remains.
    SourceLevel twice = grid;
    twice.units[4].code = QStringLiteral("c3");
    o.levelName = QStringLiteral("twice");
    QVERIFY_THROWS_EXCEPTION(TesseraError, importLevel(*store, twice, o));
    QVERIFY(!hasLevel(*store, QStringLiteral("twice")));
    QCOMPARE(store->scalar(QStringLiteral("SELECT COUNT(*) FROM geo_units")), before);
}

void TestGeometry::placement_data()
{
    // Accounts around a 3×3 grid of 0.01° cells at the equator (cell i spans x (i%3)·0.01 .. +0.01,
    // y (i/3)·0.01 .. +0.01); "-" = no coordinates.
    QTest::addColumn<QString>("lonLat");
    QTest::addColumn<QString>("postal");
    QTest::addColumn<QString>("unit"); // expected unit code, empty = none
    QTest::addColumn<QString>("method");
    QTest::newRow("inside the centre cell") << QStringLiteral("0.015,0.015") << QStringLiteral("111")
                                            << QStringLiteral("c4") << QStringLiteral("point");
    QTest::newRow("inside the top right cell")
        << QStringLiteral("0.025,0.028") << QString() << QStringLiteral("c8") << QStringLiteral("point");
    // 0.01° (1.1 km) east of the grid, level with the middle row: snapped to the nearest cell, c5.
    QTest::newRow("just off the edge")
        << QStringLiteral("0.04,0.015") << QString() << QStringLiteral("c5") << QStringLiteral("nearest");
    QTest::newRow("far away") << QStringLiteral("1.0,1.0") << QString() << QString()
                              << QStringLiteral("point");
    QTest::newRow("no coordinates, known postal code")
        << QStringLiteral("-") << QStringLiteral("111") << QStringLiteral("c4")
        << QStringLiteral("postal_code");
    QTest::newRow("no coordinates, unknown postal code")
        << QStringLiteral("-") << QStringLiteral("999") << QString() << QStringLiteral("postal_code");
}

void TestGeometry::placement()
{
    QFETCH(QString, lonLat);
    QFETCH(QString, postal);
    QFETCH(QString, unit);
    QFETCH(QString, method);
    QTemporaryDir dir;
    auto store = PlanStore::create(dir.filePath(QStringLiteral("p.tessera")));
    // A known account in the centre cell gives postal code 111 its unit.
    store->query(
        QStringLiteral("INSERT INTO accounts(id, name, postal_code, lat, lon) VALUES (1, 'Known', '111', "
                       "0.012, 0.012)"));
    const QStringList ll = lonLat.split(QLatin1Char(','));
    store->query(
        QStringLiteral("INSERT INTO accounts(id, name, postal_code, lat, lon) VALUES (2, 'Tested', ?, ?, ?)"),
        {postal.isEmpty() ? QVariant() : QVariant(postal),
         ll.size() == 2 ? QVariant(ll[1].toDouble()) : QVariant(),
         ll.size() == 2 ? QVariant(ll[0].toDouble()) : QVariant()});
    SourceLevel grid;
    grid.file = QStringLiteral("grid");
    const Units cells = grid3();
    for (size_t i = 0; i < cells.size(); ++i) {
        MultiPolygon g = cells[i];
        for (Pt &p : g[0].outer)
            p = {p.x * 0.01, p.y * 0.01};
        grid.units.push_back({QStringLiteral("c%1").arg(i), QStringLiteral("Cell %1").arg(i), g, {}});
    }
    LevelImportOptions o;
    o.levelName = QStringLiteral("grid");
    importLevel(*store, grid, o);
    QSqlQuery q =
        store->query(QStringLiteral("SELECT COALESCE(u.code, ''), au.method FROM account_units au "
                                    "LEFT JOIN geo_units u ON u.id = au.unit_id WHERE au.account_id = 2"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), unit);
    QCOMPARE(q.value(1).toString(), method);
}

QTEST_MAIN(TestGeometry)
#include "tst_geometry.moc"
