#include "dashboardreport.h"

#include "dashboardcharts.h"
#include "pdfdocument.h"

#include <QCoreApplication>

namespace tessera {

using namespace forecast;

void writeDashboardReport(const QString &path, const Dashboard &d, const QString &currency,
                          const QLocale &locale)
{
    const Figures &f = d.figures;
    auto money = [&](Money m) {
        return m.format(locale, currency);
    };
    auto pct = [&](const std::optional<Rate> &r) {
        return r ? r->toPercentString(locale) : QStringLiteral("—");
    };
    auto times = [&](const std::optional<Rate> &r) {
        return r ? locale.toString(r->toDouble(), 'f', 2) + QStringLiteral("×") : QStringLiteral("—");
    };
    const QString title =
        QCoreApplication::translate("DashboardReport", "Dashboard: %1, %2").arg(f.name, f.period.label);
    PdfDocument doc(path, title);
    const double chartHeight = 300;

    doc.heading(title);
    doc.paragraph(
        QCoreApplication::translate("DashboardReport",
                                    "%1 (%2). Period %3 to %4, figures as of %5 (%6 of %7 days elapsed).")
            .arg(f.name, f.code, locale.toString(f.period.start, QLocale::ShortFormat),
                 locale.toString(f.period.end, QLocale::ShortFormat),
                 locale.toString(f.asOf, QLocale::ShortFormat))
            .arg(f.elapsedDays)
            .arg(f.periodDays));
    QList<QStringList> summary = {
        {QCoreApplication::translate("DashboardReport", "Closed (bookings)"), money(f.closed)},
        {QCoreApplication::translate("DashboardReport", "Commit (closed + open commit)"), money(f.commit)},
        {QCoreApplication::translate("DashboardReport", "Best case (commit + open best case)"),
         money(f.bestCase)},
        {QCoreApplication::translate("DashboardReport", "Pipeline total (best case + open pipeline)"),
         money(f.pipelineTotal)},
        {QCoreApplication::translate("DashboardReport", "Open pipeline"), money(f.openPipeline)},
        {QCoreApplication::translate("DashboardReport", "Weighted pipeline"), money(f.weightedPipeline)},
        {QCoreApplication::translate("DashboardReport", "Quota"),
         f.hasQuota ? money(f.quota) : QCoreApplication::translate("DashboardReport", "none")},
        {QCoreApplication::translate("DashboardReport", "Attainment"), pct(f.attainment)},
        {QCoreApplication::translate("DashboardReport", "Remaining quota"), money(f.remainingQuota)},
        {QCoreApplication::translate("DashboardReport", "Coverage (raw)"),
         times(f.coverage) + QStringLiteral("  ") + bandName(f.coverageBand)},
        {QCoreApplication::translate("DashboardReport", "Coverage (stage-weighted)"),
         times(f.weightedCoverage) + QStringLiteral("  ") + bandName(f.weightedCoverageBand)},
        {QCoreApplication::translate("DashboardReport", "Run-rate projection"),
         money(f.projection) + QStringLiteral("  (") + pct(f.projectedAttainment) + QStringLiteral(")")},
        {QCoreApplication::translate("DashboardReport", "Manager commit"),
         f.commitOverride ? money(f.commitOverride->commit)
                          : QCoreApplication::translate("DashboardReport", "none")}};
    doc.table({QCoreApplication::translate("DashboardReport", "Figure"),
               QCoreApplication::translate("DashboardReport", "Value")},
              summary, {false, true}, {2, 1});
    if (f.quotaFromReps)
        doc.paragraph(QCoreApplication::translate(
            "DashboardReport",
            "This node has no quota of its own for the period: its quota is the sum of its reps' "
            "quotas."));
    if (!f.hasQuota)
        doc.paragraph(QCoreApplication::translate(
            "DashboardReport",
            "No quota has been set for this node and period: attainment and coverage are not "
            "shown."));
    if (f.commitOverride)
        doc.paragraph(QCoreApplication::translate("DashboardReport", "Manager commit by %1 on %2: “%3”")
                          .arg(f.commitOverride->who,
                               locale.toString(f.commitOverride->at.toLocalTime(), QLocale::ShortFormat),
                               f.commitOverride->comment));
    doc.paragraph(QCoreApplication::translate(
        "DashboardReport",
        "Forecast categories are cumulative as in Salesforce: Closed is part of Commit, Commit of "
        "Best Case, Best Case of Pipeline. Omitted deals are not counted. Coverage is open "
        "pipeline divided by remaining quota; healthy at 3× raw or 1× weighted, at risk below 2× "
        "raw or 0.7× weighted."));

    doc.newPage();
    doc.heading(QCoreApplication::translate("DashboardReport", "Attainment against quota"), 2);
    doc.drawBox(chartHeight, [&](QPainter &p, const QSizeF &s) {
        p.save();
        dashboard::drawAttainment(p, QRectF(QPointF(0, 0), s), d, locale);
        p.restore();
    });
    QList<QStringList> childRows;
    for (const Figures &c : d.children)
        childRows.append({c.code, c.name, money(c.closed),
                          c.hasQuota ? money(c.quota) + (c.quotaFromReps ? QStringLiteral(" *") : QString())
                                     : QStringLiteral("—"),
                          pct(c.attainment), money(c.openPipeline)});
    if (!childRows.isEmpty()) {
        doc.table({QCoreApplication::translate("DashboardReport", "Code"),
                   QCoreApplication::translate("DashboardReport", "Name"),
                   QCoreApplication::translate("DashboardReport", "Closed"),
                   QCoreApplication::translate("DashboardReport", "Quota"),
                   QCoreApplication::translate("DashboardReport", "Attainment"),
                   QCoreApplication::translate("DashboardReport", "Open pipeline")},
                  childRows.mid(0, 30), {false, false, true, true, true, true}, {0.9, 2, 2.5, 2.5, 1.4, 2.5});
        // (A cast inside translate()'s arguments makes lupdate 6.4 loop: count first.)
        const int notShown = int(childRows.size()) - 30;
        if (notShown > 0)
            doc.paragraph(
                QCoreApplication::translate("DashboardReport", "%n more not shown.", nullptr, notShown));
        bool anyFromReps = false;
        for (const Figures &c : d.children)
            anyFromReps = anyFromReps || c.quotaFromReps;
        if (anyFromReps)
            doc.paragraph(QCoreApplication::translate("DashboardReport",
                                                      "* no quota of its own: the sum of its reps' quotas."));
    }

    doc.newPage();
    doc.heading(QCoreApplication::translate("DashboardReport", "Pacing"), 2);
    doc.drawBox(chartHeight, [&](QPainter &p, const QSizeF &s) {
        p.save();
        dashboard::drawPacing(p, QRectF(QPointF(0, 0), s), d, locale);
        p.restore();
    });
    QList<QStringList> paceRows;
    for (const PacingPoint &pt : d.pacing)
        paceRows.append({pt.label, money(pt.bookings), money(pt.cumulativeBookings), money(pt.quota),
                         money(pt.cumulativeQuota)});
    doc.table({QCoreApplication::translate("DashboardReport", "Month"),
               QCoreApplication::translate("DashboardReport", "Bookings"),
               QCoreApplication::translate("DashboardReport", "Cumulative"),
               QCoreApplication::translate("DashboardReport", "Quota"),
               QCoreApplication::translate("DashboardReport", "Cumulative quota")},
              paceRows, {false, true, true, true, true});
    doc.paragraph(
        QCoreApplication::translate(
            "DashboardReport", "Run rate: %1 booked in %2 of %3 days projects %4 by the end of the period.")
            .arg(money(f.closed))
            .arg(f.elapsedDays)
            .arg(f.periodDays)
            .arg(money(f.projection)));

    doc.newPage();
    doc.heading(QCoreApplication::translate("DashboardReport", "Pipeline coverage"), 2);
    doc.drawBox(160, [&](QPainter &p, const QSizeF &s) {
        p.save();
        dashboard::drawCoverage(p, QRectF(QPointF(0, 0), s), f, locale);
        p.restore();
    });
    doc.table({QCoreApplication::translate("DashboardReport", "Open pipeline"),
               QCoreApplication::translate("DashboardReport", "Weighted pipeline"),
               QCoreApplication::translate("DashboardReport", "Remaining quota"),
               QCoreApplication::translate("DashboardReport", "Raw"),
               QCoreApplication::translate("DashboardReport", "Weighted")},
              {{money(f.openPipeline), money(f.weightedPipeline), money(f.remainingQuota), times(f.coverage),
                times(f.weightedCoverage)}},
              {true, true, true, true, true});
    doc.heading(QCoreApplication::translate("DashboardReport", "Forecast categories"), 2);
    doc.drawBox(chartHeight, [&](QPainter &p, const QSizeF &s) {
        p.save();
        dashboard::drawCategories(p, QRectF(QPointF(0, 0), s), f, locale);
        p.restore();
    });

    doc.newPage();
    doc.heading(QCoreApplication::translate("DashboardReport", "Win rate and average deal size"), 2);
    doc.drawBox(chartHeight, [&](QPainter &p, const QSizeF &s) {
        p.save();
        dashboard::drawMonthly(p, QRectF(QPointF(0, 0), s), d, locale);
        p.restore();
    });
    QList<QStringList> monthRows;
    for (const MonthStat &m : d.months)
        monthRows.append({m.label, locale.toString(m.won), locale.toString(m.lost), pct(m.winRate),
                          m.averageDeal ? money(*m.averageDeal) : QStringLiteral("—")});
    doc.table({QCoreApplication::translate("DashboardReport", "Month"),
               QCoreApplication::translate("DashboardReport", "Won"),
               QCoreApplication::translate("DashboardReport", "Lost"),
               QCoreApplication::translate("DashboardReport", "Win rate"),
               QCoreApplication::translate("DashboardReport", "Average deal")},
              monthRows, {false, true, true, true, true});

    doc.newPage();
    doc.heading(QCoreApplication::translate("DashboardReport", "Leaderboard"), 2);
    if (!d.earningsAvailable)
        doc.paragraph(d.earningsNote);
    else
        doc.paragraph(QCoreApplication::translate(
                          "DashboardReport",
                          "Earnings to date %1 (payout runs through %2), projected %3 for the period at the "
                          "same rate.")
                          .arg(money(d.earningsToDate),
                               locale.toString(d.earningsThrough, QLocale::ShortFormat),
                               money(d.earningsProjected)));
    QList<QStringList> leaders;
    const int shown = std::min<int>(int(d.leaderboard.size()), 40);
    for (int i = 0; i < shown; ++i) {
        const LeaderRow &r = d.leaderboard[size_t(i)];
        leaders.append({locale.toString(r.rank), r.name, r.territory, pct(r.attainment), money(r.bookings),
                        money(r.pipeline), r.earnings ? money(*r.earnings) : QStringLiteral("—")});
    }
    doc.table({QCoreApplication::translate("DashboardReport", "#"),
               QCoreApplication::translate("DashboardReport", "Rep"),
               QCoreApplication::translate("DashboardReport", "Territory"),
               QCoreApplication::translate("DashboardReport", "Attainment"),
               QCoreApplication::translate("DashboardReport", "Bookings"),
               QCoreApplication::translate("DashboardReport", "Pipeline"),
               QCoreApplication::translate("DashboardReport", "Earnings")},
              leaders, {true, false, false, true, true, true, true}, {0.5, 2.2, 2.2, 1.2, 1.6, 1.6, 1.2});
    if (int(d.leaderboard.size()) > shown)
        doc.paragraph(QCoreApplication::translate("DashboardReport", "Top %1 of %2 reps by attainment.")
                          .arg(shown)
                          .arg(d.leaderboard.size()));
    doc.finish();
}

} // namespace tessera
