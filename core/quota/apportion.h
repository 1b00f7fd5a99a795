#pragma once
// Exact apportionment of an amount of cents into shares proportional to integer weights (largest
// remainder). The shares always sum to the total exactly.
//
// Rounding unit: every share is a whole number of `unit` cents, except that the part of the total below
// one unit (total mod unit) goes whole to the share with the largest weight (the first one on a tie), so a
// target such as 123,456,789.01 rounded to dollars still lands to the cent.
//
// Series: when the same weights split one amount per month, `carry` (one entry per share, start at 0)
// carries each share's unplaced remainder into the next call, so a share that missed a unit this month is
// first in line next month and the year of every share is within one unit of its exact proportion.

#include "common/money.h"

#include <vector>

namespace tessera::quota {

// weights >= 0; all zero means equal. total >= 0. tieRotate shifts which share wins an exact tie, so ties
// do not always favour the first share (used with the month number).
std::vector<qint64> apportion(qint64 total, const std::vector<qint64> &weights, qint64 unit = 1,
                              std::vector<Int128> *carry = nullptr, int tieRotate = 0);

// round(value × (1 + rate)) half away from zero: the over-assigned total of a node's children.
qint64 overassigned(qint64 value, Rate rate);
// The inverse used when a parent follows its children: round(total ÷ (1 + rate)).
qint64 underassigned(qint64 total, Rate rate);

} // namespace tessera::quota
