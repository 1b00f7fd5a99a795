// Import from spreadsheets: XLSX written by libxlsxwriter and ODS by LibreOffice, and Tessera's own exports
// taken back (the Quotas CSV after an edit; our XLSX, whose inline strings liborcus 0.17 skips and the
// reader adds).
#include "../core/testutil.h"
#include "common/error.h"
#include "importfixture.h"
#include "io/exporter.h"
#include "io/importer.h"
#include "store/planstore.h"

#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <minizip/zip.h>
#include <xlsxwriter.h>

using namespace tessera;
using namespace tessera::io;

class TestImportSpreadsheets : public ImportFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { makeTemplate(); }

    void odsInput()
    {
        const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
        if (soffice.isEmpty())
            QSKIP("soffice (libreoffice-calc-nogui) is not installed");
        const QString csv =
            write(QStringLiteral("sheet.csv"), "Rep ID,Period,Quota\nREP-00004,2027-05,\"1,250.75\"\n");
        QProcess p;
        p.start(soffice,
                {QStringLiteral("-env:UserInstallation=file://") + m_dir.filePath(QStringLiteral("lo")),
                 QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("ods"),
                 QStringLiteral("--outdir"), m_dir.path(), csv});
        QVERIFY(p.waitForFinished(180000));
        const QString ods = m_dir.filePath(QStringLiteral("sheet.ods"));
        QVERIFY(QFile::exists(ods));
        const QString plan = freshPlan(QStringLiteral("ods"));
        auto store = PlanStore::open(plan);
        ImportOptions o;
        o.kind = ImportKind::Quotas;
        const ImportReport r = importFile(*store, ods, o);
        QVERIFY2(r.committed, r.problems.empty() ? "" : qPrintable(r.problems[0].describe()));
        QCOMPARE(count(*store, QStringLiteral("SELECT amount_cents FROM quotas WHERE month = 5")), 125075);
    }

    // Finance exports the Quotas part, edits a rep's month and imports the file back: the rep rows update,
    // the org units' rows and the total row are passed over with a note instead of refusing the file.
    void exportedQuotasImportBack()
    {
        const QString plan = freshPlan(QStringLiteral("quotasback"));
        auto store = PlanStore::open(plan);
        ImportOptions o;
        o.kind = ImportKind::Quotas;
        QVERIFY(importFile(*store,
                           write(QStringLiteral("seed.csv"), "Rep ID,Period,Quota\nREP-00001,2027-01,1000\n"
                                                             "REP-00002,2027-01,2000\n"),
                           o)
                    .committed);
        store->query(
            QStringLiteral("INSERT INTO quotas(org_node_id, fiscal_year, month, amount_cents) "
                           "SELECT id, 2027, 1, 300000 FROM org_nodes WHERE level = 'region' LIMIT 1"));
        const QString dir = m_dir.filePath(QStringLiteral("quotasback-csv"));
        exportCsv(*store, dir, {QStringLiteral("quotas")}, false);
        QFile f(dir + QStringLiteral("/quotas.csv"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray text = f.readAll();
        f.close();
        QVERIFY2(text.contains("Region,") && text.contains("Total of rep quotas"), text.constData());
        QVERIFY(text.contains(",1000.00"));
        text.replace(",1000.00", ",1250.50"); // REP-00001's January
        const QString edited = write(QStringLiteral("quotasback.csv"), text);
        const ImportReport r = importFile(*store, edited, o);
        QVERIFY2(r.committed, r.problems.empty() ? "" : qPrintable(r.problems.front().reason));
        QCOMPARE(r.problemCount, 0);
        QCOMPARE(r.updated, 2);
        QCOMPARE(r.inserted, 0);
        QVERIFY2(r.note.contains(QLatin1String("Passed over 2 rows")), qPrintable(r.note));
        QCOMPARE(
            count(*store, QStringLiteral(
                              "SELECT q.amount_cents FROM quotas q JOIN reps r ON r.id = q.rep_id "
                              "WHERE r.external_id = 'REP-00001' AND q.fiscal_year = 2027 AND q.month = 1")),
            125050);
        QCOMPARE(
            count(*store, QStringLiteral("SELECT amount_cents FROM quotas WHERE org_node_id IS NOT NULL")),
            300000);
    }

    // Our own XLSX export taken back: libxlsxwriter writes its text as inline strings, which liborcus 0.17
    // skips; the reader adds them from the sheet's XML, so the workbook imports like the CSV does: quotas
    // changed in the plan after the export come back to the workbook's values.
    void ownXlsxExportTakenBack()
    {
        const QString plan = freshPlan(QStringLiteral("ownxlsx"));
        auto store = PlanStore::open(plan);
        QVERIFY(importTwoQuotas(*store));
        ImportOptions o;
        o.kind = ImportKind::Quotas;
        const QString xlsx = m_dir.filePath(QStringLiteral("ownquotas.xlsx"));
        exportXlsx(*store, xlsx, {QStringLiteral("quotas")});
        const qint64 rows = count(*store, QStringLiteral("SELECT count(*) FROM quotas"));
        store->query(QStringLiteral("UPDATE quotas SET amount_cents = 1 WHERE rep_id IN (SELECT id FROM reps "
                                    "WHERE external_id IN ('REP-00001', 'REP-00002'))"));
        const auto preview = previewFile(xlsx, ImportKind::Quotas, 2);
        QVERIFY2(preview.headers.contains(QStringLiteral("Code or rep ID")),
                 qPrintable(preview.headers.join(QLatin1Char(','))));
        QCOMPARE(preview.rows.size(), size_t(2));
        const ImportReport r = importFile(*store, xlsx, o);
        QVERIFY2(r.committed, r.problems.empty() ? "" : qPrintable(r.problems.front().reason));
        QCOMPARE(r.problemCount, 0);
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM quotas")), rows);
        QCOMPARE(
            count(*store, QStringLiteral(
                              "SELECT q.amount_cents FROM quotas q JOIN reps r ON r.id = q.rep_id "
                              "WHERE r.external_id = 'REP-00001' AND q.fiscal_year = 2027 AND q.month = 1")),
            100000);
        QCOMPARE(
            count(*store, QStringLiteral(
                              "SELECT q.amount_cents FROM quotas q JOIN reps r ON r.id = q.rep_id "
                              "WHERE r.external_id = 'REP-00002' AND q.fiscal_year = 2027 AND q.month = 2")),
            250050);
    }

    // The Deals sheet of our own export, as XLSX and as CSV, imports back onto the plan it came from: after
    // amounts, probabilities, stages and owners were changed in the plan, the import brings every
    // opportunity back exactly (by external id, accounts and owners by their ids, not their names) and passes
    // over the totals row. The forecast facts follow.
    void ownDealsExportTakenBack_data()
    {
        QTest::addColumn<bool>("xlsx");
        QTest::newRow("XLSX") << true;
        QTest::newRow("CSV") << false;
    }
    void ownDealsExportTakenBack()
    {
        QFETCH(bool, xlsx);
        const QString plan = freshPlan(QStringLiteral("owndeals-%1").arg(xlsx));
        auto store = PlanStore::open(plan);
        const QString columns = QStringLiteral(
            "SELECT group_concat(external_id || '|' || name || '|' || ifnull(account_id, '') || '|' || "
            "ifnull(owner_rep_id, '') || '|' || amount_cents || '|' || stage || '|' || probability || '|' || "
            "forecast_category || '|' || close_date || '|' || is_closed || is_won, ';') FROM "
            "(SELECT * FROM opportunities ORDER BY id)");
        const QString facts =
            QStringLiteral("SELECT group_concat(f, ';') FROM (SELECT rep_id || month || stage || "
                           "forecast_category || opp_count || amount_cents || probability_cents AS f FROM "
                           "forecast_facts WHERE "
                           "opp_count > 0 ORDER BY 1)");
        const QString before = store->scalar(columns).toString();
        const QString factsBefore = store->scalar(facts).toString();
        const qint64 deals = count(*store, QStringLiteral("SELECT count(*) FROM opportunities"));
        QVERIFY(deals > 50);
        QString path;
        if (xlsx) {
            path = m_dir.filePath(QStringLiteral("owndeals.xlsx"));
            exportXlsx(*store, path, {QStringLiteral("deals")});
        } else {
            const QString dir = m_dir.filePath(QStringLiteral("owndeals-csv"));
            exportCsv(*store, dir, {QStringLiteral("deals")}, false);
            path = dir + QStringLiteral("/deals.csv");
        }
        store->query(QStringLiteral("UPDATE opportunities SET amount_cents = amount_cents + 1, probability = "
                                    "3, stage = 'Prospecting', "
                                    "owner_rep_id = (SELECT min(id) FROM reps)"));
        QVERIFY(store->scalar(columns).toString() != before);
        ImportOptions o;
        o.kind = ImportKind::Opportunities;
        const ImportReport r = importFile(*store, path, o);
        QVERIFY2(r.committed, r.problems.empty() ? "" : qPrintable(r.problems.front().reason));
        QCOMPARE(r.updated, deals);
        QCOMPARE(r.inserted, 0);
        QVERIFY2(r.note.contains(QLatin1String("totals row")), qPrintable(r.note));
        QCOMPARE(store->scalar(columns).toString(), before);
        QCOMPARE(store->scalar(facts).toString(), factsBefore);
    }

    // A workbook written by hand in the forms other generators use: inline strings with entities, rich-text
    // runs and phonetic runs, cells and rows without addresses, an empty self-closing cell, dates under a
    // built-in and a custom format, and the 1904 day count.
    void xlsxInlineStringsAndDates()
    {
        const QString path = m_dir.filePath(QStringLiteral("handmade.xlsx"));
        const auto part = [](zipFile zip, const char *name, const QByteArray &xml) {
            QCOMPARE(zipOpenNewFileInZip(zip, name, nullptr, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED, 6),
                     ZIP_OK);
            QCOMPARE(zipWriteInFileInZip(zip, xml.constData(), unsigned(xml.size())), ZIP_OK);
            QCOMPARE(zipCloseFileInZip(zip), ZIP_OK);
        };
        zipFile zip = zipOpen(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
        QVERIFY(zip);
        // The parts are in tests/io/data/handmade-xlsx, named after their path in the package ('/' as '__').
        const QString data = QStringLiteral(TESSERA_SOURCE_DIR "/tests/io/data/handmade-xlsx/");
        for (const char *name : {"[Content_Types].xml", "_rels/.rels", "xl/workbook.xml",
                                 "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/worksheets/sheet1.xml"}) {
            QFile f(data + QString::fromLatin1(name).replace(QLatin1Char('/'), QLatin1String("__")));
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
            part(zip, name, f.readAll());
        }
        QCOMPARE(zipClose(zip, nullptr), ZIP_OK);

        const ImportPreview p = previewFile(path, ImportKind::Opportunities, 5);
        QCOMPARE(p.headers, QStringList({QStringLiteral("Opportunity ID"), QStringLiteral("Opportunity Name"),
                                         QStringLiteral("Amount"), QStringLiteral("Close Date"),
                                         QStringLiteral("Stage"), QStringLiteral("Days")}));
        QCOMPARE(p.rows.size(), size_t(2));
        QCOMPARE(p.rows[0][1],
                 QStringLiteral("Fish & Chips <renewal> \u2713")); // runs joined, reading left out
        QCOMPARE(p.rows[0][2], QStringLiteral("1234.5"));
        QCOMPARE(p.rows[0][3], QStringLiteral("2027-03-16")); // custom date format, 1904 count
        QCOMPARE(p.rows[0][5], QStringLiteral("45000"));      // "days "0 is not a date format
        QCOMPARE(p.rows[1][1], QStringLiteral("Second"));
        QCOMPARE(p.rows[1][2], QStringLiteral("99"));
        QCOMPARE(p.rows[1][3], QStringLiteral("1904-01-02")); // built-in format 14
    }

    void xlsxInput()
    {
        const QString path = m_dir.filePath(QStringLiteral("deals.xlsx"));
        lxw_workbook *wb = workbook_new(QFile::encodeName(path).constData());
        lxw_worksheet *ws = workbook_add_worksheet(wb, "Report");
        lxw_format *date = workbook_add_format(wb);
        format_set_num_format(date, "mm/dd/yyyy");
        const char *headers[] = {"Opportunity ID", "Opportunity Name", "Amount", "Close Date", "Stage"};
        for (int c = 0; c < 5; ++c)
            worksheet_write_string(ws, 0, lxw_col_t(c), headers[c], nullptr);
        worksheet_write_string(ws, 1, 0, "X-1", nullptr);
        worksheet_write_string(ws, 1, 1, "From a workbook", nullptr);
        worksheet_write_number(ws, 1, 2, 1234.56, nullptr);
        lxw_datetime dt = {2027, 5, 17, 0, 0, 0};
        worksheet_write_datetime(ws, 1, 3, &dt, date);
        worksheet_write_string(ws, 1, 4, "Prospecting", nullptr);
        QCOMPARE(workbook_close(wb), LXW_NO_ERROR);

        const QString plan = freshPlan(QStringLiteral("xlsx"));
        auto store = PlanStore::open(plan);
        ImportOptions o;
        o.kind = ImportKind::Opportunities;
        const ImportReport r = importFile(*store, path, o);
        QVERIFY2(r.committed, r.problems.empty() ? "" : qPrintable(r.problems[0].describe()));
        QSqlQuery q = store->query(QStringLiteral(
            "SELECT amount_cents, close_date, name FROM opportunities WHERE external_id = 'X-1'"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), 123456);
        QCOMPARE(q.value(1).toString(), QStringLiteral("2027-05-17"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("From a workbook"));
    }
};

QTEST_GUILESS_MAIN(TestImportSpreadsheets)
#include "tst_importspreadsheets.moc"
