// The import wizard and the export dialog, driven offscreen: recognised columns preselected, the validation
// page listing problems by row and column, skip-bad-rows, and an export run. Grabs the pages to PNG
// (docs/screenshots/io-*.png when TESSERA_SCREENSHOT_DIR is set).
#include "../core/testutil.h"
#include "demo/demogenerator.h"
#include "io/columnmapping.h"
#include "io/exportdialog.h"
#include "io/exporter.h"
#include "io/importwizard.h"
#include "shell/plandocument.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;

class TestIoDialogs : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<PlanDocument> m_doc;

    void shoot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("TESSERA_SCREENSHOT_DIR", m_dir.path());
        QVERIFY(w->grab().save(dir + QStringLiteral("/io-") + name + QStringLiteral(".png")));
    }

    // The wizard shown on a file and moved to its mapping page; the page's table, or null if it is not there.
    static QTableWidget *mappingPage(ImportWizard &wizard, const QString &file)
    {
        wizard.setFile(file);
        wizard.show();
        if (!QTest::qWaitForWindowExposed(&wizard))
            return nullptr;
        wizard.next();
        return wizard.currentId() == int(ImportWizard::MappingPage) ? wizard.findChild<QTableWidget *>()
                                                                    : nullptr;
    }
    // The field id an opportunity column is imported as on the mapping page ("" if ignored).
    static QString fieldOf(QTableWidget *mapping, int row)
    {
        const int f = qobject_cast<QComboBox *>(mapping->cellWidget(row, 2))->currentData().toInt();
        return f < 0 ? QString() : io::fieldsFor(io::ImportKind::Opportunities)[size_t(f)].id;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString plan = m_dir.filePath(QStringLiteral("demo.tessera"));
        DemoOptions o;
        o.reps = 6;
        o.accounts = 40;
        o.opportunities = 100;
        generateDemoPlan(plan, o);
        m_doc = PlanDocument::open(plan);
    }

    void importWizard()
    {
        const QString csv = m_dir.filePath(QStringLiteral("crm-report.csv"));
        testutil::writeFile(
            csv, "Opportunity Name,Account Name,Amount,Close Date,Stage,Probability (%),"
                 "Forecast Category,Opportunity Owner,Opportunity ID,Lead Source\r\n"
                 "Acme renewal,Acme Corp,\"$12,500.00\",2027-09-30,Proposal,50,Best Case,REP-00001,"
                 "S-1,Web\r\n"
                 "Beta expansion,,twelve,2027-10-15,Negotiation,70,Commit,REP-00002,S-2,Partner\r\n"
                 "Gamma new logo,,\"$8,000\",03/04/2027,Prospecting,10,Pipeline,Nobody Known,S-3,Event\r\n"
                 "Delta upsell,,\"$3,250.50\",2027-11-02,Closed Won,100,Closed,REP-00003,S-4,Web\r\n"
                 "Acme renewal again,,100,2027-12-01,Proposal,50,Best Case,REP-00001,S-1,Web\r\n");
        ImportWizard wizard(m_doc.get());
        QTableWidget *mapping = mappingPage(wizard, csv);
        QVERIFY(mapping);
        QCOMPARE(mapping->rowCount(), 10);
        // Recognised columns are preselected; the unknown one is ignored.
        const auto fieldAt = [&](int row) {
            return fieldOf(mapping, row);
        };
        QCOMPARE(fieldAt(0), QStringLiteral("name"));
        QCOMPARE(fieldAt(2), QStringLiteral("amount"));
        QCOMPARE(fieldAt(8), QStringLiteral("external_id"));
        QCOMPARE(fieldAt(9), QString());
        QVERIFY(wizard.currentPage()->isComplete());
        shoot(&wizard, QStringLiteral("import-mapping"));

        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::ValidationPage));
        QCOMPARE(wizard.validation().rows, 5);
        // Unknown account, text amount, ambiguous date, unknown owner, duplicate id.
        QCOMPARE(wizard.validation().problemCount, 5);
        QVERIFY(!wizard.currentPage()->isComplete());
        QTableWidget *problems = nullptr;
        for (auto *t : wizard.findChildren<QTableWidget *>())
            if (t->isVisible())
                problems = t;
        QVERIFY(problems);
        QCOMPARE(problems->rowCount(), 5);
        QCOMPARE(problems->item(0, 0)->text(), QStringLiteral("2"));
        QCOMPARE(problems->item(0, 1)->text(), QStringLiteral("Account Name"));
        QCOMPARE(problems->item(1, 0)->text(), QStringLiteral("3"));
        QCOMPARE(problems->item(1, 1)->text(), QStringLiteral("Amount"));
        shoot(&wizard, QStringLiteral("import-validation"));
        wizard.findChild<QCheckBox *>()->setChecked(true);
        QVERIFY(wizard.currentPage()->isComplete());
    }

    // The wizard on the plan's own Deals workbook: every column recognised (accounts and owners by their
    // ids), every row valid, the totals row passed over.
    void importWizardOnOwnDealsWorkbook()
    {
        const QString xlsx = m_dir.filePath(QStringLiteral("own-deals.xlsx"));
        io::exportXlsx(m_doc->store(), xlsx, {QStringLiteral("deals")});
        ImportWizard wizard(m_doc.get());
        QTableWidget *mapping = mappingPage(wizard, xlsx);
        QVERIFY(mapping);
        QCOMPARE(mapping->rowCount(), 14);
        const auto fieldAt = [&](int row) {
            return fieldOf(mapping, row);
        };
        QCOMPARE(fieldAt(0), QStringLiteral("external_id"));
        QCOMPARE(fieldAt(1), QStringLiteral("name"));
        QCOMPARE(fieldAt(2), QString()); // the account's name: its id (column 13) is used instead
        QCOMPARE(fieldAt(11), QStringLiteral("probability"));
        QCOMPARE(fieldAt(12), QStringLiteral("account"));
        QCOMPARE(fieldAt(13), QStringLiteral("owner"));
        // Dates show as dates, not as the day numbers the workbook stores with a date format.
        const QString closeDates = mapping->item(8, 1)->text();
        QVERIFY2(QRegularExpression(QStringLiteral(R"(^20\d\d-\d\d-\d\d · )")).match(closeDates).hasMatch(),
                 qPrintable(closeDates));
        shoot(&wizard, QStringLiteral("import-own-deals"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::ValidationPage));
        QCOMPARE(wizard.validation().problemCount, 0);
        QCOMPARE(wizard.validation().updated, 100);
        QVERIFY(wizard.currentPage()->isComplete());
    }

    void exportDialog()
    {
        ExportDialog dialog(m_doc.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.selectedParts().size(), 7);
        shoot(&dialog, QStringLiteral("export"));
        const QString out = m_dir.filePath(QStringLiteral("out.xlsx"));
        dialog.setDestination(out);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(QFileInfo(out).size() > 1000);
    }
};

QTEST_MAIN(TestIoDialogs)
#include "tst_iodialogs.moc"
