#pragma once
// Plain-language description of a plan component, for the plan editor and the rep statement.

#include "compplan.h"

#include <QLocale>

namespace tessera::comp {

// "marginal tiers on year-to-date credit: from $0: 3.00%; from $300,000.00: 5.00%; gate 50%; cap $10,000.00
// per period" (without the component's name).
QString describeComponent(const Component &component, const QLocale &locale);

} // namespace tessera::comp
