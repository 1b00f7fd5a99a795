// Import: header recognition, the bad-file corpus (each refused with its message, plan byte-identical),
// re-import updating instead of duplicating, duplicates in a file, skip-bad-rows, cancel, CLI.
// Spreadsheet input (XLSX, ODS, our own exports) is in tst_importspreadsheets.cpp.
#include "../core/testutil.h"
#include "common/error.h"
#include "importfixture.h"
#include "io/importer.h"
#include "store/planstore.h"

#include <QProcess>
#include <QTest>
#include <random>

using namespace tessera;
using namespace tessera::io;

class TestImport : public ImportFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { makeTemplate(); }

    void recognise_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QStringList>("headers");
        QTest::addColumn<QStringList>("fields"); // field id per column, "" = ignored
        QTest::newRow("Salesforce opportunity report") << int(ImportKind::Opportunities)
                                                       << QStringList{QStringLiteral("Opportunity Name"),
                                                                      QStringLiteral("Account Name"),
                                                                      QStringLiteral("Amount"),
                                                                      QStringLiteral("Close Date"),
                                                                      QStringLiteral("Stage"),
                                                                      QStringLiteral("Probability (%)"),
                                                                      QStringLiteral("Forecast Category"),
                                                                      QStringLiteral("Opportunity Owner"),
                                                                      QStringLiteral("Opportunity ID"),
                                                                      QStringLiteral("Next Step")}
                                                       << QStringList{QStringLiteral("name"),
                                                                      QStringLiteral("account"),
                                                                      QStringLiteral("amount"),
                                                                      QStringLiteral("close_date"),
                                                                      QStringLiteral("stage"),
                                                                      QStringLiteral("probability"),
                                                                      QStringLiteral("forecast_category"),
                                                                      QStringLiteral("owner"),
                                                                      QStringLiteral("external_id"),
                                                                      QString()};
        QTest::newRow("Salesforce users") << int(ImportKind::Reps)
                                          << QStringList{QStringLiteral("Full Name"), QStringLiteral("Email"),
                                                         QStringLiteral("Role"), QStringLiteral("Manager")}
                                          << QStringList{QStringLiteral("name"), QStringLiteral("email"),
                                                         QStringLiteral("role"), QStringLiteral("manager")};
        QTest::newRow("Salesforce accounts")
            << int(ImportKind::Accounts)
            << QStringList{QStringLiteral("Account Name"),
                           QStringLiteral("Account ID"),
                           QStringLiteral("Billing City"),
                           QStringLiteral("Billing State/Province"),
                           QStringLiteral("Billing Zip/Postal Code"),
                           QStringLiteral("Industry"),
                           QStringLiteral("Annual Revenue"),
                           QStringLiteral("Employees"),
                           QStringLiteral("Account Owner")}
            << QStringList{QStringLiteral("name"),           QStringLiteral("external_id"),
                           QStringLiteral("city"),           QStringLiteral("state"),
                           QStringLiteral("postal_code"),    QStringLiteral("industry"),
                           QStringLiteral("annual_revenue"), QStringLiteral("employees"),
                           QStringLiteral("owner")};
        QTest::newRow("case and punctuation")
            << int(ImportKind::Quotas)
            << QStringList{QStringLiteral("REP ID"), QStringLiteral("period"), QStringLiteral("Quota ($)")}
            << QStringList{QStringLiteral("rep"), QStringLiteral("period"), QStringLiteral("quota")};
        QTest::newRow("Account ID wins over Account Name for opportunities")
            << int(ImportKind::Opportunities)
            << QStringList{QStringLiteral("Account Name"), QStringLiteral("Account ID")}
            << QStringList{QString(), QStringLiteral("account")};
    }
    void recognise()
    {
        QFETCH(int, kind);
        QFETCH(QStringList, headers);
        QFETCH(QStringList, fields);
        const ColumnMapping m = recogniseColumns(ImportKind(kind), headers);
        for (int c = 0; c < headers.size(); ++c) {
            const int f = m.fieldOfColumn[size_t(c)];
            QCOMPARE(f < 0 ? QString() : fieldsFor(ImportKind(kind))[size_t(f)].id, fields[c]);
        }
    }

    void badFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::addColumn<qint64>("row");
        QTest::addColumn<QString>("column");
        const QString data = QStringLiteral(TESSERA_SOURCE_DIR "/tests/io/data/");
        QTest::newRow("empty") << data + QStringLiteral("empty.csv") << QStringLiteral("empty") << qint64(1)
                               << QString();
        QTest::newRow("header only") << data + QStringLiteral("header_only.csv")
                                     << QStringLiteral("no data rows") << qint64(-1) << QString();
        QTest::newRow("truncated") << data + QStringLiteral("truncated.csv")
                                   << QStringLiteral("required value is empty") << qint64(3)
                                   << QStringLiteral("Stage");
        QTest::newRow("unbalanced quote") << data + QStringLiteral("unbalanced_quote.csv")
                                          << QStringLiteral("unbalanced quote") << qint64(2) << QString();
        QTest::newRow("text after quote")
            << data + QStringLiteral("quote_garbage.csv") << QStringLiteral("closing quote") << qint64(2)
            << QStringLiteral("column 2");
        QTest::newRow("missing required column")
            << data + QStringLiteral("missing_column.csv")
            << QStringLiteral("Required column 'Amount' is missing") << qint64(1) << QString();
        QTest::newRow("text in number column")
            << data + QStringLiteral("text_in_number.csv")
            << QStringLiteral("'twelve hundred' is not a number") << qint64(3) << QStringLiteral("Amount");
        QTest::newRow("Latin-1") << data + QStringLiteral("latin1.csv") << QStringLiteral("Not UTF-8")
                                 << qint64(2) << QStringLiteral("column 2");
        QTest::newRow("UTF-16") << data + QStringLiteral("utf16.csv") << QStringLiteral("UTF-16") << qint64(0)
                                << QString();
        QTest::newRow("random bytes")
            << QStringLiteral("random") << QStringLiteral("NUL bytes") << qint64(0) << QString();
        QTest::newRow("10 MB line") << QStringLiteral("bigline") << QStringLiteral("longer than 1 MiB")
                                    << qint64(2) << QString();
        QTest::newRow("not a workbook") << QStringLiteral("fake.xlsx")
                                        << QStringLiteral("Not a readable XLSX") << qint64(-1) << QString();
    }
    void badFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        QFETCH(qint64, row);
        QFETCH(QString, column);
        if (file == QLatin1String("random")) {
            std::mt19937 rng(8);
            QByteArray bytes(64 * 1024, '\0');
            for (char &b : bytes)
                b = char(rng() & 0xFF);
            file = write(QStringLiteral("random.csv"), bytes);
        } else if (file == QLatin1String("bigline")) {
            QByteArray bytes = "Opportunity ID,Opportunity Name,Amount,Close Date,Stage\n";
            bytes += QByteArray(10 * 1024 * 1024, 'x');
            bytes += "\n";
            file = write(QStringLiteral("bigline.csv"), bytes);
        } else if (file == QLatin1String("fake.xlsx")) {
            file = write(QStringLiteral("fake.xlsx"), QByteArray("PK\x03\x04 this is not a zip"));
        }
        const QString plan = freshPlan(QStringLiteral("bad"));
        const QByteArray before = testutil::fileHash(plan);
        QString got;
        qint64 gotRow = -2;
        QString gotColumn;
        {
            auto store = PlanStore::open(plan);
            ImportOptions o;
            o.kind = ImportKind::Opportunities;
            try {
                const ImportReport r = importFile(*store, file, o);
                QVERIFY(!r.committed);
                QVERIFY(r.problemCount > 0);
                got = r.problems.front().reason;
                gotRow = r.problems.front().row;
                gotColumn = r.problems.front().column;
            } catch (const TesseraError &e) {
                got = e.message();
                gotRow = e.row();
                gotColumn = e.field();
            }
        }
        QVERIFY2(got.contains(message), qPrintable(got));
        QCOMPARE(gotRow, row);
        QCOMPARE(gotColumn, column);
        QCOMPARE(testutil::fileHash(plan), before);
    }

    void reimportUpdatesInsteadOfDuplicating()
    {
        const QString plan = freshPlan(QStringLiteral("reimport"));
        auto store = PlanStore::open(plan);
        const qint64 before = count(*store, QStringLiteral("SELECT count(*) FROM accounts"));
        const QString csv =
            write(QStringLiteral("accounts.csv"),
                  "Account ID,Account Name,Billing City,Annual Revenue,Employees,Account Owner\r\n"
                  "ACME-1,Acme Corp,Boston,\"$1,500,000.25\",\"1,200\",REP-00001\r\n"
                  "ACME-2,Beta LLC,Denver,,,\r\n");
        ImportOptions o;
        o.kind = ImportKind::Accounts;
        ImportReport r = importFile(*store, csv, o);
        QVERIFY(r.committed);
        QCOMPARE(r.inserted, 2);
        QCOMPARE(count(*store, QStringLiteral(
                                   "SELECT annual_revenue_cents FROM accounts WHERE external_id='ACME-1'")),
                 150000025);
        QCOMPARE(count(*store, QStringLiteral("SELECT employees FROM accounts WHERE external_id='ACME-1'")),
                 1200);
        QCOMPARE(count(*store, QStringLiteral(
                                   "SELECT r.external_id = 'REP-00001' FROM accounts a JOIN reps r ON r.id "
                                   "= a.owner_rep_id WHERE a.external_id='ACME-1'")),
                 1);
        const QString csv2 =
            write(QStringLiteral("accounts2.csv"),
                  "Account ID,Account Name,Billing City,Annual Revenue,Employees,Account Owner\r\n"
                  "ACME-1,Acme Corporation,Boston,\"$2,000,000\",1300,REP-00001\r\n");
        r = importFile(*store, csv2, o);
        QCOMPARE(r.inserted, 0);
        QCOMPARE(r.updated, 1);
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM accounts")), before + 2);
        QCOMPARE(
            store->scalar(QStringLiteral("SELECT name FROM accounts WHERE external_id='ACME-1'")).toString(),
            QStringLiteral("Acme Corporation"));
        QCOMPARE(count(*store, QStringLiteral(
                                   "SELECT annual_revenue_cents FROM accounts WHERE external_id='ACME-1'")),
                 200000000);
    }

    void opportunitiesAndDuplicates()
    {
        const QString plan = freshPlan(QStringLiteral("opps"));
        auto store = PlanStore::open(plan);
        const QString owner =
            store->scalar(QStringLiteral("SELECT name FROM reps WHERE external_id='REP-00002'")).toString();
        const QString account =
            store->scalar(QStringLiteral("SELECT external_id FROM accounts LIMIT 1")).toString();
        const QByteArray text =
            QStringLiteral("Opportunity ID;Opportunity Name;Account ID;Amount;Close Date;Stage;Probability "
                           "(%);Opportunity Owner\n"
                           "N-1;\"Deal; big\";%1;1.234,50 €;25.12.2027;Negotiation;60;%2\n"
                           "N-2;Won deal;%1;500;01.03.2027;Closed Won;;%2\n"
                           "N-1;Again;%1;1;01.03.2027;Closed Won;;%2\n")
                .arg(account, owner)
                .toUtf8();
        const QString csv = write(QStringLiteral("opps.csv"), text);
        ImportOptions o;
        o.kind = ImportKind::Opportunities;
        o.settings.numbers.decimalComma = true;
        ImportReport r = importFile(*store, csv, o);
        QCOMPARE(r.problemCount, 1);
        QCOMPARE(r.problems[0].row, 4);
        QVERIFY(r.problems[0].reason.contains(QLatin1String("duplicate of row 2")));
        QVERIFY(!r.committed);
        QCOMPARE(
            count(*store, QStringLiteral("SELECT count(*) FROM opportunities WHERE external_id LIKE 'N-%'")),
            0);

        o.skipBadRows = true;
        r = importFile(*store, csv, o);
        QVERIFY(r.committed);
        QCOMPARE(r.inserted, 2);
        QCOMPARE(r.skipped, 1);
        QSqlQuery q =
            store->query(QStringLiteral("SELECT amount_cents, close_date, probability, is_closed, is_won, "
                                        "forecast_category, name FROM opportunities WHERE external_id = ?"),
                         {QStringLiteral("N-1")});
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), 123450);
        QCOMPARE(q.value(1).toString(), QStringLiteral("2027-12-25"));
        QCOMPARE(q.value(2).toInt(), 60);
        QCOMPARE(q.value(3).toInt(), 0);
        QCOMPARE(q.value(6).toString(), QStringLiteral("Deal; big"));
        q = store->query(
            QStringLiteral("SELECT is_closed, is_won, probability, forecast_category FROM opportunities "
                           "WHERE external_id = 'N-2'"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(q.value(1).toInt(), 1);
        QCOMPARE(q.value(2).toInt(), 100);
        QCOMPARE(q.value(3).toString(), QStringLiteral("Closed"));
    }

    // New rows are written in groups through a multi-row INSERT, updates one by one: a file that mixes
    // them (long runs of new rows, runs shorter than a group, updates in between) stores every row's own
    // values.
    void mixedNewAndExistingRowsKeepTheirValues()
    {
        const QString plan = freshPlan(QStringLiteral("mixed"));
        auto store = PlanStore::open(plan);
        const qint64 before = count(*store, QStringLiteral("SELECT count(*) FROM opportunities"));
        QStringList existing;
        QSqlQuery e =
            store->query(QStringLiteral("SELECT external_id FROM opportunities ORDER BY id LIMIT 30"));
        while (e.next())
            existing << e.value(0).toString();
        QCOMPARE(existing.size(), 30);

        QByteArray text = "Opportunity ID,Opportunity Name,Amount,Close Date,Stage\n";
        QMap<QString, std::pair<QString, qint64>> expected; // external id -> name, cents
        int fresh = 0;
        const auto add = [&](const QString &id, int row) {
            const QString name = QStringLiteral("Row %1").arg(row);
            text += QStringLiteral("%1,%2,%3.25,2027-04-30,Proposal\n").arg(id, name).arg(row).toUtf8();
            expected[id] = {name, qint64(row) * 100 + 25};
        };
        int row = 2;
        for (int i = 0; i < 75; ++i) // two full groups and a short run
            add(QStringLiteral("M-%1").arg(++fresh), row++);
        for (const QString &id : std::as_const(existing)) { // each update between runs of 1 to 5 new rows
            add(id, row++);
            for (int k = 0; k < 1 + row % 5; ++k)
                add(QStringLiteral("M-%1").arg(++fresh), row++);
        }
        for (int i = 0; i < 40; ++i)
            add(QStringLiteral("M-%1").arg(++fresh), row++);

        ImportOptions o;
        o.kind = ImportKind::Opportunities;
        const ImportReport r = importFile(*store, write(QStringLiteral("mixed.csv"), text), o);
        QVERIFY(r.committed);
        QCOMPARE(r.inserted, fresh);
        QCOMPARE(r.updated, 30);
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM opportunities")), before + fresh);
        int checked = 0;
        QSqlQuery q =
            store->query(QStringLiteral("SELECT external_id, name, amount_cents FROM opportunities"));
        while (q.next()) {
            const auto it = expected.constFind(q.value(0).toString());
            if (it == expected.constEnd())
                continue;
            ++checked;
            QCOMPARE(q.value(1).toString(), it->first);
            QCOMPARE(q.value(2).toLongLong(), it->second);
        }
        QCOMPARE(checked, int(expected.size()));
    }

    // An opportunity import resolves owners and accounts itself and runs without SQLite's foreign-key checks
    // (ReferencesCheckedScope): unknown ones are still refused as row problems, what it wrote passes the
    // foreign-key check, and the checks are back on for the connection afterwards.
    void foreignKeysHoldAndComeBackAfterOpportunityImport()
    {
        const QString plan = freshPlan(QStringLiteral("references"));
        auto store = PlanStore::open(plan);
        const QString account =
            store->scalar(QStringLiteral("SELECT external_id FROM accounts LIMIT 1")).toString();
        const QByteArray text =
            QStringLiteral("Opportunity ID,Opportunity Name,Account ID,Amount,Close Date,Stage,"
                           "Opportunity Owner\n"
                           "R-1,Known,%1,10,2027-02-01,Proposal,REP-00001\n"
                           "R-2,Unknown owner,%1,10,2027-02-01,Proposal,REP-99999\n"
                           "R-3,Unknown account,NO-SUCH-ACCOUNT,10,2027-02-01,Proposal,REP-00002\n")
                .arg(account)
                .toUtf8();
        ImportOptions o;
        o.kind = ImportKind::Opportunities;
        o.skipBadRows = true;
        const ImportReport r = importFile(*store, write(QStringLiteral("references.csv"), text), o);
        QVERIFY(r.committed);
        QCOMPARE(r.inserted, 1);
        QCOMPARE(r.skipped, 2);
        QCOMPARE(r.problems.size(), size_t(2));
        QCOMPARE(store->scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QSqlQuery check = store->query(QStringLiteral("PRAGMA foreign_key_check"));
        QVERIFY(!check.next());
        try {
            store->query(QStringLiteral("INSERT INTO opportunities(name, stage, close_date, owner_rep_id) "
                                        "VALUES ('dangling', 'Proposal', '2027-02-01', 999999)"));
            QFAIL("a dangling owner was accepted");
        } catch (const TesseraError &) {
        }
    }

    // Rows in the simple form are checked on their bytes, others through the general parsers: both store the
    // same values.
    void fastAndGeneralRowsStoreTheSame()
    {
        const QString plan = freshPlan(QStringLiteral("fastgeneral"));
        auto store = PlanStore::open(plan);
        const QByteArray text = "Opportunity ID,Opportunity Name,Amount,Close Date,Stage,Forecast Category,"
                                "Probability (%),Currency\n"
                                "G-1,Fast,\"$1,234.50\",2027-05-31,Proposal,best case,45%,eur\n"
                                "G-2,\xC2\xA0"
                                "Fast\xC2\xA0,1234.5,05/31/2027,Proposal,Best Case,45.0,EUR\n"
                                "G-3, Fast ,USD 1234.50,2027-05-31,Proposal,BestCase, 45 , eur \n";
        const QString csv = write(QStringLiteral("fastgeneral.csv"), text);
        ImportOptions o;
        o.kind = ImportKind::Opportunities;
        const ImportReport r = importFile(*store, csv, o);
        QVERIFY(r.committed);
        QCOMPARE(r.inserted, 3);
        QSqlQuery q = store->query(QStringLiteral(
            "SELECT external_id, name, amount_cents, close_date, forecast_category, probability, "
            "currency, is_closed, is_won FROM opportunities WHERE external_id LIKE 'G-%' "
            "ORDER BY external_id"));
        int n = 0;
        while (q.next()) {
            ++n;
            QCOMPARE(q.value(1).toString(), QStringLiteral("Fast"));
            QCOMPARE(q.value(2).toLongLong(), 123450);
            QCOMPARE(q.value(3).toString(), QStringLiteral("2027-05-31"));
            QCOMPARE(q.value(4).toString(), QStringLiteral("Best Case"));
            QCOMPARE(q.value(5).toInt(), 45);
            QCOMPARE(q.value(6).toString(), QStringLiteral("EUR"));
            QCOMPARE(q.value(7).toInt(), 0);
            QCOMPARE(q.value(8).toInt(), 0);
        }
        QCOMPARE(n, 3);
    }

    void repsWithManagersAndTerritories()
    {
        const QString plan = freshPlan(QStringLiteral("reps"));
        auto store = PlanStore::open(plan);
        const QString territory =
            store
                ->scalar(QStringLiteral("SELECT code FROM org_nodes WHERE level='territory' "
                                        "ORDER BY code LIMIT 1"))
                .toString();
        const QString csv = write(QStringLiteral("users.csv"),
                                  QStringLiteral("Full Name,Email,Role,Manager\n"
                                                 "Ann Report,ann@example.com,Account Executive,Bob Boss\n"
                                                 "Bob Boss,bob@example.com,Manager,\n")
                                      .toUtf8());
        ImportOptions o;
        o.kind = ImportKind::Reps;
        ImportReport r = importFile(*store, csv, o);
        QVERIFY(r.committed);
        QCOMPARE(r.inserted, 2);
        QCOMPARE(
            store
                ->scalar(QStringLiteral("SELECT m.email FROM reps r JOIN reps m ON m.id = r.manager_id WHERE "
                                        "r.email = 'ann@example.com'"))
                .toString(),
            QStringLiteral("bob@example.com"));
        r = importFile(*store, csv, o); // matched by email: updated, not duplicated
        QCOMPARE(r.updated, 2);
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM reps WHERE email LIKE '%@example.com'")),
                 2);

        const QString assign =
            write(QStringLiteral("assign.csv"),
                  QStringLiteral("Rep,Territory\nann@example.com,%1\n").arg(territory).toUtf8());
        o.kind = ImportKind::Assignments;
        r = importFile(*store, assign, o);
        QVERIFY(r.committed);
        QVERIFY(r.note.contains(QLatin1String("reps")));
        QCOMPARE(
            store
                ->scalar(QStringLiteral("SELECT t.code FROM reps r JOIN org_nodes t ON t.id = r.territory_id "
                                        "WHERE r.email = 'ann@example.com'"))
                .toString(),
            territory);
        // Unit codes without a level are refused with the reason.
        const QString units =
            write(QStringLiteral("units.csv"), QByteArray("unit_id,territory\n01001,T0001\n"));
        try {
            importFile(*store, units, o);
            QFAIL("accepted units without a level");
        } catch (const TesseraError &e) {
            QVERIFY2(e.message().contains(QLatin1String("--level")), qPrintable(e.message()));
        }
    }

    void unitAssignments()
    {
        const QString plan = freshPlan(QStringLiteral("units"));
        auto store = PlanStore::open(plan);
        store->query(QStringLiteral("INSERT INTO geo_levels(name, created_at) VALUES ('zip', '2027-01-01')"));
        const qint64 level =
            store->scalar(QStringLiteral("SELECT id FROM geo_levels WHERE name = 'zip'")).toLongLong();
        for (const char *code : {"02108", "02109", "10001"})
            store->query(QStringLiteral("INSERT INTO geo_units(level_id, code, name) VALUES (?, ?, ?)"),
                         {level, QString::fromLatin1(code), QString::fromLatin1(code)});
        const QStringList t = {
            store->scalar(QStringLiteral("SELECT code FROM org_nodes WHERE level='territory' ORDER BY code"))
                .toString(),
            store
                ->scalar(
                    QStringLiteral("SELECT name FROM org_nodes WHERE level='territory' ORDER BY code DESC"))
                .toString()};
        const QString csv =
            write(QStringLiteral("units.csv"),
                  QStringLiteral("unit_id,territory\n02108,%1\n02109,\"%2\"\n").arg(t[0], t[1]).toUtf8());
        ImportOptions o;
        o.kind = ImportKind::Assignments;
        o.settings.level = QStringLiteral("zip");
        ImportReport r = importFile(*store, csv, o);
        QVERIFY2(r.committed, r.problems.empty() ? "" : qPrintable(r.problems[0].describe()));
        QCOMPARE(r.inserted, 2);
        QVERIFY(r.note.contains(QLatin1String("'zip'")));
        QCOMPARE(
            store
                ->scalar(QStringLiteral("SELECT t.code FROM unit_assignments a JOIN geo_units u ON u.id = "
                                        "a.unit_id JOIN org_nodes t ON t.id = a.territory_id WHERE u.code = "
                                        "'02108'"))
                .toString(),
            t[0]);
        // Re-import with a change: updated, not duplicated; an unknown unit is a problem naming the level.
        const QString csv2 =
            write(QStringLiteral("units2.csv"),
                  QStringLiteral("unit_id,territory\n02108,\"%1\"\n99999,%2\n").arg(t[1], t[0]).toUtf8());
        r = importFile(*store, csv2, o);
        QVERIFY(!r.committed);
        QCOMPARE(r.problems.size(), size_t(1));
        QCOMPARE(r.problems[0].row, 3);
        QVERIFY(r.problems[0].reason.contains(QLatin1String("'99999' in level 'zip'")));
        o.skipBadRows = true;
        r = importFile(*store, csv2, o);
        QCOMPARE(r.updated, 1);
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM unit_assignments")), 2);
    }

    void quotasAndDryRun()
    {
        const QString plan = freshPlan(QStringLiteral("quotas"));
        auto store = PlanStore::open(plan);
        const QString csv =
            write(QStringLiteral("quotas.csv"), "Rep ID,Period,Quota\nREP-00001,2027-01,\"$100,000\"\n"
                                                "REP-00001,2027-02,90000.10\n");
        ImportOptions o;
        o.kind = ImportKind::Quotas;
        o.dryRun = true;
        ImportReport r = importFile(*store, csv, o);
        QCOMPARE(r.inserted, 2);
        QVERIFY(!r.committed);
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM quotas")), 0);
        o.dryRun = false;
        r = importFile(*store, csv, o);
        QVERIFY(r.committed);
        QCOMPARE(count(*store, QStringLiteral("SELECT sum(amount_cents) FROM quotas")), 19000010);
        QCOMPARE(count(*store,
                       QStringLiteral("SELECT count(*) FROM quotas WHERE fiscal_year = 2027 AND month = 2")),
                 1);
    }

    void cancelLeavesPlanUnchanged()
    {
        const QString plan = freshPlan(QStringLiteral("cancel"));
        QByteArray text = "Opportunity ID,Opportunity Name,Amount,Close Date,Stage\n";
        for (int i = 0; i < 20000; ++i)
            text += "C-" + QByteArray::number(i) + ",Deal,100,2027-03-01,Prospecting\n";
        const QString csv = write(QStringLiteral("cancel.csv"), text);
        const QByteArray before = testutil::fileHash(plan);
        {
            auto store = PlanStore::open(plan);
            ImportOptions o;
            o.kind = ImportKind::Opportunities;
            int calls = 0;
            try {
                importFile(*store, csv, o,
                           Progress([&](qint64, qint64, const QString &) { return ++calls < 3; }));
                QFAIL("not cancelled");
            } catch (const TesseraError &e) {
                QCOMPARE(e.kind(), TesseraError::Kind::Cancelled);
            }
            QCOMPARE(count(*store,
                           QStringLiteral("SELECT count(*) FROM opportunities WHERE external_id LIKE 'C-%'")),
                     0);
        }
        QCOMPARE(testutil::fileHash(plan), before);
    }

    // A write that fails on the writer thread (here a trigger raising an error at one row of a big file)
    // stops the import with that error; the transaction rolls back, facts triggers and CHECKs come back.
    void writerFailureLeavesPlanUnchanged()
    {
        const QString plan = freshPlan(QStringLiteral("writerfailure"));
        QByteArray text = "Opportunity ID,Opportunity Name,Amount,Close Date,Stage\n";
        for (int i = 0; i < 10000; ++i)
            text += "W-" + QByteArray::number(i) + ",Deal,100,2027-03-01,Prospecting\n";
        const QString csv = write(QStringLiteral("writerfailure.csv"), text);
        auto store = PlanStore::open(plan);
        store->query(
            QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON opportunities "
                           "WHEN NEW.external_id = 'W-6000' BEGIN SELECT RAISE(ABORT, 'refused'); END"));
        const qint64 before = count(*store, QStringLiteral("SELECT count(*) FROM opportunities"));
        ImportOptions o;
        o.kind = ImportKind::Opportunities;
        try {
            importFile(*store, csv, o);
            QFAIL("the failing write did not stop the import");
        } catch (const TesseraError &e) {
            QVERIFY2(e.message().contains(QLatin1String("refused")), qPrintable(e.message()));
        }
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM opportunities")), before);
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                                              "AND name LIKE 'forecast_facts_%'")),
                 3);
        QCOMPARE(count(*store, QStringLiteral("PRAGMA ignore_check_constraints")), 0);
    }

    void cliRefusesWithReasonAndChangesNothing()
    {
        const QString plan = freshPlan(QStringLiteral("cli"));
        const QByteArray before = testutil::fileHash(plan);
        QProcess p;
        p.start(QStringLiteral(TESSERA_CLI),
                {QStringLiteral("import"), plan, QStringLiteral("--kind"), QStringLiteral("opportunities"),
                 QStringLiteral(TESSERA_SOURCE_DIR "/tests/io/data/text_in_number.csv")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(QLatin1String("text_in_number.csv: row 3, field 'Amount'")), qPrintable(err));
        QCOMPARE(testutil::fileHash(plan), before);

        const QString mapping =
            write(QStringLiteral("map.json"),
                  R"({"kind": "quotas", "columns": {"Who": "rep", "When": "period", "Target": "quota"}})");
        const QString csv = write(QStringLiteral("custom.csv"), "Who,When,Target\nREP-00003,2027-04,1000\n");
        p.start(QStringLiteral(TESSERA_CLI),
                {QStringLiteral("import"), plan, QStringLiteral("--kind"), QStringLiteral("quotas"), csv,
                 QStringLiteral("--mapping"), mapping});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        auto store = PlanStore::open(plan);
        QCOMPARE(count(*store, QStringLiteral("SELECT amount_cents FROM quotas")), 100000);
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
