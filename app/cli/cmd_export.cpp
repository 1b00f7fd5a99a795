// tessera-cli export PLAN --format xlsx|csv --out PATH [--parts a,b] [--bom]
#include "clicommand.h"

#include "io/exporter.h"
#include "store/planstore.h"

namespace tessera::cli {
namespace {

int runExport(const QStringList &args, CliIo &io)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Export a plan to an XLSX workbook or to CSV files (one per part)."));
    p.addPositionalArgument(QStringLiteral("PLAN"), tr("The plan file."));
    const QCommandLineOption format(QStringLiteral("format"), tr("xlsx or csv."), QStringLiteral("FORMAT"),
                                    QStringLiteral("xlsx"));
    const QCommandLineOption out(QStringLiteral("out"), tr("The workbook (xlsx) or the folder (csv)."),
                                 QStringLiteral("PATH"));
    QStringList ids;
    for (const auto &part : io::exportPartInfos())
        ids << part.id;
    const QCommandLineOption parts(
        QStringLiteral("parts"),
        tr("Comma-separated parts (default all): %1.").arg(ids.join(QStringLiteral(", "))),
        QStringLiteral("LIST"));
    const QCommandLineOption bom(QStringLiteral("bom"),
                                 tr("CSV: start each file with a UTF-8 BOM (for Excel)."));
    p.addOptions({format, out, parts, bom});
    if (!parseArgs(p, args, io))
        return 0;
    const QString plan = requirePositional(p, 0, QStringLiteral("PLAN"));
    if (!p.isSet(out))
        throw TesseraError(TesseraError::Kind::User, tr("export needs --out PATH."), {}, -1,
                           QStringLiteral("--out"));
    const QStringList selected =
        p.isSet(parts) ? p.value(parts).split(QLatin1Char(','), Qt::SkipEmptyParts) : QStringList();
    const QString fmt = p.value(format).toLower();
    auto store = PlanStore::open(plan, PlanStore::Access::ReadOnly);
    if (fmt == QLatin1String("xlsx")) {
        io::exportXlsx(*store, p.value(out), selected, Progress(io.progress()));
        io.out << tr("Wrote %1").arg(p.value(out)) << "\n";
    } else if (fmt == QLatin1String("csv")) {
        const QStringList files =
            io::exportCsv(*store, p.value(out), selected, p.isSet(bom), Progress(io.progress()));
        for (const QString &f : files)
            io.out << tr("Wrote %1").arg(f) << "\n";
    } else {
        throw TesseraError(TesseraError::Kind::User, tr("--format is xlsx or csv."), {}, -1,
                           QStringLiteral("--format"));
    }
    return 0;
}

const CliRegistration regExport({QStringLiteral("export"), tr("Export a plan to XLSX or CSV"), runExport});

} // namespace
} // namespace tessera::cli
