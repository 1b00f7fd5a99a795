#include "entitydelegate.h"

#include "entitytablemodel.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>

namespace tessera {

namespace {

const EntityTableModel *entityModel(const QModelIndex &index)
{
    return qobject_cast<const EntityTableModel *>(index.model());
}

} // namespace

QWidget *EntityDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    const EntityTableModel *m = entityModel(index);
    if (!m)
        return QStyledItemDelegate::createEditor(parent, option, index);
    const model::Column &column = m->info().columns.at(size_t(index.column()));
    if (column.type == model::ColumnType::Enum || column.type == model::ColumnType::ForeignKey) {
        auto *combo = new QComboBox(parent);
        if (!column.required)
            combo->addItem(tr("(none)"), QVariant());
        if (column.type == model::ColumnType::Enum) {
            for (const QString &v : m->table().enumValues(index.column()))
                combo->addItem(v, v);
        } else {
            for (const auto &[id, name] : m->table().lookupChoices(index.column()))
                combo->addItem(name, id);
            combo->setEditable(true); // type to find among thousands of reps
            combo->setInsertPolicy(QComboBox::NoInsert);
            combo->completer()->setFilterMode(Qt::MatchContains);
            combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
        }
        return combo;
    }
    auto *edit = new QLineEdit(parent);
    if (column.type == model::ColumnType::Date)
        edit->setPlaceholderText(tr("YYYY-MM-DD"));
    edit->setAlignment(Qt::Alignment(index.data(Qt::TextAlignmentRole).toInt()));
    return edit;
}

void EntityDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const QVariant value = index.data(Qt::EditRole);
        const int i = combo->findData(value.isNull() ? QVariant() : value);
        combo->setCurrentIndex(qMax(0, i));
        return;
    }
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        edit->setText(index.data(Qt::EditRole).toString());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void EntityDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        // An edited text that matches no entry keeps the old value rather than guessing.
        const int i = combo->isEditable() ? combo->findText(combo->currentText()) : combo->currentIndex();
        if (i >= 0)
            model->setData(index, combo->itemData(i), Qt::EditRole);
        return;
    }
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        model->setData(index, edit->text(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace tessera
