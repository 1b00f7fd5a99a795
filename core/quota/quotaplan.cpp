#include "quotaplan.h"

#include "apportion.h"
#include "common/error.h"

#include <QCoreApplication>
#include <unordered_map>

namespace tessera::quota {
namespace {

const char *const kLevelNames[] = {"company", "region", "district", "territory", "rep"};
const char *const kMethodNames[] = {"even", "prior-year", "t12m", "potential", "blend"};

} // namespace

QString levelName(Level level)
{
    return QString::fromLatin1(kLevelNames[int(level)]);
}

bool parseLevel(const QString &text, Level *out)
{
    for (int i = 0; i < LevelCount; ++i)
        if (text.trimmed().compare(QLatin1String(kLevelNames[i]), Qt::CaseInsensitive) == 0) {
            *out = Level(i);
            return true;
        }
    return false;
}

QString methodName(Method method)
{
    return QString::fromLatin1(kMethodNames[int(method)]);
}

bool parseMethod(const QString &text, Method *out)
{
    for (int i = 0; i < 5; ++i)
        if (text.trimmed().compare(QLatin1String(kMethodNames[i]), Qt::CaseInsensitive) == 0) {
            *out = Method(i);
            return true;
        }
    return false;
}

void QuotaPlan::linkChildren()
{
    for (QuotaNode &n : nodes)
        n.children.clear();
    for (size_t i = 1; i < nodes.size(); ++i) {
        const int p = nodes[i].parent;
        if (p < 0 || size_t(p) >= i)
            throw TesseraError::internal(QStringLiteral("quota tree: a parent must come before its child"));
        nodes[size_t(p)].children.push_back(int(i));
    }
}

Rate QuotaPlan::overassignOf(int node) const
{
    const int childLevel = int(nodes[size_t(node)].level) + 1;
    return childLevel < LevelCount ? settings.rules[size_t(childLevel)].overassign : Rate();
}

int QuotaPlan::depth() const
{
    int d = 0;
    for (const QuotaNode &n : nodes)
        d = std::max(d, int(n.level));
    return d;
}

qint64 QuotaPlan::quarter(int node, int q) const
{
    qint64 s = 0;
    for (int m = q * 3; m < q * 3 + 3; ++m)
        s += month(node, m);
    return s;
}

qint64 QuotaPlan::year(int node) const
{
    qint64 s = 0;
    for (int m = 0; m < 12; ++m)
        s += month(node, m);
    return s;
}

qint64 QuotaPlan::notCoveredYear(int node) const
{
    qint64 s = 0;
    for (const CellState &c : nodes[size_t(node)].cells)
        s += c.notCovered;
    return s;
}

void QuotaPlan::computeWeights()
{
    for (QuotaNode &parent : nodes) {
        if (parent.children.empty())
            continue;
        const LevelRule &rule = settings.rules[size_t(nodes[size_t(parent.children.front())].level)];
        qint64 sumPrior = 0, sumPotential = 0;
        for (int c : parent.children) {
            sumPrior += nodes[size_t(c)].priorYear;
            sumPotential += nodes[size_t(c)].potential;
        }
        for (int c : parent.children) {
            QuotaNode &n = nodes[size_t(c)];
            switch (rule.method) {
            case Method::Even:
                n.weight = 1;
                break;
            case Method::PriorYear:
                n.weight = n.priorYear;
                break;
            case Method::Trailing12:
                n.weight = n.trailing12;
                break;
            case Method::Potential:
                n.weight = n.potential;
                break;
            case Method::Blend: {
                // Shares scaled to 10^12 so both halves are on one exact integer scale.
                const Int128 scale = 1000000000000LL;
                const qint64 a = rule.blendPriorShare.micros();
                const Int128 prior = sumPrior > 0 ? Int128(n.priorYear) * scale / sumPrior : 0;
                const Int128 potential = sumPotential > 0 ? Int128(n.potential) * scale / sumPotential : 0;
                n.weight = qint64((prior * a + potential * (Rate::Scale - a)) / Rate::Scale);
                break;
            }
            }
        }
    }
}

void QuotaPlan::touch(int node, int m)
{
    if (!m_recording)
        return;
    m_touched.emplace_back(node, m);
    m_before.push_back(nodes[size_t(node)].cells[size_t(m)]);
}

void QuotaPlan::distribute(int node, int m, bool useCurrent, std::vector<std::vector<Int128>> *carry)
{
    QuotaNode &p = nodes[size_t(node)];
    if (p.children.empty())
        return;
    if (p.level == Level::Territory)
        return distributeReps(node, m);
    const CellState &pc = p.cells[size_t(m)];
    qint64 avail = pc.childTotal;
    std::vector<int> open;
    for (int c : p.children) {
        if (nodes[size_t(c)].cells[size_t(m)].locked)
            avail -= month(c, m);
        else
            open.push_back(c);
    }
    if (avail < 0 || (open.empty() && avail != 0))
        throw TesseraError::user(
            QCoreApplication::translate(
                "QuotaPlan", "The locked cells under %1 in month %2 do not add up to its %3: unlock a "
                             "cell or change the value.")
                .arg(p.name)
                .arg(m + 1)
                .arg(Money::fromCents(pc.childTotal).toPlainString()));
    if (open.empty())
        return;
    std::vector<qint64> weights;
    qint64 sum = 0;
    for (int c : open) {
        weights.push_back(useCurrent ? month(c, m) : nodes[size_t(c)].weight);
        sum += weights.back();
    }
    if (useCurrent && sum == 0)
        for (size_t i = 0; i < open.size(); ++i)
            weights[i] = nodes[size_t(open[i])].weight;
    const std::vector<qint64> shares =
        apportion(avail, weights, settings.unitCents, carry ? &(*carry)[size_t(node)] : nullptr, m);
    for (size_t i = 0; i < open.size(); ++i) {
        CellState &cc = nodes[size_t(open[i])].cells[size_t(m)];
        if (cc.value != shares[i]) {
            touch(open[i], m);
            cc.value = shares[i];
        }
    }
}

void QuotaPlan::distributeReps(int territory, int m)
{
    QuotaNode &t = nodes[size_t(territory)];
    CellState &tc = t.cells[size_t(m)];
    const Int128 days = Int128(Rate::Scale) * monthDays[size_t(m)];
    Int128 allCoverage = 0, openCoverage = 0;
    qint64 locked = 0;
    std::vector<int> open;
    std::vector<qint64> weights;
    for (int r : t.children) {
        const qint64 c = nodes[size_t(r)].coverage[size_t(m)];
        allCoverage += c;
        if (nodes[size_t(r)].cells[size_t(m)].locked) {
            locked += month(r, m);
        } else {
            open.push_back(r);
            weights.push_back(c);
            openCoverage += c;
        }
    }
    const qint64 room = tc.childTotal - locked;
    if (room < 0)
        throw TesseraError::user(QCoreApplication::translate(
                                     "QuotaPlan",
                                     "The locked reps of %1 in month %2 exceed its quota: unlock a cell or "
                                     "change the value.")
                                     .arg(t.name)
                                     .arg(m + 1));
    qint64 covered = 0;
    if (openCoverage > 0)
        covered = std::min(
            room, divRoundHalfAway(Int128(tc.childTotal) * openCoverage, std::max(days, allCoverage)));
    if (!open.empty()) {
        const std::vector<qint64> shares = apportion(covered, weights, settings.unitCents, nullptr, m);
        for (size_t i = 0; i < open.size(); ++i) {
            CellState &rc = nodes[size_t(open[i])].cells[size_t(m)];
            if (rc.value != shares[i]) {
                touch(open[i], m);
                rc.value = shares[i];
            }
        }
    }
    const qint64 notCovered = room - covered;
    if (tc.notCovered != notCovered) {
        touch(territory, m);
        tc.notCovered = notCovered;
    }
}

void QuotaPlan::cascade(int node, int m)
{
    QuotaNode &n = nodes[size_t(node)];
    if (n.children.empty())
        return;
    CellState &c = n.cells[size_t(m)];
    const qint64 childTotal = overassigned(c.value, overassignOf(node));
    if (c.childTotal != childTotal || c.pinned) {
        touch(node, m);
        c.childTotal = childTotal;
        c.pinned = false;
    }
    distribute(node, m, true, nullptr);
    for (int child : n.children)
        cascade(child, m);
}

void QuotaPlan::allocate()
{
    if (nodes.empty())
        throw TesseraError::user(
            QCoreApplication::translate("QuotaPlan", "The plan has no organisation to allocate quotas to."));
    if (settings.target.cents() < 0)
        throw TesseraError::user(QCoreApplication::translate("QuotaPlan", "The target cannot be negative."));
    computeWeights();
    // The company's months: the target by the seasonality curve (locked months keep their value).
    QuotaNode &company = nodes[0];
    qint64 room = settings.target.cents();
    std::vector<int> open;
    std::vector<qint64> curve;
    for (int m = 0; m < 12; ++m) {
        if (company.cells[size_t(m)].locked) {
            room -= month(0, m);
        } else {
            open.push_back(m);
            curve.push_back(settings.seasonality[size_t(m)]);
        }
    }
    if (room < 0 || (open.empty() && room != 0))
        throw TesseraError::user(QCoreApplication::translate(
            "QuotaPlan", "The locked months of the company do not add up to the target."));
    if (!open.empty()) {
        const std::vector<qint64> months = apportion(room, curve, settings.unitCents);
        for (size_t i = 0; i < open.size(); ++i)
            company.cells[size_t(open[i])].value = months[i];
    }
    std::vector<std::vector<Int128>> carry(nodes.size());
    for (size_t i = 0; i < nodes.size(); ++i) {
        if (nodes[i].children.empty())
            continue;
        for (int m = 0; m < 12; ++m) {
            CellState &c = nodes[i].cells[size_t(m)];
            c.childTotal = overassigned(c.value, overassignOf(int(i)));
            c.pinned = false;
            distribute(int(i), m, false, &carry);
        }
    }
}

void QuotaPlan::changeCell(int node, int m, qint64 cents, EditMode mode, bool userEdit)
{
    QuotaNode &n = nodes[size_t(node)];
    touch(node, m);
    CellState &c = n.cells[size_t(m)];
    c.value = cents;
    if (userEdit) {
        c.overridden = true;
        c.locked = true;
    }
    if (node == 0)
        return;
    const int parent = n.parent;
    QuotaNode &p = nodes[size_t(parent)];
    CellState &pc = p.cells[size_t(m)];
    std::vector<int> open;
    qint64 fixed = cents + pc.notCovered;
    for (int s : p.children) {
        if (s == node)
            continue;
        // A rep who does not sell in the month (not yet hired, gone) takes nothing from a rebalance.
        const bool idle = n.level == Level::Rep && nodes[size_t(s)].coverage[size_t(m)] == 0;
        if (nodes[size_t(s)].cells[size_t(m)].locked || idle)
            fixed += month(s, m);
        else
            open.push_back(s);
    }
    if (mode == EditMode::Siblings && !open.empty()) {
        const qint64 avail = pc.childTotal - fixed;
        if (avail < 0)
            throw TesseraError::user(
                QCoreApplication::translate(
                    "QuotaPlan", "%1 and the locked cells beside it exceed what %2 holds in month %3 by "
                                 "%4: lower the value, unlock a cell or let the parent follow.")
                    .arg(n.name, p.name)
                    .arg(m + 1)
                    .arg(Money::fromCents(-avail).toPlainString()));
        std::vector<qint64> weights;
        qint64 sum = 0;
        for (int s : open) {
            weights.push_back(month(s, m));
            sum += weights.back();
        }
        if (sum == 0)
            for (size_t i = 0; i < open.size(); ++i)
                weights[i] = n.level == Level::Rep ? nodes[size_t(open[i])].coverage[size_t(m)]
                                                   : nodes[size_t(open[i])].weight;
        const std::vector<qint64> shares = apportion(avail, weights, settings.unitCents, nullptr, m);
        for (size_t i = 0; i < open.size(); ++i) {
            CellState &sc = nodes[size_t(open[i])].cells[size_t(m)];
            if (sc.value != shares[i]) {
                touch(open[i], m);
                sc.value = shares[i];
                cascade(open[i], m);
            }
        }
        return;
    }
    // The parent follows: its children's total becomes what they now hold.
    qint64 total = pc.notCovered;
    for (int s : p.children)
        total += month(s, m);
    touch(parent, m);
    pc.childTotal = total;
    pc.pinned = true;
    changeCell(parent, m, underassigned(total, overassignOf(parent)), mode, false);
}

std::vector<CellChange> QuotaPlan::setMonths(int node, const std::vector<int> &months, qint64 cents,
                                             EditMode mode)
{
    if (cents < 0)
        throw TesseraError::user(QCoreApplication::translate("QuotaPlan", "A quota cannot be negative."));
    if (node < 0 || size_t(node) >= nodes.size() || months.empty())
        throw TesseraError::internal(QStringLiteral("setMonths: no such cell"));
    m_touched.clear();
    m_before.clear();
    m_recording = true;
    std::vector<qint64> weights;
    for (int m : months)
        weights.push_back(month(node, m));
    bool any = false;
    for (qint64 w : weights)
        any = any || w > 0;
    if (!any)
        for (size_t i = 0; i < months.size(); ++i)
            weights[i] = settings.seasonality[size_t(months[i])];
    const std::vector<qint64> split = apportion(cents, weights, 1);
    try {
        for (size_t i = 0; i < months.size(); ++i) {
            changeCell(node, months[i], split[i], mode, true);
            cascade(node, months[i]);
        }
    } catch (...) {
        for (size_t i = m_touched.size(); i-- > 0;)
            nodes[size_t(m_touched[i].first)].cells[size_t(m_touched[i].second)] = m_before[i];
        m_recording = false;
        throw;
    }
    m_recording = false;
    // Keep the first "before" of every cell and its final state.
    std::vector<CellChange> changes;
    std::unordered_map<qint64, size_t> seen;
    for (size_t i = 0; i < m_touched.size(); ++i) {
        const auto [n, m] = m_touched[i];
        const qint64 key = qint64(n) * 12 + m;
        if (seen.count(key))
            continue;
        seen.emplace(key, changes.size());
        changes.push_back({n, m, m_before[i], {}});
    }
    std::vector<CellChange> out;
    for (CellChange &c : changes) {
        c.after = nodes[size_t(c.node)].cells[size_t(c.month)];
        if (!(c.after == c.before))
            out.push_back(c);
    }
    settings.target = Money::fromCents(year(0));
    return out;
}

std::vector<CellChange> QuotaPlan::setMonth(int node, int month, qint64 cents, EditMode mode)
{
    return setMonths(node, {month}, cents, mode);
}

std::vector<CellChange> QuotaPlan::setLocked(int node, int month, bool locked)
{
    CellChange c{node, month, nodes[size_t(node)].cells[size_t(month)], {}};
    nodes[size_t(node)].cells[size_t(month)].locked = locked;
    c.after = nodes[size_t(node)].cells[size_t(month)];
    if (c.after == c.before)
        return {};
    return {c};
}

void QuotaPlan::apply(const std::vector<CellChange> &changes, bool undo)
{
    for (const CellChange &c : changes)
        nodes[size_t(c.node)].cells[size_t(c.month)] = undo ? c.before : c.after;
    settings.target = Money::fromCents(year(0));
}

QString QuotaPlan::checkInvariants() const
{
    for (size_t i = 0; i < nodes.size(); ++i) {
        const QuotaNode &n = nodes[i];
        if (n.children.empty())
            continue;
        for (int m = 0; m < 12; ++m) {
            const CellState &c = n.cells[size_t(m)];
            qint64 sum = c.notCovered;
            for (int ch : n.children)
                sum += month(ch, m);
            if (sum != c.childTotal)
                return QStringLiteral("%1 month %2: children %3 != %4")
                    .arg(n.name)
                    .arg(m + 1)
                    .arg(sum)
                    .arg(c.childTotal);
            if (!c.pinned && c.childTotal != overassigned(c.value, overassignOf(int(i))))
                return QStringLiteral("%1 month %2: children's total %3 is not the over-assigned %4")
                    .arg(n.name)
                    .arg(m + 1)
                    .arg(c.childTotal)
                    .arg(c.value);
            if (c.value < 0 || c.notCovered < 0)
                return QStringLiteral("%1 month %2: negative").arg(n.name).arg(m + 1);
        }
    }
    return {};
}

} // namespace tessera::quota
