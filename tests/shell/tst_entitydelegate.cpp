// The cell editors: lists for enums and references, line edits for amounts in the user's locale.
#include "shell/entitydelegate.h"
#include "shell/entitytablemodel.h"
#include "shell/plandocument.h"
#include "shellfixture.h"

#include <QComboBox>
#include <QLineEdit>
#include <QStyleOptionViewItem>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;

class TestEntityDelegate : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PlanDocument> m_doc;

private slots:
    void init()
    {
        static int n = 0;
        const QString path = m_dir.filePath(QStringLiteral("plan%1.tessera").arg(++n));
        shelltest::createSmallPlan(path);
        m_doc = PlanDocument::open(path);
    }

    void stageList()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        EntityTableModel m(m_doc.get(), model::Entity::Opportunities);
        EntityDelegate delegate;
        QWidget parent;
        const QModelIndex cell = m.index(0, m.info().indexOf(QStringLiteral("stage")));
        std::unique_ptr<QWidget> editor(delegate.createEditor(&parent, QStyleOptionViewItem(), cell));
        auto *combo = qobject_cast<QComboBox *>(editor.get());
        QVERIFY(combo);
        // The plan's stages, no "(none)": a stage is required.
        QCOMPARE(combo->count(), 4);
        QCOMPARE(combo->itemText(0), QStringLiteral("Discovery"));
        delegate.setEditorData(combo, cell);
        QCOMPARE(combo->currentText(), QStringLiteral("Proposal"));
        combo->setCurrentIndex(combo->findText(QStringLiteral("Negotiation")));
        delegate.setModelData(combo, &m, cell);
        QCOMPARE(
            m_doc->store().scalar(QStringLiteral("SELECT stage FROM opportunities WHERE id = 1")).toString(),
            QStringLiteral("Negotiation"));
        QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Change Stage of “Acme – Platform”"));
    }

    void ownerList()
    {
        EntityTableModel m(m_doc.get(), model::Entity::Accounts);
        EntityDelegate delegate;
        QWidget parent;
        const QModelIndex cell = m.index(2, m.info().indexOf(QStringLiteral("owner_rep_id")));
        std::unique_ptr<QWidget> editor(delegate.createEditor(&parent, QStyleOptionViewItem(), cell));
        auto *combo = qobject_cast<QComboBox *>(editor.get());
        QVERIFY(combo);
        // "(none)" and the four reps by name.
        QCOMPARE(combo->count(), 5);
        QCOMPARE(combo->itemText(1), QStringLiteral("Ann Lee"));
        delegate.setEditorData(combo, cell);
        QCOMPARE(combo->currentText(), QStringLiteral("Dan Ito"));
        combo->setCurrentIndex(0);
        delegate.setModelData(combo, &m, cell);
        QVERIFY(
            m_doc->store().scalar(QStringLiteral("SELECT owner_rep_id FROM accounts WHERE id = 3")).isNull());
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->store()
                     .scalar(QStringLiteral("SELECT owner_rep_id FROM accounts WHERE id = 3"))
                     .toLongLong(),
                 4);
    }

    void amountInGermanLocale()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        EntityTableModel m(m_doc.get(), model::Entity::Opportunities);
        EntityDelegate delegate;
        QWidget parent;
        const QModelIndex cell = m.index(2, m.info().indexOf(QStringLiteral("amount_cents")));
        std::unique_ptr<QWidget> editor(delegate.createEditor(&parent, QStyleOptionViewItem(), cell));
        auto *edit = qobject_cast<QLineEdit *>(editor.get());
        QVERIFY(edit);
        delegate.setEditorData(edit, cell);
        QCOMPARE(edit->text(), QStringLiteral("5000,25"));
        edit->setText(QStringLiteral("12.345,60 €"));
        delegate.setModelData(edit, &m, cell);
        QCOMPARE(m_doc->store()
                     .scalar(QStringLiteral("SELECT amount_cents FROM opportunities WHERE id = 3"))
                     .toLongLong(),
                 1234560);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
};

QTEST_MAIN(TestEntityDelegate)
#include "tst_entitydelegate.moc"
