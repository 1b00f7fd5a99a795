// Commission: tiers (marginal or retroactive), gate, soft cap and hard caps, deal by deal.
#include "comp/comptext.h"
#include "enginedetail.h"

#include <QCoreApplication>
#include <algorithm>

namespace tessera::comp::detail {
namespace {

// The tier table in money for one window: tier i covers cumulative credit above from[i].
struct Table
{
    std::vector<Money> from;
    std::vector<Rate> rate;
    bool soft = false;
    Money softFrom;
    Rate softRate;
    Money gate;
};

Table tableFor(const Commission &c, Money windowQuota)
{
    Table t;
    for (const Tier &tier : c.tiers) {
        t.from.push_back(c.basis == Commission::Basis::Amount ? tier.fromAmount
                                                              : windowQuota * tier.fromAttainment);
        t.rate.push_back(tier.rate);
    }
    if (c.hasSoftCap) {
        t.soft = true;
        t.softFrom = c.basis == Commission::Basis::Amount ? c.softCap.fromAmount
                                                          : windowQuota * c.softCap.fromAttainment;
        t.softRate = c.softCap.rate;
    }
    t.gate = windowQuota * c.gate;
    return t;
}

// Rate of the tier that cumulative credit x reaches (the tier with the highest lower bound below x).
int tierOf(const Table &t, Money x)
{
    int i = 0;
    while (i + 1 < int(t.from.size()) && x > t.from[size_t(i) + 1])
        ++i;
    return i;
}

// The running state of one window (a payout period or the assignment's year).
struct State
{
    Money cum;     // cumulative credit
    Money wouldBe; // marginal: the sum of all slices as if there were no gate
    Money emitted; // commission emitted so far in the window (before hard caps)
};

// Retroactive earnings at cumulative credit c (before the gate).
Money retroactiveValue(const Table &t, Money c)
{
    if (c <= Money())
        return {};
    const Money base = t.soft ? min(c, t.softFrom) : c;
    Money v = base * t.rate[size_t(tierOf(t, base))];
    if (t.soft && c > t.softFrom)
        v += (c - t.softFrom) * t.softRate;
    return v;
}

class Runner
{
public:
    Runner(const Context &ctx, int component, std::vector<Money> &perDeal)
        : m_ctx(ctx), m_component(component), m_c(ctx.plan->components[size_t(component)].commission),
          m_perDeal(perDeal)
    {
    }

    void deal(const Table &t, State &s, size_t index, PieceOut &out)
    {
        const CreditedDeal &d = m_ctx.input.credits[index];
        const Money before = s.cum;
        const Money after = s.cum + d.credit;
        s.cum = after;
        const bool open = after >= t.gate;
        Money dealTotal;
        PayoutLine base;
        base.component = m_component;
        base.plan = m_ctx.plan;
        base.deal = int(index);
        base.opportunityId = d.opportunityId;
        if (m_c.mode == Commission::Mode::Marginal) {
            Money sum;
            slices(t, before, after, [&](int tier, bool soft, Money from, Money to, Rate rate, Money amount) {
                sum += amount;
                if (!open)
                    return;
                PayoutLine l = base;
                l.kind = soft ? PayoutLine::Kind::SoftCap : PayoutLine::Kind::Commission;
                l.tier = tier;
                l.sliceFrom = from;
                l.sliceTo = to;
                l.rate = rate;
                l.amount = amount;
                dealTotal += amount;
                addLine(out, l, m_ctx.explain);
            });
            s.wouldBe += sum;
            finish(open ? s.wouldBe : Money(), s, base, before, after, dealTotal, open, before >= t.gate,
                   out);
        } else {
            const Money target = open ? retroactiveValue(t, after) : Money();
            if (open) {
                // The deal's own credit at the rate reached; the rest is the retroactive true-up.
                const Money below =
                    t.soft ? max(Money(), min(after, t.softFrom) - max(before, Money())) : d.credit;
                const Money above = d.credit - below;
                const Money cappedAfter = t.soft ? min(after, t.softFrom) : after;
                const int tier = tierOf(t, cappedAfter);
                if (below != Money()) {
                    PayoutLine l = base;
                    l.kind = PayoutLine::Kind::Commission;
                    l.tier = tier;
                    l.sliceFrom = before;
                    l.sliceTo = before + below;
                    l.rate = t.rate[size_t(tier)];
                    l.amount = below * l.rate;
                    dealTotal += l.amount;
                    addLine(out, l, m_ctx.explain);
                }
                if (above != Money()) {
                    PayoutLine l = base;
                    l.kind = PayoutLine::Kind::SoftCap;
                    l.sliceFrom = before + below;
                    l.sliceTo = after;
                    l.rate = t.softRate;
                    l.amount = above * t.softRate;
                    dealTotal += l.amount;
                    addLine(out, l, m_ctx.explain);
                }
            }
            finish(target, s, base, before, after, dealTotal, open, before >= t.gate, out);
        }
    }

    void run(std::vector<PieceOut> &out)
    {
        const auto &pieces = m_ctx.pieces;
        State yearState;
        const Table yearTable = tableFor(m_c, m_ctx.yearQuota);
        Money ytd; // after caps
        for (size_t p = 0; p < pieces.size(); ++p) {
            const Piece &piece = pieces[p];
            State periodState;
            const bool year = m_c.window == Window::Year;
            const Table periodTable = year ? Table() : tableFor(m_c, piece.quota);
            const Table &t = year ? yearTable : periodTable;
            State &s = year ? yearState : periodState;
            PieceOut mine;
            for (size_t i = piece.dealBegin; i < piece.dealEnd; ++i)
                deal(t, s, i, mine);
            Money total = mine.total;
            if (m_c.capPerPeriod > Money() && total > m_c.capPerPeriod)
                capLine(mine, m_c.capPerPeriod - total, m_c.capPerPeriod, CompText::tr("hard cap per period"),
                        total);
            if (m_c.capPerYear > Money() && ytd + total > m_c.capPerYear)
                capLine(mine, m_c.capPerYear - ytd - total, m_c.capPerYear, CompText::tr("hard cap per year"),
                        total);
            ytd += total;
            out[p].total += mine.total;
            for (PayoutLine &l : mine.lines)
                out[p].lines.push_back(std::move(l));
        }
    }

private:
    void capLine(PieceOut &out, Money amount, Money cap, const QString &what, Money &total)
    {
        PayoutLine l;
        l.kind = PayoutLine::Kind::Cap;
        l.component = m_component;
        l.plan = m_ctx.plan;
        l.amount = amount;
        l.sliceTo = cap;
        l.note = what;
        total += amount;
        addLine(out, l, true);
    }

    // Emits the difference between what the window should have earned and what it has emitted (gate
    // released, retroactive true-up, or back below the gate) and books the deal's share.
    void finish(Money target, State &s, const PayoutLine &base, Money before, Money after, Money dealTotal,
                bool open, bool wasOpen, PieceOut &out)
    {
        s.emitted += dealTotal;
        if (!open && m_ctx.explain) {
            PayoutLine l = base;
            l.kind = PayoutLine::Kind::BelowGate;
            l.sliceFrom = before;
            l.sliceTo = after;
            addLine(out, l, true);
        }
        const Money rest = target - s.emitted;
        if (rest != Money()) {
            PayoutLine l = base;
            l.kind = open && !wasOpen ? PayoutLine::Kind::GateReached : PayoutLine::Kind::Retroactive;
            l.sliceFrom = Money();
            l.sliceTo = after;
            l.amount = rest;
            addLine(out, l, true);
            dealTotal += rest;
            s.emitted += rest;
        }
        m_perDeal[size_t(base.deal)] += dealTotal;
    }

    template <typename F> void slices(const Table &t, Money before, Money after, F &&f)
    {
        const bool negative = after < before;
        const Money lo = negative ? after : before;
        const Money hi = negative ? before : after;
        // Boundaries: tier lower bounds plus the soft cap level.
        const size_t n = t.from.size();
        for (size_t i = 0; i < n; ++i) {
            const Money tierLo = i == 0 ? min(lo, Money()) : t.from[i];
            const bool last = i + 1 == n;
            Money a = max(lo, tierLo);
            Money b = last ? hi : min(hi, t.from[i + 1]);
            if (b <= a)
                continue;
            if (t.soft && b > t.softFrom) {
                const Money split = max(a, t.softFrom);
                if (split > a)
                    part(f, int(i), false, a, split, t.rate[i], negative);
                part(f, int(i), true, split, b, t.softRate, negative);
            } else {
                part(f, int(i), false, a, b, t.rate[i], negative);
            }
        }
    }
    template <typename F>
    static void part(F &f, int tier, bool soft, Money a, Money b, Rate rate, bool negative)
    {
        const Money amount = (b - a) * rate;
        f(tier, soft, a, b, rate, negative ? -amount : amount);
    }

    const Context &m_ctx;
    int m_component;
    const Commission &m_c;
    std::vector<Money> &m_perDeal;
};

} // namespace

void computeCommission(const Context &ctx, int component, std::vector<PieceOut> &out,
                       std::vector<Money> &perDeal)
{
    Runner r(ctx, component, perDeal);
    r.run(out);
}

} // namespace tessera::comp::detail
