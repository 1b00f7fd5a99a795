// The territory map offscreen: paint units with the mouse, check the balance panel against figures
// computed from the plan, undo; locks; export. With TESSERA_SCREENSHOT_DIR set it also saves screenshots.
#include "align/balancedialog.h"
#include "demo/demogenerator.h"
#include "map/balancepanel.h"
#include "map/mapcanvas.h"
#include "map/mapdata.h"
#include "map/mapview.h"
#include "shell/plandocument.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QMessageBox>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>
#include <map>

using namespace tessera;
using namespace tessera::map;

class TestMapView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void zoomToFitShowsWhereTheAccountsAre();
    void paintBalanceUndo();
    void lockedUnitsResistPaint();
    void balanceActionBalancesAndUndoes();
    void exportFormats_data();
    void exportFormats();
    void screenshots();

private:
    int cellInt(int row, int col) const
    {
        const QString t = m_view->balancePanel()->table()->item(row, col)->text();
        return QLocale().toInt(t);
    }
    qint64 accountsIn(const std::vector<qint64> &unitIds) const;
    // A unit whose label point lies inside it, bordering `unit`, in another territory and not locked.
    int neighbourInOtherTerritory(int unit, int avoid = -1) const;
    QPoint screenPointOf(int unit) const;

    QTemporaryDir m_dir;
    std::unique_ptr<PlanDocument> m_doc;
    std::unique_ptr<MapView> m_view;
};

void TestMapView::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("demo.tessera"));
    generateDemoPlan(path, DemoOptions{});
    m_doc = PlanDocument::open(path);
    m_view = std::make_unique<MapView>(m_doc.get());
    m_view->resize(1500, 860);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(m_view->mapData());
    QCOMPARE(m_view->mapData()->levelName, QStringLiteral("us-counties"));
    QVERIFY(m_view->mapData()->units.size() > 3000);
}

qint64 TestMapView::accountsIn(const std::vector<qint64> &unitIds) const
{
    qint64 n = 0;
    for (qint64 id : unitIds)
        n += m_doc->store()
                 .scalar(QStringLiteral("SELECT COUNT(*) FROM account_units WHERE unit_id = ?"), {id})
                 .toLongLong();
    return n;
}

int TestMapView::neighbourInOtherTerritory(int unit, int avoid) const
{
    const MapData &d = *m_view->mapData();
    for (const geo::Edge &e : d.edges) {
        const int other = e.a == unit ? e.b : e.b == unit ? e.a : -1;
        if (other < 0 || other == avoid || e.water || d.locked[size_t(other)])
            continue;
        if (d.territoryOf[size_t(other)] != d.territoryOf[size_t(unit)] &&
            d.unitAt(d.labelPoints[size_t(other)]) == other)
            return other;
    }
    return -1;
}

QPoint TestMapView::screenPointOf(int unit) const
{
    return m_view->canvas()->screenOf(m_view->mapData()->labelPoints[size_t(unit)]).toPoint();
}

void TestMapView::zoomToFitShowsWhereTheAccountsAre()
{
    const MapData &d = *m_view->mapData();
    // Anchorage and Honolulu hold demo accounts, but far fewer than 5 % of them: the fit is the lower 48.
    const QRectF focus = d.focusExtent;
    QVERIFY(focus.contains(d.project(-122.3, 47.6)));  // Seattle
    QVERIFY(focus.contains(d.project(-80.2, 25.8)));   // Miami
    QVERIFY(focus.contains(d.project(-68.8, 44.8)));   // Bangor, Maine
    QVERIFY(!focus.contains(d.project(-149.9, 61.2))); // Anchorage
    QVERIFY(!focus.contains(d.project(-157.9, 21.3))); // Honolulu
    QVERIFY(d.extent.contains(d.project(-149.9, 61.2)));
    // The first layout fits the focus to the canvas, and a resize before any pan or zoom fits it again.
    MapCanvas *canvas = m_view->canvas();
    canvas->zoomToFit();
    const auto fills = [&] {
        const QRectF onScreen = canvas->worldToScreen().mapRect(focus);
        const QRectF box(QPointF(0, 0), QSizeF(canvas->size()));
        return box.adjusted(-2, -2, 2, 2).contains(onScreen) &&
               (onScreen.width() > 0.85 * box.width() || onScreen.height() > 0.85 * box.height());
    };
    QVERIFY(fills());
    m_view->resize(1100, 700);
    QTRY_VERIFY(fills());
    m_view->resize(1500, 860);
    QTRY_VERIFY(fills());
}

void TestMapView::paintBalanceUndo()
{
    const MapData &d = *m_view->mapData();
    // Cook County, IL (17031) and two neighbours from other territories.
    int home = -1;
    for (size_t u = 0; u < d.units.size(); ++u)
        if (d.units[u].code == QLatin1String("17031"))
            home = int(u);
    QVERIFY(home >= 0);
    const int t = d.territoryOf[size_t(home)];
    QVERIFY(t >= 0);
    const int b = neighbourInOtherTerritory(home);
    QVERIFY(b >= 0);
    int c = -1;
    for (const geo::Edge &e : d.edges) {
        const int other = e.a == b ? e.b : e.b == b ? e.a : -1;
        if (other >= 0 && other != home && d.territoryOf[size_t(other)] != t &&
            d.unitAt(d.labelPoints[size_t(other)]) == other) {
            c = other;
            break;
        }
    }
    QVERIFY(c >= 0);
    const int tb = d.territoryOf[size_t(b)], tc = d.territoryOf[size_t(c)];
    const std::vector<qint64> movedIds{d.units[size_t(b)].id, d.units[size_t(c)].id};
    const qint64 movedAccounts = accountsIn(movedIds);

    const int unitsBefore = cellInt(t, BalancePanel::UnitsCol);
    const int accountsBefore = cellInt(t, BalancePanel::AccountsCol);
    const int unitsBBefore = cellInt(tb, BalancePanel::UnitsCol);
    // The table agrees with the plan before anything happens.
    QCOMPARE(
        qint64(accountsBefore),
        m_doc->store()
            .scalar(QStringLiteral("SELECT COUNT(*) FROM account_units au JOIN unit_assignments a ON "
                                   "a.unit_id = au.unit_id WHERE a.territory_id = ? AND au.level_id = ?"),
                    {d.territories[size_t(t)].id, d.levelId})
            .toLongLong());

    QRectF box = d.bounds[size_t(b)].united(d.bounds[size_t(c)]).united(d.bounds[size_t(home)]);
    m_view->canvas()->zoomToRect(box, 0.2);
    m_view->setTargetTerritory(t);
    m_view->canvas()->setTool(MapCanvas::Tool::Paint);
    QTest::mousePress(m_view->canvas(), Qt::LeftButton, {}, screenPointOf(b));
    QTest::mouseMove(m_view->canvas(), screenPointOf(c));
    // Mid-stroke the panel already shows both units in the target territory; nothing is written yet.
    QCOMPARE(cellInt(t, BalancePanel::UnitsCol), unitsBefore + 2);
    QCOMPARE(qint64(cellInt(t, BalancePanel::AccountsCol)), accountsBefore + movedAccounts);
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QTest::mouseRelease(m_view->canvas(), Qt::LeftButton, {}, screenPointOf(c));

    QCOMPARE(m_doc->undoStack()->count(), 1);
    for (qint64 id : movedIds)
        QCOMPARE(
            m_doc->store()
                .scalar(QStringLiteral("SELECT territory_id FROM unit_assignments WHERE unit_id = ?"), {id})
                .toLongLong(),
            d.territories[size_t(t)].id);
    QCOMPARE(cellInt(t, BalancePanel::UnitsCol), unitsBefore + 2);
    QCOMPARE(qint64(cellInt(t, BalancePanel::AccountsCol)), accountsBefore + movedAccounts);
    QCOMPARE(cellInt(tb, BalancePanel::UnitsCol), unitsBBefore - (tb == tc ? 2 : 1));
    // Deviation is the territory's accounts against the mean of all territories.
    const double mean = 6000.0 / double(d.territories.size());
    const double placed = m_view->balancePanel()->metrics().totalWeight;
    QVERIFY(placed > 5000 && placed <= 6000);
    const QString dev = m_view->balancePanel()->table()->item(t, BalancePanel::DeviationCol)->text();
    const double expected = (accountsBefore + movedAccounts) / (placed / double(d.territories.size())) - 1;
    QCOMPARE(dev, QLocale().toString(expected * 100, 'f', 1) + QLatin1Char('%'));
    Q_UNUSED(mean);

    m_doc->undoStack()->undo();
    QCOMPARE(cellInt(t, BalancePanel::UnitsCol), unitsBefore);
    QCOMPARE(cellInt(t, BalancePanel::AccountsCol), accountsBefore);
    QCOMPARE(m_view->mapData()->territoryOf[size_t(b)], tb);
    QCOMPARE(m_doc->store()
                 .scalar(QStringLiteral("SELECT territory_id FROM unit_assignments WHERE unit_id = ?"),
                         {movedIds[0]})
                 .toLongLong(),
             d.territories[size_t(tb)].id);
    m_view->canvas()->setTool(MapCanvas::Tool::Select);
}

void TestMapView::lockedUnitsResistPaint()
{
    const MapData &d = *m_view->mapData();
    int home = -1;
    for (size_t u = 0; u < d.units.size(); ++u)
        if (d.units[u].code == QLatin1String("48201")) // Harris County, TX
            home = int(u);
    QVERIFY(home >= 0);
    const int b = neighbourInOtherTerritory(home);
    QVERIFY(b >= 0);
    const int tb = d.territoryOf[size_t(b)];
    m_view->canvas()->zoomToRect(d.bounds[size_t(b)].united(d.bounds[size_t(home)]), 0.2);
    // Select b by clicking it, lock it: one command.
    m_view->canvas()->setTool(MapCanvas::Tool::Select);
    const int before = m_doc->undoStack()->index();
    QTest::mouseClick(m_view->canvas(), Qt::LeftButton, {}, screenPointOf(b));
    QCOMPARE(m_view->canvas()->selection(), std::set<int>{b});
    m_view->lockSelection(true);
    QCOMPARE(m_doc->undoStack()->index(), before + 1);
    QVERIFY(m_view->mapData()->locked[size_t(b)]);
    // Painting over it changes nothing and pushes nothing.
    m_view->setTargetTerritory(d.territoryOf[size_t(home)]);
    m_view->canvas()->setTool(MapCanvas::Tool::Paint);
    QTest::mouseClick(m_view->canvas(), Qt::LeftButton, {}, screenPointOf(b));
    QCOMPARE(m_view->mapData()->territoryOf[size_t(b)], tb);
    QCOMPARE(m_doc->undoStack()->index(), before + 1);
    m_doc->undoStack()->undo();
    QVERIFY(!m_view->mapData()->locked[size_t(b)]);
    m_view->canvas()->setTool(MapCanvas::Tool::Select);
}

void TestMapView::balanceActionBalancesAndUndoes()
{
    const auto assignments = [&] {
        std::map<qint64, qint64> m;
        QSqlQuery q = m_doc->store().query(QStringLiteral(
            "SELECT a.unit_id, a.territory_id FROM unit_assignments a JOIN geo_units u ON u.id = a.unit_id "
            "JOIN geo_levels l ON l.id = u.level_id WHERE l.name = 'us-counties'"));
        while (q.next())
            m[q.value(0).toLongLong()] = q.value(1).toLongLong();
        return m;
    };
    const auto before = assignments();
    const std::vector<int> mapBefore = m_view->mapData()->territoryOf;
    QVERIFY(before.size() > 3000);
    auto *action = m_view->findChild<QAction *>(QStringLiteral("balanceAction"));
    QVERIFY(action);
    // Answer the dialog (it must show the map's level) with a short fresh design, then close the
    // report box. The long task's progress dialog is left alone.
    QString levelShown, report;
    int dialogs = 0, reports = 0;
    QTimer answer;
    connect(&answer, &QTimer::timeout, this, [&] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (!w->isVisible())
                continue;
            if (auto *dialog = qobject_cast<BalanceDialog *>(w)) {
                levelShown = dialog->findChildren<QComboBox *>().at(0)->currentText();
                auto *mode = dialog->findChildren<QComboBox *>().at(2);
                mode->setCurrentIndex(mode->findData(int(align::BalanceMode::Fresh)));
                const auto spins = dialog->findChildren<QDoubleSpinBox *>();
                spins.at(0)->setValue(2); // time limit, seconds
                // The demo's counties are not all connected (Alaska, Hawaii, Puerto Rico): per piece.
                dialog->findChild<QCheckBox *>()->setChecked(true);
                ++dialogs;
                dialog->accept();
            } else if (auto *box = qobject_cast<QMessageBox *>(w)) {
                ++reports;
                report = box->text();
                box->accept();
            }
        }
    });
    answer.start(50);
    const int index = m_doc->undoStack()->index();
    action->trigger();
    answer.stop();
    QCOMPARE(dialogs, 1);
    QCOMPARE(reports, 1);
    QCOMPARE(levelShown, QStringLiteral("us-counties"));
    QVERIFY2(m_doc->undoStack()->index() == index + 1, qPrintable(report));
    const auto after = assignments();
    QCOMPARE(after.size(), before.size());
    int moved = 0;
    for (const auto &[unit, territory] : after)
        moved += before.at(unit) != territory;
    QVERIFY(moved > 0);
    // The map took the new alignment through PlanDocument::changed.
    int mapMoved = 0;
    for (size_t u = 0; u < mapBefore.size(); ++u)
        mapMoved += m_view->mapData()->territoryOf[u] != mapBefore[u];
    QCOMPARE(mapMoved, moved);
    m_doc->undoStack()->undo();
    QVERIFY(assignments() == before);
    QVERIFY(m_view->mapData()->territoryOf == mapBefore);
}

void TestMapView::exportFormats_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("png") << QStringLiteral("png") << QByteArray("\x89PNG");
    QTest::newRow("svg") << QStringLiteral("svg") << QByteArray("<?xml");
    QTest::newRow("pdf") << QStringLiteral("pdf") << QByteArray("%PDF");
}

void TestMapView::exportFormats()
{
    QFETCH(QString, suffix);
    QFETCH(QByteArray, magic);
    m_view->canvas()->zoomToFit();
    const QString path = m_dir.filePath(QStringLiteral("map.") + suffix);
    m_view->exportMap(path);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.size() > 10000);
    QVERIFY(f.read(magic.size()) == magic);
}

void TestMapView::screenshots()
{
    const QString dir = qEnvironmentVariable("TESSERA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("Set TESSERA_SCREENSHOT_DIR to write screenshots.");
    m_view->canvas()->zoomToFit();
    // Palette images keep the committed screenshots small.
    const auto save = [&](const QString &name) {
        return m_view->grab()
            .toImage()
            .scaledToWidth(1200, Qt::SmoothTransformation)
            .convertToFormat(QImage::Format_Indexed8, Qt::AvoidDither)
            .save(dir + name);
    };
    QVERIFY(save(QStringLiteral("/geo-national.png")));
    // New England and New York, where counties are small and territories meet.
    const QPointF a = m_view->mapData()->project(-80.0, 45.2), b = m_view->mapData()->project(-69.5, 40.3);
    m_view->canvas()->zoomToRect(QRectF(a, b).normalized(), 0.0);
    QVERIFY(save(QStringLiteral("/geo-region.png")));
    m_view->setColourBy(ColourBy::Region);
    m_view->canvas()->zoomToFit();
    QVERIFY(save(QStringLiteral("/geo-regions.png")));
    m_view->setColourBy(ColourBy::Territory);
}

QTEST_MAIN(TestMapView)
#include "tst_mapview.moc"
