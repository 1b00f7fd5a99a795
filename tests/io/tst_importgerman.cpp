// Tessera's own exports written in German (the application writes sheet and column titles in the user's
// language) import back: the translations of the export's column titles are recognised. A test program of
// its own, because the recognised headers are built once per process, in the language installed then.
#include "importfixture.h"
#include "io/exporter.h"
#include "io/importer.h"
#include "store/planstore.h"

#include <QTranslator>

using namespace tessera;
using namespace tessera::io;

class TestImportGerman : public ImportFixture
{
    Q_OBJECT

    QTranslator m_german;

private slots:
    void initTestCase()
    {
        QVERIFY(m_german.load(QStringLiteral(":/i18n/tessera_de.qm")));
        QCoreApplication::installTranslator(&m_german);
        makeTemplate();
    }

    void germanDealsExportImportsBack()
    {
        const QString plan = freshPlan(QStringLiteral("german-deals"));
        auto store = PlanStore::open(plan);
        const QString columns = QStringLiteral(
            "SELECT group_concat(external_id || '|' || ifnull(account_id, '') || '|' || ifnull(owner_rep_id, "
            "'') || '|' || amount_cents || '|' || stage || '|' || probability || '|' || forecast_category || "
            "'|' || close_date, ';') FROM (SELECT * FROM opportunities ORDER BY id)");
        const QString before = store->scalar(columns).toString();
        const QString dir = m_dir.filePath(QStringLiteral("german-csv"));
        exportCsv(*store, dir, {QStringLiteral("deals")}, false);
        const QString csv = dir + QStringLiteral("/deals.csv");
        const ImportPreview preview = previewFile(csv, ImportKind::Opportunities, 1);
        QVERIFY2(preview.headers.contains(QStringLiteral("Verkaufschancen-ID")) &&
                     preview.headers.contains(QStringLiteral("Abschlussdatum")),
                 qPrintable(preview.headers.join(QLatin1Char(','))));
        const auto field = [&](const QString &header) {
            const int f = preview.mapping.fieldOfColumn[size_t(preview.headers.indexOf(header))];
            return f < 0 ? QString() : fieldsFor(ImportKind::Opportunities)[size_t(f)].id;
        };
        QCOMPARE(field(QStringLiteral("Verkaufschancen-ID")), QStringLiteral("external_id"));
        QCOMPARE(field(QStringLiteral("Verkaufschance")), QStringLiteral("name"));
        QCOMPARE(field(QStringLiteral("Kunden-ID")), QStringLiteral("account"));
        QCOMPARE(field(QStringLiteral("Abschlussdatum")), QStringLiteral("close_date"));
        QCOMPARE(field(QStringLiteral("Prognosekategorie")), QStringLiteral("forecast_category"));
        QCOMPARE(field(QStringLiteral("Wahrscheinlichkeit (%)")), QStringLiteral("probability"));
        store->query(QStringLiteral("UPDATE opportunities SET amount_cents = 7, probability = 3"));
        ImportOptions o;
        o.kind = ImportKind::Opportunities;
        const ImportReport r = importFile(*store, csv, o);
        QVERIFY2(r.committed, r.problems.empty() ? "" : qPrintable(r.problems.front().reason));
        QCOMPARE(r.updated, count(*store, QStringLiteral("SELECT count(*) FROM opportunities")));
        QCOMPARE(store->scalar(columns).toString(), before);
    }

    void germanQuotasExportImportsBack()
    {
        const QString plan = freshPlan(QStringLiteral("german-quotas"));
        auto store = PlanStore::open(plan);
        QVERIFY(importTwoQuotas(*store));
        ImportOptions o;
        o.kind = ImportKind::Quotas;
        const QString dir = m_dir.filePath(QStringLiteral("german-quotas-csv"));
        exportCsv(*store, dir, {QStringLiteral("quotas")}, false);
        const QString csv = dir + QStringLiteral("/quotas.csv");
        const ImportPreview preview = previewFile(csv, ImportKind::Quotas, 1);
        QVERIFY2(preview.headers.contains(QStringLiteral("Kürzel oder Mitarbeiter-ID")),
                 qPrintable(preview.headers.join(QLatin1Char(','))));
        store->query(QStringLiteral("UPDATE quotas SET amount_cents = 1"));
        const ImportReport r = importFile(*store, csv, o);
        QVERIFY2(r.committed, r.problems.empty() ? "" : qPrintable(r.problems.front().reason));
        QCOMPARE(r.updated, 2);
        QCOMPARE(count(*store, QStringLiteral("SELECT sum(amount_cents) FROM quotas")), 100000 + 250050);
    }
};

QTEST_GUILESS_MAIN(TestImportGerman)
#include "tst_importgerman.moc"
