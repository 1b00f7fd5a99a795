#pragma once
// A small hand-made plan for the shell tests, small enough that every expectation is computed by hand:
//   org: Co (company) → West (region) → Bay (territory 3), Coast (territory 4)
//   reps: 1 Ann Lee (manager, no territory), 2 Bob Stone (Bay), 3 Cara Diaz (Coast), 4 Dan Ito (Bay)
//   accounts: 1 Acme Corp (owner Bob, potential 1,000.00), 2 Beta LLC (owner Cara, 250.50), 3 Gamma Inc (Dan,
//   NULL) opportunities: 1 Acme – Platform (Acme, Bob, 12,000.00, 40 %), 2 Beta – Renewal (Beta, Cara,
//   800.00, 90 %),
//                  3 Gamma – Pilot (Gamma, Dan, 5,000.25, 10 %)
#include "store/planstore.h"

#include <QString>
#include <memory>

namespace shelltest {

inline std::unique_ptr<tessera::PlanStore> createSmallPlan(const QString &path)
{
    tessera::PlanSettings settings;
    settings.name = QStringLiteral("Small plan");
    settings.firstFiscalYear = 2027;
    settings.lastFiscalYear = 2027;
    auto store = tessera::PlanStore::create(path, settings);
    tessera::Transaction tx(*store);
    const char *statements[] = {
        "INSERT INTO reps(id, external_id, name, email, role, manager_id, hire_date, end_date, territory_id) "
        "VALUES "
        "(1, 'R1', 'Ann Lee', 'ann.lee@example.com', 'Regional Manager', NULL, '2020-01-15', NULL, NULL)",
        "INSERT INTO org_nodes(id, parent_id, level, code, name, manager_rep_id, sort_order) VALUES "
        "(1, NULL, 'company', 'CO', 'Co', NULL, 0), (2, 1, 'region', 'W', 'West', 1, 0), "
        "(3, 2, 'territory', 'T1', 'Bay', NULL, 0), (4, 2, 'territory', 'T2', 'Coast', NULL, 1)",
        "INSERT INTO reps(id, external_id, name, email, role, manager_id, hire_date, end_date, territory_id) "
        "VALUES "
        "(2, 'R2', 'Bob Stone', 'bob.stone@example.com', 'Account Executive', 1, '2021-03-01', NULL, 3), "
        "(3, 'R3', 'Cara Diaz', 'cara.diaz@example.com', 'Account Executive', 1, '2022-05-09', '2027-02-28', "
        "4), "
        "(4, 'R4', 'Dan Ito', 'dan.ito@example.com', 'Account Executive', 1, '2023-07-01', NULL, 3)",
        "INSERT INTO accounts(id, external_id, name, city, state, segment, employees, potential_cents, "
        "owner_rep_id) "
        "VALUES (1, 'A1', 'Acme Corp', 'Oakland', 'CA', 'Enterprise', 5000, 100000, 2), "
        "(2, 'A2', 'Beta LLC', 'Eureka', 'CA', 'SMB', 40, 25050, 3), "
        "(3, 'A3', 'Gamma Inc', 'San Jose', 'CA', 'Mid-Market', 300, NULL, 4)",
        "INSERT INTO opportunities(id, external_id, name, account_id, owner_rep_id, amount_cents, stage, "
        "probability, "
        "forecast_category, type, created_date, close_date) VALUES "
        "(1, 'O1', 'Acme – Platform', 1, 2, 1200000, 'Proposal', 40, 'Pipeline', 'New Business', "
        "'2027-01-10', "
        "'2027-09-30'), "
        "(2, 'O2', 'Beta – Renewal', 2, 3, 80000, 'Negotiation', 90, 'Commit', 'Renewal', '2027-02-01', "
        "'2027-07-15'), "
        "(3, 'O3', 'Gamma – Pilot', 3, 4, 500025, 'Discovery', 10, 'Pipeline', 'New Business', '2027-03-05', "
        "'2027-12-01')",
    };
    for (const char *sql : statements)
        store->query(QString::fromUtf8(sql));
    store->setSetting(
        QStringLiteral("stages"),
        QStringLiteral("[{\"name\":\"Discovery\",\"probability\":10,\"forecast_category\":\"Pipeline\"},"
                       "{\"name\":\"Proposal\",\"probability\":40,\"forecast_category\":\"Pipeline\"},"
                       "{\"name\":\"Negotiation\",\"probability\":80,\"forecast_category\":\"Commit\"},"
                       "{\"name\":\"Closed Won\",\"probability\":100,\"forecast_category\":\"Closed\"}]"));
    tx.commit();
    return store;
}

inline qint64 changeLogCount(const tessera::PlanStore &store)
{
    return store.scalar(QStringLiteral("SELECT COUNT(*) FROM change_log")).toLongLong();
}

} // namespace shelltest
