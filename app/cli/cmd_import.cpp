// tessera-cli import PLAN --kind KIND FILE [--mapping FILE.json] [--dates day-first|month-first]
//             [--level NAME] [--dry-run] [--skip-bad-rows]
#include "clicommand.h"

#include "io/importer.h"
#include "store/planstore.h"

namespace tessera::cli {
namespace {

int runImport(const QStringList &args, CliIo &io)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Import reps, accounts, opportunities, territory assignments or quotas from CSV, XLSX or ODS. "
           "Every row "
           "is checked first; one bad row refuses the whole file unless --skip-bad-rows is given."));
    p.addPositionalArgument(QStringLiteral("PLAN"), tr("The plan file."));
    p.addPositionalArgument(QStringLiteral("FILE"), tr("The table to import (.csv, .txt, .xlsx, .ods)."));
    const QCommandLineOption kind(QStringLiteral("kind"),
                                  tr("reps, accounts, opportunities, assignments or quotas."),
                                  QStringLiteral("KIND"));
    const QCommandLineOption mapping(QStringLiteral("mapping"),
                                     tr("Column mapping file (docs/import-mapping.md)."),
                                     QStringLiteral("FILE.json"));
    const QCommandLineOption dates(QStringLiteral("dates"),
                                   tr("How to read 03/04/2027: day-first or month-first."),
                                   QStringLiteral("ORDER"));
    const QCommandLineOption level(QStringLiteral("level"),
                                   tr("Geography level of the unit codes (assignments)."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("Check the file and report; write nothing."));
    const QCommandLineOption skip(QStringLiteral("skip-bad-rows"),
                                  tr("Import the good rows and list the bad ones."));
    p.addOptions({kind, mapping, dates, level, dryRun, skip});
    if (!parseArgs(p, args, io))
        return 0;
    const QString plan = requirePositional(p, 0, QStringLiteral("PLAN"));
    const QString file = requirePositional(p, 1, QStringLiteral("FILE"));

    io::ImportOptions o;
    if (!p.isSet(kind) || !io::parseKind(p.value(kind), &o.kind))
        throw TesseraError(TesseraError::Kind::User,
                           tr("--kind must be reps, accounts, opportunities, assignments or quotas."), {}, -1,
                           QStringLiteral("--kind"));
    if (p.isSet(mapping)) {
        o.mappingPath = p.value(mapping);
        o.settings = io::loadMappingFile(o.mappingPath);
        if (!o.settings.kind.isEmpty() && o.settings.kind != io::kindName(o.kind))
            throw TesseraError(
                TesseraError::Kind::User,
                tr("The mapping is for %1, not %2.").arg(o.settings.kind, io::kindName(o.kind)),
                o.mappingPath, -1, QStringLiteral("kind"));
    }
    if (p.isSet(dates)) {
        if (p.value(dates) == QLatin1String("day-first"))
            o.settings.dateOrder = io::DateOrder::DayFirst;
        else if (p.value(dates) == QLatin1String("month-first"))
            o.settings.dateOrder = io::DateOrder::MonthFirst;
        else
            throw TesseraError(TesseraError::Kind::User, tr("--dates is day-first or month-first."), {}, -1,
                               QStringLiteral("--dates"));
    }
    if (p.isSet(level))
        o.settings.level = p.value(level);
    o.dryRun = p.isSet(dryRun);
    o.skipBadRows = p.isSet(skip);
    o.maxProblemsListed = 50;

    auto store = PlanStore::open(plan);
    const io::ImportReport r = io::importFile(*store, file, o, Progress(io.progress()));
    for (const auto &problem : r.problems)
        io.err << problem.describe() << "\n";
    if (r.problemCount > qint64(r.problems.size()))
        io.err << tr("... and %1 more problems.").arg(r.problemCount - qint64(r.problems.size())) << "\n";
    if (!r.note.isEmpty())
        io.out << r.note << "\n";
    if (r.problemCount > 0 && !o.skipBadRows) {
        io.err << tr("%1: refused, %2 problem(s) in %3 rows; nothing was imported.")
                      .arg(file)
                      .arg(r.problemCount)
                      .arg(r.rows)
               << "\n";
        return 1;
    }
    io.out << (o.dryRun ? tr("Dry run: %1 rows checked; would add %2, update %3, skip %4.")
                        : tr("Imported %1 rows: added %2, updated %3, skipped %4."))
                  .arg(r.rows)
                  .arg(r.inserted)
                  .arg(r.updated)
                  .arg(r.skipped)
           << "\n";
    return 0;
}

const CliRegistration regImport({QStringLiteral("import"), tr("Import a CSV, XLSX or ODS table into a plan"),
                                 runImport});

} // namespace
} // namespace tessera::cli
