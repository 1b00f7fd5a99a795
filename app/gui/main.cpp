// tessera: the desktop app. `tessera [PLAN]` opens PLAN; without one, the most recent plan that still
// exists; without a recent plan, the bundled demo plan (generated on first use).
#include "shell/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

int main(int argc, char **argv)
{
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
    parser.process(app);

    tessera::MainWindow window;
    window.show();
    const QStringList args = parser.positionalArguments();
    // Opened once the event loop runs, so the window is on screen behind any progress or error dialog.
    QTimer::singleShot(0, &window, [&] {
        if (parser.isSet(newDemo) || parser.isSet(demo))
            window.openDemoPlan(parser.isSet(newDemo));
        else
            window.openInitialPlan(args.value(0));
    });
    return app.exec();
}
