// The bundled US counties: 3,000+ units, an adjacency graph that agrees with an independent computation by
// GEOS (shapely, tests/geo/shapely_adjacency.py), islands reported and joined by water links.
#include "geo/bundled.h"
#include "geo/geostore.h"
#include "store/planstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace tessera;

class TestUsCounties : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void unitsAndIslands();
    void edgesAgreeWithShapely();
    void borderLengthsAgreeWithReference();
    void autoWaterLinksConnectTheGraph();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PlanStore> m_store;
    geo::LevelSummary m_summary;
};

void TestUsCounties::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_store = PlanStore::create(m_dir.filePath(QStringLiteral("plan.tessera")));
    geo::LevelImportOptions o;
    o.levelName = QStringLiteral("us-counties");
    m_summary = geo::importLevel(*m_store, geo::bundledSource(QStringLiteral("us-counties")), o);
}

void TestUsCounties::unitsAndIslands()
{
    QVERIFY2(m_summary.units > 3000, qPrintable(QString::number(m_summary.units)));
    QVERIFY(m_summary.exact);
    QVERIFY(m_summary.projection.contains(QLatin1String("5070")));
    // Nantucket (25019) and the island of Hawaii (15001) are detached pieces.
    QSet<QString> detached;
    for (const QStringList &piece : m_summary.detachedPieces)
        for (const QString &code : piece)
            detached.insert(code);
    QVERIFY(detached.contains(QStringLiteral("25019")));
    QVERIFY(detached.contains(QStringLiteral("15001")));
    QVERIFY(!detached.contains(QStringLiteral("17031"))); // Cook County is on the mainland
    qInfo("us-counties: %d units, %d edges, %d detached pieces, %d enclaves", m_summary.units,
          m_summary.edges, int(m_summary.detachedPieces.size()), int(m_summary.enclaves.size()));
}

void TestUsCounties::edgesAgreeWithShapely()
{
    const qint64 level = geo::levelId(*m_store, QStringLiteral("us-counties"));
    const std::vector<geo::UnitRecord> units = geo::loadUnits(*m_store, level, true);
    QJsonArray features;
    for (const geo::UnitRecord &u : units) {
        QJsonArray polys;
        for (const geo::Polygon &p : u.geometry) {
            QJsonArray rings;
            const auto ring = [](const geo::Ring &r) {
                QJsonArray pts;
                for (const geo::Pt &pt : r)
                    pts.append(QJsonArray{pt.x, pt.y});
                return pts;
            };
            rings.append(ring(p.outer));
            for (const geo::Ring &h : p.holes)
                rings.append(ring(h));
            polys.append(rings);
        }
        QJsonObject f{{QStringLiteral("type"), QStringLiteral("Feature")},
                      {QStringLiteral("properties"), QJsonObject{{QStringLiteral("id"), u.code}}}};
        f.insert(QStringLiteral("geometry"),
                 u.geometry.empty() ? QJsonValue()
                                    : QJsonObject{{QStringLiteral("type"), QStringLiteral("MultiPolygon")},
                                                  {QStringLiteral("coordinates"), polys}});
        features.append(f);
    }
    const QString geojson = m_dir.filePath(QStringLiteral("units.geojson"));
    QFile out(geojson);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("FeatureCollection")},
                                        {QStringLiteral("features"), features}})
                  .toJson(QJsonDocument::Compact));
    out.close();

    const QString csv = m_dir.filePath(QStringLiteral("shapely.csv"));
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral(TESSERA_SOURCE_DIR "/tests/geo/shapely_adjacency.py"), geojson, csv});
    QVERIFY(python.waitForFinished(240000));
    if (python.exitCode() != 0 && python.readAllStandardError().contains("No module named 'shapely'"))
        QSKIP("python3-shapely is not installed.");
    QCOMPARE(python.exitCode(), 0);

    QSet<QString> theirs;
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly | QIODevice::Text));
    f.readLine();
    while (!f.atEnd()) {
        const QList<QByteArray> cells = f.readLine().trimmed().split(',');
        if (cells.size() >= 2)
            theirs.insert(QString::fromLatin1(cells[0] + '-' + cells[1]));
    }
    QSet<QString> ours;
    for (const geo::Edge &e : geo::loadEdges(*m_store, level, units)) {
        QString a = units[size_t(e.a)].code, b = units[size_t(e.b)].code;
        if (a > b)
            std::swap(a, b);
        ours.insert(a + QLatin1Char('-') + b);
    }
    const QSet<QString> both = QSet<QString>(ours).intersect(theirs);
    const QSet<QString> onlyOurs = QSet<QString>(ours).subtract(theirs);
    const QSet<QString> onlyTheirs = QSet<QString>(theirs).subtract(ours);
    const double agreement = double(both.size()) / double(ours.size() + onlyTheirs.size());
    qInfo("edges: ours %d, shapely %d, common %d, only ours %d, only shapely %d, agreement %.4f%%",
          int(ours.size()), int(theirs.size()), int(both.size()), int(onlyOurs.size()),
          int(onlyTheirs.size()), agreement * 100);
    for (const QString &e : onlyOurs)
        qInfo("  only ours: %s", qPrintable(e));
    for (const QString &e : onlyTheirs)
        qInfo("  only shapely: %s", qPrintable(e));
    QVERIFY(ours.size() > 8500);
    QVERIFY2(agreement >= 0.999, qPrintable(QString::number(agreement)));
}

void TestUsCounties::borderLengthsAgreeWithReference()
{
    // The reference rook edges (shared data, EPSG:5070 via GEOS) from the same Census polygons.
    const QString path = QStringLiteral(TESSERA_SHARED_DATA_DIR "/us-counties/us48_rook_edges.csv");
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        QSKIP("Reference data not present.");
    const qint64 level = geo::levelId(*m_store, QStringLiteral("us-counties"));
    const std::vector<geo::UnitRecord> units = geo::loadUnits(*m_store, level, false);
    QHash<QString, double> ours;
    for (const geo::Edge &e : geo::loadEdges(*m_store, level, units)) {
        ours.insert(units[size_t(e.a)].code + QLatin1Char('-') + units[size_t(e.b)].code, e.length);
        ours.insert(units[size_t(e.b)].code + QLatin1Char('-') + units[size_t(e.a)].code, e.length);
    }
    f.readLine();
    int compared = 0, close = 0;
    double worst = 0;
    while (!f.atEnd()) {
        const QList<QByteArray> c = f.readLine().trimmed().split(',');
        const QString key = QString::fromLatin1(c[2]) + QLatin1Char('-') + QString::fromLatin1(c[3]);
        if (!ours.contains(key))
            continue;
        const double ref = c[4].toDouble();
        const double rel = std::abs(ours.value(key) - ref) / ref;
        ++compared;
        if (rel < 0.001 || std::abs(ours.value(key) - ref) < 5)
            ++close;
        worst = std::max(worst, rel);
    }
    qInfo("shared border lengths: %d compared, %d within 0.1%% or 5 m, worst %.3f%%", compared, close,
          worst * 100);
    QVERIFY(compared > 8500);
    QVERIFY(close >= compared * 99 / 100);
}

void TestUsCounties::autoWaterLinksConnectTheGraph()
{
    const auto joined = geo::autoWaterLinks(*m_store, QStringLiteral("us-counties"));
    QCOMPARE(int(joined.size()), int(m_summary.detachedPieces.size()));
    const geo::LevelSummary after = geo::analyseLevel(*m_store, QStringLiteral("us-counties"));
    QVERIFY(after.detachedPieces.empty());
    QCOMPARE(after.waterLinks, int(joined.size()));
    // Nantucket joins a Massachusetts neighbour across the sound.
    bool nantucket = false;
    for (const auto &[a, b] : joined)
        if (a == QLatin1String("25019") || b == QLatin1String("25019"))
            nantucket = (a == QLatin1String("25019") ? b : a).startsWith(QLatin1String("25"));
    QVERIFY(nantucket);
}

QTEST_MAIN(TestUsCounties)
#include "tst_uscounties.moc"
