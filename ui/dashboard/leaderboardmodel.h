#pragma once
// The leaderboard as a table model (rank, rep, territory, attainment, bookings, pipeline, quota, earnings).
// Qt::UserRole holds the sort value, so a QSortFilterProxyModel sorts numbers as numbers.

#include "forecast/figures.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace tessera {

class LeaderboardModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Rank,
        Rep,
        Territory,
        Attainment,
        Bookings,
        Pipeline,
        Quota,
        Earnings,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;
    void setRows(std::vector<forecast::LeaderRow> rows, bool earningsAvailable, const QString &earningsNote,
                 const QString &currency);
    const forecast::LeaderRow &row(int r) const { return m_rows[size_t(r)]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<forecast::LeaderRow> m_rows;
    bool m_earnings = false;
    QString m_note;
    QString m_currency = QStringLiteral("USD"); // the plan's currency code
    QLocale m_locale;
};

} // namespace tessera
