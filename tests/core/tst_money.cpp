#include "common/money.h"

#include <QTest>

using namespace tessera;

class TestMoney : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("cents");
        QTest::newRow("whole") << "1234" << true << qint64(123400);
        QTest::newRow("two decimals") << "123456789.01" << true << qint64(12345678901);
        QTest::newRow("one decimal") << "0.5" << true << qint64(50);
        QTest::newRow("negative") << "-0.07" << true << qint64(-7);
        QTest::newRow("trailing zeros") << "12.3400" << true << qint64(1234);
        QTest::newRow("three decimals") << "1.005" << false << qint64(0);
        QTest::newRow("letters") << "12a" << false << qint64(0);
        QTest::newRow("empty") << "" << false << qint64(0);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(qint64, cents);
        const auto m = Money::parse(text);
        QCOMPARE(m.has_value(), valid);
        if (valid)
            QCOMPARE(m->cents(), cents);
    }
    void roundingIsHalfAwayFromZero_data()
    {
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<QString>("rate");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("3% of 600000.00") << qint64(60000000) << "0.03" << qint64(1800000);
        QTest::newRow("half cent up") << qint64(50) << "0.01" << qint64(1);         // 0.5 cent -> 1
        QTest::newRow("half cent negative") << qint64(-50) << "0.01" << qint64(-1); // -0.5 cent -> -1
        QTest::newRow("below half") << qint64(49) << "0.01" << qint64(0);
        QTest::newRow("percent form") << qint64(1000000) << "3.5%" << qint64(35000);
    }
    void roundingIsHalfAwayFromZero()
    {
        QFETCH(qint64, cents);
        QFETCH(QString, rate);
        QFETCH(qint64, expected);
        const auto r = Rate::parse(rate);
        QVERIFY(r.has_value());
        QCOMPARE((Money::fromCents(cents) * *r).cents(), expected);
    }
    void proration()
    {
        // $1,000 pro-rated to 27 of 28 days is $964.29 (964.2857... rounds down).
        QCOMPARE(Money::fromUnits(1000).multipliedBy(27, 28).cents(), qint64(96429));
        QCOMPARE(Rate::ratio(1, 3).micros(), qint64(333333));
        QCOMPARE(Rate::ratio(2, 3).micros(), qint64(666667));
    }
    void formatting()
    {
        QCOMPARE(Money::fromCents(123456789).toPlainString(), QStringLiteral("1234567.89"));
        QCOMPARE(Money::fromCents(-5).toPlainString(), QStringLiteral("-0.05"));
        QCOMPARE(Money::fromCents(123456789).format(QLocale(QLocale::English, QLocale::UnitedStates)),
                 QStringLiteral("$1,234,567.89"));
        QCOMPARE(Money::fromCents(123456789).format(QLocale(QLocale::German, QLocale::Germany),
                                                    QStringLiteral("EUR")),
                 QStringLiteral("1.234.567,89\u00a0€"));
        QCOMPARE(Rate::parse(QStringLiteral("3.5%"))->toPlainString(), QStringLiteral("0.035"));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
