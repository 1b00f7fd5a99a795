// The parts of an export, each one sheet. Totals are formulas that also carry their computed value.
#include "common/error.h"
#include "common/money.h"
#include "exportsheet.h"
#include "store/fastsql.h"
#include "store/fiscalcalendar.h"
#include "store/planstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <array>
#include <map>

namespace tessera::io {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("Export", s);
}

using C = CellFormat;
const QVariant Null;

// Deals sheet layout, shared with the Summary formulas.
enum DealCol
{
    DId,
    DName,
    DAccount,
    DOwner,
    DTerritory,
    DStage,
    DCategory,
    DStatus,
    DClose,
    DFiscalYear,
    DAmount,
    DProbability,
    DCount
};
// Quotas sheet layout.
enum QuotaCol
{
    QLevel,
    QCode,
    QName,
    QFiscalYear,
    QMonth,
    QAmount,
    QCount
};

// "2027-03-04" (or its "2027-03" prefix with day 1) without QDate::fromString; invalid otherwise.
QDate isoDate(QByteArrayView t, bool monthOnly = false)
{
    const qsizetype n = monthOnly ? 7 : 10;
    if (t.size() < n || t[4] != '-' || (!monthOnly && t[7] != '-'))
        return QDate::fromString(QString::fromUtf8(t), Qt::ISODate);
    int v[8];
    for (int i = 0, k = 0; i < n; ++i) {
        if (i == 4 || i == 7)
            continue;
        if (t[i] < '0' || t[i] > '9')
            return {};
        v[k++] = t[i] - '0';
    }
    if (t.size() > n && !monthOnly)
        return QDate::fromString(QString::fromUtf8(t), Qt::ISODate);
    return QDate(v[0] * 1000 + v[1] * 100 + v[2] * 10 + v[3], v[4] * 10 + v[5],
                 monthOnly ? 1 : v[6] * 10 + v[7]);
}

QString statusOf(bool closed, bool won)
{
    return won ? QStringLiteral("Won") : (closed ? QStringLiteral("Lost") : QStringLiteral("Open"));
}

// A SUM over rows [first, last] of a column, as a formula carrying its value.
ExportCell sumCell(int column, int first, int last, qint64 value, C format)
{
    return ExportCell{
        value,
        last >= first
            ? QStringLiteral("=SUBTOTAL(9,%1:%2)").arg(cellRef(first, column), cellRef(last, column))
            : QStringLiteral("=0"),
        format};
}

void writeDeals(ExportContext &ctx, SheetSink &sink)
{
    const std::vector<ExportColumn> cols = {
        {tr("Opportunity ID"), C::Text, 16},    {tr("Opportunity"), C::Text, 36},
        {tr("Account"), C::Text, 28},           {tr("Owner"), C::Text, 20},
        {tr("Territory"), C::Text, 12},         {tr("Stage"), C::Text, 14},
        {tr("Forecast category"), C::Text, 12}, {tr("Status"), C::Text, 8},
        {tr("Close date"), C::Date, 11},        {tr("Fiscal year"), C::Integer, 8},
        {tr("Amount"), C::Money, 14},           {tr("Probability"), C::Percent, 9}};
    sink.begin(exportParts()[5].info, cols);
    const FiscalCalendar cal(ctx.store.settings().fiscalYearStartMonth);
    const qint64 total = ctx.store.scalar(QStringLiteral("SELECT count(*) FROM opportunities")).toLongLong();
    FastStatement q(
        ctx.store,
        "SELECT o.external_id, o.name, a.name, r.name, t.code, o.stage, o.forecast_category, o.is_closed, "
        "o.is_won, o.close_date, o.amount_cents, o.probability FROM opportunities o LEFT JOIN accounts a ON "
        "a.id = o.account_id LEFT JOIN reps r ON r.id = o.owner_rep_id LEFT JOIN org_nodes t ON t.id = "
        "r.territory_id ORDER BY o.close_date, o.id");
    const QString won = statusOf(true, true), lost = statusOf(true, false), open = statusOf(false, false);
    qint64 n = 0, sum = 0;
    while (q.step()) {
        const QDate close = isoDate(q.bytes(9));
        const qint64 cents = q.int64(10);
        sum += cents;
        RowBuilder r(cols);
        for (int c = 0; c < 7; ++c)
            r.add(q.isNull(c) ? QString() : q.text(c));
        r.add(q.int64(8) ? won : (q.int64(7) ? lost : open)).add(close);
        r.add(close.isValid() ? QVariant(qint64(cal.fiscalYearOf(close))) : Null).add(cents);
        r.add(q.int64(11) * 10000);
        sink.row(r.cells());
        if ((++n & 8191) == 0)
            ctx.progress.report(n, total, tr("Deals"));
    }
    std::vector<ExportCell> totals(DCount);
    totals[DId] = ExportCell{tr("Total"), {}, C::Text};
    totals[DAmount] = sumCell(DAmount, 1, int(n), sum, C::Money);
    sink.row(totals);
    sink.end();
}

void writeQuotas(ExportContext &ctx, SheetSink &sink)
{
    const std::vector<ExportColumn> cols = {{tr("Level"), C::Text, 10}, {tr("Code or rep ID"), C::Text, 16},
                                            {tr("Name"), C::Text, 28},  {tr("Fiscal year"), C::Integer, 8},
                                            {tr("Month"), C::Text, 9},  {tr("Quota"), C::Money, 14}};
    sink.begin(exportParts()[3].info, cols);
    const FiscalCalendar cal(ctx.store.settings().fiscalYearStartMonth);
    FastStatement q(
        ctx.store,
        "SELECT CASE WHEN q.rep_id IS NOT NULL THEN 'rep' ELSE n.level END, COALESCE(r.external_id, "
        "n.code), COALESCE(r.name, n.name), q.fiscal_year, q.month, q.amount_cents FROM quotas q "
        "LEFT JOIN reps r ON r.id = q.rep_id LEFT JOIN org_nodes n ON n.id = q.org_node_id ORDER "
        "BY q.rep_id IS NULL, COALESCE(r.name, n.name), q.fiscal_year, q.month");
    QHash<QString, QString> levelTitles; // "rep" -> "Rep", once per level
    int n = 0;
    qint64 sum = 0;
    while (q.step()) {
        const QString level = q.text(0);
        auto title = levelTitles.constFind(level);
        if (title == levelTitles.constEnd())
            title = levelTitles.insert(level, level.left(1).toUpper() + level.mid(1));
        RowBuilder r(cols);
        r.add(*title).add(q.text(1)).add(q.text(2));
        r.add(q.int64(3));
        const QDate start = cal.month(int(q.int64(3)), int(q.int64(4))).start;
        r.add(start.isValid() ? QStringLiteral("%1-%2")
                                    .arg(start.year(), 4, 10, QLatin1Char('0'))
                                    .arg(start.month(), 2, 10, QLatin1Char('0'))
                              : QString());
        r.add(q.int64(5));
        if (level == QLatin1String("rep"))
            sum += q.int64(5);
        sink.row(r.cells());
        ++n;
    }
    std::vector<ExportCell> totals(QCount);
    totals[QLevel] = ExportCell{tr("Total of rep quotas"), {}, C::Text};
    totals[QAmount] = ExportCell{sum,
                                 QStringLiteral("=SUMIFS(%1:%2,%3:%4,\"Rep\")")
                                     .arg(cellRef(1, QAmount), cellRef(std::max(1, n), QAmount),
                                          cellRef(1, QLevel), cellRef(std::max(1, n), QLevel)),
                                 C::Money};
    sink.row(totals);
    sink.end();
}

void writeTerritories(ExportContext &ctx, SheetSink &sink)
{
    const std::vector<ExportColumn> cols = {
        {tr("Code"), C::Text, 10},           {tr("Territory"), C::Text, 28},
        {tr("District"), C::Text, 22},       {tr("Region"), C::Text, 16},
        {tr("Reps"), C::Text, 28},           {tr("Closed-won bookings"), C::Money, 16},
        {tr("Open pipeline"), C::Money, 16}, {tr("Quota"), C::Money, 16}};
    sink.begin(exportParts()[1].info, cols);
    // Bookings, pipeline and quota of every territory in one grouped pass each (not one scan per territory).
    QHash<qint64, std::array<qint64, 3>> figures;
    {
        FastStatement f(
            ctx.store,
            "SELECT r.territory_id, SUM(CASE WHEN o.is_won = 1 THEN o.amount_cents ELSE 0 END), "
            "SUM(CASE WHEN o.is_closed = 0 AND o.forecast_category <> 'Omitted' THEN o.amount_cents "
            "ELSE 0 END) FROM opportunities o JOIN reps r ON r.id = o.owner_rep_id WHERE "
            "r.territory_id IS NOT NULL GROUP BY r.territory_id");
        while (f.step()) {
            auto &v = figures[f.int64(0)];
            v[0] = f.int64(1);
            v[1] = f.int64(2);
        }
        FastStatement qf(ctx.store,
                         "SELECT org_node_id, SUM(amount_cents) FROM quotas WHERE org_node_id IS NOT "
                         "NULL GROUP BY org_node_id");
        while (qf.step())
            figures[qf.int64(0)][2] = qf.int64(1);
    }
    FastStatement q(
        ctx.store,
        "SELECT t.id, t.code, t.name, d.name, g.name, (SELECT group_concat(name, ', ') FROM (SELECT "
        "name FROM reps WHERE territory_id = t.id ORDER BY name)) FROM org_nodes t LEFT JOIN "
        "org_nodes d ON d.id = t.parent_id LEFT JOIN org_nodes g ON g.id = d.parent_id WHERE "
        "t.level = 'territory' ORDER BY t.sort_order, t.code");
    int n = 0;
    qint64 sums[3] = {0, 0, 0};
    while (q.step()) {
        RowBuilder r(cols);
        for (int c = 1; c <= 5; ++c)
            r.add(q.text(c));
        const std::array<qint64, 3> v = figures.value(q.int64(0), {0, 0, 0});
        for (int k = 0; k < 3; ++k) {
            sums[k] += v[size_t(k)];
            r.add(v[size_t(k)]);
        }
        sink.row(r.cells());
        ++n;
    }
    std::vector<ExportCell> totals(cols.size());
    totals[0] = ExportCell{tr("Total"), {}, C::Text};
    for (int k = 0; k < 3; ++k)
        totals[size_t(5 + k)] = sumCell(5 + k, 1, n, sums[k], C::Money);
    sink.row(totals);
    sink.end();
}

void writeAssignments(ExportContext &ctx, SheetSink &sink)
{
    const std::vector<ExportColumn> cols = {
        {tr("Level"), C::Text, 12},          {tr("Unit code"), C::Text, 12}, {tr("Unit"), C::Text, 28},
        {tr("Territory code"), C::Text, 12}, {tr("Territory"), C::Text, 28}, {tr("Locked"), C::Text, 8}};
    sink.begin(exportParts()[2].info, cols);
    QSqlQuery q = ctx.store.query(QStringLiteral(
        "SELECT l.name, u.code, u.name, t.code, t.name, a.locked FROM unit_assignments a JOIN geo_units u ON "
        "u.id = "
        "a.unit_id JOIN geo_levels l ON l.id = u.level_id LEFT JOIN org_nodes t ON t.id = a.territory_id "
        "ORDER BY l.name, u.code"));
    while (q.next()) {
        RowBuilder r(cols);
        for (int c = 0; c < 5; ++c)
            r.add(q.value(c).toString());
        r.add(q.value(5).toInt() ? tr("Yes") : tr("No"));
        sink.row(r.cells());
    }
    sink.end();
}

void writeAssumptions(ExportContext &ctx, SheetSink &sink)
{
    const std::vector<ExportColumn> cols = {{tr("Assumption"), C::Text, 28},
                                            {tr("Value"), C::Text, 30},
                                            {tr("Probability"), C::Percent, 11},
                                            {tr("Forecast category"), C::Text, 16}};
    sink.begin(exportParts()[6].info, cols);
    const PlanSettings s = ctx.store.settings();
    auto pair = [&](const QString &k, const QString &v) {
        RowBuilder r(cols);
        r.add(k).add(v).add(Null).add(QString());
        sink.row(r.cells());
    };
    pair(tr("Plan"), s.name);
    pair(tr("Currency"), s.currency);
    pair(tr("Fiscal year starts in month"), QString::number(s.fiscalYearStartMonth));
    pair(tr("Plan format"), QString::number(ctx.store.schemaVersion()));
    const auto stages = QJsonDocument::fromJson(ctx.store.setting(QStringLiteral("stages")).toUtf8()).array();
    for (const auto &v : stages) {
        const QJsonObject o = v.toObject();
        RowBuilder r(cols);
        r.add(tr("Stage")).add(o.value(QStringLiteral("name")).toString());
        r.add(qint64(o.value(QStringLiteral("probability")).toInt()) * 10000);
        r.add(o.value(QStringLiteral("forecast_category")).toString());
        sink.row(r.cells());
    }
    sink.end();
}

// Payouts: per rep and payout period, the figures of the latest payout run that covered them (the
// compensation tables comp_payout_runs / comp_payout_results), with totals of earned and payable. Paid is
// what was paid in earlier periods of the year, so it has no total. A plan without runs gets a note.
void writePayoutsPart(ExportContext &ctx, SheetSink &sink)
{
    const std::vector<ExportColumn> cols = {{tr("Rep ID"), C::Text, 14},       {tr("Rep"), C::Text, 28},
                                            {tr("Period"), C::Text, 10},       {tr("Earned"), C::Money, 14},
                                            {tr("Paid before"), C::Money, 14}, {tr("Payable"), C::Money, 14},
                                            {tr("Attainment"), C::Percent, 11}};
    sink.begin(exportParts()[4].info, cols);
    QSqlQuery q = ctx.store.query(QStringLiteral(
        "SELECT r.external_id, r.name, res.period, res.earned_cents, res.paid_before_cents, "
        "res.payable_cents, res.attainment_micros FROM comp_payout_results res JOIN reps r ON r.id = "
        "res.rep_id WHERE res.run_id = (SELECT MAX(o.run_id) FROM comp_payout_results o WHERE o.rep_id = "
        "res.rep_id AND o.period = res.period) ORDER BY res.period, r.name, r.id"));
    int n = 0;
    qint64 earned = 0, payable = 0;
    while (q.next()) {
        RowBuilder r(cols);
        r.add(q.value(0).toString()).add(q.value(1).toString()).add(q.value(2).toString());
        r.add(q.value(3).toLongLong()).add(q.value(4).toLongLong()).add(q.value(5).toLongLong());
        r.add(q.value(6).toLongLong());
        earned += q.value(3).toLongLong();
        payable += q.value(5).toLongLong();
        sink.row(r.cells());
        ++n;
    }
    if (n == 0) {
        sink.note(tr("This plan has no payout runs yet: run compensation payouts to export them."));
        sink.end();
        return;
    }
    std::vector<ExportCell> totals(cols.size());
    totals[0] = ExportCell{tr("Total"), {}, C::Text};
    totals[3] = sumCell(3, 1, n, earned, C::Money);
    totals[5] = sumCell(5, 1, n, payable, C::Money);
    sink.row(totals);
    sink.end();
}

void writeSummary(ExportContext &ctx, SheetSink &sink)
{
    const std::vector<ExportColumn> cols = {
        {tr("Fiscal year"), C::Integer, 10}, {tr("Closed-won bookings"), C::Money, 18},
        {tr("Quota"), C::Money, 16},         {tr("Attainment"), C::Percent, 11},
        {tr("Pipeline"), C::Money, 16},      {tr("Best Case"), C::Money, 16},
        {tr("Commit"), C::Money, 16}};
    sink.begin(exportParts()[0].info, cols);
    const FiscalCalendar cal(ctx.store.settings().fiscalYearStartMonth);
    struct Year
    {
        qint64 won = 0, quota = 0, pipeline = 0, bestCase = 0, commit = 0;
    };
    std::map<int, Year> years;
    // Summed per close month in the database: a few hundred groups instead of every deal.
    QSqlQuery q = ctx.store.query(QStringLiteral(
        "SELECT substr(close_date, 1, 7), is_closed, is_won, forecast_category, SUM(amount_cents) FROM "
        "opportunities GROUP BY 1, 2, 3, 4"));
    while (q.next()) {
        Year &y = years[cal.fiscalYearOf(isoDate(q.value(0).toString().toUtf8(), true))];
        const qint64 cents = q.value(4).toLongLong();
        const QString cat = q.value(3).toString();
        if (q.value(2).toInt())
            y.won += cents;
        else if (!q.value(1).toInt() && cat == QLatin1String("Commit"))
            y.commit += cents;
        else if (!q.value(1).toInt() && cat == QLatin1String("Best Case"))
            y.bestCase += cents;
        else if (!q.value(1).toInt() && cat == QLatin1String("Pipeline"))
            y.pipeline += cents;
    }
    q = ctx.store.query(
        QStringLiteral("SELECT fiscal_year, sum(amount_cents) FROM quotas WHERE rep_id IS NOT NULL "
                       "GROUP BY fiscal_year"));
    while (q.next())
        years[q.value(0).toInt()].quota = q.value(1).toLongLong();

    const bool deals = ctx.parts.contains(QStringLiteral("deals"));
    const bool quotas = ctx.parts.contains(QStringLiteral("quotas"));
    const QString D = quotedSheet(exportParts()[5].info.title), Q = quotedSheet(exportParts()[3].info.title);
    auto dcol = [&](int c) {
        return QStringLiteral("%1!$%2:$%2").arg(D, columnLetters(c));
    };
    int row = 1;
    for (const auto &[fy, y] : years) {
        const QString fyRef = cellRef(row, 0);
        auto openSum = [&](const char *cat, qint64 v) {
            return deals ? ExportCell{v,
                                      QStringLiteral("=SUMIFS(%1,%2,\"Open\",%3,\"%4\",%5,%6)")
                                          .arg(dcol(DAmount), dcol(DStatus), dcol(DCategory),
                                               QLatin1String(cat), dcol(DFiscalYear), fyRef),
                                      C::Money}
                         : ExportCell{v, {}, C::Money};
        };
        std::vector<ExportCell> cells;
        cells.push_back(ExportCell{qint64(fy), {}, C::Integer});
        cells.push_back(deals ? ExportCell{y.won,
                                           QStringLiteral("=SUMIFS(%1,%2,\"Won\",%3,%4)")
                                               .arg(dcol(DAmount), dcol(DStatus), dcol(DFiscalYear), fyRef),
                                           C::Money}
                              : ExportCell{y.won, {}, C::Money});
        cells.push_back(
            quotas ? ExportCell{y.quota,
                                QStringLiteral("=SUMIFS(%1!$%2:$%2,%1!$%3:$%3,\"Rep\",%1!$%4:$%4,%5)")
                                    .arg(Q, columnLetters(QAmount), columnLetters(QLevel),
                                         columnLetters(QFiscalYear), fyRef),
                                C::Money}
                   : ExportCell{y.quota, {}, C::Money});
        if (y.quota > 0)
            cells.push_back(ExportCell{
                Rate::ratio(y.won, y.quota).micros(),
                QStringLiteral("=IF(%1=0,\"\",%2/%1)").arg(cellRef(row, 2), cellRef(row, 1)), C::Percent});
        else
            cells.push_back(ExportCell{Null, {}, C::Percent});
        cells.push_back(openSum("Pipeline", y.pipeline));
        cells.push_back(openSum("Best Case", y.bestCase));
        cells.push_back(openSum("Commit", y.commit));
        sink.row(cells);
        ++row;
    }
    // Totals over the years.
    std::vector<ExportCell> totals;
    totals.push_back(ExportCell{tr("Total"), {}, C::Text});
    qint64 t[6] = {0, 0, 0, 0, 0, 0};
    for (const auto &[fy, y] : years) {
        t[0] += y.won, t[1] += y.quota, t[3] += y.pipeline, t[4] += y.bestCase, t[5] += y.commit;
    }
    for (int c = 1; c <= 6; ++c) {
        if (c == 3)
            totals.push_back(
                t[1] > 0
                    ? ExportCell{Rate::ratio(t[0], t[1]).micros(),
                                 QStringLiteral("=IF(%1=0,\"\",%2/%1)").arg(cellRef(row, 2), cellRef(row, 1)),
                                 C::Percent}
                    : ExportCell{Null, {}, C::Percent});
        else
            totals.push_back(sumCell(c, 1, row - 1, t[c - 1], C::Money));
    }
    sink.row(totals);
    sink.note(tr("Payouts: no payout tables in this plan yet."));
    sink.end();
}

} // namespace

QString columnLetters(int column)
{
    QString s;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        s.prepend(QChar(QLatin1Char('A').unicode() + (c - 1) % 26));
    return s;
}

QString cellRef(int row, int column)
{
    return columnLetters(column) + QString::number(row + 1);
}

QString quotedSheet(const QString &title)
{
    return QLatin1Char('\'') + QString(title).replace(QLatin1Char('\''), QStringLiteral("''")) +
           QLatin1Char('\'');
}

const std::vector<ExportPart> &exportParts()
{
    static const std::vector<ExportPart> parts = {
        {{QStringLiteral("summary"), tr("Summary")}, writeSummary},
        {{QStringLiteral("territories"), tr("Territories")}, writeTerritories},
        {{QStringLiteral("assignments"), tr("Unit assignments")}, writeAssignments},
        {{QStringLiteral("quotas"), tr("Quotas")}, writeQuotas},
        {{QStringLiteral("payouts"), tr("Payouts")}, writePayoutsPart},
        {{QStringLiteral("deals"), tr("Deals")}, writeDeals},
        {{QStringLiteral("assumptions"), tr("Plan assumptions")}, writeAssumptions}};
    return parts;
}

std::vector<ExportPartInfo> exportPartInfos()
{
    std::vector<ExportPartInfo> out;
    for (const auto &p : exportParts())
        out.push_back(p.info);
    return out;
}

QStringList resolveExportParts(const QStringList &requested)
{
    QStringList all;
    for (const auto &p : exportParts())
        all << p.info.id;
    if (requested.isEmpty())
        return all;
    QStringList out;
    for (const QString &r : requested) {
        const QString id = r.trimmed().toLower();
        if (!all.contains(id))
            throw TesseraError(TesseraError::Kind::User,
                               tr("Unknown part '%1'; parts: %2").arg(r, all.join(QStringLiteral(", "))), {},
                               -1, QStringLiteral("--parts"));
        if (!out.contains(id))
            out << id;
    }
    // Workbook order, whatever order they were asked in.
    QStringList ordered;
    for (const QString &id : all)
        if (out.contains(id))
            ordered << id;
    return ordered;
}

} // namespace tessera::io
