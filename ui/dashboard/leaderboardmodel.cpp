#include "leaderboardmodel.h"

namespace tessera {

void LeaderboardModel::setRows(std::vector<forecast::LeaderRow> rows, bool earningsAvailable,
                               const QString &earningsNote, const QString &currency)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_currency = currency;
    m_earnings = earningsAvailable;
    m_note = earningsNote;
    endResetModel();
}

int LeaderboardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LeaderboardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LeaderboardModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const forecast::LeaderRow &r = m_rows[size_t(index.row())];
    const QString &currency = m_currency;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Rank:
            return m_locale.toString(r.rank);
        case Rep:
            return r.name;
        case Territory:
            return r.territory;
        case Attainment:
            return r.attainment ? r.attainment->toPercentString(m_locale) : QStringLiteral("—");
        case Bookings:
            return r.bookings.format(m_locale, currency);
        case Pipeline:
            return r.pipeline.format(m_locale, currency);
        case Quota:
            return r.hasQuota ? r.quota.format(m_locale, currency) : QStringLiteral("—");
        case Earnings:
            return r.earnings ? r.earnings->format(m_locale, currency) : QStringLiteral("—");
        }
    } else if (role == Qt::UserRole) {
        switch (index.column()) {
        case Rank:
            return r.rank;
        case Rep:
            return r.name;
        case Territory:
            return r.territory;
        case Attainment:
            return r.attainment ? r.attainment->micros() : -1;
        case Bookings:
            return r.bookings.cents();
        case Pipeline:
            return r.pipeline.cents();
        case Quota:
            return r.hasQuota ? r.quota.cents() : -1;
        case Earnings:
            return r.earnings ? r.earnings->cents() : -1;
        }
    } else if (role == Qt::TextAlignmentRole) {
        return index.column() == Rep || index.column() == Territory ? int(Qt::AlignLeft | Qt::AlignVCenter)
                                                                    : int(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::ToolTipRole && index.column() == Earnings) {
        if (!r.earnings)
            return m_note;
        if (r.projectedEarnings)
            return tr("Earned to date %1; projected %2 for the period at this rate")
                .arg(r.earnings->format(m_locale, currency), r.projectedEarnings->format(m_locale, currency));
    }
    return {};
}

QVariant LeaderboardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Rank:
        return tr("#");
    case Rep:
        return tr("Rep");
    case Territory:
        return tr("Territory");
    case Attainment:
        return tr("Attainment");
    case Bookings:
        return tr("Bookings");
    case Pipeline:
        return tr("Pipeline");
    case Quota:
        return tr("Quota");
    case Earnings:
        return tr("Earnings");
    }
    return {};
}

} // namespace tessera
