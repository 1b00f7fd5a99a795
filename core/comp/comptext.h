#pragma once
// The compensation engine's messages (errors, explanations, plan descriptions) under the "comp" translation
// context: CompText::tr("...") is what lupdate reads, so the texts reach translations/tessera_de.ts.

#include <QCoreApplication>

namespace tessera::comp {

struct CompText
{
    Q_DECLARE_TR_FUNCTIONS(comp)
};

} // namespace tessera::comp
