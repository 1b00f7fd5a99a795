// The dashboard view on the demo plan: it shows the core's numbers, drills, navigates back and forward,
// edits the manager commit through the undo stack, and exports. With TESSERA_SCREENSHOT_DIR set it also
// writes the screenshots committed under docs/screenshots.
#include "demoquotas.h"

#include "dashboard/chartpanel.h"
#include "dashboard/dashboardview.h"
#include "dashboard/forecastcommands.h"
#include "demo/demogenerator.h"
#include "forecast/forecastquery.h"
#include "shell/plandocument.h"

#include <QApplication>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <qcustomplot.h>

using namespace tessera;
using namespace tessera::forecast;

class TestDashboardView : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_plan;
    std::unique_ptr<PlanDocument> m_doc;

    static bool waitShown(DashboardView &view)
    {
        QSignalSpy spy(&view, &DashboardView::dashboardShown);
        return spy.wait(60000);
    }
    static void screenshot(QWidget &w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("TESSERA_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(w.grab().save(dir + QLatin1Char('/') + name));
    }

private slots:
    void initTestCase()
    {
        m_plan = m_dir.filePath(QStringLiteral("demo.tessera"));
        generateDemoPlan(m_plan, DemoOptions{});
        auto store = PlanStore::open(m_plan);
        demoquotas::seed(*store, 2027);
        store.reset();
        m_doc = PlanDocument::open(m_plan);
    }

    void showsCoreFiguresAndNavigates()
    {
        DashboardView view(m_doc.get());
        view.resize(1500, 1080);
        view.show();
        QVERIFY(waitShown(view));
        ForecastQuery query(m_doc->store());
        const Period q2 = query.parsePeriod(QStringLiteral("2027-Q2"));
        QCOMPARE(view.dashboard().figures.period, q2); // the quarter of the as-of date
        const Figures core = query.figures(query.tree().root(), q2);
        QCOMPARE(view.dashboard().figures.closed, core.closed);
        QCOMPARE(view.dashboard().figures.weightedPipeline, core.weightedPipeline);
        QCOMPARE(view.dashboard().figures.quota, core.quota);
        // The attainment chart plots the children's attainment, sorted highest first.
        QCustomPlot *plot = view.chart(0)->plot();
        double plotted = 0;
        int bars = 0;
        for (int i = 0; i < plot->plottableCount(); ++i)
            if (auto *b = qobject_cast<QCPBars *>(plot->plottable(i)))
                for (auto it = b->data()->constBegin(); it != b->data()->constEnd(); ++it, ++bars)
                    if (it->key == 0)
                        plotted = it->value;
        QCOMPARE(bars, 4); // four regions
        QVERIFY(qAbs(plotted - view.dashboard().children.front().attainment->toDouble() * 100.0) < 1e-9);
        // The screenshots show the fiscal year: the first half booked, the second half in the pipeline.
        view.resize(1500, 1500);
        view.setPeriod(query.parsePeriod(QStringLiteral("FY2027")));
        QVERIFY(waitShown(view));
        screenshot(view, QStringLiteral("forecast-company.png"));
        view.setPeriod(q2);
        QVERIFY(waitShown(view));

        // Drill into the best region, then back and forward.
        const NodeRef region = view.dashboard().children.front().node;
        emit view.chart(0)->barClicked(0);
        QVERIFY(waitShown(view));
        QCOMPARE(view.node(), region);
        view.back();
        QVERIFY(waitShown(view));
        QCOMPARE(view.node(), query.tree().root());
        view.forward();
        QVERIFY(waitShown(view));
        QCOMPARE(view.node(), region);
        QVERIFY(view.lastRedrawMs() < 1000);

        // Rep level.
        const qint64 rep = view.dashboard().leaderboard.front().repId;
        view.showNode(NodeRef{NodeRef::Kind::Rep, rep});
        QVERIFY(waitShown(view));
        QCOMPARE(view.dashboard().figures.closed, query.figures(NodeRef{NodeRef::Kind::Rep, rep}, q2).closed);
        view.setPeriod(query.parsePeriod(QStringLiteral("FY2027")));
        QVERIFY(waitShown(view));
        screenshot(view, QStringLiteral("forecast-rep.png"));
    }

    // A German desktop shows a dollar plan in dollars: the money axes take the plan's currency, not the
    // locale's (they used to read "€70,0M" beside "66.097.500,00 $").
    void moneyAxesUseThePlansCurrency()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        DashboardView view(m_doc.get());
        view.resize(1500, 1080);
        view.show();
        QVERIFY(waitShown(view));
        QLocale::setDefault(before);
        QCOMPARE(view.dashboard().figures.currency, QStringLiteral("USD"));
        QCustomPlot *pacing = view.chart(1)->plot();
        pacing->replot();
        const QVector<QString> labels = pacing->yAxis->tickVectorLabels();
        QVERIFY(!labels.isEmpty());
        bool dollars = false;
        for (const QString &l : labels) {
            QVERIFY2(!l.contains(QChar(0x20AC)), qPrintable(l));
            dollars = dollars || l.startsWith(QLatin1Char('$'));
        }
        QVERIFY(dollars);
    }

    // In German (longer words) the dashboard fits the width it has in a 1400-pixel main window without
    // scrolling sideways (chart titles wrap), and the drill-down title names the level as a German noun.
    void germanFitsWithoutScrollingSideways()
    {
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(":/i18n/tessera_de.qm")));
        QCoreApplication::installTranslator(&german);
        DashboardView view(m_doc.get());
        view.resize(1220, 880); // a 1400x900 main window less its navigation column
        view.show();
        const bool shown = waitShown(view);
        QCoreApplication::removeTranslator(&german);
        QVERIFY(shown);
        QVERIFY2(view.chart(0)->title().contains(QStringLiteral("nach Region")),
                 qPrintable(view.chart(0)->title()));
        auto *scroll = view.findChild<QScrollArea *>();
        QVERIFY(scroll);
        QCoreApplication::processEvents();
        QCOMPARE(scroll->horizontalScrollBar()->maximum(), 0);
    }

    void commitOverrideIsUndoable()
    {
        DashboardView view(m_doc.get());
        QVERIFY(waitShown(view));
        const NodeRef root = view.node();
        const Period p = view.dashboard().figures.period;
        const Money system = view.dashboard().figures.commit;
        QVERIFY_THROWS_EXCEPTION(TesseraError, ForecastCommands::setCommitOverride(
                                                   m_doc.get(), root, QStringLiteral("Company"), p,
                                                   CommitOverride{Money::fromUnits(1), {}, {}, {}}));
        ForecastCommands::setCommitOverride(
            m_doc.get(), root, QStringLiteral("Company"), p,
            CommitOverride{
                system + Money::fromUnits(250000), QStringLiteral("Enterprise deal pulled in"), {}, {}});
        QVERIFY(waitShown(view));
        QVERIFY(view.dashboard().figures.commitOverride);
        QCOMPARE(view.dashboard().figures.adjustedCommit, system + Money::fromUnits(250000));
        QVERIFY(m_doc->undoStack()->undoText().contains(QStringLiteral("commit")));
        m_doc->undoStack()->undo();
        QVERIFY(waitShown(view));
        QVERIFY(!view.dashboard().figures.commitOverride);
        m_doc->undoStack()->redo();
        QVERIFY(waitShown(view));
        QCOMPARE(view.dashboard().figures.commitOverride->comment,
                 QStringLiteral("Enterprise deal pulled in"));
        m_doc->undoStack()->undo();
        QVERIFY(waitShown(view));
    }

    void exports()
    {
        DashboardView view(m_doc.get());
        view.resize(1400, 1000);
        QVERIFY(waitShown(view));
        const QString png = m_dir.filePath(QStringLiteral("chart.png"));
        const QString pdf = m_dir.filePath(QStringLiteral("chart.pdf"));
        const QString report = m_dir.filePath(QStringLiteral("report.pdf"));
        QVERIFY(view.chart(1)->exportTo(png));
        QVERIFY(view.chart(1)->exportTo(pdf));
        view.exportReport(report);
        QVERIFY(QImage(png).width() > 0);
        for (const QString &f : {pdf, report}) {
            QFile file(f);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(file.read(4) == "%PDF");
        }
    }
};

QTEST_MAIN(TestDashboardView)
#include "tst_dashboardview.moc"
