#include "quotacalendar.h"

#include <QStringList>
#include <algorithm>

namespace tessera::quota {

QuotaCalendar::QuotaCalendar(int startMonth, Pattern pattern) : m_fiscal(startMonth), m_pattern(pattern) {}

QString QuotaCalendar::patternName(Pattern p)
{
    return p == Pattern::FourFourFive ? QStringLiteral("4-4-5") : QStringLiteral("months");
}

bool QuotaCalendar::parsePattern(const QString &text, Pattern *out)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("months") || t == QLatin1String("calendar") || t.isEmpty()) {
        *out = Pattern::CalendarMonths;
        return true;
    }
    if (t == QLatin1String("4-4-5") || t == QLatin1String("445")) {
        *out = Pattern::FourFourFive;
        return true;
    }
    return false;
}

DateRange QuotaCalendar::year(int fiscalYear) const
{
    return {m_fiscal.yearStart(fiscalYear), m_fiscal.yearEnd(fiscalYear)};
}

DateRange QuotaCalendar::month(int fiscalYear, int number) const
{
    if (m_pattern == Pattern::CalendarMonths) {
        const FiscalPeriod p = m_fiscal.month(fiscalYear, number);
        return {p.start, p.end};
    }
    const QDate start = m_fiscal.yearStart(fiscalYear);
    int offset = 0;
    for (int m = 1; m < number; ++m)
        offset += (m % 3 == 0) ? 35 : 28;
    const int length = (number % 3 == 0) ? 35 : 28;
    const QDate s = start.addDays(offset);
    const QDate e = number == 12 ? m_fiscal.yearEnd(fiscalYear) : s.addDays(length - 1);
    return {s, e};
}

QString QuotaCalendar::monthLabel(int fiscalYear, int number) const
{
    return m_fiscal.month(fiscalYear, number).label;
}

void QuotaCalendar::locate(const QDate &date, int *fiscalYear, int *month) const
{
    const int fy = m_fiscal.fiscalYearOf(date);
    *fiscalYear = fy;
    if (m_pattern == Pattern::CalendarMonths) {
        const QDate s = m_fiscal.yearStart(fy);
        *month = (date.year() * 12 + date.month()) - (s.year() * 12 + s.month()) + 1;
        return;
    }
    const qint64 day = m_fiscal.yearStart(fy).daysTo(date);
    const int quarter = std::min(3, int(day / 91));
    const int inQuarter = int(day - quarter * 91);
    *month = std::min(12, quarter * 3 + (inQuarter < 28 ? 1 : (inQuarter < 56 ? 2 : 3)));
}

int QuotaCalendar::absoluteMonth(const QDate &date) const
{
    int fy = 0, m = 0;
    locate(date, &fy, &m);
    return fy * 12 + m;
}

Rate RampProfile::rateForMonth(int rampMonth) const
{
    if (rampMonth < 1)
        return Rate::fromMicros(0);
    if (size_t(rampMonth) <= steps.size())
        return steps[size_t(rampMonth) - 1];
    return Rate::fromMicros(Rate::Scale);
}

bool RampProfile::parse(const QString &text, RampProfile *out)
{
    RampProfile p;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const auto r = Rate::parse(part.trimmed());
        if (!r || r->micros() < 0 || r->micros() > Rate::Scale)
            return false;
        p.steps.push_back(*r);
    }
    p.name = out->name;
    *out = p;
    return true;
}

QString RampProfile::toText() const
{
    QStringList parts;
    for (const Rate &r : steps)
        parts << r.toPlainString();
    return parts.join(QLatin1Char(','));
}

int eligibleDays(const DateRange &range, const Employment &employment)
{
    QDate s = range.start, e = range.end;
    if (employment.hire.isValid() && employment.hire > s)
        s = employment.hire;
    if (employment.end.isValid() && employment.end < e)
        e = employment.end;
    if (s > e)
        return 0;
    qint64 days = s.daysTo(e) + 1;
    for (const Leave &l : employment.leaves) {
        const QDate ls = std::max(l.start, s), le = std::min(l.end, e);
        if (ls <= le)
            days -= ls.daysTo(le) + 1;
    }
    return int(std::max<qint64>(0, days));
}

std::array<qint64, 12> coverage(const QuotaCalendar &calendar, int fiscalYear, const Employment &employment,
                                const RampProfile &ramp)
{
    std::array<qint64, 12> out{};
    const int hireMonth = employment.hire.isValid() ? calendar.absoluteMonth(employment.hire) : -1000000;
    for (int m = 1; m <= 12; ++m) {
        const DateRange r = calendar.month(fiscalYear, m);
        const int rampMonth = fiscalYear * 12 + m - hireMonth + 1;
        out[size_t(m - 1)] = ramp.rateForMonth(rampMonth).micros() * eligibleDays(r, employment);
    }
    return out;
}

} // namespace tessera::quota
