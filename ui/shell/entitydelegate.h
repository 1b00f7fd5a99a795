#pragma once
// Editors for entity table cells by column type: a list for enums and references, a line edit for text,
// amounts (in the user's locale) and ISO dates. Validation is core's: a refused value is reported by the
// model (EntityTableModel::editRejected) and shown by the view.

#include <QStyledItemDelegate>

namespace tessera {

class EntityDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace tessera
