#pragma once
// One generic table model over an entity table of the plan (reps, accounts, opportunities, org nodes).
// Rows come from SQLite in windows of BlockSize rows (LIMIT/OFFSET in the sort order), and only a few
// windows are kept, so a table of a million rows costs a count and the windows on screen. Sorting and the
// text filter run in SQL. Edits are validated by core, then pushed as undoable commands.

#include "common/error.h"
#include "model/entitytable.h"
#include "plandocument.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QLocale>
#include <QPointer>
#include <optional>

namespace tessera {

struct ChangeEvent;

class EntityTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int BlockSize = 200;
    static constexpr int MaxBlocks = 24;
    enum Role
    {
        RawValueRole = Qt::UserRole + 1, // the stored value: cents, whole percent, ISO date, id
        RowIdRole,
        ColumnTypeRole
    };

    EntityTableModel(PlanDocument *document, model::Entity entity, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // EditRole takes text as the user types it (locale amounts, ISO dates) or a raw value (an id, a number).
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const model::EntityInfo &info() const { return m_table.info(); }
    const model::EntityTable &table() const { return m_table; }
    PlanDocument *document() const { return m_document; }
    qint64 rowId(int row) const;
    int findRow(qint64 id) const; // -1 if not among the first rows; for tests and selection
    QString filterText() const { return m_query.filterText; }
    // Why the last setData was refused (shown by the view through showError).
    const std::optional<TesseraError> &lastError() const { return m_lastError; }
    qint64 fetchedWindows() const { return m_fetches; } // windows read from SQLite since the last reset

public slots:
    void setFilterText(const QString &text);
    // Limits the rows to those matching any scope (the Organisation view's selected node).
    void setScopes(const std::vector<model::Scope> &scopes);
    void clearScopes();
    void refresh(); // re-reads the count and drops the cached windows

signals:
    void editRejected();
    void rowCountChanged(qint64 rows);

private:
    void onChanged(const ChangeEvent &event);
    const model::RowData *rowAt(int row) const;
    QString display(const model::Column &column, const model::RowData &row, int col) const;
    QVariant editValue(const model::Column &column, const model::RowData &row, int col) const;
    QVariant toRaw(int column, const QVariant &value, qint64 id) const;
    void reset();

    QPointer<PlanDocument> m_document;
    model::EntityTable m_table;
    model::WindowQuery m_query;
    qint64 m_count = 0;
    QLocale m_locale;
    QString m_currency;
    mutable QHash<qint64, std::vector<model::RowData>> m_blocks;
    mutable QList<qint64> m_recent; // block numbers, most recent last
    mutable qint64 m_fetches = 0;
    std::optional<TesseraError> m_lastError;
};

} // namespace tessera
