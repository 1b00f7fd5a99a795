// Benchmark: Tessera's balancer against METIS 5 (gpmetis -contig) on the same graphs and weights, in one
// run. See README.md in this folder for the command and what the columns mean.
#include "align/balancer.h"
#include "align/unitgraph.h"

#include "common/error.h"
#include "common/random.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>

using namespace tessera;
using namespace tessera::align;

namespace {

QTextStream out(stdout);

struct MetisRun
{
    std::vector<int> part;
    double seconds = 0;
};

// Writes the graph in METIS format: integer vertex weights (scaled to keep 7 significant digits).
void writeMetisGraph(const UnitGraph &g, const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Text))
        throw TesseraError(TesseraError::Kind::Io, QStringLiteral("cannot write"), path);
    QTextStream s(&f);
    const double heaviest = g.heaviestWeight();
    const double scale = heaviest > 1e7 ? 1e7 / heaviest : 1.0;
    s << g.unitCount() << ' ' << g.edgeCount() << " 010\n";
    for (int u = 0; u < g.unitCount(); ++u) {
        s << qint64(std::llround(g.weight[size_t(u)] * scale));
        for (int e = g.offsets[size_t(u)]; e < g.offsets[size_t(u) + 1]; ++e)
            s << ' ' << g.targets[size_t(e)] + 1;
        s << '\n';
    }
}

MetisRun runMetis(const QString &graphPath, int k, int seed)
{
    MetisRun r;
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(QStringLiteral("gpmetis"),
            {QStringLiteral("-contig"), QStringLiteral("-seed=%1").arg(seed), graphPath, QString::number(k)});
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        throw TesseraError::internal(
            QStringLiteral("gpmetis failed: %1").arg(QString::fromLocal8Bit(p.readAllStandardOutput())));
    r.seconds = t.elapsed() / 1000.0;
    QFile f(graphPath + QStringLiteral(".part.%1").arg(k));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        throw TesseraError::internal(QStringLiteral("no METIS partition file"));
    while (!f.atEnd())
        r.part.push_back(QString::fromLatin1(f.readLine()).trimmed().toInt());
    return r;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

QString pct(double v)
{
    return QStringLiteral("%1%").arg(v * 100, 0, 'f', 2);
}

// 40,000 square cells of 1 km with a few diagonal links (a tessellation whose cells have 4 to 8
// neighbours), and population-like log-normal weights.
UnitGraph syntheticTessellation(int side, quint64 seed)
{
    Random rng(seed);
    UnitGraph g;
    g.levelName = QStringLiteral("synthetic");
    g.measureLabel = QStringLiteral("weight");
    std::vector<RawEdge> edges;
    for (int y = 0; y < side; ++y)
        for (int x = 0; x < side; ++x) {
            const int u = y * side + x;
            g.unitIds.push_back(u);
            g.codes << QString::number(u);
            g.weight.push_back(std::round(rng.logNormal(1000, 1.0)));
            g.area.push_back(1e6);
            g.perimeter.push_back(4000);
            if (x + 1 < side)
                edges.push_back({u, u + 1, 1000, EdgeKind::Border});
            if (y + 1 < side)
                edges.push_back({u, u + side, 1000, EdgeKind::Border});
            if (x + 1 < side && y + 1 < side && rng.chance(0.3))
                edges.push_back(rng.chance(0.5) ? RawEdge{u, u + side + 1, 0, EdgeKind::Border}
                                                : RawEdge{u + 1, u + side, 0, EdgeKind::Border});
        }
    g.setEdges(edges);
    return g;
}

struct Case
{
    QString name;
    const UnitGraph *graph;
    int k;
    double goalSeconds; // 0 = none
};

void runCase(const Case &c, const QString &dir, int metisSeeds, int seed)
{
    const UnitGraph &g = *c.graph;
    BalanceOptions o;
    o.territories = c.k;
    o.seed = quint64(seed);
    o.timeLimitSeconds = 60;
    const std::clock_t cpuStart = std::clock();
    const BalanceResult ours = balanceUnits(g, o);
    const double cpuSeconds = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    const AlignmentMetrics &m = ours.metrics;

    const QString graphPath = dir + QStringLiteral("/case.graph");
    writeMetisGraph(g, graphPath);
    std::vector<double> metisDev, metisPP, metisTime;
    int metisContiguous = 0;
    for (int s = 1; s <= metisSeeds; ++s) {
        const MetisRun r = runMetis(graphPath, c.k, s);
        const AlignmentMetrics mm = computeMetrics(g, r.part, c.k);
        metisDev.push_back(mm.maxDeviation);
        metisPP.push_back(mm.meanPolsbyPopper);
        metisTime.push_back(r.seconds);
        metisContiguous += mm.allContiguous ? 1 : 0;
    }
    const double metisMedianDev = median(metisDev);
    const double metisMedianPP = median(metisPP);
    const double target = std::max(0.01, m.heaviestUnitFloor);
    out << QStringLiteral("%1 | k=%2 | units=%3 | floor %4\n")
               .arg(c.name)
               .arg(c.k)
               .arg(g.unitCount())
               .arg(pct(m.heaviestUnitFloor));
    out << QStringLiteral("  Tessera: max dev %1, mean |dev| %2, mean PP %3, contiguous %4, cut edges %5, "
                          "time %6 s (CPU %8 s)%7\n")
               .arg(pct(m.maxDeviation), pct(m.meanDeviation))
               .arg(m.meanPolsbyPopper, 0, 'f', 3)
               .arg(m.allContiguous ? QStringLiteral("yes") : QStringLiteral("NO"))
               .arg(m.cutEdges)
               .arg(ours.seconds, 0, 'f', 2)
               .arg(ours.timedOut ? QStringLiteral(" (time limit hit)") : QString())
               .arg(cpuSeconds, 0, 'f', 2);
    out << QStringLiteral(
               "  METIS -contig, %1 seeds: median max dev %2 (best %3), median PP %4, contiguous in "
               "%5/%1 runs, median time %6 s\n")
               .arg(metisSeeds)
               .arg(pct(metisMedianDev), pct(*std::min_element(metisDev.begin(), metisDev.end())))
               .arg(metisMedianPP, 0, 'f', 3)
               .arg(metisContiguous)
               .arg(median(metisTime), 0, 'f', 3);
    const bool devGoal = m.maxDeviation <= target + 1e-12 && (m.maxDeviation <= metisMedianDev / 2 ||
                                                              m.maxDeviation <= m.heaviestUnitFloor + 1e-9);
    out << QStringLiteral("  ratio: max dev ours/METIS median %1, PP ours/METIS %2 | goals: contiguous %3, "
                          "dev <= max(1%, floor) and <= METIS/2 %4, PP >= METIS %5%6\n\n")
               .arg(metisMedianDev > 0 ? m.maxDeviation / metisMedianDev : 0.0, 0, 'f', 3)
               .arg(metisMedianPP > 0 ? m.meanPolsbyPopper / metisMedianPP : 0.0, 0, 'f', 3)
               .arg(m.allContiguous ? QStringLiteral("met") : QStringLiteral("MISSED"))
               .arg(devGoal ? QStringLiteral("met") : QStringLiteral("MISSED"))
               .arg(m.meanPolsbyPopper >= metisMedianPP ? QStringLiteral("met") : QStringLiteral("MISSED"))
               .arg(c.goalSeconds > 0 ? QStringLiteral(", time <= %1 s %2")
                                            .arg(c.goalSeconds)
                                            .arg(ours.seconds <= c.goalSeconds ? QStringLiteral("met")
                                                                               : QStringLiteral("MISSED"))
                                      : QString());
    out.flush();
}

// +20% weight on the units of one state, then minimal disruption against a fresh design, both from the
// balanced alignment.
void runShock(const UnitGraph &base, int k, const QString &stateFips, const QString &stateName, int seed)
{
    BalanceOptions o;
    o.territories = k;
    o.seed = quint64(seed);
    const BalanceResult before = balanceUnits(base, o);
    UnitGraph shocked = base;
    double added = 0;
    for (int u = 0; u < shocked.unitCount(); ++u)
        if (shocked.codes.at(u).startsWith(stateFips)) {
            added += shocked.weight[size_t(u)] * 0.2;
            shocked.weight[size_t(u)] *= 1.2;
        }
    const AlignmentMetrics shockedMetrics = computeMetrics(shocked, before.territoryOf, k);
    o.previous = before.territoryOf;
    o.mode = BalanceMode::MinimalDisruption;
    o.tolerance = 0.01;
    const BalanceResult minimal = balanceUnits(shocked, o);
    o.mode = BalanceMode::Fresh;
    o.tolerance = 0.005;
    const BalanceResult fresh = balanceUnits(shocked, o);
    const double total = shocked.totalWeight();
    out << QStringLiteral("Shock: +20% weight in %1 (US48, k=%2): max dev after the shock %3\n")
               .arg(stateName)
               .arg(k)
               .arg(pct(shockedMetrics.maxDeviation));
    auto line = [&](const QString &label, const BalanceResult &r) {
        out << QStringLiteral(
                   "  %1: max dev %2, contiguous %3, moved %4 units, %5 of the weight (%6 people), "
                   "mean PP %7, %8 s\n")
                   .arg(label, pct(r.metrics.maxDeviation))
                   .arg(r.metrics.allContiguous ? QStringLiteral("yes") : QStringLiteral("NO"))
                   .arg(r.metrics.moved.units)
                   .arg(pct(r.metrics.moved.weight / total))
                   .arg(qint64(r.metrics.moved.weight))
                   .arg(r.metrics.meanPolsbyPopper, 0, 'f', 3)
                   .arg(r.seconds, 0, 'f', 2);
    };
    line(QStringLiteral("minimal disruption (target 1%)"), minimal);
    line(QStringLiteral("fresh balance (renumbered to match)"), fresh);
    out << QStringLiteral("  ratio moved weight minimal/fresh %1 (%2 added by the shock)\n\n")
               .arg(fresh.metrics.moved.weight > 0 ? minimal.metrics.moved.weight / fresh.metrics.moved.weight
                                                   : 0.0,
                    0, 'f', 3)
               .arg(qint64(added));
    out.flush();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString data = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(TESSERA_SHARED_DATA_DIR);
    const int metisSeeds = 5;
    const int seed = argc > 3 ? QString::fromLocal8Bit(argv[3]).toInt() : 1; // our seed; METIS uses 1..5
    try {
        QTemporaryDir dir;
        const QString ia = data + QStringLiteral("/iowa/");
        const QString us = data + QStringLiteral("/us-counties/");
        if (!QFile::exists(us + QStringLiteral("us48_nodes.csv"))) {
            out << "Shared data not found under " << data << "\n";
            return 1;
        }
        const UnitGraph iowa =
            loadUnitGraphCsv(ia + QStringLiteral("ia_nodes.csv"), QStringLiteral("weight"),
                             {{ia + QStringLiteral("ia_rook_edges.csv"), EdgeKind::Border}});
        // Rook edges carry the shared border; Census links not in the rook graph join across water.
        const UnitGraph us48 =
            loadUnitGraphCsv(us + QStringLiteral("us48_nodes.csv"), QStringLiteral("weight"),
                             {{us + QStringLiteral("us48_rook_edges.csv"), EdgeKind::Border},
                              {us + QStringLiteral("us48_rookcensus_edges.csv"), EdgeKind::Water}});
        const UnitGraph grid = syntheticTessellation(200, 7);
        const std::vector<Case> cases = {
            {QStringLiteral("Iowa counties (rook), 2010 population"), &iowa, 4, 0},
            {QStringLiteral("US48 counties (rook + Census water links), 2019 population"), &us48, 10, 0},
            {QStringLiteral("US48 counties (rook + Census water links), 2019 population"), &us48, 20, 0},
            {QStringLiteral("US48 counties (rook + Census water links), 2019 population"), &us48, 50, 2},
            {QStringLiteral("Synthetic tessellation 200x200, log-normal weights"), &grid, 200, 30},
        };
        // An optional second argument runs only the cases whose "name k=K" contains it (e.g. "k=200").
        const QString only = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
        for (const Case &c : cases)
            if (only.isEmpty() || QStringLiteral("%1 k=%2").arg(c.name).arg(c.k).contains(only))
                runCase(c, dir.path(), metisSeeds, seed);
        if (only.isEmpty() || only == QLatin1String("shock"))
            runShock(us48, 20, QStringLiteral("48"), QStringLiteral("Texas"), seed);
    } catch (const TesseraError &e) {
        out << "error: " << e.describe() << "\n";
        return 2;
    }
    return 0;
}
