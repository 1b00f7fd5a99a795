#pragma once
// The quota calendar: the plan's FiscalCalendar (fiscal-year start month from the plan settings), with an
// optional 4-4-5 pattern kept inside quota planning so the shared calendar does not change.
//
// Months: fiscal months 1..12 are labelled like FiscalCalendar's months ("2027-03"). In the calendar-month
// pattern a fiscal month is its calendar month. In the 4-4-5 pattern each quarter is 4, 4 and 5 weeks
// (28, 28, 35 days) counted from the fiscal-year start date, and the last month also takes the one or two
// days left until the fiscal year ends, so every day of the year belongs to exactly one month and the
// fiscal years stay those of the plan (a simplification of retail 4-4-5 years, which start on a weekday).
//
// Eligibility and ramps: a rep's coverage of a month is ramp rate × eligible days ÷ days in the month.
// Eligible days are the days between hire date and end date (inclusive) less leave days. The ramp month of
// a fiscal month is 1 for the month that contains the hire date, 2 for the next, and so on.

#include "common/money.h"
#include "store/fiscalcalendar.h"

#include <QDate>
#include <array>
#include <vector>

namespace tessera::quota {

struct DateRange
{
    QDate start, end; // inclusive
    int days() const { return int(start.daysTo(end)) + 1; }
};

class QuotaCalendar
{
public:
    enum class Pattern
    {
        CalendarMonths,
        FourFourFive
    };
    explicit QuotaCalendar(int startMonth = 1, Pattern pattern = Pattern::CalendarMonths);
    static QString patternName(Pattern p);                       // "months" | "4-4-5"
    static bool parsePattern(const QString &text, Pattern *out); // accepts the names above and "445"

    const FiscalCalendar &fiscal() const { return m_fiscal; }
    Pattern pattern() const { return m_pattern; }
    DateRange month(int fiscalYear, int number) const; // number 1..12
    DateRange year(int fiscalYear) const;
    QString monthLabel(int fiscalYear, int number) const; // "2027-03"
    // Fiscal year and month (1..12) of a date.
    void locate(const QDate &date, int *fiscalYear, int *month) const;
    // 1-based index of the month containing date counted across years (fiscal year × 12 + month).
    int absoluteMonth(const QDate &date) const;

private:
    FiscalCalendar m_fiscal;
    Pattern m_pattern;
};

struct Leave
{
    QDate start, end; // inclusive
};

// Ramp rates for months 1, 2, ... after hire; later months are 100%. E.g. {0, 25%, 50%}.
struct RampProfile
{
    QString name;
    std::vector<Rate> steps;
    Rate rateForMonth(int rampMonth) const;                   // rampMonth >= 1
    static bool parse(const QString &text, RampProfile *out); // "0,25%,50%" or "0,0.25,0.5"
    QString toText() const;
};

struct Employment
{
    QDate hire; // invalid = before any plan year
    QDate end;  // invalid = still employed
    std::vector<Leave> leaves;
};

// Days of the range the rep can sell in: within [hire, end] and outside leaves.
int eligibleDays(const DateRange &range, const Employment &employment);

// Coverage numerators for the 12 months of a fiscal year: ramp micros × eligible days. The denominator of
// month m is Rate::Scale × days(m). A rep without a profile (or hired before the ramp ends) is at 100%.
std::array<qint64, 12> coverage(const QuotaCalendar &calendar, int fiscalYear, const Employment &employment,
                                const RampProfile &ramp);

} // namespace tessera::quota
