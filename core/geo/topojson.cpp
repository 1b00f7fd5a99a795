// TopoJSON reader: decodes the (quantised, delta-encoded) arcs and builds each geometry's rings from them,
// keeping which arcs each unit uses so that adjacency can be read exactly from shared arcs.
#include "boundaryfile.h"

#include "common/error.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tessera::geo {
namespace {

struct TopoContext
{
    const QString &file;
    const std::vector<Ring> &arcs;
    int feature = 0;

    [[noreturn]] void fail(const QString &message, const QString &field = {}) const
    {
        throw TesseraError(TesseraError::Kind::User, message, file, feature, field);
    }

    Ring ring(const QJsonArray &indices, std::vector<int> &used) const
    {
        Ring r;
        for (const QJsonValue &v : indices) {
            if (!v.isDouble())
                fail(QCoreApplication::translate("geo", "An arc index is not a number."),
                     QStringLiteral("arcs"));
            const int i = v.toInt();
            const int arc = i < 0 ? ~i : i;
            if (arc < 0 || size_t(arc) >= arcs.size())
                fail(QCoreApplication::translate("geo", "Arc %1 does not exist.").arg(i),
                     QStringLiteral("arcs"));
            used.push_back(arc);
            const Ring &a = arcs[size_t(arc)];
            const size_t start = r.empty() ? 0 : 1;
            if (i >= 0) {
                for (size_t k = start; k < a.size(); ++k)
                    r.push_back(a[k]);
            } else {
                for (size_t k = start; k < a.size(); ++k)
                    r.push_back(a[a.size() - 1 - k]);
            }
        }
        return r; // quantisation can collapse small rings: the caller drops rings under 4 points
    }

    Polygon polygon(const QJsonArray &rings, std::vector<int> &used) const
    {
        Polygon p;
        for (int k = 0; k < rings.size(); ++k) {
            std::vector<int> arcsOfRing;
            Ring r = ring(rings.at(k).toArray(), arcsOfRing);
            if (r.size() >= 4) // a dropped ring's arcs make no border
                used.insert(used.end(), arcsOfRing.begin(), arcsOfRing.end());
            if (r.size() < 4) {
                if (k == 0)
                    return {};
                continue;
            }
            if (k == 0)
                p.outer = std::move(r);
            else
                p.holes.push_back(std::move(r));
        }
        return p;
    }
};

std::vector<Ring> decodeArcs(const QJsonObject &topo, const QString &file)
{
    const QJsonObject transform = topo.value(QStringLiteral("transform")).toObject();
    const bool quantised = !transform.isEmpty();
    const QJsonArray scale = transform.value(QStringLiteral("scale")).toArray();
    const QJsonArray translate = transform.value(QStringLiteral("translate")).toArray();
    const double sx = quantised ? scale.at(0).toDouble() : 1, sy = quantised ? scale.at(1).toDouble() : 1;
    const double tx = quantised ? translate.at(0).toDouble() : 0,
                 ty = quantised ? translate.at(1).toDouble() : 0;
    const QJsonArray arcs = topo.value(QStringLiteral("arcs")).toArray();
    std::vector<Ring> out;
    out.reserve(size_t(arcs.size()));
    for (int i = 0; i < arcs.size(); ++i) {
        const QJsonArray positions = arcs.at(i).toArray();
        Ring r;
        r.reserve(size_t(positions.size()));
        double x = 0, y = 0;
        for (const QJsonValue &pv : positions) {
            const QJsonArray p = pv.toArray();
            if (p.size() < 2)
                throw TesseraError(
                    TesseraError::Kind::User,
                    QCoreApplication::translate("geo", "Arc %1 has a position without two numbers.").arg(i),
                    file, -1, QStringLiteral("arcs"));
            if (quantised) {
                x += p.at(0).toDouble();
                y += p.at(1).toDouble();
                r.push_back({x * sx + tx, y * sy + ty});
            } else {
                r.push_back({p.at(0).toDouble(), p.at(1).toDouble()});
            }
        }
        out.push_back(std::move(r));
    }
    return out;
}

QString textOf(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    return {};
}

} // namespace

SourceLevel readTopoJson(const QByteArray &json, const QString &file, const FieldMapping &mapping)
{
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &perr);
    if (doc.isNull())
        throw TesseraError(TesseraError::Kind::User,
                           QCoreApplication::translate("geo", "Not valid JSON: %1 at byte %2")
                               .arg(perr.errorString())
                               .arg(perr.offset),
                           file);
    const QJsonObject topo = doc.object();
    if (topo.value(QStringLiteral("type")).toString() != QLatin1String("Topology"))
        throw TesseraError(TesseraError::Kind::User,
                           QCoreApplication::translate("geo", "Not a TopoJSON topology."), file, -1,
                           QStringLiteral("type"));
    const QJsonObject objects = topo.value(QStringLiteral("objects")).toObject();
    if (objects.isEmpty())
        throw TesseraError(TesseraError::Kind::User,
                           QCoreApplication::translate("geo", "The topology has no objects."), file, -1,
                           QStringLiteral("objects"));
    QString layer = mapping.layer.isEmpty() ? objects.keys().constFirst() : mapping.layer;
    if (!objects.contains(layer))
        throw TesseraError(TesseraError::Kind::User,
                           QCoreApplication::translate("geo", "No object '%1' in the topology (it has: %2).")
                               .arg(layer, objects.keys().join(QStringLiteral(", "))),
                           file, -1, QStringLiteral("objects"));
    const QJsonObject object = objects.value(layer).toObject();
    QJsonArray geometries = object.value(QStringLiteral("geometries")).toArray();
    if (object.value(QStringLiteral("type")).toString() != QLatin1String("GeometryCollection"))
        geometries = QJsonArray{object};

    SourceLevel level;
    level.file = file;
    level.hasArcs = true;
    level.arcs = decodeArcs(topo, file);
    TopoContext ctx{file, level.arcs};
    QSet<QString> seen;
    for (int f = 0; f < geometries.size(); ++f) {
        ctx.feature = f + 1;
        const QJsonObject g = geometries.at(f).toObject();
        const QJsonObject props = g.value(QStringLiteral("properties")).toObject();
        SourceUnit u;
        QJsonValue idValue = props.value(mapping.idField);
        if (idValue.isUndefined() && mapping.idField == QLatin1String("id"))
            idValue = g.value(QStringLiteral("id"));
        u.code = textOf(idValue).trimmed();
        if (u.code.isEmpty())
            ctx.fail(QCoreApplication::translate("geo", "The id is missing or empty."), mapping.idField);
        if (seen.contains(u.code))
            ctx.fail(QCoreApplication::translate("geo", "The id '%1' appears twice.").arg(u.code),
                     mapping.idField);
        seen.insert(u.code);
        u.name = mapping.nameField.isEmpty() ? u.code : textOf(props.value(mapping.nameField)).trimmed();
        if (u.name.isEmpty())
            u.name = u.code;
        for (const QString &w : mapping.weightFields) {
            const QJsonValue v = props.value(w);
            bool ok = v.isDouble();
            double d = v.toDouble();
            if (v.isString())
                d = v.toString().toDouble(&ok);
            if (!ok)
                ctx.fail(QCoreApplication::translate("geo", "The weight is missing or not a number."), w);
            u.measures.emplace_back(w, d);
        }
        std::vector<int> used;
        const QString type = g.value(QStringLiteral("type")).toString();
        const QJsonArray arcs = g.value(QStringLiteral("arcs")).toArray();
        if (type == QLatin1String("Polygon")) {
            if (Polygon p = ctx.polygon(arcs, used); !p.outer.empty())
                u.geometry.push_back(std::move(p));
        } else if (type == QLatin1String("MultiPolygon")) {
            for (const QJsonValue &p : arcs)
                if (Polygon poly = ctx.polygon(p.toArray(), used); !poly.outer.empty())
                    u.geometry.push_back(std::move(poly));
        } else if (!type.isEmpty() && type != QLatin1String("null")) {
            ctx.fail(QCoreApplication::translate("geo", "Geometry type %1 is not a polygon.").arg(type),
                     QStringLiteral("type"));
        }
        level.units.push_back(std::move(u));
        level.unitArcs.push_back(std::move(used));
    }
    return level;
}

SourceLevel readBoundaryFile(const QString &file, const FieldMapping &mapping)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        throw TesseraError(
            TesseraError::Kind::Io,
            QCoreApplication::translate("geo", "Cannot read the file: %1").arg(f.errorString()), file);
    const QByteArray head = f.peek(4096);
    const bool json = head.trimmed().startsWith('{');
    if ((json && head.contains("\"Topology\"")) ||
        file.endsWith(QLatin1String(".topojson"), Qt::CaseInsensitive)) {
        return readTopoJson(f.readAll(), file, mapping);
    }
    f.close();
    return readWithOgr(file, mapping);
}

} // namespace tessera::geo
