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
    const QByteArray tallyFrom = monthKey(tallyFirst).toUtf8();
    const QByteArray tallyTo = monthKey(tallyLast).toUtf8();

    FastStatement q(store, "SELECT rep_id, month, stage, forecast_category, is_closed, is_won, opp_count, "
                           "amount_cents, probability_cents FROM forecast_facts WHERE month BETWEEN ? AND ?");
    q.bind(1, monthKey(firstMonth));
    q.bind(2, monthKey(lastMonth));
    qint64 lastRep = 0;
    int slot = -1;
    while (q.step()) {
        const qint64 rep = q.int64(0);
        if (slot < 0 || rep != lastRep) {
            const auto it = f.m_slot.constFind(rep);
            if (it != f.m_slot.constEnd()) {
                slot = *it;
            } else {
                slot = int(f.m_tally.size());
                f.m_slot.insert(rep, slot);
                f.m_tally.emplace_back();
                f.m_closed.resize(f.m_closed.size() + size_t(f.m_months));
            }
            lastRep = rep;
        }
        const QByteArrayView month = q.bytes(1);
        const qint64 isClosed = q.int64(4), isWon = q.int64(5);
        const bool won = isWon == 1;
        const bool lost = isClosed == 1 && isWon == 0;
        const qint64 count = q.int64(6);
        const qint64 amount = q.int64(7);
        if (isClosed == 1) {
            const int m = monthIndexOf(month) - f.m_first;
            if (m >= 0 && m < f.m_months) {
                ClosedMonth &c = f.m_closed[size_t(slot) * size_t(f.m_months) + size_t(m)];
                if (won) {
                    c.wonCents += amount;
                    c.won += count;
                } else if (lost) {
                    c.lost += count;
                }
            }
        }
        if (month < QByteArrayView(tallyFrom) || month > QByteArrayView(tallyTo))
            continue;
        Tally &t = f.m_tally[size_t(slot)];
        if (won) {
            t.wonCents += amount;
            t.wonCount += count;
        }
        if (lost)
            t.lostCount += count;
        if (isClosed != 0)
            continue;
        const Category category = categoryOf(q.bytes(3));
        switch (category) {
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
        const auto s = std::find_if(stages.cbegin(), stages.cend(),
                                    [&](const StageWeight &w) { return QByteArrayView(w.name) == stage; });
        t.weightedCentPercent += s != stages.cend() ? Int128(amount) * s->probability : Int128(q.int64(8));
    }
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
