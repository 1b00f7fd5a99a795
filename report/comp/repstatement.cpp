#include "repstatement.h"

#include "pdfdocument.h"

#include <QCoreApplication>

namespace tessera::comp {
namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("RepStatement", s);
}

QString componentSummary(const Component &c, const QLocale &l)
{
    switch (c.type) {
    case Component::Type::Commission: {
        QStringList tiers;
        const Commission &k = c.commission;
        for (const Tier &t : k.tiers)
            tiers << (k.basis == Commission::Basis::Amount ? t.fromAmount.format(l)
                                                           : t.fromAttainment.toPercentString(l, 0)) +
                         QStringLiteral(": ") + t.rate.toPercentString(l, 2);
        return tr("%1 (commission, %2, measured per %3): %4")
            .arg(c.name,
                 k.mode == Commission::Mode::Marginal ? tr("marginal tiers") : tr("retroactive tiers"),
                 k.window == Window::Year ? tr("year") : tr("period"), tiers.join(QStringLiteral("; ")));
    }
    case Component::Type::Bonus:
        return tr("%1 (bonus, target %2)").arg(c.name, c.bonus.target.format(l));
    case Component::Type::Spiff:
        return tr("%1 (SPIFF, %2)").arg(c.name, c.spiff.amount.format(l));
    case Component::Type::Draw:
        return tr("%1 (%2 draw of %3 per period)")
            .arg(c.name, c.draw.recoverable ? tr("recoverable") : tr("non-recoverable"),
                 c.draw.amount.format(l));
    case Component::Type::Clawback:
        return tr("%1 (clawback within %2 days)").arg(c.name).arg(c.clawback.windowDays);
    }
    return {};
}

} // namespace

void writeRepStatement(const RunResult &run, qint64 repId, const QString &path, const QLocale &l)
{
    const RepResult *rep = run.rep(repId);
    const RepInput *input = run.input(repId);
    if (!rep || !input)
        throw TesseraError(TesseraError::Kind::User,
                           tr("rep %1 has no plan assignment in FY%2").arg(repId).arg(run.fiscalYear), path,
                           -1, QStringLiteral("rep"));
    const QString name = run.repNames.value(repId);
    PdfDocument pdf(path, tr("Compensation statement: %1, %2").arg(name, run.period.label));
    pdf.heading(tr("Compensation statement"));
    pdf.paragraph(tr("%1 (rep %2). Payout period %3 (%4 to %5), fiscal year %6.")
                      .arg(name)
                      .arg(repId)
                      .arg(run.period.label, l.toString(run.period.start, QLocale::ShortFormat),
                           l.toString(run.period.end, QLocale::ShortFormat))
                      .arg(run.fiscalYear));
    pdf.heading(tr("Plan"), 2);
    for (const Assignment &a : input->assignments) {
        const Plan &p = *a.plan;
        pdf.paragraph(
            tr("%1: %2 to %3; on-target earnings %4, pay mix %5 variable (target incentive %6), paid per %7.")
                .arg(p.name,
                     a.start.isValid() ? l.toString(a.start, QLocale::ShortFormat) : tr("start of year"),
                     a.end.isValid() ? l.toString(a.end, QLocale::ShortFormat) : tr("open"), p.ote.format(l),
                     p.payMix.toPercentString(l, 0), p.targetIncentive().format(l),
                     p.frequency == PayoutFrequency::Month ? tr("month") : tr("quarter")));
        for (const Component &c : p.components)
            pdf.paragraph(QStringLiteral("  • ") + componentSummary(c, l));
    }
    const auto periods = run.periodsIn(*rep);
    if (periods.empty())
        pdf.paragraph(tr("No payout period of this rep ends in %1.").arg(run.period.label));
    for (const PeriodResult *p : periods) {
        pdf.heading(tr("Period %1%2").arg(p->label, p->closed ? tr(" (closed)") : QString()), 2);
        pdf.table(
            {tr("Measure"), tr("Period"), tr("Year to date")},
            {{tr("Credit"), p->credit.format(l), p->ytdCredit.format(l)},
             {tr("Quota"), p->quota.format(l), p->ytdQuota.format(l)},
             {tr("Attainment"), p->attainment.toPercentString(l, 1), p->ytdAttainment.toPercentString(l, 1)}},
            {false, true, true});
        pdf.table({tr("Payout"), tr("Amount")},
                  {{tr("Earned this period"), p->earned.format(l)},
                   {tr("Earned to date"), p->earnedToDate.format(l)},
                   {tr("Paid in earlier periods"), p->paidBefore.format(l)},
                   {tr("Draw advanced"), p->drawAdvance.format(l)},
                   {tr("Draw recovered"), p->drawRecovery.format(l)},
                   {tr("Balance owed after this period"), p->balance.format(l)},
                   {tr("Payable"), p->payable.format(l)}},
                  {false, true}, {3, 1});
        pdf.heading(tr("How it was earned"), 3);
        QList<QStringList> rows;
        QStringList notes;
        for (const PayoutLine &line : p->lines) {
            const CreditedDeal *d = line.deal >= 0 ? &input->credits[size_t(line.deal)] : nullptr;
            const QString comp = line.plan && line.component >= 0
                                     ? line.plan->components[size_t(line.component)].name
                                     : tr("Adjustment");
            QString slice;
            if (line.kind == PayoutLine::Kind::Commission || line.kind == PayoutLine::Kind::SoftCap)
                slice = tr("tier %1: %2 – %3")
                            .arg(line.tier + 1)
                            .arg(line.sliceFrom.format(l), line.sliceTo.format(l));
            rows << QStringList{
                comp,
                d ? d->name : (line.opportunityId ? tr("#%1").arg(line.opportunityId) : QString()),
                d ? tr("%1 %2 %3")
                        .arg(d->credit.format(l), creditRuleName(d->rule), d->split.toPercentString(l, 0))
                  : QString(),
                slice,
                line.rate != Rate() ? line.rate.toPercentString(l, 2) : QString(),
                line.amount.format(l)};
            if (!line.note.isEmpty() || line.kind == PayoutLine::Kind::Retroactive ||
                line.kind == PayoutLine::Kind::GateReached || line.kind == PayoutLine::Kind::Bonus)
                notes << explainLine(line, input->credits, l);
        }
        if (rows.isEmpty())
            pdf.paragraph(tr("No earnings in this period."));
        else
            pdf.table({tr("Component"), tr("Deal"), tr("Credit (rule, split)"), tr("Tier slice"), tr("Rate"),
                       tr("Amount")},
                      rows, {false, false, false, false, true, true}, {1.3, 2.2, 2.0, 2.2, 0.8, 1.1});
        for (const QString &n : notes)
            pdf.paragraph(n);
    }
}

} // namespace tessera::comp
