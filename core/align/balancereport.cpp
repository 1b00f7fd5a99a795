// The text form of a balance report (the CLI prints it; numbers follow the locale).
#include "balancerun.h"

#include <QCoreApplication>
#include <QLocale>

namespace tessera::align {
namespace {

QString percent(const QLocale &l, double v)
{
    return l.toString(v * 100.0, 'f', 2) + l.percent();
}

} // namespace

QString BalanceReport::toText() const
{
    const QLocale l;
    const AlignmentMetrics &m = result.metrics;
    QString s;
    s += QCoreApplication::translate("align",
                                     "Balanced level '%1' into %2 territories on %3 (%4, seed %5) in %6 s.\n")
             .arg(level)
             .arg(territories.size())
             .arg(measure, mode == BalanceMode::Fresh
                               ? QCoreApplication::translate("align", "fresh")
                               : QCoreApplication::translate("align", "minimal disruption"))
             .arg(seed)
             .arg(l.toString(result.seconds, 'f', 2));
    s += QCoreApplication::translate("align",
                                     "Largest deviation %1, mean deviation %2, heaviest-unit floor %3.\n")
             .arg(percent(l, m.maxDeviation), percent(l, m.meanDeviation), percent(l, m.heaviestUnitFloor));
    s += QCoreApplication::translate(
             "align", "Every territory in one piece: %1. Mean Polsby-Popper %2 (lowest %3). Cut edges %4.\n")
             .arg(m.allContiguous ? QCoreApplication::translate("align", "yes")
                                  : QCoreApplication::translate("align", "no"))
             .arg(l.toString(m.meanPolsbyPopper, 'f', 3), l.toString(m.minPolsbyPopper, 'f', 3))
             .arg(l.toString(m.cutEdges));
    if (hadPrevious) {
        s += QCoreApplication::translate("align", "Before: largest deviation %1, mean Polsby-Popper %2.\n")
                 .arg(percent(l, beforeMetrics.maxDeviation),
                      l.toString(beforeMetrics.meanPolsbyPopper, 'f', 3));
        s += QCoreApplication::translate("align", "Moved %1 units, %2 accounts and %3 of the weight (%4).\n")
                 .arg(l.toString(m.moved.units), l.toString(m.moved.accounts, 'f', 0),
                      l.toString(m.moved.weight, 'f', 0),
                      percent(l, m.totalWeight > 0 ? m.moved.weight / m.totalWeight : 0.0));
    }
    s += QStringLiteral("\n%1  %2  %3  %4  %5  %6  %7\n")
             .arg(QCoreApplication::translate("align", "Territory"), -28)
             .arg(QCoreApplication::translate("align", "Units"), 7)
             .arg(QCoreApplication::translate("align", "Accounts"), 9)
             .arg(QCoreApplication::translate("align", "Weight"), 16)
             .arg(QCoreApplication::translate("align", "Deviation"), 10)
             .arg(QCoreApplication::translate("align", "Pieces"), 6)
             .arg(QCoreApplication::translate("align", "PP"), 6);
    for (size_t t = 0; t < territories.size(); ++t) {
        const TerritoryMetrics &tm = m.territories[t];
        QString label = territories[t].code + QLatin1Char(' ') + territories[t].name;
        if (territories[t].created)
            label += QLatin1Char('*');
        s += QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                 .arg(label.left(28), -28)
                 .arg(l.toString(tm.units), 7)
                 .arg(l.toString(tm.accounts, 'f', 0), 9)
                 .arg(l.toString(tm.weight, 'f', 0), 16)
                 .arg(percent(l, tm.deviation), 10)
                 .arg(l.toString(tm.pieces), 6)
                 .arg(l.toString(tm.polsbyPopper, 'f', 3), 6);
    }
    if (std::any_of(territories.begin(), territories.end(), [](const TerritoryRef &t) { return t.created; }))
        s += QCoreApplication::translate("align", "* new territory made by this balance\n");
    for (const QString &w : result.warnings)
        s += QCoreApplication::translate("align", "Warning: %1\n").arg(w);
    return s;
}

} // namespace tessera::align
