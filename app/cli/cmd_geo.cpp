// tessera-cli geo import | adjacency | link | levels: geography levels, their adjacency graph, water links.
#include "clicommand.h"

#include "geo/bundled.h"
#include "geo/geostore.h"
#include "store/planstore.h"

#include <QSaveFile>

namespace tessera::cli {
namespace {

QCommandLineOption levelOption()
{
    return QCommandLineOption(QStringLiteral("level"), tr("Geography level name."), QStringLiteral("NAME"));
}

QString requireLevel(const QCommandLineParser &p)
{
    if (!p.isSet(QStringLiteral("level")))
        throw TesseraError::user(tr("--level NAME is required."));
    return p.value(QStringLiteral("level"));
}

void printSummary(const geo::LevelSummary &s, CliIo &io)
{
    io.out << tr("Units: %1 (%2 without geometry)").arg(s.units).arg(s.unitsWithoutGeometry) << "\n";
    io.out << (s.exact ? tr("Adjacency: %1 border edges, exact from shared arcs").arg(s.edges)
                       : tr("Adjacency: %1 border edges, shared segments within %2 m")
                             .arg(s.edges)
                             .arg(s.toleranceM))
           << "\n";
    if (!s.projection.isEmpty())
        io.out << tr("Areas and lengths in %1").arg(s.projection) << "\n";
    if (s.waterLinks)
        io.out << tr("Water links: %1").arg(s.waterLinks) << "\n";
    io.out << tr("Connected pieces: %1")
                  .arg(s.detachedPieces.size() + (s.units > s.unitsWithoutGeometry ? 1 : 0))
           << "\n";
    for (const QStringList &piece : s.detachedPieces)
        io.out << "  " << tr("detached: %1").arg(piece.mid(0, 12).join(QStringLiteral(" ")))
               << (piece.size() > 12 ? tr(" … (%1 units)").arg(piece.size()) : QString()) << "\n";
    if (!s.enclaves.isEmpty())
        io.out << tr("Enclaves (inside one other unit): %1").arg(s.enclaves.join(QStringLiteral(" ")))
               << "\n";
}

int runImport(const QStringList &args, CliIo &io)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr(
        "Import a boundary file (GeoJSON, TopoJSON, Shapefile, GeoPackage, ...) as a geography level, or add "
        "a bundled level (us-states, us-counties) with --bundled."));
    p.addPositionalArgument(QStringLiteral("PLAN"), tr("The plan file."));
    p.addPositionalArgument(QStringLiteral("FILE"), tr("The boundary file."));
    const QCommandLineOption level = levelOption();
    const QCommandLineOption idField(QStringLiteral("id-field"), tr("Field with the unit id."),
                                     QStringLiteral("F"));
    const QCommandLineOption nameField(QStringLiteral("name-field"), tr("Field with the unit name."),
                                       QStringLiteral("F"));
    const QCommandLineOption weightField(QStringLiteral("weight-field"),
                                         tr("Numeric field stored as a unit measure (repeatable)."),
                                         QStringLiteral("F"));
    const QCommandLineOption layer(QStringLiteral("layer"),
                                   tr("Layer or TopoJSON object (default: the first)."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption tolerance(QStringLiteral("tolerance"),
                                       tr("Snapping tolerance in metres for shared borders (not TopoJSON)."),
                                       QStringLiteral("M"), QStringLiteral("1"));
    const QCommandLineOption bundled(QStringLiteral("bundled"),
                                     tr("Add a bundled level: us-states or us-counties."),
                                     QStringLiteral("NAME"));
    p.addOptions({level, idField, nameField, weightField, layer, tolerance, bundled});
    if (!parseArgs(p, args, io))
        return 0;
    const QString plan = requirePositional(p, 0, QStringLiteral("PLAN"));
    auto store = PlanStore::open(plan);
    geo::LevelSummary s;
    if (p.isSet(bundled)) {
        const QString name = p.value(bundled);
        if (geo::hasLevel(*store, name))
            throw TesseraError::user(tr("The plan already has the level '%1'.").arg(name));
        geo::LevelImportOptions o;
        o.levelName = p.isSet(level) ? p.value(level) : name;
        o.idField = QStringLiteral("id");
        o.nameField = QStringLiteral("name");
        s = geo::importLevel(*store, geo::bundledSource(name), o, io.progress());
    } else {
        const QString file = requirePositional(p, 1, QStringLiteral("FILE"));
        if (!p.isSet(idField))
            throw TesseraError::user(tr("--id-field F is required."));
        geo::FieldMapping m;
        m.idField = p.value(idField);
        m.nameField = p.value(nameField);
        m.weightFields = p.values(weightField);
        m.layer = p.value(layer);
        bool ok = false;
        geo::LevelImportOptions o;
        o.levelName = requireLevel(p);
        o.idField = m.idField;
        o.nameField = m.nameField;
        o.toleranceM = p.value(tolerance).toDouble(&ok);
        if (!ok || o.toleranceM <= 0)
            throw TesseraError::user(tr("--tolerance must be a positive number of metres."));
        s = geo::importLevel(*store, geo::readBoundaryFile(file, m), o, io.progress());
    }
    printSummary(s, io);
    io.out
        << tr("Accounts placed: %1 by point (%4 of them snapped to a unit within 10 km), %2 by postal code, "
              "%3 outside every unit")
               .arg(s.accountsPlaced)
               .arg(s.accountsByPostalCode)
               .arg(s.accountsOutside)
               .arg(s.accountsSnapped)
        << "\n"
        << tr("Rep homes placed: %1, %2 outside every unit").arg(s.repsPlaced).arg(s.repsOutside) << "\n";
    return 0;
}

int runAdjacency(const QStringList &args, CliIo &io)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Report a level's adjacency graph and write its edges as CSV "
                                   "(unit_a, unit_b, shared_border_m; water links have 0)."));
    p.addPositionalArgument(QStringLiteral("PLAN"), tr("The plan file."));
    const QCommandLineOption level = levelOption();
    const QCommandLineOption out(QStringLiteral("out"), tr("CSV file to write."), QStringLiteral("FILE"));
    p.addOptions({level, out});
    if (!parseArgs(p, args, io))
        return 0;
    auto store =
        PlanStore::open(requirePositional(p, 0, QStringLiteral("PLAN")), PlanStore::Access::ReadOnly);
    const QString levelName = requireLevel(p);
    const geo::LevelSummary s = geo::analyseLevel(*store, levelName);
    if (p.isSet(out)) {
        const std::vector<geo::UnitRecord> units = geo::loadUnits(*store, s.levelId, false);
        QSaveFile f(p.value(out));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Text))
            throw TesseraError(TesseraError::Kind::Io, tr("Cannot write the file: %1").arg(f.errorString()),
                               p.value(out));
        QTextStream csv(&f);
        csv << "unit_a,unit_b,shared_border_m\n";
        for (const geo::Edge &e : geo::loadEdges(*store, s.levelId, units))
            csv << units[size_t(e.a)].code << ',' << units[size_t(e.b)].code << ','
                << QString::number(e.length, 'f', 1) << '\n';
        csv.flush();
        if (!f.commit())
            throw TesseraError(TesseraError::Kind::Io, tr("Cannot write the file: %1").arg(f.errorString()),
                               p.value(out));
    }
    printSummary(s, io);
    return 0;
}

int runLink(const QStringList &args, CliIo &io)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Links across water: --auto joins every island or detached piece to its "
                                   "nearest unit; --add/--remove UNIT_A UNIT_B edit one link."));
    p.addPositionalArgument(QStringLiteral("PLAN"), tr("The plan file."));
    p.addPositionalArgument(QStringLiteral("UNITS"), tr("UNIT_A UNIT_B for --add and --remove."));
    const QCommandLineOption level = levelOption();
    const QCommandLineOption autoLink(QStringLiteral("auto"),
                                      tr("Join every detached piece to its nearest unit."));
    const QCommandLineOption add(QStringLiteral("add"), tr("Add a water link between two units."));
    const QCommandLineOption remove(QStringLiteral("remove"), tr("Remove a water link."));
    p.addOptions({level, autoLink, add, remove});
    if (!parseArgs(p, args, io))
        return 0;
    const int modes = int(p.isSet(autoLink)) + int(p.isSet(add)) + int(p.isSet(remove));
    if (modes != 1)
        throw TesseraError::user(
            tr("Give exactly one of --auto, --add UNIT_A UNIT_B, --remove UNIT_A UNIT_B."));
    auto store = PlanStore::open(requirePositional(p, 0, QStringLiteral("PLAN")));
    const QString levelName = requireLevel(p);
    if (p.isSet(autoLink)) {
        const auto joined = geo::autoWaterLinks(*store, levelName);
        for (const auto &[a, b] : joined)
            io.out << tr("Joined %1 to %2").arg(a, b) << "\n";
        io.out << QCoreApplication::translate("cli", "%n water link(s) added.", nullptr, int(joined.size()))
               << "\n";
        return 0;
    }
    const QString a = requirePositional(p, 1, QStringLiteral("UNIT_A"));
    const QString b = requirePositional(p, 2, QStringLiteral("UNIT_B"));
    if (p.isSet(add)) {
        geo::addWaterLink(*store, levelName, a, b);
        io.out << tr("Linked %1 and %2 across water.").arg(a, b) << "\n";
    } else {
        geo::removeWaterLink(*store, levelName, a, b);
        io.out << tr("Removed the water link between %1 and %2.").arg(a, b) << "\n";
    }
    return 0;
}

int runLevels(const QStringList &args, CliIo &io)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("List the plan's geography levels."));
    p.addPositionalArgument(QStringLiteral("PLAN"), tr("The plan file."));
    if (!parseArgs(p, args, io))
        return 0;
    auto store =
        PlanStore::open(requirePositional(p, 0, QStringLiteral("PLAN")), PlanStore::Access::ReadOnly);
    for (const QString &name : geo::levelNames(*store)) {
        const geo::LevelSummary s = geo::analyseLevel(*store, name);
        io.out << tr("%1: %2 units, %3 border edges, %4 water links, %5 detached pieces")
                      .arg(name)
                      .arg(s.units)
                      .arg(s.edges)
                      .arg(s.waterLinks)
                      .arg(s.detachedPieces.size())
               << "\n";
    }
    return 0;
}

int runGeo(const QStringList &args, CliIo &io)
{
    const QString verb = args.value(1);
    const QStringList rest = args.mid(1);
    if (verb == QLatin1String("import"))
        return runImport(rest, io);
    if (verb == QLatin1String("adjacency"))
        return runAdjacency(rest, io);
    if (verb == QLatin1String("link"))
        return runLink(rest, io);
    if (verb == QLatin1String("levels"))
        return runLevels(rest, io);
    if (verb.isEmpty() || verb == QLatin1String("--help") || verb == QLatin1String("-h")) {
        io.out << tr("Usage: tessera-cli geo (import | adjacency | link | levels) PLAN ... [--help]") << "\n";
        return 0;
    }
    throw TesseraError::user(tr("Unknown geo command '%1' (import, adjacency, link, levels).").arg(verb));
}

const CliRegistration regGeo({QStringLiteral("geo"), tr("Geography levels, adjacency and water links"),
                              runGeo});

} // namespace
} // namespace tessera::cli
