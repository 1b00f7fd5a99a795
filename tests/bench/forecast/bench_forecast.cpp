// Dashboard figures on a big plan (5,000 reps, 1,000,000 opportunities): the company dashboard, a change of
// node (drill-down) and a change of period, against the goals (300 ms, 100 ms) and two baselines measured
// in the same run: the same figures read straight from the opportunities table, and a naive dashboard with
// one query per child node and per leaderboard rep. See README.md.
#include "../../forecast/demoquotas.h"

#include "dashboard/dashboardview.h"
#include "demo/demogenerator.h"
#include "forecast/forecastquery.h"
#include "shell/plandocument.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTextStream>
#include <QTimer>
#include <algorithm>
#include <ctime>

using namespace tessera;
using namespace tessera::forecast;

namespace {

QTextStream out(stdout);

// Median of n runs of fn, in milliseconds.
template <typename F> double medianMs(int n, F fn)
{
    std::vector<double> t;
    for (int i = 0; i < n; ++i) {
        QElapsedTimer timer;
        timer.start();
        fn();
        t.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(t.begin(), t.end());
    return t[t.size() / 2];
}

void line(const QString &what, double ms, double goal = 0, double baseline = 0)
{
    out << "  " << what.leftJustified(58) << QString::number(ms, 'f', 1).rightJustified(9) << " ms";
    if (goal > 0)
        out << QStringLiteral("   %1 of goal %2 ms").arg(QString::number(ms / goal, 'f', 2)).arg(goal);
    if (baseline > 0)
        out << QStringLiteral("   %1x faster than baseline").arg(QString::number(baseline / ms, 'f', 1));
    out << "\n";
    out.flush();
}

// The 1-minute load average (Linux), to tell a busy machine from a slow query.
QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(f.readAll().split(' ').value(0));
}

bool waitShown(DashboardView &view)
{
    QEventLoop loop;
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    bool shown = false;
    auto c = QObject::connect(&view, &DashboardView::dashboardShown, &loop, [&] {
        shown = true;
        loop.quit();
    });
    loop.exec();
    QObject::disconnect(c);
    return shown;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    // --quick: only the query figures without the two slow baselines and the view (for profiling).
    const bool quick = args.contains(QStringLiteral("--quick"));
    QStringList rest = args.mid(1);
    rest.removeAll(QStringLiteral("--quick"));
    const QString path =
        rest.isEmpty() ? QStringLiteral("/tmp/tessera-forecast-bench.tessera") : rest.front();
    const int runs = 5;
    if (!QFile::exists(path)) {
        out << "Generating " << path << " (5,000 reps, 100,000 accounts, 1,000,000 opportunities)...\n";
        out.flush();
        QElapsedTimer t;
        t.start();
        DemoOptions o;
        o.reps = 5000;
        o.accounts = 100000;
        o.opportunities = 1000000;
        generateDemoPlan(path, o);
        out << "  generated in " << t.elapsed() / 1000 << " s\n";
    }
    {
        auto store = PlanStore::open(path);
        if (store->scalar(QStringLiteral("SELECT COUNT(*) FROM quotas")).toLongLong() == 0) {
            demoquotas::seed(*store, 2027);
            out << "  seeded FY2027 quotas (tests/forecast/demoquotas.h)\n";
        }
    }
    auto store = PlanStore::open(path, PlanStore::Access::ReadOnly);
    out << "Plan " << path << ": "
        << store->scalar(QStringLiteral("SELECT COUNT(*) FROM reps WHERE territory_id IS NOT NULL"))
               .toLongLong()
        << " territory reps, "
        << store->scalar(QStringLiteral("SELECT COUNT(*) FROM opportunities")).toLongLong()
        << " opportunities, "
        << store->scalar(QStringLiteral("SELECT COUNT(*) FROM forecast_facts")).toLongLong()
        << " fact rows; median of " << runs << " runs; load average " << loadAverage() << "\n";

    ForecastQuery probe(*store);
    const NodeRef root = probe.tree().root();

    for (const QString &periodText : {QStringLiteral("FY2027"), QStringLiteral("2027-Q2")}) {
        const Period period = probe.parsePeriod(periodText);
        out << "\nCompany dashboard, " << periodText << "\n";
        Dashboard company;
        const double load = medianMs(runs, [&] { ForecastQuery q(*store); });
        const std::clock_t cpu0 = std::clock();
        const double cold = medianMs(runs, [&] {
            ForecastQuery q(*store);
            company = q.dashboard(root, period);
        });
        const double coldCpu = double(std::clock() - cpu0) * 1000.0 / CLOCKS_PER_SEC / runs;
        ForecastQuery warm(*store);
        warm.dashboard(root, period);
        // A change of node to one not seen before (each region and the first district of each, once).
        std::vector<NodeRef> fresh;
        for (const NodeRef &r : probe.tree().children(root)) {
            fresh.push_back(r);
            fresh.push_back(probe.tree().children(r).front());
        }
        size_t next = 0;
        const double drill = medianMs(int(fresh.size()), [&] { warm.dashboard(fresh[next++], period); });
        const double back = medianMs(runs, [&] { warm.dashboard(root, period); });
        line(QStringLiteral("  parts: in-memory roll-up of the company figures"),
             medianMs(runs, [&] { warm.figures(root, period); }));
        line(QStringLiteral("  parts: period snapshot (facts pass, quotas, earnings)"), medianMs(runs, [&] {
                 warm.invalidate();
                 warm.figures(root, period);
             }));
        const QDate last(period.end.year(), period.end.month(), 1);
        line(QStringLiteral("  parts: monthly bookings/win rate (company, from the snapshot)"),
             medianMs(runs, [&] { warm.monthly(root, last.addMonths(-11), last); }));
        line(QStringLiteral("  parts: snapshot + dashboard (all but the hierarchy load)"),
             medianMs(runs, [&] {
                 warm.invalidate();
                 warm.dashboard(root, period);
             }));
        double baseline = 0;
        if (!quick) {
            ForecastQuery q(*store);
            q.setUseFacts(false);
            baseline = medianMs(std::max(1, runs / 2), [&] {
                q.invalidate();
                q.dashboard(root, period);
            });
        }
        // Naive: one query per child node and per leaderboard rep, straight on the opportunities table.
        const double naive = quick ? 0 : medianMs(1, [&] {
            for (const NodeRef &c : probe.tree().children(root))
                probe.tallyFromOpportunities(probe.tree().repsUnder(c), period);
            for (qint64 rep : probe.tree().repsUnder(root))
                probe.tallyFromOpportunities({rep}, period);
        });
        out << "  closed " << company.figures.closed.toPlainString() << ", open pipeline "
            << company.figures.openPipeline.toPlainString() << ", weighted "
            << company.figures.weightedPipeline.toPlainString() << ", quota "
            << company.figures.quota.toPlainString() << ", " << company.leaderboard.size()
            << " leaderboard rows\n";
        line(QStringLiteral("hierarchy load (part of the figures below)"), load);
        line(QStringLiteral("company figures, cold (new query object)"), cold, 300, baseline);
        line(QStringLiteral("  CPU time of one cold run (mean; both cores count)"), coldCpu);
        if (!quick) {
            line(QStringLiteral("baseline: same, reading opportunities table"), baseline, 300);
            line(QStringLiteral("baseline: naive, a query per child and per rep"), naive, 300);
        }
        line(QStringLiteral("filter change: drill to a new region/district"), drill, 100, baseline);
        line(QStringLiteral("filter change: back to company (cached)"), back, 100, baseline);
    }

    out << "\nLoad average at the end: " << loadAverage() << "\n";
    if (quick)
        return 0;
    // The GUI: the whole redraw after a filter change, request to charts drawn, through the worker thread.
    out << "\nDashboard view (offscreen), 2027-Q2\n";
    auto document = PlanDocument::open(path);
    DashboardView view(document.get());
    view.resize(1500, 1500);
    view.show();
    if (!waitShown(view)) {
        out << "  the view did not show\n";
        return 1;
    }
    line(QStringLiteral("first dashboard (cold worker): compute"), double(view.lastComputeMs()), 300);
    std::vector<double> total, redraw;
    std::vector<NodeRef> targets;
    for (const NodeRef &r : probe.tree().children(root))
        for (const NodeRef &d : probe.tree().children(r))
            if (targets.size() < size_t(2 * runs))
                targets.push_back(d);
    for (const NodeRef &n : targets) {
        QElapsedTimer t;
        t.start();
        view.showNode(n);
        waitShown(view);
        total.push_back(double(t.nsecsElapsed()) / 1e6);
        redraw.push_back(double(view.lastRedrawMs()));
    }
    std::sort(total.begin(), total.end());
    std::sort(redraw.begin(), redraw.end());
    line(QStringLiteral("filter change in the view (new district): click to drawn"), total[total.size() / 2],
         100);
    line(QStringLiteral("  of which chart and table redraw"), redraw[redraw.size() / 2], 100);
    return 0;
}
