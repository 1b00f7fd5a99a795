// tessera-cli: Tessera without a window, for scripts and scheduled jobs. Links tessera_core only.
#include "clicommand.h"

#include "common/error.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <algorithm>
#include <cstdio>
#include <memory>

using namespace tessera;
using namespace tessera::cli;

static void printHelp(QTextStream &out)
{
    out << QCoreApplication::translate("cli", "Usage: tessera-cli COMMAND [ARGS...]\n"
                                              "Tessera plans from the command line.\n\nCommands:\n");
    auto commands = registry();
    std::sort(commands.begin(), commands.end(), [](const auto &a, const auto &b) { return a.name < b.name; });
    for (const CliCommand &c : commands)
        out << "  " << c.name.leftJustified(18) << c.summary << "\n";
    out << QCoreApplication::translate("cli", "\nRun 'tessera-cli COMMAND --help' for a command's options.\n"
                                              "Exit status: 0 success, 1 user error, 2 internal error.\n");
}

// Commands that draw (PDF statements and reports) need a QGuiApplication; the others stay headless.
static bool commandNeedsGui(int argc, char **argv)
{
    if (argc < 2)
        return false;
    const QString name = QString::fromLocal8Bit(argv[1]);
    const QString twoWords = argc > 2 ? name + QLatin1Char(' ') + QString::fromLocal8Bit(argv[2]) : QString();
    for (const CliCommand &c : registry())
        if (!twoWords.isEmpty() && c.name == twoWords)
            return c.needsGui;
    for (const CliCommand &c : registry())
        if (c.name == name)
            return c.needsGui;
    return false;
}

int main(int argc, char **argv)
{
    std::unique_ptr<QCoreApplication> application;
    if (commandNeedsGui(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("tessera-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Tessera"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TESSERA_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    CliIo io{out, err};

    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h") ||
        args.first() == QLatin1String("help")) {
        printHelp(out);
        return args.isEmpty() ? 1 : 0;
    }
    if (args.first() == QLatin1String("--version")) {
        out << "tessera-cli " << QCoreApplication::applicationVersion() << "\n";
        return 0;
    }
    const auto &commands = registry();
    // A two-word command ("report dashboard") wins over a one-word family ("report") of another area.
    QStringList commandArgs = args;
    auto it = commands.end();
    if (args.size() > 1) {
        const QString twoWords = args[0] + QLatin1Char(' ') + args[1];
        it = std::find_if(commands.begin(), commands.end(),
                          [&](const CliCommand &c) { return c.name == twoWords; });
        if (it != commands.end())
            commandArgs = QStringList{twoWords} + args.mid(2);
    }
    if (it == commands.end())
        it = std::find_if(commands.begin(), commands.end(),
                          [&](const CliCommand &c) { return c.name == args.first(); });
    if (it == commands.end()) {
        // A family word alone ("report", "comp") names the commands it starts.
        QStringList family;
        for (const CliCommand &c : commands)
            if (c.name.startsWith(args.first() + QLatin1Char(' ')))
                family << c.name;
        std::sort(family.begin(), family.end());
        if (!family.isEmpty())
            err << QCoreApplication::translate("cli", "tessera-cli: '%1' needs a command: %2 (see --help)")
                       .arg(args.first(), family.join(QStringLiteral(", ")))
                << "\n";
        else
            err << QCoreApplication::translate("cli", "tessera-cli: unknown command '%1' (see --help)")
                       .arg(args.first())
                << "\n";
        return 1;
    }
    try {
        const int rc = it->run(commandArgs, io);
        out.flush();
        return rc;
    } catch (const TesseraError &e) {
        out.flush();
        err << "tessera-cli: " << e.describe() << "\n";
        return e.kind() == TesseraError::Kind::Internal ? 2 : 1;
    } catch (const std::exception &e) {
        out.flush();
        err << "tessera-cli: internal error: " << e.what() << "\n";
        return 2;
    }
}
