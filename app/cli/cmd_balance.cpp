// tessera-cli align balance; the `align` family is registered here and hands its other verbs to
// runAlignIoVerb (alignio.h).
#include "alignio.h"

#include "align/balancerun.h"
#include "store/planstore.h"

#include <QJsonDocument>
#include <cmath>

namespace tessera::cli {
namespace {

int runBalance(const QStringList &args, CliIo &io)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Balance the units of a geography level into territories that are each in one piece, equal on a "
           "measure and compact, and save the result as the level's alignment."));
    p.addPositionalArgument(QStringLiteral("PLAN"), tr("The plan file."));
    const QCommandLineOption level(QStringLiteral("level"), tr("Geography level to balance."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption territories(
        QStringLiteral("territories"),
        tr("Number of territories (fresh mode; default: the plan's territories)."), QStringLiteral("K"),
        QStringLiteral("0"));
    const QCommandLineOption measure(
        QStringLiteral("measure"),
        tr("Balance measure: accounts, potential, revenue, pipeline or a unit measure."),
        QStringLiteral("F"));
    const QCommandLineOption blend(
        QStringLiteral("blend"),
        tr("Blend of measures by share of their totals, e.g. potential=0.6,accounts=0.4."),
        QStringLiteral("F=w,..."));
    const QCommandLineOption locks(QStringLiteral("locks"),
                                   tr("CSV with columns unit,territory: units to keep."),
                                   QStringLiteral("FILE.csv"));
    const QCommandLineOption seeds(
        QStringLiteral("seeds"),
        tr("CSV with columns rep[,unit]: a rep's home unit stays in the rep's territory."),
        QStringLiteral("FILE.csv"));
    const QCommandLineOption mode(QStringLiteral("mode"),
                                  tr("fresh (design anew) or minimal (move as little as "
                                     "possible)."),
                                  QStringLiteral("fresh|minimal"), QStringLiteral("fresh"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Random seed (same seed, same result)."),
                                  QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption timeLimit(QStringLiteral("time-limit"),
                                       tr("Stop searching after this many seconds."), QStringLiteral("S"),
                                       QStringLiteral("60"));
    const QCommandLineOption tolerance(QStringLiteral("tolerance"),
                                       tr("Balance target in percent of the mean (default 0.5)."),
                                       QStringLiteral("PCT"), QStringLiteral("0.5"));
    const QCommandLineOption maxUnits(QStringLiteral("max-units"), tr("Most units per territory."),
                                      QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption maxAccounts(QStringLiteral("max-accounts"), tr("Most accounts per territory."),
                                         QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption perPiece(
        QStringLiteral("per-piece"),
        tr("On a level in separate pieces, split the territories across the pieces "
           "by weight."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Print the report without saving."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the report as JSON."));
    p.addOptions({level, territories, measure, blend, locks, seeds, mode, seed, timeLimit, tolerance,
                  maxUnits, maxAccounts, perPiece, dryRun, json});
    if (!parseArgs(p, args, io))
        return 0;
    const QString file = requirePositional(p, 0, QStringLiteral("PLAN"));
    if (!p.isSet(level))
        throw TesseraError::user(tr("align balance needs --level NAME."));
    if (p.isSet(measure) == p.isSet(blend))
        throw TesseraError::user(tr("align balance needs either --measure F or --blend F=w,..."));

    align::BalanceRequest r;
    r.level = p.value(level);
    r.territories = int(numberOption(p, territories, 0));
    r.measure = p.isSet(blend) ? align::MeasureSpec::parseBlend(p.value(blend))
                               : align::MeasureSpec::single(p.value(measure));
    r.locksFile = p.value(locks);
    r.seedsFile = p.value(seeds);
    const QString m = p.value(mode).toLower();
    if (m == QLatin1String("fresh"))
        r.mode = align::BalanceMode::Fresh;
    else if (m == QLatin1String("minimal"))
        r.mode = align::BalanceMode::MinimalDisruption;
    else
        throw TesseraError::user(tr("--mode must be fresh or minimal."));
    bool ok = false;
    r.seed = p.value(seed).toULongLong(&ok);
    if (!ok)
        throw TesseraError::user(tr("--seed must be a whole number."));
    r.timeLimitSeconds = numberOption(p, timeLimit, 0.1);
    r.tolerance = numberOption(p, tolerance, 0.0) / 100.0;
    r.maxUnits = int(numberOption(p, maxUnits, 0));
    r.maxAccounts = numberOption(p, maxAccounts, 0);
    r.perPiece = p.isSet(perPiece);

    const auto store =
        PlanStore::open(file, p.isSet(dryRun) ? PlanStore::Access::ReadOnly : PlanStore::Access::ReadWrite);
    align::BalanceReport report = align::planBalance(*store, r, Progress(io.progress()));
    if (!p.isSet(dryRun))
        align::applyBalance(*store, report);
    if (p.isSet(json))
        io.out << QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented));
    else
        io.out << report.toText();
    return 0;
}

int runAlign(const QStringList &args, CliIo &io)
{
    // args[0] is "align"; the verb follows.
    const QStringList rest = args.mid(1);
    if (rest.isEmpty() || rest.constFirst() == QLatin1String("--help") ||
        rest.constFirst() == QLatin1String("-h")) {
        io.out << tr("Usage: tessera-cli align VERB ...\n"
                     "  balance   balance a level into contiguous, equal, compact territories\n"
                     "  import    read an alignment (unit, territory) from a file\n"
                     "  export    write the alignment of a level\n"
                     "  stats     print the alignment's balance and compactness\n");
        return rest.isEmpty() ? 1 : 0;
    }
    if (rest.constFirst() == QLatin1String("balance"))
        return runBalance(rest, io);
    return runAlignIoVerb(rest, io);
}

const CliRegistration registration(
    {QStringLiteral("align"),
     QCoreApplication::translate("cli", "Territory alignment: balance, import, export, stats."), runAlign});

} // namespace
} // namespace tessera::cli
