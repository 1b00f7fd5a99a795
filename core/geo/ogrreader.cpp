// Boundary files through GDAL/OGR: GeoJSON, Shapefile, GeoPackage and the rest of OGR's vector formats.
#include "boundaryfile.h"

#include "common/error.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>
#include <gdal_priv.h>
#include <memory>
#include <mutex>
#include <ogr_geometry.h>
#include <ogrsf_frmts.h>

namespace tessera::geo {
namespace {

struct DatasetCloser
{
    void operator()(GDALDataset *d) const { GDALClose(d); }
};
using DatasetPtr = std::unique_ptr<GDALDataset, DatasetCloser>;

DatasetPtr openDataset(const QString &file)
{
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
    if (!QFileInfo::exists(file))
        throw TesseraError(TesseraError::Kind::Io,
                           QCoreApplication::translate("geo", "The file does not exist."), file);
    const QByteArray path = QFile::encodeName(file);
    DatasetPtr ds(static_cast<GDALDataset *>(
        GDALOpenEx(path.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr)));
    if (!ds)
        throw TesseraError(TesseraError::Kind::User,
                           QCoreApplication::translate("geo", "Not a boundary file GDAL can read (%1).")
                               .arg(QString::fromUtf8(CPLGetLastErrorMsg())),
                           file);
    return ds;
}

OGRLayer *pickLayer(GDALDataset &ds, const QString &file, const QString &name)
{
    OGRLayer *layer = name.isEmpty() ? ds.GetLayer(0) : ds.GetLayerByName(name.toUtf8().constData());
    if (!layer)
        throw TesseraError(TesseraError::Kind::User,
                           name.isEmpty() ? QCoreApplication::translate("geo", "The file has no layers.")
                                          : QCoreApplication::translate("geo", "No layer '%1'.").arg(name),
                           file);
    return layer;
}

void appendRing(const OGRLinearRing *r, Ring &out)
{
    out.resize(size_t(r->getNumPoints()));
    for (int i = 0; i < r->getNumPoints(); ++i)
        out[size_t(i)] = {r->getX(i), r->getY(i)};
    if (!out.empty() && (out.front().x != out.back().x || out.front().y != out.back().y))
        out.push_back(out.front());
}

Polygon toPolygon(const OGRPolygon *p)
{
    Polygon out;
    if (p->getExteriorRing())
        appendRing(p->getExteriorRing(), out.outer);
    for (int i = 0; i < p->getNumInteriorRings(); ++i) {
        Ring h;
        appendRing(p->getInteriorRing(i), h);
        out.holes.push_back(std::move(h));
    }
    return out;
}

} // namespace

SourceLevel readWithOgr(const QString &file, const FieldMapping &mapping)
{
    DatasetPtr ds = openDataset(file);
    OGRLayer *layer = pickLayer(*ds, file, mapping.layer);
    OGRFeatureDefn *defn = layer->GetLayerDefn();
    const auto fieldIndex = [&](const QString &name) {
        const int i = defn->GetFieldIndex(name.toUtf8().constData());
        if (i < 0)
            throw TesseraError(TesseraError::Kind::User,
                               QCoreApplication::translate("geo", "The file has no field '%1'.").arg(name),
                               file, -1, name);
        return i;
    };
    const int idIdx = fieldIndex(mapping.idField);
    const int nameIdx = mapping.nameField.isEmpty() ? -1 : fieldIndex(mapping.nameField);
    std::vector<int> weightIdx;
    for (const QString &w : mapping.weightFields)
        weightIdx.push_back(fieldIndex(w));

    std::unique_ptr<OGRCoordinateTransformation> toWgs84;
    if (const OGRSpatialReference *srs = layer->GetSpatialRef()) {
        OGRSpatialReference wgs84;
        wgs84.importFromEPSG(4326);
        wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        OGRSpatialReference source(*srs);
        source.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        if (!source.IsSame(&wgs84))
            toWgs84.reset(OGRCreateCoordinateTransformation(&source, &wgs84));
    }

    SourceLevel level;
    level.file = file;
    QSet<QString> seen;
    layer->ResetReading();
    int featureNo = 0;
    for (OGRFeatureUniquePtr f(layer->GetNextFeature()); f; f.reset(layer->GetNextFeature())) {
        ++featureNo;
        SourceUnit u;
        u.code = QString::fromUtf8(f->GetFieldAsString(idIdx)).trimmed();
        if (!f->IsFieldSetAndNotNull(idIdx) || u.code.isEmpty())
            throw TesseraError(TesseraError::Kind::User,
                               QCoreApplication::translate("geo", "The id is missing or empty."), file,
                               featureNo, mapping.idField);
        if (seen.contains(u.code))
            throw TesseraError(TesseraError::Kind::User,
                               QCoreApplication::translate("geo", "The id '%1' appears twice.").arg(u.code),
                               file, featureNo, mapping.idField);
        seen.insert(u.code);
        u.name = nameIdx >= 0 ? QString::fromUtf8(f->GetFieldAsString(nameIdx)).trimmed() : QString();
        if (u.name.isEmpty())
            u.name = u.code;
        for (size_t k = 0; k < weightIdx.size(); ++k) {
            const int i = weightIdx[k];
            const OGRFieldType t = defn->GetFieldDefn(i)->GetType();
            bool ok = f->IsFieldSetAndNotNull(i);
            double d = 0;
            if (ok && (t == OFTInteger || t == OFTInteger64 || t == OFTReal))
                d = f->GetFieldAsDouble(i);
            else if (ok)
                d = QString::fromUtf8(f->GetFieldAsString(i)).trimmed().toDouble(&ok);
            if (!ok)
                throw TesseraError(
                    TesseraError::Kind::User,
                    QCoreApplication::translate("geo", "The weight is missing or not a number."), file,
                    featureNo, mapping.weightFields.at(qsizetype(k)));
            u.measures.emplace_back(mapping.weightFields.at(qsizetype(k)), d);
        }
        if (OGRGeometry *g = f->GetGeometryRef(); g && !g->IsEmpty()) {
            if (toWgs84 && g->transform(toWgs84.get()) != OGRERR_NONE)
                throw TesseraError(
                    TesseraError::Kind::User,
                    QCoreApplication::translate("geo", "The geometry cannot be converted to WGS84."), file,
                    featureNo, QStringLiteral("geometry"));
            switch (wkbFlatten(g->getGeometryType())) {
            case wkbPolygon:
                u.geometry.push_back(toPolygon(g->toPolygon()));
                break;
            case wkbMultiPolygon:
                for (const OGRPolygon *p : *g->toMultiPolygon())
                    u.geometry.push_back(toPolygon(p));
                break;
            default:
                throw TesseraError(TesseraError::Kind::User,
                                   QCoreApplication::translate("geo", "The geometry is a %1, not a polygon.")
                                       .arg(QString::fromUtf8(OGRGeometryTypeToName(g->getGeometryType()))),
                                   file, featureNo, QStringLiteral("geometry"));
            }
        }
        level.units.push_back(std::move(u));
    }
    if (level.units.empty())
        throw TesseraError(TesseraError::Kind::User,
                           QCoreApplication::translate("geo", "The file has no features."), file);
    return level;
}

std::vector<std::pair<QString, QString>> boundaryFileFields(const QString &file, const QString &layerName)
{
    DatasetPtr ds = openDataset(file);
    OGRFeatureDefn *defn = pickLayer(*ds, file, layerName)->GetLayerDefn();
    std::vector<std::pair<QString, QString>> out;
    for (int i = 0; i < defn->GetFieldCount(); ++i) {
        const OGRFieldType t = defn->GetFieldDefn(i)->GetType();
        const bool number = t == OFTInteger || t == OFTInteger64 || t == OFTReal;
        out.emplace_back(QString::fromUtf8(defn->GetFieldDefn(i)->GetNameRef()),
                         number ? QStringLiteral("number") : QStringLiteral("text"));
    }
    return out;
}

} // namespace tessera::geo
