// Bonus, SPIFF and clawback components of the payout engine.
#include "comp/comptext.h"
#include "enginedetail.h"

#include <QCoreApplication>

namespace tessera::comp::detail {
namespace {

// Bonus for credit c against quota q: target × the payout fraction, rounded once. Exact: the attainment
// c ÷ q is never rounded; stepped bonuses compare c × 10⁶ with threshold × q, pro-rated ones interpolate
// with a 128-bit numerator.
Money bonusAmount(const Bonus &b, Money target, Money c, Money q, Rate *fraction)
{
    *fraction = Rate();
    if (q <= Money() || b.steps.empty())
        return {};
    const Int128 a = Int128(c.cents()) * Rate::Scale; // attainment × q × 10⁶
    auto reached = [&](const BonusStep &s) {
        return a >= Int128(s.attainment.micros()) * q.cents();
    };
    int i = -1;
    while (i + 1 < int(b.steps.size()) && reached(b.steps[size_t(i) + 1]))
        ++i;
    if (i < 0)
        return {};
    const BonusStep &s = b.steps[size_t(i)];
    if (b.mode == Bonus::Mode::Stepped || i + 1 == int(b.steps.size())) {
        *fraction = s.payout;
        return target * s.payout;
    }
    const BonusStep &n = b.steps[size_t(i) + 1];
    // fraction = p_i + (p_n − p_i) × (a − a_i) ÷ (a_n − a_i), all as exact ratios of q.
    const Int128 span = Int128(n.attainment.micros() - s.attainment.micros()) * q.cents();
    const Int128 num = Int128(s.payout.micros()) * span + Int128(n.payout.micros() - s.payout.micros()) *
                                                              (a - Int128(s.attainment.micros()) * q.cents());
    *fraction = Rate::fromMicros(divRoundHalfAway(num, span));
    return Money::fromCents(divRoundHalfAway(Int128(target.cents()) * num, span * Rate::Scale));
}

bool matches(const Spiff &s, const CreditedDeal &d)
{
    if (d.rule == CreditRule::Rollup)
        return false;
    if (!s.products.isEmpty() && !s.products.contains(d.product, Qt::CaseInsensitive))
        return false;
    if (!s.types.isEmpty() && !s.types.contains(d.type, Qt::CaseInsensitive))
        return false;
    if (s.minAmount > Money() && d.dealAmount < s.minAmount)
        return false;
    if (s.maxAmount > Money() && d.dealAmount > s.maxAmount)
        return false;
    if (s.from.isValid() && d.date < s.from)
        return false;
    if (s.to.isValid() && d.date > s.to)
        return false;
    return true;
}

} // namespace

Rate attainmentOf(Money credit, Money quota)
{
    if (quota <= Money())
        return {};
    return Rate::ratio(credit.cents(), quota.cents());
}

void computeBonus(const Context &ctx, int component, std::vector<PieceOut> &out)
{
    const Bonus &b = ctx.plan->components[size_t(component)].bonus;
    // A year bonus pays its pro-rated target by year-to-date attainment against the assignment's part of
    // the year, trued up each period; a period bonus pays each period on its own.
    const Money yearTarget = b.target.multipliedBy(ctx.coveredDays, ctx.yearDays);
    Money ytdCredit, paid;
    for (size_t p = 0; p < ctx.pieces.size(); ++p) {
        const Piece &piece = ctx.pieces[p];
        Money credit;
        for (size_t i = piece.dealBegin; i < piece.dealEnd; ++i)
            credit += ctx.input.credits[i].credit;
        ytdCredit += credit;
        PayoutLine l;
        l.kind = PayoutLine::Kind::Bonus;
        l.component = component;
        l.plan = ctx.plan;
        if (b.window == Window::Period) {
            const Money target = b.target.multipliedBy(piece.days(), piece.fullDays());
            l.amount = bonusAmount(b, target, credit, piece.quota, &l.rate);
            l.sliceFrom = credit;
            l.sliceTo = piece.quota;
            if (piece.days() != piece.fullDays())
                l.note = CompText::tr("target %1 pro-rated to %2 of %3 days")
                             .arg(b.target.toPlainString())
                             .arg(piece.days())
                             .arg(piece.fullDays());
        } else {
            const Money toDate = bonusAmount(b, yearTarget, ytdCredit, ctx.yearQuota, &l.rate);
            l.amount = toDate - paid;
            paid = toDate;
            l.sliceFrom = ytdCredit;
            l.sliceTo = ctx.yearQuota;
            l.note = CompText::tr("year to date");
        }
        addLine(out[p], l, ctx.explain);
    }
}

void computeSpiff(const Context &ctx, int component, std::vector<PieceOut> &out)
{
    const Spiff &s = ctx.plan->components[size_t(component)].spiff;
    for (size_t p = 0; p < ctx.pieces.size(); ++p) {
        const Piece &piece = ctx.pieces[p];
        for (size_t i = piece.dealBegin; i < piece.dealEnd; ++i) {
            const CreditedDeal &d = ctx.input.credits[i];
            if (!matches(s, d))
                continue;
            PayoutLine l;
            l.kind = PayoutLine::Kind::Spiff;
            l.component = component;
            l.plan = ctx.plan;
            l.deal = int(i);
            l.opportunityId = d.opportunityId;
            if (s.unitSize > Money()) {
                const qint64 units = d.credit.cents() / s.unitSize.cents();
                l.amount = s.amount.multipliedBy(units, 1);
                l.sliceFrom = Money::fromCents(units);
                l.sliceTo = s.unitSize;
            } else {
                l.amount = s.amount;
            }
            addLine(out[p], l, ctx.explain);
            if (s.frequency == Spiff::Frequency::OncePerPeriod)
                break;
        }
    }
}

void computeClawback(const Context &ctx, int component, const std::vector<Money> &perDeal,
                     std::vector<PieceOut> &out)
{
    const Clawback &k = ctx.plan->components[size_t(component)].clawback;
    for (size_t p = 0; p < ctx.pieces.size(); ++p) {
        const Piece &piece = ctx.pieces[p];
        // Deals of this assignment cancelled inside this piece.
        for (size_t i = ctx.pieces.front().dealBegin; i < ctx.pieces.back().dealEnd; ++i) {
            const CreditedDeal &d = ctx.input.credits[i];
            if (!d.cancelDate.isValid() || d.cancelDate < piece.start || d.cancelDate > piece.end)
                continue;
            QDate anchor = d.date;
            if (k.anchor == Clawback::Anchor::Invoice && d.invoiceDate.isValid())
                anchor = d.invoiceDate;
            if (k.anchor == Clawback::Anchor::Payment && d.paymentDate.isValid())
                anchor = d.paymentDate;
            const qint64 elapsed = anchor.daysTo(d.cancelDate);
            if (elapsed < 0 || elapsed > k.windowDays || perDeal[i] == Money())
                continue;
            PayoutLine l;
            l.kind = PayoutLine::Kind::Clawback;
            l.component = component;
            l.plan = ctx.plan;
            l.deal = int(i);
            l.opportunityId = d.opportunityId;
            l.sliceTo = perDeal[i];
            if (k.mode == Clawback::Mode::Full) {
                l.rate = k.share;
                l.amount = -(perDeal[i] * k.share);
                l.note = CompText::tr("cancelled %1, %2 days after the anchor date")
                             .arg(d.cancelDate.toString(Qt::ISODate))
                             .arg(elapsed);
            } else {
                const QDate termEnd = anchor.addMonths(k.termMonths);
                const qint64 term = anchor.daysTo(termEnd);
                const qint64 unused = std::max<qint64>(0, d.cancelDate.daysTo(termEnd));
                l.rate = Rate::fromMicros(divRoundHalfAway(Int128(k.share.micros()) * unused, term));
                l.amount = -Money::fromCents(divRoundHalfAway(
                    Int128(perDeal[i].cents()) * k.share.micros() * unused, Int128(term) * Rate::Scale));
                l.note = CompText::tr("cancelled %1: %2 of %3 days of the term unused")
                             .arg(d.cancelDate.toString(Qt::ISODate))
                             .arg(unused)
                             .arg(term);
            }
            addLine(out[p], l, true);
        }
    }
}

} // namespace tessera::comp::detail
