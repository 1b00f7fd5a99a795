// Grabs each shell view of the default demo plan to PNG, for looking at and for docs/screenshots:
//   tessera_shell_screenshots OUTDIR [--lang de]
// The demo (generateDemoPlan, default options) is generated into a temporary directory; the window is
// 1400×900. Writes OUTDIR/shell-<view>.png (and shell-<view>-de.png with --lang de).
#include "demo/demogenerator.h"
#include "shell/mainwindow.h"
#include "shell/organisationview.h"
#include "shell/orgtreemodel.h"
#include "shell/plandocument.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTranslator>
#include <QTreeView>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // keep the user's recent files and window state apart
    QCoreApplication::setOrganizationName(QStringLiteral("TesseraScreenshots"));
    QCoreApplication::setApplicationName(QStringLiteral("tessera_shell_screenshots"));
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: tessera_shell_screenshots OUTDIR [--lang de]\n";
        return 1;
    }
    const QDir out(args.at(1));
    QDir().mkpath(out.absolutePath());
    QString suffix;
    QTranslator translator;
    if (args.size() >= 4 && args.at(2) == QLatin1String("--lang")) {
        const QLocale locale(args.at(3));
        QLocale::setDefault(locale);
        if (!translator.load(locale, QStringLiteral("tessera"), QStringLiteral("_"),
                             QStringLiteral(":/i18n"))) {
            QTextStream(stderr) << "no translation for " << args.at(3) << " in this build\n";
            return 1;
        }
        QCoreApplication::installTranslator(&translator);
        suffix = QLatin1Char('-') + args.at(3);
    } else {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    QTemporaryDir dir;
    const QString plan = dir.filePath(QStringLiteral("demo.tessera"));
    tessera::generateDemoPlan(plan, tessera::DemoOptions{});

    tessera::MainWindow window;
    window.resize(1400, 900);
    window.show();
    if (!window.openPlan(plan))
        return 1;
    for (const QString &id :
         {QStringLiteral("organisation"), QStringLiteral("accounts"), QStringLiteral("pipeline")}) {
        window.showView(id);
        if (auto *org = qobject_cast<tessera::OrganisationView *>(window.view(id))) {
            // A region selected: the tree with its districts open and the region's reps beside it.
            const QModelIndex region = org->treeModel()->index(0, 0, org->treeModel()->index(0, 0));
            org->tree()->setCurrentIndex(region);
        }
        QCoreApplication::processEvents();
        const QString file = out.filePath(QStringLiteral("shell-%1%2.png").arg(id, suffix));
        if (!window.grab().save(file))
            return 1;
        QTextStream(stdout) << file << "\n";
    }
    return 0;
}
