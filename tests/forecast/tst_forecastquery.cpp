// Every forecast metric against hand-computed values on the small plan in forecastfixture.h.
#include "forecastfixture.h"

#include "comp/compstore.h"
#include "comp/payoutrun.h"
#include "forecast/earnings.h"
#include "forecast/forecastquery.h"
#include "forecast/overrides.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tessera;
using namespace tessera::forecast;

class TestForecastQuery : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<PlanStore> m_store;
    int m_count = 0;

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("plan%1.tessera").arg(++m_count));
        m_store = PlanStore::create(path);
        forecastfixture::build(*m_store);
    }
    void cleanup() { m_store.reset(); }

    void figures_data()
    {
        QTest::addColumn<QString>("node");
        QTest::addColumn<qint64>("closed");
        QTest::addColumn<qint64>("commit");
        QTest::addColumn<qint64>("bestCase");
        QTest::addColumn<qint64>("pipelineTotal");
        QTest::addColumn<qint64>("openPipeline");
        QTest::addColumn<qint64>("weighted");
        QTest::addColumn<qint64>("quota");
        QTest::addColumn<bool>("fromReps");
        QTest::addColumn<qint64>("attainment"); // millionths
        QTest::addColumn<qint64>("coverage");
        QTest::addColumn<qint64>("weightedCoverage");
        QTest::addColumn<int>("band");
        QTest::addColumn<int>("weightedBand");
        QTest::addColumn<qint64>("projection");
        // A: closed 1,000 + 500; open commit 2,000, best case 1,200, pipeline 3,000 + 900 (omitted 400 out);
        //    weighted 2,000×80% + 1,200×50% + 3,000×10% + 900×25% (own) = 2,725; quota 3,000;
        //    coverage 7,100 ÷ 1,500 = 4.733333, weighted 2,725 ÷ 1,500 = 1.816667; run rate 1,500 × 90/45.
        QTest::newRow("rep A") << "REP-A" << 150000LL << 350000LL << 470000LL << 860000LL << 710000LL
                               << 272500LL << 300000LL << false << 500000LL << 4733333LL << 1816667LL
                               << int(Band::Healthy) << int(Band::Healthy) << 300000LL;
        // B: closed 2,500; open commit 1,000, best case 333.33; weighted 800 + 166.665 → 966.67 (rounded
        // once);
        //    quota 6,000; coverage 1,333.33 ÷ 3,500 = 0.380951, weighted 966.67 ÷ 3,500 = 0.276191.
        QTest::newRow("rep B") << "REP-B" << 250000LL << 350000LL << 383333LL << 383333LL << 133333LL
                               << 96667LL << 600000LL << false << 416667LL << 380951LL << 276191LL
                               << int(Band::AtRisk) << int(Band::AtRisk) << 500000LL;
        // T1 has no quota of its own: the sum of its reps' (A's).
        QTest::newRow("territory") << "T1" << 150000LL << 350000LL << 470000LL << 860000LL << 710000LL
                                   << 272500LL << 300000LL << true << 500000LL << 4733333LL << 1816667LL
                                   << int(Band::Healthy) << int(Band::Healthy) << 300000LL;
        // R1 has its own quota, 9,000. Weighted: (27,250,000 + 9,666,650) cent-% → 3,691.67.
        //    coverage 8,433.33 ÷ 5,000 = 1.686666 (at risk < 2×), weighted 0.738334 (watch ≥ 0.7×).
        QTest::newRow("region") << "R1" << 400000LL << 700000LL << 853333LL << 1243333LL << 843333LL
                                << 369167LL << 900000LL << false << 444444LL << 1686666LL << 738334LL
                                << int(Band::AtRisk) << int(Band::Watch) << 800000LL;
        // The company has no quota rows: the sum of its reps' quotas, 9,000.
        QTest::newRow("company") << "company" << 400000LL << 700000LL << 853333LL << 1243333LL << 843333LL
                                 << 369167LL << 900000LL << true << 444444LL << 1686666LL << 738334LL
                                 << int(Band::AtRisk) << int(Band::Watch) << 800000LL;
    }
    void figures()
    {
        QFETCH(QString, node);
        ForecastQuery q(*m_store);
        const Figures f = q.figures(q.tree().resolve(node), q.parsePeriod(QStringLiteral("2027-Q1")));
        QTEST(f.closed.cents(), "closed");
        QTEST(f.commit.cents(), "commit");
        QTEST(f.bestCase.cents(), "bestCase");
        QTEST(f.pipelineTotal.cents(), "pipelineTotal");
        QTEST(f.openPipeline.cents(), "openPipeline");
        QTEST(f.weightedPipeline.cents(), "weighted");
        QTEST(f.quota.cents(), "quota");
        QVERIFY(f.hasQuota);
        QTEST(f.quotaFromReps, "fromReps");
        QVERIFY(f.attainment && f.coverage && f.weightedCoverage);
        QTEST(f.attainment->micros(), "attainment");
        QTEST(f.coverage->micros(), "coverage");
        QTEST(f.weightedCoverage->micros(), "weightedCoverage");
        QTEST(int(f.coverageBand), "band");
        QTEST(int(f.weightedCoverageBand), "weightedBand");
        QCOMPARE(f.periodDays, 90);  // 31 + 28 + 31
        QCOMPARE(f.elapsedDays, 45); // 1 Jan .. 14 Feb
        QTEST(f.projection.cents(), "projection");
        QCOMPARE(f.quotaToDate, f.quota.multipliedBy(45, 90));
        QCOMPARE(f.remainingQuota, f.quota - f.closed);
        QVERIFY(!f.commitOverride);
        QCOMPARE(f.adjustedCommit, f.commit);
    }

    // The facts table (kept by triggers) gives what the opportunities table gives, also after edits.
    void factsFollowOpportunityEdits()
    {
        ForecastQuery q(*m_store);
        const Period p = q.parsePeriod(QStringLiteral("2027-Q1"));
        m_store->query(QStringLiteral("UPDATE opportunities SET amount_cents = 310000, stage = 'Proposal', "
                                      "forecast_category = 'Best Case' WHERE id = 6"));
        m_store->query(QStringLiteral("DELETE FROM opportunities WHERE id = 7"));
        m_store->query(QStringLiteral("UPDATE opportunities SET close_date = '2027-04-15' WHERE id = 12"));
        q.invalidate();
        const Figures f = q.figures(q.tree().resolve(QStringLiteral("R1")), p);
        // Open: A commit 2,000, best case 1,200 + 3,100; B best case 333.33 (B's commit moved out).
        QCOMPARE(f.openCommit.cents(), 200000);
        QCOMPARE(f.openBestCase.cents(), 120000 + 310000 + 33333);
        QCOMPARE(f.openPipelineCategory.cents(), 0);
        // Weighted: 200,000×80 + 120,000×50 + 310,000×50 + 33,333×50 = 39,166,650 cent-% → 391,666.5 →
        // 391,667.
        QCOMPARE(f.weightedPipeline.cents(), 391667);
        const Tally direct = q.tallyFromOpportunities({1, 2}, p);
        QCOMPARE(direct.openBestCaseCents, f.openBestCase.cents());
        QCOMPARE(qint64(direct.weightedCentPercent), qint64(39166650));
        QCOMPARE(direct.wonCents, f.closed.cents());
        // A custom range reads the opportunities table and must agree with the facts for whole months.
        const Figures custom = q.figures(q.tree().resolve(QStringLiteral("R1")),
                                         q.parsePeriod(QStringLiteral("2027-01-01..2027-03-31")));
        QCOMPARE(custom.weightedPipeline, f.weightedPipeline);
        QCOMPARE(custom.openPipeline, f.openPipeline);
        QCOMPARE(custom.quota, f.quota);
    }

    void partialMonthProratesQuota()
    {
        ForecastQuery q(*m_store);
        const Period p = q.parsePeriod(QStringLiteral("2027-02-01..2027-02-14"));
        QCOMPARE(p.days(), 14);
        const Figures a = q.figures(q.tree().resolve(QStringLiteral("REP-A")), p);
        QCOMPARE(a.closed.cents(), 50000); // the 5 Feb deal
        QCOMPARE(a.quota.cents(), 50000);  // 1,000 × 14/28
        QCOMPARE(a.attainment->micros(), 1000000);
        const Figures r = q.figures(q.tree().resolve(QStringLiteral("R1")), p);
        QCOMPARE(r.quota.cents(), 150000); // R1's own 3,000 × 14/28
        QVERIFY(!r.quotaFromReps);
        QCOMPARE(r.lostCount, 1); // B's 10 Feb loss
        QCOMPARE(r.elapsedDays, 14);
        QCOMPARE(r.projection, r.closed); // the period is over on the as-of date
    }

    void pacing()
    {
        ForecastQuery q(*m_store);
        const auto pts =
            q.pacing(q.tree().resolve(QStringLiteral("R1")), q.parsePeriod(QStringLiteral("2027-Q1")));
        QCOMPARE(int(pts.size()), 3);
        const qint64 booked[3] = {100000, 50000, 250000}, cum[3] = {100000, 150000, 400000};
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(pts[size_t(i)].bookings.cents(), booked[i]);
            QCOMPARE(pts[size_t(i)].cumulativeBookings.cents(), cum[i]);
            QCOMPARE(pts[size_t(i)].quota.cents(), 300000);
            QCOMPARE(pts[size_t(i)].cumulativeQuota.cents(), 300000LL * (i + 1));
        }
        // The company has no quota rows: pacing uses the reps' quotas, 3,000 a month.
        const auto co = q.pacing(q.tree().root(), q.parsePeriod(QStringLiteral("2027-Q1")));
        QCOMPARE(co.back().cumulativeQuota.cents(), 900000);
    }

    void winRateAndDealSize_data()
    {
        QTest::addColumn<QString>("node");
        QTest::addColumn<QString>("month");
        QTest::addColumn<qint64>("won");
        QTest::addColumn<qint64>("lost");
        QTest::addColumn<qint64>("winRate");     // millionths, -1 = none
        QTest::addColumn<qint64>("averageDeal"); // cents, -1 = none
        QTest::newRow("A Jan") << "REP-A"
                               << "2027-01" << 1LL << 1LL << 500000LL << 100000LL;
        QTest::newRow("A Feb") << "REP-A"
                               << "2027-02" << 1LL << 0LL << 1000000LL << 50000LL;
        QTest::newRow("A Mar") << "REP-A"
                               << "2027-03" << 0LL << 0LL << -1LL << -1LL;
        QTest::newRow("R1 Feb") << "R1"
                                << "2027-02" << 1LL << 1LL << 500000LL << 50000LL;
        QTest::newRow("R1 Mar") << "R1"
                                << "2027-03" << 1LL << 0LL << 1000000LL << 250000LL;
    }
    void winRateAndDealSize()
    {
        QFETCH(QString, node);
        QFETCH(QString, month);
        ForecastQuery q(*m_store);
        const Dashboard d = q.dashboard(q.tree().resolve(node), q.parsePeriod(QStringLiteral("2027-Q1")));
        QCOMPARE(int(d.months.size()), 12); // April 2026 .. March 2027
        QCOMPARE(d.months.back().label, QStringLiteral("2027-03"));
        const auto it = std::find_if(d.months.begin(), d.months.end(),
                                     [&](const MonthStat &m) { return m.label == month; });
        QVERIFY(it != d.months.end());
        QTEST(it->won, "won");
        QTEST(it->lost, "lost");
        QTEST(it->winRate ? it->winRate->micros() : -1LL, "winRate");
        QTEST(it->averageDeal ? it->averageDeal->cents() : -1LL, "averageDeal");
    }

    void childrenAndLeaderboard()
    {
        ForecastQuery q(*m_store);
        const Dashboard d =
            q.dashboard(q.tree().resolve(QStringLiteral("R1")), q.parsePeriod(QStringLiteral("2027-Q1")));
        QCOMPARE(int(d.children.size()), 2);
        QCOMPARE(d.children[0].code, QStringLiteral("T1")); // 50% before 41.7%
        QCOMPARE(d.children[1].code, QStringLiteral("T2"));
        QVERIFY(d.children[1].quotaFromReps);
        QCOMPARE(int(d.leaderboard.size()), 2);
        QCOMPARE(d.leaderboard[0].rank, 1);
        QCOMPARE(d.leaderboard[0].externalId, QStringLiteral("REP-A"));
        QCOMPARE(d.leaderboard[0].pipeline.cents(), 710000);
        QCOMPARE(d.leaderboard[1].attainment->micros(), 416667);
        QVERIFY(!d.earningsAvailable);
        QVERIFY(!d.leaderboard[0].earnings);
        QVERIFY(!d.earningsNote.isEmpty());
        // A territory's children are its reps.
        const Dashboard t =
            q.dashboard(q.tree().resolve(QStringLiteral("T2")), q.parsePeriod(QStringLiteral("2027-Q1")));
        QCOMPARE(int(t.children.size()), 1);
        QVERIFY(t.children[0].node.isRep());
    }

    void earningsFromPayoutRuns()
    {
        // A flat 10% monthly commission for Ann and Bob; payout runs for January and February only.
        comp::savePlan(*m_store, comp::planFromJsonBytes(R"({"name": "Flat", "plan_year": 2027,
            "payout_period": "month", "components": [{"type": "commission", "name": "Commission",
            "rate": "0.10"}]})"));
        for (qint64 rep : {1, 2})
            comp::assignPlan(*m_store, rep, QStringLiteral("Flat"), QDate(2027, 1, 1));
        for (const char *month : {"2027-01", "2027-02"})
            comp::saveRun(*m_store,
                          comp::computePayouts(
                              *m_store, comp::parsePayoutPeriod(*m_store, QString::fromLatin1(month))));
        // Bob gets a January deal of $300 afterwards and January is run again: the latest run counts.
        m_store->query(QStringLiteral(
            "INSERT INTO opportunities(id, owner_rep_id, amount_cents, stage, probability, "
            "forecast_category, "
            "close_date, is_closed, is_won, name) VALUES (16, 2, 30000, 'Closed Won', 100, 'Closed', "
            "'2027-01-25', 1, 1, 'late')"));
        comp::saveRun(*m_store, comp::computePayouts(
                                    *m_store, comp::parsePayoutPeriod(*m_store, QStringLiteral("2027-01"))));

        ForecastQuery q(*m_store);
        const Dashboard d =
            q.dashboard(q.tree().resolve(QStringLiteral("R1")), q.parsePeriod(QStringLiteral("2027-Q1")));
        QVERIFY(d.earningsAvailable);
        QCOMPARE(d.earningsThrough, QDate(2027, 2, 28));
        QCOMPARE(d.leaderboard[0].externalId, QStringLiteral("REP-A"));
        // Ann: 10% of $1,000 (Jan 10) + $500 (Feb 5) = $150.00; Bob: 10% of $300 (Jan 25) = $30.00
        // (his $2,500 of March 1 is in no run yet).
        QCOMPARE(d.leaderboard[0].earnings->cents(), 15000);
        QCOMPARE(d.leaderboard[1].earnings->cents(), 3000);
        // Projected at the run rate: earned × 90 quarter days ÷ 59 days run (Jan 1 – Feb 28).
        QCOMPARE(d.leaderboard[0].projectedEarnings->cents(), 22881); // 15000 × 90 / 59 = 22881.36
        QCOMPARE(d.leaderboard[1].projectedEarnings->cents(), 4576);  // 3000 × 90 / 59 = 4576.27
        QCOMPARE(d.earningsToDate.cents(), 18000);
        QCOMPARE(d.earningsProjected.cents(), 22881 + 4576);
        // A territory shows only its rep.
        const Dashboard t =
            q.dashboard(q.tree().resolve(QStringLiteral("T2")), q.parsePeriod(QStringLiteral("2027-Q1")));
        QCOMPARE(t.earningsToDate.cents(), 3000);
        // February alone: only February's run; March: no run, so a note instead of figures.
        const EarningsResult feb = earningsFor(*m_store, {1}, q.parsePeriod(QStringLiteral("2027-02")));
        QVERIFY(feb.available);
        QCOMPARE(feb.byRep.value(1).cents(), 5000);
        QVERIFY(!feb.byRep.contains(2));
        QCOMPARE(feb.projectedByRep.value(1).cents(), 5000);
        const EarningsResult march = earningsFor(*m_store, {}, q.parsePeriod(QStringLiteral("2027-03")));
        QVERIFY(!march.available);
        QVERIFY(!march.note.isEmpty());
    }

    void commitOverride()
    {
        ForecastQuery q(*m_store);
        const NodeRef r1 = q.tree().resolve(QStringLiteral("R1"));
        const Period p = q.parsePeriod(QStringLiteral("2027-Q1"));
        CommitOverride o;
        o.commit = Money::fromCents(750000);
        o.comment = QStringLiteral("Two Beta deals slip to April");
        QVERIFY_THROWS_EXCEPTION(TesseraError, saveOverride(*m_store, r1, p, CommitOverride{}));
        saveOverride(*m_store, r1, p, o);
        Figures f = q.figures(r1, p);
        QVERIFY(f.commitOverride);
        QCOMPARE(f.adjustedCommit.cents(), 750000);
        QCOMPARE(f.commit.cents(), 700000); // the system commit is unchanged
        QCOMPARE(f.commitOverride->comment, o.comment);
        QVERIFY(f.commitOverride->at.isValid());
        QCOMPARE(
            m_store
                ->scalar(QStringLiteral("SELECT COUNT(*) FROM change_log WHERE entity = 'forecast_override'"))
                .toInt(),
            1);
        // Another period and another node are not affected.
        QVERIFY(!q.figures(r1, q.parsePeriod(QStringLiteral("2027-Q2"))).commitOverride);
        QVERIFY(!q.figures(q.tree().root(), p).commitOverride);
        saveOverride(*m_store, r1, p, std::nullopt);
        f = q.figures(r1, p);
        QVERIFY(!f.commitOverride);
        QCOMPARE(f.adjustedCommit, f.commit);
    }

    void badInput()
    {
        ForecastQuery q(*m_store);
        QVERIFY_THROWS_EXCEPTION(TesseraError, q.tree().resolve(QStringLiteral("NOPE")));
        QVERIFY_THROWS_EXCEPTION(TesseraError, q.parsePeriod(QStringLiteral("2027-13")));
        QVERIFY_THROWS_EXCEPTION(TesseraError, q.parsePeriod(QStringLiteral("2027-03-10..2027-03-01")));
    }
};

QTEST_GUILESS_MAIN(TestForecastQuery)
#include "tst_forecastquery.moc"
