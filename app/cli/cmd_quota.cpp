// tessera-cli quota allocate | export | fairness | reconcile
#include "clicommand.h"

#include "quota/quotaanalysis.h"
#include "quota/quotastore.h"
#include "store/changelog.h"
#include "store/planstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tessera::cli {
namespace {

using namespace tessera::quota;

const QCommandLineOption &yearOption()
{
    static const QCommandLineOption o(QStringLiteral("year"), tr("Fiscal year, e.g. 2027."),
                                      QStringLiteral("Y"));
    return o;
}

int yearOf(const QCommandLineParser &p)
{
    bool ok = false;
    const int y = p.value(yearOption()).toInt(&ok);
    if (!p.isSet(yearOption()) || !ok || y < 1900 || y > 9999)
        throw TesseraError::user(tr("--year must be a fiscal year such as 2027."));
    return y;
}

Money moneyOption(const QCommandLineParser &p, const QCommandLineOption &o)
{
    QString text = p.value(o);
    text.remove(QLatin1Char(',')).remove(QLatin1Char('$')).remove(QLatin1Char('_'));
    const auto m = Money::parse(text.trimmed());
    if (!m || m->cents() < 0)
        throw TesseraError(TesseraError::Kind::User,
                           tr("Not an amount: write e.g. 123456789.01 (at most two decimals)."), QString(),
                           -1, o.names().constFirst());
    return *m;
}

// "5" and "5%" are five percent.
Rate percentOption(const QString &text, const QString &field)
{
    QString t = text.trimmed();
    if (!t.endsWith(QLatin1Char('%')))
        t += QLatin1Char('%');
    const auto r = Rate::parse(t);
    if (!r || r->micros() <= -Rate::Scale)
        throw TesseraError(TesseraError::Kind::User, tr("Not a percentage: write e.g. 5 or 2.5%."), QString(),
                           -1, field);
    return *r;
}

void printFigure(CliIo &io, const QString &label, const QString &value)
{
    io.out << label.leftJustified(34) << value << "\n";
}

int runAllocate(const QStringList &args, CliIo &io)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Allocate a company target down the organisation to every rep and month, and "
           "write the quotas in one transaction."));
    p.addPositionalArgument(QStringLiteral("PLAN"), tr("The plan file."));
    const QCommandLineOption target(QStringLiteral("target"), tr("The company's yearly target."),
                                    QStringLiteral("AMOUNT"));
    const QCommandLineOption method(QStringLiteral("method"),
                                    tr("Method at every level: even, prior-year, t12m, potential or blend."),
                                    QStringLiteral("METHOD"));
    const QCommandLineOption levelMethod(
        QStringLiteral("level-method"),
        tr("Method of one level (region, district or territory; reps share their territory by "
           "coverage), e.g. territory=potential (repeatable)."),
        QStringLiteral("LEVEL=METHOD"));
    const QCommandLineOption overassign(QStringLiteral("overassign"),
                                        tr("Over-assignment of every level below the company, in percent."),
                                        QStringLiteral("PCT"));
    const QCommandLineOption levelOver(QStringLiteral("level-overassign"),
                                       tr("Over-assignment of one level, e.g. district=5 (repeatable)."),
                                       QStringLiteral("LEVEL=PCT"));
    const QCommandLineOption blend(QStringLiteral("blend-prior"),
                                   tr("Prior-year share of the blend method in percent (default 50)."),
                                   QStringLiteral("PCT"));
    const QCommandLineOption seasonality(QStringLiteral("seasonality"),
                                         tr("CSV of month,weight; default: closed-won history."),
                                         QStringLiteral("FILE.csv"));
    const QCommandLineOption unit(QStringLiteral("unit"), tr("Rounding unit, e.g. 1000 (default 0.01)."),
                                  QStringLiteral("AMOUNT"));
    const QCommandLineOption calendar(QStringLiteral("calendar"), tr("Month pattern: months or 4-4-5."),
                                      QStringLiteral("PATTERN"));
    const QCommandLineOption ramp(QStringLiteral("ramp"), tr("New-hire ramp, e.g. 0,25%,50%."),
                                  QStringLiteral("RATES"));
    const QCommandLineOption asOf(QStringLiteral("as-of"), tr("End of the trailing 12 months (YYYY-MM-DD)."),
                                  QStringLiteral("DATE"));
    p.addOptions({yearOption(), target, method, levelMethod, overassign, levelOver, blend, seasonality, unit,
                  calendar, ramp, asOf});
    if (!parseArgs(p, args, io))
        return 0;
    const QString file = requirePositional(p, 0, QStringLiteral("PLAN"));
    const int fy = yearOf(p);
    if (!p.isSet(target))
        throw TesseraError::user(tr("allocate needs --target AMOUNT."));
    auto store = PlanStore::open(file);
    QuotaSetup setup = loadSetup(*store, fy);
    setup.settings.target = moneyOption(p, target);
    if (p.isSet(method)) {
        Method m;
        if (!parseMethod(p.value(method), &m))
            throw TesseraError(TesseraError::Kind::User,
                               tr("Unknown method \"%1\": use even, prior-year, t12m, potential or blend.")
                                   .arg(p.value(method)),
                               QString(), -1, QStringLiteral("method"));
        for (int l = 1; l < LevelCount; ++l)
            setup.settings.rules[size_t(l)].method = m;
    }
    for (const QString &pair : p.values(levelMethod)) {
        Level l;
        Method m;
        if (!parseLevel(pair.section(QLatin1Char('='), 0, 0), &l) || l == Level::Company || l == Level::Rep ||
            !parseMethod(pair.section(QLatin1Char('='), 1), &m))
            throw TesseraError(
                TesseraError::Kind::User,
                tr("Write --level-method as LEVEL=METHOD with LEVEL region, district or territory, e.g. "
                   "territory=potential."),
                QString(), -1, QStringLiteral("level-method"));
        setup.settings.rules[size_t(l)].method = m;
    }
    if (p.isSet(overassign)) {
        const Rate r = percentOption(p.value(overassign), QStringLiteral("overassign"));
        for (int l = 1; l < LevelCount; ++l)
            setup.settings.rules[size_t(l)].overassign = r;
    }
    for (const QString &pair : p.values(levelOver)) {
        Level l;
        if (!parseLevel(pair.section(QLatin1Char('='), 0, 0), &l) || l == Level::Company)
            throw TesseraError(TesseraError::Kind::User,
                               tr("Write --level-overassign as LEVEL=PCT, e.g. district=5."), QString(), -1,
                               QStringLiteral("level-overassign"));
        setup.settings.rules[size_t(l)].overassign =
            percentOption(pair.section(QLatin1Char('='), 1), QStringLiteral("level-overassign"));
    }
    if (p.isSet(blend))
        for (int l = 1; l < LevelCount; ++l)
            setup.settings.rules[size_t(l)].blendPriorShare =
                percentOption(p.value(blend), QStringLiteral("blend-prior"));
    if (p.isSet(calendar) && !QuotaCalendar::parsePattern(p.value(calendar), &setup.pattern))
        throw TesseraError(TesseraError::Kind::User, tr("Use --calendar months or --calendar 4-4-5."),
                           QString(), -1, QStringLiteral("calendar"));
    if (p.isSet(unit)) {
        setup.settings.unitCents = moneyOption(p, unit).cents();
        if (setup.settings.unitCents < 1)
            throw TesseraError(TesseraError::Kind::User, tr("The rounding unit must be at least 0.01."),
                               QString(), -1, QStringLiteral("unit"));
    }
    if (p.isSet(ramp)) {
        setup.ramp.name = tr("New hire");
        if (!RampProfile::parse(p.value(ramp), &setup.ramp))
            throw TesseraError(TesseraError::Kind::User, tr("Write the ramp as rates, e.g. 0,25%,50%."),
                               QString(), -1, QStringLiteral("ramp"));
    }
    if (p.isSet(asOf)) {
        setup.asOf = QDate::fromString(p.value(asOf), Qt::ISODate);
        if (!setup.asOf.isValid())
            throw TesseraError(TesseraError::Kind::User, tr("Write the date as YYYY-MM-DD."), QString(), -1,
                               QStringLiteral("as-of"));
    }
    if (p.isSet(seasonality)) {
        setup.settings.seasonality = readSeasonalityCsv(p.value(seasonality), calendarOf(*store, setup), fy);
        setup.settings.seasonalitySource = QStringLiteral("entered");
    } else if (setup.settings.seasonalitySource != QLatin1String("entered")) {
        setup.settings.seasonality.fill(0);
        setup.settings.seasonalitySource = QStringLiteral("history");
    }
    const QuotaPlan plan = allocateAndSave(*store, setup, Progress(io.progress()));
    int reps = 0;
    qint64 repTotal = 0, notCovered = 0;
    for (size_t i = 0; i < plan.nodes.size(); ++i) {
        if (plan.nodes[i].level == Level::Rep) {
            ++reps;
            repTotal += plan.year(int(i));
        }
        notCovered += plan.notCoveredYear(int(i));
    }
    const QLocale locale;
    printFigure(io, tr("Fiscal year"), QStringLiteral("FY%1").arg(fy));
    printFigure(io, tr("Company target"), plan.settings.target.format(locale));
    printFigure(io, tr("Reps with a quota"), QString::number(reps));
    printFigure(io, tr("Sum of rep quotas"), Money::fromCents(repTotal).format(locale));
    printFigure(io, tr("Not covered (ramps, vacancies)"), Money::fromCents(notCovered).format(locale));
    printFigure(io, tr("Seasonality"), plan.settings.seasonalitySource);
    return 0;
}

int runExport(const QStringList &args, CliIo &io)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Write the rep quotas of a year as CSV: rep_id, rep_name, territory, period, quota."));
    p.addPositionalArgument(QStringLiteral("PLAN"), tr("The plan file."));
    const QCommandLineOption out(QStringLiteral("out"), tr("The CSV file to write."),
                                 QStringLiteral("FILE.csv"));
    p.addOptions({yearOption(), out});
    if (!parseArgs(p, args, io))
        return 0;
    const QString file = requirePositional(p, 0, QStringLiteral("PLAN"));
    const int fy = yearOf(p);
    if (!p.isSet(out))
        throw TesseraError::user(tr("export needs --out FILE.csv."));
    auto store = PlanStore::open(file, PlanStore::Access::ReadOnly);
    const QuotaSetup setup = loadSetup(*store, fy);
    const QuotaPlan plan = loadPlan(*store, fy);
    if (plan.year(0) == 0)
        throw TesseraError(TesseraError::Kind::User,
                           tr("FY%1 has no quotas yet: run quota allocate first.").arg(fy), file);
    exportCsv(plan, calendarOf(*store, setup), p.value(out));
    io.out << tr("Wrote %1").arg(p.value(out)) << "\n";
    return 0;
}

QJsonArray rowsJson(const QuotaPlan &plan, const FairnessGroup &g)
{
    QJsonArray rows;
    for (const FairnessRow &r : g.rows)
        rows.append(QJsonObject{{QStringLiteral("code"), plan.nodes[size_t(r.node)].code},
                                {QStringLiteral("name"), plan.nodes[size_t(r.node)].name},
                                {QStringLiteral("quota"), Money::fromCents(r.quota).toPlainString()},
                                {QStringLiteral("potential"), Money::fromCents(r.potential).toPlainString()},
                                {QStringLiteral("prior_year"), Money::fromCents(r.priorYear).toPlainString()},
                                {QStringLiteral("quota_to_potential"), r.ratio},
                                {QStringLiteral("z"), r.z},
                                {QStringLiteral("outlier"), r.outlier}});
    return rows;
}

int runFairness(const QStringList &args, CliIo &io)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Quota ÷ potential per rep and territory, its spread, outliers, and the share of "
           "reps whose prior-year bookings reach the new quota."));
    p.addPositionalArgument(QStringLiteral("PLAN"), tr("The plan file."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    p.addOptions({yearOption(), json});
    if (!parseArgs(p, args, io))
        return 0;
    const QString file = requirePositional(p, 0, QStringLiteral("PLAN"));
    const int fy = yearOf(p);
    auto store = PlanStore::open(file, PlanStore::Access::ReadOnly);
    const QuotaPlan plan = loadPlan(*store, fy);
    const FairnessReport f = fairness(*store, plan);
    if (p.isSet(json)) {
        QJsonObject o{{QStringLiteral("fiscal_year"), fy},
                      {QStringLiteral("rep_cv"), f.reps.cv},
                      {QStringLiteral("territory_cv"), f.territories.cv},
                      {QStringLiteral("reps_with_history"), f.repsWithHistory},
                      {QStringLiteral("reach_100"), f.reach100},
                      {QStringLiteral("reach_80"), f.reach80},
                      {QStringLiteral("reps"), rowsJson(plan, f.reps)},
                      {QStringLiteral("territories"), rowsJson(plan, f.territories)}};
        io.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return 0;
    }
    const QLocale locale;
    printFigure(
        io, tr("Territories: quota ÷ potential"),
        tr("mean %1, CV %2")
            .arg(locale.toString(f.territories.mean, 'f', 3), locale.toString(f.territories.cv, 'f', 3)));
    printFigure(
        io, tr("Reps: quota ÷ potential"),
        tr("mean %1, CV %2").arg(locale.toString(f.reps.mean, 'f', 3), locale.toString(f.reps.cv, 'f', 3)));
    printFigure(io, tr("Reps with a full prior year"), QString::number(f.repsWithHistory));
    printFigure(io, tr("Would reach 100% on last year"),
                locale.toString(100 * f.reach100, 'f', 1) + QLatin1Char('%'));
    printFigure(io, tr("Would reach 80% on last year"),
                locale.toString(100 * f.reach80, 'f', 1) + QLatin1Char('%'));
    for (const FairnessGroup *g : {&f.territories, &f.reps})
        for (const FairnessRow &r : g->rows)
            if (r.outlier)
                io.out << tr("Outlier: %1 %2, quota %3, potential %4, ratio %5")
                              .arg(plan.nodes[size_t(r.node)].code, plan.nodes[size_t(r.node)].name,
                                   Money::fromCents(r.quota).format(locale),
                                   Money::fromCents(r.potential).format(locale),
                                   locale.toString(r.ratio, 'f', 3))
                       << "\n";
    return 0;
}

int runReconcile(const QStringList &args, CliIo &io)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Compare bottom-up submissions with the top-down quotas, node by node."));
    p.addPositionalArgument(QStringLiteral("PLAN"), tr("The plan file."));
    const QCommandLineOption submissions(QStringLiteral("submissions"),
                                         tr("First import a CSV of code,amount (org node code or rep id)."),
                                         QStringLiteral("FILE.csv"));
    p.addOptions({yearOption(), submissions});
    if (!parseArgs(p, args, io))
        return 0;
    const QString file = requirePositional(p, 0, QStringLiteral("PLAN"));
    const int fy = yearOf(p);
    auto store = PlanStore::open(file, p.isSet(submissions) ? PlanStore::Access::ReadWrite
                                                            : PlanStore::Access::ReadOnly);
    const QuotaPlan plan = loadPlan(*store, fy);
    if (p.isSet(submissions))
        io.out << tr("Imported %1 submissions").arg(importSubmissions(*store, plan, p.value(submissions)))
               << "\n";
    const QLocale locale;
    io.out << "code,name,level,top_down,bottom_up,gap\n";
    for (const ReconciliationRow &r : reconcile(plan, loadSubmissions(*store, plan))) {
        if (!r.bottomUp)
            continue;
        const QuotaNode &n = plan.nodes[size_t(r.node)];
        io.out << n.code << ',' << n.name << ',' << levelName(n.level) << ','
               << Money::fromCents(r.topDown).toPlainString() << ','
               << Money::fromCents(*r.bottomUp).toPlainString() << ','
               << Money::fromCents(r.gap()).toPlainString() << "\n";
    }
    return 0;
}

int runLeave(const QStringList &args, CliIo &io)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Record a rep's leave of absence; the next allocation prorates it out by days."));
    p.addPositionalArgument(QStringLiteral("PLAN"), tr("The plan file."));
    const QCommandLineOption rep(QStringLiteral("rep"), tr("The rep's external id."), QStringLiteral("ID"));
    const QCommandLineOption from(QStringLiteral("from"), tr("First day of leave (YYYY-MM-DD)."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Last day of leave (YYYY-MM-DD)."),
                                QStringLiteral("DATE"));
    const QCommandLineOption reason(QStringLiteral("reason"), tr("Why (free text)."), QStringLiteral("TEXT"));
    p.addOptions({rep, from, to, reason});
    if (!parseArgs(p, args, io))
        return 0;
    const QString file = requirePositional(p, 0, QStringLiteral("PLAN"));
    const QDate start = QDate::fromString(p.value(from), Qt::ISODate);
    const QDate end = QDate::fromString(p.value(to), Qt::ISODate);
    if (!start.isValid())
        throw TesseraError(TesseraError::Kind::User, tr("Write the date as YYYY-MM-DD."), QString(), -1,
                           QStringLiteral("from"));
    if (!end.isValid() || end < start)
        throw TesseraError(TesseraError::Kind::User, tr("Write a date as YYYY-MM-DD, not before --from."),
                           QString(), -1, QStringLiteral("to"));
    auto store = PlanStore::open(file);
    const QVariant repId =
        store->scalar(QStringLiteral("SELECT id FROM reps WHERE external_id = ?"), {p.value(rep)});
    if (!repId.isValid())
        throw TesseraError(TesseraError::Kind::User, tr("No rep has the id \"%1\".").arg(p.value(rep)), file,
                           -1, QStringLiteral("rep"));
    Transaction tx(*store);
    QSqlQuery q = store->query(
        QStringLiteral("INSERT INTO quota_leaves(rep_id, start_date, end_date, reason) VALUES (?, ?, ?, ?)"),
        {repId, start.toString(Qt::ISODate), end.toString(Qt::ISODate),
         p.isSet(reason) ? QVariant(p.value(reason)) : QVariant()});
    recordChange(*store, QStringLiteral("quota_leave"), store->lastInsertId(q), QStringLiteral("insert"), {},
                 QJsonObject{{QStringLiteral("rep"), p.value(rep)},
                             {QStringLiteral("from"), start.toString(Qt::ISODate)},
                             {QStringLiteral("to"), end.toString(Qt::ISODate)}});
    tx.commit();
    io.out << tr("Recorded the leave of %1 from %2 to %3; run quota allocate to apply it.")
                  .arg(p.value(rep), start.toString(Qt::ISODate), end.toString(Qt::ISODate))
           << "\n";
    return 0;
}

int runQuota(const QStringList &args, CliIo &io)
{
    const QString verb = args.value(1);
    const QStringList rest = args.mid(1);
    if (verb == QLatin1String("allocate"))
        return runAllocate(rest, io);
    if (verb == QLatin1String("export"))
        return runExport(rest, io);
    if (verb == QLatin1String("fairness"))
        return runFairness(rest, io);
    if (verb == QLatin1String("reconcile"))
        return runReconcile(rest, io);
    if (verb == QLatin1String("leave"))
        return runLeave(rest, io);
    if (verb.isEmpty() || verb == QLatin1String("--help") || verb == QLatin1String("-h")) {
        io.out << tr("Usage: tessera-cli quota allocate|export|fairness|reconcile|leave PLAN ...") << "\n";
        return 0;
    }
    throw TesseraError::user(
        tr("Unknown quota command \"%1\": use allocate, export, fairness, reconcile or leave.").arg(verb));
}

const CliRegistration regQuota({QStringLiteral("quota"), tr("Allocate, export and check quotas"), runQuota});

} // namespace
} // namespace tessera::cli
