// Temporary: stands in for the `align` family registration in cmd_balance.cpp (branch align) so that
// align import/export/stats run in this branch. Delete this file when merging with cmd_balance.cpp.
#include "alignio.h"

#include <QCoreApplication>

namespace tessera::cli {
namespace {

int runAlign(const QStringList &args, CliIo &io)
{
    return runAlignIoVerb(args.mid(1), io);
}

const CliRegistration regAlign({QStringLiteral("align"),
                                QCoreApplication::translate("cli", "Alignment import, export and statistics"),
                                runAlign});

} // namespace
} // namespace tessera::cli
