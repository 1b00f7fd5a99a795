#include "alignment.h"

#include "geostore.h"
#include "store/changelog.h"
#include "store/planstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QSqlQuery>
#include <QTextStream>
#include <cmath>
#include <map>
#include <queue>

namespace tessera::geo {
namespace {

// One CSV record (RFC 4180 quotes); the file's lines never hold embedded newlines for these two columns.
QStringList splitCsv(const QString &line)
{
    QStringList out;
    QString cell;
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            out << cell;
            cell.clear();
        } else {
            cell += c;
        }
    }
    out << cell;
    return out;
}

QString csvCell(const QString &s)
{
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')))
        return QLatin1Char('"') + QString(s).replace(QLatin1String("\""), QLatin1String("\"\"")) +
               QLatin1Char('"');
    return s;
}

} // namespace

std::vector<Territory> territories(const PlanStore &store)
{
    QSqlQuery q = store.query(
        QStringLiteral("SELECT t.id, COALESCE(t.code, ''), t.name, COALESCE(d.id, 0), COALESCE(d.name, ''), "
                       "COALESCE(r.id, 0), "
                       "COALESCE(r.name, '') FROM org_nodes t LEFT JOIN org_nodes d ON d.id = t.parent_id "
                       "LEFT JOIN org_nodes r ON r.id = d.parent_id WHERE t.level = 'territory' "
                       "ORDER BY t.sort_order, t.code, t.id"));
    std::vector<Territory> out;
    while (q.next())
        out.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toLongLong(), q.value(4).toString(), q.value(5).toLongLong(),
                       q.value(6).toString()});
    return out;
}

std::vector<UnitAssignment> loadAssignments(const PlanStore &store, qint64 levelId)
{
    QSqlQuery q =
        store.query(QStringLiteral("SELECT u.id, COALESCE(a.territory_id, 0), COALESCE(a.locked, 0) "
                                   "FROM geo_units u LEFT JOIN unit_assignments a ON a.unit_id = u.id "
                                   "WHERE u.level_id = ? ORDER BY u.id"),
                    {levelId});
    std::vector<UnitAssignment> out;
    while (q.next())
        out.push_back({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt() != 0});
    return out;
}

void writeAssignments(PlanStore &store, const std::vector<UnitAssignment> &rows)
{
    Transaction tx(store);
    QSqlQuery upsert = store.prepare(QStringLiteral(
        "INSERT INTO unit_assignments(unit_id, territory_id, locked) VALUES (?, ?, ?) "
        "ON CONFLICT(unit_id) DO UPDATE SET territory_id = excluded.territory_id, locked = excluded.locked"));
    for (const UnitAssignment &r : rows) {
        upsert.bindValue(0, r.unitId);
        upsert.bindValue(1,
                         r.territoryId ? QVariant(r.territoryId) : QVariant(QMetaType(QMetaType::LongLong)));
        upsert.bindValue(2, r.locked ? 1 : 0);
        store.exec(upsert);
    }
    tx.commit();
}

int importAlignmentCsv(PlanStore &store, qint64 levelId, const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        throw TesseraError(
            TesseraError::Kind::Io,
            QCoreApplication::translate("geo", "Cannot read the file: %1").arg(f.errorString()), file);
    QTextStream in(&f);
    const QStringList header = splitCsv(in.readLine().remove(QChar(0xfeff)).trimmed());
    const int unitCol = int(header.indexOf(QStringLiteral("unit_id")));
    const int terrCol = int(header.indexOf(QStringLiteral("territory")));
    if (unitCol < 0 || terrCol < 0)
        throw TesseraError(
            TesseraError::Kind::User,
            QCoreApplication::translate("geo", "The header needs the columns unit_id and territory."), file,
            1, unitCol < 0 ? QStringLiteral("unit_id") : QStringLiteral("territory"));
    QHash<QString, qint64> unitByCode;
    QHash<qint64, bool> lockedOf;
    for (const UnitAssignment &a : loadAssignments(store, levelId))
        lockedOf.insert(a.unitId, a.locked);
    QSqlQuery uq =
        store.query(QStringLiteral("SELECT code, id FROM geo_units WHERE level_id = ?"), {levelId});
    while (uq.next())
        unitByCode.insert(uq.value(0).toString(), uq.value(1).toLongLong());
    QHash<QString, qint64> territoryByKey;
    for (const Territory &t : territories(store)) {
        territoryByKey.insert(t.name.toCaseFolded(), t.id);
        if (!t.code.isEmpty())
            territoryByKey.insert(t.code.toCaseFolded(), t.id); // codes win over a name that looks the same
    }
    std::vector<UnitAssignment> rows;
    QSet<qint64> seen;
    int row = 1;
    while (!in.atEnd()) {
        const QString line = in.readLine();
        ++row;
        if (line.trimmed().isEmpty())
            continue;
        const QStringList cells = splitCsv(line);
        const QString code = cells.value(unitCol).trimmed();
        const QString terr = cells.value(terrCol).trimmed();
        const qint64 unit = unitByCode.value(code, 0);
        if (!unit)
            throw TesseraError(TesseraError::Kind::User,
                               QCoreApplication::translate("geo", "No unit '%1' in this level.").arg(code),
                               file, row, QStringLiteral("unit_id"));
        if (seen.contains(unit))
            throw TesseraError(TesseraError::Kind::User,
                               QCoreApplication::translate("geo", "The unit '%1' appears twice.").arg(code),
                               file, row, QStringLiteral("unit_id"));
        seen.insert(unit);
        qint64 territory = 0;
        if (!terr.isEmpty()) {
            territory = territoryByKey.value(terr.toCaseFolded(), 0);
            if (!territory)
                throw TesseraError(
                    TesseraError::Kind::User,
                    QCoreApplication::translate("geo", "No territory '%1' in the plan.").arg(terr), file, row,
                    QStringLiteral("territory"));
        }
        rows.push_back({unit, territory, lockedOf.value(unit, false)});
    }
    Transaction tx(store);
    writeAssignments(store, rows);
    recordChange(store, QStringLiteral("unit_assignments"), levelId, QStringLiteral("import"), {},
                 QJsonObject{{QStringLiteral("file"), QFileInfo(file).fileName()},
                             {QStringLiteral("rows"), int(rows.size())}});
    tx.commit();
    return int(rows.size());
}

int exportAlignmentCsv(const PlanStore &store, qint64 levelId, const QString &file)
{
    QSaveFile f(file);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Text))
        throw TesseraError(
            TesseraError::Kind::Io,
            QCoreApplication::translate("geo", "Cannot write the file: %1").arg(f.errorString()), file);
    QTextStream out(&f);
    out << "unit_id,territory\n";
    QSqlQuery q = store.query(
        QStringLiteral(
            "SELECT u.code, COALESCE(NULLIF(t.code, ''), t.name, '') FROM geo_units u "
            "LEFT JOIN unit_assignments a ON a.unit_id = u.id LEFT JOIN org_nodes t ON t.id = a.territory_id "
            "WHERE u.level_id = ? ORDER BY u.code"),
        {levelId});
    int n = 0;
    while (q.next()) {
        out << csvCell(q.value(0).toString()) << ',' << csvCell(q.value(1).toString()) << '\n';
        ++n;
    }
    out.flush();
    if (!f.commit())
        throw TesseraError(
            TesseraError::Kind::Io,
            QCoreApplication::translate("geo", "Cannot write the file: %1").arg(f.errorString()), file);
    return n;
}

int alignByAccounts(PlanStore &store, qint64 levelId)
{
    // Accounts per (unit, territory of the owner).
    std::map<qint64, std::map<qint64, int>> votes;
    QSqlQuery q = store.query(
        QStringLiteral("SELECT au.unit_id, r.territory_id, COUNT(*) FROM account_units au "
                       "JOIN accounts a ON a.id = au.account_id JOIN reps r ON r.id = a.owner_rep_id "
                       "WHERE au.level_id = ? AND au.unit_id IS NOT NULL AND r.territory_id IS NOT NULL "
                       "GROUP BY au.unit_id, r.territory_id"),
        {levelId});
    while (q.next())
        votes[q.value(0).toLongLong()][q.value(1).toLongLong()] = q.value(2).toInt();
    struct Home
    {
        qint64 territory;
        double lat, lon;
    };
    std::vector<Home> homes;
    QSqlQuery h =
        store.query(QStringLiteral("SELECT territory_id, home_lat, home_lon FROM reps WHERE territory_id IS "
                                   "NOT NULL AND home_lat IS NOT NULL AND home_lon IS NOT NULL ORDER BY id"));
    while (h.next())
        homes.push_back({h.value(0).toLongLong(), h.value(1).toDouble(), h.value(2).toDouble()});

    const std::vector<UnitRecord> units = loadUnits(store, levelId, false);
    const std::vector<UnitAssignment> current = loadAssignments(store, levelId);
    const size_t n = units.size();
    // Seeds: locked units keep their territory; units with accounts take the majority owner's territory.
    std::vector<qint64> territoryOf(n, 0);
    for (size_t i = 0; i < n; ++i) {
        if (current[i].locked) {
            territoryOf[i] = current[i].territoryId;
            continue;
        }
        int best = 0;
        for (const auto &[t, count] : votes[units[i].id])
            if (count > best) {
                best = count;
                territoryOf[i] = t;
            }
    }
    // Grow the seeds over the adjacency graph (Dijkstra from all seeds at once, by distance between label
    // points), so that units without accounts join the territory next to them and territories stay whole.
    const auto distance = [](const Pt &a, const Pt &b) {
        const double k = std::cos((a.y + b.y) / 2 * M_PI / 180);
        return std::hypot((a.x - b.x) * k, a.y - b.y);
    };
    std::vector<std::vector<std::pair<int, double>>> adjacent(n);
    for (const Edge &e : loadEdges(store, levelId, units)) {
        const double d = distance(units[size_t(e.a)].centroid, units[size_t(e.b)].centroid);
        adjacent[size_t(e.a)].emplace_back(e.b, d);
        adjacent[size_t(e.b)].emplace_back(e.a, d);
    }
    std::vector<double> dist(n, std::numeric_limits<double>::max());
    using Item = std::pair<double, int>;
    std::priority_queue<Item, std::vector<Item>, std::greater<Item>> queue;
    for (size_t i = 0; i < n; ++i)
        if (territoryOf[i]) {
            dist[i] = 0;
            queue.push({0.0, int(i)});
        }
    while (!queue.empty()) {
        const auto [d, u] = queue.top();
        queue.pop();
        if (d > dist[size_t(u)])
            continue;
        for (const auto &[v, w] : adjacent[size_t(u)])
            if (!current[size_t(v)].locked && d + w < dist[size_t(v)]) {
                dist[size_t(v)] = d + w;
                territoryOf[size_t(v)] = territoryOf[size_t(u)];
                queue.push({d + w, v});
            }
    }
    std::vector<UnitAssignment> rows;
    for (size_t i = 0; i < n; ++i) {
        if (current[i].locked)
            continue;
        qint64 territory = territoryOf[i];
        if (!territory && units[i].hasGeometry) { // a piece no seed reaches (an island): nearest rep home
            double bestD = std::numeric_limits<double>::max();
            for (const Home &home : homes) {
                const double d = distance(units[i].centroid, Pt{home.lon, home.lat});
                if (d < bestD) {
                    bestD = d;
                    territory = home.territory;
                }
            }
        }
        rows.push_back({units[i].id, territory, false});
    }
    writeAssignments(store, rows);
    return int(
        std::count_if(rows.begin(), rows.end(), [](const UnitAssignment &r) { return r.territoryId != 0; }));
}

} // namespace tessera::geo
