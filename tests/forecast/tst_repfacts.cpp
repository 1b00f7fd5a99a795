// The dashboard figures summed in memory from forecast_facts (repfacts.h: one pass per period, per-rep
// tallies and monthly closed deals) equal the same figures computed straight from the opportunities table
// with grouped SQL, for every node of a small demo plan, several periods, and edge cases the demo lacks: a
// stage the plan's settings do not list, open deals in the 'Closed' category, deals without an owner and
// facts left at zero by deletes.
#include "demoquotas.h"

#include "demo/demogenerator.h"
#include "forecast/forecastquery.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tessera;
using namespace tessera::forecast;

namespace {

QString describe(const Figures &f)
{
    return QStringLiteral(
               "%1 closed %2 commit %3 best %4 pipe %5 omitted %6 weighted %7 won %8 lost %9 open %10 "
               "quota %11")
        .arg(f.code)
        .arg(f.closed.cents())
        .arg(f.openCommit.cents())
        .arg(f.openBestCase.cents())
        .arg(f.openPipelineCategory.cents())
        .arg(f.omitted.cents())
        .arg(f.weightedPipeline.cents())
        .arg(f.wonCount)
        .arg(f.lostCount)
        .arg(f.openCount)
        .arg(f.quota.cents());
}

QString describe(const std::vector<MonthStat> &months)
{
    QString s;
    for (const MonthStat &m : months)
        s += QStringLiteral("%1: %2 won %3 lost %4; ")
                 .arg(m.label)
                 .arg(m.wonAmount.cents())
                 .arg(m.won)
                 .arg(m.lost);
    return s;
}

QString describe(const std::vector<LeaderRow> &rows)
{
    QString s;
    for (const LeaderRow &r : rows)
        s += QStringLiteral("%1 %2 %3 %4 %5; ")
                 .arg(r.rank)
                 .arg(r.repId)
                 .arg(r.bookings.cents())
                 .arg(r.pipeline.cents())
                 .arg(r.quota.cents());
    return s;
}

} // namespace

class TestRepFacts : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<PlanStore> m_store;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("demo.tessera"));
        DemoOptions options;
        options.reps = 15;
        options.accounts = 600;
        options.opportunities = 6000;
        generateDemoPlan(path, options);
        m_store = PlanStore::open(path);
        demoquotas::seed(*m_store, 2027);
        // Edge cases, written through the triggers that keep the facts exact.
        m_store->query(QStringLiteral("UPDATE opportunities SET stage = 'Discovery', probability = 35 WHERE "
                                      "is_closed = 0 AND id % 7 = 0"));
        m_store->query(
            QStringLiteral("UPDATE opportunities SET forecast_category = 'Closed' WHERE is_closed = 0 "
                           "AND id % 11 = 0"));
        m_store->query(QStringLiteral("UPDATE opportunities SET owner_rep_id = NULL WHERE id % 13 = 0"));
        m_store->query(QStringLiteral("DELETE FROM opportunities WHERE id % 17 = 0"));
        QVERIFY(
            m_store->scalar(QStringLiteral("SELECT COUNT(*) FROM forecast_facts WHERE stage = 'Discovery'"))
                .toLongLong() > 0);
    }
    void cleanupTestCase() { m_store.reset(); }

    void sameAsOpportunities_data()
    {
        QTest::addColumn<QString>("period");
        QTest::newRow("year") << QStringLiteral("FY2027");
        QTest::newRow("quarter") << QStringLiteral("2027-Q2");
        QTest::newRow("month") << QStringLiteral("2027-03");
        QTest::newRow("previous year") << QStringLiteral("FY2026");
        QTest::newRow("whole months, custom") << QStringLiteral("2026-11-01..2027-02-28");
    }
    void sameAsOpportunities()
    {
        QFETCH(QString, period);
        ForecastQuery facts(*m_store);
        ForecastQuery direct(*m_store);
        direct.setUseFacts(false);
        const Period p = facts.parsePeriod(period);
        QVERIFY(p.monthAligned());
        std::vector<NodeRef> nodes;
        for (auto it = facts.tree().nodes().cbegin(); it != facts.tree().nodes().cend(); ++it)
            nodes.push_back(NodeRef{NodeRef::Kind::Org, it.key()});
        for (auto it = facts.tree().reps().cbegin(); it != facts.tree().reps().cend(); ++it)
            nodes.push_back(NodeRef{NodeRef::Kind::Rep, it.key()});
        QVERIFY(nodes.size() > 30);
        qint64 won = 0;
        for (const NodeRef &n : nodes) {
            const Dashboard a = facts.dashboard(n, p);
            const Dashboard b = direct.dashboard(n, p);
            QCOMPARE(describe(a.figures), describe(b.figures));
            QCOMPARE(a.figures.pipelineTotal, b.figures.pipelineTotal);
            QCOMPARE(a.figures.attainment, b.figures.attainment);
            QCOMPARE(a.figures.weightedCoverage, b.figures.weightedCoverage);
            QCOMPARE(a.children.size(), b.children.size());
            for (size_t i = 0; i < a.children.size(); ++i)
                QCOMPARE(describe(a.children[i]), describe(b.children[i]));
            QCOMPARE(describe(a.months), describe(b.months));
            for (size_t i = 0; i < a.pacing.size(); ++i)
                QCOMPARE(a.pacing[i].cumulativeBookings, b.pacing[i].cumulativeBookings);
            QCOMPARE(describe(a.leaderboard), describe(b.leaderboard));
            won += a.figures.wonCount;
        }
        QVERIFY(won > 0); // the period has deals: the comparison is not between two empty dashboards
        // A window the snapshot does not hold is read from the facts table instead, with the same result.
        const NodeRef root = facts.tree().root();
        const QDate from(2025, 1, 1), to(2026, 12, 1);
        QCOMPARE(describe(facts.monthly(root, from, to)), describe(direct.monthly(root, from, to)));
    }

    // One node and month counted deal by deal from the opportunities themselves.
    void oneRepOneMonth()
    {
        ForecastQuery q(*m_store);
        // A district: the sum over its reps.
        const NodeRef district = q.tree().children(q.tree().children(q.tree().root()).front()).front();
        const Period p = q.parsePeriod(QStringLiteral("2027-03"));
        const Figures f = q.figures(district, p);
        qint64 wonCents = 0, wonCount = 0, lost = 0;
        for (qint64 r : q.tree().repsUnder(district)) {
            QSqlQuery o = m_store->query(
                QStringLiteral(
                    "SELECT amount_cents, is_closed, is_won FROM opportunities WHERE owner_rep_id = ? "
                    "AND close_date >= '2027-03-01' AND close_date <= '2027-03-31'"),
                {r});
            while (o.next()) {
                if (o.value(2).toInt() == 1) {
                    wonCents += o.value(0).toLongLong();
                    ++wonCount;
                } else if (o.value(1).toInt() == 1) {
                    ++lost;
                }
            }
        }
        QVERIFY(wonCount > 0);
        QCOMPARE(f.closed.cents(), wonCents);
        QCOMPARE(f.wonCount, wonCount);
        QCOMPARE(f.lostCount, lost);
    }
};

QTEST_GUILESS_MAIN(TestRepFacts)
#include "tst_repfacts.moc"
