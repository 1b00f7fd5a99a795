// Quotas in the plan file and through tessera-cli: allocate, export, errors that name file/row/field, the
// one-transaction rule, 4-4-5 with ramps, fairness, reconciliation, edits saved and reloaded, the demo.
#include "../core/testutil.h"
#include "quotafixture.h"

#include "demo/demogenerator.h"
#include "quota/quotastore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;
using namespace tessera::quota;

class TestQuotaStore : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_plans = 0;

    using Result = testutil::CliResult;
    static Result run(const QStringList &args) { return testutil::runCli(args); }
    QString newPlan()
    {
        const QString path = m_dir.filePath(QStringLiteral("plan%1.tessera").arg(++m_plans));
        quotatest::makeFixturePlan(path);
        return path;
    }
    QString writeText(const QString &name, const QByteArray &text)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(text);
        return path;
    }
    static qint64 scalar(const QString &plan, const QString &sql)
    {
        auto store = PlanStore::open(plan, PlanStore::Access::ReadOnly);
        return store->scalar(sql).toLongLong();
    }

private slots:
    void allocateAndExport()
    {
        const QString plan = newPlan();
        const QString even =
            writeText(QStringLiteral("even.csv"), "month,weight\n1,1\n2,1\n3,1\n4,1\n5,1\n6,1\n7,1\n"
                                                  "8,1\n9,1\n10,1\n11,1\n12,1\n");
        const Result r =
            run({QStringLiteral("quota"), QStringLiteral("allocate"), plan, QStringLiteral("--year"),
                 QStringLiteral("2027"), QStringLiteral("--target"), QStringLiteral("1000000.01"),
                 QStringLiteral("--method"), QStringLiteral("even"), QStringLiteral("--seasonality"), even});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // 13 nodes (company, 2 regions, 2 districts, 4 territories, 4 reps) × 12 months.
        QCOMPARE(scalar(plan, QStringLiteral("SELECT COUNT(*) FROM quotas WHERE fiscal_year = 2027")),
                 qint64(13 * 12));
        QCOMPARE(
            scalar(plan, QStringLiteral("SELECT SUM(amount_cents) FROM quotas WHERE rep_id IS NOT NULL")),
            qint64(100000001));
        const QString csv = m_dir.filePath(QStringLiteral("out.csv"));
        const Result e =
            run({QStringLiteral("quota"), QStringLiteral("export"), plan, QStringLiteral("--year"),
                 QStringLiteral("2027"), QStringLiteral("--out"), csv});
        QVERIFY2(e.code == 0, qPrintable(e.err));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.value(0), QStringLiteral("rep_id,rep_name,territory,period,quota"));
        QCOMPARE(lines.size(), 1 + 4 * 12);
        qint64 sum = 0;
        QMap<QString, qint64> perRep;
        const QRegularExpression period(QStringLiteral("^2027-(0[1-9]|1[0-2])$"));
        for (int i = 1; i < lines.size(); ++i) {
            const QStringList c = lines[i].split(QLatin1Char(','));
            QVERIFY2(period.match(c.value(3)).hasMatch(), qPrintable(lines[i]));
            const auto m = Money::parse(c.value(4));
            QVERIFY(m);
            sum += m->cents();
            perRep[c.value(0)] += m->cents();
        }
        QCOMPARE(sum, qint64(100000001));
        // Even: 250,000.00 each, the odd cent on one rep.
        for (const QString &rep :
             {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")})
            QVERIFY2(perRep[rep] == 25000000 || perRep[rep] == 25000001, qPrintable(rep));
    }

    void badSeasonalityNamesRowAndLeavesPlan()
    {
        const QString plan = newPlan();
        QCOMPARE(run({QStringLiteral("quota"), QStringLiteral("allocate"), plan, QStringLiteral("--year"),
                      QStringLiteral("2027"), QStringLiteral("--target"), QStringLiteral("500000")})
                     .code,
                 0);
        const qint64 before = scalar(plan, QStringLiteral("SELECT SUM(amount_cents) FROM quotas"));
        const QString bad = writeText(QStringLiteral("bad.csv"), "month,weight\n1,0.5\n13,0.5\n");
        const Result r = run({QStringLiteral("quota"), QStringLiteral("allocate"), plan,
                              QStringLiteral("--year"), QStringLiteral("2027"), QStringLiteral("--target"),
                              QStringLiteral("900000"), QStringLiteral("--seasonality"), bad});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(bad) && r.err.contains(QLatin1String("row 3")) &&
                     r.err.contains(QLatin1String("field 'month'")),
                 qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QCOMPARE(scalar(plan, QStringLiteral("SELECT SUM(amount_cents) FROM quotas")), before);
        const Result t =
            run({QStringLiteral("quota"), QStringLiteral("allocate"), plan, QStringLiteral("--year"),
                 QStringLiteral("2027"), QStringLiteral("--target"), QStringLiteral("12.345")});
        QCOMPARE(t.code, 1);
        QVERIFY(t.err.contains(QLatin1String("target")));
    }

    void priorYearMethod()
    {
        const QString plan = newPlan();
        const Result r =
            run({QStringLiteral("quota"), QStringLiteral("allocate"), plan, QStringLiteral("--year"),
                 QStringLiteral("2027"), QStringLiteral("--target"), QStringLiteral("1200000"),
                 QStringLiteral("--method"), QStringLiteral("prior-year")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        auto store = PlanStore::open(plan, PlanStore::Access::ReadOnly);
        const QuotaPlan p = loadPlan(*store, 2027);
        QCOMPARE(p.checkInvariants(), QString());
        auto yearOf = [&](const QString &code) {
            for (size_t i = 0; i < p.nodes.size(); ++i)
                if (p.nodes[i].code == code)
                    return p.year(int(i));
            return qint64(-1);
        };
        // R1 booked 400,000 of 600,000 → 800,000; T1 booked 300,000 of R1's 400,000 → 600,000.
        QCOMPARE(yearOf(QStringLiteral("R1")), qint64(80000000));
        QCOMPARE(yearOf(QStringLiteral("T1")), qint64(60000000));
        QCOMPARE(yearOf(QStringLiteral("T4")), qint64(0));
        // History seasonality: bookings in March, June and December only (300:200:100).
        QCOMPARE(p.month(0, 2), qint64(60000000));
        QCOMPARE(p.month(0, 0), qint64(0));
    }

    void fourFourFiveWithRamp()
    {
        const QString plan = newPlan();
        const Result r =
            run({QStringLiteral("quota"), QStringLiteral("allocate"), plan, QStringLiteral("--year"),
                 QStringLiteral("2027"), QStringLiteral("--target"), QStringLiteral("1200000"),
                 QStringLiteral("--calendar"), QStringLiteral("4-4-5"), QStringLiteral("--ramp"),
                 QStringLiteral("0,25%,50%"), QStringLiteral("--method"), QStringLiteral("even")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        auto store = PlanStore::open(plan, PlanStore::Access::ReadOnly);
        const QuotaPlan p = loadPlan(*store, 2027);
        QCOMPARE(p.monthDays[0], 28);
        QCOMPARE(p.monthDays[2], 35);
        int d = -1, t4 = -1;
        for (size_t i = 0; i < p.nodes.size(); ++i) {
            if (p.nodes[i].code == QLatin1String("D"))
                d = int(i);
            if (p.nodes[i].code == QLatin1String("T4"))
                t4 = int(i);
        }
        // Rep D, hired on the first day of FY2027, ramps 0% / 25% / 50% of the territory's months.
        QCOMPARE(p.month(d, 0), qint64(0));
        QCOMPARE(p.month(d, 1), Money::fromCents(p.month(t4, 1)).multipliedBy(1, 4).cents());
        QCOMPARE(p.month(d, 2), Money::fromCents(p.month(t4, 2)).multipliedBy(1, 2).cents());
        QCOMPARE(p.month(d, 3), p.month(t4, 3));
        QCOMPARE(p.checkInvariants(), QString());
    }

    void fairnessAndReconcile()
    {
        const QString plan = newPlan();
        QCOMPARE(run({QStringLiteral("quota"), QStringLiteral("allocate"), plan, QStringLiteral("--year"),
                      QStringLiteral("2027"), QStringLiteral("--target"), QStringLiteral("1000000"),
                      QStringLiteral("--method"), QStringLiteral("even")})
                     .code,
                 0);
        const Result f = run({QStringLiteral("quota"), QStringLiteral("fairness"), plan,
                              QStringLiteral("--year"), QStringLiteral("2027"), QStringLiteral("--json")});
        QCOMPARE(f.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(f.out.toUtf8()).object();
        // Quota 250,000 each over potential 1, 2, 3, 4 million: ratios .25, .125, .0833, .0625.
        const QJsonArray terr = o.value(QStringLiteral("territories")).toArray();
        QCOMPARE(terr.size(), 4);
        QCOMPARE(terr[0].toObject().value(QStringLiteral("quota_to_potential")).toDouble(), 0.25);
        QVERIFY(o.value(QStringLiteral("territory_cv")).toDouble() > 0.5);
        // Three reps with a prior year: A booked 300,000 ≥ 250,000; B 100,000 and C 200,000 (80%) do not
        // reach 100%; C reaches 80%.
        QCOMPARE(o.value(QStringLiteral("reps_with_history")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("reach_100")).toDouble(), 1.0 / 3.0);
        QCOMPARE(o.value(QStringLiteral("reach_80")).toDouble(), 2.0 / 3.0);

        const QString subs = writeText(QStringLiteral("subs.csv"), "code,amount\nT1,300000\nT2,150000.50\n");
        const Result rec =
            run({QStringLiteral("quota"), QStringLiteral("reconcile"), plan, QStringLiteral("--year"),
                 QStringLiteral("2027"), QStringLiteral("--submissions"), subs});
        QVERIFY2(rec.code == 0, qPrintable(rec.err));
        QVERIFY2(rec.out.contains(QLatin1String("D1,D1,district,500000.00,450000.50,-49999.50")),
                 qPrintable(rec.out));
        QVERIFY(rec.out.contains(QLatin1String("T1,T1,territory,250000.00,300000.00,50000.00")));
        const QString wrong = writeText(QStringLiteral("wrong.csv"), "code,amount\nT9,1\n");
        const Result bad =
            run({QStringLiteral("quota"), QStringLiteral("reconcile"), plan, QStringLiteral("--year"),
                 QStringLiteral("2027"), QStringLiteral("--submissions"), wrong});
        QCOMPARE(bad.code, 1);
        QVERIFY(bad.err.contains(QLatin1String("row 2")) && bad.err.contains(QLatin1String("field 'code'")));
    }

    // An edit saved cell by cell reloads to the same plan; undo restores the file's numbers; a re-allocation
    // keeps the locked cell.
    void editsSaveAndReload()
    {
        const QString plan = newPlan();
        QCOMPARE(run({QStringLiteral("quota"), QStringLiteral("allocate"), plan, QStringLiteral("--year"),
                      QStringLiteral("2027"), QStringLiteral("--target"), QStringLiteral("1200000"),
                      QStringLiteral("--method"), QStringLiteral("even")})
                     .code,
                 0);
        auto store = PlanStore::open(plan);
        QuotaPlan p = loadPlan(*store, 2027);
        int t1 = -1;
        for (size_t i = 0; i < p.nodes.size(); ++i)
            if (p.nodes[i].code == QLatin1String("T1"))
                t1 = int(i);
        // History seasonality puts 300:200:100 in March, June, December: T1's March is 150,000.00.
        QCOMPARE(p.month(t1, 2), qint64(15000000));
        const auto changes = p.setMonth(t1, 2, 20000000, EditMode::Siblings);
        saveChanges(*store, p, changes, false, QStringLiteral("T1 March"));
        QuotaPlan again = loadPlan(*store, 2027);
        QCOMPARE(again.checkInvariants(), QString());
        for (size_t i = 0; i < p.nodes.size(); ++i)
            for (int m = 0; m < 12; ++m)
                QVERIFY(again.nodes[i].cells[size_t(m)] == p.nodes[i].cells[size_t(m)]);
        QCOMPARE(again.month(t1, 2), qint64(20000000));
        QVERIFY(again.nodes[size_t(t1)].cells[2].locked);

        p.apply(changes, true);
        saveChanges(*store, p, changes, true, QStringLiteral("T1 March"));
        const QuotaPlan undone = loadPlan(*store, 2027);
        QVERIFY(!undone.nodes[size_t(t1)].cells[2].locked);
        QCOMPARE(undone.month(t1, 2), qint64(15000000));
        QCOMPARE(scalar(plan, QStringLiteral("SELECT COUNT(*) FROM change_log WHERE entity = 'quota'")),
                 qint64(2));

        // Redo, then a new allocation of twice the target keeps the locked cell.
        p.apply(changes, false);
        saveChanges(*store, p, changes, false, QStringLiteral("T1 March"));
        QuotaSetup setup = loadSetup(*store, 2027);
        setup.settings.target = Money::fromUnits(2400000);
        const QuotaPlan doubled = allocateAndSave(*store, setup);
        QCOMPARE(doubled.month(t1, 2), qint64(20000000));     // locked
        QCOMPARE(doubled.month(t1 + 1, 2), qint64(40000000)); // T2: D1's 600,000.00 less T1
        QCOMPARE(doubled.month(t1, 5), qint64(20000000));     // June: 2,400,000 × 200/600 ÷ 4
        QCOMPARE(doubled.checkInvariants(), QString());
    }

    // Leaves in the plan file are prorated out: two weeks of a 28-day February halve rep A's month.
    void leavesFromThePlan()
    {
        const QString plan = newPlan();
        const Result leave =
            run({QStringLiteral("quota"), QStringLiteral("leave"), plan, QStringLiteral("--rep"),
                 QStringLiteral("A"), QStringLiteral("--from"), QStringLiteral("2027-02-15"),
                 QStringLiteral("--to"), QStringLiteral("2027-02-28")});
        QVERIFY2(leave.code == 0, qPrintable(leave.err));
        const Result unknown =
            run({QStringLiteral("quota"), QStringLiteral("leave"), plan, QStringLiteral("--rep"),
                 QStringLiteral("Z"), QStringLiteral("--from"), QStringLiteral("2027-02-15"),
                 QStringLiteral("--to"), QStringLiteral("2027-02-28")});
        QCOMPARE(unknown.code, 1);
        QVERIFY(unknown.err.contains(QLatin1String("field 'rep'")));
        QCOMPARE(run({QStringLiteral("quota"), QStringLiteral("allocate"), plan, QStringLiteral("--year"),
                      QStringLiteral("2027"), QStringLiteral("--target"), QStringLiteral("1200000"),
                      QStringLiteral("--method"), QStringLiteral("even"), QStringLiteral("--seasonality"),
                      writeText(QStringLiteral("flat.csv"), "1,1\n2,1\n3,1\n4,1\n5,1\n6,1\n7,1\n8,1\n9,1\n"
                                                            "10,1\n11,1\n12,1\n")})
                     .code,
                 0);
        const QString sql =
            QStringLiteral("SELECT amount_cents FROM quotas q JOIN reps r ON r.id = q.rep_id WHERE "
                           "r.external_id = 'A' AND q.month = %1");
        QCOMPARE(scalar(plan, sql.arg(1)), qint64(2500000)); // 100,000 ÷ 4 territories
        QCOMPARE(scalar(plan, sql.arg(2)), qint64(1250000)); // 14 of 28 days
        QCOMPARE(scalar(plan, QStringLiteral("SELECT amount_cents FROM quotas q JOIN org_nodes o ON o.id = "
                                             "q.org_node_id WHERE o.code = 'T1' AND q.month = 2")),
                 qint64(2500000)); // the territory keeps its quota
    }

    void demoQuotas()
    {
        const QString path = m_dir.filePath(QStringLiteral("demo.tessera"));
        DemoOptions o;
        o.reps = 16;
        o.accounts = 400;
        o.opportunities = 3000;
        generateDemoPlan(path, o);
        auto store = PlanStore::open(path, PlanStore::Access::ReadOnly);
        const QuotaPlan p = loadPlan(*store, 2027);
        QCOMPARE(p.checkInvariants(), QString());
        const qint64 booked =
            store
                ->scalar(QStringLiteral("SELECT SUM(amount_cents) FROM opportunities WHERE "
                                        "is_won = 1 AND close_date BETWEEN '2026-01-01' AND "
                                        "'2026-12-31'"))
                .toLongLong();
        // 1.1 × FY2026 rounded up to $10,000.
        QVERIFY(p.year(0) >= booked * 11 / 10 && p.year(0) < booked * 11 / 10 + 1000000);
        QCOMPARE(p.year(0) % 1000000, qint64(0));
        QCOMPARE(
            store
                ->scalar(QStringLiteral("SELECT SUM(amount_cents) FROM quotas WHERE fiscal_year = 2027 AND "
                                        "org_node_id = (SELECT id FROM org_nodes WHERE parent_id IS NULL)"))
                .toLongLong(),
            p.year(0));
        int reps = 0;
        for (const QuotaNode &n : p.nodes)
            reps += n.level == Level::Rep ? 1 : 0;
        QVERIFY(reps >= 16);
        QCOMPARE(
            store->scalar(QStringLiteral("SELECT COUNT(*) FROM quota_seasonality WHERE fiscal_year = 2027"))
                .toInt(),
            12);
    }
};

QTEST_GUILESS_MAIN(TestQuotaStore)
#include "tst_quotastore.moc"
