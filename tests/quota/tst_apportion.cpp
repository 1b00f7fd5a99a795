// Exact apportionment: largest remainder, rounding unit, sub-unit leftover, carried remainders.
#include "quota/apportion.h"

#include <QTest>

using namespace tessera;
using namespace tessera::quota;

using Shares = std::vector<qint64>;
Q_DECLARE_METATYPE(Shares)

class TestApportion : public QObject
{
    Q_OBJECT
private slots:
    void split_data()
    {
        QTest::addColumn<qint64>("total");
        QTest::addColumn<Shares>("weights");
        QTest::addColumn<qint64>("unit");
        QTest::addColumn<Shares>("expected");
        // 100 cents in three: 33.33 each, the one spare cent to the first on a tie.
        QTest::newRow("thirds") << qint64(100) << Shares{1, 1, 1} << qint64(1) << Shares{34, 33, 33};
        // 10 by 1:2:3 = 1.67, 3.33, 5.0 → remainders .67, .33, 0 → the spare cent to the first.
        QTest::newRow("1:2:3") << qint64(10) << Shares{1, 2, 3} << qint64(1) << Shares{2, 3, 5};
        // $1,000.01 in dollars by 1:1:1 → 1000 units: 334, 333, 333; the odd cent to the largest weight
        // (first on a tie).
        QTest::newRow("unit 1 dollar")
            << qint64(100001) << Shares{1, 1, 1} << qint64(100) << Shares{33401, 33300, 33300};
        // All zero weights: equal.
        QTest::newRow("zero weights") << qint64(7) << Shares{0, 0} << qint64(1) << Shares{4, 3};
        // A zero weight gets nothing.
        QTest::newRow("one zero") << qint64(999) << Shares{0, 5} << qint64(1) << Shares{0, 999};
        // $1,000 to the nearest $100 by 45:55 → 4.5 and 5.5 units: the tie of remainders goes to the first.
        QTest::newRow("half units") << qint64(100000) << Shares{45, 55} << qint64(10000)
                                    << Shares{50000, 50000};
    }
    void split()
    {
        QFETCH(qint64, total);
        QFETCH(Shares, weights);
        QFETCH(qint64, unit);
        QFETCH(Shares, expected);
        const Shares got = apportion(total, weights, unit);
        QCOMPARE(got, expected);
        qint64 sum = 0;
        for (qint64 s : got)
            sum += s;
        QCOMPARE(sum, total);
    }

    // Twelve months of 100 cents among three equal shares: with carried remainders each share ends the year
    // at exactly 400 (1200 / 3), while independent rounding would give the first share 12 spare cents.
    void carryKeepsYearsFair()
    {
        std::vector<Int128> carry;
        Shares year(3, 0);
        for (int m = 0; m < 12; ++m) {
            const Shares s = apportion(100, {1, 1, 1}, 1, &carry, 0);
            for (size_t i = 0; i < 3; ++i)
                year[i] += s[i];
        }
        QCOMPARE(year, (Shares{400, 400, 400}));
    }

    void overassignment_data()
    {
        QTest::addColumn<qint64>("value");
        QTest::addColumn<qint64>("micros");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("5%") << qint64(10000000) << qint64(50000) << qint64(10500000);
        // 51,650.00 × 1.077 = 55,627.05
        QTest::newRow("7.7%") << qint64(5165000) << qint64(77000) << qint64(5562705);
        // 0.05 × 1.1 = 0.055 → half a cent rounds away from zero: 0.06
        QTest::newRow("half cent") << qint64(5) << qint64(100000) << qint64(6);
    }
    void overassignment()
    {
        QFETCH(qint64, value);
        QFETCH(qint64, micros);
        QFETCH(qint64, expected);
        QCOMPARE(overassigned(value, Rate::fromMicros(micros)), expected);
    }
};

QTEST_GUILESS_MAIN(TestApportion)
#include "tst_apportion.moc"
