#pragma once
// A dashboard period: a fiscal month, quarter or year from the plan's FiscalCalendar, or a custom range of
// days. Text forms: "2027-03", "2027-Q2", "FY2027", "2027-02-15..2027-04-10".

#include "store/fiscalcalendar.h"

#include <QDate>
#include <QString>
#include <vector>

namespace tessera::forecast {

struct Period
{
    enum class Kind
    {
        Month,
        Quarter,
        Year,
        Custom
    };
    Kind kind = Kind::Custom;
    QDate start;
    QDate end; // inclusive
    QString label;

    int days() const { return int(start.daysTo(end)) + 1; }
    // True when the period starts on the first and ends on the last day of a month (no partial months).
    bool monthAligned() const;
    // The months the period touches, as first days of months.
    std::vector<QDate> months() const;
    bool operator==(const Period &o) const { return start == o.start && end == o.end; }
    bool operator!=(const Period &o) const { return !(*this == o); }
};

// Throws a user error naming the field "period" when the text is not a period.
Period parsePeriod(const FiscalCalendar &calendar, const QString &text);
Period fromFiscal(const FiscalPeriod &p);
Period customPeriod(const QDate &start, const QDate &end);

// "YYYY-MM" of a date (the form forecast_facts.month and close_date's prefix use).
QString monthKey(const QDate &date);

} // namespace tessera::forecast
