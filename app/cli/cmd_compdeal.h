#pragma once
// tessera-cli comp split | cancel: one deal's credit splits and cancellation (cmd_compdeal.cpp).

#include "clicommand.h"

namespace tessera::cli {

int compSplit(const QStringList &args, CliIo &io);
int compCancel(const QStringList &args, CliIo &io);

} // namespace tessera::cli
