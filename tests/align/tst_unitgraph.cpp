// UnitGraph: CSR from edge lists, components, CSV graphs and measure specs.
#include "testgraphs.h"

#include "align/unitgraph.h"
#include "common/error.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;
using namespace tessera::align;

class TestUnitGraph : public QObject
{
    Q_OBJECT

private slots:
    void csrIsSymmetricAndDeduplicated()
    {
        UnitGraph g;
        for (int i = 0; i < 4; ++i) {
            g.unitIds.push_back(i);
            g.codes << QString::number(i);
            g.weight.push_back(i + 1);
        }
        // 0-1 twice (both directions), 1-2 border, 2-3 water.
        g.setEdges({{0, 1, 5, EdgeKind::Border},
                    {1, 0, 9, EdgeKind::Water},
                    {1, 2, 7, EdgeKind::Border},
                    {2, 3, 0, EdgeKind::Water}});
        QCOMPARE(g.edgeCount(), 3);
        QCOMPARE(g.offsets, (std::vector<int>{0, 1, 3, 5, 6}));
        QCOMPARE(g.targets[0], 1);
        QCOMPARE(g.sharedBorder[0], 5.0); // the first of the duplicates wins
        QCOMPARE(int(g.kinds[5]), int(EdgeKind::Water));
        QCOMPARE(g.totalWeight(), 10.0);
        QCOMPARE(g.heaviestWeight(), 4.0);
        QCOMPARE(g.indexOfCode(QStringLiteral("2")), 2);
        QCOMPARE(g.indexOfCode(QStringLiteral("9")), -1);
        QCOMPARE(g.names.size(), 4); // defaulted to the codes
        QVERIFY_THROWS_EXCEPTION(TesseraError, g.setEdges({{0, 0, 1, EdgeKind::Border}}));
    }

    void components_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("expected");
        QTest::newRow("one grid") << 3 << 1;
        QTest::newRow("one unit") << 1 << 1;
    }
    void components()
    {
        QFETCH(int, width);
        QFETCH(int, expected);
        const UnitGraph g = testgraphs::grid(width, width);
        int count = 0;
        connectedComponents(g, &count);
        QCOMPARE(count, expected);

        // Two paths side by side without a link: two pieces, numbered by first unit.
        UnitGraph two = testgraphs::path({1, 1, 1, 1});
        two.setEdges({{0, 1, 0, EdgeKind::Border}, {2, 3, 0, EdgeKind::Water}});
        const std::vector<int> comp = connectedComponents(two, &count);
        QCOMPARE(count, 2);
        QCOMPARE(comp, (std::vector<int>{0, 0, 1, 1}));
    }

    void csvGraph()
    {
        QTemporaryDir dir;
        auto write = [&](const QString &name, const QByteArray &text) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        };
        write(QStringLiteral("nodes.csv"),
              "idx,id,name,weight,area_m2,perimeter_m\n"
              "0,A,\"Alpha, North\",10,4,8\n1,B,Beta,20,4,8\n2,C,Gamma,30,4,8\n");
        write(QStringLiteral("rook.csv"), "i,j,shared_boundary_m\n0,1,2\n");
        write(QStringLiteral("extra.csv"), "i,j\n0,1\n1,2\n");
        const UnitGraph g =
            loadUnitGraphCsv(dir.filePath(QStringLiteral("nodes.csv")), QStringLiteral("weight"),
                             {{dir.filePath(QStringLiteral("rook.csv")), EdgeKind::Border},
                              {dir.filePath(QStringLiteral("extra.csv")), EdgeKind::Water}});
        QCOMPARE(g.unitCount(), 3);
        QCOMPARE(g.names.at(0), QStringLiteral("Alpha, North"));
        QCOMPARE(g.weight, (std::vector<double>{10, 20, 30}));
        QCOMPARE(g.edgeCount(), 2);
        // 0-1 keeps the rook border; 1-2 comes from the second file as a water link.
        QCOMPARE(g.sharedBorder[size_t(g.offsets[0])], 2.0);
        QCOMPARE(int(g.kinds[size_t(g.offsets[2])]), int(EdgeKind::Water));

        write(QStringLiteral("bad.csv"), "idx,id,weight\n0,A,ten\n");
        try {
            loadUnitGraphCsv(dir.filePath(QStringLiteral("bad.csv")), QStringLiteral("weight"), {});
            QFAIL("a bad number was accepted");
        } catch (const TesseraError &e) {
            QCOMPARE(e.row(), 2);
            QCOMPARE(e.field(), QStringLiteral("weight"));
            QVERIFY(e.file().endsWith(QLatin1String("bad.csv")));
        }
    }

    void blendSpec_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("described");
        QTest::newRow("two") << QStringLiteral("potential=0.6,accounts=0.4") << true
                             << QStringLiteral("potential 60% + accounts 40%");
        QTest::newRow("unnormalised")
            << QStringLiteral("a=3, b=1") << true << QStringLiteral("a 75% + b 25%");
        QTest::newRow("no weight") << QStringLiteral("potential") << false << QString();
        QTest::newRow("zero") << QStringLiteral("a=0,b=1") << false << QString();
        QTest::newRow("twice") << QStringLiteral("a=1,a=2") << false << QString();
        QTest::newRow("empty") << QString() << false << QString();
    }
    void blendSpec()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, described);
        if (!valid) {
            QVERIFY_THROWS_EXCEPTION(TesseraError, MeasureSpec::parseBlend(text));
            return;
        }
        const MeasureSpec s = MeasureSpec::parseBlend(text);
        QVERIFY(s.isBlend());
        QCOMPARE(s.describe(), described);
    }
};

QTEST_GUILESS_MAIN(TestUnitGraph)
#include "tst_unitgraph.moc"
