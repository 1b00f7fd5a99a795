// The quota tree model under QAbstractItemModelTester, and edits through it: each one an undo command with
// readable text that writes the plan file, keeps parents whole and undoes exactly.
#include "quotafixture.h"

#include "quota/quotastore.h"
#include "quota/quotatreemodel.h"
#include "quota/quotaworkbench.h"
#include "shell/plandocument.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace tessera;
using namespace tessera::quota;

class TestQuotaModel : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_count = 0;

    std::unique_ptr<PlanDocument> openFixture()
    {
        const QString path = m_dir.filePath(QStringLiteral("m%1.tessera").arg(++m_count));
        quotatest::makeFixturePlan(path);
        {
            auto store = PlanStore::open(path);
            QuotaSetup setup;
            setup.settings.fiscalYear = 2027;
            setup.settings.target = Money::fromUnits(1200000);
            setup.settings.seasonality.fill(1);
            setup.settings.seasonalitySource = QStringLiteral("entered");
            allocateAndSave(*store, setup);
        }
        return PlanDocument::open(path);
    }
    static QModelIndex find(const QuotaTreeModel &model, const QString &code, int column)
    {
        const auto &nodes = model.index(0, 0).isValid() ? &model : nullptr;
        Q_UNUSED(nodes);
        const QModelIndexList hits =
            model.match(model.index(0, 0), Qt::DisplayRole, QVariant(code + QStringLiteral(" ·")), 1,
                        Qt::MatchStartsWith | Qt::MatchRecursive);
        return hits.isEmpty() ? QModelIndex() : hits.first().siblingAtColumn(column);
    }
    static qint64 cents(const QModelIndex &i) { return i.data(QuotaTreeModel::CentsRole).toLongLong(); }

private slots:
    void modelTester()
    {
        auto doc = openFixture();
        QuotaWorkbench bench(doc.get());
        QuotaTreeModel model(&bench);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex company = model.index(0, 0);
        QCOMPARE(model.rowCount(company), 2);
        QCOMPARE(cents(company.siblingAtColumn(QuotaTreeModel::YearColumn)), qint64(120000000));
        QCOMPARE(cents(company.siblingAtColumn(QuotaTreeModel::FirstQuarterColumn)), qint64(30000000));
        const QModelIndex t1 = find(model, QStringLiteral("T1"), 0);
        QVERIFY(t1.isValid());
        QCOMPARE(model.rowCount(t1), 1); // rep A
        QCOMPARE(model.parent(t1).data().toString(), QStringLiteral("D1 · D1"));
        // An edit through the tester still holds.
        QVERIFY(
            model.setData(t1.siblingAtColumn(QuotaTreeModel::FirstMonthColumn), QStringLiteral("30,000.00")));
        QCOMPARE(cents(t1.siblingAtColumn(QuotaTreeModel::FirstMonthColumn)), qint64(3000000));
    }

    void editsAreUndoable_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("t1");
        QTest::addColumn<qint64>("t2");
        QTest::addColumn<QString>("undoText");
        // Months are 100,000.00 for the company, 25,000.00 for each territory (D1 holds 50,000.00).
        QTest::newRow("March") << int(QuotaTreeModel::FirstMonthColumn + 2) << QStringLiteral("30000")
                               << qint64(3000000) << qint64(2000000)
                               << QStringLiteral("Set the 2027-03 quota of T1 to");
        QTest::newRow("Q2") << int(QuotaTreeModel::FirstQuarterColumn + 1) << QStringLiteral("60,000.00")
                            << qint64(6000000) << qint64(9000000)
                            << QStringLiteral("Set the 2027-Q2 quota of T1 to");
        QTest::newRow("year") << int(QuotaTreeModel::YearColumn) << QStringLiteral("360000.12")
                              << qint64(36000012) << qint64(23999988)
                              << QStringLiteral("Set the FY2027 quota of T1 to");
    }
    void editsAreUndoable()
    {
        QFETCH(int, column);
        QFETCH(QString, text);
        QFETCH(qint64, t1);
        QFETCH(qint64, t2);
        QFETCH(QString, undoText);
        auto doc = openFixture();
        QuotaWorkbench bench(doc.get());
        QuotaTreeModel model(&bench);
        QSignalSpy changed(doc.get(), &PlanDocument::changed);
        const QModelIndex i1 = find(model, QStringLiteral("T1"), column);
        const QModelIndex i2 = find(model, QStringLiteral("T2"), column);
        const QModelIndex d1 = find(model, QStringLiteral("D1"), column);
        const qint64 before1 = cents(i1), before2 = cents(i2), district = cents(d1);
        QVERIFY(model.setData(i1, text));
        QCOMPARE(cents(i1), t1);
        QCOMPARE(cents(i2), t2);
        QCOMPARE(cents(d1), district);
        QCOMPARE(doc->undoStack()->count(), 1);
        QVERIFY2(doc->undoStack()->undoText().startsWith(undoText), qPrintable(doc->undoStack()->undoText()));
        QVERIFY(i1.data(QuotaTreeModel::OverriddenRole).toBool());
        QVERIFY(i1.data(QuotaTreeModel::LockedRole).toBool());
        QVERIFY(!changed.isEmpty());
        // Written to the plan file.
        QCOMPARE(loadPlan(doc->store(), 2027).year(model.nodeOf(i1)) > 0, true);
        const QuotaPlan saved = loadPlan(doc->store(), 2027);
        QCOMPARE(saved.checkInvariants(), QString());
        qint64 s = 0;
        for (int m : QuotaTreeModel::monthsOf(column))
            s += saved.month(model.nodeOf(i1), m);
        QCOMPARE(s, t1);

        doc->undoStack()->undo();
        QCOMPARE(cents(i1), before1);
        QCOMPARE(cents(i2), before2);
        QVERIFY(!i1.data(QuotaTreeModel::OverriddenRole).toBool());
        QCOMPARE(loadPlan(doc->store(), 2027).month(model.nodeOf(i1), QuotaTreeModel::monthsOf(column)[0]),
                 bench.plan().month(model.nodeOf(i1), QuotaTreeModel::monthsOf(column)[0]));
        doc->undoStack()->redo();
        QCOMPARE(cents(i1), t1);
        QCOMPARE(bench.plan().checkInvariants(), QString());
    }

    void invalidInputIsRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("words") << QStringLiteral("a lot");
        QTest::newRow("negative") << QStringLiteral("-5");
        QTest::newRow("three decimals") << QStringLiteral("1.005");
        // T2 is locked, so D1 and R1 take the change and R2 would have to give up more than the company's
        // 100,000.00 a month allows: refused by the engine.
        QTest::newRow("too much") << QStringLiteral("200000");
    }
    void invalidInputIsRefused()
    {
        QFETCH(QString, text);
        auto doc = openFixture();
        QuotaWorkbench bench(doc.get());
        QuotaTreeModel model(&bench);
        QVERIFY(model.setData(find(model, QStringLiteral("T2"), QuotaTreeModel::FirstMonthColumn), true,
                              QuotaTreeModel::LockedRole));
        QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Lock T2"));
        QSignalSpy errors(&bench, &QuotaWorkbench::error);
        const QModelIndex i = find(model, QStringLiteral("T1"), QuotaTreeModel::FirstMonthColumn);
        QVERIFY(!model.setData(i, text));
        QCOMPARE(errors.count(), 1);
        QCOMPARE(cents(i), qint64(2500000));
        QCOMPARE(doc->undoStack()->count(), 1);
        doc->undoStack()->undo();
        QVERIFY(!find(model, QStringLiteral("T2"), QuotaTreeModel::FirstMonthColumn)
                     .data(QuotaTreeModel::LockedRole)
                     .toBool());
        QVERIFY(!loadPlan(doc->store(), 2027)
                     .nodes[size_t(model.nodeOf(find(model, QStringLiteral("T2"), 0)))]
                     .cells[0]
                     .locked);
    }

    // A new allocation from the workbench runs in a worker, writes the plan file and undoes as one command.
    void allocateIsOneUndoableCommand()
    {
        auto doc = openFixture();
        QuotaWorkbench bench(doc.get());
        QuotaTreeModel model(&bench);
        QuotaSettings settings = bench.plan().settings;
        settings.target = Money::fromUnits(2400000);
        settings.rules[size_t(Level::District)].overassign = Rate::fromPercent(10);
        QVERIFY(bench.allocate(settings, nullptr));
        QCOMPARE(cents(model.index(0, QuotaTreeModel::YearColumn)), qint64(240000000));
        // Districts carry 10% more than their regions: D1 = 1,200,000 × 1.10 a year (100,000 × 1.1 a month).
        QCOMPARE(cents(find(model, QStringLiteral("D1"), QuotaTreeModel::YearColumn)), qint64(132000000));
        QCOMPARE(loadPlan(doc->store(), 2027).year(0), qint64(240000000));
        QCOMPARE(loadSetup(doc->store(), 2027).settings.rules[size_t(Level::District)].overassign,
                 Rate::fromPercent(10));
        QCOMPARE(doc->undoStack()->count(), 1);
        QVERIFY(doc->undoStack()->undoText().startsWith(QLatin1String("Allocate")));
        doc->undoStack()->undo();
        QCOMPARE(cents(model.index(0, QuotaTreeModel::YearColumn)), qint64(120000000));
        QCOMPARE(cents(find(model, QStringLiteral("D1"), QuotaTreeModel::YearColumn)), qint64(60000000));
        const QuotaPlan undone = loadPlan(doc->store(), 2027);
        QCOMPARE(undone.year(0), qint64(120000000));
        QCOMPARE(bench.plan().checkInvariants(), QString());
    }

    // Bottom-up numbers typed into the grid: kept beside top-down, rolled up when every child has one,
    // undoable.
    void bottomUpEntry()
    {
        auto doc = openFixture();
        QuotaWorkbench bench(doc.get());
        QuotaTreeModel model(&bench);
        const QModelIndex t1 = find(model, QStringLiteral("T1"), QuotaTreeModel::BottomUpColumn);
        const QModelIndex t2 = find(model, QStringLiteral("T2"), QuotaTreeModel::BottomUpColumn);
        const QModelIndex d1 = find(model, QStringLiteral("D1"), QuotaTreeModel::GapColumn);
        QVERIFY(model.setData(t1, QStringLiteral("400,000.00")));
        QVERIFY(!d1.data().isValid()); // T2 has no number yet
        QVERIFY(model.setData(t2, QStringLiteral("250000")));
        // D1: 650,000.00 bottom-up against 600,000.00 top-down.
        QCOMPARE(d1.data(QuotaTreeModel::CentsRole).toLongLong(), qint64(5000000));
        QCOMPARE(t1.siblingAtColumn(QuotaTreeModel::GapColumn).data(QuotaTreeModel::CentsRole).toLongLong(),
                 qint64(10000000));
        QCOMPARE(doc->undoStack()->count(), 2);
        QVERIFY(doc->undoStack()->undoText().startsWith(QLatin1String("Enter the bottom-up number of T2")));
        QCOMPARE(loadSubmissions(doc->store(), bench.plan()).size(), size_t(2));
        doc->undoStack()->undo();
        QVERIFY(!d1.data().isValid());
        QCOMPARE(loadSubmissions(doc->store(), bench.plan()).size(), size_t(1));
        QVERIFY(model.setData(t1, QString()));
        QCOMPARE(loadSubmissions(doc->store(), bench.plan()).size(), size_t(0));
        QVERIFY(!model.setData(t1, QStringLiteral("lots")));
    }

    void parentFollows()
    {
        auto doc = openFixture();
        QuotaWorkbench bench(doc.get());
        bench.setEditMode(EditMode::ParentFollows);
        QuotaTreeModel model(&bench);
        QVERIFY(model.setData(find(model, QStringLiteral("T1"), QuotaTreeModel::FirstMonthColumn),
                              QStringLiteral("35000")));
        QCOMPARE(cents(model.index(0, QuotaTreeModel::FirstMonthColumn)), qint64(11000000));
        QCOMPARE(cents(model.index(0, QuotaTreeModel::YearColumn)), qint64(121000000));
        doc->undoStack()->undo();
        QCOMPARE(cents(model.index(0, QuotaTreeModel::YearColumn)), qint64(120000000));
        QCOMPARE(loadPlan(doc->store(), 2027).year(0), qint64(120000000));
    }
};

QTEST_MAIN(TestQuotaModel)
#include "tst_quotamodel.moc"
