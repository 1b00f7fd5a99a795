#pragma once
// The quota plan of one fiscal year in memory: the hierarchy company → region → district → territory →
// rep, one amount per node and fiscal month, and the engine that allocates and rebalances it. Everything
// is whole cents; nothing here touches the plan file (quotastore.h loads and saves it).
//
// How a node's month reaches its children (the invariant checked by checkInvariants()):
//   childTotal(node, m) = round(value(node, m) × (1 + overassign of the children's level))
//   Σ value(child, m) (+ the territory's not-covered amount) = childTotal(node, m), exactly.
// Over-assignment therefore compounds level by level: with +5% for districts and +10% for territories, a
// region of 1,000,000.00 in a month gives its districts 1,050,000.00 and their territories
// round(district × 1.10) each, 1,155,000.00 in all. The rounding happens once per node and month, so the
// compounding is exact per cell (1.05 × 1.10 = 1.155) up to one cent per node.
//
// The year is the sum of the months. The company's months come from the target by the seasonality curve;
// each internal node's childTotal is split among its children by the method weights of the children's
// level, with the remainders carried from month to month (apportion.h) so years are fair to a unit.
// Territory → reps: the territory's childTotal is shared by its reps in proportion to their coverage
// (ramp × eligible days ÷ days); what no rep covers (a vacancy, a ramp) stays "not covered" on the
// territory and is not pushed onto other reps.
//
// Edits: setting a cell overrides and locks it. Mode Siblings: the unlocked siblings share what the parent
// holds (in proportion to their current amounts); if there is no unlocked sibling, the parent takes the
// change and its own siblings rebalance, one level up at a time. Mode ParentFollows: every ancestor takes
// the change up to the company, whose target moves. Either way the edited node's own children are
// re-split below it. Each edit returns the cells it changed (before and after) for undo.

#include "common/money.h"
#include "quotacalendar.h"

#include <QString>
#include <array>
#include <vector>

namespace tessera::quota {

enum class Level
{
    Company = 0,
    Region,
    District,
    Territory,
    Rep
};
constexpr int LevelCount = 5;
QString levelName(Level level); // "company", "region", ...
bool parseLevel(const QString &text, Level *out);

enum class Method
{
    Even,
    PriorYear,
    Trailing12,
    Potential,
    Blend // blendPriorShare × prior-year share + (1 − blendPriorShare) × potential share
};
QString methodName(Method method); // "even", "prior-year", "t12m", "potential", "blend"
bool parseMethod(const QString &text, Method *out);

struct LevelRule
{
    Method method = Method::Even;
    Rate overassign;                              // children carry this much more than their parent
    Rate blendPriorShare = Rate::fromPercent(50); // for Method::Blend
};

enum class EditMode
{
    Siblings,
    ParentFollows
};

struct QuotaSettings
{
    int fiscalYear = 0;
    Money target;
    qint64 unitCents = 1;                    // rounding unit of the allocation (1 = cents, 100000 = $1,000)
    std::array<LevelRule, LevelCount> rules; // by the level of the children (Region..Rep); [Company] unused
    std::array<qint64, 12> seasonality{};    // weights of the fiscal months (any scale; all zero = even)
    QString seasonalitySource;               // "history", "entered", "even"
};

struct CellState
{
    qint64 value = 0;
    qint64 childTotal = 0;
    qint64 notCovered = 0; // territories only
    bool locked = false;
    bool overridden = false;
    bool pinned = false; // childTotal was set by its children (parent follows), not by the over-assignment
    bool operator==(const CellState &o) const
    {
        return value == o.value && childTotal == o.childTotal && notCovered == o.notCovered &&
               locked == o.locked && overridden == o.overridden && pinned == o.pinned;
    }
};

struct QuotaNode
{
    Level level = Level::Company;
    qint64 id = 0; // org_nodes.id, or reps.id for Level::Rep
    QString code;  // org node code, or the rep's external id
    QString name;
    int parent = -1;
    std::vector<int> children;
    // Inputs (cents) summed over the subtree.
    qint64 priorYear = 0, trailing12 = 0, potential = 0;
    std::array<qint64, 12> coverage{}; // reps: ramp micros × eligible days
    qint64 weight = 0;                 // method weight among its siblings, set by allocate()
    std::array<CellState, 12> cells;
};

struct CellChange
{
    int node = 0;
    int month = 0; // 0..11
    CellState before, after;
};

class QuotaPlan
{
public:
    QuotaSettings settings;
    std::vector<QuotaNode> nodes;       // nodes[0] is the company; every parent comes before its children
    std::array<qint64, 12> monthDays{}; // days of each fiscal month (coverage denominators)

    // Builds children lists from parent indices (call after filling nodes).
    void linkChildren();
    // Full allocation of the target from the company down. Locked cells keep their values.
    void allocate();
    // Sets one month of a node (an override, locked). Returns the changed cells. Throws TesseraError::User
    // when locked cells leave no room (nothing is changed then).
    std::vector<CellChange> setMonth(int node, int month, qint64 cents, EditMode mode);
    // Sets the sum of several months (a quarter or the year), split like the node's current months.
    std::vector<CellChange> setMonths(int node, const std::vector<int> &months, qint64 cents, EditMode mode);
    std::vector<CellChange> setLocked(int node, int month, bool locked);
    void apply(const std::vector<CellChange> &changes, bool undo);

    qint64 month(int node, int m) const { return nodes[size_t(node)].cells[size_t(m)].value; }
    qint64 quarter(int node, int q) const; // q 0..3
    qint64 year(int node) const;
    qint64 notCoveredYear(int node) const;
    // Every parent equals its children exactly; empty when all holds, else the first problem.
    QString checkInvariants() const;
    Rate overassignOf(int node) const; // the rule of the node's children
    int depth() const;

private:
    void computeWeights();
    void distribute(int node, int m, bool useCurrent, std::vector<std::vector<Int128>> *carry);
    void distributeReps(int territory, int m);
    void cascade(int node, int m);
    void changeCell(int node, int m, qint64 cents, EditMode mode, bool userEdit);
    void touch(int node, int m);
    std::vector<std::pair<int, int>> m_touched;
    std::vector<CellState> m_before;
    bool m_recording = false;
};

} // namespace tessera::quota
