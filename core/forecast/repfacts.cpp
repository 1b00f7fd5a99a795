#include "repfacts.h"

#include "period.h"
#include "store/fastsql.h"

#include <algorithm>

namespace tessera::forecast {

namespace {

enum class Category
{
    Pipeline,
    BestCase,
    Commit, // 'Commit' and 'Closed'
    Omitted,
    Other
};

Category categoryOf(QByteArrayView c)
{
    if (c == QByteArrayView("Pipeline"))
        return Category::Pipeline;
    if (c == QByteArrayView("Best Case"))
        return Category::BestCase;
    if (c == QByteArrayView("Commit") || c == QByteArrayView("Closed"))
        return Category::Commit;
    if (c == QByteArrayView("Omitted"))
        return Category::Omitted;
    return Category::Other;
}

// The month of a "YYYY-MM" key as year × 12 + month − 1, or -1 when the text is not such a key.
int monthIndexOf(QByteArrayView k)
{
    if (k.size() != 7 || k[4] != '-')
        return -1;
    int v[6];
    const int at[6] = {0, 1, 2, 3, 5, 6};
    for (int i = 0; i < 6; ++i) {
        const char ch = k[at[i]];
        if (ch < '0' || ch > '9')
            return -1;
        v[i] = ch - '0';
    }
    const int year = v[0] * 1000 + v[1] * 100 + v[2] * 10 + v[3];
    const int month = v[4] * 10 + v[5];
    if (month < 1 || month > 12)
        return -1;
    return year * 12 + month - 1;
}

struct StageWeight
{
    QByteArray name; // UTF-8, compared byte for byte as SQL compares text
    int probability = 0;
};

} // namespace

int RepFacts::slotOf(qint64 rep)
{
    const auto it = m_slot.constFind(rep);
    if (it != m_slot.constEnd())
        return *it;
    const int slot = int(m_tally.size());
    m_slot.insert(rep, slot);
    m_tally.emplace_back();
    m_closed.resize(m_closed.size() + size_t(m_months));
    return slot;
}

void RepFacts::addClosedFact(int slot, QByteArrayView month, qint64 isWon, qint64 count, qint64 amount)
{
    const int m = monthIndexOf(month) - m_first;
    if (m < 0 || m >= m_months)
        return;
    ClosedMonth &c = m_closed[size_t(slot) * size_t(m_months) + size_t(m)];
    if (isWon == 1) {
        c.wonCents += amount;
        c.won += count;
    } else if (isWon == 0) {
        c.lost += count;
    }
}

RepFacts RepFacts::read(const PlanStore &store, const QHash<QString, int> &stageProbability,
                        const QDate &firstMonth, const QDate &lastMonth, const QDate &tallyFirst,
                        const QDate &tallyLast)
{
    RepFacts f;
    f.m_first = monthIndex(firstMonth);
    f.m_months = std::max(0, monthIndex(lastMonth) - f.m_first + 1);
    std::vector<StageWeight> stages;
    for (auto it = stageProbability.cbegin(); it != stageProbability.cend(); ++it)
        stages.push_back({it.key().toUtf8(), it.value()});

    // The tally months: every fact.
    FastStatement q(store, "SELECT rep_id, month, stage, forecast_category, is_closed, is_won, opp_count, "
                           "amount_cents, probability_cents FROM forecast_facts WHERE month BETWEEN ? AND ?");
    q.bind(1, monthKey(tallyFirst));
    q.bind(2, monthKey(tallyLast));
    qint64 lastRep = 0;
    int slot = -1;
    while (q.step()) {
        const qint64 rep = q.int64(0);
        if (slot < 0 || rep != lastRep) {
            slot = f.slotOf(rep);
            lastRep = rep;
        }
        const qint64 isClosed = q.int64(4), isWon = q.int64(5);
        const qint64 count = q.int64(6);
        const qint64 amount = q.int64(7);
        Tally &t = f.m_tally[size_t(slot)];
        if (isWon == 1) {
            t.wonCents += amount;
            t.wonCount += count;
        }
        if (isClosed == 1) {
            if (isWon == 0)
                t.lostCount += count;
            f.addClosedFact(slot, q.bytes(1), isWon, count, amount);
        }
        if (isClosed != 0)
            continue;
        switch (categoryOf(q.bytes(3))) {
        case Category::Pipeline:
            t.openPipelineCents += amount;
            break;
        case Category::BestCase:
            t.openBestCaseCents += amount;
            break;
        case Category::Commit:
            t.openCommitCents += amount;
            break;
        case Category::Omitted:
            t.omittedCents += amount;
            continue;
        case Category::Other:
            break;
        }
        t.openCount += count;
        const QByteArrayView stage = q.bytes(2);
        const auto w = std::find_if(stages.cbegin(), stages.cend(),
                                    [&](const StageWeight &sw) { return QByteArrayView(sw.name) == stage; });
        t.weightedCentPercent += w != stages.cend() ? Int128(amount) * w->probability : Int128(q.int64(8));
    }

    // The other months of the range (a quarter's 12-month win-rate window): only closed facts, fewer columns.
    FastStatement c(store, "SELECT rep_id, month, is_won, opp_count, amount_cents FROM forecast_facts WHERE "
                           "is_closed = 1 AND month BETWEEN ? AND ?");
    auto readClosed = [&](const QDate &from, const QDate &to) {
        if (to < from)
            return;
        c.bind(1, monthKey(from));
        c.bind(2, monthKey(to));
        while (c.step())
            f.addClosedFact(f.slotOf(c.int64(0)), c.bytes(1), c.int64(2), c.int64(3), c.int64(4));
    };
    readClosed(firstMonth, tallyFirst.addMonths(-1));
    readClosed(tallyLast.addMonths(1), lastMonth);
    return f;
}

Tally RepFacts::tally(qint64 rep) const
{
    const auto it = m_slot.constFind(rep);
    return it == m_slot.constEnd() ? Tally() : m_tally[size_t(*it)];
}

bool RepFacts::covers(const QDate &firstMonth, const QDate &lastMonth) const
{
    return monthIndex(firstMonth) >= m_first && monthIndex(lastMonth) < m_first + m_months;
}

void RepFacts::addClosed(qint64 rep, const QDate &firstMonth, std::vector<ClosedMonth> &out) const
{
    const auto it = m_slot.constFind(rep);
    if (it == m_slot.constEnd())
        return;
    const int from = monthIndex(firstMonth) - m_first;
    const ClosedMonth *row = m_closed.data() + size_t(*it) * size_t(m_months);
    for (size_t k = 0; k < out.size(); ++k) {
        const int m = from + int(k);
        if (m >= 0 && m < m_months)
            out[k] += row[m];
    }
}

} // namespace tessera::forecast
