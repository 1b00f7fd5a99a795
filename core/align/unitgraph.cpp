#include "unitgraph.h"

#include "csvtable.h"

#include "common/error.h"
#include "store/planstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QSet>
#include <QTextStream>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace tessera::align {
QString MeasureSpec::describe() const
{
    if (terms.size() == 1)
        return terms.front().measure;
    double sum = 0;
    for (const Term &t : terms)
        sum += t.weight;
    QStringList parts;
    for (const Term &t : terms)
        parts << QStringLiteral("%1 %2%").arg(t.measure).arg(std::round(1000.0 * t.weight / sum) / 10.0);
    return parts.join(QStringLiteral(" + "));
}

MeasureSpec MeasureSpec::single(const QString &measure)
{
    MeasureSpec s;
    s.terms.push_back({measure.trimmed(), 1.0});
    return s;
}

MeasureSpec MeasureSpec::parseBlend(const QString &text)
{
    MeasureSpec s;
    QSet<QString> seen;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int eq = int(part.indexOf(QLatin1Char('=')));
        const QString name = part.left(eq).trimmed();
        bool ok = eq > 0;
        const double w = ok ? part.mid(eq + 1).trimmed().toDouble(&ok) : 0;
        if (!ok || name.isEmpty() || !(w > 0) || !std::isfinite(w))
            throw TesseraError::user(
                QCoreApplication::translate(
                    "align", "The blend '%1' must list measure=weight pairs with positive weights, e.g. "
                             "potential=0.6,accounts=0.4.")
                    .arg(text));
        if (seen.contains(name))
            throw TesseraError::user(
                QCoreApplication::translate("align", "The blend names the measure '%1' twice.").arg(name));
        seen.insert(name);
        s.terms.push_back({name, w});
    }
    if (s.terms.empty())
        throw TesseraError::user(QCoreApplication::translate("align", "The blend is empty."));
    return s;
}

double UnitGraph::totalWeight() const
{
    return std::accumulate(weight.begin(), weight.end(), 0.0);
}

double UnitGraph::heaviestWeight() const
{
    return weight.empty() ? 0.0 : *std::max_element(weight.begin(), weight.end());
}

int UnitGraph::indexOfCode(const QString &code) const
{
    if (m_codeIndex.size() != codes.size()) {
        m_codeIndex.clear();
        for (int i = 0; i < codes.size(); ++i)
            m_codeIndex.insert(codes.at(i), i);
    }
    return m_codeIndex.value(code, -1);
}

void UnitGraph::setEdges(const std::vector<RawEdge> &edges)
{
    const int n = unitCount();
    names.reserve(n);
    while (names.size() < n)
        names << codes.value(names.size());
    accounts.resize(size_t(n), 0.0);
    area.resize(size_t(n), 0.0);
    perimeter.resize(size_t(n), 0.0);

    QSet<quint64> seen;
    std::vector<RawEdge> kept;
    kept.reserve(edges.size());
    for (const RawEdge &e : edges) {
        if (e.a < 0 || e.b < 0 || e.a >= n || e.b >= n || e.a == e.b)
            throw TesseraError::internal(
                QCoreApplication::translate("align", "Bad edge %1-%2 in a graph of %3 units.")
                    .arg(e.a)
                    .arg(e.b)
                    .arg(n));
        const quint64 key = (quint64(std::min(e.a, e.b)) << 32) | quint64(std::max(e.a, e.b));
        if (seen.contains(key))
            continue;
        seen.insert(key);
        kept.push_back(e);
    }
    offsets.assign(size_t(n) + 1, 0);
    for (const RawEdge &e : kept) {
        ++offsets[size_t(e.a) + 1];
        ++offsets[size_t(e.b) + 1];
    }
    for (int i = 0; i < n; ++i)
        offsets[size_t(i) + 1] += offsets[size_t(i)];
    targets.assign(kept.size() * 2, 0);
    sharedBorder.assign(kept.size() * 2, 0.0);
    kinds.assign(kept.size() * 2, EdgeKind::Border);
    std::vector<int> fill(offsets.begin(), offsets.end() - 1);
    auto put = [&](int from, int to, const RawEdge &e) {
        const size_t at = size_t(fill[size_t(from)]++);
        targets[at] = to;
        sharedBorder[at] = e.sharedBorder;
        kinds[at] = e.kind;
    };
    for (const RawEdge &e : kept) {
        put(e.a, e.b, e);
        put(e.b, e.a, e);
    }
}

std::vector<int> connectedComponents(const UnitGraph &g, int *count)
{
    const int n = g.unitCount();
    std::vector<int> comp(size_t(n), -1);
    std::vector<int> stack;
    int c = 0;
    for (int s = 0; s < n; ++s) {
        if (comp[size_t(s)] >= 0)
            continue;
        comp[size_t(s)] = c;
        stack.push_back(s);
        while (!stack.empty()) {
            const int u = stack.back();
            stack.pop_back();
            for (int e = g.offsets[size_t(u)]; e < g.offsets[size_t(u) + 1]; ++e) {
                const int v = g.targets[size_t(e)];
                if (comp[size_t(v)] < 0) {
                    comp[size_t(v)] = c;
                    stack.push_back(v);
                }
            }
        }
        ++c;
    }
    if (count)
        *count = c;
    return comp;
}

namespace {

// Sum of one built-in or stored measure per unit index.
std::vector<double> loadMeasure(const PlanStore &store, const UnitGraph &g, const QHash<qint64, int> &index,
                                const QString &measure)
{
    std::vector<double> values(size_t(g.unitCount()), 0.0);
    QString sql;
    double scale = 1.0;
    const QString m = measure.toLower();
    if (m == QLatin1String("accounts")) {
        sql = QStringLiteral(
            "SELECT unit_id, COUNT(*) FROM account_units WHERE level_id = ? AND unit_id IS NOT "
            "NULL GROUP BY unit_id");
    } else if (m == QLatin1String("potential") || m == QLatin1String("revenue")) {
        const QString column = m == QLatin1String("potential") ? QStringLiteral("potential_cents")
                                                               : QStringLiteral("annual_revenue_cents");
        sql = QStringLiteral(
                  "SELECT au.unit_id, SUM(a.%1) FROM account_units au JOIN accounts a ON a.id = "
                  "au.account_id WHERE au.level_id = ? AND au.unit_id IS NOT NULL GROUP BY au.unit_id")
                  .arg(column);
        scale = 0.01;
    } else if (m == QLatin1String("pipeline")) {
        sql = QStringLiteral(
            "SELECT au.unit_id, SUM(o.amount_cents) FROM account_units au JOIN opportunities o "
            "ON o.account_id = au.account_id WHERE au.level_id = ? AND au.unit_id IS NOT NULL "
            "AND o.is_closed = 0 GROUP BY au.unit_id");
        scale = 0.01;
    } else {
        if (store
                .scalar(QStringLiteral("SELECT COUNT(*) FROM geo_unit_measures WHERE measure = ?"), {measure})
                .toLongLong() == 0) {
            QStringList known = {QStringLiteral("accounts"), QStringLiteral("potential"),
                                 QStringLiteral("revenue"), QStringLiteral("pipeline")};
            QSqlQuery q =
                store.query(QStringLiteral("SELECT DISTINCT measure FROM geo_unit_measures ORDER BY 1"));
            while (q.next())
                known << q.value(0).toString();
            throw TesseraError(
                TesseraError::Kind::User,
                QCoreApplication::translate("align", "Unknown measure '%1'. Known measures: %2.")
                    .arg(measure, known.join(QStringLiteral(", "))),
                {}, -1, QStringLiteral("measure"));
        }
        QSqlQuery q = store.query(QStringLiteral("SELECT m.unit_id, m.value FROM geo_unit_measures m JOIN "
                                                 "geo_units u ON u.id = m.unit_id WHERE u.level_id = ? AND "
                                                 "m.measure = ?"),
                                  {g.levelId, measure});
        while (q.next())
            values[size_t(index.value(q.value(0).toLongLong()))] = q.value(1).toDouble();
        return values;
    }
    QSqlQuery q = store.query(sql, {g.levelId});
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it != index.constEnd())
            values[size_t(*it)] = q.value(1).toDouble() * scale;
    }
    return values;
}

} // namespace

UnitGraph loadUnitGraph(const PlanStore &store, const QString &levelName, const MeasureSpec &measure)
{
    UnitGraph g;
    g.levelName = levelName;
    const QVariant level =
        store.scalar(QStringLiteral("SELECT id FROM geo_levels WHERE name = ?"), {levelName});
    if (!level.isValid()) {
        QStringList levels;
        QSqlQuery q = store.query(QStringLiteral("SELECT name FROM geo_levels ORDER BY name"));
        while (q.next())
            levels << q.value(0).toString();
        throw TesseraError(
            TesseraError::Kind::User,
            levels.isEmpty()
                ? QCoreApplication::translate("align",
                                              "The plan has no geography level '%1' (it has no levels yet: "
                                              "import one first).")
                      .arg(levelName)
                : QCoreApplication::translate("align", "The plan has no geography level '%1'. Levels: %2.")
                      .arg(levelName, levels.join(QStringLiteral(", "))),
            store.path(), -1, QStringLiteral("level"));
    }
    g.levelId = level.toLongLong();
    QHash<qint64, int> index;
    QSqlQuery q =
        store.query(QStringLiteral("SELECT id, code, name, area_m2, perimeter_m FROM geo_units WHERE "
                                   "level_id = ? ORDER BY id"),
                    {g.levelId});
    while (q.next()) {
        index.insert(q.value(0).toLongLong(), g.unitCount());
        g.unitIds.push_back(q.value(0).toLongLong());
        g.codes << q.value(1).toString();
        g.names << q.value(2).toString();
        g.area.push_back(q.value(3).toDouble());
        g.perimeter.push_back(q.value(4).toDouble());
    }
    if (g.unitIds.empty())
        throw TesseraError(
            TesseraError::Kind::User,
            QCoreApplication::translate("align", "The level '%1' has no units.").arg(levelName), store.path(),
            -1, QStringLiteral("level"));

    g.accounts = loadMeasure(store, g, index, QStringLiteral("accounts"));
    if (measure.terms.empty())
        throw TesseraError::user(QCoreApplication::translate("align", "No balance measure was given."));
    if (measure.terms.size() == 1) {
        g.weight = loadMeasure(store, g, index, measure.terms.front().measure);
    } else {
        g.weight.assign(size_t(g.unitCount()), 0.0);
        double weightSum = 0;
        for (const MeasureSpec::Term &t : measure.terms)
            weightSum += t.weight;
        for (const MeasureSpec::Term &t : measure.terms) {
            const std::vector<double> v = loadMeasure(store, g, index, t.measure);
            const double total = std::accumulate(v.begin(), v.end(), 0.0);
            if (total <= 0)
                throw TesseraError(
                    TesseraError::Kind::User,
                    QCoreApplication::translate(
                        "align", "The measure '%1' is zero on every unit of level '%2', so it cannot be "
                                 "blended.")
                        .arg(t.measure, levelName),
                    {}, -1, QStringLiteral("blend"));
            for (size_t i = 0; i < v.size(); ++i)
                g.weight[i] += 100.0 * (t.weight / weightSum) * v[i] / total;
        }
    }
    g.measureLabel = measure.describe();

    std::vector<RawEdge> edges;
    QSqlQuery e =
        store.query(QStringLiteral("SELECT unit_a, unit_b, shared_border_m, kind FROM geo_adjacency "
                                   "WHERE level_id = ? ORDER BY unit_a, unit_b"),
                    {g.levelId});
    while (e.next()) {
        const auto a = index.constFind(e.value(0).toLongLong());
        const auto b = index.constFind(e.value(1).toLongLong());
        if (a == index.constEnd() || b == index.constEnd())
            continue; // a link to another level's unit cannot be part of this graph
        edges.push_back(
            {*a, *b, e.value(2).toDouble(),
             e.value(3).toString() == QLatin1String("water") ? EdgeKind::Water : EdgeKind::Border});
    }
    g.setEdges(edges);
    return g;
}

StoredAssignment loadAssignment(const PlanStore &store, const UnitGraph &g)
{
    StoredAssignment a;
    a.territoryId.assign(size_t(g.unitCount()), 0);
    a.locked.assign(size_t(g.unitCount()), false);
    QHash<qint64, int> index;
    for (int i = 0; i < g.unitCount(); ++i)
        index.insert(g.unitIds[size_t(i)], i);
    QSqlQuery q =
        store.query(QStringLiteral("SELECT ua.unit_id, ua.territory_id, ua.locked FROM unit_assignments "
                                   "ua JOIN geo_units u ON u.id = ua.unit_id WHERE u.level_id = ?"),
                    {g.levelId});
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it == index.constEnd())
            continue;
        a.territoryId[size_t(*it)] = q.value(1).isNull() ? 0 : q.value(1).toLongLong();
        a.locked[size_t(*it)] = q.value(2).toInt() != 0;
    }
    return a;
}

UnitGraph loadUnitGraphCsv(const QString &nodesPath, const QString &weightColumn,
                           const std::vector<EdgeFile> &edgeFiles)
{
    const CsvTable nodes = readCsv(nodesPath);
    const int idCol = nodes.column(QStringLiteral("id"), true);
    const int weightCol = nodes.column(weightColumn, true);
    const int nameCol = nodes.column(QStringLiteral("name"), false);
    const int areaCol = nodes.column(QStringLiteral("area_m2"), false);
    const int perimCol = nodes.column(QStringLiteral("perimeter_m"), false);
    const int accountsCol = nodes.column(QStringLiteral("accounts"), false);
    UnitGraph g;
    g.levelName = nodesPath;
    g.measureLabel = weightColumn;
    for (size_t r = 0; r < nodes.rows.size(); ++r) {
        const QStringList &row = nodes.rows[r];
        g.unitIds.push_back(qint64(r));
        g.codes << row.value(idCol).trimmed();
        g.names << (nameCol >= 0 ? row.value(nameCol) : row.value(idCol));
        g.weight.push_back(csvNumber(nodes, r, weightCol, weightColumn));
        g.area.push_back(csvNumber(nodes, r, areaCol, QStringLiteral("area_m2")));
        g.perimeter.push_back(csvNumber(nodes, r, perimCol, QStringLiteral("perimeter_m")));
        g.accounts.push_back(csvNumber(nodes, r, accountsCol, QStringLiteral("accounts")));
    }
    std::vector<RawEdge> edges;
    for (const EdgeFile &f : edgeFiles) {
        const CsvTable t = readCsv(f.path);
        const int iCol = t.column(QStringLiteral("i"), true);
        const int jCol = t.column(QStringLiteral("j"), true);
        const int bCol = t.column(QStringLiteral("shared_boundary_m"), false);
        for (size_t r = 0; r < t.rows.size(); ++r) {
            const double i = csvNumber(t, r, iCol, QStringLiteral("i"));
            const double j = csvNumber(t, r, jCol, QStringLiteral("j"));
            if (i < 0 || j < 0 || i >= g.unitCount() || j >= g.unitCount() || i == j)
                throw TesseraError(
                    TesseraError::Kind::User,
                    QCoreApplication::translate("align", "The edge joins unknown or equal units."), t.path,
                    qint64(r) + 2, QStringLiteral("i"));
            edges.push_back(
                {int(i), int(j), csvNumber(t, r, bCol, QStringLiteral("shared_boundary_m")), f.kind});
        }
    }
    g.setEdges(edges);
    return g;
}

} // namespace tessera::align
