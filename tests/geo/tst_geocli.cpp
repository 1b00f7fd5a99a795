// tessera-cli geo and align commands end to end on a small hand-made level: a 2×2 grid of 0.01° cells with
// a detached island, imported from GeoJSON with a weight field.
#include "store/planstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestGeoCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void importAndAdjacency();
    void waterLinks();
    void alignImportExportStats();
    void errors_data();
    void errors();

private:
    struct Run
    {
        int code;
        QString out, err;
    };
    Run cli(const QStringList &args) const
    {
        QProcess p;
        p.start(QStringLiteral(TESSERA_CLI), args);
        p.waitForFinished(120000);
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
    QString readFile(const QString &path) const
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }
    void writeFile(const QString &path, const QByteArray &bytes) const
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    QTemporaryDir m_dir;
    QString m_plan, m_units;
};

void TestGeoCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_plan = m_dir.filePath(QStringLiteral("p.tessera"));
    QCOMPARE(cli({QStringLiteral("new"), m_plan}).code, 0);
    // Cells NW, NE, SW, SE of 0.01° and an island well to the east.
    QJsonArray features;
    const auto cell = [&](const QString &id, double x, double y, int pop) {
        const double d = 0.01;
        features.append(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("Feature")},
            {QStringLiteral("properties"),
             QJsonObject{{QStringLiteral("code"), id},
                         {QStringLiteral("label"), id + QStringLiteral(" cell")},
                         {QStringLiteral("pop"), pop}}},
            {QStringLiteral("geometry"),
             QJsonObject{
                 {QStringLiteral("type"), QStringLiteral("Polygon")},
                 {QStringLiteral("coordinates"),
                  QJsonArray{QJsonArray{QJsonArray{x, y}, QJsonArray{x + d, y}, QJsonArray{x + d, y + d},
                                        QJsonArray{x, y + d}, QJsonArray{x, y}}}}}}});
    };
    cell(QStringLiteral("SW"), 10.0, 50.0, 100);
    cell(QStringLiteral("SE"), 10.01, 50.0, 200);
    cell(QStringLiteral("NW"), 10.0, 50.01, 300);
    cell(QStringLiteral("NE"), 10.01, 50.01, 400);
    cell(QStringLiteral("IS"), 10.05, 50.0, 50);
    m_units = m_dir.filePath(QStringLiteral("units.geojson"));
    writeFile(m_units,
              QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("FeatureCollection")},
                                        {QStringLiteral("features"), features}})
                  .toJson());
    // Two territories to align to (org nodes are the foundation's; written directly for the test).
    auto store = tessera::PlanStore::open(m_plan);
    store->query(QStringLiteral("INSERT INTO org_nodes(id, level, code, name) VALUES "
                                "(1, 'territory', 'T1', 'West'), (2, 'territory', 'T2', 'East')"));
}

void TestGeoCli::importAndAdjacency()
{
    const Run r = cli({QStringLiteral("geo"), QStringLiteral("import"), m_plan, m_units,
                       QStringLiteral("--level"), QStringLiteral("cells"), QStringLiteral("--id-field"),
                       QStringLiteral("code"), QStringLiteral("--name-field"), QStringLiteral("label"),
                       QStringLiteral("--weight-field"), QStringLiteral("pop")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("Units: 5 (0 without geometry)")));
    QVERIFY(r.out.contains(QStringLiteral("4 border edges")));
    QVERIFY(r.out.contains(QStringLiteral("detached: IS")));
    QVERIFY(r.out.contains(QStringLiteral("Lambert azimuthal"))); // Europe: not the US projection

    const QString edges = m_dir.filePath(QStringLiteral("edges.csv"));
    QCOMPARE(cli({QStringLiteral("geo"), QStringLiteral("adjacency"), m_plan, QStringLiteral("--level"),
                  QStringLiteral("cells"), QStringLiteral("--out"), edges})
                 .code,
             0);
    const QStringList lines = readFile(edges).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), QStringLiteral("unit_a,unit_b,shared_border_m"));
    QCOMPARE(lines.size(), 5); // SW-SE, SW-NW, SE-NE, NW-NE; SW and NE touch at a corner only
    QStringList pairs;
    for (const QString &l : lines.mid(1)) {
        const QStringList c = l.split(QLatin1Char(','));
        QStringList ab{c[0], c[1]};
        ab.sort();
        pairs << ab.join(QLatin1Char('-'));
        // Vertical borders are 0.01° of latitude (1,113 m at 50°N); horizontal ones 0.01° of longitude at
        // 50.01°N (≈ 716 m). Equal-area projection scale errors stay under 0.5 % this close to the centre.
        const double len = c[2].toDouble();
        QVERIFY2(std::abs(len - 1113.0) < 6 || std::abs(len - 716.0) < 4, qPrintable(l));
    }
    pairs.sort();
    QCOMPARE(pairs, (QStringList{QStringLiteral("NE-NW"), QStringLiteral("NE-SE"), QStringLiteral("NW-SW"),
                                 QStringLiteral("SE-SW")}));
}

void TestGeoCli::waterLinks()
{
    const QStringList base{QStringLiteral("geo"), QStringLiteral("link"), m_plan, QStringLiteral("--level"),
                           QStringLiteral("cells")};
    Run r = cli(base + QStringList{QStringLiteral("--auto")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Joined IS to SE")), qPrintable(r.out)); // SE is the nearest cell
    r = cli(base + QStringList{QStringLiteral("--remove"), QStringLiteral("IS"), QStringLiteral("SE")});
    QCOMPARE(r.code, 0);
    r = cli(base + QStringList{QStringLiteral("--remove"), QStringLiteral("IS"), QStringLiteral("SE")});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(QStringLiteral("no water link")));
    r = cli(base + QStringList{QStringLiteral("--add"), QStringLiteral("SW"), QStringLiteral("SE")});
    QCOMPARE(r.code, 1); // they share a border
    r = cli(base + QStringList{QStringLiteral("--add"), QStringLiteral("IS"), QStringLiteral("NE")});
    QCOMPARE(r.code, 0);
    r = cli({QStringLiteral("geo"), QStringLiteral("adjacency"), m_plan, QStringLiteral("--level"),
             QStringLiteral("cells")});
    QVERIFY(r.out.contains(QStringLiteral("Water links: 1")));
    QVERIFY(r.out.contains(QStringLiteral("Connected pieces: 1")));
}

void TestGeoCli::alignImportExportStats()
{
    const QString in = m_dir.filePath(QStringLiteral("align.csv"));
    writeFile(in, "unit_id,territory\nSW,T1\nNW,West\nSE,T2\nNE,T2\nIS,T1\n");
    Run r = cli({QStringLiteral("align"), QStringLiteral("import"), m_plan, in, QStringLiteral("--level"),
                 QStringLiteral("cells")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString out = m_dir.filePath(QStringLiteral("out.csv"));
    QCOMPARE(cli({QStringLiteral("align"), QStringLiteral("export"), m_plan, QStringLiteral("--level"),
                  QStringLiteral("cells"), QStringLiteral("--out"), out})
                 .code,
             0);
    QCOMPARE(readFile(out), QStringLiteral("unit_id,territory\nIS,T1\nNE,T2\nNW,T1\nSE,T2\nSW,T1\n"));
    r = cli({QStringLiteral("align"), QStringLiteral("stats"), m_plan, QStringLiteral("--level"),
             QStringLiteral("cells"), QStringLiteral("--measure"), QStringLiteral("pop"),
             QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonArray t = o.value(QStringLiteral("territories")).toArray();
    QCOMPARE(t.size(), 2);
    // West: SW 100 + NW 300 + IS 50 = 450; East: 200 + 400 = 600; mean 525.
    QCOMPARE(t[0].toObject().value(QStringLiteral("weight")).toDouble(), 450.0);
    QCOMPARE(t[1].toObject().value(QStringLiteral("weight")).toDouble(), 600.0);
    QVERIFY(std::abs(t[0].toObject().value(QStringLiteral("deviation")).toDouble() - (450.0 / 525 - 1)) <
            1e-9);
    // The island reaches West only through its water link to NE (East): West is in two pieces.
    QCOMPARE(t[0].toObject().value(QStringLiteral("pieces")).toInt(), 2);
    QCOMPARE(t[1].toObject().value(QStringLiteral("pieces")).toInt(), 1);
    // Cut edges: SW-SE, NW-NE and the water link IS-NE.
    QCOMPARE(o.value(QStringLiteral("cut_edges")).toInt(), 3);
}

void TestGeoCli::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown level") << QStringList{QStringLiteral("align"), QStringLiteral("stats"),
                                                  QStringLiteral("@plan"), QStringLiteral("--level"),
                                                  QStringLiteral("nope")}
                                   << QStringLiteral("no geography level 'nope'");
    QTest::newRow("bad territory") << QStringList{QStringLiteral("align"),   QStringLiteral("import"),
                                                  QStringLiteral("@plan"),   QStringLiteral("@bad"),
                                                  QStringLiteral("--level"), QStringLiteral("cells")}
                                   << QStringLiteral("row 3, field 'territory'");
    QTest::newRow("missing id field")
        << QStringList{QStringLiteral("geo"),        QStringLiteral("import"),  QStringLiteral("@plan"),
                       QStringLiteral("@units"),     QStringLiteral("--level"), QStringLiteral("x"),
                       QStringLiteral("--id-field"), QStringLiteral("fips")}
        << QStringLiteral("field 'fips'");
    QTest::newRow("level exists") << QStringList{QStringLiteral("geo"),        QStringLiteral("import"),
                                                 QStringLiteral("@plan"),      QStringLiteral("@units"),
                                                 QStringLiteral("--level"),    QStringLiteral("cells"),
                                                 QStringLiteral("--id-field"), QStringLiteral("code")}
                                  << QStringLiteral("already has a geography level 'cells'");
}

void TestGeoCli::errors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const QString bad = m_dir.filePath(QStringLiteral("bad.csv"));
    writeFile(bad, "unit_id,territory\nSW,T2\nNW,Nowhere\n");
    const QString before = readFile(m_dir.filePath(QStringLiteral("out.csv")));
    for (QString &a : args) {
        if (a == QLatin1String("@plan"))
            a = m_plan;
        else if (a == QLatin1String("@bad"))
            a = bad;
        else if (a == QLatin1String("@units"))
            a = m_units;
    }
    const Run r = cli(args);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    // Nothing was written: the alignment is as exported before.
    const QString now = m_dir.filePath(QStringLiteral("now.csv"));
    QCOMPARE(cli({QStringLiteral("align"), QStringLiteral("export"), m_plan, QStringLiteral("--level"),
                  QStringLiteral("cells"), QStringLiteral("--out"), now})
                 .code,
             0);
    QCOMPARE(readFile(now), before);
}

QTEST_MAIN(TestGeoCli)
#include "tst_geocli.moc"
