// The parts of an export, each one sheet. Totals are formulas that also carry their computed value.
#include "common/error.h"
#include "common/money.h"
#include "exportsheet.h"
#include "io/iotext.h"
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

using C = CellFormat;

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
    DAccountId,
    DOwnerId,
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

// "2027-03-04" as 20270304 without QDate::fromString (falling back to it for other ISO forms); 0 if not a
// day.
int isoDay(QByteArrayView t)
{
    if (t.size() == 10 && t[4] == '-' && t[7] == '-') {
        int v = 0;
        for (int i = 0; i < 10; ++i) {
            if (i == 4 || i == 7)
                continue;
            if (t[i] < '0' || t[i] > '9')
                return 0;
            v = v * 10 + (t[i] - '0');
        }
        return v;
    }
    const QDate d = QDate::fromString(QString::fromUtf8(t), Qt::ISODate);
    return d.isValid() ? d.year() * 10000 + d.month() * 100 + d.day() : 0;
}

// The fiscal year of a yyyymmdd day, without building a QDate per row.
int fiscalYearOfDay(const FiscalCalendar &cal, int yyyymmdd)
{
    const int y = yyyymmdd / 10000, m = yyyymmdd / 100 % 100;
    return cal.startMonth() == 1 || m < cal.startMonth() ? y : y + 1;
}

// A SUM over rows [first, last] of a column, as a formula carrying its value.
void setSum(ExportRow &row, int column, int first, int last, qint64 value, C format)
{
    row.setNumber(column, format, value);
    row.setFormula(
        column, format,
        last >= first
            ? QStringLiteral("=SUBTOTAL(9,%1:%2)").arg(cellRef(first, column), cellRef(last, column))
            : QStringLiteral("=0"));
}

void writeDeals(ExportContext &ctx, SheetSink &sink)
{
    const std::vector<ExportColumn> cols = {
        {IoText::tr("Opportunity ID"), C::Text, 16},
        {IoText::tr("Opportunity"), C::Text, 36},
        {IoText::tr("Account"), C::Text, 28},
        {IoText::tr("Owner"), C::Text, 20},
        {IoText::tr("Territory"), C::Text, 12},
        {IoText::tr("Stage"), C::Text, 14},
        {IoText::tr("Forecast category"), C::Text, 12},
        {IoText::tr("Status"), C::Text, 8},
        {IoText::tr("Close date"), C::Date, 11},
        {IoText::tr("Fiscal year"), C::Integer, 8},
        {IoText::tr("Amount"), C::Money, 14},
        {IoText::tr("Probability (%)"), C::Integer, 9},
        // The ids last, so that the sheet imports back without a name that two accounts or reps share.
        {IoText::tr("Account ID"), C::Text, 14},
        {IoText::tr("Owner ID"), C::Text, 12}};
    sink.begin(exportParts()[5].info, cols);
    const FiscalCalendar cal(ctx.store.settings().fiscalYearStartMonth);
    const qint64 total = ctx.store.scalar(QStringLiteral("SELECT count(*) FROM opportunities")).toLongLong();
    FastStatement q(
        ctx.store,
        "SELECT o.external_id, o.name, a.name, r.name, t.code, o.stage, o.forecast_category, o.is_closed, "
        "o.is_won, o.close_date, o.amount_cents, o.probability, a.external_id, r.external_id FROM "
        "opportunities o LEFT JOIN accounts a ON "
        "a.id = o.account_id LEFT JOIN reps r ON r.id = o.owner_rep_id LEFT JOIN org_nodes t ON t.id = "
        "r.territory_id ORDER BY o.close_date, o.id");
    // Status words are data (the Summary's SUMIFS match them), so they are not translated.
    const QByteArrayView won("Won"), lost("Lost"), open("Open");
    qint64 n = 0, sum = 0;
    ExportRow r(DCount);
    while (q.step()) {
        r.clear(DCount);
        for (int c = 0; c < 7; ++c)
            if (!q.isNull(c))
                r.setText(c, q.bytes(c));
        r.setText(DStatus, q.int64(8) ? won : (q.int64(7) ? lost : open));
        if (const int close = isoDay(q.bytes(9))) {
            r.setDate(DClose, close);
            r.setNumber(DFiscalYear, C::Integer, fiscalYearOfDay(cal, close));
        }
        const qint64 cents = q.int64(10);
        sum += cents;
        r.setNumber(DAmount, C::Money, cents);
        // A whole percent, as CRM reports give it (75, not 0.75 formatted as a percentage): the sheet reads
        // the same in a CSV and imports back as it is.
        r.setNumber(DProbability, C::Integer, q.int64(11));
        if (!q.isNull(12))
            r.setText(DAccountId, q.bytes(12));
        if (!q.isNull(13))
            r.setText(DOwnerId, q.bytes(13));
        sink.row(r);
        if ((++n & 8191) == 0)
            ctx.progress.report(n, total, IoText::tr("Deals"));
    }
    r.clear(DCount);
    r.setText(DId, IoText::tr("Total"));
    setSum(r, DAmount, 1, int(n), sum, C::Money);
    sink.row(r);
    sink.end();
}

void writeQuotas(ExportContext &ctx, SheetSink &sink)
{
    const std::vector<ExportColumn> cols = {
        {IoText::tr("Level"), C::Text, 10}, {IoText::tr("Code or rep ID"), C::Text, 16},
        {IoText::tr("Name"), C::Text, 28},  {IoText::tr("Fiscal year"), C::Integer, 8},
        {IoText::tr("Month"), C::Text, 9},  {IoText::tr("Quota"), C::Money, 14}};
    sink.begin(exportParts()[3].info, cols);
    const FiscalCalendar cal(ctx.store.settings().fiscalYearStartMonth);
    FastStatement q(
        ctx.store,
        "SELECT CASE WHEN q.rep_id IS NOT NULL THEN 'rep' ELSE n.level END, COALESCE(r.external_id, "
        "n.code), COALESCE(r.name, n.name), q.fiscal_year, q.month, q.amount_cents FROM quotas q "
        "LEFT JOIN reps r ON r.id = q.rep_id LEFT JOIN org_nodes n ON n.id = q.org_node_id ORDER "
        "BY q.rep_id IS NULL, COALESCE(r.name, n.name), q.fiscal_year, q.month");
    QHash<QByteArray, QByteArray> levelTitles; // "rep" -> "Rep", once per level
    QHash<qint64, QByteArray> months;          // fiscal year and month number -> "2027-03", once each
    int n = 0;
    qint64 sum = 0;
    ExportRow r(QCount);
    while (q.step()) {
        r.clear(QCount);
        const QByteArrayView level = q.bytes(0);
        auto title = levelTitles.constFind(level.toByteArray());
        if (title == levelTitles.constEnd()) {
            const QString l = QString::fromUtf8(level);
            title = levelTitles.insert(level.toByteArray(), (l.left(1).toUpper() + l.mid(1)).toUtf8());
        }
        r.setText(QLevel, *title);
        r.setText(QCode, q.bytes(1));
        r.setText(QName, q.bytes(2));
        const qint64 fy = q.int64(3), month = q.int64(4);
        r.setNumber(QFiscalYear, C::Integer, fy);
        auto label = months.constFind(fy * 100 + month);
        if (label == months.constEnd()) {
            const QDate start = cal.month(int(fy), int(month)).start;
            label = months.insert(fy * 100 + month, start.isValid()
                                                        ? QStringLiteral("%1-%2")
                                                              .arg(start.year(), 4, 10, QLatin1Char('0'))
                                                              .arg(start.month(), 2, 10, QLatin1Char('0'))
                                                              .toUtf8()
                                                        : QByteArray());
        }
        r.setText(QMonth, *label);
        r.setNumber(QAmount, C::Money, q.int64(5));
        if (level == QByteArrayView("rep"))
            sum += q.int64(5);
        sink.row(r);
        ++n;
    }
    r.clear(QCount);
    r.setText(QLevel, IoText::tr("Total of rep quotas"));
    r.setNumber(QAmount, C::Money, sum);
    r.setFormula(QAmount, C::Money,
                 QStringLiteral("=SUMIFS(%1:%2,%3:%4,\"Rep\")")
                     .arg(cellRef(1, QAmount), cellRef(std::max(1, n), QAmount), cellRef(1, QLevel),
                          cellRef(std::max(1, n), QLevel)));
    sink.row(r);
    sink.end();
}

void writeTerritories(ExportContext &ctx, SheetSink &sink)
{
    const std::vector<ExportColumn> cols = {
        {IoText::tr("Code"), C::Text, 10},           {IoText::tr("Territory"), C::Text, 28},
        {IoText::tr("District"), C::Text, 22},       {IoText::tr("Region"), C::Text, 16},
        {IoText::tr("Reps"), C::Text, 28},           {IoText::tr("Closed-won bookings"), C::Money, 16},
        {IoText::tr("Open pipeline"), C::Money, 16}, {IoText::tr("Quota"), C::Money, 16}};
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
    const qsizetype width = qsizetype(cols.size());
    ExportRow r(width);
    while (q.step()) {
        r.clear(width);
        for (int c = 1; c <= 5; ++c)
            r.setText(c - 1, q.bytes(c));
        const std::array<qint64, 3> v = figures.value(q.int64(0), {0, 0, 0});
        for (int k = 0; k < 3; ++k) {
            sums[k] += v[size_t(k)];
            r.setNumber(5 + k, C::Money, v[size_t(k)]);
        }
        sink.row(r);
        ++n;
    }
    r.clear(width);
    r.setText(0, IoText::tr("Total"));
    for (int k = 0; k < 3; ++k)
        setSum(r, 5 + k, 1, n, sums[k], C::Money);
    sink.row(r);
    sink.end();
}

void writeAssignments(ExportContext &ctx, SheetSink &sink)
{
    const std::vector<ExportColumn> cols = {
        {IoText::tr("Level"), C::Text, 12},     {IoText::tr("Unit code"), C::Text, 12},
        {IoText::tr("Unit"), C::Text, 28},      {IoText::tr("Territory code"), C::Text, 12},
        {IoText::tr("Territory"), C::Text, 28}, {IoText::tr("Locked"), C::Text, 8}};
    sink.begin(exportParts()[2].info, cols);
    FastStatement q(ctx.store,
                    "SELECT l.name, u.code, u.name, t.code, t.name, a.locked FROM unit_assignments a JOIN "
                    "geo_units u ON u.id = a.unit_id JOIN geo_levels l ON l.id = u.level_id LEFT JOIN "
                    "org_nodes t ON t.id = a.territory_id ORDER BY l.name, u.code");
    const QByteArray yes = IoText::tr("Yes").toUtf8(), no = IoText::tr("No").toUtf8();
    const qsizetype width = qsizetype(cols.size());
    ExportRow r(width);
    while (q.step()) {
        r.clear(width);
        for (int c = 0; c < 5; ++c)
            r.setText(c, q.bytes(c));
        r.setText(5, q.int64(5) ? yes : no);
        sink.row(r);
    }
    sink.end();
}

void writeAssumptions(ExportContext &ctx, SheetSink &sink)
{
    const std::vector<ExportColumn> cols = {{IoText::tr("Assumption"), C::Text, 28},
                                            {IoText::tr("Value"), C::Text, 30},
                                            {IoText::tr("Probability"), C::Percent, 11},
                                            {IoText::tr("Forecast category"), C::Text, 16}};
    sink.begin(exportParts()[6].info, cols);
    const PlanSettings s = ctx.store.settings();
    const qsizetype width = qsizetype(cols.size());
    ExportRow r(width);
    auto pair = [&](const QString &k, const QString &v) {
        r.clear(width);
        r.setText(0, k);
        r.setText(1, v);
        r.setText(3, QString());
        sink.row(r);
    };
    pair(IoText::tr("Plan"), s.name);
    pair(IoText::tr("Currency"), s.currency);
    pair(IoText::tr("Fiscal year starts in month"), QString::number(s.fiscalYearStartMonth));
    pair(IoText::tr("Plan format"), QString::number(ctx.store.schemaVersion()));
    const auto stages = QJsonDocument::fromJson(ctx.store.setting(QStringLiteral("stages")).toUtf8()).array();
    for (const auto &v : stages) {
        const QJsonObject o = v.toObject();
        r.clear(width);
        r.setText(0, IoText::tr("Stage"));
        r.setText(1, o.value(QStringLiteral("name")).toString());
        r.setNumber(2, C::Percent, qint64(o.value(QStringLiteral("probability")).toInt()) * 10000);
        r.setText(3, o.value(QStringLiteral("forecast_category")).toString());
        sink.row(r);
    }
    sink.end();
}

// Payouts: per rep and payout period, the figures of the latest payout run that covered them (the
// compensation tables comp_payout_runs / comp_payout_results), with totals of earned and payable. Paid is
// what was paid in earlier periods of the year, so it has no total. A plan without runs gets a note.
void writePayoutsPart(ExportContext &ctx, SheetSink &sink)
{
    const std::vector<ExportColumn> cols = {
        {IoText::tr("Rep ID"), C::Text, 14},       {IoText::tr("Rep"), C::Text, 28},
        {IoText::tr("Period"), C::Text, 10},       {IoText::tr("Earned"), C::Money, 14},
        {IoText::tr("Paid before"), C::Money, 14}, {IoText::tr("Payable"), C::Money, 14},
        {IoText::tr("Attainment"), C::Percent, 11}};
    sink.begin(exportParts()[4].info, cols);
    FastStatement q(
        ctx.store,
        "SELECT r.external_id, r.name, res.period, res.earned_cents, res.paid_before_cents, "
        "res.payable_cents, res.attainment_micros FROM comp_payout_results res JOIN reps r ON "
        "r.id = res.rep_id WHERE res.run_id = (SELECT MAX(o.run_id) FROM comp_payout_results o "
        "WHERE o.rep_id = res.rep_id AND o.period = res.period) ORDER BY res.period, r.name, r.id");
    int n = 0;
    qint64 earned = 0, payable = 0;
    const qsizetype width = qsizetype(cols.size());
    ExportRow r(width);
    while (q.step()) {
        r.clear(width);
        for (int c = 0; c < 3; ++c)
            r.setText(c, q.bytes(c));
        for (int c = 3; c < 6; ++c)
            r.setNumber(c, C::Money, q.int64(c));
        r.setNumber(6, C::Percent, q.int64(6));
        earned += q.int64(3);
        payable += q.int64(5);
        sink.row(r);
        ++n;
    }
    if (n == 0) {
        sink.note(IoText::tr("This plan has no payout runs yet: run compensation payouts to export them."));
        sink.end();
        return;
    }
    r.clear(width);
    r.setText(0, IoText::tr("Total"));
    setSum(r, 3, 1, n, earned, C::Money);
    setSum(r, 5, 1, n, payable, C::Money);
    sink.row(r);
    sink.end();
}

void writeSummary(ExportContext &ctx, SheetSink &sink)
{
    const std::vector<ExportColumn> cols = {
        {IoText::tr("Fiscal year"), C::Integer, 10}, {IoText::tr("Closed-won bookings"), C::Money, 18},
        {IoText::tr("Quota"), C::Money, 16},         {IoText::tr("Attainment"), C::Percent, 11},
        {IoText::tr("Pipeline"), C::Money, 16},      {IoText::tr("Best Case"), C::Money, 16},
        {IoText::tr("Commit"), C::Money, 16}};
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
        Year &y = years[fiscalYearOfDay(cal, isoDay(QByteArray(q.value(0).toString().toUtf8() + "-01")))];
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
    const qsizetype width = qsizetype(cols.size());
    ExportRow cells(width);
    for (const auto &[fy, y] : years) {
        const QString fyRef = cellRef(row, 0);
        cells.clear(width);
        auto openSum = [&](int column, const char *cat, qint64 v) {
            cells.setNumber(column, C::Money, v);
            if (deals)
                cells.setFormula(column, C::Money,
                                 QStringLiteral("=SUMIFS(%1,%2,\"Open\",%3,\"%4\",%5,%6)")
                                     .arg(dcol(DAmount), dcol(DStatus), dcol(DCategory), QLatin1String(cat),
                                          dcol(DFiscalYear), fyRef));
        };
        cells.setNumber(0, C::Integer, fy);
        cells.setNumber(1, C::Money, y.won);
        if (deals)
            cells.setFormula(1, C::Money,
                             QStringLiteral("=SUMIFS(%1,%2,\"Won\",%3,%4)")
                                 .arg(dcol(DAmount), dcol(DStatus), dcol(DFiscalYear), fyRef));
        cells.setNumber(2, C::Money, y.quota);
        if (quotas)
            cells.setFormula(2, C::Money,
                             QStringLiteral("=SUMIFS(%1!$%2:$%2,%1!$%3:$%3,\"Rep\",%1!$%4:$%4,%5)")
                                 .arg(Q, columnLetters(QAmount), columnLetters(QLevel),
                                      columnLetters(QFiscalYear), fyRef));
        if (y.quota > 0) {
            cells.setNumber(3, C::Percent, Rate::ratio(y.won, y.quota).micros());
            cells.setFormula(3, C::Percent,
                             QStringLiteral("=IF(%1=0,\"\",%2/%1)").arg(cellRef(row, 2), cellRef(row, 1)));
        }
        openSum(4, "Pipeline", y.pipeline);
        openSum(5, "Best Case", y.bestCase);
        openSum(6, "Commit", y.commit);
        sink.row(cells);
        ++row;
    }
    // Totals over the years.
    cells.clear(width);
    cells.setText(0, IoText::tr("Total"));
    qint64 t[6] = {0, 0, 0, 0, 0, 0};
    for (const auto &[fy, y] : years) {
        t[0] += y.won, t[1] += y.quota, t[3] += y.pipeline, t[4] += y.bestCase, t[5] += y.commit;
    }
    for (int c = 1; c <= 6; ++c) {
        if (c != 3) {
            setSum(cells, c, 1, row - 1, t[c - 1], C::Money);
        } else if (t[1] > 0) {
            cells.setNumber(3, C::Percent, Rate::ratio(t[0], t[1]).micros());
            cells.setFormula(3, C::Percent,
                             QStringLiteral("=IF(%1=0,\"\",%2/%1)").arg(cellRef(row, 2), cellRef(row, 1)));
        }
    }
    sink.row(cells);
    sink.note(IoText::tr("Payouts: no payout tables in this plan yet."));
    sink.end();
}

} // namespace

const std::vector<ExportPart> &exportParts()
{
    static const std::vector<ExportPart> parts = {
        {{QStringLiteral("summary"), IoText::tr("Summary")}, writeSummary, true},
        {{QStringLiteral("territories"), IoText::tr("Territories")}, writeTerritories, true},
        {{QStringLiteral("assignments"), IoText::tr("Unit assignments")}, writeAssignments},
        {{QStringLiteral("quotas"), IoText::tr("Quotas")}, writeQuotas},
        {{QStringLiteral("payouts"), IoText::tr("Payouts")}, writePayoutsPart},
        {{QStringLiteral("deals"), IoText::tr("Deals")}, writeDeals},
        {{QStringLiteral("assumptions"), IoText::tr("Plan assumptions")}, writeAssumptions}};
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
            throw TesseraError(
                TesseraError::Kind::User,
                IoText::tr("Unknown part '%1'; parts: %2").arg(r, all.join(QStringLiteral(", "))), {}, -1,
                QStringLiteral("--parts"));
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
