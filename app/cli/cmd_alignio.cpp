// tessera-cli align import | export | stats (the `align` family is registered with `align balance`; see
// alignio.h). Statistics come from core/align's UnitGraph and AlignmentMetrics.
#include "alignio.h"

#include "align/alignmentmetrics.h"
#include "align/unitgraph.h"
#include "geo/alignment.h"
#include "geo/geostore.h"
#include "store/planstore.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tessera::cli {
namespace {

QString requireLevel(const QCommandLineParser &p)
{
    if (!p.isSet(QStringLiteral("level")))
        throw TesseraError::user(tr("--level NAME is required."));
    return p.value(QStringLiteral("level"));
}

QCommandLineOption levelOption()
{
    return QCommandLineOption(QStringLiteral("level"), tr("Geography level name."), QStringLiteral("NAME"));
}

int runImport(const QStringList &args, CliIo &io)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Set units' territories from a CSV with the columns unit_id, territory "
           "(territory code or name; empty = unassigned). Units not listed keep theirs."));
    p.addPositionalArgument(QStringLiteral("PLAN"), tr("The plan file."));
    p.addPositionalArgument(QStringLiteral("FILE"), tr("The CSV file."));
    p.addOption(levelOption());
    if (!parseArgs(p, args, io))
        return 0;
    auto store = PlanStore::open(requirePositional(p, 0, QStringLiteral("PLAN")));
    const QString file = requirePositional(p, 1, QStringLiteral("FILE"));
    const int n = geo::importAlignmentCsv(*store, geo::levelId(*store, requireLevel(p)), file);
    io.out << tr("Assigned %1 units from %2.").arg(n).arg(file) << "\n";
    return 0;
}

int runExport(const QStringList &args, CliIo &io)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Write the level's alignment as CSV (unit_id, territory code)."));
    p.addPositionalArgument(QStringLiteral("PLAN"), tr("The plan file."));
    const QCommandLineOption out(QStringLiteral("out"), tr("CSV file to write."), QStringLiteral("FILE"));
    p.addOptions({levelOption(), out});
    if (!parseArgs(p, args, io))
        return 0;
    auto store =
        PlanStore::open(requirePositional(p, 0, QStringLiteral("PLAN")), PlanStore::Access::ReadOnly);
    if (!p.isSet(out))
        throw TesseraError::user(tr("--out FILE is required."));
    const int n = geo::exportAlignmentCsv(*store, geo::levelId(*store, requireLevel(p)), p.value(out));
    io.out << tr("Wrote %1 units to %2.").arg(n).arg(p.value(out)) << "\n";
    return 0;
}

QString percent(double v)
{
    return QStringLiteral("%1%").arg(v * 100, 0, 'f', 1);
}

int runStats(const QStringList &args, CliIo &io)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Balance, contiguity and compactness of the level's alignment per territory."));
    p.addPositionalArgument(QStringLiteral("PLAN"), tr("The plan file."));
    const QCommandLineOption measure(
        QStringLiteral("measure"),
        tr("Measure to balance: accounts, potential, revenue, pipeline, an imported "
           "field, or a blend like potential=0.6,accounts=0.4 (default accounts)."),
        QStringLiteral("F"), QStringLiteral("accounts"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    p.addOptions({levelOption(), measure, json});
    if (!parseArgs(p, args, io))
        return 0;
    auto store =
        PlanStore::open(requirePositional(p, 0, QStringLiteral("PLAN")), PlanStore::Access::ReadOnly);
    const QString level = requireLevel(p);
    const QString m = p.value(measure);
    const align::MeasureSpec spec =
        m.contains(QLatin1Char('=')) ? align::MeasureSpec::parseBlend(m) : align::MeasureSpec::single(m);
    const align::UnitGraph graph = align::loadUnitGraph(*store, level, spec);
    const align::StoredAssignment stored = align::loadAssignment(*store, graph);
    const std::vector<geo::Territory> terrs = geo::territories(*store);
    // Every territory that has units in this level (an alignment may use only some of the plan's
    // territories).
    QHash<qint64, int> indexOf;
    std::vector<const geo::Territory *> used;
    QHash<qint64, const geo::Territory *> byId;
    for (const geo::Territory &t : terrs)
        byId.insert(t.id, &t);
    QSet<qint64> present(stored.territoryId.begin(), stored.territoryId.end());
    for (const geo::Territory &t : terrs)
        if (present.contains(t.id)) {
            indexOf.insert(t.id, int(used.size()));
            used.push_back(&t);
        }
    if (used.empty())
        throw TesseraError::user(tr("No unit of level '%1' is assigned to a territory.").arg(level));
    std::vector<int> territoryOf(stored.territoryId.size(), -1);
    for (size_t i = 0; i < territoryOf.size(); ++i)
        territoryOf[i] = indexOf.value(stored.territoryId[i], -1);
    const int k = int(used.size());
    const align::AlignmentMetrics metrics = align::computeMetrics(graph, territoryOf, k);

    if (p.isSet(json)) {
        QJsonArray rows;
        for (int t = 0; t < k; ++t) {
            const align::TerritoryMetrics &tm = metrics.territories[size_t(t)];
            rows.append(QJsonObject{{QStringLiteral("territory"), used[size_t(t)]->code},
                                    {QStringLiteral("name"), used[size_t(t)]->name},
                                    {QStringLiteral("units"), tm.units},
                                    {QStringLiteral("accounts"), tm.accounts},
                                    {QStringLiteral("weight"), tm.weight},
                                    {QStringLiteral("deviation"), tm.deviation},
                                    {QStringLiteral("pieces"), tm.pieces},
                                    {QStringLiteral("area_m2"), tm.area},
                                    {QStringLiteral("perimeter_m"), tm.perimeter},
                                    {QStringLiteral("polsby_popper"), tm.polsbyPopper}});
        }
        const QJsonObject o{{QStringLiteral("level"), level},
                            {QStringLiteral("measure"), spec.describe()},
                            {QStringLiteral("territories"), rows},
                            {QStringLiteral("total_weight"), metrics.totalWeight},
                            {QStringLiteral("mean_weight"), metrics.meanWeight},
                            {QStringLiteral("max_deviation"), metrics.maxDeviation},
                            {QStringLiteral("mean_deviation"), metrics.meanDeviation},
                            {QStringLiteral("heaviest_unit_floor"), metrics.heaviestUnitFloor},
                            {QStringLiteral("mean_polsby_popper"), metrics.meanPolsbyPopper},
                            {QStringLiteral("cut_edges"), metrics.cutEdges},
                            {QStringLiteral("unassigned_units"), metrics.unassigned},
                            {QStringLiteral("all_contiguous"), metrics.allContiguous}};
        io.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return 0;
    }
    const QLocale locale;
    io.out << tr("Level %1, %2 units, measure %3").arg(level).arg(graph.unitCount()).arg(spec.describe())
           << "\n";
    io.out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
                  .arg(tr("Territory"), -28)
                  .arg(tr("Units"), 6)
                  .arg(tr("Accounts"), 9)
                  .arg(tr("Weight"), 14)
                  .arg(tr("Dev."), 8)
                  .arg(tr("Pieces"), 6)
                  .arg(tr("PP"), 6)
                  .arg(QString())
           << "\n";
    for (int t = 0; t < k; ++t) {
        const align::TerritoryMetrics &tm = metrics.territories[size_t(t)];
        const QString label = QStringLiteral("%1 %2").arg(used[size_t(t)]->code, used[size_t(t)]->name);
        io.out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                      .arg(label.left(28), -28)
                      .arg(tm.units, 6)
                      .arg(locale.toString(qint64(tm.accounts)), 9)
                      .arg(locale.toString(tm.weight, 'f', 0), 14)
                      .arg(percent(tm.deviation), 8)
                      .arg(tm.pieces, 6)
                      .arg(locale.toString(tm.polsbyPopper, 'f', 3), 6)
               << "\n";
    }
    io.out
        << tr("Total weight %1, mean %2; largest deviation %3, mean %4 (floor set by the heaviest unit %5)")
               .arg(locale.toString(metrics.totalWeight, 'f', 0), locale.toString(metrics.meanWeight, 'f', 0),
                    percent(metrics.maxDeviation), percent(metrics.meanDeviation),
                    percent(metrics.heaviestUnitFloor))
        << "\n";
    io.out << tr("Cut edges %1; unassigned units %2; mean Polsby-Popper %3; %4")
                  .arg(metrics.cutEdges)
                  .arg(metrics.unassigned)
                  .arg(locale.toString(metrics.meanPolsbyPopper, 'f', 3))
                  .arg(metrics.allContiguous ? tr("every territory contiguous")
                                             : tr("some territories in several pieces"))
           << "\n";
    return 0;
}

} // namespace

int runAlignIoVerb(const QStringList &args, CliIo &io)
{
    const QString verb = args.value(0);
    if (verb == QLatin1String("import"))
        return runImport(args, io);
    if (verb == QLatin1String("export"))
        return runExport(args, io);
    if (verb == QLatin1String("stats"))
        return runStats(args, io);
    throw TesseraError::user(tr("Unknown align command '%1' (import, export, stats, balance).").arg(verb));
}

} // namespace tessera::cli
