// The allocation engine on small hand-computed trees: ramps, proration, even splits to the cent,
// over-assignment compounding, locks, overrides and undo.
#include "quotatestutil.h"

#include "common/error.h"

#include <QTest>

using namespace quotatest;

class TestQuotaPlan : public QObject
{
    Q_OBJECT
private:
    // One rep under one territory; the territory's months are 100,000.00 each (target 1,200,000.00).
    static QuotaPlan oneRep(const Employment &employment, const RampProfile &ramp)
    {
        QuotaPlan plan = evenTree(1, 1, 1, 120000000);
        const int rep = findNode(plan, QStringLiteral("REP-1"));
        plan.nodes[size_t(rep)].coverage = coverage(QuotaCalendar(1), 2027, employment, ramp);
        plan.allocate();
        return plan;
    }

private slots:
    void ramp_data()
    {
        QTest::addColumn<QDate>("hire");
        QTest::addColumn<qint64>("q1");
        QTest::addColumn<qint64>("q2");
        // Hired on the first day: Jan 0%, Feb 25%, Mar 50% of 100,000 → 75,000 for the quarter.
        QTest::newRow("hired 2027-01-01") << QDate(2027, 1, 1) << qint64(7500000) << qint64(30000000);
        // Hired in December: December is ramp month 1, so Jan 25%, Feb 50%, Mar 100%.
        QTest::newRow("hired 2026-12-01") << QDate(2026, 12, 1) << qint64(17500000) << qint64(30000000);
        // Hired mid-January: January is ramp month 1 (0%), so the quarter is the same 75,000.
        QTest::newRow("hired 2027-01-16") << QDate(2027, 1, 16) << qint64(7500000) << qint64(30000000);
        // Hired in March: Mar 0%, Apr 25%, May 50%, Jun 100% → Q2 = 175,000.
        QTest::newRow("hired 2027-03-01") << QDate(2027, 3, 1) << qint64(0) << qint64(17500000);
        // Long-standing rep: full quota.
        QTest::newRow("veteran") << QDate(2020, 5, 4) << qint64(30000000) << qint64(30000000);
    }
    void ramp()
    {
        QFETCH(QDate, hire);
        QFETCH(qint64, q1);
        QFETCH(qint64, q2);
        RampProfile ramp;
        QVERIFY(RampProfile::parse(QStringLiteral("0,25%,50%"), &ramp));
        Employment e;
        e.hire = hire;
        const QuotaPlan plan = oneRep(e, ramp);
        const int rep = findNode(plan, QStringLiteral("REP-1"));
        const int territory = findNode(plan, QStringLiteral("T1"));
        QCOMPARE(plan.quarter(rep, 0), q1);
        QCOMPARE(plan.quarter(rep, 1), q2);
        // The territory keeps its quota; what the ramp leaves is "not covered", so the parent is whole.
        QCOMPARE(plan.quarter(territory, 0), qint64(30000000));
        QCOMPARE(plan.year(rep) + plan.notCoveredYear(territory), plan.year(territory));
        QCOMPARE(plan.checkInvariants(), QString());
    }

    void proration_data()
    {
        QTest::addColumn<QDate>("hire");
        QTest::addColumn<QDate>("end");
        QTest::addColumn<QDate>("leaveStart");
        QTest::addColumn<QDate>("leaveEnd");
        QTest::addColumn<int>("month");
        QTest::addColumn<qint64>("expected");
        // Leaves on 15 January: 100,000 × 15/31 = 48,387.096… → 48,387.10.
        QTest::newRow("exit mid-January")
            << QDate(2020, 1, 1) << QDate(2027, 1, 15) << QDate() << QDate() << 0 << qint64(4838710);
        QTest::newRow("after exit") << QDate(2020, 1, 1) << QDate(2027, 1, 15) << QDate() << QDate() << 1
                                    << qint64(0);
        // Two weeks of leave in a 28-day February: half the month.
        QTest::newRow("leave in February") << QDate(2020, 1, 1) << QDate() << QDate(2027, 2, 1)
                                           << QDate(2027, 2, 14) << 1 << qint64(5000000);
        // Starts 11 March with no ramp: 21 of 31 days = 67,741.935… → 67,741.94.
        QTest::newRow("start 11 March")
            << QDate(2027, 3, 11) << QDate() << QDate() << QDate() << 2 << qint64(6774194);
        // Starts on the last day of April: 1 of 30 days = 3,333.33.
        QTest::newRow("start 30 April")
            << QDate(2027, 4, 30) << QDate() << QDate() << QDate() << 3 << qint64(333333);
    }
    void proration()
    {
        QFETCH(QDate, hire);
        QFETCH(QDate, end);
        QFETCH(QDate, leaveStart);
        QFETCH(QDate, leaveEnd);
        QFETCH(int, month);
        QFETCH(qint64, expected);
        Employment e;
        e.hire = hire;
        e.end = end;
        if (leaveStart.isValid())
            e.leaves.push_back({leaveStart, leaveEnd});
        const QuotaPlan plan = oneRep(e, RampProfile());
        QCOMPARE(plan.month(findNode(plan, QStringLiteral("REP-1")), month), expected);
        QCOMPARE(plan.checkInvariants(), QString());
    }

    // A departing rep and the new hire who follows share one territory's month by their days.
    void handover()
    {
        QuotaPlan plan = evenTree(1, 1, 1, 120000000, 2);
        const QuotaCalendar cal(1);
        Employment leaver{QDate(2019, 1, 1), QDate(2027, 4, 10), {}};
        Employment joiner{QDate(2027, 4, 11), QDate(), {}};
        plan.nodes[size_t(findNode(plan, QStringLiteral("REP-1")))].coverage =
            coverage(cal, 2027, leaver, {});
        plan.nodes[size_t(findNode(plan, QStringLiteral("REP-2")))].coverage =
            coverage(cal, 2027, joiner, {});
        plan.allocate();
        // April: 10 days and 20 days of 30 → 33,333.33 and 66,666.67 of 100,000.
        QCOMPARE(plan.month(findNode(plan, QStringLiteral("REP-1")), 3), qint64(3333333));
        QCOMPARE(plan.month(findNode(plan, QStringLiteral("REP-2")), 3), qint64(6666667));
        QCOMPARE(plan.notCoveredYear(findNode(plan, QStringLiteral("T1"))), qint64(0));
        QCOMPARE(plan.checkInvariants(), QString());
    }

    void evenToTheCent_data()
    {
        QTest::addColumn<int>("regions");
        QTest::addColumn<int>("districts");
        QTest::addColumn<int>("territories");
        QTest::addColumn<qint64>("unit");
        QTest::newRow("3×2×2 in cents") << 3 << 2 << 2 << qint64(1);
        QTest::newRow("4×3×5 in cents") << 4 << 3 << 5 << qint64(1);
        QTest::newRow("4×3×5 in $1,000") << 4 << 3 << 5 << qint64(100000);
        QTest::newRow("7×1×1 in $100") << 7 << 1 << 1 << qint64(10000);
    }
    // 123,456,789.01 evenly: every rep gets a quota, and all months of all reps sum to the target exactly.
    void evenToTheCent()
    {
        QFETCH(int, regions);
        QFETCH(int, districts);
        QFETCH(int, territories);
        QFETCH(qint64, unit);
        const qint64 target = 12345678901;
        QuotaPlan plan = evenTree(regions, districts, territories, target);
        plan.settings.unitCents = unit;
        plan.allocate();
        const int reps = regions * districts * territories;
        qint64 sum = 0;
        qint64 lowest = target, highest = 0;
        for (size_t i = 0; i < plan.nodes.size(); ++i) {
            if (plan.nodes[i].level != Level::Rep)
                continue;
            const qint64 y = plan.year(int(i));
            for (int m = 0; m < 12; ++m)
                sum += plan.month(int(i), m);
            lowest = std::min(lowest, y);
            highest = std::max(highest, y);
        }
        QCOMPARE(sum, target);
        QCOMPARE(plan.year(0), target);
        // Even: every rep within a few units of target ÷ reps (one unit per level, plus the odd cent).
        const qint64 exact = target / reps;
        QVERIFY2(lowest >= exact - 4 * unit && highest <= exact + 4 * unit + 1,
                 qPrintable(QStringLiteral("%1 .. %2 vs %3").arg(lowest).arg(highest).arg(exact)));
        QCOMPARE(plan.checkInvariants(), QString());
    }

    void overassignCompounds_data()
    {
        QTest::addColumn<qint64>("district");
        QTest::addColumn<qint64>("territory");
        QTest::addColumn<qint64>("territoryMonth");
        QTest::addColumn<qint64>("territoriesMonth");
        // Region month 100,000.00; districts +5% → 105,000.00 (52,500.00 each); territories +10% of each
        // district → 57,750.00 per district, 28,875.00 each; all territories 115,500.00 = 100,000 × 1.155.
        QTest::newRow("5% then 10%") << qint64(50000) << qint64(100000) << qint64(2887500)
                                     << qint64(11550000);
        // +3.3% → 103,300.00 (51,650.00 each); +7.7% → 55,627.05 per district (27,813.53 + 27,813.52);
        // in all 111,254.10 = 100,000 × 1.033 × 1.077 exactly.
        QTest::newRow("3.3% then 7.7%")
            << qint64(33000) << qint64(77000) << qint64(2781353) << qint64(11125410);
        QTest::newRow("none") << qint64(0) << qint64(0) << qint64(2500000) << qint64(10000000);
    }
    void overassignCompounds()
    {
        QFETCH(qint64, district);
        QFETCH(qint64, territory);
        QFETCH(qint64, territoryMonth);
        QFETCH(qint64, territoriesMonth);
        QuotaPlan plan = evenTree(1, 2, 2, 120000000);
        plan.settings.rules[size_t(Level::District)].overassign = Rate::fromMicros(district);
        plan.settings.rules[size_t(Level::Territory)].overassign = Rate::fromMicros(territory);
        plan.allocate();
        QCOMPARE(plan.month(findNode(plan, QStringLiteral("T1")), 0), territoryMonth);
        qint64 all = 0;
        for (const QString &t :
             {QStringLiteral("T1"), QStringLiteral("T2"), QStringLiteral("T3"), QStringLiteral("T4")})
            all += plan.month(findNode(plan, t), 0);
        QCOMPARE(all, territoriesMonth);
        QCOMPARE(plan.year(0), qint64(120000000));
        QCOMPARE(plan.checkInvariants(), QString());
    }

    // Three territories of 100,000.00 a month under one district (300,000.00).
    void locksAndOverrides_data()
    {
        QTest::addColumn<QString>("lockCode");
        QTest::addColumn<qint64>("value");
        QTest::addColumn<int>("mode");
        QTest::addColumn<qint64>("t1");
        QTest::addColumn<qint64>("t2");
        QTest::addColumn<qint64>("t3");
        QTest::addColumn<qint64>("district");
        // T2 locked, T1 set to 150,000: T3 takes what is left of the district's 300,000.
        QTest::newRow("lock T2, siblings")
            << QStringLiteral("T2") << qint64(15000000) << int(EditMode::Siblings) << qint64(15000000)
            << qint64(10000000) << qint64(5000000) << qint64(30000000);
        // No lock: T2 and T3 share the 150,000 left in proportion to what they had (75,000 each).
        QTest::newRow("no lock, siblings")
            << QString() << qint64(15000000) << int(EditMode::Siblings) << qint64(15000000) << qint64(7500000)
            << qint64(7500000) << qint64(30000000);
        // Parent follows: the district (and everything above) grows to 350,000.
        QTest::newRow("parent follows")
            << QString() << qint64(15000000) << int(EditMode::ParentFollows) << qint64(15000000)
            << qint64(10000000) << qint64(10000000) << qint64(35000000);
    }
    void locksAndOverrides()
    {
        QFETCH(QString, lockCode);
        QFETCH(qint64, value);
        QFETCH(int, mode);
        QFETCH(qint64, t1);
        QFETCH(qint64, t2);
        QFETCH(qint64, t3);
        QFETCH(qint64, district);
        QuotaPlan plan = evenTree(1, 1, 3, 360000000);
        plan.allocate();
        const QuotaPlan original = plan;
        std::vector<CellChange> all;
        if (!lockCode.isEmpty())
            all = plan.setLocked(findNode(plan, lockCode), 0, true);
        const auto changes = plan.setMonth(findNode(plan, QStringLiteral("T1")), 0, value, EditMode(mode));
        QCOMPARE(plan.month(findNode(plan, QStringLiteral("T1")), 0), t1);
        QCOMPARE(plan.month(findNode(plan, QStringLiteral("T2")), 0), t2);
        QCOMPARE(plan.month(findNode(plan, QStringLiteral("T3")), 0), t3);
        QCOMPARE(plan.month(findNode(plan, QStringLiteral("D1")), 0), district);
        QCOMPARE(plan.month(0, 0), district);
        QVERIFY(plan.nodes[size_t(findNode(plan, QStringLiteral("T1")))].cells[0].overridden);
        // The reps below follow their territories.
        QCOMPARE(plan.month(findNode(plan, QStringLiteral("REP-3")), 0), t3);
        QCOMPARE(plan.month(1, 1), qint64(30000000)); // other months untouched
        QCOMPARE(plan.checkInvariants(), QString());
        // Undo restores every cell exactly.
        plan.apply(changes, true);
        plan.apply(all, true);
        for (size_t i = 0; i < plan.nodes.size(); ++i)
            for (int m = 0; m < 12; ++m)
                QVERIFY(plan.nodes[i].cells[size_t(m)] == original.nodes[i].cells[size_t(m)]);
        QCOMPARE(plan.settings.target.cents(), qint64(360000000));
    }

    // Locked cells that leave no room: a clear error and nothing changed.
    void overLockedIsRefused()
    {
        QuotaPlan plan = evenTree(1, 1, 3, 360000000);
        plan.allocate();
        plan.setLocked(findNode(plan, QStringLiteral("T2")), 0, true);
        plan.setLocked(findNode(plan, QStringLiteral("T3")), 0, true);
        const QuotaPlan before = plan;
        // T1 cannot move: its siblings are locked, so the district (and region) follow; the district's
        // siblings are none, so the change climbs to the company. Make T2 unlocked to force a real refusal:
        plan.setLocked(findNode(plan, QStringLiteral("T3")), 0, false);
        QVERIFY_THROWS_EXCEPTION(TesseraError, plan.setMonth(findNode(plan, QStringLiteral("T1")), 0,
                                                             25000000, EditMode::Siblings));
        QCOMPARE(plan.month(findNode(plan, QStringLiteral("T1")), 0), qint64(10000000));
        QCOMPARE(plan.month(findNode(plan, QStringLiteral("T3")), 0), qint64(10000000));
        QCOMPARE(plan.checkInvariants(), QString());
        Q_UNUSED(before);
    }

    // A rep alone in the territory: the territory takes the change and the sibling territories rebalance.
    void loneRepEscalates()
    {
        QuotaPlan plan = evenTree(1, 1, 3, 360000000);
        plan.allocate();
        plan.setMonth(findNode(plan, QStringLiteral("REP-1")), 0, 12000000, EditMode::Siblings);
        QCOMPARE(plan.month(findNode(plan, QStringLiteral("T1")), 0), qint64(12000000));
        QCOMPARE(plan.month(findNode(plan, QStringLiteral("T2")), 0), qint64(9000000));
        QCOMPARE(plan.month(findNode(plan, QStringLiteral("T3")), 0), qint64(9000000));
        QCOMPARE(plan.month(findNode(plan, QStringLiteral("D1")), 0), qint64(30000000));
        QCOMPARE(plan.checkInvariants(), QString());
    }

    // A quarter typed in is split like the months it had.
    void quarterEdit()
    {
        QuotaPlan plan = evenTree(1, 1, 3, 360000000);
        plan.allocate();
        plan.setMonths(findNode(plan, QStringLiteral("T1")), {3, 4, 5}, 33000000, EditMode::Siblings);
        for (int m = 3; m < 6; ++m) {
            QCOMPARE(plan.month(findNode(plan, QStringLiteral("T1")), m), qint64(11000000));
            QCOMPARE(plan.month(findNode(plan, QStringLiteral("T2")), m), qint64(9500000));
        }
        QCOMPARE(plan.year(0), qint64(360000000));
        QCOMPARE(plan.checkInvariants(), QString());
    }

    // Methods: prior-year weights split 3:1, a 50/50 blend of prior-year (3:1) and potential (1:3) is even.
    void methods_data()
    {
        QTest::addColumn<int>("method");
        QTest::addColumn<qint64>("first");
        QTest::newRow("even") << int(Method::Even) << qint64(6000000);
        QTest::newRow("prior-year") << int(Method::PriorYear) << qint64(9000000);
        QTest::newRow("t12m") << int(Method::Trailing12) << qint64(4000000);
        QTest::newRow("potential") << int(Method::Potential) << qint64(3000000);
        QTest::newRow("blend") << int(Method::Blend) << qint64(6000000);
    }
    void methods()
    {
        QFETCH(int, method);
        QFETCH(qint64, first);
        QuotaPlan plan = evenTree(1, 1, 2, 144000000);
        QuotaNode &a = plan.nodes[size_t(findNode(plan, QStringLiteral("T1")))];
        QuotaNode &b = plan.nodes[size_t(findNode(plan, QStringLiteral("T2")))];
        a.priorYear = 300;
        b.priorYear = 100;
        a.trailing12 = 100;
        b.trailing12 = 100 * 2;
        a.potential = 1000;
        b.potential = 3000;
        plan.settings.rules[size_t(Level::Territory)].method = Method(method);
        plan.allocate();
        QCOMPARE(plan.month(findNode(plan, QStringLiteral("T1")), 0), first);
        QCOMPARE(plan.checkInvariants(), QString());
    }

    void fourFourFive()
    {
        const QuotaCalendar cal(1, QuotaCalendar::Pattern::FourFourFive);
        QCOMPARE(cal.month(2027, 1).start, QDate(2027, 1, 1));
        QCOMPARE(cal.month(2027, 1).days(), 28);
        QCOMPARE(cal.month(2027, 3).days(), 35);
        QCOMPARE(cal.month(2027, 4).start, QDate(2027, 4, 2));
        QCOMPARE(cal.month(2027, 12).end, QDate(2027, 12, 31));
        QCOMPARE(cal.month(2027, 12).days(), 36);
        int fy = 0, m = 0;
        cal.locate(QDate(2027, 1, 29), &fy, &m);
        QCOMPARE(m, 2);
        cal.locate(QDate(2027, 12, 31), &fy, &m);
        QCOMPARE(m, 12);
        int total = 0;
        for (int k = 1; k <= 12; ++k)
            total += cal.month(2027, k).days();
        QCOMPARE(total, 365);
    }
};

QTEST_GUILESS_MAIN(TestQuotaPlan)
#include "tst_quotaplan.moc"
