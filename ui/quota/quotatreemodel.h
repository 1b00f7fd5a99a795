#pragma once
// The quota tree grid: company → regions → districts → territories → reps down the rows; months,
// quarters, the year, what ramps and vacancies leave uncovered, the bottom-up number and its gap across.
// Month, quarter and year cells are editable (a quarter or year is split like its months); edits go
// through QuotaWorkbench, so each one is an undo command.

#include "quotaworkbench.h"

#include <QAbstractItemModel>

namespace tessera::quota {

class QuotaTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn = 0,
        FirstMonthColumn = 1,    // 12 months
        FirstQuarterColumn = 13, // 4 quarters
        YearColumn = 17,
        NotCoveredColumn,
        BottomUpColumn,
        GapColumn,
        ColumnCount
    };
    enum Role
    {
        LockedRole = Qt::UserRole + 1, // bool: every month of the cell is locked
        OverriddenRole,                // bool: a month of the cell was typed in
        CentsRole,                     // qint64 amount of the cell
        NodeRole                       // int: index of the node in the plan
    };

    explicit QuotaTreeModel(QuotaWorkbench *bench, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The fiscal months a column covers (empty for name and analysis columns).
    static std::vector<int> monthsOf(int column);
    int nodeOf(const QModelIndex &index) const;
    QModelIndex indexOfNode(int node, int column) const;
    bool toggleLock(const QModelIndex &index);
    // "1,234,567.89" in the locale, and its inverse (accepts plain "1234567.89" too).
    static QString formatCents(qint64 cents, const QLocale &locale);
    static std::optional<qint64> parseCents(const QString &text, const QLocale &locale);

private:
    void onReset();
    void onCellsChanged(const std::vector<CellChange> &changes);
    qint64 amount(int node, int column) const;
    qint64 notCovered(int node) const; // the year's not-covered amount of the territories below

    QuotaWorkbench *m_bench;
    std::vector<int> m_row; // row of each node under its parent
};

} // namespace tessera::quota
