// tessera: the desktop app. `tessera [PLAN]` opens PLAN; without one, the most recent plan that still
// exists; without a recent plan, the bundled demo plan (generated on first use).
#include "shell/mainwindow.h"

#include <QAbstractItemView>
#include <QElapsedTimer>
#include <QEvent>
#include <cstdio>
#include <memory>

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

namespace {

// For tests/bench/foundation: reports the time from start to the first painted table with rows (or, with
// --empty, to the first painted main window), then quits.
class FirstPaintProbe : public QObject
{
public:
    FirstPaintProbe(const QElapsedTimer &clock, bool empty) : m_clock(clock), m_empty(empty) {}
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint || m_done)
            return false;
        auto *widget = qobject_cast<QWidget *>(watched);
        if (!widget || !widget->isVisible())
            return false;
        bool hit = m_empty && widget->isWindow();
        if (auto *view = qobject_cast<QAbstractItemView *>(widget->parentWidget()))
            hit = view->viewport() == widget && view->model() && view->model()->rowCount() > 0;
        if (hit) {
            m_done = true;
            // After this paint event has been handled.
            QTimer::singleShot(0, qApp, [this] {
                std::printf("first-paint-ms %.1f\n", double(m_clock.nsecsElapsed()) / 1e6);
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return false;
    }

private:
    const QElapsedTimer &m_clock;
    bool m_empty;
    bool m_done = false;
};

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Tessera"));
    QCoreApplication::setApplicationName(QStringLiteral("Tessera"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TESSERA_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Tessera"));
    QGuiApplication::setDesktopFileName(QStringLiteral("tessera"));

    // The user's language: Qt's own strings and Tessera's (embedded as :/i18n/tessera_<lang>.qm).
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("tessera"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Offline sales performance management."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("plan"),
                                 QCoreApplication::translate("main", "The plan file to open (.tessera)."),
                                 QStringLiteral("[plan]"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QCoreApplication::translate("main", "Open the bundled demo plan."));
    const QCommandLineOption newDemo(
        QStringLiteral("new-demo"),
        QCoreApplication::translate("main", "Generate the bundled demo plan afresh, then open it."));
    parser.addOption(demo);
    parser.addOption(newDemo);
    QCommandLineOption probe(QStringLiteral("first-paint-probe"));
    probe.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption empty(QStringLiteral("empty"));
    empty.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(probe);
    parser.addOption(empty);
    parser.process(app);

    std::unique_ptr<FirstPaintProbe> paintProbe;
    if (parser.isSet(probe)) {
        paintProbe = std::make_unique<FirstPaintProbe>(clock, parser.isSet(empty));
        app.installEventFilter(paintProbe.get());
    }

    tessera::MainWindow window;
    window.show();
    const QStringList args = parser.positionalArguments();
    // Opened once the event loop runs, so the window is on screen behind any progress or error dialog.
    QTimer::singleShot(0, &window, [&] {
        if (parser.isSet(probe)) {
            if (!parser.isSet(empty) && window.openPlan(args.value(0)))
                window.showView(QStringLiteral("accounts"));
            return;
        }
        if (parser.isSet(newDemo) || parser.isSet(demo))
            window.openDemoPlan(parser.isSet(newDemo));
        else
            window.openInitialPlan(args.value(0));
    });
    return app.exec();
}
