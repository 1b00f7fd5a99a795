#include "clicommand.h"

#include "common/error.h"

#include <QElapsedTimer>
#include <cmath>
#include <unistd.h>

namespace tessera::cli {

std::vector<CliCommand> &registry()
{
    static std::vector<CliCommand> commands;
    return commands;
}

ProgressCallback CliIo::progress() const
{
    if (!isatty(STDERR_FILENO))
        return {};
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    QTextStream *err = &this->err;
    return [timer, err](qint64 done, qint64 total, const QString &stage) {
        if (timer->elapsed() < 100 && done < total)
            return true;
        timer->restart();
        const int pct = total > 0 ? int(done * 100 / total) : 0;
        *err << QStringLiteral("\r%1 %2%").arg(stage).arg(pct, 3) << (done >= total ? "\n" : "");
        err->flush();
        return true;
    };
}

bool parseArgs(QCommandLineParser &parser, const QStringList &args, CliIo &io)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("cli", "Show this help."));
    parser.addOption(help);
    if (!parser.parse(args))
        throw TesseraError::user(parser.errorText());
    if (parser.isSet(help)) {
        io.out << parser.helpText();
        return false;
    }
    return true;
}

int intOption(const QCommandLineParser &parser, const QCommandLineOption &option, int min)
{
    bool ok = false;
    const int v = parser.value(option).toInt(&ok);
    if (!ok || v < min)
        throw TesseraError::user(
            QCoreApplication::translate("cli", "--%1 must be a whole number of at least %2.")
                .arg(option.names().constFirst())
                .arg(min));
    return v;
}

double numberOption(const QCommandLineParser &parser, const QCommandLineOption &option, double min)
{
    bool ok = false;
    const double v = parser.value(option).toDouble(&ok);
    if (!ok || !std::isfinite(v) || v < min)
        throw TesseraError::user(QCoreApplication::translate("cli", "--%1 must be a number of at least %2.")
                                     .arg(option.names().constFirst())
                                     .arg(min));
    return v;
}

QString requirePositional(const QCommandLineParser &parser, int index, const QString &name)
{
    const QStringList pos = parser.positionalArguments();
    if (index >= pos.size())
        throw TesseraError::user(QCoreApplication::translate("cli", "Missing argument: %1").arg(name));
    return pos.at(index);
}

} // namespace tessera::cli
