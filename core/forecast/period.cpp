#include "period.h"

#include "common/error.h"

#include <QCoreApplication>

namespace tessera::forecast {

bool Period::monthAligned() const
{
    return start.day() == 1 && end.day() == end.daysInMonth();
}

std::vector<QDate> Period::months() const
{
    std::vector<QDate> out;
    for (QDate m(start.year(), start.month(), 1); m <= end; m = m.addMonths(1))
        out.push_back(m);
    return out;
}

QString monthKey(const QDate &date)
{
    return date.toString(QStringLiteral("yyyy-MM"));
}

Period fromFiscal(const FiscalPeriod &p)
{
    Period out;
    out.kind = p.kind == FiscalPeriod::Kind::Month
                   ? Period::Kind::Month
                   : (p.kind == FiscalPeriod::Kind::Quarter ? Period::Kind::Quarter : Period::Kind::Year);
    out.start = p.start;
    out.end = p.end;
    out.label = p.label;
    return out;
}

Period customPeriod(const QDate &start, const QDate &end)
{
    Period out;
    out.kind = Period::Kind::Custom;
    out.start = start;
    out.end = end;
    out.label = QStringLiteral("%1..%2").arg(start.toString(Qt::ISODate), end.toString(Qt::ISODate));
    return out;
}

Period parsePeriod(const FiscalCalendar &calendar, const QString &text)
{
    const QString t = text.trimmed();
    const int dots = t.indexOf(QLatin1String(".."));
    if (dots > 0) {
        const QDate a = QDate::fromString(t.left(dots), Qt::ISODate);
        const QDate b = QDate::fromString(t.mid(dots + 2), Qt::ISODate);
        if (!a.isValid() || !b.isValid() || b < a)
            throw TesseraError(TesseraError::Kind::User,
                               QCoreApplication::translate(
                                   "Forecast", "'%1' is not a date range like 2027-02-15..2027-04-10.")
                                   .arg(t),
                               {}, -1, QStringLiteral("period"));
        return customPeriod(a, b);
    }
    FiscalPeriod fp;
    if (!calendar.parse(t, &fp))
        throw TesseraError(TesseraError::Kind::User,
                           QCoreApplication::translate("Forecast",
                                                       "'%1' is not a period: use a month (2027-03), a "
                                                       "quarter (2027-Q2), a year (FY2027) or a range "
                                                       "(2027-02-15..2027-04-10).")
                               .arg(t),
                           {}, -1, QStringLiteral("period"));
    return fromFiscal(fp);
}

} // namespace tessera::forecast
