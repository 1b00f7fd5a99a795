#include "entitytablemodel.h"

#include "common/money.h"
#include "plancommands.h"
#include "plandocument.h"

#include <QDate>

namespace tessera {

using model::ColumnType;

EntityTableModel::EntityTableModel(PlanDocument *document, model::Entity entity, QObject *parent)
    : QAbstractTableModel(parent), m_document(document), m_table(document->store(), entity),
      m_currency(document->store().settings().currency)
{
    m_count = m_table.count(m_query);
    connect(document, &PlanDocument::changed, this, &EntityTableModel::onChanged);
}

int EntityTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(qMin<qint64>(m_count, std::numeric_limits<int>::max()));
}

int EntityTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(info().columns.size());
}

const model::RowData *EntityTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const qint64 block = row / BlockSize;
    auto it = m_blocks.find(block);
    if (it == m_blocks.end()) {
        std::vector<model::RowData> rows;
        try {
            rows = m_table.fetchWindow(m_query, block * BlockSize, BlockSize);
        } catch (const TesseraError &) {
            return nullptr; // the plan went away under us; the next refresh shows what is there
        }
        ++m_fetches;
        // Evict before inserting: removing from a QHash may move its entries and invalidate iterators.
        while (m_recent.size() >= MaxBlocks)
            m_blocks.remove(m_recent.takeFirst());
        it = m_blocks.insert(block, std::move(rows));
    } else {
        m_recent.removeOne(block);
    }
    m_recent.append(block);
    const auto &rows = it.value();
    const size_t offset = size_t(row % BlockSize);
    return offset < rows.size() ? &rows[offset] : nullptr;
}

qint64 EntityTableModel::rowId(int row) const
{
    const model::RowData *r = rowAt(row);
    return r ? r->id : -1;
}

int EntityTableModel::findRow(qint64 id) const
{
    const int limit = qMin(rowCount(), 5000);
    for (int row = 0; row < limit; ++row)
        if (rowId(row) == id)
            return row;
    return -1;
}

QString EntityTableModel::display(const model::Column &column, const model::RowData &row, int col) const
{
    const QVariant &v = row.values.at(col);
    if (column.type == ColumnType::ForeignKey)
        return row.lookups.at(col);
    if (v.isNull())
        return {};
    switch (column.type) {
    case ColumnType::Money:
        return Money::fromCents(v.toLongLong()).format(m_locale, m_currency);
    case ColumnType::Integer:
        return m_locale.toString(v.toLongLong());
    case ColumnType::Percent:
        return m_locale.toString(v.toLongLong()) + m_locale.percent();
    case ColumnType::Date: {
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        if (!d.isValid())
            return v.toString();
        QString format = m_locale.dateFormat(QLocale::ShortFormat);
        if (!format.contains(QStringLiteral("yyyy")))
            format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
        return m_locale.toString(d, format);
    }
    default:
        return v.toString();
    }
}

QVariant EntityTableModel::editValue(const model::Column &column, const model::RowData &row, int col) const
{
    const QVariant &v = row.values.at(col);
    if (v.isNull())
        return column.type == ColumnType::ForeignKey ? QVariant() : QVariant(QString());
    switch (column.type) {
    case ColumnType::Money: {
        // Locale decimal point without grouping, so the text reads back unchanged.
        QString plain = Money::fromCents(v.toLongLong()).toPlainString();
        plain.replace(QLatin1Char('.'), m_locale.decimalPoint());
        return plain;
    }
    case ColumnType::ForeignKey:
        return v.toLongLong();
    default:
        return v.toString();
    }
}

QVariant EntityTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const model::Column &column = info().columns.at(size_t(index.column()));
    if (role == Qt::TextAlignmentRole) {
        switch (column.type) {
        case ColumnType::Money:
        case ColumnType::Integer:
        case ColumnType::Percent:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        }
    }
    if (role == ColumnTypeRole)
        return int(column.type);
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != RawValueRole && role != RowIdRole &&
        role != Qt::ToolTipRole)
        return {};
    const model::RowData *row = rowAt(index.row());
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return display(column, *row, index.column());
    case Qt::EditRole:
        return editValue(column, *row, index.column());
    case RawValueRole:
        return row->values.at(index.column());
    default:
        return row->id;
    }
}

QVariant EntityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || size_t(section) >= info().columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const model::Column &column = info().columns[size_t(section)];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return model::columnTitle(column);
    if (role == Qt::TextAlignmentRole)
        return column.type == ColumnType::Money || column.type == ColumnType::Integer ||
                       column.type == ColumnType::Percent
                   ? int(Qt::AlignRight | Qt::AlignVCenter)
                   : int(Qt::AlignLeft | Qt::AlignVCenter);
    return {};
}

Qt::ItemFlags EntityTableModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    if (info().columns.at(size_t(index.column())).editable && !m_document->store().isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant EntityTableModel::toRaw(int column, const QVariant &value, qint64 id) const
{
    const model::Column &c = info().columns.at(size_t(column));
    if (value.isNull())
        return QVariant();
    if (value.typeId() != QMetaType::QString)
        return c.type == ColumnType::Text || c.type == ColumnType::Email || c.type == ColumnType::Enum ||
                       c.type == ColumnType::Date
                   ? QVariant(value.toString())
                   : QVariant(value.toLongLong());
    QString text = value.toString().trimmed();
    if (c.type == ColumnType::Money) {
        // Amounts as the user types them in their locale: drop symbols, grouping and spaces.
        text.remove(m_locale.groupSeparator());
        text.remove(QLatin1Char(' '));
        text.remove(QChar(0x00A0));
        text.remove(QChar(0x202F));
        text.remove(m_locale.currencySymbol());
        text.remove(QStringLiteral("$"))
            .remove(QStringLiteral("€"))
            .remove(QStringLiteral("£"))
            .remove(m_currency);
        text.replace(m_locale.decimalPoint(), QStringLiteral("."));
        if (m_locale.negativeSign() != QStringLiteral("-"))
            text.replace(m_locale.negativeSign(), QStringLiteral("-"));
    }
    return m_table.parseInput(column, text, id);
}

bool EntityTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const qint64 id = rowId(index.row());
    if (id < 0)
        return false;
    m_lastError.reset();
    try {
        const QVariant raw = toRaw(index.column(), value, id);
        m_table.validate(id, index.column(), raw);
        PlanCommands::setValue(m_document, info().entity, id, index.column(), raw);
    } catch (const TesseraError &e) {
        m_lastError = e;
        emit editRejected();
        return false;
    }
    return true;
}

void EntityTableModel::sort(int column, Qt::SortOrder order)
{
    if (column >= columnCount())
        return;
    m_query.sortColumn = column;
    m_query.order = order;
    reset();
}

void EntityTableModel::setFilterText(const QString &text)
{
    if (text == m_query.filterText)
        return;
    m_query.filterText = text;
    reset();
}

void EntityTableModel::setScopes(const std::vector<model::Scope> &scopes)
{
    m_query.scopes = scopes;
    m_query.scoped = true;
    reset();
}

void EntityTableModel::clearScopes()
{
    m_query.scopes.clear();
    m_query.scoped = false;
    reset();
}

void EntityTableModel::reset()
{
    beginResetModel();
    m_blocks.clear();
    m_recent.clear();
    m_fetches = 0;
    m_count = m_table.count(m_query);
    endResetModel();
    emit rowCountChanged(m_count);
}

void EntityTableModel::refresh()
{
    const qint64 count = m_table.count(m_query);
    if (count != m_count) {
        reset();
        return;
    }
    m_blocks.clear();
    m_recent.clear();
    if (m_count > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void EntityTableModel::onChanged(const ChangeEvent &event)
{
    using Kind = ChangeEvent::Kind;
    bool relevant = event.kind == Kind::Everything || event.kind == Kind::Reps; // every table shows rep names
    switch (info().entity) {
    case model::Entity::OrgNodes:
        relevant = relevant || event.kind == Kind::Organisation;
        break;
    case model::Entity::Reps:
        relevant = relevant || event.kind == Kind::Organisation; // territory names
        break;
    case model::Entity::Accounts:
        relevant = relevant || event.kind == Kind::Accounts;
        break;
    case model::Entity::Opportunities:
        relevant = relevant || event.kind == Kind::Accounts || event.kind == Kind::Opportunities;
        break;
    }
    if (relevant)
        refresh();
}

} // namespace tessera
