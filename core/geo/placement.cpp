// Placing accounts and rep homes into units (point in polygon with an R-tree), and the built-in measures.
#include "geostore.h"

#include "store/planstore.h"

#include <QHash>
#include <QSqlQuery>
#include <boost/geometry.hpp>
#include <boost/geometry/index/rtree.hpp>
#include <cmath>

namespace tessera::geo {
namespace {

namespace bg = boost::geometry;
namespace bgi = boost::geometry::index;
using BPoint = bg::model::point<double, 2, bg::cs::cartesian>;
using BBox = bg::model::box<BPoint>;
using Entry = std::pair<BBox, int>;

class UnitLocator
{
public:
    explicit UnitLocator(const std::vector<UnitRecord> &units) : m_units(units)
    {
        std::vector<Entry> entries;
        for (size_t i = 0; i < units.size(); ++i) {
            if (!units[i].hasGeometry)
                continue;
            const Box b = boundingBox(units[i].geometry);
            entries.emplace_back(BBox(BPoint(b.minX, b.minY), BPoint(b.maxX, b.maxY)), int(i));
        }
        m_tree = bgi::rtree<Entry, bgi::rstar<16>>(entries); // bulk loading
    }
    // The first unit (lowest index) containing the point, or -1.
    int locate(double lon, double lat) const
    {
        int best = -1;
        const Pt pt{lon, lat};
        for (auto it = m_tree.qbegin(bgi::intersects(BPoint(lon, lat))); it != m_tree.qend(); ++it)
            if ((best < 0 || it->second < best) && contains(m_units[size_t(it->second)].geometry, pt))
                best = it->second;
        return best;
    }

    // The unit whose outline is nearest the point, if within maxKm (for points just off a generalised
    // coastline), or -1. Distances on a local equirectangular approximation, fine at these ranges.
    int nearest(double lon, double lat, double maxKm) const
    {
        const double kx = std::cos(lat * M_PI / 180) * 111.32, ky = 110.57; // km per degree
        int best = -1;
        double bestKm = maxKm;
        for (auto it = m_tree.qbegin(bgi::nearest(BPoint(lon, lat), 8)); it != m_tree.qend(); ++it) {
            const auto visit = [&](const Ring &r) {
                for (size_t i = 0; i + 1 < r.size(); ++i) {
                    const double ax = (r[i].x - lon) * kx, ay = (r[i].y - lat) * ky;
                    const double bx = (r[i + 1].x - lon) * kx, by = (r[i + 1].y - lat) * ky;
                    const double dx = bx - ax, dy = by - ay, len2 = dx * dx + dy * dy;
                    const double t = len2 > 0 ? std::clamp(-(ax * dx + ay * dy) / len2, 0.0, 1.0) : 0.0;
                    const double d = std::hypot(ax + t * dx, ay + t * dy);
                    if (d < bestKm || (d == bestKm && best >= 0 && it->second < best)) {
                        bestKm = d;
                        best = it->second;
                    }
                }
            };
            for (const Polygon &p : m_units[size_t(it->second)].geometry) {
                visit(p.outer);
                for (const Ring &h : p.holes)
                    visit(h);
            }
        }
        return best;
    }

private:
    const std::vector<UnitRecord> &m_units;
    bgi::rtree<Entry, bgi::rstar<16>> m_tree;
};

// Points this close to a unit but outside every unit (a generalised coastline, a pier) go to that unit.
constexpr double kSnapKm = 10.0;

} // namespace

void placePoints(PlanStore &store, qint64 levelId, LevelSummary *summary)
{
    const std::vector<UnitRecord> units = loadUnits(store, levelId, true);
    const UnitLocator locator(units);
    Transaction tx(store);
    store.query(QStringLiteral("DELETE FROM account_units WHERE level_id = ?"), {levelId});
    store.query(QStringLiteral("DELETE FROM rep_units WHERE level_id = ?"), {levelId});
    QSqlQuery insertAccount = store.prepare(
        QStringLiteral("INSERT INTO account_units(account_id, level_id, unit_id, method) VALUES (?,?,?,?)"));
    LevelSummary local;
    LevelSummary &s = summary ? *summary : local;
    s.accountsPlaced = s.accountsSnapped = s.accountsByPostalCode = s.accountsOutside = s.repsPlaced =
        s.repsOutside = 0;

    // Pass 1: accounts with coordinates; remember which unit each postal code mostly falls in.
    QHash<QString, QHash<int, int>> postalVotes;
    std::vector<std::pair<qint64, QString>> withoutPoint;
    const auto write = [&](qint64 account, int unit, const QString &method) {
        insertAccount.bindValue(0, account);
        insertAccount.bindValue(1, levelId);
        insertAccount.bindValue(2, unit >= 0 ? QVariant(units[size_t(unit)].id) : QVariant());
        insertAccount.bindValue(3, method);
        store.exec(insertAccount);
    };
    QSqlQuery q = store.query(QStringLiteral("SELECT id, lat, lon, postal_code FROM accounts ORDER BY id"));
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QString postal = q.value(3).toString().trimmed();
        if (q.value(1).isNull() || q.value(2).isNull()) {
            withoutPoint.emplace_back(id, postal);
            continue;
        }
        int unit = locator.locate(q.value(2).toDouble(), q.value(1).toDouble());
        QString method = QStringLiteral("point");
        if (unit < 0) {
            unit = locator.nearest(q.value(2).toDouble(), q.value(1).toDouble(), kSnapKm);
            if (unit >= 0) {
                method = QStringLiteral("nearest");
                ++s.accountsSnapped;
            }
        }
        write(id, unit, method);
        if (unit >= 0) {
            ++s.accountsPlaced;
            if (!postal.isEmpty())
                ++postalVotes[postal][unit];
        } else {
            ++s.accountsOutside;
        }
    }
    // Pass 2: accounts without coordinates go where most accounts with their postal code are.
    for (const auto &[id, postal] : withoutPoint) {
        int unit = -1, bestVotes = 0;
        const QHash<int, int> votes = postalVotes.value(postal);
        for (auto it = votes.begin(); it != votes.end(); ++it)
            if (it.value() > bestVotes || (it.value() == bestVotes && it.key() < unit)) {
                bestVotes = it.value();
                unit = it.key();
            }
        write(id, unit, QStringLiteral("postal_code"));
        if (unit >= 0)
            ++s.accountsByPostalCode;
        else
            ++s.accountsOutside;
    }

    QSqlQuery insertRep =
        store.prepare(QStringLiteral("INSERT INTO rep_units(rep_id, level_id, unit_id) VALUES (?,?,?)"));
    QSqlQuery r =
        store.query(QStringLiteral("SELECT id, home_lat, home_lon, home_postal_code FROM reps ORDER BY id"));
    while (r.next()) {
        int unit = -1;
        if (!r.value(1).isNull() && !r.value(2).isNull()) {
            unit = locator.locate(r.value(2).toDouble(), r.value(1).toDouble());
            if (unit < 0)
                unit = locator.nearest(r.value(2).toDouble(), r.value(1).toDouble(), kSnapKm);
        }
        if (unit < 0) {
            const QHash<int, int> votes = postalVotes.value(r.value(3).toString().trimmed());
            int bestVotes = 0;
            for (auto it = votes.begin(); it != votes.end(); ++it)
                if (it.value() > bestVotes) {
                    bestVotes = it.value();
                    unit = it.key();
                }
        }
        if (unit < 0 && r.value(1).isNull() && r.value(3).toString().isEmpty())
            continue; // no home given at all: nothing to place
        insertRep.bindValue(0, r.value(0));
        insertRep.bindValue(1, levelId);
        insertRep.bindValue(2, unit >= 0 ? QVariant(units[size_t(unit)].id) : QVariant());
        store.exec(insertRep);
        (unit >= 0 ? s.repsPlaced : s.repsOutside) += 1;
    }

    tx.commit();
}

UnitFigures loadUnitFigures(const PlanStore &store, qint64 levelId, const std::vector<UnitRecord> &units)
{
    QHash<qint64, size_t> index;
    for (size_t i = 0; i < units.size(); ++i)
        index.insert(units[i].id, i);
    const size_t n = units.size();
    UnitFigures f;
    f.accounts.assign(n, 0);
    f.potentialCents.assign(n, 0);
    f.revenueCents.assign(n, 0);
    f.pipelineCents.assign(n, 0);
    f.imported.assign(n, {});
    QSqlQuery a =
        store.query(QStringLiteral("SELECT au.unit_id, COUNT(*), COALESCE(SUM(a.potential_cents), 0), "
                                   "COALESCE(SUM(a.annual_revenue_cents), 0) FROM account_units au "
                                   "JOIN accounts a ON a.id = au.account_id "
                                   "WHERE au.level_id = ? AND au.unit_id IS NOT NULL GROUP BY au.unit_id"),
                    {levelId});
    while (a.next()) {
        const size_t i = index.value(a.value(0).toLongLong(), n);
        if (i == n)
            continue;
        f.accounts[i] = a.value(1).toLongLong();
        f.potentialCents[i] = a.value(2).toLongLong();
        f.revenueCents[i] = a.value(3).toLongLong();
    }
    QSqlQuery o = store.query(
        QStringLiteral("SELECT au.unit_id, COALESCE(SUM(o.amount_cents), 0) FROM account_units au "
                       "JOIN opportunities o ON o.account_id = au.account_id AND o.is_closed = 0 "
                       "WHERE au.level_id = ? AND au.unit_id IS NOT NULL GROUP BY au.unit_id"),
        {levelId});
    while (o.next()) {
        const size_t i = index.value(o.value(0).toLongLong(), n);
        if (i < n)
            f.pipelineCents[i] = o.value(1).toLongLong();
    }
    QSqlQuery m = store.query(QStringLiteral("SELECT m.unit_id, m.measure, m.value FROM geo_unit_measures m "
                                             "JOIN geo_units u ON u.id = m.unit_id WHERE u.level_id = ? "
                                             "ORDER BY m.unit_id, m.measure"),
                              {levelId});
    while (m.next()) {
        const size_t i = index.value(m.value(0).toLongLong(), n);
        if (i < n)
            f.imported[i].emplace_back(m.value(1).toString(), m.value(2).toDouble());
    }
    return f;
}

} // namespace tessera::geo
