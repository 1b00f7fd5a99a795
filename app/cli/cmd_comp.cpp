// tessera-cli comp import-plan | export-plan | assign | run | close | statement (split and cancel: see
// cmd_compdeal.cpp)
#include "clicommand.h"
#include "cmd_compdeal.h"

#include "comp/compstore.h"
#include "comp/payoutrun.h"
#include "comp/repstatement.h"
#include "store/planstore.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace tessera::cli {
namespace {

using namespace tessera::comp;

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw TesseraError(TesseraError::Kind::Io, tr("cannot read the file: %1").arg(f.errorString()), path);
    return f.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        throw TesseraError(TesseraError::Kind::Io, tr("cannot write the file: %1").arg(f.errorString()),
                           path);
}

qint64 repOption(const QCommandLineParser &p, const QCommandLineOption &o)
{
    bool ok = false;
    const qint64 id = p.value(o).toLongLong(&ok);
    if (!p.isSet(o) || !ok)
        throw TesseraError(TesseraError::Kind::User, tr("--rep needs a rep id (a whole number)"), {}, -1,
                           QStringLiteral("rep"));
    return id;
}

QDate dateOption(const QCommandLineParser &p, const QCommandLineOption &o)
{
    const QDate d = QDate::fromString(p.value(o), Qt::ISODate);
    if (!d.isValid())
        throw TesseraError(TesseraError::Kind::User, tr("'%1' is not a date YYYY-MM-DD").arg(p.value(o)), {},
                           -1, o.names().constFirst());
    return d;
}

int importPlan(const QStringList &args, CliIo &io)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Import (or replace by name) a compensation plan from its JSON form."));
    p.addPositionalArgument(QStringLiteral("PLAN"), tr("The plan file."));
    p.addPositionalArgument(QStringLiteral("FILE.json"),
                            tr("The compensation plan (docs/comp-plan-format.md)."));
    if (!parseArgs(p, args, io))
        return 0;
    const QString planFile = requirePositional(p, 0, QStringLiteral("PLAN"));
    const QString json = requirePositional(p, 1, QStringLiteral("FILE.json"));
    const Plan plan = planFromJsonBytes(readFile(json), json);
    auto store = PlanStore::open(planFile);
    const qint64 id = savePlan(*store, plan);
    io.out << tr("Imported compensation plan '%1' (id %2, %3 components)")
                  .arg(plan.name)
                  .arg(id)
                  .arg(plan.components.size())
           << "\n";
    return 0;
}

int exportPlan(const QStringList &args, CliIo &io)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Export a compensation plan to its JSON form."));
    p.addPositionalArgument(QStringLiteral("PLAN"), tr("The plan file."));
    p.addPositionalArgument(QStringLiteral("NAME"), tr("The compensation plan's name."));
    const QCommandLineOption out(QStringLiteral("out"), tr("The JSON file to write."),
                                 QStringLiteral("FILE"));
    p.addOption(out);
    if (!parseArgs(p, args, io))
        return 0;
    auto store =
        PlanStore::open(requirePositional(p, 0, QStringLiteral("PLAN")), PlanStore::Access::ReadOnly);
    if (!p.isSet(out))
        throw TesseraError::user(tr("export-plan needs --out FILE.json."));
    const Plan plan = loadPlan(*store, requirePositional(p, 1, QStringLiteral("NAME")));
    writeFile(p.value(out), QJsonDocument(toJson(plan)).toJson(QJsonDocument::Indented));
    io.out << tr("Wrote %1").arg(p.value(out)) << "\n";
    return 0;
}

int assign(const QStringList &args, CliIo &io)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Assign a compensation plan to a rep from a date (a running assignment ends the day before)."));
    p.addPositionalArgument(QStringLiteral("PLAN"), tr("The plan file."));
    const QCommandLineOption rep(QStringLiteral("rep"), tr("Rep id."), QStringLiteral("ID"));
    const QCommandLineOption plan(QStringLiteral("plan"), tr("Compensation plan name."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption from(QStringLiteral("from"), tr("First day, YYYY-MM-DD."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Last day, YYYY-MM-DD (default: open ended)."),
                                QStringLiteral("DATE"));
    p.addOptions({rep, plan, from, to});
    if (!parseArgs(p, args, io))
        return 0;
    auto store = PlanStore::open(requirePositional(p, 0, QStringLiteral("PLAN")));
    if (!p.isSet(plan))
        throw TesseraError(TesseraError::Kind::User, tr("--plan NAME is required"), {}, -1,
                           QStringLiteral("plan"));
    const qint64 repId = repOption(p, rep);
    const QDate start = dateOption(p, from);
    const QDate end = p.isSet(to) ? dateOption(p, to) : QDate();
    assignPlan(*store, repId, p.value(plan), start, end);
    io.out << tr("Rep %1 is on '%2' from %3%4")
                  .arg(repId)
                  .arg(p.value(plan), start.toString(Qt::ISODate),
                       end.isValid() ? tr(" to %1").arg(end.toString(Qt::ISODate)) : QString())
           << "\n";
    return 0;
}

int runPayout(const QStringList &args, CliIo &io)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Compute the payouts of a period (YYYY-MM or YYYY-Qn) and save the run."));
    p.addPositionalArgument(QStringLiteral("PLAN"), tr("The plan file."));
    const QCommandLineOption period(QStringLiteral("period"), tr("Payout period."), QStringLiteral("P"));
    const QCommandLineOption out(QStringLiteral("out"), tr("Write the results as CSV."),
                                 QStringLiteral("FILE.csv"));
    p.addOptions({period, out});
    if (!parseArgs(p, args, io))
        return 0;
    auto store = PlanStore::open(requirePositional(p, 0, QStringLiteral("PLAN")));
    const FiscalPeriod fp = parsePayoutPeriod(*store, p.value(period));
    const RunResult run = computePayouts(*store, fp, {}, Progress(io.progress()));
    const qint64 id = saveRun(*store, run);
    if (p.isSet(out))
        writeFile(p.value(out), runCsv(run));
    Money earned, payable;
    int rows = 0;
    for (const RepResult &r : run.reps)
        for (const PeriodResult *pr : run.periodsIn(r)) {
            earned += pr->earned;
            payable += pr->payable;
            ++rows;
        }
    io.out << tr("Run %1 for %2: %3 reps, %4 rep periods, earned %5, payable %6")
                  .arg(id)
                  .arg(fp.label)
                  .arg(run.reps.size())
                  .arg(rows)
                  .arg(earned.toPlainString(), payable.toPlainString())
           << "\n";
    return 0;
}

int close(const QStringList &args, CliIo &io)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Close a payout period: its figures are frozen; later changes become adjustments."));
    p.addPositionalArgument(QStringLiteral("PLAN"), tr("The plan file."));
    const QCommandLineOption period(QStringLiteral("period"), tr("Payout period."), QStringLiteral("P"));
    p.addOption(period);
    if (!parseArgs(p, args, io))
        return 0;
    auto store = PlanStore::open(requirePositional(p, 0, QStringLiteral("PLAN")));
    const FiscalPeriod fp = parsePayoutPeriod(*store, p.value(period));
    closePeriod(*store, fp, Progress(io.progress()));
    io.out << tr("Closed %1").arg(fp.label) << "\n";
    return 0;
}

int statement(const QStringList &args, CliIo &io)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Write a rep's compensation statement for a period as PDF."));
    p.addPositionalArgument(QStringLiteral("PLAN"), tr("The plan file."));
    const QCommandLineOption rep(QStringLiteral("rep"), tr("Rep id."), QStringLiteral("ID"));
    const QCommandLineOption period(QStringLiteral("period"), tr("Payout period."), QStringLiteral("P"));
    const QCommandLineOption out(QStringLiteral("out"), tr("The PDF to write."), QStringLiteral("FILE.pdf"));
    p.addOptions({rep, period, out});
    if (!parseArgs(p, args, io))
        return 0;
    auto store =
        PlanStore::open(requirePositional(p, 0, QStringLiteral("PLAN")), PlanStore::Access::ReadOnly);
    if (!p.isSet(out))
        throw TesseraError::user(tr("statement needs --out FILE.pdf."));
    const qint64 repId = repOption(p, rep);
    const FiscalPeriod fp = parsePayoutPeriod(*store, p.value(period));
    RunOptions o;
    o.onlyRep = repId;
    const RunResult run = computePayouts(*store, fp, o, Progress(io.progress()));
    writeRepStatement(run, repId, p.value(out));
    io.out << tr("Wrote %1").arg(p.value(out)) << "\n";
    return 0;
}

int runComp(const QStringList &args, CliIo &io)
{
    const QString verb = args.value(1);
    const QStringList rest = args.mid(1);
    if (verb == QLatin1String("import-plan"))
        return importPlan(rest, io);
    if (verb == QLatin1String("export-plan"))
        return exportPlan(rest, io);
    if (verb == QLatin1String("assign"))
        return assign(rest, io);
    if (verb == QLatin1String("run"))
        return runPayout(rest, io);
    if (verb == QLatin1String("close"))
        return close(rest, io);
    if (verb == QLatin1String("statement"))
        return statement(rest, io);
    if (verb == QLatin1String("split"))
        return compSplit(rest, io);
    if (verb == QLatin1String("cancel"))
        return compCancel(rest, io);
    if (verb.isEmpty() || verb == QLatin1String("--help") || verb == QLatin1String("-h")) {
        io.out << tr(
            "Usage: tessera-cli comp VERB ...\n"
            "  import-plan PLAN FILE.json\n"
            "  export-plan PLAN NAME --out FILE.json\n"
            "  assign PLAN --rep ID --plan NAME --from DATE [--to DATE]\n"
            "  run PLAN --period P [--out FILE.csv]      (P: YYYY-MM or YYYY-Qn)\n"
            "  close PLAN --period P\n"
            "  statement PLAN --rep ID --period P --out FILE.pdf\n"
            "  split PLAN --deal ID --split REP:PCT [--split ...] [--overlay REP:PCT ...] | --clear\n"
            "  cancel PLAN --deal ID --date D [--invoice-date D] [--payment-date D] [--reason TEXT]\n"
            "  cancel PLAN --deal ID --clear\n");
        return verb.isEmpty() ? 1 : 0;
    }
    throw TesseraError::user(tr("comp: unknown verb '%1' (see tessera-cli comp --help)").arg(verb));
}

const CliRegistration regComp({QStringLiteral("comp"),
                               tr("Compensation plans, payout runs, closes and statements"), runComp, true});

} // namespace
} // namespace tessera::cli
