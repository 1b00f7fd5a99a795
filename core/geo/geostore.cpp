#include "geostore.h"

#include "store/planstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <cmath>

namespace tessera::geo {
namespace {

QStringList codesOf(const std::vector<UnitRecord> &units, const std::vector<int> &members)
{
    QStringList out;
    for (int v : members)
        out << units[size_t(v)].code;
    return out;
}

void fillAnalysis(const std::vector<UnitRecord> &units, const std::vector<Edge> &edges, LevelSummary &s)
{
    s.units = int(units.size());
    s.unitsWithoutGeometry = 0;
    std::vector<bool> include(units.size());
    for (size_t i = 0; i < units.size(); ++i) {
        include[i] = units[i].hasGeometry;
        if (!units[i].hasGeometry)
            ++s.unitsWithoutGeometry;
    }
    s.edges = 0;
    s.waterLinks = 0;
    std::vector<int> degree(units.size(), 0);
    std::vector<double> border(units.size(), 0);
    for (const Edge &e : edges) {
        (e.water ? s.waterLinks : s.edges) += 1;
        ++degree[size_t(e.a)];
        ++degree[size_t(e.b)];
        border[size_t(e.a)] += e.length;
        border[size_t(e.b)] += e.length;
    }
    const Components c = connectedComponents(int(units.size()), edges, include);
    s.detachedPieces.clear();
    for (size_t k = 1; k < c.pieces.size(); ++k)
        s.detachedPieces.push_back(codesOf(units, c.pieces[k]));
    s.enclaves.clear();
    for (size_t i = 0; i < units.size(); ++i)
        if (degree[i] == 1 && units[i].perimeterM > 0 && border[i] >= 0.98 * units[i].perimeterM)
            s.enclaves << units[i].code;
}

} // namespace

QStringList builtinMeasures()
{
    return {QStringLiteral("accounts"), QStringLiteral("potential"), QStringLiteral("revenue"),
            QStringLiteral("pipeline")};
}

bool hasLevel(const PlanStore &store, const QString &levelName)
{
    return store.scalar(QStringLiteral("SELECT id FROM geo_levels WHERE name = ?"), {levelName}).isValid();
}

qint64 levelId(const PlanStore &store, const QString &levelName)
{
    const QVariant id = store.scalar(QStringLiteral("SELECT id FROM geo_levels WHERE name = ?"), {levelName});
    if (!id.isValid())
        throw TesseraError(
            TesseraError::Kind::User,
            QCoreApplication::translate("geo", "The plan has no geography level '%1'.").arg(levelName),
            store.path(), -1, QStringLiteral("level"));
    return id.toLongLong();
}

QStringList levelNames(const PlanStore &store)
{
    QSqlQuery q = store.query(QStringLiteral("SELECT name FROM geo_levels ORDER BY id"));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QStringList measureNames(const PlanStore &store, qint64 levelId)
{
    QSqlQuery q = store.query(QStringLiteral("SELECT DISTINCT m.measure FROM geo_unit_measures m "
                                             "JOIN geo_units u ON u.id = m.unit_id WHERE u.level_id = ? "
                                             "ORDER BY m.measure"),
                              {levelId});
    QStringList out = builtinMeasures();
    while (q.next())
        if (!out.contains(q.value(0).toString()))
            out << q.value(0).toString();
    return out;
}

LevelSummary importLevel(PlanStore &store, const SourceLevel &source, const LevelImportOptions &options,
                         const ProgressCallback &progressCallback)
{
    const Progress progress(progressCallback);
    if (options.levelName.trimmed().isEmpty())
        throw TesseraError(TesseraError::Kind::User,
                           QCoreApplication::translate("geo", "The level needs a name."), source.file, -1,
                           QStringLiteral("level"));
    if (hasLevel(store, options.levelName))
        throw TesseraError(TesseraError::Kind::User,
                           QCoreApplication::translate("geo", "The plan already has a geography level '%1'.")
                               .arg(options.levelName),
                           store.path(), -1, QStringLiteral("level"));
    const int n = int(source.units.size());
    progress.report(0, 4, QCoreApplication::translate("geo", "Projecting"));
    std::vector<Pt> sample;
    for (const SourceUnit &u : source.units)
        if (const Box b = boundingBox(u.geometry); !b.isEmpty())
            sample.push_back({(b.minX + b.maxX) / 2, (b.minY + b.maxY) / 2});
    const EqualAreaProjection projection = EqualAreaProjection::forSample(sample);
    std::vector<MultiPolygon> projected(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i)
        projected[size_t(i)] = projection.project(source.units[size_t(i)].geometry);

    progress.report(1, 4, QCoreApplication::translate("geo", "Adjacency"));
    const std::vector<Edge> edges = source.hasArcs ? adjacencyFromArcs(source, projection)
                                                   : adjacencyBySegments(projected, options.toleranceM);

    progress.report(2, 4, QCoreApplication::translate("geo", "Storing units"));
    Transaction tx(store);
    QSqlQuery level =
        store.prepare(QStringLiteral("INSERT INTO geo_levels(name, source, id_field, name_field, "
                                     "tolerance_m, created_at) VALUES (?,?,?,?,?,?)"));
    level.addBindValue(options.levelName);
    level.addBindValue(source.file);
    level.addBindValue(options.idField);
    level.addBindValue(options.nameField);
    level.addBindValue(source.hasArcs ? 0.0 : options.toleranceM);
    level.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    store.exec(level);
    const qint64 lid = store.lastInsertId(level);

    QSqlQuery unit =
        store.prepare(QStringLiteral("INSERT INTO geo_units(level_id, code, name, geometry, area_m2, "
                                     "perimeter_m, centroid_lon, centroid_lat, "
                                     "min_lon, min_lat, max_lon, max_lat) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"));
    QSqlQuery measure = store.prepare(
        QStringLiteral("INSERT INTO geo_unit_measures(unit_id, measure, value) VALUES (?,?,?)"));
    std::vector<qint64> ids(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) {
        const SourceUnit &u = source.units[size_t(i)];
        const bool has = !isEmpty(u.geometry);
        const Box b = boundingBox(u.geometry);
        const Pt c = labelPoint(u.geometry);
        const QVariantList v{lid,
                             u.code,
                             u.name,
                             has ? QVariant(toWkb(u.geometry)) : QVariant(QMetaType(QMetaType::QByteArray)),
                             area(projected[size_t(i)]),
                             perimeter(projected[size_t(i)]),
                             has ? QVariant(c.x) : QVariant(),
                             has ? QVariant(c.y) : QVariant(),
                             has ? QVariant(b.minX) : QVariant(),
                             has ? QVariant(b.minY) : QVariant(),
                             has ? QVariant(b.maxX) : QVariant(),
                             has ? QVariant(b.maxY) : QVariant()};
        for (int k = 0; k < v.size(); ++k)
            unit.bindValue(k, v[k]);
        store.exec(unit);
        ids[size_t(i)] = store.lastInsertId(unit);
        for (const auto &[name, value] : u.measures) {
            measure.bindValue(0, ids[size_t(i)]);
            measure.bindValue(1, name);
            measure.bindValue(2, value);
            store.exec(measure);
        }
        if (i % 2000 == 0)
            progress.report(2, 4, QCoreApplication::translate("geo", "Storing units"));
    }
    QSqlQuery edge = store.prepare(QStringLiteral("INSERT INTO geo_adjacency(level_id, unit_a, unit_b, "
                                                  "shared_border_m, kind) VALUES (?,?,?,?,'border')"));
    for (const Edge &e : edges) {
        edge.bindValue(0, lid);
        edge.bindValue(1, ids[size_t(e.a)]);
        edge.bindValue(2, ids[size_t(e.b)]);
        edge.bindValue(3, e.length);
        store.exec(edge);
    }
    progress.report(3, 4, QCoreApplication::translate("geo", "Placing accounts"));
    LevelSummary s;
    s.levelId = lid;
    s.exact = source.hasArcs;
    s.toleranceM = source.hasArcs ? 0 : options.toleranceM;
    s.projection = projection.description();
    placePoints(store, lid, &s);
    tx.commit();

    std::vector<UnitRecord> units(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) {
        units[size_t(i)].code = source.units[size_t(i)].code;
        units[size_t(i)].hasGeometry = !isEmpty(source.units[size_t(i)].geometry);
        units[size_t(i)].perimeterM = perimeter(projected[size_t(i)]);
    }
    fillAnalysis(units, edges, s);
    progress.report(4, 4, QCoreApplication::translate("geo", "Done"));
    return s;
}

std::vector<UnitRecord> loadUnits(const PlanStore &store, qint64 levelId, bool withGeometry)
{
    QSqlQuery q = store.query(
        QStringLiteral("SELECT id, code, name, %1, area_m2, perimeter_m, centroid_lon, centroid_lat, "
                       "geometry IS NOT NULL FROM geo_units WHERE level_id = ? ORDER BY id")
            .arg(withGeometry ? QStringLiteral("geometry") : QStringLiteral("NULL")),
        {levelId});
    std::vector<UnitRecord> out;
    while (q.next()) {
        UnitRecord u;
        u.id = q.value(0).toLongLong();
        u.code = q.value(1).toString();
        u.name = q.value(2).toString();
        if (withGeometry)
            u.geometry = fromWkb(q.value(3).toByteArray());
        u.areaM2 = q.value(4).toDouble();
        u.perimeterM = q.value(5).toDouble();
        u.centroid = {q.value(6).toDouble(), q.value(7).toDouble()};
        u.hasGeometry = q.value(8).toInt() != 0;
        out.push_back(std::move(u));
    }
    return out;
}

std::vector<Edge> loadEdges(const PlanStore &store, qint64 levelId, const std::vector<UnitRecord> &units)
{
    QHash<qint64, int> index;
    for (size_t i = 0; i < units.size(); ++i)
        index.insert(units[i].id, int(i));
    QSqlQuery q =
        store.query(QStringLiteral("SELECT unit_a, unit_b, shared_border_m, kind FROM geo_adjacency "
                                   "WHERE level_id = ? ORDER BY unit_a, unit_b"),
                    {levelId});
    std::vector<Edge> out;
    while (q.next()) {
        const int a = index.value(q.value(0).toLongLong(), -1);
        const int b = index.value(q.value(1).toLongLong(), -1);
        if (a < 0 || b < 0)
            continue;
        out.push_back({std::min(a, b), std::max(a, b), q.value(2).toDouble(),
                       q.value(3).toString() == QLatin1String("water")});
    }
    return out;
}

LevelSummary analyseLevel(const PlanStore &store, const QString &levelName)
{
    LevelSummary s;
    s.levelId = levelId(store, levelName);
    const std::vector<UnitRecord> units = loadUnits(store, s.levelId, false);
    fillAnalysis(units, loadEdges(store, s.levelId, units), s);
    s.toleranceM =
        store.scalar(QStringLiteral("SELECT tolerance_m FROM geo_levels WHERE id = ?"), {s.levelId})
            .toDouble();
    s.exact = s.toleranceM == 0;
    return s;
}

} // namespace tessera::geo
