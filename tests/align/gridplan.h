#pragma once
// A small plan for the align tests.
#include "store/planstore.h"

#include <QString>

namespace testgraphs {

// A 4 × 4 grid level "grid" (units "x,y"), one account per unit with potential $100 × (index + 1), a unit
// measure "households" of 10 per unit, territories T1 and T2 and a rep in T1.
inline void makeGridPlan(const QString &path)
{
    auto store = tessera::PlanStore::create(path);
    tessera::Transaction tx(*store);
    store->query(
        QStringLiteral("INSERT INTO geo_levels (id, name, created_at) VALUES (1, 'grid', '2027-01-01')"));
    store->query(QStringLiteral("INSERT INTO org_nodes (id, parent_id, level, code, name) VALUES (1, NULL, "
                                "'company', 'CO', 'Company')"));
    store->query(QStringLiteral("INSERT INTO org_nodes (id, parent_id, level, code, name) VALUES (2, 1, "
                                "'territory', 'T1', 'North')"));
    store->query(QStringLiteral("INSERT INTO org_nodes (id, parent_id, level, code, name) VALUES (3, 1, "
                                "'territory', 'T2', 'South')"));
    store->query(QStringLiteral("INSERT INTO reps (id, external_id, name, territory_id) VALUES (1, 'R1', "
                                "'Rita', 2)"));
    for (int y = 0; y < 4; ++y)
        for (int x = 0; x < 4; ++x) {
            const int id = y * 4 + x + 1;
            store->query(
                QStringLiteral("INSERT INTO geo_units (id, level_id, code, name, area_m2, perimeter_m) "
                               "VALUES (?, 1, ?, ?, 1e6, 4000)"),
                {id, QStringLiteral("%1,%2").arg(x).arg(y), QStringLiteral("Cell %1").arg(id)});
            store->query(QStringLiteral("INSERT INTO geo_unit_measures (unit_id, measure, value) VALUES (?, "
                                        "'households', 10)"),
                         {id});
            store->query(QStringLiteral("INSERT INTO accounts (id, name, potential_cents) VALUES (?, ?, ?)"),
                         {id, QStringLiteral("Account %1").arg(id), qint64(id) * 10000});
            store->query(
                QStringLiteral("INSERT INTO account_units (account_id, level_id, unit_id) VALUES (?, 1, ?)"),
                {id, id});
        }
    for (int y = 0; y < 4; ++y)
        for (int x = 0; x < 4; ++x) {
            const int id = y * 4 + x + 1;
            if (x + 1 < 4)
                store->query(
                    QStringLiteral("INSERT INTO geo_adjacency (level_id, unit_a, unit_b, shared_border_m) "
                                   "VALUES (1, ?, ?, 1000)"),
                    {id, id + 1});
            if (y + 1 < 4)
                store->query(
                    QStringLiteral("INSERT INTO geo_adjacency (level_id, unit_a, unit_b, shared_border_m) "
                                   "VALUES (1, ?, ?, 1000)"),
                    {id, id + 4});
        }
    tx.commit();
}

} // namespace testgraphs
