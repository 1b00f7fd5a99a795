#include "quotatreemodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

namespace tessera::quota {
namespace {

// A small padlock drawn once: the lock toggle of a cell.
QPixmap lockPixmap()
{
    static QPixmap pm = [] {
        QPixmap p(12, 12);
        p.fill(Qt::transparent);
        QPainter g(&p);
        g.setRenderHint(QPainter::Antialiasing);
        g.setPen(QPen(QColor(90, 90, 90), 1.4));
        g.drawArc(QRectF(3, 0.8, 6, 7), 0, 180 * 16);
        g.drawLine(QPointF(3, 4.3), QPointF(3, 6));
        g.drawLine(QPointF(9, 4.3), QPointF(9, 6));
        g.setBrush(QColor(90, 90, 90));
        g.drawRoundedRect(QRectF(1.5, 5.5, 9, 6), 1, 1);
        return p;
    }();
    return pm;
}

} // namespace

QuotaTreeModel::QuotaTreeModel(QuotaWorkbench *bench, QObject *parent)
    : QAbstractItemModel(parent), m_bench(bench)
{
    connect(bench, &QuotaWorkbench::planReset, this, &QuotaTreeModel::onReset);
    connect(bench, &QuotaWorkbench::cellsChanged, this, &QuotaTreeModel::onCellsChanged);
    connect(bench, &QuotaWorkbench::analysisChanged, this, [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0, NotCoveredColumn), index(0, GapColumn));
        // Bottom-up and not-covered sums of any node may have moved: refresh those columns everywhere.
        const auto &nodes = m_bench->plan().nodes;
        for (size_t i = 1; i < nodes.size(); ++i)
            if (!nodes[i].children.empty())
                emit dataChanged(index(0, NotCoveredColumn, indexOfNode(int(i), 0)),
                                 index(int(nodes[i].children.size()) - 1, GapColumn, indexOfNode(int(i), 0)));
    });
    onReset();
}

void QuotaTreeModel::onReset()
{
    beginResetModel();
    const auto &nodes = m_bench->plan().nodes;
    m_row.assign(nodes.size(), 0);
    for (const QuotaNode &n : nodes)
        for (size_t k = 0; k < n.children.size(); ++k)
            m_row[size_t(n.children[k])] = int(k);
    endResetModel();
}

void QuotaTreeModel::onCellsChanged(const std::vector<CellChange> &changes)
{
    std::vector<bool> seen(m_bench->plan().nodes.size(), false);
    for (const CellChange &c : changes) {
        if (seen[size_t(c.node)])
            continue;
        seen[size_t(c.node)] = true;
        emit dataChanged(indexOfNode(c.node, FirstMonthColumn), indexOfNode(c.node, NotCoveredColumn));
    }
}

int QuotaTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? int(index.internalId()) : -1;
}

QModelIndex QuotaTreeModel::indexOfNode(int node, int column) const
{
    if (node < 0 || size_t(node) >= m_row.size())
        return {};
    return createIndex(m_row[size_t(node)], column, quintptr(node));
}

QModelIndex QuotaTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const auto &nodes = m_bench->plan().nodes;
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return (row == 0 && !nodes.empty()) ? createIndex(0, column, quintptr(0)) : QModelIndex();
    const QuotaNode &p = nodes[size_t(nodeOf(parent))];
    if (row >= int(p.children.size()))
        return {};
    return createIndex(row, column, quintptr(p.children[size_t(row)]));
}

QModelIndex QuotaTreeModel::parent(const QModelIndex &child) const
{
    const int n = nodeOf(child);
    if (n <= 0)
        return {};
    return indexOfNode(m_bench->plan().nodes[size_t(n)].parent, 0);
}

int QuotaTreeModel::rowCount(const QModelIndex &parent) const
{
    const auto &nodes = m_bench->plan().nodes;
    if (!parent.isValid())
        return nodes.empty() ? 0 : 1;
    if (parent.column() != 0)
        return 0;
    return int(nodes[size_t(nodeOf(parent))].children.size());
}

int QuotaTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

std::vector<int> QuotaTreeModel::monthsOf(int column)
{
    if (column >= FirstMonthColumn && column < FirstQuarterColumn)
        return {column - FirstMonthColumn};
    if (column >= FirstQuarterColumn && column < YearColumn) {
        const int q = column - FirstQuarterColumn;
        return {q * 3, q * 3 + 1, q * 3 + 2};
    }
    if (column == YearColumn)
        return {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    return {};
}

qint64 QuotaTreeModel::notCovered(int node) const
{
    const QuotaPlan &plan = m_bench->plan();
    if (plan.nodes[size_t(node)].level == Level::Territory)
        return plan.notCoveredYear(node);
    qint64 s = 0;
    for (int c : plan.nodes[size_t(node)].children)
        if (plan.nodes[size_t(c)].level != Level::Rep)
            s += notCovered(c);
    return s;
}

qint64 QuotaTreeModel::amount(int node, int column) const
{
    qint64 s = 0;
    for (int m : monthsOf(column))
        s += m_bench->plan().month(node, m);
    return s;
}

QString QuotaTreeModel::formatCents(qint64 cents, const QLocale &locale)
{
    const qint64 a = cents < 0 ? -cents : cents;
    QString s = locale.toString(qlonglong(a / 100)) + locale.decimalPoint() +
                QStringLiteral("%1").arg(a % 100, 2, 10, QLatin1Char('0'));
    return cents < 0 ? locale.negativeSign() + s : s;
}

std::optional<qint64> QuotaTreeModel::parseCents(const QString &text, const QLocale &locale)
{
    QString t = text.trimmed();
    t.remove(locale.groupSeparator());
    t.replace(locale.decimalPoint(), QStringLiteral("."));
    t.remove(QLatin1Char('$')).remove(QLatin1Char(' '));
    const auto m = Money::parse(t);
    if (!m)
        return std::nullopt;
    return m->cents();
}

QVariant QuotaTreeModel::data(const QModelIndex &index, int role) const
{
    const int n = nodeOf(index);
    if (n < 0)
        return {};
    const QuotaPlan &plan = m_bench->plan();
    const QuotaNode &node = plan.nodes[size_t(n)];
    const int col = index.column();
    const std::vector<int> months = monthsOf(col);
    const QLocale locale;
    if (role == NodeRole)
        return n;
    bool locked = !months.empty(), overridden = false;
    for (int m : months) {
        locked = locked && node.cells[size_t(m)].locked;
        overridden = overridden || node.cells[size_t(m)].overridden;
    }
    if (role == LockedRole)
        return locked;
    if (role == OverriddenRole)
        return overridden;
    if (col == NameColumn) {
        if (role == Qt::DisplayRole)
            return node.level == Level::Rep ? node.name : QStringLiteral("%1 · %2").arg(node.code, node.name);
        if (role == Qt::ToolTipRole)
            return tr("%1 %2\nPotential %3\nFY%4 bookings %5")
                .arg(levelName(node.level), node.code, formatCents(node.potential, locale))
                .arg(plan.settings.fiscalYear - 1)
                .arg(formatCents(node.priorYear, locale));
        if (role == Qt::FontRole && node.level != Level::Rep) {
            QFont f;
            f.setBold(node.level <= Level::Region);
            return f;
        }
        return {};
    }
    const ReconciliationRow *rec =
        size_t(n) < m_bench->reconciliation().size() ? &m_bench->reconciliation()[size_t(n)] : nullptr;
    qint64 cents = 0;
    bool empty = false;
    if (!months.empty())
        cents = amount(n, col);
    else if (col == NotCoveredColumn) {
        cents = notCovered(n);
        empty = node.level == Level::Rep;
    } else if (col == BottomUpColumn) {
        empty = !rec || !rec->bottomUp;
        cents = empty ? 0 : *rec->bottomUp;
    } else if (col == GapColumn) {
        empty = !rec || !rec->bottomUp;
        cents = empty ? 0 : rec->gap();
    }
    switch (role) {
    case Qt::DisplayRole:
        return empty ? QVariant() : QVariant(formatCents(cents, locale));
    case Qt::EditRole:
        if (col == BottomUpColumn) {
            const auto own = m_bench->submissionOf(n);
            return own ? QVariant(Money::fromCents(*own).toPlainString()) : QVariant(QString());
        }
        return months.empty() ? QVariant() : QVariant(Money::fromCents(cents).toPlainString());
    case CentsRole:
        return cents;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::DecorationRole:
        return locked ? QVariant(lockPixmap()) : QVariant();
    case Qt::BackgroundRole:
        if (overridden)
            return QBrush(QColor(255, 236, 179)); // typed-in numbers stand out (amber)
        if (col == YearColumn)
            return QBrush(QColor(238, 242, 248));
        return {};
    case Qt::ForegroundRole:
        if (col == GapColumn && cents < 0)
            return QBrush(QColor(183, 28, 28));
        if (col == NotCoveredColumn && cents > 0)
            return QBrush(QColor(120, 120, 120));
        return {};
    case Qt::FontRole:
        if (col == YearColumn || node.level <= Level::Region) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ToolTipRole: {
        QStringList parts;
        if (locked)
            parts << tr("Locked: keeps its value when other cells change.");
        if (overridden)
            parts << tr("Typed in (an override of the allocation).");
        if (col == NotCoveredColumn)
            parts << tr("Part of the territory's quota no rep covers (ramps, vacancies, leaves).");
        if (col == BottomUpColumn)
            parts << tr(
                "The manager's own number (type it in; clear it to remove), or the sum of the children's "
                "numbers when every child has one.");
        return parts.isEmpty() ? QVariant() : QVariant(parts.join(QLatin1Char('\n')));
    }
    default:
        return {};
    }
}

bool QuotaTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const int n = nodeOf(index);
    if (n >= 0 && index.column() == BottomUpColumn && role == Qt::EditRole) {
        if (value.toString().trimmed().isEmpty())
            return m_bench->setSubmission(n, std::nullopt);
        const auto cents = parseCents(value.toString(), QLocale());
        if (!cents || *cents < 0) {
            emit m_bench->error(
                tr("\"%1\" is not an amount: write e.g. 125000 or 125,000.50.").arg(value.toString()));
            return false;
        }
        return m_bench->setSubmission(n, *cents);
    }
    const std::vector<int> months = monthsOf(index.column());
    if (n < 0 || months.empty())
        return false;
    if (role == LockedRole) {
        if (value.toBool() == data(index, LockedRole).toBool())
            return true;
        return m_bench->toggleLock(n, months);
    }
    if (role != Qt::EditRole)
        return false;
    const auto cents = parseCents(value.toString(), QLocale());
    if (!cents || *cents < 0) {
        emit m_bench->error(
            tr("\"%1\" is not an amount: write e.g. 125000 or 125,000.50.").arg(value.toString()));
        return false;
    }
    if (*cents == amount(n, index.column()))
        return true;
    return m_bench->setAmount(n, months, *cents);
}

bool QuotaTreeModel::toggleLock(const QModelIndex &index)
{
    const int n = nodeOf(index);
    const std::vector<int> months = monthsOf(index.column());
    return n >= 0 && !months.empty() && m_bench->toggleLock(n, months);
}

Qt::ItemFlags QuotaTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!monthsOf(index.column()).empty() || index.column() == BottomUpColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant QuotaTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return int(section == NameColumn ? Qt::AlignLeft | Qt::AlignVCenter
                                         : Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const int fy = m_bench->fiscalYear();
    if (section == NameColumn)
        return tr("Organisation");
    if (section < FirstQuarterColumn)
        return m_bench->monthLabel(section - FirstMonthColumn);
    if (section < YearColumn)
        return tr("Q%1").arg(section - FirstQuarterColumn + 1);
    switch (section) {
    case YearColumn:
        return tr("FY%1").arg(fy);
    case NotCoveredColumn:
        return tr("Not covered");
    case BottomUpColumn:
        return tr("Bottom-up");
    case GapColumn:
        return tr("Gap");
    default:
        return {};
    }
}

} // namespace tessera::quota
