// Export: the XLSX round trip through LibreOffice (every value and every formula result against the plan's
// own numbers, once with the cached values a non-recalculating viewer shows and once recalculated), the CSV
// files, and formula-injection neutralising.
#include "../core/testutil.h"
#include "common/money.h"
#include "comp/payoutrun.h"
#include "demo/demogenerator.h"
#include "io/csvreader.h"
#include "io/exporter.h"
#include "io/importer.h"
#include "io/values.h"
#include "store/fiscalcalendar.h"
#include "store/planstore.h"

#include <QDir>
#include <QProcess>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>
#include <dlfcn.h>
#include <map>
#include <xlsxwriter.h>

using namespace tessera;
using namespace tessera::io;

using Table = std::vector<std::vector<QString>>;

// A LibreOffice profile setting: recalculate XLSX formulas on load (OOXMLRecalcMode 0 = always).
static const char kRecalcProfile[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<oor:items xmlns:oor=\"http://openoffice.org/2001/registry\" "
    "xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" "
    "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n"
    "<item oor:path=\"/org.openoffice.Office.Calc/Formula/Load\"><prop oor:name=\"OOXMLRecalcMode\" "
    "oor:op=\"fuse\"><value>0</value></prop></item>\n"
    "</oor:items>\n";

class TestExport : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_plan;
    QString m_soffice;

    // Converts every sheet of a workbook to CSV with LibreOffice; recalc = recalculate formulas on load.
    std::map<QString, Table> convert(const QString &xlsx, bool recalc)
    {
        const QString profile =
            m_dir.filePath(recalc ? QStringLiteral("lo-recalc") : QStringLiteral("lo-default"));
        if (recalc && !QFile::exists(profile + QStringLiteral("/user/registrymodifications.xcu"))) {
            QDir().mkpath(profile + QStringLiteral("/user"));
            testutil::writeFile(profile + QStringLiteral("/user/registrymodifications.xcu"), kRecalcProfile);
        }
        const QString out = m_dir.filePath(QFileInfo(xlsx).completeBaseName() +
                                           (recalc ? QStringLiteral("-recalc") : QStringLiteral("-cached")));
        QDir().mkpath(out);
        QProcess p;
        p.start(
            m_soffice,
            {QStringLiteral("-env:UserInstallation=file://") + profile, QStringLiteral("--headless"),
             QStringLiteral("--convert-to"),
             QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"),
             QStringLiteral("--outdir"), out, xlsx});
        if (!p.waitForFinished(180000))
            qFatal("soffice did not finish");
        std::map<QString, Table> sheets;
        const QString prefix = QFileInfo(xlsx).completeBaseName() + QLatin1Char('-');
        for (const QFileInfo &f : QDir(out).entryInfoList({QStringLiteral("*.csv")})) {
            QFile file(f.filePath());
            file.open(QIODevice::ReadOnly);
            sheets[f.completeBaseName().mid(prefix.size())] = CsvReader::parseAll(file.readAll(), ',');
        }
        return sheets;
    }

    static qint64 cents(const QString &text)
    {
        QString why;
        const auto v = parseMoneyCents(text, {}, &why);
        if (!v)
            qFatal("not an amount: %s", qPrintable(text));
        return *v;
    }

    // Checks every sheet against the plan. Works for the cached and the recalculated conversion alike.
    void compareWithPlan(const std::map<QString, Table> &sheets)
    {
        auto store = PlanStore::open(m_plan, PlanStore::Access::ReadOnly);
        const FiscalCalendar cal(store->settings().fiscalYearStartMonth);
        QCOMPARE(sheets.size(), size_t(7));

        // Deals: every row's amount and status by id; the total.
        const Table &deals = sheets.at(QStringLiteral("Deals"));
        std::map<QString, QSqlRecord> byId;
        QSqlQuery q = store->query(
            QStringLiteral("SELECT o.external_id, o.amount_cents, o.is_won, o.is_closed, "
                           "o.close_date, o.name, o.probability, coalesce(a.external_id, ''), "
                           "coalesce(r.external_id, '') FROM opportunities o LEFT JOIN accounts "
                           "a ON a.id = o.account_id LEFT JOIN reps r ON r.id = o.owner_rep_id"));
        qint64 total = 0, rows = 0;
        std::map<int, std::map<QString, qint64>> perYear; // fiscal year → Won / Pipeline / Best Case / Commit
        while (q.next()) {
            byId[q.value(0).toString()] = q.record();
            total += q.value(1).toLongLong();
            ++rows;
        }
        q = store->query(
            QStringLiteral("SELECT close_date, amount_cents, is_won, is_closed, forecast_category FROM "
                           "opportunities"));
        while (q.next()) {
            const int fy = cal.fiscalYearOf(QDate::fromString(q.value(0).toString(), Qt::ISODate));
            if (q.value(2).toInt())
                perYear[fy][QStringLiteral("Won")] += q.value(1).toLongLong();
            else if (!q.value(3).toInt())
                perYear[fy][q.value(4).toString()] += q.value(1).toLongLong();
        }
        QCOMPARE(qint64(deals.size()), rows + 2); // header + rows + total
        for (size_t r = 1; r + 1 < deals.size(); ++r) {
            const auto &row = deals[r];
            const auto it = byId.find(row[0]);
            QVERIFY2(it != byId.end(), qPrintable(row[0]));
            QCOMPARE(cents(row[10]), it->second.value(1).toLongLong());
            QCOMPARE(row[1], it->second.value(5).toString()); // names come back as typed, even "=1+1"
            QCOMPARE(row[8], it->second.value(4).toString());
            QCOMPARE(row[7],
                     it->second.value(2).toInt()
                         ? QStringLiteral("Won")
                         : (it->second.value(3).toInt() ? QStringLiteral("Lost") : QStringLiteral("Open")));
            QString why;
            QCOMPARE(*parsePercentMicros(row[11], {}, &why), it->second.value(6).toLongLong() * 10000);
            // The ids that import the sheet back (an empty cell can end the converted CSV's row early).
            QCOMPARE(row.size() > 12 ? row[12] : QString(), it->second.value(7).toString());
            QCOMPARE(row.size() > 13 ? row[13] : QString(), it->second.value(8).toString());
        }
        QCOMPARE(deals.back()[0], QStringLiteral("Total"));
        QCOMPARE(cents(deals.back()[10]), total);

        // Quotas: the rep total.
        const qint64 quotaTotal =
            store->scalar(QStringLiteral("SELECT sum(amount_cents) FROM quotas WHERE rep_id IS NOT NULL"))
                .toLongLong();
        QVERIFY(quotaTotal > 0);
        const Table &quotas = sheets.at(QStringLiteral("Quotas"));
        QCOMPARE(cents(quotas.back()[5]), quotaTotal);

        // Summary: one row per fiscal year, formulas over Deals and Quotas, then totals.
        const Table &summary = sheets.at(QStringLiteral("Summary"));
        std::map<int, qint64> quotaByYear;
        q = store->query(
            QStringLiteral("SELECT fiscal_year, sum(amount_cents) FROM quotas WHERE rep_id IS NOT NULL "
                           "GROUP BY fiscal_year"));
        while (q.next())
            quotaByYear[q.value(0).toInt()] = q.value(1).toLongLong();
        size_t r = 1;
        qint64 sumWon = 0, sumQuota = 0;
        for (; r < summary.size() && summary[r][0] != QLatin1String("Total"); ++r) {
            const int fy = summary[r][0].toInt();
            const auto &y = perYear[fy];
            QCOMPARE(cents(summary[r][1]), y.count(QStringLiteral("Won")) ? y.at(QStringLiteral("Won")) : 0);
            QCOMPARE(cents(summary[r][2]), quotaByYear[fy]);
            QCOMPARE(cents(summary[r][4]),
                     y.count(QStringLiteral("Pipeline")) ? y.at(QStringLiteral("Pipeline")) : 0);
            QCOMPARE(cents(summary[r][5]),
                     y.count(QStringLiteral("Best Case")) ? y.at(QStringLiteral("Best Case")) : 0);
            QCOMPARE(cents(summary[r][6]),
                     y.count(QStringLiteral("Commit")) ? y.at(QStringLiteral("Commit")) : 0);
            if (quotaByYear[fy] > 0) {
                // LibreOffice prints a percentage with the digits it has ("91.15%" or "91.1509055236464%").
                const double shown = QString(summary[r][3]).remove(QLatin1Char('%')).toDouble();
                const double expected =
                    double(Rate::ratio(cents(summary[r][1]), quotaByYear[fy]).micros()) / 1e4;
                QVERIFY2(qAbs(shown - expected) < 0.001, qPrintable(summary[r][3]));
            } else {
                QCOMPARE(summary[r][3], QString());
            }
            sumWon += cents(summary[r][1]);
            sumQuota += cents(summary[r][2]);
        }
        QCOMPARE(int(r),
                 int(perYear.size() + (quotaByYear.rbegin()->first > perYear.rbegin()->first ? 1 : 0)) + 1);
        QCOMPARE(cents(summary[r][1]), sumWon);
        QCOMPARE(cents(summary[r][2]), sumQuota);

        // Territories: closed-won by territory sums to all won deals owned by territory reps.
        const Table &territories = sheets.at(QStringLiteral("Territories"));
        const qint64 wonInTerritories =
            store
                ->scalar(
                    QStringLiteral("SELECT sum(o.amount_cents) FROM opportunities o JOIN reps r ON r.id = "
                                   "o.owner_rep_id WHERE o.is_won = 1 AND r.territory_id IS NOT NULL"))
                .toLongLong();
        QCOMPARE(qint64(territories.size()),
                 store->scalar(QStringLiteral("SELECT count(*) FROM org_nodes WHERE level='territory'"))
                         .toLongLong() +
                     2);
        qint64 sumRows = 0;
        for (size_t k = 1; k + 1 < territories.size(); ++k)
            sumRows += cents(territories[k][5]);
        QCOMPARE(sumRows, wonInTerritories);
        QCOMPARE(cents(territories.back()[5]), wonInTerritories);

        // Payouts: one row per rep and payout period with the latest run's figures, then the totals.
        const Table &payouts = sheets.at(QStringLiteral("Payouts"));
        QCOMPARE(payouts[0][0], QStringLiteral("Rep ID"));
        QCOMPARE(payouts[0][6], QStringLiteral("Attainment"));
        q = store->query(QStringLiteral(
            "SELECT r.external_id, res.period, res.earned_cents, res.paid_before_cents, res.payable_cents, "
            "res.attainment_micros, r.name FROM comp_payout_results res JOIN reps r ON r.id = res.rep_id "
            "WHERE res.run_id = (SELECT MAX(run_id) FROM comp_payout_results o WHERE o.rep_id = res.rep_id "
            "AND o.period = res.period)"));
        std::map<std::pair<QString, QString>, QSqlRecord> results;
        qint64 earned = 0, payable = 0;
        while (q.next()) {
            results[{q.value(0).toString(), q.value(1).toString()}] = q.record();
            earned += q.value(2).toLongLong();
            payable += q.value(4).toLongLong();
        }
        QVERIFY(!results.empty());
        QVERIFY(earned > 0);
        QCOMPARE(payouts.size(), results.size() + 2);
        for (size_t k = 1; k + 1 < payouts.size(); ++k) {
            const auto found = results.find({payouts[k][0], payouts[k][2]});
            QVERIFY2(found != results.end(), qPrintable(payouts[k][0] + QLatin1Char(' ') + payouts[k][2]));
            const QSqlRecord &rec = found->second;
            QCOMPARE(payouts[k][1], rec.value(6).toString());
            QCOMPARE(cents(payouts[k][3]), rec.value(2).toLongLong());
            QCOMPARE(cents(payouts[k][4]), rec.value(3).toLongLong());
            QCOMPARE(cents(payouts[k][5]), rec.value(4).toLongLong());
            const double shown = QString(payouts[k][6]).remove(QLatin1Char('%')).toDouble();
            QVERIFY2(qAbs(shown - rec.value(5).toDouble() / 1e4) < 0.001, qPrintable(payouts[k][6]));
        }
        QCOMPARE(payouts.back()[0], QStringLiteral("Total"));
        QCOMPARE(cents(payouts.back()[3]), earned);
        QCOMPARE(cents(payouts.back()[5]), payable);
        QCOMPARE(sheets.at(QStringLiteral("Plan assumptions"))[2][1], store->settings().currency);
    }

private slots:
    // Each deflated entry's general-purpose bits 1-2 (the level class), from a ZIP file's central directory.
    static std::map<QString, int> deflateFlags(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        const QByteArray zip = f.readAll();
        const auto u16 = [&](qsizetype at) {
            return int(quint8(zip[at])) | int(quint8(zip[at + 1])) << 8;
        };
        const auto u32 = [&](qsizetype at) {
            return qsizetype(u16(at)) | qsizetype(u16(at + 2)) << 16;
        };
        const qsizetype end = zip.lastIndexOf(QByteArray("PK\x05\x06", 4));
        if (end < 0)
            return {};
        std::map<QString, int> flags;
        qsizetype at = u32(end + 16);
        for (int entry = 0; entry < u16(end + 10) && zip.mid(at, 4) == QByteArray("PK\x01\x02", 4); ++entry) {
            const int nameLength = u16(at + 28);
            if (u16(at + 10) == 8) // deflated
                flags[QString::fromUtf8(zip.mid(at + 46, nameLength))] = u16(at + 8) & 6;
            at += 46 + nameLength + u16(at + 30) + u16(at + 32);
        }
        return flags;
    }

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_plan = m_dir.filePath(QStringLiteral("demo.tessera"));
        DemoOptions o;
        o.reps = 8;
        o.accounts = 80;
        o.opportunities = 500;
        generateDemoPlan(m_plan, o);
        auto store = PlanStore::open(m_plan);
        // Quotas for two fiscal years and deals whose names look like formulas (CWE-1236).
        QByteArray quotas = "Rep ID,Period,Quota\n";
        for (int rep = 1; rep <= 8; ++rep)
            for (int m = 1; m <= 12; ++m)
                quotas += QStringLiteral("REP-%1,2027-%2,%3\n")
                              .arg(rep, 5, 10, QLatin1Char('0'))
                              .arg(m, 2, 10, QLatin1Char('0'))
                              .arg(QString::number(100000 + rep * 1000 + m) + QStringLiteral(".25"))
                              .toUtf8();
        quotas += "REP-00001,2028-01,5000\n";
        const QString qpath = m_dir.filePath(QStringLiteral("quotas.csv"));
        testutil::writeFile(qpath, quotas);
        ImportOptions io;
        io.kind = ImportKind::Quotas;
        QVERIFY(importFile(*store, qpath, io).committed);
        const QString opath = m_dir.filePath(QStringLiteral("evil.csv"));
        testutil::writeFile(
            opath,
            "Opportunity ID,Opportunity Name,Amount,Close Date,Stage,Opportunity Owner\n"
            "EVIL-1,=1+1,-250.5,2027-03-01,Closed Won,REP-00001\n"
            "EVIL-2,\"=HYPERLINK(\"\"http://x.example\"\",\"\"y\"\")\",10,2027-03-02,Prospecting,REP-00002\n"
            "EVIL-3,@SUM(A1),10,2027-03-03,Prospecting,REP-00002\n"
            "EVIL-4,+1-2,10,2027-03-04,Prospecting,REP-00002\n"
            "EVIL-5,-3+4,10,2027-03-05,Prospecting,REP-00002\n");
        io.kind = ImportKind::Opportunities;
        QVERIFY(importFile(*store, opath, io).committed);
        // Payout runs for the first two months; January twice (the export shows the latest run).
        for (const char *month : {"2027-01", "2027-02", "2027-01"})
            comp::saveRun(*store, comp::computePayouts(
                                      *store, comp::parsePayoutPeriod(*store, QString::fromLatin1(month))));
        m_soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    }

    void csvPartsAndInjection()
    {
        auto store = PlanStore::open(m_plan, PlanStore::Access::ReadOnly);
        const QString dir = m_dir.filePath(QStringLiteral("csv"));
        const QStringList files =
            exportCsv(*store, dir, {QStringLiteral("deals"), QStringLiteral("quotas")}, true);
        QCOMPARE(files.size(), 2);
        QFile f(dir + QStringLiteral("/deals.csv"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains("\r\n"));
        const Table t = CsvReader::parseAll(bytes);
        std::map<QString, std::vector<QString>> byId;
        for (const auto &row : t)
            byId[row[0]] = row;
        QCOMPARE(byId[QStringLiteral("EVIL-1")][1], QStringLiteral("'=1+1"));
        QCOMPARE(byId[QStringLiteral("EVIL-1")][10], QStringLiteral("-250.50")); // a number stays a number
        QCOMPARE(byId[QStringLiteral("EVIL-2")][1],
                 QStringLiteral("'=HYPERLINK(\"http://x.example\",\"y\")"));
        QCOMPARE(byId[QStringLiteral("EVIL-3")][1], QStringLiteral("'@SUM(A1)"));
        QCOMPARE(byId[QStringLiteral("EVIL-4")][1], QStringLiteral("'+1-2"));
        QCOMPARE(byId[QStringLiteral("EVIL-5")][1], QStringLiteral("'-3+4"));
        QCOMPARE(csvTextField(QStringLiteral("\tcmd")), QByteArray("'\tcmd"));
        QCOMPARE(csvTextField(QStringLiteral("a,b")), QByteArray("\"a,b\""));
        QCOMPARE(csvTextField(QStringLiteral("say \"x\"")), QByteArray("\"say \"\"x\"\"\""));
        QCOMPARE(csvTextField(QStringLiteral("\rcmd")), QByteArray("\"'\rcmd\""));
    }

    void unknownPartRefused()
    {
        try {
            resolveExportParts({QStringLiteral("deals"), QStringLiteral("bogus")});
            QFAIL("accepted");
        } catch (const TesseraError &e) {
            QVERIFY(e.message().contains(QLatin1String("bogus")));
        }
        QCOMPARE(resolveExportParts({QStringLiteral("deals"), QStringLiteral("summary")}),
                 QStringList({QStringLiteral("summary"), QStringLiteral("deals")}));
    }

    void xlsxRoundTripThroughLibreOffice()
    {
        if (m_soffice.isEmpty())
            QSKIP("soffice (libreoffice-calc-nogui) is not installed");
        const QString xlsx = m_dir.filePath(QStringLiteral("plan.xlsx"));
        {
            auto store = PlanStore::open(m_plan, PlanStore::Access::ReadOnly);
            exportXlsx(*store, xlsx, {});
        }
        // Without recalculation (LibreOffice's default for XLSX): the values carried by the formulas.
        compareWithPlan(convert(xlsx, false));
        // Recalculated: the formulas themselves give the plan's numbers.
        compareWithPlan(convert(xlsx, true));
    }

    // A cancelled export leaves the earlier workbook as it was and no partial file beside it, whether the
    // cancel comes at the first progress report or after four sheets were written.
    void cancelLeavesEarlierFile_data()
    {
        QTest::addColumn<int>("allowedReports");
        QTest::newRow("at the start") << 0;
        QTest::newRow("in the middle") << 4;
    }
    void cancelLeavesEarlierFile()
    {
        QFETCH(int, allowedReports);
        const QString dir = m_dir.filePath(QStringLiteral("cancel-%1").arg(allowedReports));
        QVERIFY(QDir().mkpath(dir));
        const QString xlsx = dir + QStringLiteral("/plan.xlsx");
        testutil::writeFile(xlsx, "the earlier export");
        auto store = PlanStore::open(m_plan, PlanStore::Access::ReadOnly);
        int reports = 0;
        const Progress cancelling(
            [&](qint64, qint64, const QString &) { return reports++ < allowedReports; });
        try {
            exportXlsx(*store, xlsx, {}, cancelling);
            QFAIL("the export was not cancelled");
        } catch (const TesseraError &e) {
            QCOMPARE(e.kind(), TesseraError::Kind::Cancelled);
        }
        QCOMPARE(reports, allowedReports + 1);
        QFile f(xlsx);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("the earlier export"));
        QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden), QStringList({QStringLiteral("plan.xlsx")}));
        // The same export without a cancel replaces the file with a workbook (a ZIP: "PK").
        exportXlsx(*store, xlsx, {});
        f.close();
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.read(2), QByteArray("PK"));
        QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden), QStringList({QStringLiteral("plan.xlsx")}));
    }

    // The workbook's parts are deflated at zlib's fastest level (io/xlsxdeflate.h), read back from the ZIP
    // central directory: general-purpose flag bits 1 and 2 say which level class a deflated entry used (both
    // set: level 1). A workbook libxlsxwriter writes outside the export keeps the default level (no bits).
    void workbookPartsUseFastestDeflate()
    {
        const QString xlsx = m_dir.filePath(QStringLiteral("level.xlsx"));
        {
            auto store = PlanStore::open(m_plan, PlanStore::Access::ReadOnly);
            exportXlsx(*store, xlsx, {QStringLiteral("deals")});
        }
        const auto levels = deflateFlags(xlsx);
        QVERIFY(levels.count(QStringLiteral("xl/worksheets/sheet1.xml")));
        for (const auto &[name, flags] : levels)
            QVERIFY2(flags == 6, qPrintable(name + QStringLiteral(": %1").arg(flags)));

        const QString plain = m_dir.filePath(QStringLiteral("plain.xlsx"));
        lxw_workbook *wb = workbook_new(QFile::encodeName(plain).constData());
        worksheet_write_string(workbook_add_worksheet(wb, "Plain"), 0, 0, "text", nullptr);
        QCOMPARE(workbook_close(wb), LXW_NO_ERROR);
        const auto defaults = deflateFlags(plain);
        QVERIFY(!defaults.empty());
        for (const auto &[name, flags] : defaults)
            QVERIFY2(flags == 0, qPrintable(name + QStringLiteral(": %1").arg(flags)));
    }

    // libquadmath, loaded through GDAL, would register printf handlers that put every printf of the process
    // (libxlsxwriter's fprintf of each cell among them) on glibc's slow path; the executables refuse them
    // (core/common/printfhooks.cpp). With its handlers "%Qf" prints a __float128; without, glibc leaves the
    // unknown conversion as written.
    void printfHandlersRefused()
    {
        if (!dlopen("libquadmath.so.0", RTLD_NOW | RTLD_NOLOAD))
            QSKIP("libquadmath is not loaded in this process (a GDAL without its Fortran dependencies)");
        __extension__ typedef __float128 Quad;
        const Quad value = 1.5;
        const char *format = "%Qf"; // not a literal: the compiler does not know Q either
        char text[64] = {};
        std::snprintf(text, sizeof text, format, value);
        QCOMPARE(QByteArray(text), QByteArray("%Qf"));
        std::snprintf(text, sizeof text, "%.16G|%s|%d", 27500.5, "cell", 7); // still formats
        QCOMPARE(QByteArray(text), QByteArray("27500.5|cell|7"));
    }

    // Proves the recalculating profile really recalculates (else the second comparison proves nothing).
    void recalcProfileRecalculates()
    {
        if (m_soffice.isEmpty())
            QSKIP("soffice (libreoffice-calc-nogui) is not installed");
        const QString xlsx = m_dir.filePath(QStringLiteral("probe.xlsx"));
        lxw_workbook *wb = workbook_new(QFile::encodeName(xlsx).constData());
        lxw_worksheet *ws = workbook_add_worksheet(wb, "Probe");
        worksheet_write_formula_num(ws, 0, 0, "=1+1", nullptr, 5); // a wrong cached value on purpose
        QCOMPARE(workbook_close(wb), LXW_NO_ERROR);
        QCOMPARE(convert(xlsx, false).at(QStringLiteral("Probe"))[0][0], QStringLiteral("5"));
        QCOMPARE(convert(xlsx, true).at(QStringLiteral("Probe"))[0][0], QStringLiteral("2"));
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
