#include "balancerun.h"

#include "csvtable.h"

#include "common/error.h"
#include "store/changelog.h"
#include "store/planstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QSet>
#include <algorithm>

namespace tessera::align {
namespace {

struct PlanTerritory
{
    qint64 id;
    QString code;
    QString name;
    qint64 parentId;
};

std::vector<PlanTerritory> planTerritories(const PlanStore &store)
{
    std::vector<PlanTerritory> list;
    QSqlQuery q = store.query(QStringLiteral("SELECT id, code, name, parent_id FROM org_nodes WHERE level = "
                                             "'territory' ORDER BY code, id"));
    while (q.next())
        list.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).isNull() ? 0 : q.value(3).toLongLong()});
    return list;
}

// Pins by territory id: the plan's locked units, then the locks file, then the seeds file.
QHash<int, qint64> readPins(const PlanStore &store, const UnitGraph &g, const BalanceRequest &r,
                            const StoredAssignment &stored, const std::vector<PlanTerritory> &territories)
{
    QHash<int, qint64> pins;
    QHash<int, QString> why;
    auto pin = [&](int unit, qint64 territory, const QString &source, const QString &file, qint64 row,
                   const QString &field) {
        const auto it = pins.constFind(unit);
        if (it != pins.constEnd() && *it != territory)
            throw TesseraError(
                TesseraError::Kind::User,
                QCoreApplication::translate("align", "%1 is pinned to two territories (%2 and this row).")
                    .arg(g.names.at(unit), why[unit]),
                file, row, field);
        pins.insert(unit, territory);
        why.insert(unit, source);
    };
    for (int u = 0; u < g.unitCount(); ++u)
        if (stored.locked[size_t(u)] && stored.territoryId[size_t(u)] > 0)
            pin(u, stored.territoryId[size_t(u)], QCoreApplication::translate("align", "locked in the plan"),
                {}, -1, {});
    QHash<QString, qint64> byCode;
    for (const PlanTerritory &t : territories)
        byCode.insert(t.code, t.id);
    if (!r.locksFile.isEmpty()) {
        const CsvTable t = readCsv(r.locksFile);
        const int unitCol = t.column(QStringLiteral("unit"), true);
        const int terrCol = t.column(QStringLiteral("territory"), true);
        for (size_t row = 0; row < t.rows.size(); ++row) {
            const qint64 line = qint64(row) + 2;
            const int u = g.indexOfCode(t.text(row, unitCol));
            if (u < 0)
                throw TesseraError(TesseraError::Kind::User,
                                   QCoreApplication::translate("align", "No unit '%1' on level '%2'.")
                                       .arg(t.text(row, unitCol), g.levelName),
                                   r.locksFile, line, QStringLiteral("unit"));
            const auto it = byCode.constFind(t.text(row, terrCol));
            if (it == byCode.constEnd())
                throw TesseraError(TesseraError::Kind::User,
                                   QCoreApplication::translate("align", "No territory with the code '%1'.")
                                       .arg(t.text(row, terrCol)),
                                   r.locksFile, line, QStringLiteral("territory"));
            pin(u, *it, QCoreApplication::translate("align", "%1 row %2").arg(r.locksFile).arg(line),
                r.locksFile, line, QStringLiteral("territory"));
        }
    }
    if (!r.seedsFile.isEmpty()) {
        const CsvTable t = readCsv(r.seedsFile);
        const int repCol = t.column(QStringLiteral("rep"), true);
        const int unitCol = t.column(QStringLiteral("unit"), false);
        for (size_t row = 0; row < t.rows.size(); ++row) {
            const qint64 line = qint64(row) + 2;
            QSqlQuery q =
                store.query(QStringLiteral("SELECT id, name, territory_id FROM reps WHERE external_id = ?"),
                            {t.text(row, repCol)});
            if (!q.next())
                throw TesseraError(
                    TesseraError::Kind::User,
                    QCoreApplication::translate("align", "No rep with the id '%1'.").arg(t.text(row, repCol)),
                    r.seedsFile, line, QStringLiteral("rep"));
            const qint64 repId = q.value(0).toLongLong();
            const QString repName = q.value(1).toString();
            if (q.value(2).isNull())
                throw TesseraError(
                    TesseraError::Kind::User,
                    QCoreApplication::translate("align", "%1 has no territory to keep a home unit in.")
                        .arg(repName),
                    r.seedsFile, line, QStringLiteral("rep"));
            const qint64 territory = q.value(2).toLongLong();
            int u = -1;
            if (!t.text(row, unitCol).isEmpty()) {
                u = g.indexOfCode(t.text(row, unitCol));
                if (u < 0)
                    throw TesseraError(TesseraError::Kind::User,
                                       QCoreApplication::translate("align", "No unit '%1' on level '%2'.")
                                           .arg(t.text(row, unitCol), g.levelName),
                                       r.seedsFile, line, QStringLiteral("unit"));
            } else {
                const QVariant home = store.scalar(
                    QStringLiteral("SELECT unit_id FROM rep_units WHERE rep_id = ? AND level_id = ?"),
                    {repId, g.levelId});
                u = home.isValid() && !home.isNull()
                        ? int(std::find(g.unitIds.begin(), g.unitIds.end(), home.toLongLong()) -
                              g.unitIds.begin())
                        : -1;
                if (u < 0 || u >= g.unitCount())
                    throw TesseraError(
                        TesseraError::Kind::User,
                        QCoreApplication::translate(
                            "align", "%1 has no home unit on level '%2': give one in the unit column.")
                            .arg(repName, g.levelName),
                        r.seedsFile, line, QStringLiteral("unit"));
            }
            pin(u, territory, QCoreApplication::translate("align", "%1 row %2").arg(r.seedsFile).arg(line),
                r.seedsFile, line, QStringLiteral("rep"));
        }
    }
    return pins;
}

QJsonObject metricsJson(const AlignmentMetrics &m)
{
    return QJsonObject{{QStringLiteral("maxDeviation"), m.maxDeviation},
                       {QStringLiteral("meanDeviation"), m.meanDeviation},
                       {QStringLiteral("heaviestUnitFloor"), m.heaviestUnitFloor},
                       {QStringLiteral("meanPolsbyPopper"), m.meanPolsbyPopper},
                       {QStringLiteral("minPolsbyPopper"), m.minPolsbyPopper},
                       {QStringLiteral("cutEdges"), m.cutEdges},
                       {QStringLiteral("unassignedUnits"), m.unassigned},
                       {QStringLiteral("allContiguous"), m.allContiguous},
                       {QStringLiteral("totalWeight"), m.totalWeight},
                       {QStringLiteral("meanWeight"), m.meanWeight}};
}

} // namespace

BalanceReport planBalance(const PlanStore &store, const BalanceRequest &r, const Progress &progress)
{
    const UnitGraph g = loadUnitGraph(store, r.level, r.measure);
    const StoredAssignment stored = loadAssignment(store, g);
    const std::vector<PlanTerritory> all = planTerritories(store);
    const QHash<int, qint64> pins = readPins(store, g, r, stored, all);

    BalanceReport rep;
    rep.level = r.level;
    rep.levelId = g.levelId;
    rep.measure = g.measureLabel;
    rep.mode = r.mode;
    rep.seed = r.seed;
    rep.unitIds = g.unitIds;
    rep.before = stored.territoryId;
    rep.hadPrevious =
        std::any_of(stored.territoryId.begin(), stored.territoryId.end(), [](qint64 t) { return t > 0; });

    // Which territories take part, in this order: pinned ones, ones the level uses now, then the rest by
    // code.
    QSet<qint64> pinnedIds, usedIds;
    for (qint64 t : pins)
        pinnedIds.insert(t);
    for (qint64 t : stored.territoryId)
        if (t > 0)
            usedIds.insert(t);
    std::vector<PlanTerritory> chosen;
    for (int pass = 0; pass < 3; ++pass)
        for (const PlanTerritory &t : all) {
            const bool inPass = pass == 0   ? pinnedIds.contains(t.id)
                                : pass == 1 ? !pinnedIds.contains(t.id) && usedIds.contains(t.id)
                                            : !pinnedIds.contains(t.id) && !usedIds.contains(t.id);
            if (inPass && (r.mode == BalanceMode::Fresh || pass < 2))
                chosen.push_back(t);
        }
    int k = r.territories;
    if (r.mode == BalanceMode::MinimalDisruption) {
        if (!rep.hadPrevious)
            throw TesseraError(
                TesseraError::Kind::User,
                QCoreApplication::translate(
                    "align", "Level '%1' has no current alignment to rebalance: use fresh mode.")
                    .arg(r.level),
                {}, -1, QStringLiteral("mode"));
        if (k != 0 && k != int(chosen.size()))
            throw TesseraError(
                TesseraError::Kind::User,
                QCoreApplication::translate(
                    "align", "Minimal disruption keeps the %1 territories the level uses now; leave out "
                             "--territories or use fresh mode for %2.")
                    .arg(chosen.size())
                    .arg(k),
                {}, -1, QStringLiteral("territories"));
        k = int(chosen.size());
    } else if (k == 0) {
        k = int(all.size());
        if (k == 0)
            throw TesseraError(
                TesseraError::Kind::User,
                QCoreApplication::translate(
                    "align", "The plan has no territories: give the number to make with --territories."),
                {}, -1, QStringLiteral("territories"));
    }
    if (int(pinnedIds.size()) > k)
        throw TesseraError(
            TesseraError::Kind::User,
            QCoreApplication::translate(
                "align", "Units are pinned to %1 different territories, more than the %2 being made.")
                .arg(pinnedIds.size())
                .arg(k),
            {}, -1, QStringLiteral("locks"));
    chosen.resize(std::min(size_t(k), chosen.size()));
    for (const PlanTerritory &t : chosen)
        rep.territories.push_back({t.id, t.code, t.name, false});
    QSet<QString> codes;
    for (const PlanTerritory &t : all)
        codes.insert(t.code);
    for (int i = 1; int(rep.territories.size()) < k; ++i) {
        const QString code = QStringLiteral("NEW%1").arg(i, 3, 10, QLatin1Char('0'));
        if (codes.contains(code))
            continue;
        rep.territories.push_back(
            {0, code, QCoreApplication::translate("align", "New territory %1").arg(i), true});
    }

    QHash<qint64, int> indexOf;
    for (int t = 0; t < k; ++t)
        if (rep.territories[size_t(t)].id > 0)
            indexOf.insert(rep.territories[size_t(t)].id, t);
    BalanceOptions o;
    o.territories = k;
    o.mode = r.mode;
    o.seed = r.seed;
    o.timeLimitSeconds = r.timeLimitSeconds;
    o.tolerance = r.tolerance;
    o.maxUnits = r.maxUnits;
    o.maxAccounts = r.maxAccounts;
    o.perPiece = r.perPiece;
    o.pinned.assign(size_t(g.unitCount()), -1);
    for (auto it = pins.constBegin(); it != pins.constEnd(); ++it)
        o.pinned[size_t(it.key())] = indexOf.value(it.value(), -1);
    if (rep.hadPrevious) {
        o.previous.assign(size_t(g.unitCount()), -1);
        for (int u = 0; u < g.unitCount(); ++u)
            o.previous[size_t(u)] = indexOf.value(stored.territoryId[size_t(u)], -1);
        rep.beforeMetrics = computeMetrics(g, o.previous, k);
    }
    rep.result = balanceUnits(g, o, progress);
    rep.after.assign(size_t(g.unitCount()), 0);
    for (int u = 0; u < g.unitCount(); ++u)
        rep.after[size_t(u)] = rep.territories[size_t(rep.result.territoryOf[size_t(u)])].id;
    return rep;
}

void writeAssignments(PlanStore &store, const std::vector<qint64> &unitIds,
                      const std::vector<qint64> &territoryIds)
{
    Transaction tx(store);
    QSqlQuery update =
        store.prepare(QStringLiteral("UPDATE unit_assignments SET territory_id = ? WHERE unit_id = ?"));
    QSqlQuery insert = store.prepare(
        QStringLiteral("INSERT INTO unit_assignments (unit_id, territory_id, locked) VALUES (?, ?, 0)"));
    for (size_t i = 0; i < unitIds.size(); ++i) {
        const QVariant territory =
            territoryIds[i] > 0 ? QVariant(territoryIds[i]) : QVariant(QMetaType(QMetaType::LongLong));
        update.bindValue(0, territory);
        update.bindValue(1, unitIds[i]);
        store.exec(update);
        if (update.numRowsAffected() == 0) {
            insert.bindValue(0, unitIds[i]);
            insert.bindValue(1, territory);
            store.exec(insert);
        }
    }
    tx.commit();
}

void applyBalance(PlanStore &store, BalanceReport &rep)
{
    Transaction tx(store);
    qint64 parent = 0;
    for (const TerritoryRef &t : rep.territories)
        if (!t.created && t.id > 0)
            parent = store.scalar(QStringLiteral("SELECT parent_id FROM org_nodes WHERE id = ?"), {t.id})
                         .toLongLong();
    if (parent == 0)
        parent = store.scalar(QStringLiteral("SELECT id FROM org_nodes WHERE level = 'company' ORDER BY id"))
                     .toLongLong();
    for (size_t t = 0; t < rep.territories.size(); ++t) {
        TerritoryRef &ref = rep.territories[t];
        if (!ref.created || ref.id > 0)
            continue;
        QSqlQuery q = store.query(
            QStringLiteral(
                "INSERT INTO org_nodes (parent_id, level, code, name) VALUES (?, 'territory', ?, ?)"),
            {parent > 0 ? QVariant(parent) : QVariant(QMetaType(QMetaType::LongLong)), ref.code, ref.name});
        ref.id = store.lastInsertId(q);
        for (size_t u = 0; u < rep.after.size(); ++u)
            if (rep.result.territoryOf[u] == int(t))
                rep.after[u] = ref.id;
    }
    writeAssignments(store, rep.unitIds, rep.after);
    QJsonObject before = rep.hadPrevious ? metricsJson(rep.beforeMetrics) : QJsonObject();
    QJsonObject after = metricsJson(rep.result.metrics);
    after.insert(QStringLiteral("territories"), int(rep.territories.size()));
    after.insert(QStringLiteral("measure"), rep.measure);
    recordChange(store, QStringLiteral("alignment"), rep.levelId, QStringLiteral("balance"), before, after);
    tx.commit();
}

QJsonObject BalanceReport::toJson() const
{
    const AlignmentMetrics &m = result.metrics;
    QJsonObject totals = metricsJson(m);
    totals.insert(QStringLiteral("moved"), QJsonObject{{QStringLiteral("units"), m.moved.units},
                                                       {QStringLiteral("accounts"), m.moved.accounts},
                                                       {QStringLiteral("weight"), m.moved.weight}});
    QJsonArray list;
    for (size_t t = 0; t < territories.size(); ++t) {
        const TerritoryMetrics &tm = m.territories[t];
        list.append(QJsonObject{{QStringLiteral("id"), territories[t].id},
                                {QStringLiteral("code"), territories[t].code},
                                {QStringLiteral("name"), territories[t].name},
                                {QStringLiteral("created"), territories[t].created},
                                {QStringLiteral("units"), tm.units},
                                {QStringLiteral("accounts"), tm.accounts},
                                {QStringLiteral("weight"), tm.weight},
                                {QStringLiteral("deviation"), tm.deviation},
                                {QStringLiteral("pieces"), tm.pieces},
                                {QStringLiteral("polsbyPopper"), tm.polsbyPopper}});
    }
    return QJsonObject{{QStringLiteral("level"), level},
                       {QStringLiteral("measure"), measure},
                       {QStringLiteral("mode"),
                        mode == BalanceMode::Fresh ? QStringLiteral("fresh") : QStringLiteral("minimal")},
                       {QStringLiteral("seed"), QString::number(seed)},
                       {QStringLiteral("seconds"), result.seconds},
                       {QStringLiteral("timedOut"), result.timedOut},
                       {QStringLiteral("totals"), totals},
                       {QStringLiteral("before"), hadPrevious ? metricsJson(beforeMetrics) : QJsonObject()},
                       {QStringLiteral("territories"), list},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(result.warnings)}};
}

} // namespace tessera::align
