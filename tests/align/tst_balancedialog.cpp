// The Balance dialog's fields and the undoable balance command.
#include "gridplan.h"

#include "align/balancecommand.h"
#include "align/balancedialog.h"
#include "shell/plandocument.h"

#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;

class TestBalanceDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    static qint64 assigned(const PlanStore &s)
    {
        return s
            .scalar(QStringLiteral("SELECT COUNT(*) FROM unit_assignments WHERE territory_id IS NOT NULL"))
            .toLongLong();
    }

private slots:
    void fieldsMakeTheRequest()
    {
        const QString path = m_dir.filePath(QStringLiteral("dialog.tessera"));
        testgraphs::makeGridPlan(path);
        auto doc = PlanDocument::open(path);
        BalanceDialog dialog(doc.get());
        dialog.resize(dialog.sizeHint());
        align::BalanceRequest r = dialog.request();
        QCOMPARE(r.level, QStringLiteral("grid"));
        QCOMPARE(r.territories, 2); // the plan's territories
        QCOMPARE(r.measure.describe(), QStringLiteral("accounts"));
        QCOMPARE(r.tolerance, 0.005);
        // What the user sees first (saved where TESSERA_SCREENSHOT_DIR points, else a temporary folder).
        const QImage shot = dialog.grab().toImage();
        QVERIFY(!shot.isNull() && shot.width() >= 400);
        const QString dir = qEnvironmentVariable("TESSERA_SCREENSHOT_DIR", m_dir.path());
        QVERIFY(shot.save(dir + QStringLiteral("/align-balance-dialog.png")));
        auto *measure = dialog.findChildren<QComboBox *>().at(1);
        QCOMPARE(measure->findData(QStringLiteral("households")) >= 0, true); // unit measures are offered
        dialog.findChild<QLineEdit *>()->setText(QStringLiteral("potential=3,accounts=1"));
        QCOMPARE(dialog.request().measure.describe(), QStringLiteral("potential 75% + accounts 25%"));
        QVERIFY(!measure->isEnabled());
    }

    void oneUndoableChange()
    {
        const QString path = m_dir.filePath(QStringLiteral("undo.tessera"));
        testgraphs::makeGridPlan(path);
        auto doc = PlanDocument::open(path);
        align::BalanceRequest r;
        r.level = QStringLiteral("grid");
        r.territories = 3;
        r.measure = align::MeasureSpec::single(QStringLiteral("accounts"));
        const align::BalanceReport report = align::planBalance(doc->store(), r);
        int alignmentEvents = 0;
        connect(doc.get(), &PlanDocument::changed, this,
                [&](const ChangeEvent &e) { alignmentEvents += e.kind == ChangeEvent::Kind::Alignment; });
        doc->undoStack()->push(new BalanceCommand(doc.get(), report));
        QCOMPARE(doc->undoStack()->count(), 1);
        QVERIFY(doc->undoStack()->undoText().contains(QLatin1String("grid")));
        QCOMPARE(assigned(doc->store()), 16);
        const qint64 newId = doc->store()
                                 .scalar(QStringLiteral("SELECT id FROM org_nodes WHERE code = 'NEW001'"))
                                 .toLongLong();
        QVERIFY(newId > 0);
        QVERIFY(doc->store()
                    .scalar(QStringLiteral("SELECT COUNT(*) FROM unit_assignments WHERE territory_id = ?"),
                            {newId})
                    .toInt() > 0);
        doc->undoStack()->undo();
        QCOMPARE(assigned(doc->store()), 0); // back to no alignment
        doc->undoStack()->redo();
        QCOMPARE(assigned(doc->store()), 16);
        QCOMPARE(doc->store()
                     .scalar(QStringLiteral("SELECT COUNT(*) FROM unit_assignments WHERE territory_id = ?"),
                             {newId})
                     .toInt(),
                 report.result.metrics.territories[2].units);
        QCOMPARE(alignmentEvents, 3);
    }
};

QTEST_MAIN(TestBalanceDialog)
#include "tst_balancedialog.moc"
