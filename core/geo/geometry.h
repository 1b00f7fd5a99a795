#pragma once
// Plain polygon geometry for geography levels: lon/lat (WGS84) or projected metres, WKB encoding, and the
// few measures the engine needs (area, ring length, point in polygon). No Qt Gui types: the map view turns
// these into QPainterPaths itself.

#include <QByteArray>
#include <QString>
#include <vector>

namespace tessera::geo {

struct Pt
{
    double x = 0; // longitude or easting
    double y = 0; // latitude or northing
};

using Ring = std::vector<Pt>; // closed: the first point is repeated at the end
struct Polygon
{
    Ring outer;
    std::vector<Ring> holes;
};
using MultiPolygon = std::vector<Polygon>;

struct Box
{
    double minX = 0, minY = 0, maxX = -1, maxY = -1;
    bool isEmpty() const { return maxX < minX; }
    void extend(const Pt &p);
    void extend(const Box &b);
    bool contains(const Pt &p) const { return p.x >= minX && p.x <= maxX && p.y >= minY && p.y <= maxY; }
};

Box boundingBox(const MultiPolygon &g);
bool isEmpty(const MultiPolygon &g);

// Signed area of a ring by the shoelace formula (positive when counter-clockwise), in squared units.
double signedArea(const Ring &r);
double ringLength(const Ring &r);
// Area (outer minus holes) and perimeter (all rings) of planar (projected) geometry.
double area(const MultiPolygon &g);
double perimeter(const MultiPolygon &g);
// Area-weighted centroid of the largest polygon's outer ring (a good label point for most units).
Pt labelPoint(const MultiPolygon &g);

// Even-odd point in polygon: inside the outer ring and outside every hole. Points on an edge may go
// either way (each point is placed in exactly one unit by the caller taking the first hit).
bool contains(const Polygon &p, const Pt &pt);
bool contains(const MultiPolygon &g, const Pt &pt);

// WKB (little-endian, ISO) MultiPolygon; decode also accepts a Polygon. Throws TesseraError on bad bytes.
QByteArray toWkb(const MultiPolygon &g);
MultiPolygon fromWkb(const QByteArray &wkb);

// An equal-area projection for measuring shapes: EPSG:5070 (CONUS Albers, NAD83) when the data lies in
// the United States, otherwise a Lambert azimuthal equal-area projection centred on the data.
class EqualAreaProjection
{
public:
    static EqualAreaProjection forExtent(const Box &lonLat);
    // Chooses from where the data mostly is: EPSG:5070 when 90 % of the sample points (e.g. unit centres)
    // lie in the United States (a few far-off territories such as Guam do not move the projection),
    // otherwise LAEA centred on the median longitude and latitude.
    static EqualAreaProjection forSample(std::vector<Pt> lonLat);
    EqualAreaProjection(const EqualAreaProjection &) = delete;
    EqualAreaProjection(EqualAreaProjection &&other) noexcept;
    ~EqualAreaProjection();

    QString description() const { return m_description; }
    Pt project(const Pt &lonLat) const;
    void projectInPlace(std::vector<Pt> &points) const;
    Ring project(const Ring &r) const;
    MultiPolygon project(const MultiPolygon &g) const;

private:
    EqualAreaProjection() = default;
    void *m_transform = nullptr; // OGRCoordinateTransformationH
    QString m_description;
};

} // namespace tessera::geo
