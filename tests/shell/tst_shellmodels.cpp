// The shell's item models under QAbstractItemModelTester, with sorting, filtering and paging exercised.
#include "demo/demogenerator.h"
#include "shell/entitytablemodel.h"
#include "shell/orgtreemodel.h"
#include "shell/plandocument.h"
#include "shellfixture.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;

class TestShellModels : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PlanDocument> m_demo;
    std::unique_ptr<PlanDocument> m_small;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QString demo = m_dir.filePath(QStringLiteral("demo.tessera"));
        DemoOptions options;
        options.reps = 12;
        options.accounts = 900;       // several windows of 200 rows
        options.opportunities = 5200; // more windows than the model keeps
        generateDemoPlan(demo, options);
        m_demo = PlanDocument::open(demo);
        const QString small = m_dir.filePath(QStringLiteral("small.tessera"));
        shelltest::createSmallPlan(small);
        m_small = PlanDocument::open(small);
    }

    void tableModels_data()
    {
        QTest::addColumn<int>("entity");
        QTest::newRow("org nodes") << int(model::Entity::OrgNodes);
        QTest::newRow("reps") << int(model::Entity::Reps);
        QTest::newRow("accounts") << int(model::Entity::Accounts);
        QTest::newRow("opportunities") << int(model::Entity::Opportunities);
    }
    void tableModels()
    {
        QFETCH(int, entity);
        EntityTableModel m(m_demo.get(), model::Entity(entity));
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString table = model::tableOf(model::Entity(entity));
        const qint64 total =
            m_demo->store().scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table).toLongLong();
        QCOMPARE(qint64(m.rowCount()), total);
        // Every column sorts both ways; the first row is the SQL minimum/maximum of the column.
        for (int c = 0; c < m.columnCount(); ++c) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                m.sort(c, order);
                QCOMPARE(qint64(m.rowCount()), total);
                const model::Column &col = m.info().columns[size_t(c)];
                if (col.type == model::ColumnType::ForeignKey)
                    continue; // ordered by the looked-up name, checked in tst_entitytable
                const QString sql =
                    QStringLiteral("SELECT %1(%2) FROM %3")
                        .arg(order == Qt::AscendingOrder ? QStringLiteral("MIN") : QStringLiteral("MAX"),
                             col.key, table);
                const QVariant extreme = m_demo->store().scalar(sql);
                const QVariant first = m.index(0, c).data(EntityTableModel::RawValueRole);
                if (order == Qt::AscendingOrder &&
                    m_demo->store()
                            .scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 IS NULL")
                                        .arg(table, col.key))
                            .toLongLong() > 0)
                    QVERIFY(first.isNull()); // NULLs first
                else
                    QCOMPARE(first.toString(), extreme.toString());
            }
        }
        // Reading past the first window pages in further windows.
        m.sort(-1, Qt::AscendingOrder);
        const int last = m.rowCount() - 1;
        QCOMPARE(m.rowId(last),
                 m_demo->store().scalar(QStringLiteral("SELECT MAX(id) FROM ") + table).toLongLong());
        // A filter that matches nothing, then one that matches something.
        m.setFilterText(QStringLiteral("no such text anywhere 123"));
        QCOMPARE(m.rowCount(), 0);
        m.setFilterText(QStringLiteral("a"));
        QVERIFY(m.rowCount() > 0);
        m.setFilterText(QString());
        QCOMPARE(qint64(m.rowCount()), total);
    }

    void windowCache()
    {
        EntityTableModel m(m_demo.get(), model::Entity::Opportunities);
        QCOMPARE(m.fetchedWindows(), 0);
        for (int row = 0; row < EntityTableModel::BlockSize; ++row)
            m.index(row, 1).data();
        QCOMPARE(m.fetchedWindows(), 1); // one LIMIT/OFFSET query for the first 200 rows
        m.index(EntityTableModel::BlockSize * 5 + 3, 1).data();
        QCOMPARE(m.fetchedWindows(), 2);
        m.index(2, 1).data(); // still cached
        QCOMPARE(m.fetchedWindows(), 2);
        // Reading one row of every window: the least recently used windows are dropped and read again.
        const int windows = (m.rowCount() + EntityTableModel::BlockSize - 1) / EntityTableModel::BlockSize;
        QVERIFY(windows > EntityTableModel::MaxBlocks);
        for (int w = 0; w < windows; ++w)
            QCOMPARE(m.rowId(w * EntityTableModel::BlockSize),
                     m_demo->store()
                         .scalar(QStringLiteral("SELECT id FROM opportunities ORDER BY id LIMIT 1 OFFSET ?"),
                                 {w * EntityTableModel::BlockSize})
                         .toLongLong());
        const qint64 afterScan = m.fetchedWindows();
        QCOMPARE(afterScan, qint64(windows)); // 0 and 5 were still cached: every window read once
        m.index(m.rowCount() - 1, 1).data();  // in the last window: cached
        QCOMPARE(m.fetchedWindows(), afterScan);
        QCOMPARE(m.rowId(0),
                 m_demo->store().scalar(QStringLiteral("SELECT MIN(id) FROM opportunities")).toLongLong());
        QCOMPARE(m.fetchedWindows(), afterScan + 1); // the first window was dropped, so read again
    }

    void formatting()
    {
        EntityTableModel m(m_small.get(), model::Entity::Opportunities);
        const int amount = m.info().indexOf(QStringLiteral("amount_cents"));
        const int probability = m.info().indexOf(QStringLiteral("probability"));
        const int account = m.info().indexOf(QStringLiteral("account_id"));
        const int owner = m.info().indexOf(QStringLiteral("owner_rep_id"));
        const QModelIndex gamma = m.index(2, amount);
        QCOMPARE(gamma.data(EntityTableModel::RawValueRole).toLongLong(), 500025);
        QCOMPARE(gamma.data().toString(), QStringLiteral("$5,000.25"));
        QCOMPARE(gamma.data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
        QCOMPARE(m.index(2, probability).data().toString(), QStringLiteral("10%"));
        const int close = m.info().indexOf(QStringLiteral("close_date"));
        QCOMPARE(m.index(2, close).data().toString(), QStringLiteral("12/1/2027"));
        QCOMPARE(m.index(2, close).data(Qt::EditRole).toString(), QStringLiteral("2027-12-01"));
        QCOMPARE(gamma.data(Qt::EditRole).toString(), QStringLiteral("5000.25"));
        QCOMPARE(m.index(2, account).data().toString(), QStringLiteral("Gamma Inc"));
        QCOMPARE(m.index(2, owner).data().toString(), QStringLiteral("Dan Ito"));
        QCOMPARE(m.index(2, owner).data(Qt::EditRole).toLongLong(), 4);
        QVERIFY(!(m.flags(m.index(0, account)) & Qt::ItemIsEditable));
        QVERIFY(m.flags(m.index(0, amount)) & Qt::ItemIsEditable);
    }

    void orgTree()
    {
        OrgTreeModel m(m_demo.get());
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m.rowCount(), 1); // the company
        const QModelIndex company = m.index(0, 0);
        QCOMPARE(m.rowCount(company), 4); // regions
        const qint64 nodes =
            m_demo->store().scalar(QStringLiteral("SELECT COUNT(*) FROM org_nodes")).toLongLong();
        QCOMPARE(qint64(m.subtree(company).size()), nodes);
        const qint64 assigned =
            m_demo->store()
                .scalar(QStringLiteral("SELECT COUNT(*) FROM reps WHERE territory_id IS NOT NULL"))
                .toLongLong();
        QCOMPARE(m.index(0, OrgTreeModel::RepsColumn).data(Qt::EditRole).toLongLong(), assigned);
        QCOMPARE(m.indexOfNode(m.nodeId(m.index(1, 0, company))), m.index(1, 0, company));
    }

    void orgTreeSmall()
    {
        OrgTreeModel m(m_small.get());
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex west = m.index(0, 0, m.index(0, 0));
        QCOMPARE(west.data().toString(), QStringLiteral("West"));
        QCOMPARE(west.siblingAtColumn(OrgTreeModel::ManagerColumn).data().toString(),
                 QStringLiteral("Ann Lee"));
        QCOMPARE(west.siblingAtColumn(OrgTreeModel::LevelColumn).data().toString(),
                 OrgTreeModel::tr("Region"));
        QCOMPARE(m.subtree(west), (QList<qint64>{2, 4, 3}));
        QCOMPARE(m.managersIn(west), QList<qint64>{1});
        // Renaming a node goes through the undo stack and the tree shows the new name.
        QVERIFY(m.setData(west, QStringLiteral("West Coast")));
        QCOMPARE(m.index(0, 0, m.index(0, 0)).data().toString(), QStringLiteral("West Coast"));
        QCOMPARE(m_small->undoStack()->undoText(), QStringLiteral("Rename “West”"));
        m_small->undoStack()->undo();
        QCOMPARE(m.index(0, 0, m.index(0, 0)).data().toString(), QStringLiteral("West"));
        QVERIFY(!m.setData(west, QString()));
        QVERIFY(m.lastError());
        QCOMPARE(m.lastError()->field(), QStringLiteral("Name"));
    }

    void scopedReps()
    {
        EntityTableModel m(m_small.get(), model::Entity::Reps);
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setScopes({model::Scope{QStringLiteral("territory_id"), {3}}});
        QCOMPARE(m.rowCount(), 2);
        QCOMPARE(m.index(0, 1).data().toString(), QStringLiteral("Bob Stone"));
        QCOMPARE(m.index(1, 1).data().toString(), QStringLiteral("Dan Ito"));
        m.clearScopes();
        QCOMPARE(m.rowCount(), 4);
    }
};

QTEST_MAIN(TestShellModels)
#include "tst_shellmodels.moc"
