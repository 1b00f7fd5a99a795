// Temporary: stands in for cmd_alignio.cpp (align import/export/stats) until that branch is merged.
// The lead deletes this file at merge.
#include "alignio.h"

#include "common/error.h"

#include <QCoreApplication>

namespace tessera::cli {

int runAlignIoVerb(const QStringList &args, CliIo &)
{
    throw TesseraError::user(
        QCoreApplication::translate("cli", "align %1 is not built in this branch.").arg(args.value(0)));
}

} // namespace tessera::cli
