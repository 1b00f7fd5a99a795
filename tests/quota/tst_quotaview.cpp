// The quota view on the demo plan: built offscreen, grabbed to PNG (into $TESSERA_SCREENSHOT_DIR when set,
// else a temporary directory) and checked: all 60 territories on the fairness chart, the tree showing the
// FY2027 target, the year's months summing to it.
#include "demo/demogenerator.h"
#include "quota/allocatedialog.h"
#include "quota/fairnesschart.h"
#include "quota/quotastore.h"
#include "quota/quotatreemodel.h"
#include "quota/quotaview.h"
#include "quota/quotaworkbench.h"
#include "shell/plandocument.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <qcustomplot.h>

using namespace tessera;
using namespace tessera::quota;

class TestQuotaView : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<PlanDocument> m_doc;

    QString outDir() const
    {
        const QString env = qEnvironmentVariable("TESSERA_SCREENSHOT_DIR");
        return env.isEmpty() ? m_dir.path() : env;
    }

private slots:
    void initTestCase()
    {
        const QString path = m_dir.filePath(QStringLiteral("demo.tessera"));
        generateDemoPlan(path, DemoOptions());
        m_doc = PlanDocument::open(path);
    }

    void quotaViewOnDemo()
    {
        QuotaView view(m_doc.get());
        view.resize(1760, 860);
        view.setDetail(QuotaView::Detail::Months);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QuotaPlan &plan = view.workbench()->plan();
        QCOMPARE(plan.settings.fiscalYear, 2027);
        QCOMPARE(plan.checkInvariants(), QString());
        const QModelIndex company = view.model()->index(0, QuotaTreeModel::YearColumn);
        QCOMPARE(company.data(QuotaTreeModel::CentsRole).toLongLong(), plan.year(0));
        QVERIFY(plan.year(0) > 0);
        // Show an override and a lock in the picture: one territory's March typed in, its April locked.
        const QModelIndex region = view.model()->index(0, 0, view.model()->index(0, 0));
        const QModelIndex district = view.model()->index(0, 0, region);
        const QModelIndex territory = view.model()->index(1, 0, district);
        const qint64 march = territory.siblingAtColumn(QuotaTreeModel::FirstMonthColumn + 2)
                                 .data(QuotaTreeModel::CentsRole)
                                 .toLongLong();
        QVERIFY(view.model()->setData(territory.siblingAtColumn(QuotaTreeModel::FirstMonthColumn + 2),
                                      Money::fromCents(march / 100000 * 100000 + 2500000).toPlainString()));
        QVERIFY(view.model()->setData(territory.siblingAtColumn(QuotaTreeModel::FirstMonthColumn + 3), true,
                                      QuotaTreeModel::LockedRole));
        QCOMPARE(view.workbench()->plan().checkInvariants(), QString());
        view.tree()->expand(territory);
        view.tree()->setCurrentIndex(view.model()->index(0, 0, territory));
        QApplication::processEvents();
        const QImage shot = view.grab().toImage();
        QVERIFY(!shot.isNull());
        QVERIFY(shot.save(QDir(outDir()).filePath(QStringLiteral("quota-view.png"))));

        // Quarters and year with bottom-up numbers from two district managers: the gap per node.
        // Bottom-up numbers from the three district managers of the first region (95%, 104%, 100% of
        // top-down): the region gets their sum, the company none (other regions have not submitted).
        QCOMPARE(view.model()->rowCount(region), 3);
        qint64 topDown = 0, bottomUp = 0;
        const qint64 percent[3] = {95, 104, 100};
        for (int k = 0; k < 3; ++k) {
            const int d = view.model()->nodeOf(view.model()->index(k, 0, region));
            const qint64 amount = plan.year(d) / 100000 * 1000 * percent[k];
            saveSubmission(m_doc->store(), plan, d, amount);
            topDown += plan.year(d);
            bottomUp += amount;
        }
        m_doc->notifyChanged({ChangeEvent::Kind::Quotas, {}, {}});
        view.setDetail(QuotaView::Detail::Quarters);
        view.resize(1920, 820);
        const QModelIndex regionNow = view.model()->index(0, 0, view.model()->index(0, 0));
        const std::vector<ReconciliationRow> &rec = view.workbench()->reconciliation();
        const int r1 = view.model()->nodeOf(regionNow);
        QCOMPARE(rec[size_t(r1)].bottomUp.value_or(-1), bottomUp); // the region sums its districts
        QCOMPARE(rec[size_t(r1)].gap(), bottomUp - topDown);
        QVERIFY(!rec[0].bottomUp.has_value());
        QApplication::processEvents();
        QVERIFY(
            view.grab().toImage().save(QDir(outDir()).filePath(QStringLiteral("quota-view-quarters.png"))));
        m_doc->undoStack()->undo();
        m_doc->undoStack()->undo();
    }

    // The allocation dialog shows the plan's current settings and gives back exactly what it shows.
    void allocateDialog()
    {
        QuotaView view(m_doc.get());
        AllocateDialog dialog(view.workbench()->plan().settings, &view);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *target = dialog.findChild<QLineEdit *>();
        QVERIFY(target);
        QCOMPARE(QuotaTreeModel::parseCents(target->text(), QLocale()).value_or(-1),
                 view.workbench()->plan().year(0));
        QVERIFY(dialog.grab().toImage().save(QDir(outDir()).filePath(QStringLiteral("quota-allocate.png"))));
        target->setText(QStringLiteral("3,500,000.25"));
        QMetaObject::invokeMethod(dialog.findChild<QDialogButtonBox *>(), "accepted");
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.settings().target.cents(), qint64(350000025));
        QCOMPARE(dialog.settings().rules[size_t(Level::Territory)].overassign, Rate::fromPercent(3));
        QCOMPARE(dialog.settings().rules[size_t(Level::Region)].method, Method::Blend);
    }

    void fairnessChartOnDemo()
    {
        QuotaView view(m_doc.get());
        view.resize(1400, 820);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCustomPlot *plot = view.chart()->plot();
        int points = 0;
        for (int g = 1; g < plot->graphCount(); ++g)
            points += plot->graph(g)->dataCount();
        QCOMPARE(points, 60);
        const FairnessReport &f = view.workbench()->fairnessReport();
        QCOMPARE(int(f.territories.rows.size()), 60);
        QVERIFY(f.territories.cv > 0);
        view.chart()->resize(760, 600);
        QApplication::processEvents();
        plot->replot();
        const QImage shot = view.chart()->grab().toImage();
        QVERIFY(!shot.isNull());
        QVERIFY(shot.save(QDir(outDir()).filePath(QStringLiteral("quota-fairness.png"))));
    }
};

QTEST_MAIN(TestQuotaView)
#include "tst_quotaview.moc"
