// tessera-cli new | demo | info | check
#include "clicommand.h"

#include "demo/demogenerator.h"
#include "store/planstore.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace tessera::cli {
namespace {

int runNew(const QStringList &args, CliIo &io)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Create an empty plan file."));
    p.addPositionalArgument(QStringLiteral("FILE"), tr("The new plan file (.tessera)."));
    const QCommandLineOption name(QStringLiteral("name"), tr("Plan name."), QStringLiteral("NAME"));
    const QCommandLineOption currency(QStringLiteral("currency"), tr("Currency code (default USD)."),
                                      QStringLiteral("CODE"), QStringLiteral("USD"));
    const QCommandLineOption fyStart(QStringLiteral("fiscal-year-start"),
                                     tr("First month of the fiscal year, 1-12."), QStringLiteral("MONTH"),
                                     QStringLiteral("1"));
    p.addOptions({name, currency, fyStart});
    if (!parseArgs(p, args, io))
        return 0;
    const QString file = requirePositional(p, 0, QStringLiteral("FILE"));
    PlanSettings s;
    s.name = p.isSet(name) ? p.value(name) : QFileInfo(file).completeBaseName();
    s.currency = p.value(currency).toUpper();
    bool ok = false;
    s.fiscalYearStartMonth = p.value(fyStart).toInt(&ok);
    if (!ok || s.fiscalYearStartMonth < 1 || s.fiscalYearStartMonth > 12)
        throw TesseraError::user(tr("--fiscal-year-start must be a month number from 1 to 12."));
    PlanStore::create(file, s);
    io.out << tr("Created %1 (plan format %2)").arg(file).arg(PlanStore::currentSchemaVersion()) << "\n";
    return 0;
}

int runDemo(const QStringList &args, CliIo &io)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Write the deterministic demo plan (same seed, same plan)."));
    const DemoOptions defaults;
    const QCommandLineOption out(QStringLiteral("out"), tr("The plan file to write."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Random seed."), QStringLiteral("N"),
                                  QString::number(defaults.seed));
    const QCommandLineOption reps(QStringLiteral("reps"), tr("Territory reps."), QStringLiteral("N"),
                                  QString::number(defaults.reps));
    const QCommandLineOption accounts(QStringLiteral("accounts"), tr("Accounts."), QStringLiteral("N"),
                                      QString::number(defaults.accounts));
    const QCommandLineOption opps(QStringLiteral("opportunities"), tr("Opportunities."), QStringLiteral("N"),
                                  QString::number(defaults.opportunities));
    p.addOptions({out, seed, reps, accounts, opps});
    if (!parseArgs(p, args, io))
        return 0;
    if (!p.isSet(out))
        throw TesseraError::user(tr("demo needs --out FILE."));
    DemoOptions o;
    bool ok = false;
    o.seed = p.value(seed).toULongLong(&ok);
    if (!ok)
        throw TesseraError::user(tr("--seed must be a whole number."));
    o.reps = intOption(p, reps, 4);
    o.accounts = intOption(p, accounts, 1);
    o.opportunities = intOption(p, opps, 0);
    const DemoSummary s = generateDemoPlan(p.value(out), o, io.progress());
    io.out << tr("Wrote %1: %2 regions, %3 districts, %4 territories, %5 reps, %6 managers, %7 accounts, "
                 "%8 opportunities")
                  .arg(p.value(out))
                  .arg(s.regions)
                  .arg(s.districts)
                  .arg(s.territories)
                  .arg(s.reps)
                  .arg(s.managers)
                  .arg(s.accounts)
                  .arg(s.opportunities)
           << "\n";
    return 0;
}

int runInfo(const QStringList &args, CliIo &io)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Show a plan's settings, schema version and counts per entity."));
    p.addPositionalArgument(QStringLiteral("FILE"), tr("The plan file."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    p.addOption(json);
    if (!parseArgs(p, args, io))
        return 0;
    const QString file = requirePositional(p, 0, QStringLiteral("FILE"));
    auto store = PlanStore::open(file, PlanStore::Access::ReadOnly);
    const PlanSettings s = store->settings();
    QJsonObject counts;
    QSqlQuery tables = store->query(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &t : names)
        counts.insert(t, store->scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(t)).toLongLong());
    if (p.isSet(json)) {
        QJsonObject o{{QStringLiteral("file"), file},
                      {QStringLiteral("name"), s.name},
                      {QStringLiteral("currency"), s.currency},
                      {QStringLiteral("fiscal_year_start_month"), s.fiscalYearStartMonth},
                      {QStringLiteral("schema_version"), store->schemaVersion()},
                      {QStringLiteral("size_bytes"), QFileInfo(file).size()},
                      {QStringLiteral("counts"), counts}};
        io.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return 0;
    }
    io.out << tr("Plan:           %1").arg(s.name) << "\n"
           << tr("File:           %1 (%2 bytes)").arg(file).arg(QFileInfo(file).size()) << "\n"
           << tr("Plan format:    %1").arg(store->schemaVersion()) << "\n"
           << tr("Currency:       %1").arg(s.currency) << "\n"
           << tr("Fiscal year:    starts in month %1; periods FY%2 to FY%3")
                  .arg(s.fiscalYearStartMonth)
                  .arg(s.firstFiscalYear)
                  .arg(s.lastFiscalYear)
           << "\n";
    for (const QString &t : names)
        io.out << "  " << t.leftJustified(24) << counts.value(t).toVariant().toLongLong() << "\n";
    return 0;
}

int runCheck(const QStringList &args, CliIo &io)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Check a plan's integrity and foreign keys."));
    p.addPositionalArgument(QStringLiteral("FILE"), tr("The plan file."));
    if (!parseArgs(p, args, io))
        return 0;
    const QString file = requirePositional(p, 0, QStringLiteral("FILE"));
    auto store = PlanStore::open(file, PlanStore::Access::ReadOnly);
    const IntegrityReport r = store->check();
    if (r.ok) {
        io.out << tr("%1: ok").arg(file) << "\n";
        return 0;
    }
    for (const QString &line : r.problems)
        io.out << line << "\n";
    throw TesseraError(
        TesseraError::Kind::Corrupt,
        QCoreApplication::translate("cli", "%n problem(s) found.", nullptr, int(r.problems.size())), file);
}

const CliRegistration regNew({QStringLiteral("new"), tr("Create an empty plan file"), runNew});
const CliRegistration regDemo({QStringLiteral("demo"), tr("Write the deterministic demo plan"), runDemo});
const CliRegistration regInfo({QStringLiteral("info"), tr("Show settings and counts of a plan"), runInfo});
const CliRegistration regCheck({QStringLiteral("check"), tr("Check a plan's integrity"), runCheck});

} // namespace
} // namespace tessera::cli
