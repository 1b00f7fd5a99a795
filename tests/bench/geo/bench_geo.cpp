// Geography benchmark: import + adjacency of the bundled US counties and of a synthetic 40,000-unit
// tessellation, full repaints of both maps, and pan frame rates. Prints each figure, its ratio to the goal
// and to a baseline measured in the same run. See README.md.
#include "geo/bundled.h"
#include "geo/geostore.h"
#include "map/mapcanvas.h"
#include "map/mapdata.h"
#include "map/maprenderer.h"
#include "store/planstore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QPainter>
#include <QTemporaryDir>
#include <QTextStream>
#include <cstdio>

using namespace tessera;

namespace {

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// Pointy-top hexagons on an integer lattice (X in half-widths, Y in quarter-heights), so that neighbours
// share bit-identical vertices; every lattice vertex is jittered by a hash of its coordinates.
QString writeHexGrid(const QString &path, int cols, int rows)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    QTextStream out(&f);
    out.setRealNumberPrecision(10);
    const double lon0 = -120, lat0 = 28, hw = 45.0 / (2 * cols + 1), hq = 20.0 / (3 * rows + 1);
    const auto jitter = [](qint64 x, qint64 y, int salt) {
        quint64 h = quint64(x) * 0x9E3779B97F4A7C15ull ^ quint64(y) * 0xC2B2AE3D27D4EB4Full ^ quint64(salt);
        h ^= h >> 29;
        h *= 0xBF58476D1CE4E5B9ull;
        h ^= h >> 32;
        return (double(h % 1000) / 1000.0 - 0.5) * 0.5; // ±0.25 of a lattice step
    };
    static const int dx[6] = {0, 1, 1, 0, -1, -1};
    static const int dy[6] = {2, 1, -1, -2, -1, 1};
    out << "{\"type\":\"FeatureCollection\",\"features\":[\n";
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c) {
            const qint64 cx = 2 * c + (r & 1) + 1, cy = 3 * r + 2;
            out << (r || c ? ",\n" : "") << "{\"type\":\"Feature\",\"properties\":{\"id\":\"H" << r << '_'
                << c << "\",\"pop\":" << (1000 + (r * 7919 + c * 104729) % 9000)
                << "},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[";
            for (int k = 0; k <= 6; ++k) {
                const qint64 x = cx + dx[k % 6], y = cy + dy[k % 6];
                const double lon = lon0 + (double(x) + jitter(x, y, 1)) * hw;
                const double lat = lat0 + (double(y) + jitter(x, y, 2)) * hq;
                out << (k ? "," : "") << '[' << lon << ',' << lat << ']';
            }
            out << "]]}}";
        }
    out << "\n]}\n";
    return path;
}

struct RenderFigures
{
    double full = 0, baseline = 0, panRerender = 0, dragFrame = 0;
};

RenderFigures measureRendering(const PlanStore &store, const QString &level, int frames)
{
    auto data = map::MapData::load(store, level);
    map::MapRenderer renderer(*data);
    map::MapCanvas canvas;
    canvas.resize(1500, 860);
    canvas.setMap(data.get(), &renderer);
    canvas.options().legend = true;
    QImage image(canvas.size(), QImage::Format_ARGB32_Premultiplied);
    RenderFigures f;
    canvas.renderFrame(image); // warm-up
    for (int i = 0; i < frames; ++i)
        f.full += canvas.renderFrame(image) / frames;
    // Baseline: every unit filled with one brush, no outlines, no antialiasing.
    QPainterPath all;
    for (const QPainterPath &p : data->paths)
        all.addPath(p);
    for (int i = 0; i < frames; ++i) {
        QElapsedTimer t;
        t.start();
        QPainter p(&image);
        p.setTransform(canvas.worldToScreen());
        p.setPen(Qt::NoPen);
        p.setBrush(Qt::gray);
        p.drawPath(all);
        p.end();
        f.baseline += ms(t) / frames;
    }
    // Panning: each step moves 20 px and redraws everything (what happens when the drag ends) ...
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < frames; ++i) {
        canvas.panBy(QPointF(20, 0));
        canvas.renderFrame(image);
    }
    f.panRerender = frames / (ms(t) / 1000);
    // ... while during the drag a frame is the cached image shifted.
    QImage screen(canvas.size(), QImage::Format_ARGB32_Premultiplied);
    t.restart();
    for (int i = 0; i < frames * 10; ++i) {
        QPainter p(&screen);
        p.drawImage(QPointF(i % 40, 0), image);
    }
    f.dragFrame = frames * 10 / (ms(t) / 1000);
    return f;
}

void printRender(const char *name, const RenderFigures &f, double goalMs)
{
    std::printf(
        "%s full repaint (1500x860): %.1f ms  (goal %.0f ms: ratio %.2f; baseline plain fill %.1f ms: "
        "ratio %.1f)\n",
        name, f.full, goalMs, f.full / goalMs, f.baseline, f.full / f.baseline);
    std::printf(
        "%s pan, full redraw per 20 px step: %.0f frames/s; drag frames (cached image): %.0f frames/s\n",
        name, f.panRerender, f.dragFrame);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const int cols = argc > 1 ? std::atoi(argv[1]) : 200, rows = argc > 2 ? std::atoi(argv[2]) : 200;

    // US counties (bundled TopoJSON): read + exact adjacency + store.
    auto counties = PlanStore::create(dir.filePath(QStringLiteral("counties.tessera")));
    QElapsedTimer t;
    t.start();
    const geo::SourceLevel source = geo::bundledSource(QStringLiteral("us-counties"));
    const double readMs = ms(t);
    geo::LevelImportOptions o;
    o.levelName = QStringLiteral("us-counties");
    const geo::LevelSummary cs = geo::importLevel(*counties, source, o);
    const double countiesMs = ms(t);
    std::printf(
        "US counties: %d units, %d edges: import + adjacency %.0f ms (baseline: reading the TopoJSON %.0f "
        "ms, ratio %.1f)\n",
        cs.units, cs.edges, countiesMs, readMs, countiesMs / readMs);

    // Synthetic tessellation, GeoJSON through GDAL, adjacency by shared segments.
    t.restart();
    const QString hex = writeHexGrid(dir.filePath(QStringLiteral("hex.geojson")), cols, rows);
    const double writeMs = ms(t);
    auto synthetic = PlanStore::create(dir.filePath(QStringLiteral("hex.tessera")));
    t.restart();
    geo::FieldMapping m;
    m.idField = QStringLiteral("id");
    m.weightFields = {QStringLiteral("pop")};
    const geo::SourceLevel hexSource = geo::readBoundaryFile(hex, m);
    const double hexReadMs = ms(t);
    o.levelName = QStringLiteral("hex");
    const geo::LevelSummary hs = geo::importLevel(*synthetic, hexSource, o);
    const double hexMs = ms(t);
    std::printf(
        "Synthetic hexagons: %d units, %d edges (interior hexagons have 6): GeoJSON written in %.0f ms; "
        "import + adjacency %.0f ms (goal 10000 ms: ratio %.2f; baseline: GDAL read %.0f ms, ratio %.1f)\n",
        hs.units, hs.edges, writeMs, hexMs, hexMs / 10000, hexReadMs, hexMs / hexReadMs);

    printRender("US counties", measureRendering(*counties, QStringLiteral("us-counties"), 10), 50);
    printRender("Synthetic", measureRendering(*synthetic, QStringLiteral("hex"), 5), 50);
    return 0;
}
