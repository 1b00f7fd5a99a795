#pragma once
// Internals of the payout engine shared by its source files (not part of the API).

#include "compengine.h"

namespace tessera::comp::detail {

// One payout period of one assignment, clipped to the assignment's days.
struct Piece
{
    QString label;
    QDate start, end;                  // clipped
    QDate fullStart, fullEnd;          // the whole payout period
    Money quota;                       // pro-rated to the clipped days
    size_t dealBegin = 0, dealEnd = 0; // deals dated in [start, end]
    int fullDays() const { return int(fullStart.daysTo(fullEnd)) + 1; }
    int days() const { return int(start.daysTo(end)) + 1; }
};

// Lines and their total for one piece.
struct PieceOut
{
    std::vector<PayoutLine> lines;
    Money total;
    Money credit;
};

struct Context
{
    const RepInput &input;
    const Plan *plan;
    const std::vector<Piece> &pieces;
    Money yearQuota; // sum of the pieces' quotas (the assignment's part of the year)
    int coveredDays; // days of the year the assignment covers
    int yearDays;
    bool explain;
};

inline void addLine(PieceOut &out, const PayoutLine &line, bool explain)
{
    out.total += line.amount;
    if (explain)
        out.lines.push_back(line);
}

// Commission of one component over all pieces of one assignment; perDeal (sized like the credits) receives
// each deal's commission before caps, for clawbacks.
void computeCommission(const Context &ctx, int component, std::vector<PieceOut> &out,
                       std::vector<Money> &perDeal);
void computeBonus(const Context &ctx, int component, std::vector<PieceOut> &out);
void computeSpiff(const Context &ctx, int component, std::vector<PieceOut> &out);
void computeClawback(const Context &ctx, int component, const std::vector<Money> &perDeal,
                     std::vector<PieceOut> &out);

// Rate of n ÷ d without rounding surprises at the edges: 0 when d is 0.
Rate attainmentOf(Money credit, Money quota);

} // namespace tessera::comp::detail
