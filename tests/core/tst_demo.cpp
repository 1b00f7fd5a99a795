#include "demo/demogenerator.h"
#include "store/planstore.h"

#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;

class TestDemo : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    static QStringList dump(PlanStore &store)
    {
        QStringList rows;
        for (const QString &table : {QStringLiteral("org_nodes"), QStringLiteral("reps"),
                                     QStringLiteral("accounts"), QStringLiteral("opportunities")}) {
            QSqlQuery q = store.query(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table));
            while (q.next()) {
                QStringList cells;
                for (int i = 0; i < q.record().count(); ++i)
                    cells << q.value(i).toString();
                rows << cells.join(QLatin1Char('|'));
            }
        }
        return rows;
    }

private slots:
    void sameSeedSamePlan()
    {
        DemoOptions o;
        o.reps = 24;
        o.accounts = 800;
        o.opportunities = 3000;
        const QString a = m_dir.filePath(QStringLiteral("a.tessera"));
        const QString b = m_dir.filePath(QStringLiteral("b.tessera"));
        const QString c = m_dir.filePath(QStringLiteral("c.tessera"));
        generateDemoPlan(a, o);
        generateDemoPlan(b, o);
        o.seed = 7;
        generateDemoPlan(c, o);
        auto sa = PlanStore::open(a, PlanStore::Access::ReadOnly);
        auto sb = PlanStore::open(b, PlanStore::Access::ReadOnly);
        auto sc = PlanStore::open(c, PlanStore::Access::ReadOnly);
        const QStringList da = dump(*sa);
        // 800 accounts + 3000 opportunities + the organisation and its reps
        QVERIFY(da.size() > 3800);
        QCOMPARE(sa->scalar(QStringLiteral("SELECT COUNT(*) FROM opportunities")).toInt(), 3000);
        QCOMPARE(dump(*sb), da);
        QVERIFY(dump(*sc) != da);
    }

    void demoIsRealistic()
    {
        DemoOptions o; // the default demo: 60 reps
        const QString file = m_dir.filePath(QStringLiteral("demo.tessera"));
        const DemoSummary s = generateDemoPlan(file, o);
        QCOMPARE(s.regions, 4);
        QCOMPARE(s.districts, 12);
        QCOMPARE(s.territories, 60);
        auto store = PlanStore::open(file, PlanStore::Access::ReadOnly);
        QVERIFY(store->check().ok);
        // Every territory has exactly one active rep on the as-of date, and every AE has a manager.
        QCOMPARE(
            store
                ->scalar(QStringLiteral("SELECT COUNT(*) FROM org_nodes t WHERE t.level = 'territory' AND "
                                        "(SELECT COUNT(*) FROM reps r WHERE r.territory_id = t.id AND "
                                        "(r.end_date IS NULL OR r.end_date >= '2027-06-30')) = 1"))
                .toInt(),
            60);
        QCOMPARE(store->scalar(QStringLiteral("SELECT COUNT(*) FROM reps WHERE manager_id IS NULL")).toInt(),
                 1);
        // History is closed, the second half of 2027 is open pipeline.
        QCOMPARE(
            store
                ->scalar(QStringLiteral(
                    "SELECT COUNT(*) FROM opportunities WHERE close_date <= '2027-06-30' AND is_closed = 0"))
                .toInt(),
            0);
        QCOMPARE(
            store
                ->scalar(QStringLiteral(
                    "SELECT COUNT(*) FROM opportunities WHERE close_date > '2027-06-30' AND is_closed = 1"))
                .toInt(),
            0);
        const double winRate =
            store->scalar(QStringLiteral("SELECT AVG(is_won) FROM opportunities WHERE is_closed = 1"))
                .toDouble();
        QVERIFY2(winRate > 0.2 && winRate < 0.45, qPrintable(QString::number(winRate)));
        QVERIFY(
            store->scalar(QStringLiteral("SELECT COUNT(*) FROM opportunities WHERE close_date LIKE '2026-%'"))
                .toInt() > 5000);
        // Accounts follow population: California has more accounts than Wyoming, and all have a ZIP.
        QVERIFY(
            store->scalar(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE state = 'CA'")).toInt() >
            10 * store->scalar(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE state = 'WY'")).toInt());
        QCOMPARE(store
                     ->scalar(QStringLiteral(
                         "SELECT COUNT(*) FROM accounts WHERE postal_code IS NULL OR postal_code = ''"))
                     .toInt(),
                 0);
    }

    void cancelLeavesNoFile()
    {
        DemoOptions o;
        const QString file = m_dir.filePath(QStringLiteral("cancelled.tessera"));
        QVERIFY_THROWS_EXCEPTION(
            TesseraError,
            generateDemoPlan(file, o, [](qint64 done, qint64, const QString &) { return done < 5; }));
        QVERIFY(!QFile::exists(file));
        QVERIFY(!QFile::exists(file + QStringLiteral(".part")));
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
