#pragma once
// The company's facts for a range of whole months, summed in memory per rep in ONE pass over
// forecast_facts (its month index covers the query): each rep's tally over the period (figures.h) and, for
// every month of the range, each rep's closed deals (bookings, win rate, average deal). Any node's figures
// and monthly series are then sums over the node's reps, with no further query.
//
// The sums follow the same rules as the SQL tally over the opportunities table (ForecastQuery keeps both;
// tests/forecast/tst_repfacts.cpp checks they agree): won = is_won; lost = closed and not won; open amounts
// by forecast category ('Commit' and 'Closed' count as Commit); the weighted pipeline uses the plan's stage
// probability for the fact's stage, else the fact's own Σ amount × probability.

#include "figures.h"

#include <QDate>
#include <QHash>
#include <vector>

namespace tessera {
class PlanStore;
}

namespace tessera::forecast {

// One rep's (or node's) deals closed in one month.
struct ClosedMonth
{
    qint64 wonCents = 0, won = 0, lost = 0;
    ClosedMonth &operator+=(const ClosedMonth &o)
    {
        wonCents += o.wonCents;
        won += o.won;
        lost += o.lost;
        return *this;
    }
};

class RepFacts
{
public:
    // Reads the facts of the months firstMonth..lastMonth (first days of months); the tallies sum only the
    // months tallyFirst..tallyLast inside that range, and only closed facts are read for the other months.
    static RepFacts read(const PlanStore &store, const QHash<QString, int> &stageProbability,
                         const QDate &firstMonth, const QDate &lastMonth, const QDate &tallyFirst,
                         const QDate &tallyLast);

    // The rep's tally over the tally months (zero when the rep has no facts there).
    Tally tally(qint64 rep) const;
    // Whether the monthly closed figures cover the months firstMonth..lastMonth.
    bool covers(const QDate &firstMonth, const QDate &lastMonth) const;
    // Adds the rep's closed deals of each month from firstMonth on to out[0], out[1], ... (covered months).
    void addClosed(qint64 rep, const QDate &firstMonth, std::vector<ClosedMonth> &out) const;

private:
    int slotOf(qint64 rep);
    void addClosedFact(int slot, QByteArrayView month, qint64 isWon, qint64 count, qint64 amount);
    static int monthIndex(const QDate &d) { return d.year() * 12 + d.month() - 1; }
    QHash<qint64, int> m_slot; // rep id → index into m_tally and m_closed
    std::vector<Tally> m_tally;
    std::vector<ClosedMonth> m_closed; // slot × m_months + month
    int m_first = 0;                   // monthIndex of the first month read
    int m_months = 0;
};

} // namespace tessera::forecast
