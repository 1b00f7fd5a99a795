#include "geometry.h"

#include "common/error.h"

#include <QCoreApplication>
#include <QtEndian>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <ogr_srs_api.h>

namespace tessera::geo {

void Box::extend(const Pt &p)
{
    if (isEmpty()) {
        minX = maxX = p.x;
        minY = maxY = p.y;
        return;
    }
    minX = std::min(minX, p.x);
    maxX = std::max(maxX, p.x);
    minY = std::min(minY, p.y);
    maxY = std::max(maxY, p.y);
}

void Box::extend(const Box &b)
{
    if (b.isEmpty())
        return;
    extend(Pt{b.minX, b.minY});
    extend(Pt{b.maxX, b.maxY});
}

Box boundingBox(const MultiPolygon &g)
{
    Box b;
    for (const Polygon &p : g)
        for (const Pt &pt : p.outer)
            b.extend(pt);
    return b;
}

bool isEmpty(const MultiPolygon &g)
{
    return std::all_of(g.begin(), g.end(), [](const Polygon &p) { return p.outer.size() < 4; });
}

double signedArea(const Ring &r)
{
    double s = 0;
    for (size_t i = 0; i + 1 < r.size(); ++i)
        s += r[i].x * r[i + 1].y - r[i + 1].x * r[i].y;
    return s / 2;
}

double ringLength(const Ring &r)
{
    double s = 0;
    for (size_t i = 0; i + 1 < r.size(); ++i)
        s += std::hypot(r[i + 1].x - r[i].x, r[i + 1].y - r[i].y);
    return s;
}

double area(const MultiPolygon &g)
{
    double a = 0;
    for (const Polygon &p : g) {
        a += std::abs(signedArea(p.outer));
        for (const Ring &h : p.holes)
            a -= std::abs(signedArea(h));
    }
    return a;
}

double perimeter(const MultiPolygon &g)
{
    double s = 0;
    for (const Polygon &p : g) {
        s += ringLength(p.outer);
        for (const Ring &h : p.holes)
            s += ringLength(h);
    }
    return s;
}

Pt labelPoint(const MultiPolygon &g)
{
    const Polygon *best = nullptr;
    double bestArea = -1;
    for (const Polygon &p : g) {
        const double a = std::abs(signedArea(p.outer));
        if (a > bestArea) {
            bestArea = a;
            best = &p;
        }
    }
    if (!best || best->outer.empty())
        return {};
    const Ring &r = best->outer;
    double cx = 0, cy = 0, a2 = 0;
    for (size_t i = 0; i + 1 < r.size(); ++i) {
        const double c = r[i].x * r[i + 1].y - r[i + 1].x * r[i].y;
        cx += (r[i].x + r[i + 1].x) * c;
        cy += (r[i].y + r[i + 1].y) * c;
        a2 += c;
    }
    if (std::abs(a2) < 1e-18) {
        const Box b = boundingBox(g);
        return {(b.minX + b.maxX) / 2, (b.minY + b.maxY) / 2};
    }
    return {cx / (3 * a2), cy / (3 * a2)};
}

namespace {

bool ringContains(const Ring &r, const Pt &pt)
{
    bool inside = false;
    for (size_t i = 0, j = r.size() - 1; i < r.size(); j = i++) {
        const Pt &a = r[i];
        const Pt &b = r[j];
        if ((a.y > pt.y) != (b.y > pt.y) && pt.x < (b.x - a.x) * (pt.y - a.y) / (b.y - a.y) + a.x)
            inside = !inside;
    }
    return inside;
}

[[noreturn]] void badWkb(const char *what)
{
    throw TesseraError(
        TesseraError::Kind::Corrupt,
        QCoreApplication::translate("geo", "Damaged unit geometry (WKB): %1").arg(QString::fromLatin1(what)));
}

struct WkbReader
{
    const QByteArray &bytes;
    qsizetype pos = 0;
    bool little = true;
    template <typename T> T read()
    {
        if (pos + qsizetype(sizeof(T)) > bytes.size())
            badWkb("truncated");
        T v;
        std::memcpy(&v, bytes.constData() + pos, sizeof(T));
        pos += sizeof(T);
        if (!little) {
            if constexpr (sizeof(T) == 8) {
                quint64 u;
                std::memcpy(&u, &v, 8);
                u = qbswap(u);
                std::memcpy(&v, &u, 8);
            } else {
                v = qbswap(v);
            }
        }
        return v;
    }
    quint32 header()
    {
        if (pos >= bytes.size())
            badWkb("truncated");
        little = bytes.at(pos++) == 1;
        return read<quint32>();
    }
    Polygon polygon()
    {
        Polygon p;
        const quint32 rings = read<quint32>();
        for (quint32 r = 0; r < rings; ++r) {
            const quint32 n = read<quint32>();
            if (qsizetype(n) * 16 > bytes.size() - pos)
                badWkb("ring longer than the data");
            Ring ring(n);
            for (Pt &pt : ring) {
                pt.x = read<double>();
                pt.y = read<double>();
            }
            if (r == 0)
                p.outer = std::move(ring);
            else
                p.holes.push_back(std::move(ring));
        }
        return p;
    }
};

void putU32(QByteArray &out, quint32 v)
{
    const quint32 le = qToLittleEndian(v);
    out.append(reinterpret_cast<const char *>(&le), 4);
}

void putRing(QByteArray &out, const Ring &r)
{
    putU32(out, quint32(r.size()));
    for (const Pt &p : r) {
        double xy[2] = {p.x, p.y};
        out.append(reinterpret_cast<const char *>(xy), 16); // x86/ARM little-endian doubles
    }
}

} // namespace

bool contains(const Polygon &p, const Pt &pt)
{
    if (p.outer.size() < 4 || !ringContains(p.outer, pt))
        return false;
    return std::none_of(p.holes.begin(), p.holes.end(), [&](const Ring &h) { return ringContains(h, pt); });
}

bool contains(const MultiPolygon &g, const Pt &pt)
{
    return std::any_of(g.begin(), g.end(), [&](const Polygon &p) { return contains(p, pt); });
}

QByteArray toWkb(const MultiPolygon &g)
{
    static_assert(Q_BYTE_ORDER == Q_LITTLE_ENDIAN, "WKB writer assumes a little-endian host");
    QByteArray out;
    out.append(char(1));
    putU32(out, 6);
    putU32(out, quint32(g.size()));
    for (const Polygon &p : g) {
        out.append(char(1));
        putU32(out, 3);
        putU32(out, quint32(1 + p.holes.size()));
        putRing(out, p.outer);
        for (const Ring &h : p.holes)
            putRing(out, h);
    }
    return out;
}

MultiPolygon fromWkb(const QByteArray &wkb)
{
    MultiPolygon g;
    if (wkb.isEmpty())
        return g;
    WkbReader r{wkb};
    const quint32 type = r.header();
    if (type == 3) {
        g.push_back(r.polygon());
    } else if (type == 6) {
        const quint32 n = r.read<quint32>();
        for (quint32 i = 0; i < n; ++i) {
            if (r.header() != 3)
                badWkb("multipolygon member is not a polygon");
            g.push_back(r.polygon());
        }
    } else {
        badWkb("not a polygon");
    }
    return g;
}

EqualAreaProjection EqualAreaProjection::forSample(std::vector<Pt> lonLat)
{
    if (lonLat.empty())
        return forExtent(Box());
    const auto inUs = [](const Pt &p) {
        return p.x >= -180 && p.x <= -60 && p.y > 15 && p.y < 72;
    };
    const size_t us = size_t(std::count_if(lonLat.begin(), lonLat.end(), inUs));
    Box b;
    if (us * 10 >= lonLat.size() * 9) {
        for (const Pt &p : lonLat)
            if (inUs(p))
                b.extend(p);
        return forExtent(b);
    }
    const size_t mid = lonLat.size() / 2;
    std::nth_element(lonLat.begin(), lonLat.begin() + long(mid), lonLat.end(),
                     [](const Pt &a, const Pt &c) { return a.x < c.x; });
    const double mx = lonLat[mid].x;
    std::nth_element(lonLat.begin(), lonLat.begin() + long(mid), lonLat.end(),
                     [](const Pt &a, const Pt &c) { return a.y < c.y; });
    const double my = lonLat[mid].y;
    // A tiny box around the median: forExtent centres LAEA on it unless it lies in the US.
    b.extend(Pt{mx - 1e-6, my - 1e-6});
    b.extend(Pt{mx + 1e-6, my + 1e-6});
    return forExtent(b);
}

EqualAreaProjection EqualAreaProjection::forExtent(const Box &lonLat)
{
    EqualAreaProjection p;
    OGRSpatialReferenceH src = OSRNewSpatialReference(nullptr);
    OGRSpatialReferenceH dst = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(src, 4326);
    OSRSetAxisMappingStrategy(src, OAMS_TRADITIONAL_GIS_ORDER);
    const double cx = lonLat.isEmpty() ? 0 : (lonLat.minX + lonLat.maxX) / 2;
    const double cy = lonLat.isEmpty() ? 0 : (lonLat.minY + lonLat.maxY) / 2;
    // The United States including Alaska and Hawaii: CONUS Albers keeps areas exact everywhere.
    const bool us = !lonLat.isEmpty() && lonLat.minX >= -180 && lonLat.maxX <= -60 && cy > 15 && cy < 72;
    OGRErr err = OGRERR_NONE;
    if (us) {
        err = OSRImportFromEPSG(dst, 5070);
        p.m_description = QStringLiteral("EPSG:5070 (NAD83 / Conus Albers)");
    } else {
        const QByteArray proj =
            QStringLiteral("+proj=laea +lat_0=%1 +lon_0=%2 +datum=WGS84 +units=m +no_defs")
                .arg(cy)
                .arg(cx)
                .toLatin1();
        err = OSRImportFromProj4(dst, proj.constData());
        p.m_description = QStringLiteral("Lambert azimuthal equal-area centred on %1, %2").arg(cy).arg(cx);
    }
    OSRSetAxisMappingStrategy(dst, OAMS_TRADITIONAL_GIS_ORDER);
    if (err == OGRERR_NONE)
        p.m_transform = OCTNewCoordinateTransformation(src, dst);
    OSRDestroySpatialReference(src);
    OSRDestroySpatialReference(dst);
    if (!p.m_transform)
        throw TesseraError::internal(QCoreApplication::translate(
            "geo", "Cannot set up the equal-area projection (PROJ database missing?)."));
    return p;
}

EqualAreaProjection::EqualAreaProjection(EqualAreaProjection &&other) noexcept
    : m_transform(other.m_transform), m_description(std::move(other.m_description))
{
    other.m_transform = nullptr;
}

EqualAreaProjection::~EqualAreaProjection()
{
    if (m_transform)
        OCTDestroyCoordinateTransformation(static_cast<OGRCoordinateTransformationH>(m_transform));
}

Pt EqualAreaProjection::project(const Pt &lonLat) const
{
    double x = lonLat.x, y = lonLat.y;
    OCTTransform(static_cast<OGRCoordinateTransformationH>(m_transform), 1, &x, &y, nullptr);
    return {x, y};
}

void EqualAreaProjection::projectInPlace(std::vector<Pt> &points) const
{
    if (points.empty())
        return;
    std::vector<double> xs(points.size()), ys(points.size());
    for (size_t i = 0; i < points.size(); ++i) {
        xs[i] = points[i].x;
        ys[i] = points[i].y;
    }
    OCTTransform(static_cast<OGRCoordinateTransformationH>(m_transform), int(points.size()), xs.data(),
                 ys.data(), nullptr);
    for (size_t i = 0; i < points.size(); ++i)
        points[i] = {xs[i], ys[i]};
}

Ring EqualAreaProjection::project(const Ring &r) const
{
    Ring out = r;
    projectInPlace(out);
    return out;
}

MultiPolygon EqualAreaProjection::project(const MultiPolygon &g) const
{
    MultiPolygon out = g;
    for (Polygon &p : out) {
        projectInPlace(p.outer);
        for (Ring &h : p.holes)
            projectInPlace(h);
    }
    return out;
}

} // namespace tessera::geo
