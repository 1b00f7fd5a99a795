#pragma once
// Reading boundary files into units before they are stored: TopoJSON by our own reader (so that shared
// arcs give exact adjacency), GeoJSON, Shapefile, GeoPackage and anything else GDAL/OGR opens through OGR.
// Geometry comes out in WGS84 lon/lat. A broken file throws TesseraError naming the file, the feature
// number (1-based, in file order) and the field.

#include "geometry.h"

#include <QStringList>
#include <utility>
#include <vector>

namespace tessera::geo {

struct FieldMapping
{
    QString idField;          // required; for TopoJSON "id" also matches the geometry's own id
    QString nameField;        // optional; the id is used as name when empty
    QStringList weightFields; // numeric attributes stored as unit measures under the field's name
    QString layer;            // layer (OGR) or object (TopoJSON); empty = the first
};

struct SourceUnit
{
    QString code;
    QString name;
    MultiPolygon geometry; // WGS84; empty when the feature has no geometry
    std::vector<std::pair<QString, double>> measures;
};

struct SourceLevel
{
    QString file;
    std::vector<SourceUnit> units;
    // TopoJSON only: the decoded arcs (lon/lat) and, per unit, the indices of the arcs its rings use.
    bool hasArcs = false;
    std::vector<Ring> arcs;
    std::vector<std::vector<int>> unitArcs;
};

// Reads any supported file: TopoJSON when the JSON says "type": "Topology", OGR otherwise.
SourceLevel readBoundaryFile(const QString &file, const FieldMapping &mapping);
// TopoJSON from bytes (the bundled files come from Qt resources); file names the source in errors.
SourceLevel readTopoJson(const QByteArray &json, const QString &file, const FieldMapping &mapping);
SourceLevel readWithOgr(const QString &file, const FieldMapping &mapping);

// Field names a file offers (for the import dialog's field mapping): name → "number" or "text".
std::vector<std::pair<QString, QString>> boundaryFileFields(const QString &file, const QString &layer = {});

} // namespace tessera::geo
