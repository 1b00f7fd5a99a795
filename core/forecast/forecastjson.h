#pragma once
// JSON forms of the forecast figures (tessera-cli forecast --json). Money is an exact decimal string with
// two decimals ("1234.50"), ratios are numbers rounded to 4 decimals (null when undefined).

#include "figures.h"

#include <QJsonObject>

namespace tessera::forecast {

QJsonObject toJson(const Figures &f);
QJsonObject toJson(const Dashboard &d); // figures plus children, pacing, months and leaderboard (top 50)

} // namespace tessera::forecast
