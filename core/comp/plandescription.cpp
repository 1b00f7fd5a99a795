#include "plandescription.h"
#include "comp/comptext.h"

#include <QCoreApplication>

namespace tessera::comp {
namespace {

QString windowText(Window w)
{
    return w == Window::Year ? CompText::tr("year to date") : CompText::tr("each period");
}

} // namespace

QString describeComponent(const Component &c, const QLocale &l)
{
    QStringList parts;
    switch (c.type) {
    case Component::Type::Commission: {
        const Commission &k = c.commission;
        const bool amount = k.basis == Commission::Basis::Amount;
        auto from = [&](const Tier &t) {
            return amount ? t.fromAmount.format(l) : t.fromAttainment.toPercentString(l, 0);
        };
        QStringList tiers;
        for (const Tier &t : k.tiers)
            tiers << CompText::tr("from %1: %2").arg(from(t), t.rate.toPercentString(l, 2));
        if (k.tiers.size() == 1)
            parts << CompText::tr("commission %1 of credit, %2")
                         .arg(k.tiers.front().rate.toPercentString(l, 2), windowText(k.window));
        else
            parts << CompText::tr("%1 tiers by %2, %3: %4")
                         .arg(k.mode == Commission::Mode::Marginal ? CompText::tr("marginal")
                                                                   : CompText::tr("retroactive"),
                              amount ? CompText::tr("credit") : CompText::tr("attainment"),
                              windowText(k.window), tiers.join(QStringLiteral("; ")));
        if (k.gate != Rate())
            parts << CompText::tr("gate %1 attainment").arg(k.gate.toPercentString(l, 0));
        if (k.hasSoftCap)
            parts << CompText::tr("soft cap: %1 above %2")
                         .arg(k.softCap.rate.toPercentString(l, 2), from(k.softCap));
        if (k.capPerPeriod != Money())
            parts << CompText::tr("cap %1 per period").arg(k.capPerPeriod.format(l));
        if (k.capPerYear != Money())
            parts << CompText::tr("cap %1 per year").arg(k.capPerYear.format(l));
        break;
    }
    case Component::Type::Bonus: {
        const Bonus &b = c.bonus;
        QStringList steps;
        for (const BonusStep &s : b.steps)
            steps << CompText::tr("%1 → %2").arg(s.attainment.toPercentString(l, 0),
                                                 s.payout.toPercentString(l, 0));
        parts << CompText::tr("%1 bonus, target %2 (%3): %4")
                     .arg(b.mode == Bonus::Mode::Stepped ? CompText::tr("stepped")
                                                         : CompText::tr("pro-rated"),
                          b.target.format(l), windowText(b.window), steps.join(QStringLiteral(", ")));
        break;
    }
    case Component::Type::Spiff: {
        const Spiff &s = c.spiff;
        parts
            << (s.unitSize > Money()
                    ? CompText::tr("SPIFF %1 per %2 of credit").arg(s.amount.format(l), s.unitSize.format(l))
                    : CompText::tr("SPIFF %1 per deal").arg(s.amount.format(l)));
        if (s.frequency == Spiff::Frequency::OncePerPeriod)
            parts << CompText::tr("once per period");
        if (!s.products.isEmpty())
            parts << CompText::tr("products %1").arg(s.products.join(QStringLiteral(", ")));
        if (!s.types.isEmpty())
            parts << CompText::tr("types %1").arg(s.types.join(QStringLiteral(", ")));
        if (s.minAmount > Money())
            parts << CompText::tr("deals of at least %1").arg(s.minAmount.format(l));
        if (s.maxAmount > Money())
            parts << CompText::tr("deals of at most %1").arg(s.maxAmount.format(l));
        if (s.from.isValid() || s.to.isValid())
            parts << CompText::tr("closed %1 to %2")
                         .arg(s.from.isValid() ? l.toString(s.from, QLocale::ShortFormat)
                                               : CompText::tr("any time"),
                              s.to.isValid() ? l.toString(s.to, QLocale::ShortFormat)
                                             : CompText::tr("any time"));
        break;
    }
    case Component::Type::Draw:
        parts << CompText::tr("%1 draw of %2 per period")
                     .arg(c.draw.recoverable ? CompText::tr("recoverable") : CompText::tr("non-recoverable"),
                          c.draw.amount.format(l));
        break;
    case Component::Type::Clawback: {
        const Clawback &k = c.clawback;
        const QString anchor = k.anchor == Clawback::Anchor::Booking   ? CompText::tr("booking")
                               : k.anchor == Clawback::Anchor::Invoice ? CompText::tr("invoice")
                                                                       : CompText::tr("payment");
        parts << CompText::tr("clawback of %1 of the deal's commission if cancelled within %2 days of %3")
                     .arg(k.share.toPercentString(l, 0))
                     .arg(k.windowDays)
                     .arg(anchor);
        if (k.mode == Clawback::Mode::ProRated)
            parts << CompText::tr("pro-rated on the unused part of a %1-month term").arg(k.termMonths);
        break;
    }
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace tessera::comp
