// Alignment metrics against figures worked out by hand.
#include "testgraphs.h"

#include "align/alignmentmetrics.h"

#include <QTest>
#include <cmath>

using namespace tessera::align;

class TestAlignmentMetrics : public QObject
{
    Q_OBJECT

private slots:
    void gridHalves()
    {
        // 4 × 2 grid of 1 km squares, weights 1..8 by index; left 2 × 2 block is territory 0, right is 1.
        const UnitGraph g = testgraphs::grid(4, 2, {1, 2, 3, 4, 5, 6, 7, 8});
        const std::vector<int> part{0, 0, 1, 1, 0, 0, 1, 1};
        const std::vector<int> previous{0, 0, 0, 1, 0, 0, 1, 1}; // unit 2 (weight 3) was in territory 0
        const AlignmentMetrics m = computeMetrics(g, part, 2, &previous);
        QCOMPARE(m.totalWeight, 36.0);
        QCOMPARE(m.meanWeight, 18.0);
        QCOMPARE(m.territories[0].weight, 14.0); // 1 + 2 + 5 + 6
        QCOMPARE(m.territories[1].weight, 22.0);
        QVERIFY(std::abs(m.territories[0].deviation - (14.0 / 18 - 1)) < 1e-12);
        QVERIFY(std::abs(m.maxDeviation - 4.0 / 18) < 1e-12);
        QVERIFY(std::abs(m.meanDeviation - 4.0 / 18) < 1e-12);
        // A 2 km square: area 4 km², perimeter 4 × 4 km − 2 × 4 internal borders of 1 km = 8 km.
        QCOMPARE(m.territories[0].area, 4e6);
        QCOMPARE(m.territories[0].perimeter, 8000.0);
        QVERIFY(std::abs(m.territories[0].polsbyPopper - M_PI / 4) < 1e-12);
        QVERIFY(std::abs(m.meanPolsbyPopper - M_PI / 4) < 1e-12);
        QCOMPARE(m.cutEdges, 2);
        QCOMPARE(m.territories[0].pieces, 1);
        QVERIFY(m.allContiguous);
        QVERIFY(std::abs(m.heaviestUnitFloor - 0.0) < 1e-12); // 8 < 18
        QCOMPARE(m.moved.units, 1);
        QCOMPARE(m.moved.weight, 3.0);
        QCOMPARE(m.moved.accounts, 1.0);
    }

    void piecesAndUnassigned()
    {
        const UnitGraph g = testgraphs::path({1, 1, 1, 1, 10});
        // Territory 0 holds units 0 and 2 (two pieces); unit 1 is in no territory.
        const std::vector<int> part{0, -1, 0, 1, 1};
        const AlignmentMetrics m = computeMetrics(g, part, 2);
        QCOMPARE(m.territories[0].pieces, 2);
        QCOMPARE(m.territories[1].pieces, 1);
        QVERIFY(!m.allContiguous);
        QCOMPARE(m.unassigned, 1);
        QCOMPARE(m.cutEdges, 3); // 0-1 and 1-2 touch the unassigned unit, 2-3 crosses territories
        // Heaviest unit 10 against a mean of 14 / 2 = 7: floor 10/7 − 1.
        QVERIFY(std::abs(m.heaviestUnitFloor - (10.0 / 7 - 1)) < 1e-12);
        QCOMPARE(m.meanPolsbyPopper, 0.0); // no geometry
        const auto pieces = territoryPieces(g, part, 0);
        QCOMPARE(pieces.size(), size_t(2));
    }
};

QTEST_GUILESS_MAIN(TestAlignmentMetrics)
#include "tst_alignmentmetrics.moc"
