// Payout runs over a plan file: crediting (splits, overlays, roll-up), closing and correcting a period,
// the plan JSON round trip and the CLI.
#include "comp/compstore.h"
#include "comp/payoutrun.h"
#include "store/planstore.h"

#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace tessera;
using namespace tessera::comp;

class TestCompPayout : public QObject
{
    Q_OBJECT
private slots:
    void crediting_data();
    void crediting();
    void closeAndCorrect();
    void planJsonRoundTrip();
    void planJsonErrorsNameTheField();
    void cli();
    void midYearAssignmentEndsTheRunningOne();
    void territoryCrediting();
    void fastPathEqualsExplainedPath();

private:
    std::unique_ptr<PlanStore> makePlan(const QString &path);
    QTemporaryDir m_dir;
};

namespace {

const char *flatPlan = R"({"name": "Flat", "plan_year": 2027, "payout_period": "month",
    "components": [{"type": "commission", "name": "Commission", "rate": "0.10"}]})";

qint64 addOpp(PlanStore &s, qint64 owner, const QString &amount, const QString &date)
{
    QSqlQuery q =
        s.query(QStringLiteral(
                    "INSERT INTO opportunities(name, owner_rep_id, amount_cents, stage, type, close_date, "
                    "is_closed, is_won) VALUES ('Acme - Core', ?, ?, 'Closed Won', 'New Business', ?, 1, 1)"),
                {owner, Money::parse(amount)->cents(), date});
    return s.lastInsertId(q);
}

bool testutilWrite(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

Money payableOf(const RunResult &run, qint64 rep)
{
    const RepResult *r = run.rep(rep);
    Money m;
    if (r)
        for (const PeriodResult *p : run.periodsIn(*r))
            m += p->payable;
    return m;
}

} // namespace

std::unique_ptr<PlanStore> TestCompPayout::makePlan(const QString &name)
{
    PlanSettings settings;
    settings.firstFiscalYear = 2027;
    settings.lastFiscalYear = 2027;
    auto s = PlanStore::create(m_dir.filePath(name), settings);
    // 1 manager; 2, 3, 4 report to 1.
    s->query(
        QStringLiteral("INSERT INTO reps(id, name, role) VALUES (1, 'Morgan Manager', 'District Manager')"));
    for (int id = 2; id <= 4; ++id)
        s->query(QStringLiteral("INSERT INTO reps(id, name, manager_id) VALUES (?, ?, 1)"),
                 {id, QStringLiteral("Rep %1").arg(id)});
    savePlan(*s, planFromJsonBytes(flatPlan));
    for (int id = 1; id <= 4; ++id)
        assignPlan(*s, id, QStringLiteral("Flat"), QDate(2027, 1, 1));
    return s;
}

void TestCompPayout::crediting_data()
{
    QTest::addColumn<QString>("splits");       // "rep:percent:kind,..." on a $100,000 deal owned by rep 2
    QTest::addColumn<QString>("expectedText"); // payable of reps 1 (manager), 2, 3, 4 for 2027-03 at 10 %
    QTest::newRow("direct owner") << ""
                                  << "10000.00,10000.00,0.00,0.00";
    // 50 / 50 split plus a 20 % overlay: credits 50K, 50K, 20K. The manager's indirect credit is
    // 120K capped at the deal's 100K.
    QTest::newRow("50/50 split plus 20% overlay") << "2:50:split,3:50:split,4:20:overlay"
                                                  << "10000.00,5000.00,5000.00,2000.00";
    // Two fully credited reps: the manager still gets the deal once.
    QTest::newRow("roll-up without double counting") << "3:100:overlay"
                                                     << "10000.00,10000.00,10000.00,0.00";
}

void TestCompPayout::crediting()
{
    QFETCH(QString, splits);
    QFETCH(QString, expectedText);
    const QStringList expected = expectedText.split(QLatin1Char(','));
    auto s = makePlan(
        QStringLiteral("credit-%1.tessera")
            .arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char('/'), QLatin1Char('-'))));
    const qint64 opp = addOpp(*s, 2, QStringLiteral("100000.00"), QStringLiteral("2027-03-10"));
    for (const QString &sp : splits.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList f = sp.split(QLatin1Char(':'));
        s->query(
            QStringLiteral(
                "INSERT INTO comp_splits(opportunity_id, rep_id, percent_micros, kind) VALUES (?, ?, ?, ?)"),
            {opp, f[0].toLongLong(), f[1].toLongLong() * 10000, f[2]});
    }
    FiscalPeriod p;
    QVERIFY(FiscalCalendar(1).parse(QStringLiteral("2027-03"), &p));
    const RunResult run = computePayouts(*s, p);
    for (int rep = 1; rep <= 4; ++rep)
        QCOMPARE(payableOf(run, rep).toPlainString(), expected[rep - 1]);
}

void TestCompPayout::closeAndCorrect()
{
    auto s = makePlan(QStringLiteral("close.tessera"));
    const qint64 opp = addOpp(*s, 2, QStringLiteral("50000.00"), QStringLiteral("2027-01-15"));
    FiscalPeriod jan, feb;
    QVERIFY(FiscalCalendar(1).parse(QStringLiteral("2027-01"), &jan));
    QVERIFY(FiscalCalendar(1).parse(QStringLiteral("2027-02"), &feb));
    QVERIFY_THROWS_EXCEPTION(TesseraError, closePeriod(*s, feb)); // January is still open
    closePeriod(*s, jan);
    QVERIFY(isClosed(*s, QStringLiteral("2027-01")));
    QVERIFY_THROWS_EXCEPTION(TesseraError, closePeriod(*s, jan));

    // A late correction to the closed month: the deal was 60,000, not 50,000.
    s->query(QStringLiteral("UPDATE opportunities SET amount_cents = 6000000 WHERE id = ?"), {opp});
    const RunResult janAgain = computePayouts(*s, jan);
    QCOMPARE(payableOf(janAgain, 2).toPlainString(), QStringLiteral("5000.00")); // frozen
    const RunResult run = computePayouts(*s, feb);
    const RepResult *rep = run.rep(2);
    QVERIFY(rep);
    const auto periods = run.periodsIn(*rep);
    QCOMPARE(int(periods.size()), 1);
    const PeriodResult &f = *periods.front();
    QCOMPARE(f.payable.toPlainString(), QStringLiteral("1000.00"));
    QCOMPARE(f.earnedToDate.toPlainString(), QStringLiteral("6000.00"));
    QCOMPARE(f.paidBefore.toPlainString(), QStringLiteral("5000.00"));
    int adjustments = 0;
    for (const PayoutLine &l : f.lines)
        if (l.kind == PayoutLine::Kind::Adjustment) {
            ++adjustments;
            QCOMPARE(l.opportunityId, opp);
            QCOMPARE(l.amount.toPlainString(), QStringLiteral("1000.00"));
            QVERIFY2(l.note.contains(QStringLiteral("50000.00")) &&
                         l.note.contains(QStringLiteral("60000.00")),
                     qPrintable(l.note));
        }
    QCOMPARE(adjustments, 1);
    // The manager's roll-up credit moved too.
    QCOMPARE(payableOf(run, 1).toPlainString(), QStringLiteral("1000.00"));
    // Saving the run books the adjustment with the deal and the reason; the closed run is untouched.
    saveRun(*s, run);
    QCOMPARE(s->scalar(QStringLiteral("SELECT COUNT(*) FROM comp_adjustments WHERE rep_id = 2 AND "
                                      "opportunity_id = ? AND period = '2027-02'"),
                       {opp})
                 .toLongLong(),
             1);
    QCOMPARE(s->scalar(QStringLiteral("SELECT r.payable_cents FROM comp_payout_results r JOIN "
                                      "comp_period_closes c ON c.run_id = r.run_id "
                                      "AND c.period = r.period WHERE r.rep_id = 2"))
                 .toLongLong(),
             500000);
}

void TestCompPayout::planJsonRoundTrip()
{
    QFile f(QStringLiteral(TESSERA_SOURCE_DIR "/docs/comp-plan-example.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const Plan p = planFromJsonBytes(f.readAll(), f.fileName());
    QCOMPARE(int(p.components.size()), 5);
    auto s = makePlan(QStringLiteral("roundtrip.tessera"));
    savePlan(*s, p);
    const Plan back = loadPlan(*s, p.name);
    QCOMPARE(QJsonDocument(toJson(back)).toJson(), QJsonDocument(toJson(p)).toJson());
    // The stored JSON reads back to the same plan again (a fixed point).
    QCOMPARE(QJsonDocument(toJson(planFromJson(toJson(back)))).toJson(), QJsonDocument(toJson(p)).toJson());
}

void TestCompPayout::planJsonErrorsNameTheField()
{
    try {
        planFromJsonBytes(R"({"name": "X", "plan_year": 2027, "components": [{"type": "commission",
            "tiers": [{"from": "0", "rate": "3%"}, {"from": "100.00", "rate": "0.0500001"}]}]})",
                          QStringLiteral("bad.json"));
        QFAIL("no error");
    } catch (const TesseraError &e) {
        QCOMPARE(e.file(), QStringLiteral("bad.json"));
        QCOMPARE(e.field(), QStringLiteral("components[0].tiers[1].rate"));
    }
}

void TestCompPayout::cli()
{
    {
        auto s = makePlan(QStringLiteral("cli.tessera"));
        addOpp(*s, 3, QStringLiteral("12345.67"), QStringLiteral("2027-04-02"));
    }
    const QString plan = m_dir.filePath(QStringLiteral("cli.tessera"));
    const QString csv = m_dir.filePath(QStringLiteral("run.csv"));
    QProcess p;
    p.start(QStringLiteral(TESSERA_CLI),
            {QStringLiteral("comp"), QStringLiteral("run"), plan, QStringLiteral("--period"),
             QStringLiteral("2027-Q2"), QStringLiteral("--out"), csv});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    const QList<QByteArray> header = lines.first().split(',');
    for (const char *col : {"rep_id", "period", "earned", "paid", "payable"})
        QVERIFY2(header.contains(col), col);
    bool found = false;
    for (const QByteArray &line : lines)
        if (line.startsWith("3,") && line.contains(",2027-04,"))
            found = line.endsWith(",1234.57"); // 12,345.67 × 10 % = 1,234.567 → 1,234.57
    QVERIFY(found);
    // Import, export and assign through the CLI: the exported file is the imported plan.
    auto cli = [&](const QStringList &args) {
        p.start(QStringLiteral(TESSERA_CLI), args);
        p.waitForFinished(60000);
        return p.exitCode();
    };
    const QString example = QStringLiteral(TESSERA_SOURCE_DIR "/docs/comp-plan-example.json");
    QCOMPARE(cli({QStringLiteral("comp"), QStringLiteral("import-plan"), plan, example}), 0);
    const QString exported = m_dir.filePath(QStringLiteral("exported.json"));
    QCOMPARE(cli({QStringLiteral("comp"), QStringLiteral("export-plan"), plan,
                  QStringLiteral("Enterprise AE FY2027"), QStringLiteral("--out"), exported}),
             0);
    QFile in(example), ex(exported);
    QVERIFY(in.open(QIODevice::ReadOnly) && ex.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(ex.readAll()).object(), toJson(planFromJsonBytes(in.readAll())));
    QCOMPARE(cli({QStringLiteral("comp"), QStringLiteral("assign"), plan, QStringLiteral("--rep"),
                  QStringLiteral("4"), QStringLiteral("--plan"), QStringLiteral("Enterprise AE FY2027"),
                  QStringLiteral("--from"), QStringLiteral("2027-05-01")}),
             0);
    // A bad plan file: exit 1, the file and the field named on stderr.
    const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
    QVERIFY(testutilWrite(
        bad, R"({"name": "B", "plan_year": 2027, "components": [{"type": "commission", "rate": 0.03}]})"));
    QCOMPARE(cli({QStringLiteral("comp"), QStringLiteral("import-plan"), plan, bad}), 1);
    const QByteArray err = p.readAllStandardError();
    QVERIFY2(err.contains("bad.json") && err.contains("components[0].rate"), err.constData());

    // The statement PDF of rep 3 for April.
    const QString pdf = m_dir.filePath(QStringLiteral("statement.pdf"));
    p.start(QStringLiteral(TESSERA_CLI),
            {QStringLiteral("comp"), QStringLiteral("statement"), plan, QStringLiteral("--rep"),
             QStringLiteral("3"), QStringLiteral("--period"), QStringLiteral("2027-04"),
             QStringLiteral("--out"), pdf});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    QFile out(pdf);
    QVERIFY(out.open(QIODevice::ReadOnly));
    QCOMPARE(out.read(4), QByteArray("%PDF"));
    // A bad period is a user error naming the field.
    p.start(QStringLiteral(TESSERA_CLI), {QStringLiteral("comp"), QStringLiteral("run"), plan,
                                          QStringLiteral("--period"), QStringLiteral("2027-13")});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 1);
    QVERIFY(p.readAllStandardError().contains("period"));
}

void TestCompPayout::midYearAssignmentEndsTheRunningOne()
{
    auto s = makePlan(QStringLiteral("assign.tessera"));
    Plan other = planFromJsonBytes(flatPlan);
    other.name = QStringLiteral("Other");
    savePlan(*s, other);
    assignPlan(*s, 2, QStringLiteral("Other"), QDate(2027, 7, 1));
    std::vector<AssignmentRow> rows;
    for (const AssignmentRow &a : loadAssignments(*s))
        if (a.repId == 2)
            rows.push_back(a);
    QCOMPARE(int(rows.size()), 2);
    QCOMPARE(rows[0].planName, QStringLiteral("Flat"));
    QCOMPARE(rows[0].end, QDate(2027, 6, 30));
    QCOMPARE(rows[1].planName, QStringLiteral("Other"));
    QVERIFY(!rows[1].end.isValid());
    // An assignment starting inside the new range is refused, and nothing changes.
    QVERIFY_THROWS_EXCEPTION(
        TesseraError, assignPlan(*s, 2, QStringLiteral("Flat"), QDate(2027, 6, 1), QDate(2027, 12, 31)));
    QCOMPARE(s->scalar(QStringLiteral("SELECT COUNT(*) FROM comp_assignments WHERE rep_id = 2")).toLongLong(),
             2);
    QVERIFY_THROWS_EXCEPTION(TesseraError, assignPlan(*s, 2, QStringLiteral("Nope"), QDate(2027, 8, 1)));
    QVERIFY_THROWS_EXCEPTION(TesseraError, assignPlan(*s, 99, QStringLiteral("Flat"), QDate(2027, 8, 1)));
}

void TestCompPayout::territoryCrediting()
{
    auto s = makePlan(QStringLiteral("territory.tessera"));
    CreditingSettings cs;
    cs.source = CreditingSettings::Source::Territory;
    setCreditingSettings(*s, cs);
    s->query(QStringLiteral(
        "INSERT INTO org_nodes(id, level, code, name) VALUES (10, 'territory', 'T1', 'North')"));
    s->query(QStringLiteral(
        "INSERT INTO org_nodes(id, level, code, name) VALUES (11, 'territory', 'T2', 'South')"));
    // Rep 2 owned North until February; rep 4 holds it from March. Rep 3 holds South.
    s->query(QStringLiteral("UPDATE reps SET territory_id = 10, end_date = '2027-02-28' WHERE id = 2"));
    s->query(QStringLiteral("UPDATE reps SET territory_id = 10, hire_date = '2027-03-01' WHERE id = 4"));
    s->query(QStringLiteral("UPDATE reps SET territory_id = 11 WHERE id = 3"));
    s->query(QStringLiteral("INSERT INTO accounts(id, name) VALUES (1, 'Acme')"));
    const qint64 opp = addOpp(*s, 2, QStringLiteral("100000.00"), QStringLiteral("2027-03-10"));
    s->query(QStringLiteral("UPDATE opportunities SET account_id = 1 WHERE id = ?"), {opp});
    FiscalPeriod p;
    QVERIFY(FiscalCalendar(1).parse(QStringLiteral("2027-03"), &p));
    // No alignment yet: the owner's territory, credited to the rep who holds it on the close date.
    RunResult run = computePayouts(*s, p);
    QCOMPARE(payableOf(run, 2).toPlainString(), QStringLiteral("0.00"));
    QCOMPARE(payableOf(run, 4).toPlainString(), QStringLiteral("10000.00"));
    QCOMPARE(payableOf(run, 1).toPlainString(), QStringLiteral("10000.00"));
    // With an alignment: account → unit → territory (South) → rep 3.
    s->query(QStringLiteral("INSERT INTO geo_levels(id, name, created_at) VALUES (1, 'ZIP', '2027-01-01')"));
    s->query(
        QStringLiteral("INSERT INTO geo_units(id, level_id, code, name) VALUES (5, 1, '10001', '10001')"));
    s->query(QStringLiteral("INSERT INTO account_units(account_id, level_id, unit_id) VALUES (1, 1, 5)"));
    s->query(QStringLiteral("INSERT INTO unit_assignments(unit_id, territory_id) VALUES (5, 11)"));
    run = computePayouts(*s, p);
    QCOMPARE(payableOf(run, 4).toPlainString(), QStringLiteral("0.00"));
    QCOMPARE(payableOf(run, 3).toPlainString(), QStringLiteral("10000.00"));
    const RepInput *in = run.input(3);
    QVERIFY(in && !in->credits.empty());
    QCOMPARE(in->credits.front().rule, CreditRule::Territory);
}

// A run without explanations (the fast path: no deal names, no per-deal lines) pays exactly what the
// explained run pays, and the explained run's lines still tell the whole story of each deal.
void TestCompPayout::fastPathEqualsExplainedPath()
{
    auto s = makePlan(QStringLiteral("fast-vs-explained.tessera"));
    // The documented example plan: attainment tiers with a gate, soft cap and yearly cap, a pro-rated
    // bonus, a SPIFF on renewals, a recoverable draw and a pro-rated clawback.
    QFile example(QStringLiteral(TESSERA_SOURCE_DIR "/docs/comp-plan-example.json"));
    QVERIFY(example.open(QIODevice::ReadOnly));
    const Plan plan = planFromJsonBytes(example.readAll());
    savePlan(*s, plan);
    s->query(QStringLiteral("DELETE FROM comp_assignments")); // makePlan assigned the flat plan
    for (int rep = 1; rep <= 4; ++rep) {
        assignPlan(*s, rep, plan.name, QDate(2027, 1, 1));
        for (int m = 1; m <= 12; ++m)
            s->query(QStringLiteral("INSERT INTO quotas(rep_id, fiscal_year, month, amount_cents) "
                                    "VALUES (?, 2027, ?, 5000000)"),
                     {rep, m});
    }
    // 60 deals over the first half year for reps 2..4 (amounts 1,234.56 to 88,888.00), every fifth a
    // renewal, one split, one overlay and one cancellation.
    std::vector<qint64> opps;
    for (int i = 0; i < 60; ++i) {
        const qint64 cents = 123456 + qint64(i) * 7777 * 97 % 8765344;
        const QDate date = QDate(2027, 1, 3).addDays(i * 3);
        const qint64 opp =
            addOpp(*s, 2 + i % 3, Money::fromCents(cents).toPlainString(), date.toString(Qt::ISODate));
        if (i % 5 == 0)
            s->query(QStringLiteral("UPDATE opportunities SET type = 'Renewal' WHERE id = ?"), {opp});
        opps.push_back(opp);
    }
    s->query(QStringLiteral("INSERT INTO comp_splits(opportunity_id, rep_id, percent_micros, kind) VALUES "
                            "(?, 3, 400000, 'split'), (?, 2, 600000, 'split'), (?, 4, 250000, 'overlay')"),
             {opps[7], opps[7], opps[11]});
    s->query(QStringLiteral("INSERT INTO comp_cancellations(opportunity_id, cancel_date, invoice_date) "
                            "VALUES (?, '2027-03-20', '2027-02-01')"),
             {opps[10]});

    FiscalPeriod june;
    QVERIFY(FiscalCalendar(1).parse(QStringLiteral("2027-06"), &june));
    june.start = QDate(2027, 1, 1); // all six months
    RunOptions fast;
    fast.explain = false;
    const RunResult quick = computePayouts(*s, june, fast);
    const RunResult full = computePayouts(*s, june);
    QCOMPARE(quick.reps.size(), full.reps.size());
    int lines = 0, commissionLines = 0;
    Money total;
    for (size_t r = 0; r < full.reps.size(); ++r) {
        const RepResult &a = quick.reps[r], &b = full.reps[r];
        QCOMPARE(a.repId, b.repId);
        QCOMPARE(a.periods.size(), b.periods.size());
        for (size_t p = 0; p < b.periods.size(); ++p) {
            const PeriodResult &x = a.periods[p], &y = b.periods[p];
            QCOMPARE(x.label, y.label);
            QCOMPARE(x.credit.cents(), y.credit.cents());
            QCOMPARE(x.attainment.micros(), y.attainment.micros());
            QCOMPARE(x.earned.cents(), y.earned.cents());
            QCOMPARE(x.earnedToDate.cents(), y.earnedToDate.cents());
            QCOMPARE(x.drawAdvance.cents(), y.drawAdvance.cents());
            QCOMPARE(x.balance.cents(), y.balance.cents());
            QCOMPARE(x.payable.cents(), y.payable.cents());
            total += y.earned;
            // The explained lines add up to the period's earnings.
            Money sum;
            for (const PayoutLine &l : y.lines)
                sum += l.amount;
            QCOMPARE(sum.cents(), y.earned.cents());
            const std::vector<CreditedDeal> &deals = full.inputs[r].credits;
            const QLocale c(QLocale::C);
            for (const PayoutLine &l : y.lines) {
                ++lines;
                if (l.kind != PayoutLine::Kind::Commission)
                    continue;
                ++commissionLines;
                // deal → credit (rule, split) → tier slice → rate → amount, with the deal's name.
                const CreditedDeal &d = deals[size_t(l.deal)];
                const QString text = explainLine(l, deals, c);
                QVERIFY2(text.startsWith(QStringLiteral("Acme - Core (#%1, ").arg(d.opportunityId)),
                         qPrintable(text));
                QVERIFY2(text.contains(QStringLiteral("credit ") + d.credit.format(c)), qPrintable(text));
                QVERIFY2(text.contains(QStringLiteral("tier %1 slice ").arg(l.tier + 1)), qPrintable(text));
                QVERIFY2(
                    text.endsWith(l.rate.toPercentString(c, 2) + QStringLiteral(" → ") + l.amount.format(c)),
                    qPrintable(text));
            }
        }
        // The fast path keeps no per-deal commission lines.
        for (const PeriodResult &x : a.periods)
            for (const PayoutLine &l : x.lines)
                QVERIFY(l.kind != PayoutLine::Kind::Commission);
    }
    QVERIFY(total > Money());
    QVERIFY(commissionLines > 20);
    QVERIFY(lines > commissionLines);
}

QTEST_GUILESS_MAIN(TestCompPayout)
#include "tst_comppayout.moc"
