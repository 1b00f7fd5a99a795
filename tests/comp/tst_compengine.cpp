// The payout engine on worked examples with hand-computed answers (no database).
#include "comp/compengine.h"

#include <QtTest>

using namespace tessera;
using namespace tessera::comp;

class TestCompEngine : public QObject
{
    Q_OBJECT
private slots:
    void workedExamples_data();
    void workedExamples();
    void explanationNamesEverything();
    void midMonthPlanChangeProRates();
};

namespace {

// "2027-03-15 600000.00 [cancel 2027-06-01]; ..." → deals, sorted by date as the engine expects.
std::vector<CreditedDeal> parseDeals(const QString &spec)
{
    std::vector<CreditedDeal> out;
    qint64 id = 1;
    for (const QString &part : spec.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList f = part.trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        CreditedDeal d;
        d.opportunityId = id++;
        d.date = QDate::fromString(f.at(0), Qt::ISODate);
        d.credit = d.dealAmount = *Money::parse(f.at(1));
        d.name = QStringLiteral("Deal %1 - Core").arg(d.opportunityId);
        d.product = QStringLiteral("Core");
        d.type = QStringLiteral("New Business");
        if (f.size() >= 4 && f.at(2) == QLatin1String("cancel"))
            d.cancelDate = QDate::fromString(f.at(3), Qt::ISODate);
        out.push_back(d);
    }
    std::stable_sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.date < b.date; });
    return out;
}

const PeriodResult *findPeriod(const RepResult &r, const QString &label)
{
    for (const PeriodResult &p : r.periods)
        if (p.label == label)
            return &p;
    return nullptr;
}

QString plan(const QString &components, const QString &period = QStringLiteral("month"))
{
    return QStringLiteral(R"({"name": "P", "plan_year": 2027, "payout_period": "%1", "components": [%2]})")
        .arg(period, components);
}

} // namespace

void TestCompEngine::workedExamples_data()
{
    QTest::addColumn<QString>("planJson");
    QTest::addColumn<QString>("deals");
    QTest::addColumn<QString>("from"); // assignment start (empty = whole year)
    QTest::addColumn<QString>("monthlyQuota");
    QTest::addColumn<QString>("period");
    QTest::addColumn<QString>("earned");  // earnings of the period
    QTest::addColumn<QString>("payable"); // payable in the period

    const QString tiers3 = QStringLiteral(
        R"({"type": "commission", "mode": "%1", "tiers": [{"from": "0", "rate": "0.03"},
           {"from": "300000.00", "rate": "0.05"}, {"from": "500000.00", "rate": "0.07"}]})");
    // 300,000 × 3 % + 200,000 × 5 % + 100,000 × 7 % = 9,000 + 10,000 + 7,000
    QTest::newRow("marginal tiers $600K")
        << plan(tiers3.arg(QStringLiteral("marginal"))) << "2027-03-15 600000.00"
        << ""
        << "0"
        << "2027-03"
        << "26000.00"
        << "26000.00";
    // 600,000 × 7 %
    QTest::newRow("retroactive tiers $600K")
        << plan(tiers3.arg(QStringLiteral("retroactive"))) << "2027-03-15 600000.00"
        << ""
        << "0"
        << "2027-03"
        << "42000.00"
        << "42000.00";
    // 5,000 × 4 % + 15,000 × 6 % = 200 + 900
    const QString boundary = QStringLiteral(
        R"({"type": "commission", "tiers": [{"from": "0", "rate": "4%"}, {"from": "150000.00", "rate": "6%"},
           {"from": "250000.00", "rate": "8%"}]})");
    QTest::newRow("deal crossing a tier boundary")
        << plan(boundary) << "2027-01-20 145000.00; 2027-02-10 20000.00"
        << ""
        << "0"
        << "2027-02"
        << "1100.00"
        << "1100.00";
    // Month 1: earned 500, draw pays 1,500 (1,000 advanced). Month 2: earned 3,000 less 1,000 recovered.
    const QString draw = QStringLiteral(
        R"({"type": "commission", "rate": "0.10"}, {"type": "draw", "amount": "1500.00", "recoverable": %1})");
    QTest::newRow("recoverable draw, month 1")
        << plan(draw.arg(QStringLiteral("true"))) << "2027-01-10 5000.00; 2027-02-10 30000.00"
        << ""
        << "0"
        << "2027-01"
        << "500.00"
        << "1500.00";
    QTest::newRow("recoverable draw, month 2")
        << plan(draw.arg(QStringLiteral("true"))) << "2027-01-10 5000.00; 2027-02-10 30000.00"
        << ""
        << "0"
        << "2027-02"
        << "3000.00"
        << "2000.00";
    QTest::newRow("non-recoverable draw, month 2")
        << plan(draw.arg(QStringLiteral("false"))) << "2027-01-10 5000.00; 2027-02-10 30000.00"
        << ""
        << "0"
        << "2027-02"
        << "3000.00"
        << "3000.00";
    // 400,000 × 3 % = 12,000, capped at 10,000 for the month.
    QTest::newRow("hard cap per period")
        << plan(QStringLiteral(R"({"type": "commission", "rate": "0.03", "cap_per_period": "10000.00"})"))
        << "2027-05-05 400000.00"
        << ""
        << "0"
        << "2027-05"
        << "10000.00"
        << "10000.00";
    // Commission 10,000 on 2027-04-01; a four-month term to 2027-08-01 (122 days) cancelled on 2027-06-01
    // leaves 61 days unused: half the commission comes back in June.
    QString claw = QStringLiteral(
        R"({"type": "commission", "rate": "0.10"}, {"type": "clawback", "mode": "prorated", "window_days": 90,
           "term_months": 4})");
    QTest::newRow("50% clawback") << plan(claw) << "2027-04-01 100000.00 cancel 2027-06-01"
                                  << ""
                                  << "0"
                                  << "2027-06"
                                  << "-5000.00"
                                  << "0.00";
    QTest::newRow("clawback outside the window")
        << plan(claw.replace(QStringLiteral("90"), QStringLiteral("30")))
        << "2027-04-01 100000.00 cancel 2027-06-01"
        << ""
        << "0"
        << "2027-06"
        << "0.00"
        << "0.00";
    // Hired on 2 February 2027: 27 of February's 28 days. 1,000 × 27 ÷ 28 = 964.2857… → 964.29.
    const QString bonus = QStringLiteral(
        R"({"type": "bonus", "target": "1000.00", "window": "period", "steps": [{"attainment": "0", "payout": "1"}]})");
    QTest::newRow("monthly target pro-rated 27/28 days") << plan(bonus) << ""
                                                         << "2027-02-02"
                                                         << "10000.00"
                                                         << "2027-02"
                                                         << "964.29"
                                                         << "964.29";
    // Stepped bonus at 100 %: 110 % attainment pays 100 % of the 2,000 target; pro-rated between 100 % (1.0)
    // and 120 % (1.5) pays 1.25 × 2,000.
    const QString steps = QStringLiteral(
        R"({"type": "bonus", "mode": "%1", "target": "2000.00", "steps": [{"attainment": "1", "payout": "1"},
           {"attainment": "1.2", "payout": "1.5"}]})");
    QTest::newRow("stepped bonus") << plan(steps.arg(QStringLiteral("stepped"))) << "2027-03-03 110000.00"
                                   << ""
                                   << "100000.00"
                                   << "2027-03"
                                   << "2000.00"
                                   << "2000.00";
    QTest::newRow("pro-rated bonus") << plan(steps.arg(QStringLiteral("prorated"))) << "2027-03-03 110000.00"
                                     << ""
                                     << "100000.00"
                                     << "2027-03"
                                     << "2500.00"
                                     << "2500.00";
    // Gate at 50 % of a 100,000 monthly quota (period window): 40,000 earns nothing; the month after,
    // 60,000 reaches the gate and earns 6,000.
    const QString gate =
        QStringLiteral(R"({"type": "commission", "rate": "0.10", "gate": "0.5", "window": "period"})");
    QTest::newRow("below the gate") << plan(gate) << "2027-01-05 40000.00; 2027-02-05 60000.00"
                                    << ""
                                    << "100000.00"
                                    << "2027-01"
                                    << "0.00"
                                    << "0.00";
    QTest::newRow("gate reached") << plan(gate)
                                  << "2027-01-05 40000.00; 2027-02-05 30000.00; 2027-02-06 30000.00"
                                  << ""
                                  << "100000.00"
                                  << "2027-02"
                                  << "6000.00"
                                  << "6000.00";
    // Soft cap: above 100,000 the rate drops from 10 % to 2 %: 100,000 × 10 % + 50,000 × 2 %.
    QTest::newRow("soft cap")
        << plan(QStringLiteral(
               R"({"type": "commission", "rate": "0.10", "soft_cap": {"from": "100000.00", "rate": "0.02"}})"))
        << "2027-03-03 150000.00"
        << ""
        << "0"
        << "2027-03"
        << "11000.00"
        << "11000.00";
    // Attainment tiers with an accelerator: 1 % up to quota (300,000 for the quarter), 2 % above.
    QTest::newRow("accelerator by attainment, quarterly")
        << plan(QStringLiteral(R"({"type": "commission", "basis": "attainment", "window": "period", "tiers":
               [{"from_attainment": "0", "rate": "0.01"}, {"from_attainment": "1", "rate": "0.02"}]})"),
                QStringLiteral("quarter"))
        << "2027-01-05 200000.00; 2027-03-30 200000.00"
        << ""
        << "100000.00"
        << "2027-Q1"
        << "5000.00"
        << "5000.00";
    // SPIFF once per period for New Business: two matching deals, one payment.
    QTest::newRow("SPIFF once per period")
        << plan(QStringLiteral(R"({"type": "spiff", "amount": "250.00", "frequency": "once_per_period",
               "types": ["New Business"], "products": ["Core"]})"))
        << "2027-03-03 1000.00; 2027-03-04 1000.00"
        << ""
        << "0"
        << "2027-03"
        << "250.00"
        << "250.00";
    QTest::newRow("SPIFF per unit")
        << plan(QStringLiteral(R"({"type": "spiff", "amount": "100.00", "per_unit": "10000.00"})"))
        << "2027-03-03 25000.00; 2027-03-04 9999.99"
        << ""
        << "0"
        << "2027-03"
        << "200.00"
        << "200.00";
}

void TestCompEngine::workedExamples()
{
    QFETCH(QString, planJson);
    QFETCH(QString, deals);
    QFETCH(QString, from);
    QFETCH(QString, monthlyQuota);
    QFETCH(QString, period);
    QFETCH(QString, earned);
    QFETCH(QString, payable);

    const Plan p = planFromJsonBytes(planJson.toUtf8());
    RepInput in;
    in.repId = 7;
    in.assignments.push_back({&p, from.isEmpty() ? QDate() : QDate::fromString(from, Qt::ISODate), {}});
    in.monthlyQuota.fill(*Money::parse(monthlyQuota));
    in.credits = parseDeals(deals);
    const FiscalCalendar cal(1);
    const RepResult r = computeRep(in, cal, 2027, {});
    const PeriodResult *pr = findPeriod(r, period);
    QVERIFY2(pr, qPrintable(period));
    QCOMPARE(pr->earned.toPlainString(), Money::parse(earned)->toPlainString());
    QCOMPARE(pr->payable.toPlainString(), Money::parse(payable)->toPlainString());
    // The lines always add up to the period's earnings.
    Money sum;
    for (const PayoutLine &l : pr->lines)
        sum += l.amount;
    QCOMPARE(sum.toPlainString(), pr->earned.toPlainString());
}

void TestCompEngine::explanationNamesEverything()
{
    const Plan p = planFromJsonBytes(
        plan(
            QStringLiteral(
                R"({"type": "commission", "name": "Bookings", "tiers": [{"from": "0", "rate": "4%"}, {"from": "150000.00", "rate": "6%"}]})"))
            .toUtf8());
    RepInput in;
    in.assignments.push_back({&p, {}, {}});
    in.credits = parseDeals(QStringLiteral("2027-01-20 145000.00; 2027-02-10 20000.00"));
    in.credits[1].split = Rate::fromPercent(50);
    in.credits[1].rule = CreditRule::Split;
    const RepResult r = computeRep(in, FiscalCalendar(1), 2027, {});
    const PeriodResult *feb = findPeriod(r, QStringLiteral("2027-02"));
    QVERIFY(feb);
    QCOMPARE(int(feb->lines.size()), 2);
    const QLocale c(QLocale::English, QLocale::UnitedStates);
    const QString text = explainLine(feb->lines[1], in.credits, c);
    QVERIFY2(text.contains(QStringLiteral("Deal 2 - Core")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("split 50.0%")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("tier 2 slice $150,000.00 to $165,000.00")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("6.00%")), qPrintable(text));
    QVERIFY2(text.endsWith(QStringLiteral("$900.00")), qPrintable(text));
}

void TestCompEngine::midMonthPlanChangeProRates()
{
    // Plan A to 15 March, plan B from 16 March. Each part's target and quota are pro-rated by its days of
    // March: A 1,000 × 15/31 = 483.87; B 2,000 × 16/31 = 1,032.26. Commission follows the plan of the day:
    // a deal on 10 March at 10 %, one on 20 March at 20 %.
    const QString bonus = QStringLiteral(
        R"({"type": "bonus", "target": "%1", "steps": [{"attainment": "0", "payout": "1"}]},
           {"type": "commission", "rate": "%2"})");
    const Plan a =
        planFromJsonBytes(plan(bonus.arg(QStringLiteral("1000.00"), QStringLiteral("0.10"))).toUtf8());
    const Plan b =
        planFromJsonBytes(plan(bonus.arg(QStringLiteral("2000.00"), QStringLiteral("0.20"))).toUtf8());
    RepInput in;
    in.assignments.push_back({&a, {}, QDate(2027, 3, 15)});
    in.assignments.push_back({&b, QDate(2027, 3, 16), {}});
    in.monthlyQuota.fill(Money::fromUnits(31000));
    in.credits = parseDeals(QStringLiteral("2027-03-10 1000.00; 2027-03-20 1000.00"));
    const RepResult r = computeRep(in, FiscalCalendar(1), 2027, {});
    const PeriodResult *march = findPeriod(r, QStringLiteral("2027-03"));
    QVERIFY(march);
    QCOMPARE(march->quota.toPlainString(), QStringLiteral("31000.00")); // 15,000 + 16,000
    QCOMPARE(march->plan, &b);
    // 483.87 + 100.00 + 1,032.26 + 200.00
    QCOMPARE(march->earned.toPlainString(), QStringLiteral("1816.13"));
    const PeriodResult *feb = findPeriod(r, QStringLiteral("2027-02"));
    QVERIFY(feb);
    QCOMPARE(feb->earned.toPlainString(), QStringLiteral("1000.00"));
}

QTEST_GUILESS_MAIN(TestCompEngine)
#include "tst_compengine.moc"
