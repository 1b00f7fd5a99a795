// Benchmark: the year's payout run (2,000 reps, 1,000,000 credited deals, 12 monthly periods) against
// the same commission written as plain SQL over the same plan file, in the same run.
//
//   bench_payout [--reps N] [--deals N] [--file PATH]
#include "common/random.h"
#include "comp/compstore.h"
#include "comp/crediting.h"
#include "comp/payoutrun.h"
#include "store/planstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>
#include <QThreadPool>
#include <ctime>

using namespace tessera;
using namespace tessera::comp;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto arg = [&](const QString &name, qint64 fallback) {
        const int i = int(args.indexOf(name));
        return i > 0 && i + 1 < args.size() ? args[i + 1].toLongLong() : fallback;
    };
    const int reps = int(arg(QStringLiteral("--reps"), 2000));
    const qint64 deals = arg(QStringLiteral("--deals"), 1000000);
    const int fi = int(args.indexOf(QStringLiteral("--file")));
    const QString path =
        fi > 0 && fi + 1 < args.size() ? args[fi + 1] : QStringLiteral("/tmp/tessera-bench-comp.tessera");
    QTextStream out(stdout);
    const bool reuse = args.contains(QStringLiteral("--reuse")) && QFile::exists(path);
    if (!reuse)
        QFile::remove(path);
    PlanSettings settings;
    settings.firstFiscalYear = 2027;
    settings.lastFiscalYear = 2027;
    if (!reuse) {
        QElapsedTimer t;
        t.start();
        auto s = PlanStore::create(path, settings);
        Transaction tx(*s);
        Random rng(42);
        QSqlQuery rep = s->prepare(QStringLiteral("INSERT INTO reps(id, name) VALUES (?, ?)"));
        QSqlQuery quota = s->prepare(QStringLiteral(
            "INSERT INTO quotas(rep_id, fiscal_year, month, amount_cents) VALUES (?, 2027, ?, ?)"));
        for (int r = 1; r <= reps; ++r) {
            rep.bindValue(0, r);
            rep.bindValue(1, QStringLiteral("Rep %1").arg(r));
            s->exec(rep);
            for (int m = 1; m <= 12; ++m) {
                quota.bindValue(0, r);
                quota.bindValue(1, m);
                quota.bindValue(2, qint64(1000000) * 100);
                s->exec(quota);
            }
        }
        QSqlQuery opp = s->prepare(
            QStringLiteral("INSERT INTO opportunities(id, name, owner_rep_id, amount_cents, stage, type, "
                           "close_date, is_closed, is_won) VALUES (?, 'Deal - Core', ?, ?, 'Won', 'New "
                           "Business', ?, 1, 1)"));
        for (qint64 i = 1; i <= deals; ++i) {
            opp.bindValue(0, i);
            opp.bindValue(1, rng.range(1, reps));
            opp.bindValue(2, rng.range(100, 4000000) * 100 / 100 + rng.range(0, 99));
            opp.bindValue(3, QDate(2027, 1, 1).addDays(rng.range(0, 364)).toString(Qt::ISODate));
            s->exec(opp);
        }
        tx.commit();
        // Marginal tiers on year-to-date credit: 3 % to $3M, 5 % to $6M, 7 % above (no rollup: flat team).
        savePlan(*s, planFromJsonBytes(
                         R"({"name": "Bench", "plan_year": 2027, "payout_period": "month", "components": [
            {"type": "commission", "mode": "marginal", "window": "year", "tiers": [{"from": "0", "rate": "0.03"},
             {"from": "3000000.00", "rate": "0.05"}, {"from": "6000000.00", "rate": "0.07"}]}]})"));
        CreditingSettings cs;
        cs.rollup = false;
        setCreditingSettings(*s, cs);
        Transaction tx2(*s);
        for (int r = 1; r <= reps; ++r)
            s->query(
                QStringLiteral(
                    "INSERT INTO comp_assignments(rep_id, plan_id, start_date) VALUES (?, 1, '2027-01-01')"),
                {r});
        tx2.commit();
        out << "generated " << reps << " reps, " << deals << " deals in " << t.elapsed() << " ms\n";
    }
    auto s = PlanStore::open(path, PlanStore::Access::ReadOnly);
    FiscalPeriod year;
    FiscalCalendar(1).parse(QStringLiteral("2027-12"), &year);
    year.start = QDate(2027, 1, 1); // all twelve monthly periods of the year
    RunOptions o;
    o.explain = false;
    QElapsedTimer t;
    // Process CPU seconds beside wall time: on a shared machine wall time includes waiting for a core.
    auto cpu = [] {
        return qint64(std::clock() * 1000.0 / CLOCKS_PER_SEC);
    };
    qint64 c0 = cpu();
    t.start();
    // With deal names and types (as a run with explanations reads them).
    const qint64 credited = qint64(computeCredits(*s, QDate(2027, 1, 1), QDate(2027, 12, 31)).size());
    const qint64 creditMs = t.elapsed();
    out << "crediting alone (reading and crediting the deals of " << credited
        << " reps, with names): " << creditMs << " ms wall, " << cpu() - c0 << " ms CPU\n";
    c0 = cpu();
    t.start();
    const RunResult run = computePayouts(*s, year, o);
    const qint64 engineMs = t.elapsed();
    const qint64 engineCpu = cpu() - c0;
    qint64 engineTotal = 0, periods = 0;
    for (const RepResult &r : run.reps)
        for (const PeriodResult &p : r.periods) {
            engineTotal += p.earned.cents();
            ++periods;
        }

    if (args.contains(QStringLiteral("--no-sql"))) { // for profiling the engine alone
        out << "engine: " << engineMs << " ms wall, " << engineCpu << " ms CPU\n";
        return 0;
    }
    c0 = cpu();
    // The same commission as one SQL statement: running credit per rep, each deal's slice of each tier
    // rounded half away from zero to the cent, summed per rep and month.
    t.start();
    const QString sql = QStringLiteral(R"(
        WITH d AS (
          SELECT owner_rep_id AS rep, substr(close_date, 6, 2) AS month, amount_cents AS c,
                 SUM(amount_cents) OVER (PARTITION BY owner_rep_id ORDER BY close_date, id
                                         ROWS UNBOUNDED PRECEDING) AS hi
          FROM opportunities WHERE is_won = 1 AND close_date >= '2027-01-01' AND close_date <= '2027-12-31'),
        s AS (
          SELECT rep, month,
            (MAX(0, MIN(hi, 300000000) - MAX(hi - c, 0)) * 30000 + 500000) / 1000000 +
            (MAX(0, MIN(hi, 600000000) - MAX(hi - c, 300000000)) * 50000 + 500000) / 1000000 +
            (MAX(0, hi - MAX(hi - c, 600000000)) * 70000 + 500000) / 1000000 AS amount
          FROM d)
        SELECT rep, month, SUM(amount) FROM s GROUP BY rep, month)");
    QSqlQuery q = s->query(sql);
    qint64 sqlTotal = 0, sqlRows = 0;
    while (q.next()) {
        sqlTotal += q.value(2).toLongLong();
        ++sqlRows;
    }
    const qint64 sqlMs = t.elapsed();
    const qint64 sqlCpu = cpu() - c0;
    out << "threads: " << QThreadPool::globalInstance()->maxThreadCount() << "\n";
    out << "engine: year payout run (12 monthly periods, " << run.reps.size() << " reps, " << periods
        << " rep periods) " << engineMs << " ms wall, " << engineCpu << " ms CPU, total earned "
        << Money::fromCents(engineTotal).toPlainString() << "\n";
    out << "sql:    same commission as one SQL statement " << sqlMs << " ms wall, " << sqlCpu << " ms CPU ("
        << sqlRows << " rep months), total " << Money::fromCents(sqlTotal).toPlainString() << "\n";
    out << "ratio engine/sql: "
        << QString::number(double(engineMs) / double(std::max<qint64>(1, sqlMs)), 'f', 2)
        << (engineTotal == sqlTotal ? "  (totals agree to the cent)" : "  (TOTALS DIFFER)") << "\n";
    return engineTotal == sqlTotal ? 0 : 1;
}
