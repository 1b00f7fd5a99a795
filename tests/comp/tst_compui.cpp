// The compensation views on a small demo plan: the plan editor's undoable edits, the payout view's
// figures and drill-down, the what-if, and the statement PDF. With TESSERA_SCREENSHOT_DIR set, the views
// are grabbed to PNG there (docs/screenshots/comp-*.png).
#include "comp/compstore.h"
#include "comp/payoutmodel.h"
#include "comp/payoutview.h"
#include "comp/planeditor.h"
#include "comp/repstatement.h"
#include "comp/whatifdialog.h"
#include "demo/demogenerator.h"
#include "shell/plandocument.h"

#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace tessera;
using namespace tessera::comp;

class TestCompUi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void planEditorEditsAreUndoable();
    void payoutViewShowsTheEngineFigures();
    void whatIfChangesThePayout();
    void statementPdf();

private:
    void grab(QWidget *w, const QString &name);
    QTemporaryDir m_dir;
    std::unique_ptr<PlanDocument> m_doc;
    std::shared_ptr<const RunResult> m_run;
};

void TestCompUi::initTestCase()
{
    // US English for readable money in the screenshots (the C locale of the test runner has no currency).
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    DemoOptions o;
    o.reps = 12;
    o.accounts = 600;
    o.opportunities = 3000;
    const QString path = m_dir.filePath(QStringLiteral("demo.tessera"));
    generateDemoPlan(path, o);
    m_doc = PlanDocument::open(path);
    FiscalPeriod p;
    QVERIFY(FiscalCalendar(1).parse(QStringLiteral("2027-06"), &p));
    m_run = std::make_shared<RunResult>(computePayouts(m_doc->store(), p));
    QVERIFY(!m_run->reps.empty());
}

void TestCompUi::grab(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("TESSERA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QVERIFY(w->grab().save(dir + QLatin1Char('/') + name));
}

void TestCompUi::planEditorEditsAreUndoable()
{
    PlanEditor editor(m_doc.get());
    editor.resize(1200, 760);
    editor.show();
    editor.selectPlan(QStringLiteral("Account Executive FY2027"));
    QVERIFY(editor.currentPlan());
    editor.selectComponent(0);
    QCOMPARE(editor.tiers()->rowCount(), 3);
    // Rates and thresholds read as percentages: 2.5 % from 0 %, 4 % from 100 %, 5 % from 150 %.
    QCOMPARE(editor.tiers()->item(0, 1)->text(), QStringLiteral("2.5"));
    QCOMPARE(editor.tiers()->item(2, 0)->text(), QStringLiteral("150"));
    editor.tiers()->item(0, 1)->setText(QStringLiteral("2.75%"));
    auto rate = [&] {
        return loadPlan(m_doc->store(), QStringLiteral("Account Executive FY2027"))
            .components[0]
            .commission.tiers[0]
            .rate;
    };
    QCOMPARE(rate(), Rate::fromMicros(27500));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QVERIFY(m_doc->undoStack()->undoText().contains(QStringLiteral("tier 1")));
    m_doc->undoStack()->undo();
    QCOMPARE(rate(), Rate::fromMicros(25000));
    QCOMPARE(editor.tiers()->item(0, 1)->text(), QStringLiteral("2.5"));
    m_doc->undoStack()->redo();
    QCOMPARE(rate(), Rate::fromMicros(27500));
    m_doc->undoStack()->undo();
    QTest::qWait(50);
    grab(&editor, QStringLiteral("comp-plan-editor.png"));
}

void TestCompUi::payoutViewShowsTheEngineFigures()
{
    PayoutView view(m_doc.get());
    view.resize(1280, 800);
    view.show();
    view.showRun(m_run);
    PayoutModel *model = view.model();
    QCOMPARE(model->rowCount(), int(m_run->reps.size()));
    // Find an account executive's June cell and compare it with the engine.
    int row = -1, column = -1;
    for (int r = 0; r < model->rowCount() && row < 0; ++r)
        for (int c = 0; c < model->columnCount(); ++c)
            if (model->periodAt(c) == QLatin1String("2027-06") &&
                !model->data(model->index(r, c), Qt::DisplayRole).toString().isEmpty()) {
                row = r;
                column = c;
                break;
            }
    QVERIFY(row >= 0);
    const RepResult *rep = m_run->rep(model->repAt(row));
    QVERIFY(rep);
    QCOMPARE(model->data(model->index(row, column), Qt::DisplayRole).toString(),
             rep->periods.back().payable.format(QLocale()));
    view.showStatement(rep->repId, QStringLiteral("2027-06"));
    QVERIFY(view.statementHtml().contains(QStringLiteral("payable")));
    QTest::qWait(50);
    grab(&view, QStringLiteral("comp-payout-view.png"));
}

void TestCompUi::whatIfChangesThePayout()
{
    // An account executive: the first rep on the AE plan.
    qint64 ae = 0;
    for (const RepResult &r : m_run->reps)
        if (!r.periods.empty() && r.periods.back().plan->name.startsWith(QLatin1String("Account")))
            ae = r.repId;
    QVERIFY(ae);
    WhatIfDialog dialog(m_doc.get(), ae, m_run->period);
    dialog.show();
    dialog.addDeal(QStringLiteral("Big hypothetical - Analytics"), QStringLiteral("New Business"),
                   Money::fromUnits(2000000), QDate(2027, 6, 15));
    dialog.calculate();
    QTableWidget *t = dialog.comparison();
    QVERIFY(t->rowCount() >= 1);
    QCOMPARE(t->item(t->rowCount() - 1, 0)->text(), QStringLiteral("2027-06"));
    QVERIFY(t->item(t->rowCount() - 1, 2)->text() != t->item(t->rowCount() - 1, 1)->text());
    // Nothing was saved as a real deal.
    QCOMPARE(
        m_doc->store()
            .scalar(QStringLiteral("SELECT COUNT(*) FROM opportunities WHERE name LIKE 'Big hypothetical%'"))
            .toLongLong(),
        0);
    grab(&dialog, QStringLiteral("comp-what-if.png"));
}

void TestCompUi::statementPdf()
{
    const qint64 rep = m_run->reps.back().repId;
    const QString pdf = m_dir.filePath(QStringLiteral("statement.pdf"));
    writeRepStatement(*m_run, rep, pdf);
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(4) == "%PDF");
    QVERIFY_THROWS_EXCEPTION(TesseraError, writeRepStatement(*m_run, 999999, pdf));
    const QString dir = qEnvironmentVariable("TESSERA_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(QFile::copy(pdf, dir + QStringLiteral("/comp-statement.pdf")));
}

QTEST_MAIN(TestCompUi)
#include "tst_compui.moc"
