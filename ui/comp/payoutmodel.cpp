#include "payoutmodel.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

namespace tessera::comp {

namespace {
constexpr int kFixed = 2; // rep, plan
}

PayoutModel::PayoutModel(QObject *parent) : QAbstractTableModel(parent) {}

void PayoutModel::setRun(std::shared_ptr<const RunResult> run)
{
    m_run = std::move(run);
    rebuild();
}

void PayoutModel::setMeasure(Measure m)
{
    m_measure = m;
    if (!m_rows.empty())
        emit dataChanged(index(0, kFixed), index(rowCount() - 1, columnCount() - 1));
}

void PayoutModel::setTeam(qint64 managerId)
{
    m_team = managerId;
    rebuild();
}

void PayoutModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    m_periods.clear();
    if (m_run) {
        auto inTeam = [&](qint64 rep) {
            if (!m_team)
                return true;
            for (qint64 m = rep, depth = 0; m && depth < 32; m = m_run->repManagers.value(m), ++depth)
                if (m == m_team)
                    return true;
            return false;
        };
        for (const RepResult &r : m_run->reps) {
            if (!inTeam(r.repId))
                continue;
            m_rows.push_back(&r);
            for (const PeriodResult &p : r.periods)
                if (!m_periods.contains(p.label))
                    m_periods << p.label;
        }
        std::sort(m_rows.begin(), m_rows.end(), [&](const RepResult *a, const RepResult *b) {
            return m_run->repNames.value(a->repId).localeAwareCompare(m_run->repNames.value(b->repId)) < 0;
        });
        std::sort(m_periods.begin(),
                  m_periods.end()); // "2027-01" < "2027-02" < "2027-Q1" ... grouped by kind
    }
    endResetModel();
}

qint64 PayoutModel::repAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)]->repId : 0;
}

QString PayoutModel::periodAt(int column) const
{
    return column >= kFixed && column - kFixed < m_periods.size() ? m_periods[column - kFixed] : QString();
}

int PayoutModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PayoutModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kFixed + int(m_periods.size()) + 1;
}

Money PayoutModel::value(const PeriodResult &p) const
{
    switch (m_measure) {
    case Measure::Payable:
        return p.payable;
    case Measure::Earned:
        return p.earned;
    case Measure::Paid:
        return p.paidBefore;
    case Measure::Attainment:
        return {};
    }
    return {};
}

QVariant PayoutModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_run)
        return {};
    const RepResult &r = *m_rows[size_t(index.row())];
    const QLocale locale;
    const int c = index.column();
    const bool total = c == columnCount() - 1;
    if (c == 0 && role == Qt::DisplayRole)
        return m_run->repNames.value(r.repId);
    if (c == 1 && role == Qt::DisplayRole)
        return r.periods.empty() || !r.periods.back().plan ? QString() : r.periods.back().plan->name;
    if (c < kFixed)
        return {};
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    const PeriodResult *p = nullptr;
    Money sum;
    for (const PeriodResult &x : r.periods) {
        sum += value(x);
        if (!total && x.label == periodAt(c))
            p = &x;
    }
    if (role == Qt::FontRole && total) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::ForegroundRole && p && p->closed)
        return QBrush(QColor(90, 90, 90));
    if (role == Qt::ToolTipRole && p)
        return tr("%1 %2: earned %3, earned to date %4, paid before %5, payable %6, attainment %7%8")
            .arg(m_run->repNames.value(r.repId), p->label, p->earned.format(locale),
                 p->earnedToDate.format(locale), p->paidBefore.format(locale), p->payable.format(locale),
                 p->attainment.toPercentString(locale, 1), p->closed ? tr(" (closed)") : QString());
    if (role != Qt::DisplayRole)
        return {};
    if (m_measure == Measure::Attainment) {
        if (total)
            return r.periods.empty() ? QString() : r.periods.back().ytdAttainment.toPercentString(locale, 1);
        return p ? p->attainment.toPercentString(locale, 1) : QString();
    }
    if (total)
        return m_measure == Measure::Paid ? QString() : sum.format(locale);
    return p ? value(*p).format(locale) : QString();
}

QVariant PayoutModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return tr("Rep");
    if (section == 1)
        return tr("Plan");
    if (section == columnCount() - 1)
        return m_measure == Measure::Attainment ? tr("Year to date") : tr("Total");
    return periodAt(section);
}

} // namespace tessera::comp
