#include "balancer.h"

#include "initialpartition.h"
#include "localsearch.h"
#include "partitionstate.h"

#include "common/error.h"
#include "common/random.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>
#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

namespace tessera::align {
namespace {

UnitGraph subgraph(const UnitGraph &g, const std::vector<int> &units)
{
    std::vector<int> local(size_t(g.unitCount()), -1);
    UnitGraph s;
    s.levelName = g.levelName;
    s.levelId = g.levelId;
    s.measureLabel = g.measureLabel;
    for (int u : units) {
        local[size_t(u)] = s.unitCount();
        s.unitIds.push_back(g.unitIds[size_t(u)]);
        s.codes << g.codes.at(u);
        s.names << g.names.at(u);
        s.weight.push_back(g.weight[size_t(u)]);
        s.accounts.push_back(g.accounts[size_t(u)]);
        s.area.push_back(g.area[size_t(u)]);
        s.perimeter.push_back(g.perimeter[size_t(u)]);
    }
    std::vector<RawEdge> edges;
    for (int u : units)
        for (int e = g.offsets[size_t(u)]; e < g.offsets[size_t(u) + 1]; ++e) {
            const int v = g.targets[size_t(e)];
            if (u < v && local[size_t(v)] >= 0)
                edges.push_back(
                    {local[size_t(u)], local[size_t(v)], g.sharedBorder[size_t(e)], g.kinds[size_t(e)]});
        }
    s.setEdges(edges);
    return s;
}

// Turns the previous alignment into a valid start: every unit in a territory, every territory in one piece
// and not empty.
std::vector<int> repairedStart(const UnitGraph &g, const BalanceOptions &o, PartitionState &state)
{
    const int n = g.unitCount();
    const int k = o.territories;
    std::vector<int> part(size_t(n), -1);
    for (int u = 0; u < n; ++u) {
        const int p = o.pinned.empty() ? -1 : o.pinned[size_t(u)];
        const int t = o.previous[size_t(u)];
        part[size_t(u)] = p >= 0 ? p : (t >= 0 && t < k ? t : -1);
    }
    for (int t = 0; t < k; ++t) {
        auto pieces = territoryPieces(g, part, t);
        if (pieces.size() <= 1)
            continue;
        // Keep the heaviest piece; the others rejoin through their neighbours below.
        size_t keep = 0;
        double keepWeight = -1;
        for (size_t i = 0; i < pieces.size(); ++i) {
            double w = 0;
            for (int u : pieces[i])
                w += g.weight[size_t(u)];
            if (w > keepWeight)
                keep = i, keepWeight = w;
        }
        for (size_t i = 0; i < pieces.size(); ++i) {
            if (i == keep)
                continue;
            for (int u : pieces[i]) {
                if (!o.pinned.empty() && o.pinned[size_t(u)] >= 0)
                    throw TesseraError(TesseraError::Kind::User,
                                       QCoreApplication::translate(
                                           "align",
                                           "%1 is pinned to a territory whose current units are in several "
                                           "pieces; minimal disruption cannot join them: use fresh mode.")
                                           .arg(g.names.at(u)),
                                       {}, -1, QStringLiteral("locks"));
                part[size_t(u)] = -1;
            }
        }
    }
    std::vector<int> queue;
    for (int u = 0; u < n; ++u)
        if (part[size_t(u)] >= 0)
            queue.push_back(u);
    if (queue.empty())
        throw TesseraError::user(QCoreApplication::translate(
            "align", "The level has no current alignment to rebalance: use fresh mode to design one."));
    for (size_t i = 0; i < queue.size(); ++i) {
        const int x = queue[i];
        for (int e = g.offsets[size_t(x)]; e < g.offsets[size_t(x) + 1]; ++e) {
            const int y = g.targets[size_t(e)];
            if (part[size_t(y)] < 0) {
                part[size_t(y)] = part[size_t(x)];
                queue.push_back(y);
            }
        }
    }
    state.assign(part);
    // An empty territory starts from a movable boundary unit of the heaviest territory next to it.
    for (int t = 0; t < k; ++t) {
        if (!state.members(t).empty())
            continue;
        std::vector<int> donors(static_cast<size_t>(k));
        std::iota(donors.begin(), donors.end(), 0);
        std::sort(donors.begin(), donors.end(),
                  [&](int a, int b) { return state.weight(a) > state.weight(b); });
        bool placed = false;
        for (int h : donors) {
            for (int u : std::vector<int>(state.members(h))) {
                if (state.canLeave(u)) {
                    state.move(u, t);
                    placed = true;
                    break;
                }
            }
            if (placed)
                break;
        }
        if (!placed)
            throw TesseraError::user(
                QCoreApplication::translate("align", "No unit can start the empty territory %1.").arg(t + 1));
    }
    return state.territories();
}

struct Score
{
    double excess = 0;
    double meanPP = 0;
    double maxDev = 0;
    bool betterThan(const Score &o) const
    {
        if (std::abs(excess - o.excess) > 1e-9)
            return excess < o.excess;
        if (std::abs(meanPP - o.meanPP) > 1e-9)
            return meanPP > o.meanPP;
        return maxDev < o.maxDev;
    }
};

std::vector<int> solveConnected(const UnitGraph &g, const BalanceOptions &o, SearchContext &ctx,
                                qint64 startMs, qint64 budgetMs, int *attemptsRun)
{
    const int k = o.territories;
    const PartitionLimits limits{o.maxUnits, o.maxAccounts};
    const bool hasPins =
        !o.pinned.empty() && std::any_of(o.pinned.begin(), o.pinned.end(), [](int p) { return p >= 0; });
    if (k == 1) {
        *attemptsRun = 1;
        return std::vector<int>(size_t(g.unitCount()), 0);
    }
    const double mean = g.totalWeight() / k;
    const double floor = mean > 0 ? std::max(0.0, g.heaviestWeight() / mean - 1.0) : 0.0;
    if (o.mode == BalanceMode::MinimalDisruption) {
        PartitionState state(g, k, o.pinned, limits);
        repairedStart(g, o, state);
        Random rng(o.seed);
        ctx.deadlineMs = startMs + budgetMs;
        LocalSearch ls(state, rng, ctx, &o.previous);
        ls.balance(o.tolerance);
        ls.compact(o.tolerance, 3);
        ls.balance(o.tolerance);
        *attemptsRun = 1;
        return state.territories();
    }
    std::vector<int> best;
    Score bestScore;
    // Small levels are cheap: more independent starts there.
    const int attempts =
        std::clamp(int(std::lround(std::max(1, o.attempts) * 4000.0 / std::max(1, g.unitCount()))),
                   std::max(1, o.attempts), 24);
    for (int a = 0; a < attempts; ++a) {
        ctx.timedOut = false;
        ctx.deadlineMs = startMs + budgetMs * (a + 1) / attempts;
        ctx.step = a;
        ctx.steps = attempts;
        Random rng(o.seed * 0x9E3779B97F4A7C15ull + quint64(a) + 1);
        PartitionState state(g, k, o.pinned, limits);
        state.assign(hasPins ? seededGrowth(g, k, o.pinned, rng) : spanningTreeBisection(g, k, rng));
        LocalSearch ls(state, rng, ctx, nullptr);
        // Balance first, then alternate compactness in a narrowing band with rebalancing; the last pass only
        // makes shapes rounder inside the tolerance.
        ls.balance(o.tolerance / 2);
        for (double band : {0.08, 0.04, 0.02, 0.01}) {
            ls.compact(std::max(band, o.tolerance), 10);
            ls.balance(o.tolerance / 2);
        }
        ls.compact(o.tolerance, 10);
        const AlignmentMetrics m = computeMetrics(g, state.territories(), k);
        const Score s{std::max(0.0, m.maxDeviation - std::max(floor, o.tolerance)), m.meanPolsbyPopper,
                      m.maxDeviation};
        *attemptsRun = a + 1;
        if (best.empty() || s.betterThan(bestScore)) {
            best = state.territories();
            bestScore = s;
        }
    }
    return best;
}

// Renumbers a fresh design so each territory keeps the number of the previous territory it overlaps most.
void matchPrevious(const UnitGraph &g, std::vector<int> &part, const std::vector<int> &previous, int k)
{
    std::map<std::pair<int, int>, double> overlap;
    for (int u = 0; u < g.unitCount(); ++u)
        if (previous[size_t(u)] >= 0 && previous[size_t(u)] < k)
            overlap[{part[size_t(u)], previous[size_t(u)]}] += g.weight[size_t(u)] + 1e-9;
    std::vector<std::tuple<double, int, int>> pairs;
    for (const auto &[key, w] : overlap)
        pairs.emplace_back(-w, key.first, key.second);
    std::sort(pairs.begin(), pairs.end());
    std::vector<int> map(size_t(k), -1);
    std::vector<char> used(size_t(k), 0);
    for (const auto &[w, mine, theirs] : pairs)
        if (map[size_t(mine)] < 0 && !used[size_t(theirs)]) {
            map[size_t(mine)] = theirs;
            used[size_t(theirs)] = 1;
        }
    int next = 0;
    for (int t = 0; t < k; ++t) {
        if (map[size_t(t)] >= 0)
            continue;
        while (used[size_t(next)])
            ++next;
        map[size_t(t)] = next;
        used[size_t(next)] = 1;
    }
    for (int &p : part)
        p = map[size_t(p)];
}

void validate(const UnitGraph &g, const BalanceOptions &o)
{
    const int n = g.unitCount();
    const int k = o.territories;
    const QLocale locale;
    if (k < 1)
        throw TesseraError(
            TesseraError::Kind::User,
            QCoreApplication::translate("align", "The number of territories must be at least 1."), {}, -1,
            QStringLiteral("territories"));
    if (k > n)
        throw TesseraError(TesseraError::Kind::User,
                           QCoreApplication::translate(
                               "align", "%1 territories cannot be made from the %2 units of level '%3'.")
                               .arg(locale.toString(k), locale.toString(n), g.levelName),
                           {}, -1, QStringLiteral("territories"));
    for (int u = 0; u < n; ++u)
        if (g.weight[size_t(u)] < 0 || !std::isfinite(g.weight[size_t(u)]))
            throw TesseraError(
                TesseraError::Kind::User,
                QCoreApplication::translate(
                    "align", "%1 (%2) has a negative %3; balance needs weights of zero or more.")
                    .arg(g.names.at(u), g.codes.at(u), g.measureLabel),
                {}, -1, QStringLiteral("measure"));
    if (!(g.totalWeight() > 0))
        throw TesseraError(
            TesseraError::Kind::User,
            QCoreApplication::translate(
                "align", "The measure %1 is zero on every unit of level '%2': there is nothing to balance.")
                .arg(g.measureLabel, g.levelName),
            {}, -1, QStringLiteral("measure"));
    if (!o.pinned.empty()) {
        if (int(o.pinned.size()) != n)
            throw TesseraError::internal(QStringLiteral("balanceUnits: pinned has the wrong size"));
        for (int u = 0; u < n; ++u)
            if (o.pinned[size_t(u)] >= k)
                throw TesseraError(
                    TesseraError::Kind::User,
                    QCoreApplication::translate(
                        "align", "%1 is pinned to territory %2, but only %3 territories are being made.")
                        .arg(g.names.at(u))
                        .arg(o.pinned[size_t(u)] + 1)
                        .arg(k),
                    {}, -1, QStringLiteral("locks"));
    }
    if (o.maxUnits > 0 && qint64(o.maxUnits) * k < n)
        throw TesseraError(
            TesseraError::Kind::User,
            QCoreApplication::translate(
                "align", "At most %1 units in each of %2 territories cannot hold all %3 units.")
                .arg(o.maxUnits)
                .arg(k)
                .arg(n),
            {}, -1, QStringLiteral("max-units"));
    const double accounts = std::accumulate(g.accounts.begin(), g.accounts.end(), 0.0);
    if (o.maxAccounts > 0 && o.maxAccounts * k < accounts)
        throw TesseraError(
            TesseraError::Kind::User,
            QCoreApplication::translate(
                "align", "At most %1 accounts in each of %2 territories cannot hold all %3 accounts.")
                .arg(o.maxAccounts)
                .arg(k)
                .arg(accounts),
            {}, -1, QStringLiteral("max-accounts"));
    if (o.mode == BalanceMode::MinimalDisruption && int(o.previous.size()) != n)
        throw TesseraError::user(QCoreApplication::translate(
            "align", "Minimal disruption needs the current alignment of every unit."));
}

} // namespace

QString describePieces(const UnitGraph &g, const std::vector<int> &component, int count)
{
    std::vector<std::vector<int>> pieces(static_cast<size_t>(count));
    for (int u = 0; u < g.unitCount(); ++u)
        pieces[size_t(component[size_t(u)])].push_back(u);
    std::stable_sort(pieces.begin(), pieces.end(),
                     [](const auto &a, const auto &b) { return a.size() > b.size(); });
    const QLocale locale;
    QStringList parts;
    for (size_t i = 0; i < pieces.size() && i < 6; ++i) {
        QStringList names;
        for (size_t j = 0; j < pieces[i].size() && j < 3; ++j)
            names << g.names.at(pieces[i][j]);
        if (pieces[i].size() > 3)
            names << QStringLiteral("…");
        parts << QCoreApplication::translate("align", "%1 (%2)")
                     .arg(pieces[i].size() == 1 ? QCoreApplication::translate("align", "1 unit")
                                                : QCoreApplication::translate("align", "%1 units")
                                                      .arg(locale.toString(qint64(pieces[i].size()))),
                          names.join(QStringLiteral(", ")));
    }
    if (pieces.size() > 6)
        parts << QCoreApplication::translate("align", "and %1 more").arg(pieces.size() - 6);
    return QCoreApplication::translate("align", "%1 pieces: %2")
        .arg(count)
        .arg(parts.join(QStringLiteral("; ")));
}

std::vector<int> allocateTerritories(const std::vector<double> &pieceWeight,
                                     const std::vector<int> &pieceUnits, int k)
{
    const int p = int(pieceWeight.size());
    if (k < p)
        throw TesseraError(
            TesseraError::Kind::User,
            QCoreApplication::translate(
                "align", "%1 territories cannot cover %2 separate pieces: each piece needs at least one.")
                .arg(k)
                .arg(p),
            {}, -1, QStringLiteral("territories"));
    const double total = std::accumulate(pieceWeight.begin(), pieceWeight.end(), 0.0);
    std::vector<int> alloc(size_t(p), 1);
    std::vector<double> quota(static_cast<size_t>(p));
    for (int i = 0; i < p; ++i) {
        quota[size_t(i)] = total > 0 ? k * pieceWeight[size_t(i)] / total : double(k) / p;
        alloc[size_t(i)] = std::clamp(int(std::floor(quota[size_t(i)])), 1, pieceUnits[size_t(i)]);
    }
    int sum = std::accumulate(alloc.begin(), alloc.end(), 0);
    while (sum < k) {
        int best = -1;
        for (int i = 0; i < p; ++i)
            if (alloc[size_t(i)] < pieceUnits[size_t(i)] &&
                (best < 0 || quota[size_t(i)] - alloc[size_t(i)] > quota[size_t(best)] - alloc[size_t(best)]))
                best = i;
        if (best < 0)
            throw TesseraError::user(
                QCoreApplication::translate("align", "There are fewer units than territories."));
        ++alloc[size_t(best)];
        ++sum;
    }
    while (sum > k) {
        int best = -1;
        for (int i = 0; i < p; ++i)
            if (alloc[size_t(i)] > 1 &&
                (best < 0 || quota[size_t(i)] - alloc[size_t(i)] < quota[size_t(best)] - alloc[size_t(best)]))
                best = i;
        --alloc[size_t(best)];
        --sum;
    }
    return alloc;
}

BalanceResult balanceUnits(const UnitGraph &g, const BalanceOptions &o, const Progress &progress)
{
    validate(g, o);
    const int n = g.unitCount();
    const int k = o.territories;
    QElapsedTimer clock;
    clock.start();
    SearchContext ctx;
    ctx.clock = &clock;
    ctx.progress = progress ? &progress : nullptr;
    const qint64 budget = std::max<qint64>(1, qint64(o.timeLimitSeconds * 1000.0));
    BalanceResult r;
    int count = 0;
    const std::vector<int> component = connectedComponents(g, &count);
    if (count == 1) {
        r.territoryOf = solveConnected(g, o, ctx, 0, budget, &r.attemptsRun);
    } else {
        if (!o.perPiece)
            throw TesseraError(
                TesseraError::Kind::User,
                QCoreApplication::translate(
                    "align", "Level '%1' is not connected, so its territories cannot all be in one piece: "
                             "%2. Add water links between the pieces, or balance each piece on its own.")
                    .arg(g.levelName, describePieces(g, component, count)),
                {}, -1, QStringLiteral("level"));
        std::vector<std::vector<int>> pieceUnits(static_cast<size_t>(count));
        std::vector<double> pieceWeight(size_t(count), 0.0);
        for (int u = 0; u < n; ++u) {
            pieceUnits[size_t(component[size_t(u)])].push_back(u);
            pieceWeight[size_t(component[size_t(u)])] += g.weight[size_t(u)];
        }
        // Which territory numbers each piece uses.
        std::vector<std::vector<int>> labels(static_cast<size_t>(count));
        std::vector<int> owner(size_t(k), -1);
        auto claimLabel = [&](int t, int piece) {
            if (owner[size_t(t)] >= 0 && owner[size_t(t)] != piece)
                throw TesseraError(
                    TesseraError::Kind::User,
                    QCoreApplication::translate(
                        "align", "Territory %1 has pinned units in two separate pieces of the level, so it "
                                 "cannot be in one piece.")
                        .arg(t + 1),
                    {}, -1, QStringLiteral("locks"));
            if (owner[size_t(t)] < 0) {
                owner[size_t(t)] = piece;
                labels[size_t(piece)].push_back(t);
            }
        };
        for (int u = 0; u < n && !o.pinned.empty(); ++u)
            if (o.pinned[size_t(u)] >= 0)
                claimLabel(o.pinned[size_t(u)], component[size_t(u)]);
        if (o.mode == BalanceMode::MinimalDisruption) {
            std::vector<std::vector<double>> share(size_t(k), std::vector<double>(size_t(count), 0.0));
            for (int u = 0; u < n; ++u)
                if (o.previous[size_t(u)] >= 0 && o.previous[size_t(u)] < k)
                    share[size_t(o.previous[size_t(u)])][size_t(component[size_t(u)])] +=
                        g.weight[size_t(u)] + 1e-9;
            for (int t = 0; t < k; ++t) {
                const auto it = std::max_element(share[size_t(t)].begin(), share[size_t(t)].end());
                if (*it > 0 && owner[size_t(t)] < 0)
                    claimLabel(t, int(it - share[size_t(t)].begin()));
            }
        } else {
            std::vector<int> unitsPerPiece;
            for (const auto &p : pieceUnits)
                unitsPerPiece.push_back(int(p.size()));
            const std::vector<int> alloc = allocateTerritories(pieceWeight, unitsPerPiece, k);
            int next = 0;
            for (int p = 0; p < count; ++p) {
                if (int(labels[size_t(p)].size()) > alloc[size_t(p)])
                    throw TesseraError(
                        TesseraError::Kind::User,
                        QCoreApplication::translate(
                            "align",
                            "One piece of the level has units pinned to %1 territories but its weight "
                            "gives it only %2.")
                            .arg(labels[size_t(p)].size())
                            .arg(alloc[size_t(p)]),
                        {}, -1, QStringLiteral("locks"));
                while (int(labels[size_t(p)].size()) < alloc[size_t(p)]) {
                    while (owner[size_t(next)] >= 0)
                        ++next;
                    claimLabel(next, p);
                }
            }
        }
        r.territoryOf.assign(size_t(n), -1);
        qint64 usedMs = 0;
        for (int p = 0; p < count; ++p) {
            const auto &units = pieceUnits[size_t(p)];
            const auto &mine = labels[size_t(p)];
            if (mine.empty())
                throw TesseraError(
                    TesseraError::Kind::User,
                    QCoreApplication::translate("align", "A piece of the level has no territory: %1.")
                        .arg(describePieces(g, component, count)),
                    {}, -1, QStringLiteral("level"));
            std::vector<int> localOf(size_t(k), -1);
            for (size_t i = 0; i < mine.size(); ++i)
                localOf[size_t(mine[i])] = int(i);
            BalanceOptions local = o;
            local.territories = int(mine.size());
            local.pinned.clear();
            local.previous.clear();
            for (int u : units) {
                if (!o.pinned.empty())
                    local.pinned.push_back(o.pinned[size_t(u)] >= 0 ? localOf[size_t(o.pinned[size_t(u)])]
                                                                    : -1);
                if (!o.previous.empty()) {
                    const int t = o.previous[size_t(u)];
                    local.previous.push_back(t >= 0 && t < k ? localOf[size_t(t)] : -1);
                }
            }
            if (local.territories > int(units.size()))
                throw TesseraError::user(QCoreApplication::translate(
                    "align", "A piece has fewer units than the territories it must hold."));
            const UnitGraph sub = subgraph(g, units);
            const qint64 share = budget * qint64(units.size()) / n;
            int attempts = 0;
            const std::vector<int> part =
                solveConnected(sub, local, ctx, usedMs, std::max<qint64>(1, share), &attempts);
            usedMs += share;
            r.attemptsRun = std::max(r.attemptsRun, attempts);
            for (size_t i = 0; i < units.size(); ++i)
                r.territoryOf[size_t(units[i])] = mine[size_t(part[i])];
        }
    }
    const bool hasPins =
        !o.pinned.empty() && std::any_of(o.pinned.begin(), o.pinned.end(), [](int p) { return p >= 0; });
    if (o.mode == BalanceMode::Fresh && !hasPins && !o.previous.empty())
        matchPrevious(g, r.territoryOf, o.previous, k);
    r.metrics = computeMetrics(g, r.territoryOf, k, o.previous.empty() ? nullptr : &o.previous);
    r.timedOut = ctx.everTimedOut;
    r.seconds = clock.elapsed() / 1000.0;
    for (int t = 0; t < k; ++t) {
        const TerritoryMetrics &tm = r.metrics.territories[size_t(t)];
        if (o.maxUnits > 0 && tm.units > o.maxUnits)
            r.warnings << QCoreApplication::translate("align",
                                                      "Territory %1 has %2 units, more than the limit of %3.")
                              .arg(t + 1)
                              .arg(tm.units)
                              .arg(o.maxUnits);
        if (o.maxAccounts > 0 && tm.accounts > o.maxAccounts)
            r.warnings << QCoreApplication::translate(
                              "align", "Territory %1 has %2 accounts, more than the limit of %3.")
                              .arg(t + 1)
                              .arg(tm.accounts)
                              .arg(o.maxAccounts);
    }
    if (r.timedOut)
        r.warnings << QCoreApplication::translate(
            "align", "The time limit stopped the search early; a longer limit may give a better balance.");
    if (progress)
        progress.report(1, 1, QCoreApplication::translate("align", "Balancing"));
    return r;
}

} // namespace tessera::align
