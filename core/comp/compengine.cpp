// The payout engine's frame: payout periods of each assignment, components, merging into the rep's
// periods, year-to-date true-up, draws, and adjustments for changes to closed periods.
#include "compengine.h"
#include "comp/comptext.h"

#include "enginedetail.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>
#include <map>

namespace tessera::comp {

using namespace detail;

namespace {

std::vector<Piece> piecesOf(const Assignment &a, const RepInput &in, const FiscalCalendar &cal, int fy,
                            const QDate &through)
{
    std::vector<Piece> out;
    const QDate ys = cal.yearStart(fy), ye = cal.yearEnd(fy);
    const QDate start = std::max(a.start.isValid() ? a.start : ys, ys);
    const QDate end = std::min(a.end.isValid() ? a.end : ye, ye);
    if (start > end)
        return out;
    const bool monthly = a.plan->frequency == PayoutFrequency::Month;
    const int n = monthly ? 12 : 4;
    auto byDate = [](const CreditedDeal &d, const QDate &x) {
        return d.date < x;
    };
    for (int i = 1; i <= n; ++i) {
        const FiscalPeriod fp = monthly ? cal.month(fy, i) : cal.quarter(fy, i);
        if (fp.end < start || fp.start > end || fp.end > through)
            continue;
        Piece p;
        p.label = fp.label;
        p.fullStart = fp.start;
        p.fullEnd = fp.end;
        p.start = std::max(fp.start, start);
        p.end = std::min(fp.end, end);
        p.quota = proratedQuota(in.monthlyQuota, cal, fy, p.start, p.end);
        p.dealBegin = size_t(std::lower_bound(in.credits.begin(), in.credits.end(), p.start, byDate) -
                             in.credits.begin());
        p.dealEnd = size_t(std::lower_bound(in.credits.begin(), in.credits.end(), p.end.addDays(1), byDate) -
                           in.credits.begin());
        out.push_back(p);
    }
    return out;
}

struct Merged
{
    PeriodResult result;
    Money draw;
    bool recoverable = true;
};

// Adjustment lines for the first open period: per deal, today's figures for the closed periods against
// the frozen ones, and the rest (tiers, bonuses, caps moved by those changes) on one line.
void adjustmentLines(const RepInput &in, const std::vector<Merged *> &closed, Money total, bool explain,
                     std::vector<PayoutLine> &out)
{
    if (total == Money() && !explain)
        return;
    std::map<qint64, std::pair<Money, Money>> now; // opportunity → credit, amount
    if (!closed.empty()) {
        const QDate from = closed.front()->result.start, to = closed.back()->result.end;
        for (const CreditedDeal &d : in.credits)
            if (d.date >= from && d.date <= to)
                now[d.opportunityId].first += d.credit;
        for (const Merged *m : closed)
            for (const PayoutLine &l : m->result.lines)
                if (l.opportunityId != 0 && l.kind != PayoutLine::Kind::Adjustment)
                    now[l.opportunityId].second += l.amount;
    }
    Money listed;
    std::map<qint64, const FrozenDeal *> frozen;
    for (const FrozenDeal &f : in.frozenDeals)
        frozen[f.opportunityId] = &f;
    auto add = [&](qint64 opp, Money amount, const QString &why) {
        PayoutLine l;
        l.kind = PayoutLine::Kind::Adjustment;
        l.opportunityId = opp;
        l.amount = amount;
        l.note = why;
        listed += amount;
        out.push_back(l);
    };
    if (explain) {
        for (const auto &[opp, f] : frozen) {
            const auto it = now.find(opp);
            if (it == now.end()) {
                if (f->commission != Money() || f->credit != Money())
                    add(opp, -f->commission,
                        CompText::tr("no longer credited in the closed periods (was %1)")
                            .arg(f->credit.toPlainString()));
                continue;
            }
            const auto [credit, amount] = it->second;
            if (credit != f->credit)
                add(opp, amount - f->commission,
                    CompText::tr("credit in the closed periods changed from %1 to %2")
                        .arg(f->credit.toPlainString(), credit.toPlainString()));
            else if (amount != f->commission)
                add(opp, amount - f->commission,
                    CompText::tr("earnings in the closed periods recomputed (cancellation or plan change)"));
        }
        for (const auto &[opp, v] : now)
            if (!frozen.count(opp) && (v.first != Money() || v.second != Money()))
                add(opp, v.second,
                    CompText::tr("newly credited in a closed period (credit %1)")
                        .arg(v.first.toPlainString()));
    }
    if (total != listed) {
        PayoutLine l;
        l.kind = PayoutLine::Kind::Adjustment;
        l.amount = total - listed;
        l.note = CompText::tr("effect of these changes on tiers, bonuses and caps of the closed periods");
        out.push_back(l);
    }
}

} // namespace

QString creditRuleName(CreditRule rule)
{
    switch (rule) {
    case CreditRule::Direct:
        return CompText::tr("direct");
    case CreditRule::Split:
        return CompText::tr("split");
    case CreditRule::Overlay:
        return CompText::tr("overlay");
    case CreditRule::Territory:
        return CompText::tr("territory");
    case CreditRule::Rollup:
        return CompText::tr("roll-up");
    }
    return {};
}

QString productOf(const QString &name)
{
    const int i = name.lastIndexOf(QLatin1String(" - "));
    return i < 0 ? QString() : name.mid(i + 3).trimmed();
}

Money proratedQuota(const std::array<Money, 12> &monthly, const FiscalCalendar &cal, int fy,
                    const QDate &start, const QDate &end)
{
    Money total;
    // The fiscal months' bounds as FiscalCalendar::month() has them, without building their labels
    // (this runs for every payout period of every rep).
    const QDate yearStart = cal.yearStart(fy);
    QDate monthStart = yearStart;
    for (int m = 1; m <= 12; ++m) {
        const QDate next = yearStart.addMonths(m);
        const QDate monthEnd = next.addDays(-1);
        const QDate a = std::max(monthStart, start), b = std::min(monthEnd, end);
        const int monthDays = int(monthStart.daysTo(monthEnd)) + 1;
        monthStart = next;
        if (a > b)
            continue;
        const int days = int(a.daysTo(b)) + 1;
        total +=
            days == monthDays ? monthly[size_t(m - 1)] : monthly[size_t(m - 1)].multipliedBy(days, monthDays);
    }
    return total;
}

RepResult computeRep(const RepInput &in, const FiscalCalendar &cal, int fy, const EngineOptions &options)
{
    RepResult rep;
    rep.repId = in.repId;
    const QDate through = options.through.isValid() ? options.through : cal.yearEnd(fy);
    const int yearDays = int(cal.yearStart(fy).daysTo(cal.yearEnd(fy))) + 1;
    std::map<QDate, Merged> periods; // by period start
    std::vector<Money> perDeal(in.credits.size());

    for (const Assignment &a : in.assignments) {
        if (!a.plan)
            continue;
        const std::vector<Piece> pieces = piecesOf(a, in, cal, fy, through);
        if (pieces.empty())
            continue;
        Money yearQuota;
        int covered = 0;
        {
            // The assignment's part of the year, including pieces after `through`.
            const QDate ys = cal.yearStart(fy), ye = cal.yearEnd(fy);
            const QDate s = std::max(a.start.isValid() ? a.start : ys, ys);
            const QDate e = std::min(a.end.isValid() ? a.end : ye, ye);
            yearQuota = proratedQuota(in.monthlyQuota, cal, fy, s, e);
            covered = int(s.daysTo(e)) + 1;
        }
        const Context ctx{in, a.plan, pieces, yearQuota, covered, yearDays, options.explain};
        std::vector<PieceOut> out(pieces.size());
        const auto &comps = a.plan->components;
        for (size_t c = 0; c < comps.size(); ++c)
            if (comps[c].type == Component::Type::Commission)
                computeCommission(ctx, int(c), out, perDeal);
        for (size_t c = 0; c < comps.size(); ++c) {
            if (comps[c].type == Component::Type::Bonus)
                computeBonus(ctx, int(c), out);
            else if (comps[c].type == Component::Type::Spiff)
                computeSpiff(ctx, int(c), out);
        }
        for (size_t c = 0; c < comps.size(); ++c)
            if (comps[c].type == Component::Type::Clawback)
                computeClawback(ctx, int(c), perDeal, out);

        for (size_t p = 0; p < pieces.size(); ++p) {
            Merged &m = periods[pieces[p].fullStart];
            PeriodResult &r = m.result;
            r.label = pieces[p].label;
            r.start = pieces[p].fullStart;
            r.end = pieces[p].fullEnd;
            r.plan = a.plan;
            r.quota += pieces[p].quota;
            for (size_t i = pieces[p].dealBegin; i < pieces[p].dealEnd; ++i)
                r.credit += in.credits[i].credit;
            r.earned += out[p].total;
            for (PayoutLine &l : out[p].lines)
                r.lines.push_back(std::move(l));
            for (const Component &c : comps)
                if (c.type == Component::Type::Draw) {
                    m.draw += c.draw.amount.multipliedBy(pieces[p].days(), pieces[p].fullDays());
                    m.recoverable = c.draw.recoverable;
                }
        }
    }

    QHash<QString, const FrozenPeriod *> frozen;
    for (const FrozenPeriod &f : in.frozen)
        frozen.insert(f.label, &f);
    Money ytdCredit, ytdQuota, recomputed, earnedToDate, paid, balance;
    std::vector<Merged *> closed;
    bool adjusted = false;
    for (auto &[start, m] : periods) {
        PeriodResult &r = m.result;
        ytdCredit += r.credit;
        ytdQuota += r.quota;
        r.ytdCredit = ytdCredit;
        r.ytdQuota = ytdQuota;
        r.attainment = attainmentOf(r.credit, r.quota);
        r.ytdAttainment = attainmentOf(ytdCredit, ytdQuota);
        recomputed += r.earned;
        r.paidBefore = paid;
        if (const FrozenPeriod *f = frozen.value(r.label)) {
            r.closed = true;
            r.earned = f->earnedToDate - earnedToDate;
            r.earnedToDate = earnedToDate = f->earnedToDate;
            r.payable = f->payable;
            paid = f->paidToDate;
            r.balance = balance = f->balance;
            closed.push_back(&m);
            continue;
        }
        if (!adjusted && !closed.empty()) {
            adjusted = true;
            const Money delta = (recomputed - r.earned) - earnedToDate;
            std::vector<PayoutLine> adj;
            if (delta != Money() || options.explain)
                adjustmentLines(in, closed, delta, options.explain, adj);
            for (PayoutLine &l : adj) {
                l.plan = r.plan;
                r.lines.push_back(std::move(l));
            }
            r.earned += delta;
        }
        earnedToDate += r.earned;
        r.earnedToDate = earnedToDate;
        // Draws and the year-to-date true-up: what is due is the period's earnings less what the rep owes.
        const Money natural = r.earned - balance;
        Money payable = max(natural, Money());
        if (m.draw > payable) {
            r.drawAdvance = m.draw - payable;
            payable = m.draw;
        }
        Money next = balance + payable - r.earned;
        if (!m.recoverable) {
            r.drawForgiven = r.drawAdvance;
            next -= r.drawForgiven;
        }
        r.drawRecovery = max(Money(), balance - next);
        r.balance = balance = next;
        r.payable = payable;
        paid += payable;
    }
    rep.periods.reserve(periods.size());
    for (auto &[start, m] : periods)
        rep.periods.push_back(std::move(m.result));
    return rep;
}

QString explainLine(const PayoutLine &l, const std::vector<CreditedDeal> &deals, const QLocale &locale)
{
    auto money = [&](Money m) {
        return m.format(locale);
    };
    QString deal;
    if (l.deal >= 0 && size_t(l.deal) < deals.size()) {
        const CreditedDeal &d = deals[size_t(l.deal)];
        const QString split = d.split == Rate::fromPercent(100)
                                  ? QString()
                                  : QStringLiteral(" ") + d.split.toPercentString(locale);
        deal = CompText::tr("%1 (#%2, %3): credit %4 (%5%6)")
                   .arg(d.name)
                   .arg(d.opportunityId)
                   .arg(locale.toString(d.date, QLocale::ShortFormat), money(d.credit),
                        creditRuleName(d.rule), split);
        if (d.hypothetical)
            deal += CompText::tr(" [what-if]");
    } else if (l.opportunityId != 0) {
        deal = CompText::tr("Deal #%1").arg(l.opportunityId);
    }
    const QString comp =
        l.plan && l.component >= 0 ? l.plan->components[size_t(l.component)].name : QString();
    const QString arrow = QStringLiteral(" → ");
    switch (l.kind) {
    case PayoutLine::Kind::Commission:
        return deal + arrow +
               CompText::tr("tier %1 slice %2 to %3")
                   .arg(l.tier + 1)
                   .arg(money(l.sliceFrom), money(l.sliceTo)) +
               arrow + l.rate.toPercentString(locale, 2) + arrow + money(l.amount);
    case PayoutLine::Kind::SoftCap:
        return deal + arrow +
               CompText::tr("above the soft cap, slice %1 to %2").arg(money(l.sliceFrom), money(l.sliceTo)) +
               arrow + l.rate.toPercentString(locale, 2) + arrow + money(l.amount);
    case PayoutLine::Kind::BelowGate:
        return deal + arrow +
               CompText::tr("credit to date %1 is below the gate: held back").arg(money(l.sliceTo));
    case PayoutLine::Kind::GateReached:
        return deal + arrow +
               CompText::tr("gate reached at %1: commission held back is released").arg(money(l.sliceTo)) +
               arrow + money(l.amount);
    case PayoutLine::Kind::Retroactive:
        return deal + arrow +
               CompText::tr("retroactive: all credit to date %1 at the tier rate reached")
                   .arg(money(l.sliceTo)) +
               arrow + money(l.amount);
    case PayoutLine::Kind::Cap:
        return CompText::tr("%1: %2 of %3").arg(comp, l.note, money(l.sliceTo)) + arrow + money(l.amount);
    case PayoutLine::Kind::Bonus:
        return CompText::tr("%1: attainment %2 (credit %3 of quota %4)")
                   .arg(comp,
                        Rate::ratio(l.sliceFrom.cents(), std::max<qint64>(1, l.sliceTo.cents()))
                            .toPercentString(locale, 1),
                        money(l.sliceFrom), money(l.sliceTo)) +
               (l.note.isEmpty() ? QString() : QStringLiteral(", ") + l.note) + arrow +
               CompText::tr("payout %1 of target").arg(l.rate.toPercentString(locale, 1)) + arrow +
               money(l.amount);
    case PayoutLine::Kind::Spiff:
        return deal + arrow + comp +
               (l.sliceTo > Money()
                    ? CompText::tr(" (%1 units of %2)").arg(l.sliceFrom.cents()).arg(money(l.sliceTo))
                    : QString()) +
               arrow + money(l.amount);
    case PayoutLine::Kind::Clawback:
        return deal + arrow + comp + QStringLiteral(": ") + l.note + arrow +
               CompText::tr("%1 of commission %2").arg(l.rate.toPercentString(locale, 2), money(l.sliceTo)) +
               arrow + money(l.amount);
    case PayoutLine::Kind::Adjustment:
        return (deal.isEmpty() ? CompText::tr("Adjustment") : deal) + arrow + l.note + arrow +
               money(l.amount);
    }
    return {};
}

} // namespace tessera::comp
