// Grabs each view of the default demo plan to PNG, for looking at and for docs/screenshots:
//   tessera_shell_screenshots OUTDIR [--lang de] [--plan FILE] [--all]
// The demo (generateDemoPlan, default options) is generated into a temporary directory unless --plan
// names a plan; the window is 1400×900. Writes OUTDIR/shell-<view>.png (shell-<view>-de.png with
// --lang de) for the foundation's views, or with --all OUTDIR/app-<view>.png for every navigation entry
// (organisation, accounts, pipeline, map, quotas, compensation plans, payouts, dashboard), and prints how
// long each view took from the start of opening to its grabbed paint. With --all a payout run for 2027-Q2
// is saved into the plan first (as finance would), so the payout view and dashboards have figures.
#include "comp/payoutrun.h"
#include "comp/payoutview.h"
#include "demo/demogenerator.h"
#include "shell/mainwindow.h"
#include "shell/organisationview.h"
#include "shell/orgtreemodel.h"
#include "shell/plandocument.h"
#include "store/planstore.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
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
    const int langAt = int(args.indexOf(QStringLiteral("--lang")));
    const int planAt = int(args.indexOf(QStringLiteral("--plan")));
    if (langAt > 0 && langAt + 1 < args.size()) {
        const QLocale locale(args.at(langAt + 1));
        QLocale::setDefault(locale);
        if (!translator.load(locale, QStringLiteral("tessera"), QStringLiteral("_"),
                             QStringLiteral(":/i18n"))) {
            QTextStream(stderr) << "no translation for " << args.at(langAt + 1) << " in this build\n";
            return 1;
        }
        QCoreApplication::installTranslator(&translator);
        suffix = QLatin1Char('-') + args.at(langAt + 1);
    } else {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    QTemporaryDir dir;
    QString plan = dir.filePath(QStringLiteral("demo.tessera"));
    if (planAt > 0 && planAt + 1 < args.size())
        plan = args.at(planAt + 1);
    else
        tessera::generateDemoPlan(plan, tessera::DemoOptions{});

    const bool all = args.contains(QStringLiteral("--all"));
    if (all) {
        // Finance has run the second quarter's payouts, so that dashboards show earnings.
        auto store = tessera::PlanStore::open(plan);
        tessera::comp::saveRun(
            *store, tessera::comp::computePayouts(
                        *store, tessera::comp::parsePayoutPeriod(*store, QStringLiteral("2027-Q2"))));
    }
    tessera::MainWindow window;
    window.resize(1400, 900);
    window.show();
    QElapsedTimer clock;
    clock.start();
    if (!window.openPlan(plan)) // builds and shows the first view
        return 1;
    QTextStream(stdout) << "plan opened with its first view in " << clock.elapsed() << " ms\n";
    QStringList ids = {QStringLiteral("organisation"), QStringLiteral("accounts"),
                       QStringLiteral("pipeline")};
    if (all)
        ids << QStringLiteral("map") << QStringLiteral("quotas") << QStringLiteral("comp-plans")
            << QStringLiteral("comp-payouts") << QStringLiteral("dashboard");
    const QString prefix = all ? QStringLiteral("app") : QStringLiteral("shell");
    for (const QString &id : ids) {
        clock.restart();
        window.showView(id);
        if (auto *org = qobject_cast<tessera::OrganisationView *>(window.view(id))) {
            // A region selected: the tree with its districts open and the region's reps beside it.
            const QModelIndex region = org->treeModel()->index(0, 0, org->treeModel()->index(0, 0));
            org->tree()->setCurrentIndex(region);
        }
        if (auto *payouts = qobject_cast<tessera::comp::PayoutView *>(window.view(id))) {
            payouts->setPeriod(QStringLiteral("2027-Q2"));
            payouts->runPayouts();
        }
        QCoreApplication::processEvents();
        const qint64 ms = clock.elapsed();
        if (all) { // views that finish loading in a worker (dashboard figures) get a moment
            QEventLoop settle;
            QTimer::singleShot(1500, &settle, &QEventLoop::quit);
            settle.exec();
        }
        const QPixmap shot = window.grab();
        const QString file = out.filePath(QStringLiteral("%1-%2%3.png").arg(prefix, id, suffix));
        if (!shot.toImage()
                 .convertToFormat(QImage::Format_Indexed8, Qt::ThresholdDither)
                 .save(file, "PNG", 0)) // 256 colours: small files
            return 1;
        QTextStream(stdout) << file << ": view shown and painted in " << ms << " ms\n";
    }
    return 0;
}
