#pragma once
// The plan's fiscal calendar. A fiscal year is named after the calendar year in which it ends
// (start month 2: FY2027 runs 2026-02-01 .. 2027-01-31); with start month 1 it is the calendar year.
// Months are labelled by their calendar month (YYYY-MM), quarters as FY-Qn (2027-Q1), years as FY2027.

#include <QDate>
#include <QString>
#include <vector>

namespace tessera {

class PlanStore;

struct FiscalPeriod
{
    enum class Kind
    {
        Month,
        Quarter,
        Year
    };
    Kind kind = Kind::Month;
    int fiscalYear = 0;
    int number = 0; // 1..12 months, 1..4 quarters, 1 for the year
    QDate start;
    QDate end; // inclusive
    QString label;
    int days() const { return int(start.daysTo(end)) + 1; }
    static QString kindName(Kind k);
};

class FiscalCalendar
{
public:
    explicit FiscalCalendar(int startMonth = 1);
    int startMonth() const { return m_startMonth; }

    int fiscalYearOf(const QDate &date) const;
    QDate yearStart(int fiscalYear) const;
    QDate yearEnd(int fiscalYear) const;
    FiscalPeriod month(int fiscalYear, int number) const;
    FiscalPeriod quarter(int fiscalYear, int number) const;
    FiscalPeriod year(int fiscalYear) const;
    std::vector<FiscalPeriod> periods(int fiscalYear) const; // 12 months, 4 quarters, 1 year
    // Parses "2027-03" (calendar month), "2027-Q2" (fiscal quarter), "FY2027" or "2027" (fiscal year).
    bool parse(const QString &text, FiscalPeriod *out) const;

    // Replaces nothing: inserts the periods of the given fiscal years that the plan does not have yet.
    void writePeriods(PlanStore &store, int firstYear, int lastYear) const;

private:
    int m_startMonth;
};

} // namespace tessera
