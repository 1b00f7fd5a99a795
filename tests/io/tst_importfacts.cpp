// A bulk opportunity import bypasses the forecast_facts triggers and rebuilds the facts it touched: the
// result must equal a from-scratch rebuild, and the triggers must work again afterwards.
#include "demo/demogenerator.h"
#include "io/importer.h"
#include "store/fastsql.h"
#include "store/planstore.h"

#include "../core/testutil.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;
using namespace tessera::io;

class TestImportFacts : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    // Every non-empty fact row as text, in key order.
    static QStringList facts(PlanStore &s, const QString &select)
    {
        QSqlQuery q = s.query(select);
        QStringList rows;
        while (q.next()) {
            QStringList cells;
            for (int c = 0; c < 9; ++c)
                cells << q.value(c).toString();
            rows << cells.join(QLatin1Char('|'));
        }
        return rows;
    }
    // The demo plan at a small size: 6 reps, 40 accounts, 100 opportunities.
    static void smallPlan(const QString &path)
    {
        DemoOptions o;
        o.reps = 6;
        o.accounts = 40;
        o.opportunities = 100;
        generateDemoPlan(path, o);
    }
    static QStringList stored(PlanStore &s)
    {
        return facts(s, QStringLiteral("SELECT * FROM forecast_facts WHERE opp_count > 0 "
                                       "ORDER BY 1, 2, 3, 4, 5, 6"));
    }
    static QStringList rebuilt(PlanStore &s)
    {
        return facts(
            s, QStringLiteral("SELECT COALESCE(owner_rep_id, 0), substr(close_date, 1, 7), stage, "
                              "forecast_category, is_closed, is_won, COUNT(*), SUM(amount_cents), "
                              "SUM(amount_cents * probability) FROM opportunities GROUP BY 1, 2, 3, 4, 5, 6 "
                              "ORDER BY 1, 2, 3, 4, 5, 6"));
    }

private slots:
    void factsEqualRebuild_data()
    {
        QTest::addColumn<QByteArray>("rows");
        QTest::addColumn<qint64>("inserted");
        QTest::addColumn<qint64>("updated");
        // One owner (or none) touched: the facts of that owner alone are rebuilt.
        QTest::newRow("one owner") << QByteArray(
                                          "N-1,New deal,\"$1,000.50\",2027-08-15,Proposal,REP-00001\r\n"
                                          "N-2,Second,250,2027-09-01,Closed Won,REP-00001\r\n")
                                   << qint64(2) << qint64(0);
        QTest::newRow("no owner") << QByteArray("N-3,Unowned,99.99,2027-10-31,Prospecting,\r\n") << qint64(1)
                                  << qint64(0);
        // An existing deal moves to another owner with a new amount and month; most owners are touched, so
        // every fact is rebuilt.
        QTest::newRow("owner change, many owners")
            << QByteArray("EXISTING,Moved deal,\"$5,000\",2028-01-10,Negotiation,REP-00003\r\n"
                          "N-4,A,10,2027-07-01,Prospecting,REP-00002\r\n"
                          "N-5,B,20,2027-07-02,Closed Lost,REP-00004\r\n"
                          "N-6,C,30,2027-07-03,Proposal,REP-00005\r\n")
            << qint64(4) << qint64(1);
        // A row in simple form (checked on its bytes) and rows only the general path reads (a name padded
        // with no-break spaces, an amount in parentheses, a month-first date) summed into the same facts.
        QTest::newRow("fast and general rows")
            << QByteArray("N-7,Fast,\"$1,234.50\",2027-05-31,Closed Won,REP-00001\r\n"
                          "N-8,\xC2\xA0Slow\xC2\xA0,(12.00),05/31/2027,Closed Won,REP-00001\r\n"
                          "N-9,Other,5,2027-05-01,Closed Won,REP-00001\r\n")
            << qint64(3) << qint64(0);
    }

    void factsEqualRebuild()
    {
        QFETCH(QByteArray, rows);
        QFETCH(qint64, inserted);
        QFETCH(qint64, updated);
        const QString plan =
            m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".tessera"));
        smallPlan(plan);
        auto store = PlanStore::open(plan);
        QCOMPARE(stored(*store), rebuilt(*store));
        // The first opportunity not owned by REP-00003 is the one the third case moves.
        const QString existing =
            store
                ->scalar(QStringLiteral(
                    "SELECT o.external_id FROM opportunities o JOIN reps r ON r.id = o.owner_rep_id "
                    "WHERE r.external_id <> 'REP-00003' ORDER BY o.id LIMIT 1"))
                .toString();
        QVERIFY(!existing.isEmpty());
        rows.replace("EXISTING", existing.toUtf8());
        const QString csv = m_dir.filePath(QStringLiteral("facts.csv"));
        testutil::writeFile(
            csv, "Opportunity ID,Opportunity Name,Amount,Close Date,Stage,Opportunity Owner\r\n" + rows);
        const QStringList before = stored(*store);
        ImportOptions options;
        options.kind = ImportKind::Opportunities;
        const ImportReport r = importFile(*store, csv, options);
        QVERIFY(r.committed);
        QCOMPARE(r.inserted + r.updated, inserted);
        QCOMPARE(r.updated, updated);
        QVERIFY(stored(*store) != before);
        QCOMPARE(stored(*store), rebuilt(*store));

        // The triggers are back: later edits keep the facts exact.
        store->query(
            QStringLiteral("UPDATE opportunities SET amount_cents = amount_cents + 700, owner_rep_id = "
                           "NULL WHERE external_id = 'N-4' OR id = (SELECT MIN(id) FROM opportunities)"));
        store->query(
            QStringLiteral("DELETE FROM opportunities WHERE id = (SELECT MAX(id) FROM opportunities)"));
        QCOMPARE(stored(*store), rebuilt(*store));
    }

    // Big imports drop the secondary indexes and rebuild them before commit; a rollback restores them.
    void bulkIndexScope_data()
    {
        QTest::addColumn<bool>("commit");
        QTest::newRow("finished and committed") << true;
        QTest::newRow("rolled back") << false;
    }

    void bulkIndexScope()
    {
        QFETCH(bool, commit);
        const QString plan = m_dir.filePath(QStringLiteral("indexes-%1.tessera").arg(commit));
        smallPlan(plan);
        auto store = PlanStore::open(plan);
        const QString list =
            QStringLiteral("SELECT group_concat(sql, ';') FROM (SELECT sql FROM sqlite_master "
                           "WHERE type = 'index' AND tbl_name = 'opportunities' ORDER BY name)");
        const QString before = store->scalar(list).toString();
        QVERIFY(before.contains(QStringLiteral("opportunities_owner_close")));
        const qint64 count = store->scalar(QStringLiteral("SELECT count(*) FROM opportunities")).toLongLong();
        {
            Transaction tx(*store);
            BulkIndexScope indexes(*store, QStringLiteral("opportunities"));
            QVERIFY(!store->scalar(list).toString().contains(QStringLiteral("opportunities_owner_close")));
            store->query(
                QStringLiteral("INSERT INTO opportunities(external_id, name, owner_rep_id, amount_cents, "
                               "stage, probability, forecast_category, close_date, is_closed, is_won) "
                               "SELECT 'X' || id, name, owner_rep_id, amount_cents, stage, probability, "
                               "forecast_category, close_date, is_closed, is_won FROM opportunities"));
            if (commit) {
                indexes.finish();
                tx.commit();
            }
        }
        QCOMPARE(store->scalar(list).toString(), before);
        QCOMPARE(store->scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        QCOMPARE(store->scalar(QStringLiteral("SELECT count(*) FROM opportunities")).toLongLong(),
                 commit ? 2 * count : count);
        // The rebuilt index answers like the table does.
        QCOMPARE(store
                     ->scalar(QStringLiteral("SELECT count(*) FROM opportunities INDEXED BY "
                                             "opportunities_owner_close WHERE owner_rep_id > 0"))
                     .toLongLong(),
                 store
                     ->scalar(QStringLiteral("SELECT count(*) FROM opportunities NOT INDEXED WHERE "
                                             "owner_rep_id > 0"))
                     .toLongLong());
    }

    // The indexes are built with a small cache (short sort runs), but the pages the bulk write left dirty
    // are not spilled meanwhile: with the cache cut to 4 MiB, about 15 MiB of new rows would otherwise go to
    // the WAL before the commit. The connection's cache settings come back afterwards.
    void bulkIndexBuildKeepsDirtyPagesInMemory()
    {
        const QString plan = m_dir.filePath(QStringLiteral("nospill.tessera"));
        smallPlan(plan);
        auto store = PlanStore::open(plan);
        store->query(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        const QString wal = plan + QStringLiteral("-wal");
        QCOMPARE(QFileInfo(wal).size(), 0);
        const QVariant cache = store->scalar(QStringLiteral("PRAGMA cache_size"));
        const QVariant spill = store->scalar(QStringLiteral("PRAGMA cache_spill"));
        const qint64 before =
            store->scalar(QStringLiteral("SELECT count(*) FROM opportunities")).toLongLong();
        {
            Transaction tx(*store);
            BulkIndexScope indexes(*store, QStringLiteral("opportunities"));
            store->query(QStringLiteral(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 120000) "
                "INSERT INTO opportunities(external_id, name, amount_cents, stage, close_date) "
                "SELECT 'S-' || i, 'Spill test deal number ' || i, i * 100, 'Prospecting', "
                "'2027-' || printf('%02d', 1 + i % 12) || '-15' FROM n"));
            QCOMPARE(QFileInfo(wal).size(), 0); // the rows are in the cache, not yet in the WAL
            indexes.finish();
            QCOMPARE(QFileInfo(wal).size(), 0);
            QCOMPARE(store->scalar(QStringLiteral("PRAGMA cache_size")), cache);
            tx.commit();
        }
        QVERIFY(QFileInfo(wal).size() > 15 * 1024 * 1024);
        QCOMPARE(store->scalar(QStringLiteral("PRAGMA cache_spill")), spill);
        QCOMPARE(store->scalar(QStringLiteral("SELECT count(*) FROM opportunities")).toLongLong(),
                 before + 120000);
        QCOMPARE(store->scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestImportFacts)
#include "tst_importfacts.moc"
