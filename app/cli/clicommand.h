#pragma once
// tessera-cli subcommands. Each capability adds its commands from its own file with a static
// CliRegistration, so main.cpp never changes when a command is added.
//
// Exit codes: 0 success, 1 user error (one clear line on stderr), 2 internal error.

#include "common/progress.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <functional>
#include <vector>

namespace tessera::cli {

struct CliIo
{
    QTextStream &out;
    QTextStream &err;
    // A progress callback that draws a line on stderr when it is a terminal, and nothing otherwise.
    ProgressCallback progress() const;
};

struct CliCommand
{
    QString name;    // "demo", or "geo" for a family with its own sub-verbs
    QString summary; // one line for --help
    std::function<int(const QStringList &args, CliIo &io)> run; // args[0] is the command name
    bool needsGui = false; // writes PDFs or images: main makes a QGuiApplication (offscreen platform)
};

std::vector<CliCommand> &registry();

struct CliRegistration
{
    explicit CliRegistration(CliCommand command) { registry().push_back(std::move(command)); }
};

// Parses args (args[0], the command name, stands where QCommandLineParser expects the program name, so
// positional argument 0 is the first after the command) with the parser; on a usage error throws
// TesseraError::user with the parser's message.
// --help prints the parser's help and returns false (the caller returns 0).
// The CLI's messages, under the "cli" translation context. tessera-cli loads no translation: its output stays
// English so that scripts can read it.
inline QString tr(const char *source)
{
    return QCoreApplication::translate("cli", source);
}

bool parseArgs(QCommandLineParser &parser, const QStringList &args, CliIo &io);
// An option's value as a whole number / a finite number of at least min, else a user error naming it.
int intOption(const QCommandLineParser &parser, const QCommandLineOption &option, int min);
double numberOption(const QCommandLineParser &parser, const QCommandLineOption &option, double min);
// Reads a required positional argument, throwing a user error that names it.
QString requirePositional(const QCommandLineParser &parser, int index, const QString &name);

} // namespace tessera::cli
