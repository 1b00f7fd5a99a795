// The balancer on graphs whose best partition is known, with pins, limits, pieces and every error case.
#include "testgraphs.h"

#include "align/balancer.h"
#include "common/error.h"
#include "common/random.h"

#include <QTest>
#include <cmath>

using namespace tessera;
using namespace tessera::align;

Q_DECLARE_METATYPE(std::vector<double>)

namespace {

BalanceResult run(const UnitGraph &g, int k, quint64 seed = 1)
{
    BalanceOptions o;
    o.territories = k;
    o.seed = seed;
    return balanceUnits(g, o);
}

void expectValid(const BalanceResult &r, int k)
{
    QCOMPARE(int(r.metrics.territories.size()), k);
    QVERIFY(r.metrics.allContiguous);
    QCOMPARE(r.metrics.unassigned, 0);
    for (const TerritoryMetrics &t : r.metrics.territories)
        QCOMPARE(t.pieces, 1);
}

QString errorOf(const UnitGraph &g, const BalanceOptions &o)
{
    try {
        balanceUnits(g, o);
    } catch (const TesseraError &e) {
        return e.kind() == TesseraError::Kind::User ? e.message() : QStringLiteral("not a user error");
    }
    return {};
}

} // namespace

class TestBalancer : public QObject
{
    Q_OBJECT

private slots:
    void knownOptimum_data()
    {
        QTest::addColumn<QString>("shape");
        QTest::addColumn<int>("size");
        QTest::addColumn<std::vector<double>>("weights");
        QTest::addColumn<int>("k");
        QTest::addColumn<double>("expected"); // the best reachable largest deviation
        const std::vector<double> none;
        QTest::newRow("path 6 into 2")
            << QStringLiteral("path") << 0 << std::vector<double>(6, 1.0) << 2 << 0.0;
        QTest::newRow("path 4 into 4, one unit each")
            << QStringLiteral("path") << 0 << std::vector<double>{2, 2, 2, 2} << 4 << 0.0;
        QTest::newRow("path 6 into 3")
            << QStringLiteral("path") << 0 << std::vector<double>(6, 1.0) << 3 << 0.0;
        // 1..8 (sum 36): the best cut of a path is 1..5 | 6..8 = 15 | 21, i.e. 3 / 18 off the mean.
        QTest::newRow("path 1..8 into 2")
            << QStringLiteral("path") << 0 << std::vector<double>{1, 2, 3, 4, 5, 6, 7, 8} << 2 << 3.0 / 18;
        QTest::newRow("grid 4x4 into 4") << QStringLiteral("grid") << 4 << none << 4 << 0.0;
        QTest::newRow("grid 6x6 into 3") << QStringLiteral("grid") << 6 << none << 3 << 0.0;
        QTest::newRow("grid 6x6 into 4") << QStringLiteral("grid") << 6 << none << 4 << 0.0;
        QTest::newRow("grid 10x10 into 5") << QStringLiteral("grid") << 10 << none << 5 << 0.0;
        // Star, centre 10 and six leaves of 1 (mean 8): a leaf can only be alone, so the best is {leaf} vs
        // rest.
        QTest::newRow("star into 2") << QStringLiteral("star") << 0
                                     << std::vector<double>{10, 1, 1, 1, 1, 1, 1} << 2 << 7.0 / 8;
        // Centre 1, leaves 5, 5, 5 (mean 16/3): two lone leaves and leaf + centre.
        QTest::newRow("star into 3") << QStringLiteral("star") << 0 << std::vector<double>{1, 5, 5, 5} << 3
                                     << 6.0 / (16.0 / 3) - 1;
    }
    void knownOptimum()
    {
        QFETCH(QString, shape);
        QFETCH(int, size);
        QFETCH(std::vector<double>, weights);
        QFETCH(int, k);
        QFETCH(double, expected);
        const UnitGraph g = shape == QLatin1String("grid") ? testgraphs::grid(size, size)
                            : shape == QLatin1String("path")
                                ? testgraphs::path(weights)
                                : testgraphs::star(weights.front(), {weights.begin() + 1, weights.end()});
        const BalanceResult r = run(g, k);
        expectValid(r, k);
        QVERIFY2(
            std::abs(r.metrics.maxDeviation - expected) < 1e-9,
            qPrintable(
                QStringLiteral("max deviation %1, expected %2").arg(r.metrics.maxDeviation).arg(expected)));
    }

    void heaviestUnitFloor()
    {
        // Path 1, 1, 1, 9 into 2: mean 6, the 9 sets a floor of 50 %, and {9} | {1, 1, 1} reaches it.
        const BalanceResult r = run(testgraphs::path({1, 1, 1, 9}), 2);
        expectValid(r, 2);
        QVERIFY(std::abs(r.metrics.heaviestUnitFloor - 0.5) < 1e-12);
        QVERIFY(std::abs(r.metrics.maxDeviation - 0.5) < 1e-12);
    }

    void compactSquares()
    {
        // An 8 × 8 grid into 4 equal territories: four 4 × 4 quadrants have Polsby-Popper π/4; strips of 2 ×
        // 8 only 0.503. Balanced and at least as compact as strips.
        const BalanceResult r = run(testgraphs::grid(8, 8), 4);
        expectValid(r, 4);
        QCOMPARE(r.metrics.maxDeviation, 0.0);
        QVERIFY2(r.metrics.meanPolsbyPopper >= 4 * M_PI * 16 / (20.0 * 20) - 1e-9,
                 qPrintable(QString::number(r.metrics.meanPolsbyPopper)));
    }

    void pinsAreKept()
    {
        const UnitGraph g = testgraphs::path(std::vector<double>(6, 1.0));
        BalanceOptions o;
        o.territories = 2;
        o.pinned = {1, -1, -1, -1, -1, 0}; // the ends swap the numbers a plain run would give
        const BalanceResult r = balanceUnits(g, o);
        QCOMPARE(r.territoryOf, (std::vector<int>{1, 1, 1, 0, 0, 0}));

        // On a grid, opposite corners pinned to territories 0 and 1, plus a third pin joined to territory 0.
        const UnitGraph grid = testgraphs::grid(6, 6);
        BalanceOptions p;
        p.territories = 3;
        p.pinned.assign(36, -1);
        p.pinned[0] = 0;
        p.pinned[35] = 1;
        p.pinned[5] = 0;
        p.pinned[30] = 2;
        const BalanceResult q = balanceUnits(grid, p);
        expectValid(q, 3);
        QCOMPARE(q.territoryOf[0], 0);
        QCOMPARE(q.territoryOf[5], 0);
        QCOMPARE(q.territoryOf[35], 1);
        QCOMPARE(q.territoryOf[30], 2);
        QCOMPARE(q.metrics.maxDeviation, 0.0);
    }

    void deterministicForASeed()
    {
        Random rng(5);
        std::vector<double> w;
        for (int i = 0; i < 144; ++i)
            w.push_back(std::round(rng.logNormal(100, 0.8)));
        const UnitGraph g = testgraphs::grid(12, 12, w);
        const BalanceResult a = run(g, 6, 42);
        const BalanceResult b = run(g, 6, 42);
        QCOMPARE(a.territoryOf, b.territoryOf);
        expectValid(a, 6);
        QVERIFY2(a.metrics.maxDeviation <= std::max(0.01, a.metrics.heaviestUnitFloor),
                 qPrintable(QString::number(a.metrics.maxDeviation)));
    }

    void limits()
    {
        const UnitGraph g = testgraphs::grid(4, 4);
        BalanceOptions o;
        o.territories = 2;
        o.maxUnits = 7;
        QVERIFY(errorOf(g, o).contains(QLatin1String("7 units")));
        o.maxUnits = 8;
        const BalanceResult r = balanceUnits(g, o);
        QCOMPARE(r.metrics.territories[0].units, 8);
        QCOMPARE(r.metrics.territories[1].units, 8);
        o.maxUnits = 0;
        o.maxAccounts = 7; // one account per unit
        QVERIFY(errorOf(g, o).contains(QLatin1String("accounts")));
    }

    void errors_data()
    {
        QTest::addColumn<int>("k");
        QTest::addColumn<std::vector<double>>("weights");
        QTest::addColumn<QString>("expected");
        QTest::newRow("k above units") << 5 << std::vector<double>{1, 1, 1, 1} << QStringLiteral("4 units");
        QTest::newRow("k zero") << 0 << std::vector<double>{1, 1} << QStringLiteral("at least 1");
        QTest::newRow("zero weight") << 2 << std::vector<double>{0, 0, 0}
                                     << QStringLiteral("zero on every unit");
        QTest::newRow("negative weight") << 2 << std::vector<double>{1, -2, 3} << QStringLiteral("P1");
    }
    void errors()
    {
        QFETCH(int, k);
        QFETCH(std::vector<double>, weights);
        QFETCH(QString, expected);
        BalanceOptions o;
        o.territories = k;
        const QString message = errorOf(testgraphs::path(weights), o);
        QVERIFY2(message.contains(expected), qPrintable(message));
    }

    void impossiblePins()
    {
        const UnitGraph g = testgraphs::path({1, 1, 1, 1, 1});
        BalanceOptions o;
        o.territories = 2;
        o.pinned = {0, -1, 1, -1, 0}; // territory 0 would have to cross territory 1's unit
        QVERIFY(errorOf(g, o).contains(QLatin1String("cannot be joined")));
        o.pinned = {3, -1, -1, -1, -1};
        QVERIFY(errorOf(g, o).contains(QLatin1String("territory 4")));
    }

    void disconnectedGraph()
    {
        // Two paths of four units (weights 1 and 3 each) with no link between them.
        UnitGraph g = testgraphs::path({1, 1, 1, 1, 3, 3, 3, 3});
        g.names = QStringList{QStringLiteral("A1"), QStringLiteral("A2"),        QStringLiteral("A3"),
                              QStringLiteral("A4"), QStringLiteral("Nantucket"), QStringLiteral("B2"),
                              QStringLiteral("B3"), QStringLiteral("B4")};
        g.setEdges({{0, 1, 0, EdgeKind::Border},
                    {1, 2, 0, EdgeKind::Border},
                    {2, 3, 0, EdgeKind::Border},
                    {4, 5, 0, EdgeKind::Border},
                    {5, 6, 0, EdgeKind::Border},
                    {6, 7, 0, EdgeKind::Water}});
        BalanceOptions o;
        o.territories = 4;
        const QString message = errorOf(g, o);
        QVERIFY2(message.contains(QLatin1String("2 pieces")) &&
                     message.contains(QLatin1String("Nantucket")) && message.contains(QLatin1String("A1")),
                 qPrintable(message));
        // Per piece: weight 4 and 12 of 16 give 1 and 3 territories; each piece balances inside itself.
        o.perPiece = true;
        const BalanceResult r = balanceUnits(g, o);
        expectValid(r, 4);
        QCOMPARE(r.territoryOf[0], r.territoryOf[3]);
        // Mean 4: piece A is one territory of 4; piece B's four 3s make 3 + 3, 3 and 3 at best (+50 %).
        QVERIFY(std::abs(r.metrics.maxDeviation - 0.5) < 1e-9);
        QCOMPARE(allocateTerritories({4, 12}, {4, 4}, 4), (std::vector<int>{1, 3}));
        QCOMPARE(allocateTerritories({1, 1000}, {5, 5}, 3), (std::vector<int>{1, 2}));
        QVERIFY_THROWS_EXCEPTION(TesseraError, allocateTerritories({1, 1, 1}, {2, 2, 2}, 2));
    }

    void minimalDisruptionMovesLess()
    {
        // 8 × 8 grid in four 2 × 8 vertical strips, then the left strip's weight grows by half.
        std::vector<double> w(64, 1.0);
        std::vector<int> previous(64);
        for (int u = 0; u < 64; ++u) {
            previous[size_t(u)] = (u % 8) / 2;
            if (u % 8 < 2)
                w[size_t(u)] = 1.5;
        }
        const UnitGraph g = testgraphs::grid(8, 8, w);
        BalanceOptions o;
        o.territories = 4;
        o.previous = previous;
        o.mode = BalanceMode::MinimalDisruption;
        o.tolerance = 0.06;
        const BalanceResult minimal = balanceUnits(g, o);
        expectValid(minimal, 4);
        QVERIFY2(minimal.metrics.maxDeviation <= 0.06 + 1e-9,
                 qPrintable(QString::number(minimal.metrics.maxDeviation)));
        o.mode = BalanceMode::Fresh;
        const BalanceResult fresh = balanceUnits(g, o);
        expectValid(fresh, 4);
        QVERIFY(minimal.metrics.moved.weight > 0);
        QVERIFY2(minimal.metrics.moved.weight < fresh.metrics.moved.weight,
                 qPrintable(QStringLiteral("%1 vs %2")
                                .arg(minimal.metrics.moved.weight)
                                .arg(fresh.metrics.moved.weight)));
        // Before: 24 against a mean of 18 (+33 %).
        QVERIFY(computeMetrics(g, previous, 4).maxDeviation > 0.33);
    }

    void timeLimit()
    {
        // A limit too short to balance still gives one piece per territory, and says it stopped early.
        BalanceOptions o;
        o.territories = 10;
        o.timeLimitSeconds = 0.001;
        Random rng(3);
        std::vector<double> w;
        for (int i = 0; i < 900; ++i)
            w.push_back(std::round(rng.logNormal(100, 1.0)));
        const BalanceResult r = balanceUnits(testgraphs::grid(30, 30, w), o);
        expectValid(r, 10);
        QVERIFY(r.timedOut);
        QVERIFY(!r.warnings.isEmpty());
    }

    void cancel()
    {
        BalanceOptions o;
        o.territories = 4;
        const Progress stop([](qint64, qint64, const QString &) { return false; });
        try {
            balanceUnits(testgraphs::grid(10, 10), o, stop);
            QFAIL("not cancelled");
        } catch (const TesseraError &e) {
            QCOMPARE(int(e.kind()), int(TesseraError::Kind::Cancelled));
        }
    }

    void usCountiesTenTerritories()
    {
        const QString dir = QStringLiteral(TESSERA_SHARED_DATA_DIR "/us-counties/");
        if (!QFile::exists(dir + QStringLiteral("us48_nodes.csv")))
            QSKIP("shared US county data not present");
        const UnitGraph g =
            loadUnitGraphCsv(dir + QStringLiteral("us48_nodes.csv"), QStringLiteral("weight"),
                             {{dir + QStringLiteral("us48_rook_edges.csv"), EdgeKind::Border},
                              {dir + QStringLiteral("us48_rookcensus_edges.csv"), EdgeKind::Water}});
        const BalanceResult r = run(g, 10);
        expectValid(r, 10);
        QVERIFY2(r.metrics.maxDeviation <= 0.01, qPrintable(QString::number(r.metrics.maxDeviation)));
        // The rook graph alone has 4 pieces (Falls Church, Nantucket, San Juan): named in the error.
        const UnitGraph rook =
            loadUnitGraphCsv(dir + QStringLiteral("us48_nodes.csv"), QStringLiteral("weight"),
                             {{dir + QStringLiteral("us48_rook_edges.csv"), EdgeKind::Border}});
        BalanceOptions o;
        o.territories = 10;
        const QString message = errorOf(rook, o);
        QVERIFY2(message.contains(QLatin1String("4 pieces")) && message.contains(QLatin1String("Nantucket")),
                 qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestBalancer)
#include "tst_balancer.moc"
