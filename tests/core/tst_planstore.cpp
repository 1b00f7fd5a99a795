#include "store/fastsql.h"
#include "store/fiscalcalendar.h"
#include "store/migrations.h"
#include "store/planstore.h"
#include "store/writegathering.h"
#include "testutil.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace tessera;

class TestPlanStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Writes through a raw SQLite connection, outside the store, to fabricate files.
    static void rawExec(const QString &file, const QStringList &statements)
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const QString &s : statements)
                QVERIFY2(q.exec(s), qPrintable(s));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }

    QString makePlanWithRows(const QString &name, int reps)
    {
        const QString file = path(name);
        auto store = PlanStore::create(file);
        Transaction tx(*store);
        for (int i = 0; i < reps; ++i)
            store->query(QStringLiteral("INSERT INTO reps(external_id, name, email) VALUES (?, ?, ?)"),
                         {QStringLiteral("R%1").arg(i),
                          QStringLiteral("Rep number %1 with a long name").arg(i),
                          QStringLiteral("rep%1@example.com").arg(i)});
        tx.commit();
        return file;
    }

private slots:
    // SQLite runs without memory statistics (configureSqliteLibrary, applied before the first connection
    // opens): its allocations are not counted.
    void sqliteKeepsNoMemoryStatistics()
    {
        QTemporaryDir dir;
        auto store = PlanStore::create(dir.filePath(QStringLiteral("p.tessera")), {});
        QVERIFY(configureSqliteLibrary());
        store->query(QStringLiteral("CREATE TABLE t(x)"));
        store->query(QStringLiteral("INSERT INTO t VALUES (randomblob(100000))"));
        sqlite3_int64 used = -1, highest = -1;
        QCOMPARE(sqlite3_status64(SQLITE_STATUS_MEMORY_USED, &used, &highest, 0), SQLITE_OK);
        QCOMPARE(used, sqlite3_int64(0)); // not counted
    }

    // A commit inside WriteGathering (with the WAL synced at commit) hands SQLite's page-by-page writes to
    // the operating system in runs; a connection opened before sees every row right after the commit, and
    // a checkpoint made inside the scope leaves a plan file that holds them all on its own.
    void bigCommitGathersItsWrites()
    {
        const QString file = path(QStringLiteral("gathered.tessera"));
        PlanStore::create(file);
        auto store = PlanStore::open(file);
        auto reader = PlanStore::open(file, PlanStore::Access::ReadOnly);
        QCOMPARE(reader->scalar(QStringLiteral("SELECT count(*) FROM reps")).toInt(), 0);
        // No checkpoint inside the commit (it would read the WAL back, and so write any run still held):
        // the reader below must find the last frames in the WAL file itself.
        store->query(QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
        {
            FullSyncScope sync(*store);
            QCOMPARE(store->scalar(QStringLiteral("PRAGMA synchronous")).toInt(), 2);
            Transaction tx(*store);
            store->query(QStringLiteral(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) "
                "INSERT INTO reps(external_id, name, email) SELECT 'G' || i, 'Gathered rep ' || i || ' ' || "
                "hex(randomblob(40)), 'g' || i || '@example.com' FROM n"));
            const long long sqlite0 = WriteGathering::sqliteWrites();
            const long long system0 = WriteGathering::systemWrites();
            {
                const WriteGathering gathered(*store);
                QVERIFY(gathered.active());
                tx.commit();
                QCOMPARE(reader->scalar(QStringLiteral("SELECT count(*) FROM reps")).toInt(), 20000);
                // Every page of every B-tree, the last frames of the commit included.
                QCOMPARE(reader->scalar(QStringLiteral("PRAGMA integrity_check")).toString(),
                         QStringLiteral("ok"));
                store->query(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            }
            const long long bySqlite = WriteGathering::sqliteWrites() - sqlite0;
            const long long bySystem = WriteGathering::systemWrites() - system0;
            QVERIFY2(bySqlite > 2000, qPrintable(QString::number(bySqlite)));
            QVERIFY2(bySystem * 10 < bySqlite,
                     qPrintable(QStringLiteral("%1 of %2").arg(bySystem).arg(bySqlite)));
        }
        QCOMPARE(store->scalar(QStringLiteral("PRAGMA synchronous")).toInt(), 1); // NORMAL again
        QCOMPARE(QFileInfo(file + QStringLiteral("-wal")).size(), 0);
        reader.reset();
        store.reset();
        // The plan file alone (its WAL is empty) holds every row.
        const QString copy = path(QStringLiteral("gathered-copy.tessera"));
        QVERIFY(QFile::copy(file, copy));
        auto check = PlanStore::open(copy, PlanStore::Access::ReadOnly);
        QCOMPARE(
            check->scalar(QStringLiteral("SELECT count(*) FROM reps WHERE external_id LIKE 'G%'")).toInt(),
            20000);
        QCOMPARE(check->scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }

    // Without a sync at commit, other connections could find new WAL frames before they are written: the
    // scope stays inactive and every write goes straight through. FullSyncScope changes nothing inside a
    // transaction, where SQLite would not take the setting.
    void gatheringNeedsFullSync()
    {
        const QString file = makePlanWithRows(QStringLiteral("nosync.tessera"), 10);
        auto store = PlanStore::open(file);
        QCOMPARE(store->scalar(QStringLiteral("PRAGMA synchronous")).toInt(), 1);
        Transaction tx(*store);
        {
            FullSyncScope inside(*store);
            QCOMPARE(store->scalar(QStringLiteral("PRAGMA synchronous")).toInt(), 1);
        }
        store->query(
            QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000) "
                           "INSERT INTO reps(external_id, name, email) SELECT 'N' || i, 'Rep ' || i, 'n' || "
                           "i || '@x.com' FROM n"));
        const long long sqlite0 = WriteGathering::sqliteWrites();
        const long long system0 = WriteGathering::systemWrites();
        {
            const WriteGathering gathered(*store);
            QVERIFY(!gathered.active());
            tx.commit();
        }
        const long long bySqlite = WriteGathering::sqliteWrites() - sqlite0;
        QVERIFY(bySqlite > 100);
        QCOMPARE(WriteGathering::systemWrites() - system0, bySqlite);
    }

    void createdPlanIsMarkedAndCurrent()
    {
        const QString file = path(QStringLiteral("new.tessera"));
        {
            PlanSettings s;
            s.name = QStringLiteral("FY27");
            s.fiscalYearStartMonth = 2;
            s.firstFiscalYear = 2026;
            s.lastFiscalYear = 2027;
            auto store = PlanStore::create(file, s);
            QCOMPARE(store->schemaVersion(), PlanStore::currentSchemaVersion());
            QCOMPARE(store->scalar(QStringLiteral("PRAGMA application_id")).toUInt(),
                     PlanStore::ApplicationId);
            QCOMPARE(store->scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
            QCOMPARE(store->scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
            QCOMPARE(store->settings().name, QStringLiteral("FY27"));
            // 2 years x (12 months + 4 quarters + 1 year)
            QCOMPARE(store->scalar(QStringLiteral("SELECT COUNT(*) FROM fiscal_periods")).toInt(), 34);
            // FY2027 with a February start runs 2026-02-01 .. 2027-01-31
            QCOMPARE(store
                         ->scalar(QStringLiteral("SELECT start_date || '/' || end_date FROM fiscal_periods "
                                                 "WHERE kind = 'year' AND fiscal_year = 2027"))
                         .toString(),
                     QStringLiteral("2026-02-01/2027-01-31"));
        }
        QVERIFY_THROWS_EXCEPTION(TesseraError, PlanStore::create(file));
    }

    void olderFileIsMigratedInOneStep()
    {
        // A v0 Tessera file: the marker but no schema yet.
        const QString file = path(QStringLiteral("v0.tessera"));
        rawExec(file, {QStringLiteral("PRAGMA application_id = %1").arg(PlanStore::ApplicationId),
                       QStringLiteral("CREATE TABLE keep_me(x)")});
        auto store = PlanStore::open(file);
        QCOMPARE(store->schemaVersion(), PlanStore::currentSchemaVersion());
        QVERIFY(
            store->scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'opportunities'"))
                .toInt() == 1);
        QVERIFY(store->scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'keep_me'"))
                    .toInt() == 1);
    }

    void migrationsAreIdempotent()
    {
        auto store = PlanStore::create(path(QStringLiteral("idem.tessera")));
        const auto schema = [&] {
            QStringList rows;
            QSqlQuery q = store->query(QStringLiteral("SELECT name, sql FROM sqlite_master ORDER BY name"));
            while (q.next())
                rows << q.value(0).toString() + q.value(1).toString();
            return rows;
        };
        const QStringList before = schema();
        MigrationContext ctx{*store};
        for (const Migration &m : migrations())
            m.apply(ctx);
        QCOMPARE(schema(), before);
        QCOMPARE(store->scalar(QStringLiteral("SELECT COUNT(*) FROM plan_settings")).toInt(), 1);
    }

    void refusedFilesStayByteIdentical_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("expected");
        QTest::newRow("newer version") << "newer" << int(TesseraError::Kind::NewerSchema);
        QTest::newRow("foreign SQLite") << "foreign" << int(TesseraError::Kind::NotTessera);
        QTest::newRow("not SQLite") << "text" << int(TesseraError::Kind::NotSqlite);
        QTest::newRow("empty file") << "empty" << int(TesseraError::Kind::NotSqlite);
        QTest::newRow("corrupt pages") << "corrupt" << int(TesseraError::Kind::Corrupt);
        QTest::newRow("truncated") << "truncated" << int(TesseraError::Kind::Corrupt);
    }
    void refusedFilesStayByteIdentical()
    {
        QFETCH(QString, kind);
        QFETCH(int, expected);
        QString file = path(kind + QStringLiteral(".tessera"));
        if (kind == QLatin1String("newer")) {
            file = makePlanWithRows(QStringLiteral("newer.tessera"), 10);
            rawExec(file,
                    {QStringLiteral("PRAGMA user_version = %1").arg(PlanStore::currentSchemaVersion() + 1)});
        } else if (kind == QLatin1String("foreign")) {
            rawExec(file, {QStringLiteral("CREATE TABLE customers(id INTEGER PRIMARY KEY, name TEXT)"),
                           QStringLiteral("INSERT INTO customers(name) VALUES ('Ada')")});
        } else if (kind == QLatin1String("text")) {
            QVERIFY(testutil::writeFile(file, "unit_id,territory\n01001,West\n"));
        } else if (kind == QLatin1String("empty")) {
            QVERIFY(testutil::writeFile(file, QByteArray()));
        } else if (kind == QLatin1String("corrupt") || kind == QLatin1String("truncated")) {
            file = makePlanWithRows(kind + QStringLiteral(".tessera"), 3000);
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QByteArray bytes = f.readAll();
            QVERIFY(bytes.size() > 64 * 1024);
            if (kind == QLatin1String("corrupt")) {
                for (qsizetype i = bytes.size() / 2; i < bytes.size() / 2 + 8192; ++i)
                    bytes[i] = char(0xA5 ^ (i & 0xFF));
            } else {
                bytes.truncate(bytes.size() / 3);
            }
            f.resize(0);
            f.seek(0);
            f.write(bytes);
            f.close();
        }
        const QByteArray before = testutil::fileHash(file);
        try {
            auto store = PlanStore::open(file);
            QFAIL("the file was opened");
        } catch (const TesseraError &e) {
            QCOMPARE(int(e.kind()), expected);
            QCOMPARE(e.file(), file);
            QVERIFY(!e.message().isEmpty());
        }
        QCOMPARE(testutil::fileHash(file), before);
        QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
    }

    void failedEditRollsBack()
    {
        auto store = PlanStore::create(path(QStringLiteral("rollback.tessera")));
        store->query(QStringLiteral("INSERT INTO reps(external_id, name) VALUES ('A', 'Ann')"));
        try {
            Transaction tx(*store);
            store->query(QStringLiteral("UPDATE reps SET name = 'Changed'"));
            // A foreign key that points nowhere fails the statement; the whole edit must vanish.
            store->query(
                QStringLiteral("INSERT INTO reps(external_id, name, territory_id) VALUES ('B', 'Bob', 999)"));
            tx.commit();
            QFAIL("the bad insert succeeded");
        } catch (const TesseraError &) {
        }
        QCOMPARE(store->scalar(QStringLiteral("SELECT COUNT(*) FROM reps")).toInt(), 1);
        QCOMPARE(store->scalar(QStringLiteral("SELECT name FROM reps")).toString(), QStringLiteral("Ann"));
        QCOMPARE(store->transactionDepth(), 0);
    }

    void nestedTransactionsAndAfterCommit()
    {
        auto store = PlanStore::create(path(QStringLiteral("nested.tessera")));
        int notified = 0;
        {
            Transaction outer(*store);
            store->query(QStringLiteral("INSERT INTO reps(external_id, name) VALUES ('A', 'Ann')"));
            {
                Transaction inner(*store);
                store->query(QStringLiteral("INSERT INTO reps(external_id, name) VALUES ('B', 'Bob')"));
                // inner not committed: rolled back to its savepoint
            }
            outer.afterCommit([&] { ++notified; });
            QCOMPARE(notified, 0);
            outer.commit();
        }
        QCOMPARE(notified, 1);
        QCOMPARE(store->scalar(QStringLiteral("SELECT group_concat(name) FROM reps")).toString(),
                 QStringLiteral("Ann"));
    }

    void saveAsCopiesThePlan()
    {
        const QString file = makePlanWithRows(QStringLiteral("source.tessera"), 50);
        auto store = PlanStore::open(file);
        const QString copy = path(QStringLiteral("copy.tessera"));
        store->backupTo(copy);
        auto reopened = PlanStore::open(copy);
        QCOMPARE(reopened->scalar(QStringLiteral("SELECT COUNT(*) FROM reps")).toInt(), 50);
        QVERIFY(reopened->check().ok);
    }

    void fastStatementsJoinTheTransaction()
    {
        auto store = PlanStore::create(path(QStringLiteral("fast.tessera")));
        {
            Transaction tx(*store);
            FastStatement insert(*store, "INSERT INTO reps(external_id, name, hire_date) VALUES (?, ?, ?)");
            for (int i = 0; i < 3; ++i) {
                insert.bind(1, QStringLiteral("F%1").arg(i));
                insert.bind(2, QStringLiteral("Zoë %1").arg(i));
                if (i == 1)
                    insert.bindNull(3);
                else
                    insert.bind(3, QByteArrayView(QByteArray("2027-01-0") + QByteArray::number(i + 1)));
                insert.run();
            }
            // not committed: the rows go with the transaction
        }
        QCOMPARE(store->scalar(QStringLiteral("SELECT COUNT(*) FROM reps")).toInt(), 0);
        {
            Transaction tx(*store);
            FastStatement insert(*store, "INSERT INTO reps(external_id, name) VALUES (?, ?)");
            insert.bind(1, QStringLiteral("A"));
            insert.bind(2, QStringLiteral("Zoë"));
            insert.run();
            QVERIFY(insert.lastInsertId() > 0);
            tx.commit();
        }
        FastStatement select(*store, "SELECT id, name, hire_date FROM reps WHERE external_id = ?");
        select.bind(1, QStringLiteral("A"));
        QVERIFY(select.step());
        QCOMPARE(select.text(1), QStringLiteral("Zoë"));
        QVERIFY(select.isNull(2));
        QVERIFY(!select.step());
        FastStatement duplicate(*store, "INSERT INTO reps(external_id, name) VALUES ('A', 'Again')");
        try {
            duplicate.run();
            QFAIL("a duplicate external id was accepted");
        } catch (const TesseraError &e) {
            QCOMPARE(e.file(), store->path());
            QVERIFY(e.message().contains(QLatin1String("UNIQUE")));
        }
    }

    void fiscalCalendarParses()
    {
        FiscalCalendar cal(1);
        FiscalPeriod p;
        QVERIFY(cal.parse(QStringLiteral("2027-03"), &p));
        QCOMPARE(p.kind, FiscalPeriod::Kind::Month);
        QCOMPARE(p.number, 3);
        QCOMPARE(p.end, QDate(2027, 3, 31));
        QVERIFY(cal.parse(QStringLiteral("2027-Q2"), &p));
        QCOMPARE(p.start, QDate(2027, 4, 1));
        QCOMPARE(p.end, QDate(2027, 6, 30));
        FiscalCalendar feb(2);
        QVERIFY(feb.parse(QStringLiteral("2026-02"), &p));
        QCOMPARE(p.fiscalYear, 2027);
        QCOMPARE(p.number, 1);
        QVERIFY(!cal.parse(QStringLiteral("2027-13"), &p));
    }
};

QTEST_GUILESS_MAIN(TestPlanStore)
#include "tst_planstore.moc"
