// The deal credit dialog (splits and cancellation as one undoable edit, live validation), its link from
// the payout view's statement, and the what-if dialog's saved deals across reopening the plan. With
// TESSERA_SCREENSHOT_DIR set, the dialog is grabbed to PNG there (docs/screenshots/app-deal-credit.png).
#include "comp/compstore.h"
#include "comp/dealcredit.h"
#include "comp/dealcreditdialog.h"
#include "comp/payoutview.h"
#include "comp/whatifdialog.h"
#include "shell/plandocument.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace tessera;
using namespace tessera::comp;

class TestCompDealUi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void dealCreditIsOneUndoableEdit();
    void dialogShowsWhyItCannotApply_data();
    void dialogShowsWhyItCannotApply();
    void statementLinksTheDeal();
    void whatIfDealsPersistAcrossReopen();

private:
    QString m_path;
    QTemporaryDir m_dir;
    std::unique_ptr<PlanDocument> m_doc;
    qint64 m_opp = 0;
};

namespace {

FiscalPeriod period(const QString &label)
{
    FiscalPeriod p;
    if (!FiscalCalendar(1).parse(label, &p))
        qFatal("bad period");
    return p;
}

} // namespace

void TestCompDealUi::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    PlanSettings settings;
    settings.firstFiscalYear = 2027;
    settings.lastFiscalYear = 2027;
    m_path = m_dir.filePath(QStringLiteral("deal.tessera"));
    m_doc = PlanDocument::create(m_path, settings);
    PlanStore &s = m_doc->store();
    s.query(QStringLiteral("INSERT INTO reps(id, external_id, name, role) VALUES (1, 'R-1', 'Morgan Reyes', "
                           "'District Manager')"));
    const QStringList names{QStringLiteral("Avery Chen"), QStringLiteral("Jordan Patel"),
                            QStringLiteral("Sam Okafor")};
    for (int id = 2; id <= 4; ++id)
        s.query(QStringLiteral("INSERT INTO reps(id, external_id, name, manager_id) VALUES (?, ?, ?, 1)"),
                {id, QStringLiteral("R-%1").arg(id), names[id - 2]});
    savePlan(s, planFromJsonBytes(R"({"name": "Flat", "plan_year": 2027, "payout_period": "month",
        "components": [{"type": "commission", "name": "Commission", "rate": "0.10"}]})"));
    for (int id = 1; id <= 4; ++id)
        assignPlan(s, id, QStringLiteral("Flat"), QDate(2027, 1, 1));
    QSqlQuery q = s.query(QStringLiteral(
        "INSERT INTO opportunities(external_id, name, owner_rep_id, amount_cents, stage, type, close_date, "
        "is_closed, is_won) VALUES ('OPP-1042', 'Northwind Traders - Analytics', 2, 10000000, 'Closed Won', "
        "'New Business', '2027-01-15', 1, 1)"));
    m_opp = s.lastInsertId(q);
    closePeriod(s, period(QStringLiteral("2027-01")));
}

void TestCompDealUi::dealCreditIsOneUndoableEdit()
{
    QUndoStack *undo = m_doc->undoStack();
    const int commands = undo->count();
    DealCreditDialog dialog(m_doc.get(), m_opp);
    dialog.show();
    QCOMPARE(dialog.table()->rowCount(), 0);
    dialog.addRow(2, Rate::fromPercent(50), false);
    dialog.addRow(3, Rate::fromPercent(50), false);
    dialog.addRow(4, Rate::fromPercent(20), true);
    const DealCancellation cancel{QDate(2027, 2, 20), QDate(2027, 1, 31), {}, QStringLiteral("Budget cut")};
    dialog.setCancellation(cancel);
    QCOMPARE(dialog.problem(), QString());
    QVERIFY(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    // The deal is in closed January: the dialog says the change becomes an adjustment.
    bool noted = false;
    for (const QLabel *l : dialog.findChildren<QLabel *>())
        noted = noted || (l->isVisible() && l->text().contains(QStringLiteral("2027-01")) &&
                          l->text().contains(QStringLiteral("adjustment")));
    QVERIFY(noted);
    QTest::qWait(50);
    const QString dir = qEnvironmentVariable("TESSERA_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(dialog.grab().save(dir + QStringLiteral("/app-deal-credit.png")));

    QVERIFY(dialog.apply());
    QCOMPARE(undo->count(), commands + 1); // one command for splits and cancellation together
    QVERIFY2(undo->undoText().contains(QStringLiteral("OPP-1042")), qPrintable(undo->undoText()));
    auto stored = [&] {
        return loadDealCredit(m_doc->store(), m_opp);
    };
    const std::vector<DealSplit> expected{{2, Rate::fromPercent(50), false, {}},
                                          {3, Rate::fromPercent(50), false, {}},
                                          {4, Rate::fromPercent(20), true, {}}};
    QCOMPARE(stored().splits, expected);
    QCOMPARE(stored().cancellation, std::optional<DealCancellation>(cancel));
    // February's run: the January split becomes adjustments ($100,000 × 10 %: rep 2 gives back $5,000, rep 3
    // gets $5,000, rep 4 $2,000 for the overlay) and nothing claws back (the plan has no clawback).
    auto earned = [&](qint64 rep) {
        const RunResult run = computePayouts(m_doc->store(), period(QStringLiteral("2027-02")));
        return run.rep(rep)->periods.back().earned.toPlainString();
    };
    QCOMPARE(earned(2), QStringLiteral("-5000.00"));
    QCOMPARE(earned(3), QStringLiteral("5000.00"));
    QCOMPARE(earned(4), QStringLiteral("2000.00"));
    undo->undo();
    QVERIFY(stored().splits.empty());
    QVERIFY(!stored().cancellation);
    QCOMPARE(earned(2), QStringLiteral("0.00"));
    undo->redo();
    QCOMPARE(stored().splits, expected);
    QCOMPARE(stored().cancellation, std::optional<DealCancellation>(cancel));
    undo->undo();
    QCOMPARE(undo->count(), commands + 1);
}

void TestCompDealUi::dialogShowsWhyItCannotApply_data()
{
    QTest::addColumn<QString>("rows"); // rep:percent:o (overlay) or s (split)
    QTest::addColumn<QString>("cancelDate");
    QTest::addColumn<QString>("problem");
    QTest::newRow("99 %") << "2:50:s,3:49:s"
                          << ""
                          << "exactly 100";
    QTest::newRow("101 %") << "2:50:s,3:51:s"
                           << ""
                           << "total 101";
    QTest::newRow("no rep chosen") << "0:100:s"
                                   << ""
                                   << "Choose a rep";
    QTest::newRow("cancel before close") << ""
                                         << "2027-01-14"
                                         << "before the deal's close date";
    QTest::newRow("overlay 150 %") << "3:150:o"
                                   << "2027-01-15"
                                   << "";
}

void TestCompDealUi::dialogShowsWhyItCannotApply()
{
    QFETCH(QString, rows);
    QFETCH(QString, cancelDate);
    QFETCH(QString, problem);
    DealCreditDialog dialog(m_doc.get(), m_opp);
    for (const QString &row : rows.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList f = row.split(QLatin1Char(':'));
        dialog.addRow(f[0].toLongLong(), Rate::fromPercent(f[1].toLongLong()), f[2] == QLatin1String("o"));
    }
    if (!cancelDate.isEmpty())
        dialog.setCancellation(DealCancellation{QDate::fromString(cancelDate, Qt::ISODate), {}, {}, {}});
    QVERIFY2(problem.isEmpty() ? dialog.problem().isEmpty() : dialog.problem().contains(problem),
             qPrintable(dialog.problem()));
    QCOMPARE(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled(),
             problem.isEmpty());
    const QString dir = qEnvironmentVariable("TESSERA_SCREENSHOT_DIR");
    if (!dir.isEmpty() && QByteArray(QTest::currentDataTag()) == "99 %") {
        dialog.show();
        QTest::qWait(50);
        QVERIFY(dialog.grab().save(dir + QStringLiteral("/app-deal-credit-refused.png")));
    }
}

void TestCompDealUi::statementLinksTheDeal()
{
    PayoutView view(m_doc.get());
    view.resize(1100, 700);
    view.show();
    view.showRun(
        std::make_shared<RunResult>(computePayouts(m_doc->store(), period(QStringLiteral("2027-01")))));
    view.showStatement(2, QStringLiteral("2027-01"));
    QVERIFY2(view.statementHtml().contains(QStringLiteral("deal:%1").arg(m_opp)),
             qPrintable(view.statementHtml()));
}

void TestCompDealUi::whatIfDealsPersistAcrossReopen()
{
    const int index = m_doc->undoStack()->index();
    {
        WhatIfDialog dialog(m_doc.get(), 3, period(QStringLiteral("2027-03")));
        QCOMPARE(dialog.dealTable()->rowCount(), 0);
        dialog.addDeal(QStringLiteral("Contoso - Core"), QStringLiteral("Renewal"), Money::fromCents(4500050),
                       QDate(2027, 3, 28));
        QVERIFY(dialog.hasUnsavedChanges());
        QVERIFY(dialog.save());
        QVERIFY(!dialog.hasUnsavedChanges());
        QCOMPARE(m_doc->undoStack()->index(), index + 1); // one undoable save
        m_doc->undoStack()->undo();
        QVERIFY(loadWhatIfDeals(m_doc->store(), 3).empty());
        m_doc->undoStack()->redo();
        QCOMPARE(loadWhatIfDeals(m_doc->store(), 3).size(), size_t(1));
    }
    m_doc.reset();
    m_doc = PlanDocument::open(m_path);
    WhatIfDialog dialog(m_doc.get(), 3, period(QStringLiteral("2027-03")));
    QCOMPARE(dialog.dealTable()->rowCount(), 1);
    QCOMPARE(dialog.dealTable()->item(0, 0)->text(), QStringLiteral("Contoso - Core"));
    QCOMPARE(dialog.dealTable()->item(0, 1)->text(), QStringLiteral("Renewal"));
    QCOMPARE(dialog.dealTable()->item(0, 2)->text(), QStringLiteral("45000.50"));
    QCOMPARE(dialog.dealTable()->item(0, 3)->text(), QStringLiteral("2027-03-28"));
    QVERIFY(!dialog.hasUnsavedChanges());
    // The saved deal counts in the what-if: 10 % of $45,000.50 = $4,500.05 more in March.
    dialog.calculate();
    QTableWidget *t = dialog.comparison();
    QString change;
    for (int r = 0; r < t->rowCount(); ++r)
        if (t->item(r, 0)->text() == QLatin1String("2027-03"))
            change = t->item(r, 3)->text();
    QCOMPARE(change, Money::fromCents(450005).format(QLocale()));
}

QTEST_MAIN(TestCompDealUi)
#include "tst_compdealui.moc"
