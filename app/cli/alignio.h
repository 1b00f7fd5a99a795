#pragma once
// The `align` command family is registered once, in cmd_balance.cpp: it runs `align balance` itself and
// hands every other verb (import, export, stats) to runAlignIoVerb, implemented in cmd_alignio.cpp.

#include "clicommand.h"

namespace tessera::cli {

// args[0] is the verb ("import", "export", "stats", ...); returns the exit code like a CliCommand.
int runAlignIoVerb(const QStringList &args, CliIo &io);

} // namespace tessera::cli
