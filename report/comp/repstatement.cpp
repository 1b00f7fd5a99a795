#include "repstatement.h"

#include "comp/plandescription.h"
#include "pdfdocument.h"

#include <QCoreApplication>
#include <algorithm>

namespace tessera::comp {
void writeRepStatement(const RunResult &run, qint64 repId, const QString &path, const QLocale &l)
{
    const RepResult *rep = run.rep(repId);
    const RepInput *input = run.input(repId);
    if (!rep || !input)
        throw TesseraError(
            TesseraError::Kind::User,
            QCoreApplication::translate("RepStatement", "rep %1 has no plan assignment in FY%2")
                .arg(repId)
                .arg(run.fiscalYear),
            path, -1, QStringLiteral("rep"));
    const QString name = run.repNames.value(repId);
    PdfDocument pdf(path, QCoreApplication::translate("RepStatement", "Compensation statement: %1, %2")
                              .arg(name, run.period.label));
    pdf.heading(QCoreApplication::translate("RepStatement", "Compensation statement"));
    pdf.paragraph(QCoreApplication::translate("RepStatement",
                                              "%1 (rep %2). Payout period %3 (%4 to %5), fiscal year %6.")
                      .arg(name)
                      .arg(repId)
                      .arg(run.period.label, l.toString(run.period.start, QLocale::ShortFormat),
                           l.toString(run.period.end, QLocale::ShortFormat))
                      .arg(run.fiscalYear));
    pdf.heading(QCoreApplication::translate("RepStatement", "Plan"), 2);
    for (const Assignment &a : input->assignments) {
        const Plan &p = *a.plan;
        pdf.paragraph(
            QCoreApplication::translate("RepStatement", "%1: %2 to %3; on-target earnings %4, pay mix %5 "
                                                        "variable (target incentive %6), paid per %7.")
                .arg(p.name,
                     a.start.isValid() ? l.toString(a.start, QLocale::ShortFormat)
                                       : QCoreApplication::translate("RepStatement", "start of year"),
                     a.end.isValid() ? l.toString(a.end, QLocale::ShortFormat)
                                     : QCoreApplication::translate("RepStatement", "open"),
                     p.ote.format(l), p.payMix.toPercentString(l, 0), p.targetIncentive().format(l),
                     p.frequency == PayoutFrequency::Month
                         ? QCoreApplication::translate("RepStatement", "month")
                         : QCoreApplication::translate("RepStatement", "quarter")));
        for (const Component &c : p.components)
            pdf.paragraph(QStringLiteral("  • ") + c.name + QStringLiteral(": ") + describeComponent(c, l));
    }
    const auto periods = run.periodsIn(*rep);
    if (periods.empty())
        pdf.paragraph(QCoreApplication::translate("RepStatement", "No payout period of this rep ends in %1.")
                          .arg(run.period.label));
    for (const PeriodResult *p : periods) {
        pdf.heading(QCoreApplication::translate("RepStatement", "Period %1%2")
                        .arg(p->label, p->closed ? QCoreApplication::translate("RepStatement", " (closed)")
                                                 : QString()),
                    2);
        pdf.table({QCoreApplication::translate("RepStatement", "Measure"),
                   QCoreApplication::translate("RepStatement", "Period"),
                   QCoreApplication::translate("RepStatement", "Year to date")},
                  {{QCoreApplication::translate("RepStatement", "Credit"), p->credit.format(l),
                    p->ytdCredit.format(l)},
                   {QCoreApplication::translate("RepStatement", "Quota"), p->quota.format(l),
                    p->ytdQuota.format(l)},
                   {QCoreApplication::translate("RepStatement", "Attainment"),
                    p->attainment.toPercentString(l, 1), p->ytdAttainment.toPercentString(l, 1)}},
                  {false, true, true});
        pdf.table({QCoreApplication::translate("RepStatement", "Payout"),
                   QCoreApplication::translate("RepStatement", "Amount")},
                  {{QCoreApplication::translate("RepStatement", "Earned this period"), p->earned.format(l)},
                   {QCoreApplication::translate("RepStatement", "Earned to date"), p->earnedToDate.format(l)},
                   {QCoreApplication::translate("RepStatement", "Paid in earlier periods"),
                    p->paidBefore.format(l)},
                   {QCoreApplication::translate("RepStatement", "Draw advanced"), p->drawAdvance.format(l)},
                   {QCoreApplication::translate("RepStatement", "Draw recovered"), p->drawRecovery.format(l)},
                   {QCoreApplication::translate("RepStatement", "Balance owed after this period"),
                    p->balance.format(l)},
                   {QCoreApplication::translate("RepStatement", "Payable"), p->payable.format(l)}},
                  {false, true}, {3, 1});
        pdf.heading(QCoreApplication::translate("RepStatement", "How it was earned"), 3);
        if (p->lines.empty())
            pdf.paragraph(QCoreApplication::translate("RepStatement", "No earnings in this period."));
        QStringList notes;
        // One table per component (and one for adjustments): deal → credit (rule, split) → tier slice →
        // rate → amount.
        std::vector<std::pair<QString, std::vector<const PayoutLine *>>> groups;
        for (const PayoutLine &line : p->lines) {
            const QString comp = line.plan && line.component >= 0
                                     ? line.plan->components[size_t(line.component)].name
                                     : QCoreApplication::translate("RepStatement", "Adjustments");
            auto g =
                std::find_if(groups.begin(), groups.end(), [&](const auto &x) { return x.first == comp; });
            if (g == groups.end()) {
                groups.push_back({comp, {}});
                g = groups.end() - 1;
            }
            g->second.push_back(&line);
        }
        for (const auto &[comp, lines] : groups) {
            const bool commission = lines.front()->plan && lines.front()->component >= 0 &&
                                    lines.front()->plan->components[size_t(lines.front()->component)].type ==
                                        Component::Type::Commission;
            Money subtotal;
            for (const PayoutLine *line : lines)
                subtotal += line->amount;
            if (!commission) {
                // Bonuses, SPIFFs, clawbacks and adjustments explain themselves in one sentence each.
                pdf.paragraph(
                    QCoreApplication::translate("RepStatement", "%1: %2").arg(comp, subtotal.format(l)));
                for (const PayoutLine *line : lines)
                    pdf.paragraph(QStringLiteral("  • ") + explainLine(*line, input->credits, l));
                continue;
            }
            QList<QStringList> rows;
            for (const PayoutLine *line : lines) {
                const CreditedDeal *d = line->deal >= 0 ? &input->credits[size_t(line->deal)] : nullptr;
                const bool slice =
                    line->kind == PayoutLine::Kind::Commission || line->kind == PayoutLine::Kind::SoftCap;
                rows << QStringList{
                    d ? d->name
                      : (line->opportunityId
                             ? QCoreApplication::translate("RepStatement", "#%1").arg(line->opportunityId)
                             : QString()),
                    d ? d->credit.format(l) : QString(),
                    d ? (d->split == Rate::fromPercent(100)
                             ? creditRuleName(d->rule)
                             : QCoreApplication::translate("RepStatement", "%1 %2")
                                   .arg(creditRuleName(d->rule), d->split.toPercentString(l, 0)))
                      : QString(),
                    slice ? QString::number(line->tier + 1) : QString(),
                    slice ? line->sliceFrom.format(l) : QString(),
                    slice ? line->sliceTo.format(l) : QString(),
                    line->rate != Rate() ? line->rate.toPercentString(l, 2) : QString(),
                    line->amount.format(l)};
                if (!slice)
                    notes << explainLine(*line, input->credits, l);
            }
            rows << QStringList{QCoreApplication::translate("RepStatement", "Total"),
                                {},
                                {},
                                {},
                                {},
                                {},
                                {},
                                subtotal.format(l)};
            pdf.paragraph(comp);
            pdf.table({QCoreApplication::translate("RepStatement", "Deal"),
                       QCoreApplication::translate("RepStatement", "Credit"),
                       QCoreApplication::translate("RepStatement", "Rule"),
                       QCoreApplication::translate("RepStatement", "Tier"),
                       QCoreApplication::translate("RepStatement", "Slice from"),
                       QCoreApplication::translate("RepStatement", "Slice to"),
                       QCoreApplication::translate("RepStatement", "Rate"),
                       QCoreApplication::translate("RepStatement", "Amount")},
                      rows, {false, true, false, true, true, true, true, true},
                      {1.8, 1.45, 0.8, 0.6, 1.75, 1.75, 0.7, 1.3});
        }
        for (const QString &n : notes)
            pdf.paragraph(n);
        QList<QStringList> deals;
        for (const CreditedDeal &d : input->credits)
            if (d.date >= p->start && d.date <= p->end)
                deals << QStringList{d.name, l.toString(d.date, QLocale::ShortFormat), d.type,
                                     d.dealAmount.format(l), d.credit.format(l)};
        if (!deals.isEmpty()) {
            pdf.heading(QCoreApplication::translate("RepStatement", "Deal detail"), 3);
            pdf.table({QCoreApplication::translate("RepStatement", "Deal"),
                       QCoreApplication::translate("RepStatement", "Closed"),
                       QCoreApplication::translate("RepStatement", "Type"),
                       QCoreApplication::translate("RepStatement", "Deal amount"),
                       QCoreApplication::translate("RepStatement", "Credit")},
                      deals, {false, false, false, true, true}, {4.2, 1.0, 1.5, 1.5, 1.5});
        }
    }
}

} // namespace tessera::comp
