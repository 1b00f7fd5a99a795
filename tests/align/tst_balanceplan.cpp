// Balancing a level stored in a plan: measures and blends from the plan, locks and seeds files, new
// territories, the one-transaction write, minimal disruption, and `tessera-cli align balance`.
#include "gridplan.h"

#include "align/balancerun.h"
#include "common/error.h"
#include "store/planstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace tessera;
using namespace tessera::align;

class TestBalancePlan : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_plans = 0;
    const qint64 m_t1 = 2, m_t2 = 3; // territory ids in the grid plan

    QString makePlan()
    {
        const QString path = m_dir.filePath(QStringLiteral("plan%1.tessera").arg(++m_plans));
        testgraphs::makeGridPlan(path);
        return path;
    }

    QString writeCsv(const QString &name, const QByteArray &text)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(text);
        return path;
    }

    static BalanceRequest request(int k, const QString &measure = QStringLiteral("accounts"))
    {
        BalanceRequest r;
        r.level = QStringLiteral("grid");
        r.territories = k;
        r.measure = MeasureSpec::single(measure);
        return r;
    }

    static qint64 count(const PlanStore &s, const QString &sql) { return s.scalar(sql).toLongLong(); }

private slots:
    void measuresAndBlends()
    {
        const auto store = PlanStore::open(makePlan());
        const UnitGraph accounts =
            loadUnitGraph(*store, QStringLiteral("grid"), MeasureSpec::single(QStringLiteral("accounts")));
        QCOMPARE(accounts.unitCount(), 16);
        QCOMPARE(accounts.edgeCount(), 24);
        QCOMPARE(accounts.totalWeight(), 16.0);
        const UnitGraph potential =
            loadUnitGraph(*store, QStringLiteral("grid"), MeasureSpec::single(QStringLiteral("potential")));
        QCOMPARE(potential.weight[0], 100.0); // $100 in currency units
        QCOMPARE(potential.weight[15], 1600.0);
        const UnitGraph households =
            loadUnitGraph(*store, QStringLiteral("grid"), MeasureSpec::single(QStringLiteral("households")));
        QCOMPARE(households.totalWeight(), 160.0);
        // 60 % potential + 40 % accounts, each as a share of its total: potential total is $13,600.
        const UnitGraph blend =
            loadUnitGraph(*store, QStringLiteral("grid"),
                          MeasureSpec::parseBlend(QStringLiteral("potential=0.6,accounts=0.4")));
        QVERIFY(std::abs(blend.weight[0] - (60.0 * 100 / 13600 + 40.0 / 16)) < 1e-9);
        QVERIFY(std::abs(blend.totalWeight() - 100.0) < 1e-9);

        try {
            loadUnitGraph(*store, QStringLiteral("grid"), MeasureSpec::single(QStringLiteral("revnue")));
            QFAIL("unknown measure accepted");
        } catch (const TesseraError &e) {
            QVERIFY(e.message().contains(QLatin1String("households")));
            QCOMPARE(e.field(), QStringLiteral("measure"));
        }
        try {
            loadUnitGraph(*store, QStringLiteral("zips"), MeasureSpec::single(QStringLiteral("accounts")));
            QFAIL("unknown level accepted");
        } catch (const TesseraError &e) {
            QVERIFY(e.message().contains(QLatin1String("grid")));
        }
    }

    void freshWritesOneTransaction()
    {
        const auto store = PlanStore::open(makePlan());
        BalanceReport rep = planBalance(*store, request(3));
        QCOMPARE(count(*store, QStringLiteral("SELECT COUNT(*) FROM unit_assignments")),
                 0); // nothing written yet
        applyBalance(*store, rep);
        QCOMPARE(count(*store, QStringLiteral(
                                   "SELECT COUNT(*) FROM unit_assignments WHERE territory_id IS NOT NULL")),
                 16);
        // K = 3 above the plan's 2 territories: one new territory under the company.
        QCOMPARE(count(*store, QStringLiteral("SELECT COUNT(*) FROM org_nodes WHERE level = 'territory'")),
                 3);
        QCOMPARE(store->scalar(QStringLiteral("SELECT parent_id FROM org_nodes WHERE code = 'NEW001'"))
                     .toLongLong(),
                 1);
        QVERIFY(rep.territories[2].created);
        QVERIFY(rep.result.metrics.allContiguous);
        QCOMPARE(count(*store, QStringLiteral("SELECT COUNT(*) FROM change_log WHERE entity = 'alignment'")),
                 1);
        // 16 accounts into 3: 6, 5, 5 at best.
        QVERIFY(std::abs(rep.result.metrics.maxDeviation - (6.0 / (16.0 / 3) - 1)) < 1e-9);
        const QJsonObject json = rep.toJson();
        QCOMPARE(json.value(QStringLiteral("territories")).toArray().size(), 3);
        QVERIFY(rep.toText().contains(QLatin1String("NEW001")));
    }

    void locksAndSeeds()
    {
        const auto store = PlanStore::open(makePlan());
        BalanceRequest r = request(2);
        r.locksFile = writeCsv(QStringLiteral("locks.csv"), "unit,territory\n\"0,0\",T2\n\"1,0\",T2\n");
        r.seedsFile = writeCsv(QStringLiteral("seeds.csv"), "rep,unit\nR1,\"3,3\"\n");
        BalanceReport rep = planBalance(*store, r);
        applyBalance(*store, rep);
        auto territoryOf = [&](const QString &code) {
            return store
                ->scalar(QStringLiteral("SELECT ua.territory_id FROM unit_assignments ua JOIN geo_units u ON "
                                        "u.id = ua.unit_id WHERE u.code = ?"),
                         {code})
                .toLongLong();
        };
        QCOMPARE(territoryOf(QStringLiteral("0,0")), m_t2);
        QCOMPARE(territoryOf(QStringLiteral("1,0")), m_t2);
        QCOMPARE(territoryOf(QStringLiteral("3,3")), m_t1);
        QCOMPARE(rep.result.metrics.maxDeviation, 0.0);

        BalanceRequest bad = request(2);
        bad.locksFile = writeCsv(QStringLiteral("bad.csv"), "unit,territory\n\"0,0\",T9\n");
        try {
            planBalance(*store, bad);
            QFAIL("unknown territory accepted");
        } catch (const TesseraError &e) {
            QCOMPARE(e.row(), 2);
            QCOMPARE(e.field(), QStringLiteral("territory"));
            QVERIFY(e.file().endsWith(QLatin1String("bad.csv")));
        }
        // One unit pinned to both territories.
        bad.locksFile = writeCsv(QStringLiteral("twice.csv"), "unit,territory\n\"0,0\",T1\n\"0,0\",T2\n");
        QVERIFY_THROWS_EXCEPTION(TesseraError, planBalance(*store, bad));
        bad.locksFile.clear();
        bad.seedsFile = writeCsv(QStringLiteral("noseed.csv"), "rep\nR1\n"); // no home unit on the level
        QVERIFY_THROWS_EXCEPTION(TesseraError, planBalance(*store, bad));
    }

    void minimalKeepsABalancedAlignment()
    {
        const auto store = PlanStore::open(makePlan());
        BalanceReport first = planBalance(*store, request(2));
        applyBalance(*store, first);
        BalanceRequest r = request(0, QStringLiteral("households"));
        r.mode = BalanceMode::MinimalDisruption;
        BalanceReport again = planBalance(*store, r);
        QCOMPARE(again.result.metrics.moved.units, 0);
        QCOMPARE(again.after, again.before);
        r.territories = 3;
        QVERIFY_THROWS_EXCEPTION(TesseraError, planBalance(*store, r)); // minimal keeps the 2 in use
    }

    void minimalNeedsAnAlignment()
    {
        const auto store = PlanStore::open(makePlan());
        BalanceRequest r = request(0);
        r.mode = BalanceMode::MinimalDisruption;
        QVERIFY_THROWS_EXCEPTION(TesseraError, planBalance(*store, r));
    }

    void cli()
    {
        const QString plan = makePlan();
        auto run = [](const QStringList &args) {
            QProcess p;
            p.start(QStringLiteral(TESSERA_CLI), args);
            p.waitForFinished(60000);
            return std::make_tuple(p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                                   QString::fromUtf8(p.readAllStandardError()));
        };
        const auto [code, out, err] = run(
            {QStringLiteral("align"), QStringLiteral("balance"), plan, QStringLiteral("--level"),
             QStringLiteral("grid"), QStringLiteral("--territories"), QStringLiteral("2"),
             QStringLiteral("--blend"), QStringLiteral("households=1,accounts=1"), QStringLiteral("--json")});
        QVERIFY2(code == 0, qPrintable(err));
        const QJsonObject o = QJsonDocument::fromJson(out.toUtf8()).object();
        const QJsonObject totals = o.value(QStringLiteral("totals")).toObject();
        QCOMPARE(totals.value(QStringLiteral("maxDeviation")).toDouble(), 0.0);
        QVERIFY(totals.value(QStringLiteral("allContiguous")).toBool());
        {
            const auto store = PlanStore::open(plan);
            QCOMPARE(count(*store, QStringLiteral("SELECT COUNT(*) FROM unit_assignments")), 16);
        }
        const auto [badCode, badOut, badErr] =
            run({QStringLiteral("align"), QStringLiteral("balance"), plan, QStringLiteral("--level"),
                 QStringLiteral("grid"), QStringLiteral("--territories"), QStringLiteral("40"),
                 QStringLiteral("--measure"), QStringLiteral("accounts")});
        QCOMPARE(badCode, 1);
        QVERIFY2(badErr.contains(QLatin1String("16 units")), qPrintable(badErr));
        const auto [modeCode, modeOut, modeErr] =
            run({QStringLiteral("align"), QStringLiteral("balance"), plan, QStringLiteral("--level"),
                 QStringLiteral("grid"), QStringLiteral("--measure"), QStringLiteral("accounts"),
                 QStringLiteral("--mode"), QStringLiteral("sideways")});
        QCOMPARE(modeCode, 1);
        const auto [textCode, text, textErr] =
            run({QStringLiteral("align"), QStringLiteral("balance"), plan, QStringLiteral("--level"),
                 QStringLiteral("grid"), QStringLiteral("--measure"), QStringLiteral("accounts"),
                 QStringLiteral("--mode"), QStringLiteral("minimal"), QStringLiteral("--dry-run")});
        QVERIFY2(textCode == 0, qPrintable(textErr));
        QVERIFY(text.contains(QLatin1String("Moved 0 units")));
    }
};

QTEST_GUILESS_MAIN(TestBalancePlan)
#include "tst_balanceplan.moc"
