// tessera-cli forecast | report dashboard
#include "clicommand.h"

#include "dashboard/dashboardreport.h"
#include "forecast/forecastjson.h"
#include "forecast/forecastquery.h"
#include "store/planstore.h"

#include <QJsonDocument>
#include <QLocale>

namespace tessera::cli {
namespace {

struct ForecastArgs
{
    QString plan;
    QString node;
    QString period;
    QString asOf;
};

void addCommonOptions(QCommandLineParser &p)
{
    p.addPositionalArgument(QStringLiteral("PLAN"), tr("The plan file."));
    p.addOption({QStringLiteral("node"), tr("company, an org node code (R1, D001, T0001) or a rep's id."),
                 QStringLiteral("ID"), QStringLiteral("company")});
    p.addOption(
        {QStringLiteral("period"),
         tr("2027-03 (month), 2027-Q2 (quarter), FY2027 (year) or 2027-02-15..2027-04-10; default: the "
            "quarter of the as-of date."),
         QStringLiteral("P")});
    p.addOption({QStringLiteral("as-of"),
                 tr("The date pacing and projections stand on (default: the plan's)."),
                 QStringLiteral("DATE")});
}

ForecastArgs commonArgs(const QCommandLineParser &p)
{
    ForecastArgs a;
    a.plan = requirePositional(p, 0, QStringLiteral("PLAN"));
    a.node = p.value(QStringLiteral("node"));
    a.period = p.value(QStringLiteral("period"));
    a.asOf = p.value(QStringLiteral("as-of"));
    return a;
}

void prepare(forecast::ForecastQuery &query, const ForecastArgs &a, forecast::NodeRef *node,
             forecast::Period *period)
{
    if (!a.asOf.isEmpty()) {
        const QDate d = QDate::fromString(a.asOf, Qt::ISODate);
        if (!d.isValid())
            throw TesseraError(TesseraError::Kind::User, tr("--as-of must be a date like 2027-06-30."), {},
                               -1, QStringLiteral("as-of"));
        query.setAsOf(d);
    }
    *node = query.tree().resolve(a.node);
    *period = a.period.isEmpty() ? query.defaultPeriod() : query.parsePeriod(a.period);
}

int runForecast(const QStringList &args, CliIo &io)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Print a node's forecast for a period: closed, commit, best case, pipeline, weighted pipeline, "
           "quota, attainment, coverage, projection. Money is printed as exact decimal strings with two "
           "decimals (\"1234.50\")."));
    addCommonOptions(p);
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption full(QStringLiteral("dashboard"),
                                  tr("With --json: add children, pacing, months and the leaderboard."));
    p.addOptions({json, full});
    if (!parseArgs(p, args, io))
        return 0;
    const ForecastArgs a = commonArgs(p);
    auto store = PlanStore::open(a.plan, PlanStore::Access::ReadOnly);
    forecast::ForecastQuery query(*store);
    forecast::NodeRef node;
    forecast::Period period;
    prepare(query, a, &node, &period);
    if (p.isSet(json)) {
        const QJsonObject o = p.isSet(full) ? forecast::toJson(query.dashboard(node, period))
                                            : forecast::toJson(query.figures(node, period));
        io.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return 0;
    }
    const forecast::Figures f = query.figures(node, period);
    const QLocale locale;
    const QString currency = store->settings().currency;
    auto money = [&](Money m) {
        return m.format(locale, currency);
    };
    auto pct = [&](const std::optional<Rate> &r) {
        return r ? r->toPercentString(locale) : QStringLiteral("—");
    };
    auto times = [&](const std::optional<Rate> &r) {
        return r ? locale.toString(r->toDouble(), 'f', 2) + QStringLiteral("×") : QStringLiteral("—");
    };
    io.out << tr("%1 (%2), %3 (%4 to %5), as of %6")
                  .arg(f.name, f.code, f.period.label, f.period.start.toString(Qt::ISODate),
                       f.period.end.toString(Qt::ISODate), f.asOf.toString(Qt::ISODate))
           << "\n";
    const QList<QPair<QString, QString>> rows = {
        {tr("Closed"), money(f.closed)},
        {tr("Commit"), money(f.commit)},
        {tr("Best case"), money(f.bestCase)},
        {tr("Pipeline (total)"), money(f.pipelineTotal)},
        {tr("Open pipeline"), money(f.openPipeline)},
        {tr("Weighted pipeline"), money(f.weightedPipeline)},
        {tr("Quota"),
         f.hasQuota ? money(f.quota) + (f.quotaFromReps ? tr(" (sum of reps)") : QString()) : tr("none")},
        {tr("Attainment"), pct(f.attainment)},
        {tr("Coverage"), times(f.coverage) + QStringLiteral(" ") + forecast::bandName(f.coverageBand)},
        {tr("Weighted coverage"),
         times(f.weightedCoverage) + QStringLiteral(" ") + forecast::bandName(f.weightedCoverageBand)},
        {tr("Run-rate projection"), money(f.projection)},
        {tr("Manager commit"), f.commitOverride ? money(f.commitOverride->commit) + QStringLiteral(" — ") +
                                                      f.commitOverride->comment
                                                : tr("none")}};
    for (const auto &r : rows)
        io.out << "  " << r.first.leftJustified(22) << r.second << "\n";
    return 0;
}

int runReportDashboard(const QStringList &args, CliIo &io)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Write a node's dashboard for a period as a PDF report (one section a page)."));
    addCommonOptions(p);
    const QCommandLineOption out(QStringLiteral("out"), tr("The PDF file to write."), QStringLiteral("FILE"));
    p.addOption(out);
    if (!parseArgs(p, args, io))
        return 0;
    const ForecastArgs a = commonArgs(p);
    if (!p.isSet(out))
        throw TesseraError(TesseraError::Kind::User, tr("report dashboard needs --out FILE.pdf."), {}, -1,
                           QStringLiteral("out"));
    auto store = PlanStore::open(a.plan, PlanStore::Access::ReadOnly);
    forecast::ForecastQuery query(*store);
    forecast::NodeRef node;
    forecast::Period period;
    prepare(query, a, &node, &period);
    const forecast::Dashboard d = query.dashboard(node, period);
    writeDashboardReport(p.value(out), d, store->settings().currency, QLocale());
    io.out << tr("Wrote %1").arg(p.value(out)) << "\n";
    return 0;
}

const CliRegistration regForecast({QStringLiteral("forecast"),
                                   tr("Print a node's forecast figures for a period"), runForecast});
const CliRegistration regReport({QStringLiteral("report dashboard"),
                                 tr("Write a node's dashboard as a PDF report"), runReportDashboard, true});

} // namespace
} // namespace tessera::cli
