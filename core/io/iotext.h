#pragma once
// Import and export messages (file, row and field problems, sheet and column titles) under the "io"
// translation context: IoText::tr("...") is what lupdate reads, so the texts reach
// translations/tessera_de.ts.

#include <QCoreApplication>

namespace tessera::io {

struct IoText
{
    Q_DECLARE_TR_FUNCTIONS(io)
};

} // namespace tessera::io
