#pragma once
// A small plan file for the quota store and CLI tests:
//   CO ─ R1 ─ D1 ─ T1 (rep A, booked 300,000.00 in FY2026, potential 1,000,000.00)
//                └ T2 (rep B, booked 100,000.00, potential 2,000,000.00)
//      └ R2 ─ D2 ─ T3 (rep C, booked 200,000.00, potential 3,000,000.00)
//                └ T4 (rep D, hired 2027-01-01, no bookings, potential 4,000,000.00)
#include "store/planstore.h"

#include <QDate>

namespace quotatest {

inline void makeFixturePlan(const QString &path)
{
    using namespace tessera;
    PlanSettings s;
    s.firstFiscalYear = 2026;
    s.lastFiscalYear = 2027;
    auto store = PlanStore::create(path, s);
    Transaction tx(*store);
    auto node = [&](const QVariant &parent, const QString &level, const QString &code) {
        QSqlQuery q = store->query(
            QStringLiteral(
                "INSERT INTO org_nodes(parent_id, level, code, name, sort_order) VALUES (?, ?, ?, ?, 0)"),
            {parent, level, code, code});
        return store->lastInsertId(q);
    };
    const qint64 co = node(QVariant(), QStringLiteral("company"), QStringLiteral("CO"));
    const qint64 r1 = node(co, QStringLiteral("region"), QStringLiteral("R1"));
    const qint64 r2 = node(co, QStringLiteral("region"), QStringLiteral("R2"));
    const qint64 d1 = node(r1, QStringLiteral("district"), QStringLiteral("D1"));
    const qint64 d2 = node(r2, QStringLiteral("district"), QStringLiteral("D2"));
    const qint64 t[4] = {node(d1, QStringLiteral("territory"), QStringLiteral("T1")),
                         node(d1, QStringLiteral("territory"), QStringLiteral("T2")),
                         node(d2, QStringLiteral("territory"), QStringLiteral("T3")),
                         node(d2, QStringLiteral("territory"), QStringLiteral("T4"))};
    const char *names[4] = {"A", "B", "C", "D"};
    const char *hires[4] = {"2015-03-01", "2016-05-01", "2014-01-01", "2027-01-01"};
    const qint64 booked[4] = {30000000, 10000000, 20000000, 0};
    const char *closes[4] = {"2026-03-15", "2026-12-10", "2026-06-30", ""};
    for (int i = 0; i < 4; ++i) {
        QSqlQuery r = store->query(
            QStringLiteral(
                "INSERT INTO reps(external_id, name, hire_date, territory_id) VALUES (?, ?, ?, ?)"),
            {QString::fromLatin1(names[i]), QStringLiteral("Rep %1").arg(QLatin1String(names[i])),
             QString::fromLatin1(hires[i]), t[i]});
        const qint64 rep = store->lastInsertId(r);
        QSqlQuery a = store->query(
            QStringLiteral("INSERT INTO accounts(name, potential_cents, owner_rep_id) VALUES (?, ?, ?)"),
            {QStringLiteral("Account %1").arg(i), qint64(i + 1) * 100000000, rep});
        if (booked[i] > 0)
            store->query(
                QStringLiteral("INSERT INTO opportunities(name, account_id, owner_rep_id, amount_cents, "
                               "stage, close_date, is_closed, is_won) VALUES (?, ?, ?, ?, 'Closed Won', "
                               "?, 1, 1)"),
                {QStringLiteral("Deal %1").arg(i), store->lastInsertId(a), rep, booked[i],
                 QString::fromLatin1(closes[i])});
    }
    tx.commit();
}

} // namespace quotatest
