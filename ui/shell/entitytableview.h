#pragma once
// A filter box over a table of one entity: the Accounts and Pipeline views, and the reps pane of the
// Organisation view. The filter is applied 250 ms after the last key stroke.

#include "model/entityschema.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace tessera {

class EntityTableModel;
class PlanDocument;

class EntityTableView : public QWidget
{
    Q_OBJECT
public:
    EntityTableView(PlanDocument *document, model::Entity entity, QWidget *parent = nullptr);

    EntityTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    void setCaption(const QString &caption);

private:
    void updateCount(qint64 rows);
    void applyColumnWidths();

    EntityTableModel *m_model;
    QTableView *m_table;
    QLineEdit *m_filter;
    QLabel *m_caption;
    QLabel *m_count;
    QTimer *m_debounce;
};

} // namespace tessera
