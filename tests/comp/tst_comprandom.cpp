// Randomized cross-check: for random plans and deals the engine equals a deliberately simple
// re-computation written here, independently, to the cent.
#include "common/random.h"
#include "comp/compengine.h"

#include <QtTest>

using namespace tessera;
using namespace tessera::comp;

class TestCompRandom : public QObject
{
    Q_OBJECT
private slots:
    void engineEqualsSimpleRecomputation_data();
    void engineEqualsSimpleRecomputation();
};

namespace {

struct Case
{
    bool retroactive = false;
    std::vector<qint64> from;  // tier lower bounds, cents
    std::vector<qint64> rates; // millionths
    qint64 capPerMonth = 0;    // cents, 0 = none
    qint64 draw = 0;           // cents per month
    bool recoverable = true;
    std::vector<std::pair<QDate, qint64>> deals; // date, cents (sorted)
};

// Half away from zero, written out again on purpose.
qint64 roundDiv(qint64 num, qint64 den)
{
    const bool neg = (num < 0) != (den < 0);
    // Amounts here stay far below 2^62, so 64 bits suffice.
    const qint64 n = num < 0 ? -num : num;
    const qint64 d = den < 0 ? -den : den;
    const qint64 q = (2 * n + d) / (2 * d);
    return neg ? -qint64(q) : qint64(q);
}

qint64 rateAt(const Case &c, qint64 cum)
{
    size_t t = 0;
    for (size_t i = 1; i < c.from.size(); ++i)
        if (cum > c.from[i])
            t = i;
    return c.rates[t];
}

// Payable per month for the simple reading of the plan: commission on year-to-date credit, the monthly
// cap, then the draw.
std::array<qint64, 12> simplePayables(const Case &c)
{
    std::array<qint64, 12> earned{};
    qint64 cum = 0, retroDone = 0;
    for (int m = 1; m <= 12; ++m) {
        qint64 month = 0;
        for (const auto &[date, cents] : c.deals) {
            if (date.month() != m)
                continue;
            const qint64 before = cum, after = cum + cents;
            cum = after;
            if (!c.retroactive) {
                for (size_t i = 0; i < c.from.size(); ++i) {
                    const qint64 lo = std::max(before, c.from[i]);
                    const qint64 hi = i + 1 < c.from.size() ? std::min(after, c.from[i + 1]) : after;
                    if (hi > lo)
                        month += roundDiv((hi - lo) * c.rates[i], 1000000);
                }
            }
        }
        if (c.retroactive) {
            const qint64 total = roundDiv(cum * rateAt(c, cum), 1000000);
            month = total - retroDone;
            retroDone = total;
        }
        if (c.capPerMonth > 0 && month > c.capPerMonth)
            month = c.capPerMonth;
        earned[size_t(m - 1)] = month;
    }
    std::array<qint64, 12> payable{};
    qint64 owed = 0;
    for (int m = 0; m < 12; ++m) {
        const qint64 e = earned[size_t(m)];
        qint64 pay = std::max<qint64>(0, e - owed);
        qint64 advance = 0;
        if (c.draw > pay) {
            advance = c.draw - pay;
            pay = c.draw;
        }
        owed = owed + pay - e - (c.recoverable ? 0 : advance);
        payable[size_t(m)] = pay;
    }
    return payable;
}

Case randomCase(quint64 seed)
{
    Random rng(seed);
    Case c;
    c.retroactive = rng.uniform() < 0.4;
    const int tiers = int(rng.range(1, 4));
    qint64 at = 0;
    for (int i = 0; i < tiers; ++i) {
        c.from.push_back(at);
        c.rates.push_back(rng.range(1, 150000)); // up to 15 %, odd millionths on purpose
        at += rng.range(1, 40000) * 1000 + rng.range(0, 99);
    }
    if (rng.uniform() < 0.3)
        c.capPerMonth = rng.range(1000, 2000000) * 100;
    if (rng.uniform() < 0.3) {
        c.draw = rng.range(100, 300000) * 10;
        c.recoverable = rng.uniform() < 0.5;
    }
    const int n = int(rng.range(0, 60));
    for (int i = 0; i < n; ++i)
        c.deals.push_back({QDate(2027, 1, 1).addDays(rng.range(0, 364)),
                           rng.range(1, 25000000) * (rng.uniform() < 0.2 ? 1 : 100) + rng.range(0, 99)});
    std::stable_sort(c.deals.begin(), c.deals.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    return c;
}

} // namespace

void TestCompRandom::engineEqualsSimpleRecomputation_data()
{
    QTest::addColumn<quint64>("seed");
    for (quint64 seed = 1; seed <= 300; ++seed)
        QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
}

void TestCompRandom::engineEqualsSimpleRecomputation()
{
    QFETCH(quint64, seed);
    const Case c = randomCase(seed);
    Plan plan;
    plan.name = QStringLiteral("Random");
    plan.planYear = 2027;
    Component commission;
    commission.type = Component::Type::Commission;
    commission.commission.mode = c.retroactive ? Commission::Mode::Retroactive : Commission::Mode::Marginal;
    for (size_t i = 0; i < c.from.size(); ++i)
        commission.commission.tiers.push_back(
            {Money::fromCents(c.from[i]), {}, Rate::fromMicros(c.rates[i])});
    commission.commission.capPerPeriod = Money::fromCents(c.capPerMonth);
    plan.components.push_back(commission);
    if (c.draw) {
        Component draw;
        draw.type = Component::Type::Draw;
        draw.draw.amount = Money::fromCents(c.draw);
        draw.draw.recoverable = c.recoverable;
        plan.components.push_back(draw);
    }
    RepInput in;
    in.assignments.push_back({&plan, {}, {}});
    qint64 id = 1;
    for (const auto &[date, cents] : c.deals) {
        CreditedDeal d;
        d.opportunityId = id++;
        d.date = date;
        d.credit = d.dealAmount = Money::fromCents(cents);
        in.credits.push_back(d);
    }
    const RepResult r = computeRep(in, FiscalCalendar(1), 2027, {});
    const auto expected = simplePayables(c);
    QCOMPARE(int(r.periods.size()), 12);
    for (int m = 0; m < 12; ++m)
        QCOMPARE(r.periods[size_t(m)].payable.cents(), expected[size_t(m)]);
}

QTEST_GUILESS_MAIN(TestCompRandom)
#include "tst_comprandom.moc"
