#pragma once
// A small hand-built plan for the forecast tests: company CO → region R1 → territories T1 (rep A) and T2
// (rep B), FY = calendar year, stages with settings probabilities, quotas for the reps and R1 only.
// Every expected figure in the tests is worked out by hand from the rows below (see the comments there).
#include "store/planstore.h"

#include <QString>

namespace forecastfixture {

inline void build(tessera::PlanStore &s)
{
    using tessera::PlanStore;
    s.setSetting(QStringLiteral("stages"),
                 QStringLiteral(R"([{"name":"Prospecting","probability":10,"forecast_category":"Pipeline"},)"
                                R"({"name":"Proposal","probability":50,"forecast_category":"Best Case"},)"
                                R"({"name":"Negotiation","probability":80,"forecast_category":"Commit"}])"));
    s.setSetting(QStringLiteral("forecast.as_of"), QStringLiteral("2027-02-14"));
    s.query(QStringLiteral("INSERT INTO org_nodes(id, parent_id, level, code, name) VALUES "
                           "(1, NULL, 'company', 'CO', 'Company'), (2, 1, 'region', 'R1', 'West'), "
                           "(3, 2, 'territory', 'T1', 'Alpha'), (4, 2, 'territory', 'T2', 'Beta')"));
    s.query(QStringLiteral(
        "INSERT INTO reps(id, external_id, name, territory_id) VALUES "
        "(1, 'REP-A', 'Ann Able', 3), (2, 'REP-B', 'Bob Baker', 4), (3, 'MGR-C', 'Cat Chief', NULL)"));
    const char *opps[] = {
        // id, rep, amount cents, stage, own probability, category, close date, closed, won
        "1, 1, 100000, 'Closed Won', 100, 'Closed', '2027-01-10', 1, 1",
        "2, 1, 50000, 'Closed Won', 100, 'Closed', '2027-02-05', 1, 1",
        "3, 1, 70000, 'Closed Lost', 0, 'Omitted', '2027-01-20', 1, 0",
        "4, 1, 200000, 'Negotiation', 60, 'Commit', '2027-03-15', 0, 0",   // weighted at 80 (settings)
        "5, 1, 120000, 'Proposal', 40, 'Best Case', '2027-03-20', 0, 0",   // weighted at 50
        "6, 1, 300000, 'Prospecting', 10, 'Pipeline', '2027-03-25', 0, 0", // weighted at 10
        "7, 1, 90000, 'Discovery', 25, 'Pipeline', '2027-03-01', 0, 0",    // not in settings: own 25
        "8, 1, 40000, 'Proposal', 50, 'Omitted', '2027-03-02', 0, 0",      // omitted: never counted
        "9, 1, 1000000, 'Closed Won', 100, 'Closed', '2027-04-02', 1, 1",  // after the quarter
        "10, 2, 250000, 'Closed Won', 100, 'Closed', '2027-03-01', 1, 1",
        "11, 2, 80000, 'Closed Lost', 0, 'Omitted', '2027-02-10', 1, 0",
        "12, 2, 100000, 'Negotiation', 80, 'Commit', '2027-02-28', 0, 0",
        "13, 2, 33333, 'Proposal', 50, 'Best Case', '2027-03-31', 0, 0", // 16,666.5 cents weighted
        // Owned by a manager outside every territory (and one without owner): in no node's figures.
        "14, 3, 777700, 'Closed Won', 100, 'Closed', '2027-03-05', 1, 1",
        "15, NULL, 555500, 'Closed Lost', 0, 'Omitted', '2027-02-07', 1, 0",
    };
    for (const char *o : opps)
        s.query(
            QStringLiteral("INSERT INTO opportunities(id, owner_rep_id, amount_cents, stage, probability, "
                           "forecast_category, close_date, is_closed, is_won, name) VALUES (%1, 'x')")
                .arg(QString::fromLatin1(o)));
    // Quotas (fiscal months 1..3 of FY2027): A 1,000/month, B 2,000/month, R1 3,000/month; T1, T2, CO none.
    for (int m = 1; m <= 3; ++m) {
        s.query(
            QStringLiteral("INSERT INTO quotas(rep_id, fiscal_year, month, amount_cents) VALUES (1, 2027, ?, "
                           "100000), (2, 2027, ?, 200000)"),
            {m, m});
        s.query(QStringLiteral(
                    "INSERT INTO quotas(org_node_id, fiscal_year, month, amount_cents) VALUES (2, 2027, "
                    "?, 300000)"),
                {m});
    }
}

} // namespace forecastfixture
