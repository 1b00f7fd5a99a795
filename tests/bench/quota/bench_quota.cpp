// Quota allocation benchmark: a 5,000-rep hierarchy (8 regions × 25 districts × 25 territories, one rep
// each; blend of prior year and potential; a 3% territory over-assignment; 10% of reps ramping).
//
// Prints, each as the median of several runs:
//   allocate (memory)   the full top-down allocation of all 12 months            goal < 200 ms
//   allocate + write    build the tree from a plan file, allocate, write `quotas` (one transaction)
//   edit (incremental)  one rep-month override, rebalanced and cascaded            goal < 50 ms
//   edit + write        the same plus writing the changed cells
//   naive baseline      recomputing everything from scratch after the edit (a full allocate)
// and the ratios to the goals and to the baseline.
#include "common/random.h"
#include "quota/quotastore.h"
#include "store/planstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <ctime>

using namespace tessera;
using namespace tessera::quota;

namespace {

constexpr int Regions = 8, Districts = 25, Territories = 25;

double medianMs(std::vector<qint64> ns)
{
    std::sort(ns.begin(), ns.end());
    return double(ns[ns.size() / 2]) / 1e6;
}

// The same organisation in a plan file (org nodes, reps, accounts with potential, one won deal per rep).
void writePlan(const QString &path)
{
    PlanSettings s;
    s.firstFiscalYear = 2026;
    s.lastFiscalYear = 2027;
    auto store = PlanStore::create(path, s);
    Random rng(7);
    Transaction tx(*store);
    QSqlQuery node = store->prepare(QStringLiteral(
        "INSERT INTO org_nodes(parent_id, level, code, name, sort_order) VALUES (?, ?, ?, ?, 0)"));
    QSqlQuery rep = store->prepare(
        QStringLiteral("INSERT INTO reps(external_id, name, hire_date, territory_id) VALUES (?, ?, ?, ?)"));
    QSqlQuery account = store->prepare(
        QStringLiteral("INSERT INTO accounts(name, potential_cents, owner_rep_id) VALUES (?, ?, ?)"));
    QSqlQuery deal = store->prepare(QStringLiteral(
        "INSERT INTO opportunities(name, account_id, owner_rep_id, amount_cents, stage, close_date, "
        "is_closed, is_won) VALUES ('Deal', ?, ?, ?, 'Closed Won', ?, 1, 1)"));
    auto add = [&](const QVariant &parent, const QString &level, const QString &code) {
        const QVariantList v = {parent, level, code, code};
        for (int i = 0; i < v.size(); ++i)
            node.bindValue(i, v[i]);
        store->exec(node);
        return node.lastInsertId().toLongLong();
    };
    const qint64 co = add(QVariant(), QStringLiteral("company"), QStringLiteral("CO"));
    int t = 0;
    for (int r = 0; r < Regions; ++r) {
        const qint64 region = add(co, QStringLiteral("region"), QStringLiteral("R%1").arg(r));
        for (int d = 0; d < Districts; ++d) {
            const qint64 district =
                add(region, QStringLiteral("district"), QStringLiteral("R%1D%2").arg(r).arg(d));
            for (int k = 0; k < Territories; ++k, ++t) {
                const qint64 territory =
                    add(district, QStringLiteral("territory"), QStringLiteral("T%1").arg(t));
                const QString hire =
                    rng.chance(0.1)
                        ? QStringLiteral("2027-%1-01").arg(rng.range(1, 9), 2, 10, QLatin1Char('0'))
                        : QStringLiteral("2018-01-01");
                rep.bindValue(0, QStringLiteral("REP-%1").arg(t));
                rep.bindValue(1, QStringLiteral("Rep %1").arg(t));
                rep.bindValue(2, hire);
                rep.bindValue(3, territory);
                store->exec(rep);
                const qint64 repId = rep.lastInsertId().toLongLong();
                account.bindValue(0, QStringLiteral("Account %1").arg(t));
                account.bindValue(1, rng.range(50, 500) * 100000000LL);
                account.bindValue(2, repId);
                store->exec(account);
                deal.bindValue(0, account.lastInsertId());
                deal.bindValue(1, repId);
                deal.bindValue(2, rng.range(10, 200) * 10000000LL);
                deal.bindValue(3,
                               QStringLiteral("2026-%1-15").arg(rng.range(1, 12), 2, 10, QLatin1Char('0')));
                store->exec(deal);
            }
        }
    }
    tx.commit();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 7;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.tessera"));
    writePlan(path);
    auto store = PlanStore::open(path);

    QuotaSetup setup;
    setup.settings.fiscalYear = 2027;
    setup.settings.target = Money::fromUnits(5000000000LL); // 5 billion
    setup.settings.unitCents = 10000;
    for (int l = 1; l < LevelCount; ++l)
        setup.settings.rules[size_t(l)].method = Method::Blend;
    setup.settings.rules[size_t(Level::Territory)].overassign = Rate::fromPercent(3);
    setup.settings.seasonality = {8, 8, 10, 8, 8, 10, 8, 8, 10, 8, 8, 14};
    setup.settings.seasonalitySource = QStringLiteral("entered");
    setup.ramp.steps = {Rate::fromPercent(0), Rate::fromPercent(25), Rate::fromPercent(50)};
    const QuotaPlan built = buildPlan(*store, setup);
    int reps = 0;
    for (const QuotaNode &n : built.nodes)
        reps += n.level == Level::Rep ? 1 : 0;

    QElapsedTimer timer;
    timer.start();
    buildPlan(*store, setup);
    const double buildMs = double(timer.nsecsElapsed()) / 1e6;
    std::vector<qint64> allocNs, writeNs, editNs, editWriteNs;
    QuotaPlan plan;
    for (int i = 0; i < runs; ++i) {
        plan = built;
        timer.start();
        plan.allocate();
        allocNs.push_back(timer.nsecsElapsed());
    }
    std::vector<qint64> writeCpuNs;
    for (int i = 0; i < std::min(runs, 3); ++i) {
        const std::clock_t cpu = std::clock();
        timer.start();
        allocateAndSave(*store, setup);
        writeNs.push_back(timer.nsecsElapsed());
        writeCpuNs.push_back(qint64(double(std::clock() - cpu) * 1e9 / CLOCKS_PER_SEC));
    }
    plan = loadPlan(*store, 2027);
    // Edits: a rep's month in a different territory each run (the lone rep escalates to its territory,
    // whose sibling territories rebalance and their reps follow).
    int firstRep = 0;
    while (plan.nodes[size_t(firstRep)].level != Level::Rep)
        ++firstRep;
    for (int i = 0; i < runs; ++i) {
        const int node = firstRep + i * 97;
        const int month = i % 12;
        const qint64 value = plan.month(node, month) + 123456;
        timer.start();
        const auto changes = plan.setMonth(node, month, value, EditMode::Siblings);
        editNs.push_back(timer.nsecsElapsed());
        saveChanges(*store, plan, changes, false, QStringLiteral("bench"));
        editWriteNs.push_back(timer.nsecsElapsed());
        if (!plan.checkInvariants().isEmpty()) {
            out << "invariant broken: " << plan.checkInvariants() << "\n";
            return 2;
        }
    }
    // Naive baseline: after the edit, recompute everything from scratch.
    std::vector<qint64> naiveNs;
    for (int i = 0; i < runs; ++i) {
        QuotaPlan copy = plan;
        for (QuotaNode &n : copy.nodes) // from scratch: the edits' locks do not constrain it
            for (CellState &c : n.cells)
                c.locked = false;
        timer.start();
        copy.allocate();
        naiveNs.push_back(timer.nsecsElapsed());
    }

    const double alloc = medianMs(allocNs), write = medianMs(writeNs), edit = medianMs(editNs),
                 editWrite = medianMs(editWriteNs), naive = medianMs(naiveNs);
    out << QStringLiteral("quota benchmark: %1 reps, %2 nodes, 12 months, median of %3 runs\n")
               .arg(reps)
               .arg(built.nodes.size())
               .arg(runs);
    out << QStringLiteral("allocate (memory)      %1 ms   goal 200 ms   ratio to goal %2\n")
               .arg(alloc, 8, 'f', 2)
               .arg(alloc / 200.0, 0, 'f', 3);
    out << QStringLiteral(
               "allocate + write       %1 ms   (%2 ms CPU; read plan, allocate, write %3 quota rows)\n")
               .arg(write, 8, 'f', 2)
               .arg(medianMs(writeCpuNs), 0, 'f', 1)
               .arg(built.nodes.size() * 12);
    out << QStringLiteral("  of which reading      %1 ms   (organisation, bookings, potential, coverage)\n")
               .arg(buildMs, 8, 'f', 2);
    out << QStringLiteral("edit (incremental)     %1 ms   goal 50 ms    ratio to goal %2\n")
               .arg(edit, 8, 'f', 3)
               .arg(edit / 50.0, 0, 'f', 4);
    out << QStringLiteral("edit + write           %1 ms\n").arg(editWrite, 8, 'f', 3);
    out << QStringLiteral("naive full recompute   %1 ms   incremental is %2x faster\n")
               .arg(naive, 8, 'f', 2)
               .arg(naive / std::max(edit, 1e-6), 0, 'f', 1);
    return 0;
}
