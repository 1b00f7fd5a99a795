// One deal's crediting edited by users (core/comp/dealcredit.h): split and cancellation validation, their
// effect on payout runs (credits, clawbacks, adjustments to a closed period), what-if deals that persist,
// and the CLI (comp split, comp cancel) including refused input that leaves the plan file untouched.
#include "comp/compstore.h"
#include "comp/dealcredit.h"
#include "comp/payoutrun.h"
#include "store/planstore.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace tessera;
using namespace tessera::comp;

class TestCompDealCredit : public QObject
{
    Q_OBJECT
private slots:
    void splitValidation_data();
    void splitValidation();
    void cancellationValidation_data();
    void cancellationValidation();
    void splitsChangeTheRunsCredits();
    void cancellationClawsBack_data();
    void cancellationClawsBack();
    void changeToAClosedPeriodIsAdjusted();
    void whatIfDealsPersist();
    void cli();

private:
    std::unique_ptr<PlanStore> makePlan(const QString &name, const QString &clawback = {});
    QTemporaryDir m_dir;
};

namespace {

FiscalPeriod period(const QString &label)
{
    FiscalPeriod p;
    if (!FiscalCalendar(1).parse(label, &p))
        qFatal("bad period");
    return p;
}

qint64 addOpp(PlanStore &s, const QString &externalId, qint64 owner, qint64 cents, const QString &date,
              bool won = true)
{
    QSqlQuery q =
        s.query(QStringLiteral("INSERT INTO opportunities(external_id, name, owner_rep_id, "
                               "amount_cents, stage, type, close_date, is_closed, is_won) "
                               "VALUES (?, 'Acme - Core', ?, ?, ?, 'New Business', ?, ?, ?)"),
                {externalId, owner, cents, won ? QStringLiteral("Closed Won") : QStringLiteral("Qualify"),
                 date, won ? 1 : 0, won ? 1 : 0});
    return s.lastInsertId(q);
}

// "2:50:split,3:50:split,4:20:overlay" → rows.
std::vector<DealSplit> parseSplits(const QString &text)
{
    std::vector<DealSplit> out;
    for (const QString &row : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList f = row.split(QLatin1Char(':'));
        out.push_back(
            {f[0].toLongLong(), *Rate::parse(f[1] + QLatin1Char('%')), f[2] == QLatin1String("overlay"), {}});
    }
    return out;
}

const PeriodResult *periodOf(const RunResult &run, qint64 rep, const QString &label)
{
    const RepResult *r = run.rep(rep);
    if (r)
        for (const PeriodResult &p : r->periods)
            if (p.label == label)
                return &p;
    return nullptr;
}

// A file name from the current data row's tag.
QString tagFile(const QString &prefix)
{
    QString tag = QString::fromLatin1(QTest::currentDataTag());
    for (QChar &c : tag)
        if (!c.isLetterOrNumber())
            c = QLatin1Char('-');
    return prefix + QLatin1Char('-') + tag + QStringLiteral(".tessera");
}

qint64 count(PlanStore &s, const QString &table)
{
    return s.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)).toLongLong();
}

} // namespace

std::unique_ptr<PlanStore> TestCompDealCredit::makePlan(const QString &name, const QString &clawback)
{
    PlanSettings settings;
    settings.firstFiscalYear = 2027;
    settings.lastFiscalYear = 2027;
    auto s = PlanStore::create(m_dir.filePath(name), settings);
    // Rep 1 manages 2, 3, 4; rep 5 left at the end of January.
    s->query(QStringLiteral("INSERT INTO reps(id, external_id, name, role) VALUES (1, 'R-1', 'Morgan "
                            "Manager', 'District Manager')"));
    for (int id = 2; id <= 4; ++id)
        s->query(QStringLiteral("INSERT INTO reps(id, external_id, name, manager_id) VALUES (?, ?, ?, 1)"),
                 {id, QStringLiteral("R-%1").arg(id), QStringLiteral("Rep %1").arg(id)});
    s->query(QStringLiteral("INSERT INTO reps(id, external_id, name, manager_id, hire_date, end_date) "
                            "VALUES (5, 'R-5', 'Rep 5', 1, '2026-01-01', '2027-01-31')"));
    QString json = QStringLiteral(R"({"name": "Flat", "plan_year": 2027, "payout_period": "month",
        "components": [{"type": "commission", "name": "Commission", "rate": "0.10"}%1]})")
                       .arg(clawback.isEmpty() ? QString() : QStringLiteral(", ") + clawback);
    savePlan(*s, planFromJsonBytes(json.toUtf8()));
    for (int id = 1; id <= 4; ++id)
        assignPlan(*s, id, QStringLiteral("Flat"), QDate(2027, 1, 1));
    return s;
}

void TestCompDealCredit::splitValidation_data()
{
    QTest::addColumn<QString>("splits"); // on a deal owned by rep 2, closed 2027-03-10
    QTest::addColumn<QString>("error");  // empty = accepted; else parts of the message, split by |
    QTest::newRow("50/50 plus 20% overlay") << "2:50:split,3:50:split,4:20:overlay"
                                            << "";
    QTest::newRow("splits total 99%") << "2:49.5:split,3:49.5:split"
                                      << "total 99%|must total exactly 100";
    QTest::newRow("splits total 101%") << "2:51:split,3:50:split"
                                       << "total 101%";
    QTest::newRow("overlays total 150%") << "3:100:overlay,4:50:overlay"
                                         << "";
    QTest::newRow("thirds") << "2:33.3334:split,3:33.3333:split,4:33.3333:split"
                            << "";
    QTest::newRow("unknown rep") << "2:50:split,9:50:split"
                                 << "no rep with id 9";
    QTest::newRow("rep gone before the close") << "2:50:split,5:50:split"
                                               << "not employed";
    QTest::newRow("zero share") << "2:100:split,3:0:overlay"
                                << "above 0";
    QTest::newRow("rep twice as split") << "2:50:split,2:50:split"
                                        << "two split rows";
    QTest::newRow("same rep split and overlay") << "2:100:split,2:25:overlay"
                                                << "";
}

void TestCompDealCredit::splitValidation()
{
    QFETCH(QString, splits);
    QFETCH(QString, error);
    auto s = makePlan(tagFile(QStringLiteral("validate")));
    const qint64 opp = addOpp(*s, QStringLiteral("OPP-1"), 2, 10000000, QStringLiteral("2027-03-10"));
    const std::vector<DealSplit> rows = parseSplits(splits);
    const qint64 logBefore = count(*s, QStringLiteral("change_log"));
    if (error.isEmpty()) {
        QCOMPARE(splitsProblem(rows), QString());
        setDealSplits(*s, opp, rows);
        QCOMPARE(loadDealCredit(*s, opp).splits, rows);
        QCOMPARE(count(*s, QStringLiteral("change_log")), logBefore + 1);
        clearDealSplits(*s, opp);
        QVERIFY(loadDealCredit(*s, opp).splits.empty());
        return;
    }
    // A first, valid set stays exactly as it was when the second is refused.
    const std::vector<DealSplit> valid = parseSplits(QStringLiteral("3:100:split"));
    setDealSplits(*s, opp, valid);
    try {
        setDealSplits(*s, opp, rows);
        QFAIL("accepted");
    } catch (const TesseraError &e) {
        QCOMPARE(e.kind(), TesseraError::Kind::User);
        QCOMPARE(e.file(), s->path());
        for (const QString &part : error.split(QLatin1Char('|')))
            QVERIFY2(e.message().contains(part), qPrintable(e.message()));
    }
    QCOMPARE(loadDealCredit(*s, opp).splits, valid);
    QCOMPARE(count(*s, QStringLiteral("change_log")), logBefore + 1);
}

void TestCompDealCredit::cancellationValidation_data()
{
    QTest::addColumn<bool>("won");
    QTest::addColumn<QString>("cancelDate"); // the deal closed 2027-03-10
    QTest::addColumn<QString>("error");
    QTest::newRow("after the close") << true << "2027-04-02"
                                     << "";
    QTest::newRow("on the close date") << true << "2027-03-10"
                                       << "";
    QTest::newRow("before the close") << true << "2027-03-09"
                                      << "before the deal's close date 2027-03-10";
    QTest::newRow("not a date") << true << "2027-02-30"
                                << "not a date";
    QTest::newRow("open deal") << false << "2027-04-02"
                               << "not closed-won";
}

void TestCompDealCredit::cancellationValidation()
{
    QFETCH(bool, won);
    QFETCH(QString, cancelDate);
    QFETCH(QString, error);
    auto s = makePlan(tagFile(QStringLiteral("cancel")));
    const qint64 opp = addOpp(*s, QStringLiteral("OPP-1"), 2, 10000000, QStringLiteral("2027-03-10"), won);
    DealCancellation c;
    c.cancelDate = QDate::fromString(cancelDate, Qt::ISODate);
    c.invoiceDate = QDate(2027, 3, 20);
    c.reason = QStringLiteral("Customer went bankrupt");
    if (error.isEmpty()) {
        setDealCancellation(*s, opp, c);
        QCOMPARE(loadDealCredit(*s, opp).cancellation, std::optional<DealCancellation>(c));
        setDealCancellation(*s, opp, std::nullopt);
        QVERIFY(!loadDealCredit(*s, opp).cancellation);
        return;
    }
    try {
        setDealCancellation(*s, opp, c);
        QFAIL("accepted");
    } catch (const TesseraError &e) {
        QVERIFY2(e.message().contains(error), qPrintable(e.message()));
        QCOMPARE(e.field(), QStringLiteral("cancel_date"));
    }
    QCOMPARE(count(*s, QStringLiteral("comp_cancellations")), 0);
}

void TestCompDealCredit::splitsChangeTheRunsCredits()
{
    auto s = makePlan(QStringLiteral("credits.tessera"));
    const qint64 opp = addOpp(*s, QStringLiteral("OPP-1"), 2, 10000000, QStringLiteral("2027-03-10"));
    setDealSplits(*s, opp, parseSplits(QStringLiteral("2:50:split,3:50:split,4:20:overlay")));
    const RunResult run = computePayouts(*s, period(QStringLiteral("2027-03")));
    // $100,000: reps 2 and 3 get $50,000 each, rep 4's overlay $20,000, the manager the deal once
    // ($120,000 below him, capped at the deal's $100,000); 10 % commission on each.
    const QStringList credit{QStringLiteral("100000.00"), QStringLiteral("50000.00"),
                             QStringLiteral("50000.00"), QStringLiteral("20000.00")};
    const QStringList payable{QStringLiteral("10000.00"), QStringLiteral("5000.00"),
                              QStringLiteral("5000.00"), QStringLiteral("2000.00")};
    for (int rep = 1; rep <= 4; ++rep) {
        const PeriodResult *p = periodOf(run, rep, QStringLiteral("2027-03"));
        QVERIFY(p);
        QCOMPARE(p->credit.toPlainString(), credit[rep - 1]);
        QCOMPARE(p->payable.toPlainString(), payable[rep - 1]);
    }
    // Cleared, the owner has the deal again.
    clearDealSplits(*s, opp);
    const RunResult again = computePayouts(*s, period(QStringLiteral("2027-03")));
    QCOMPARE(periodOf(again, 2, QStringLiteral("2027-03"))->credit.toPlainString(),
             QStringLiteral("100000.00"));
    QCOMPARE(periodOf(again, 3, QStringLiteral("2027-03"))->credit.toPlainString(), QStringLiteral("0.00"));
}

void TestCompDealCredit::cancellationClawsBack_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("cancelDate"); // a $10,000 deal closed 2027-01-15, 10 % = $1,000
    QTest::addColumn<QString>("period");
    QTest::addColumn<QString>("clawback"); // empty = no clawback line
    QTest::newRow("full, 36 days") << "full"
                                   << "2027-02-20"
                                   << "2027-02"
                                   << "-1000.00";
    // 12-month term 2027-01-15 .. 2028-01-15 = 365 days, 329 unused after 2027-02-20: 1,000 × 329 ÷ 365.
    QTest::newRow("prorated, 36 days") << "prorated"
                                       << "2027-02-20"
                                       << "2027-02"
                                       << "-901.37";
    QTest::newRow("full, 106 days: outside the 90-day window") << "full"
                                                               << "2027-05-01"
                                                               << "2027-05"
                                                               << "";
}

void TestCompDealCredit::cancellationClawsBack()
{
    QFETCH(QString, mode);
    QFETCH(QString, cancelDate);
    QFETCH(QString, period);
    QFETCH(QString, clawback);
    auto s = makePlan(tagFile(QStringLiteral("clawback")),
                      QStringLiteral(R"({"type": "clawback", "name": "Cancellation", "anchor": "booking",
                          "mode": "%1", "window_days": 90, "term_months": 12})")
                          .arg(mode));
    const qint64 opp = addOpp(*s, QStringLiteral("OPP-1"), 2, 1000000, QStringLiteral("2027-01-15"));
    setDealCancellation(*s, opp, DealCancellation{QDate::fromString(cancelDate, Qt::ISODate), {}, {}, {}});
    const RunResult run = computePayouts(*s, ::period(period));
    const PeriodResult *p = periodOf(run, 2, period);
    QVERIFY(p);
    QString found;
    for (const PayoutLine &l : p->lines)
        if (l.kind == PayoutLine::Kind::Clawback) {
            QCOMPARE(l.opportunityId, opp);
            found = l.amount.toPlainString();
        }
    QCOMPARE(found, clawback);
    QCOMPARE(p->earned.toPlainString(), clawback.isEmpty() ? QStringLiteral("0.00") : clawback);
}

void TestCompDealCredit::changeToAClosedPeriodIsAdjusted()
{
    auto s = makePlan(QStringLiteral("closed.tessera"));
    const qint64 opp = addOpp(*s, QStringLiteral("OPP-1"), 2, 5000000, QStringLiteral("2027-01-15"));
    closePeriod(*s, period(QStringLiteral("2027-01")));
    // After the close, the January deal is split 50/50 between reps 2 and 3.
    setDealSplits(*s, opp, parseSplits(QStringLiteral("2:50:split,3:50:split")));
    const RunResult jan = computePayouts(*s, period(QStringLiteral("2027-01")));
    QCOMPARE(periodOf(jan, 2, QStringLiteral("2027-01"))->payable.toPlainString(), QStringLiteral("5000.00"));
    const RunResult feb = computePayouts(*s, period(QStringLiteral("2027-02")));
    // Rep 2 gives back half of the $5,000 commission, rep 3 earns it; the manager's credit did not move.
    const QStringList expected{QString(), QStringLiteral("-2500.00"), QStringLiteral("2500.00"), QString()};
    for (int rep = 1; rep <= 4; ++rep) {
        const PeriodResult *p = periodOf(feb, rep, QStringLiteral("2027-02"));
        QVERIFY(p);
        QString adjustment;
        for (const PayoutLine &l : p->lines)
            if (l.kind == PayoutLine::Kind::Adjustment) {
                QCOMPARE(l.opportunityId, opp);
                QVERIFY(adjustment.isEmpty());
                adjustment = l.amount.toPlainString();
            }
        QCOMPARE(adjustment, expected[rep - 1]);
        QCOMPARE(p->earned.toPlainString(),
                 expected[rep - 1].isEmpty() ? QStringLiteral("0.00") : expected[rep - 1]);
    }
    // Rep 2 is paid nothing and owes the $2,500 (carried as a balance against later earnings).
    QCOMPARE(periodOf(feb, 2, QStringLiteral("2027-02"))->payable.toPlainString(), QStringLiteral("0.00"));
    QCOMPARE(periodOf(feb, 2, QStringLiteral("2027-02"))->balance.toPlainString(), QStringLiteral("2500.00"));
    QCOMPARE(periodOf(feb, 3, QStringLiteral("2027-02"))->payable.toPlainString(), QStringLiteral("2500.00"));
    saveRun(*s, feb);
    QCOMPARE(
        s->scalar(QStringLiteral("SELECT SUM(amount_cents) FROM comp_adjustments WHERE opportunity_id = ? "
                                 "AND period = '2027-02'"),
                  {opp})
            .toLongLong(),
        0); // -2,500 + 2,500
    QCOMPARE(
        s->scalar(QStringLiteral("SELECT COUNT(*) FROM comp_adjustments WHERE opportunity_id = ?"), {opp})
            .toLongLong(),
        2);
}

void TestCompDealCredit::whatIfDealsPersist()
{
    const QString path = m_dir.filePath(QStringLiteral("whatif.tessera"));
    const std::vector<WhatIfDeal> deals{
        {QStringLiteral("Big bank - Analytics"), QStringLiteral("New Business"), Money::fromCents(12345678),
         QDate(2027, 5, 30)},
        {QStringLiteral("Renewal - Core"), QString(), Money::fromUnits(9000), QDate(2027, 6, 1)}};
    {
        auto s = makePlan(QStringLiteral("whatif.tessera"));
        saveWhatIfDeals(*s, 2, deals);
        saveWhatIfDeals(*s, 3, {deals[1]});
        QVERIFY_THROWS_EXCEPTION(TesseraError,
                                 saveWhatIfDeals(*s, 2, {deals[0], {QStringLiteral("No date"), {}, {}, {}}}));
        QVERIFY_THROWS_EXCEPTION(TesseraError, saveWhatIfDeals(*s, 99, deals));
    }
    {
        auto s = PlanStore::open(path);
        QCOMPARE(loadWhatIfDeals(*s, 2), deals); // the refused save changed nothing
        QCOMPARE(loadWhatIfDeals(*s, 3).size(), size_t(1));
        deleteWhatIfDeals(*s, 2);
    }
    auto s = PlanStore::open(path);
    QVERIFY(loadWhatIfDeals(*s, 2).empty());
    QCOMPARE(loadWhatIfDeals(*s, 3), std::vector<WhatIfDeal>{deals[1]});
}

void TestCompDealCredit::cli()
{
    const QString plan = m_dir.filePath(QStringLiteral("cli.tessera"));
    qint64 opp = 0;
    {
        auto s = makePlan(QStringLiteral("cli.tessera"));
        opp = addOpp(*s, QStringLiteral("OPP-1"), 2, 10000000, QStringLiteral("2027-03-10"));
        addOpp(*s, QStringLiteral("OPP-2"), 2, 10000000, QStringLiteral("2027-09-10"), false);
    }
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.path()); // no Qt warning on stderr
    p.setProcessEnvironment(env);
    QByteArray err;
    auto cli = [&](const QStringList &args) {
        p.start(QStringLiteral(TESSERA_CLI), QStringList{QStringLiteral("comp")} + args);
        if (!p.waitForFinished(60000))
            return -1;
        err = p.readAllStandardError();
        return p.exitCode();
    };
    auto fileHash = [&] {
        QFile f(plan);
        return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                           : QByteArray();
    };
    // Splits by external ids and numeric ids.
    QCOMPARE(cli({QStringLiteral("split"), plan, QStringLiteral("--deal"), QStringLiteral("OPP-1"),
                  QStringLiteral("--split"), QStringLiteral("R-2:50"), QStringLiteral("--split"),
                  QStringLiteral("3:50%"), QStringLiteral("--overlay"), QStringLiteral("R-4:20")}),
             0);
    {
        auto s = PlanStore::open(plan, PlanStore::Access::ReadOnly);
        QCOMPARE(loadDealCredit(*s, opp).splits,
                 parseSplits(QStringLiteral("2:50:split,3:50:split,4:20:overlay")));
    }
    QCOMPARE(cli({QStringLiteral("cancel"), plan, QStringLiteral("--deal"), QString::number(opp),
                  QStringLiteral("--date"), QStringLiteral("2027-04-01"), QStringLiteral("--invoice-date"),
                  QStringLiteral("2027-03-15"), QStringLiteral("--reason"), QStringLiteral("Churned")}),
             0);
    {
        auto s = PlanStore::open(plan, PlanStore::Access::ReadOnly);
        const DealCancellation expected{QDate(2027, 4, 1), QDate(2027, 3, 15), {}, QStringLiteral("Churned")};
        QCOMPARE(loadDealCredit(*s, opp).cancellation, std::optional<DealCancellation>(expected));
    }
    // Refused input: exit 1, one line naming the file and the field, and the file byte for byte as before.
    const QByteArray before = fileHash();
    QVERIFY(!before.isEmpty());
    const QList<QPair<QStringList, QByteArray>> refused{
        {{QStringLiteral("split"), plan, QStringLiteral("--deal"), QStringLiteral("OPP-1"),
          QStringLiteral("--split"), QStringLiteral("R-2:50"), QStringLiteral("--split"),
          QStringLiteral("R-3:49")},
         "exactly 100"},
        {{QStringLiteral("split"), plan, QStringLiteral("--deal"), QStringLiteral("OPP-1"),
          QStringLiteral("--split"), QStringLiteral("R-9:100")},
         "R-9"},
        {{QStringLiteral("split"), plan, QStringLiteral("--deal"), QStringLiteral("OPP-9"),
          QStringLiteral("--split"), QStringLiteral("R-2:100")},
         "OPP-9"},
        {{QStringLiteral("split"), plan, QStringLiteral("--deal"), QStringLiteral("OPP-1"),
          QStringLiteral("--split"), QStringLiteral("R-2")},
         "REP:PERCENT"},
        {{QStringLiteral("split"), plan, QStringLiteral("--deal"), QStringLiteral("OPP-1")}, "--clear"},
        {{QStringLiteral("cancel"), plan, QStringLiteral("--deal"), QStringLiteral("OPP-1"),
          QStringLiteral("--date"), QStringLiteral("2027-03-01")},
         "before the deal's close date"},
        {{QStringLiteral("cancel"), plan, QStringLiteral("--deal"), QStringLiteral("OPP-2"),
          QStringLiteral("--date"), QStringLiteral("2027-10-01")},
         "closed-won"},
        {{QStringLiteral("cancel"), plan, QStringLiteral("--deal"), QStringLiteral("OPP-1"),
          QStringLiteral("--date"), QStringLiteral("2027-04-31")},
         "not a date"},
    };
    for (const auto &[args, message] : refused) {
        QCOMPARE(cli(args), 1);
        QVERIFY2(err.contains(message) && err.contains("cli.tessera") && err.count('\n') == 1,
                 err.constData());
        QCOMPARE(fileHash(), before);
        QVERIFY(!QFileInfo::exists(plan + QStringLiteral("-wal")) ||
                QFileInfo(plan + QStringLiteral("-wal")).size() == 0);
    }
    // Clearing both.
    QCOMPARE(cli({QStringLiteral("split"), plan, QStringLiteral("--deal"), QStringLiteral("OPP-1"),
                  QStringLiteral("--clear")}),
             0);
    QCOMPARE(cli({QStringLiteral("cancel"), plan, QStringLiteral("--deal"), QStringLiteral("OPP-1"),
                  QStringLiteral("--clear")}),
             0);
    auto s = PlanStore::open(plan, PlanStore::Access::ReadOnly);
    const DealCredit d = loadDealCredit(*s, opp);
    QVERIFY(d.splits.empty());
    QVERIFY(!d.cancellation);
    QCOMPARE(s->scalar(QStringLiteral("SELECT COUNT(*) FROM change_log WHERE entity = 'comp_deal_credit'"))
                 .toLongLong(),
             4);
}

QTEST_GUILESS_MAIN(TestCompDealCredit)
#include "tst_compdealcredit.moc"
