#include "fiscalcalendar.h"

#include "planstore.h"

#include <QRegularExpression>

namespace tessera {

QString FiscalPeriod::kindName(Kind k)
{
    switch (k) {
    case Kind::Month:
        return QStringLiteral("month");
    case Kind::Quarter:
        return QStringLiteral("quarter");
    case Kind::Year:
        return QStringLiteral("year");
    }
    return {};
}

FiscalCalendar::FiscalCalendar(int startMonth) : m_startMonth(qBound(1, startMonth, 12)) {}

QDate FiscalCalendar::yearStart(int fiscalYear) const
{
    return QDate(m_startMonth == 1 ? fiscalYear : fiscalYear - 1, m_startMonth, 1);
}

QDate FiscalCalendar::yearEnd(int fiscalYear) const
{
    return yearStart(fiscalYear + 1).addDays(-1);
}

int FiscalCalendar::fiscalYearOf(const QDate &date) const
{
    if (m_startMonth == 1)
        return date.year();
    return date.month() >= m_startMonth ? date.year() + 1 : date.year();
}

FiscalPeriod FiscalCalendar::month(int fiscalYear, int number) const
{
    FiscalPeriod p;
    p.kind = FiscalPeriod::Kind::Month;
    p.fiscalYear = fiscalYear;
    p.number = number;
    p.start = yearStart(fiscalYear).addMonths(number - 1);
    p.end = p.start.addMonths(1).addDays(-1);
    p.label = p.start.toString(QStringLiteral("yyyy-MM"));
    return p;
}

FiscalPeriod FiscalCalendar::quarter(int fiscalYear, int number) const
{
    FiscalPeriod p;
    p.kind = FiscalPeriod::Kind::Quarter;
    p.fiscalYear = fiscalYear;
    p.number = number;
    p.start = yearStart(fiscalYear).addMonths(3 * (number - 1));
    p.end = p.start.addMonths(3).addDays(-1);
    p.label = QStringLiteral("%1-Q%2").arg(fiscalYear).arg(number);
    return p;
}

FiscalPeriod FiscalCalendar::year(int fiscalYear) const
{
    FiscalPeriod p;
    p.kind = FiscalPeriod::Kind::Year;
    p.fiscalYear = fiscalYear;
    p.number = 1;
    p.start = yearStart(fiscalYear);
    p.end = yearEnd(fiscalYear);
    p.label = QStringLiteral("FY%1").arg(fiscalYear);
    return p;
}

std::vector<FiscalPeriod> FiscalCalendar::periods(int fiscalYear) const
{
    std::vector<FiscalPeriod> out;
    for (int m = 1; m <= 12; ++m)
        out.push_back(month(fiscalYear, m));
    for (int q = 1; q <= 4; ++q)
        out.push_back(quarter(fiscalYear, q));
    out.push_back(year(fiscalYear));
    return out;
}

bool FiscalCalendar::parse(const QString &text, FiscalPeriod *out) const
{
    static const QRegularExpression monthRe(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    static const QRegularExpression quarterRe(QStringLiteral("^(?:FY)?(\\d{4})-?Q([1-4])$"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression yearRe(QStringLiteral("^(?:FY)?(\\d{4})$"),
                                           QRegularExpression::CaseInsensitiveOption);
    const QString t = text.trimmed();
    if (auto m = monthRe.match(t); m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), 1);
        if (!d.isValid())
            return false;
        const int fy = fiscalYearOf(d);
        const int number =
            int((d.year() * 12 + d.month()) - (yearStart(fy).year() * 12 + yearStart(fy).month())) + 1;
        *out = month(fy, number);
        return true;
    }
    if (auto m = quarterRe.match(t); m.hasMatch()) {
        *out = quarter(m.captured(1).toInt(), m.captured(2).toInt());
        return true;
    }
    if (auto m = yearRe.match(t); m.hasMatch()) {
        *out = year(m.captured(1).toInt());
        return true;
    }
    return false;
}

void FiscalCalendar::writePeriods(PlanStore &store, int firstYear, int lastYear) const
{
    Transaction tx(store);
    QSqlQuery insert = store.prepare(
        QStringLiteral("INSERT INTO fiscal_periods(kind, fiscal_year, number, label, start_date, end_date) "
                       "SELECT ?, ?, ?, ?, ?, ? WHERE NOT EXISTS "
                       "(SELECT 1 FROM fiscal_periods WHERE kind = ? AND fiscal_year = ? AND number = ?)"));
    for (int y = firstYear; y <= lastYear; ++y) {
        for (const FiscalPeriod &p : periods(y)) {
            const QString kind = FiscalPeriod::kindName(p.kind);
            const QVariantList values = {kind,
                                         p.fiscalYear,
                                         p.number,
                                         p.label,
                                         p.start.toString(Qt::ISODate),
                                         p.end.toString(Qt::ISODate),
                                         kind,
                                         p.fiscalYear,
                                         p.number};
            for (int i = 0; i < values.size(); ++i)
                insert.bindValue(i, values[i]);
            store.exec(insert);
        }
    }
    tx.commit();
}

} // namespace tessera
