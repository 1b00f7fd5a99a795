// Edits through the table model are undoable commands that write the plan and the change log.
#include "shell/entitytablemodel.h"
#include "shell/plandocument.h"
#include "shellfixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;

class TestValueUndo : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PlanDocument> m_doc;

    QVariant stored(const char *sql) { return m_doc->store().scalar(QString::fromUtf8(sql)); }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void init()
    {
        static int n = 0;
        const QString path = m_dir.filePath(QStringLiteral("plan%1.tessera").arg(++n));
        shelltest::createSmallPlan(path);
        m_doc = PlanDocument::open(path);
    }

    void editUndoRedo()
    {
        EntityTableModel m(m_doc.get(), model::Entity::Opportunities);
        const int amount = m.info().indexOf(QStringLiteral("amount_cents"));
        QSignalSpy changed(m_doc.get(), &PlanDocument::changed);
        QVERIFY(m.setData(m.index(0, amount), QStringLiteral("13,500.75")));
        QCOMPARE(stored("SELECT amount_cents FROM opportunities WHERE id = 1").toLongLong(), 1350075);
        QCOMPARE(m.index(0, amount).data(EntityTableModel::RawValueRole).toLongLong(), 1350075);
        QCOMPARE(changed.count(), 1);
        const auto event = changed.first().first().value<ChangeEvent>();
        QCOMPARE(event.kind, ChangeEvent::Kind::Opportunities);
        QCOMPARE(event.ids, QList<qint64>{1});
        QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Change Amount of “Acme – Platform”"));
        QVERIFY(!m_doc->undoStack()->isClean());

        m_doc->undoStack()->undo();
        QCOMPARE(stored("SELECT amount_cents FROM opportunities WHERE id = 1").toLongLong(), 1200000);
        QCOMPARE(m.index(0, amount).data(EntityTableModel::RawValueRole).toLongLong(), 1200000);
        QVERIFY(m_doc->undoStack()->isClean());
        m_doc->undoStack()->redo();
        QCOMPARE(stored("SELECT amount_cents FROM opportunities WHERE id = 1").toLongLong(), 1350075);
        // Edit, undo and redo are three logged writes with before and after.
        QCOMPARE(shelltest::changeLogCount(m_doc->store()), 3);
        QCOMPARE(stored("SELECT before_json FROM change_log ORDER BY id LIMIT 1").toString(),
                 QStringLiteral("{\"amount_cents\":1200000}"));
        QCOMPARE(stored("SELECT after_json FROM change_log ORDER BY id LIMIT 1").toString(),
                 QStringLiteral("{\"amount_cents\":1350075}"));
    }

    void consecutiveEditsMerge()
    {
        EntityTableModel m(m_doc.get(), model::Entity::Reps);
        const int name = m.info().indexOf(QStringLiteral("name"));
        QVERIFY(m.setData(m.index(1, name), QStringLiteral("Bob Stein")));
        QVERIFY(m.setData(m.index(1, name), QStringLiteral("Robert Stein")));
        QCOMPARE(m_doc->undoStack()->count(), 1);
        QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Rename rep “Bob Stone”"));
        m_doc->undoStack()->undo();
        QCOMPARE(stored("SELECT name FROM reps WHERE id = 2").toString(), QStringLiteral("Bob Stone"));
        m_doc->undoStack()->redo();
        QCOMPARE(stored("SELECT name FROM reps WHERE id = 2").toString(), QStringLiteral("Robert Stein"));
        // Another cell is another command.
        QVERIFY(m.setData(m.index(1, m.info().indexOf(QStringLiteral("role"))), QStringLiteral("Senior AE")));
        QCOMPARE(m_doc->undoStack()->count(), 2);
        QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Change Role of “Robert Stein”"));
    }

    void unchangedValueIsNoCommand()
    {
        EntityTableModel m(m_doc.get(), model::Entity::Accounts);
        QVERIFY(m.setData(m.index(0, m.info().indexOf(QStringLiteral("city"))), QStringLiteral("Oakland")));
        QCOMPARE(m_doc->undoStack()->count(), 0);
        QCOMPARE(shelltest::changeLogCount(m_doc->store()), 0);
    }

    void refusedEditLeavesPlanAlone_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("field");
        QTest::newRow("bad email") << QStringLiteral("email") << QStringLiteral("bob@")
                                   << QStringLiteral("Email");
        QTest::newRow("end before hire")
            << QStringLiteral("end_date") << QStringLiteral("2020-01-01") << QStringLiteral("End date");
    }
    void refusedEditLeavesPlanAlone()
    {
        QFETCH(QString, column);
        QFETCH(QString, input);
        QFETCH(QString, field);
        EntityTableModel m(m_doc.get(), model::Entity::Reps);
        QSignalSpy rejected(&m, &EntityTableModel::editRejected);
        const QModelIndex cell = m.index(1, m.info().indexOf(column));
        const QVariant before = cell.data(EntityTableModel::RawValueRole);
        QVERIFY(!m.setData(cell, input));
        QCOMPARE(rejected.count(), 1);
        QVERIFY(m.lastError());
        QCOMPARE(m.lastError()->field(), field);
        QCOMPARE(m.index(1, cell.column()).data(EntityTableModel::RawValueRole), before);
        QCOMPARE(m_doc->undoStack()->count(), 0);
        QCOMPARE(shelltest::changeLogCount(m_doc->store()), 0);
    }

    void foreignKeyEdit()
    {
        EntityTableModel m(m_doc.get(), model::Entity::Opportunities);
        const int owner = m.info().indexOf(QStringLiteral("owner_rep_id"));
        QVERIFY(m.setData(m.index(2, owner), qlonglong(3))); // a combo box gives the rep's id
        QCOMPARE(m.index(2, owner).data().toString(), QStringLiteral("Cara Diaz"));
        QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Change Owner of “Gamma – Pilot”"));
        m_doc->undoStack()->undo();
        QCOMPARE(m.index(2, owner).data().toString(), QStringLiteral("Dan Ito"));
    }
};

QTEST_MAIN(TestValueUndo)
#include "tst_valueundo.moc"
