#include "plancommands.h"

#include "longtask.h"
#include "model/entitytable.h"
#include "plandocument.h"

#include <QApplication>
#include <QCoreApplication>

namespace tessera {

namespace {

ChangeEvent::Kind kindOf(model::Entity entity)
{
    switch (entity) {
    case model::Entity::OrgNodes:
        return ChangeEvent::Kind::Organisation;
    case model::Entity::Reps:
        return ChangeEvent::Kind::Reps;
    case model::Entity::Accounts:
        return ChangeEvent::Kind::Accounts;
    case model::Entity::Opportunities:
        break;
    }
    return ChangeEvent::Kind::Opportunities;
}

} // namespace

ChangeValueCommand::ChangeValueCommand(PlanDocument *document, model::Entity entity, qint64 rowId, int column,
                                       QVariant before, QVariant after, const QString &label)
    : m_document(document), m_entity(entity), m_rowId(rowId), m_column(column), m_before(std::move(before)),
      m_after(std::move(after))
{
    setText(describe(entity, column, label));
}

QString ChangeValueCommand::describe(model::Entity entity, int column, const QString &label)
{
    const model::EntityInfo &info = model::entityInfo(entity);
    const model::Column &c = info.columns.at(size_t(column));
    if (c.key == info.labelKey) {
        switch (entity) {
        case model::Entity::OrgNodes:
            return QCoreApplication::translate("tessera::PlanCommands", "Rename “%1”").arg(label);
        case model::Entity::Reps:
            return QCoreApplication::translate("tessera::PlanCommands", "Rename rep “%1”").arg(label);
        case model::Entity::Accounts:
            return QCoreApplication::translate("tessera::PlanCommands", "Rename account “%1”").arg(label);
        case model::Entity::Opportunities:
            return QCoreApplication::translate("tessera::PlanCommands", "Rename opportunity “%1”").arg(label);
        }
    }
    return QCoreApplication::translate("tessera::PlanCommands", "Change %1 of “%2”")
        .arg(model::columnTitle(c), label);
}

void ChangeValueCommand::write(const QVariant &value, bool validate)
{
    try {
        model::EntityTable table(m_document->store(), m_entity);
        table.setValue(m_rowId, m_column, value,
                       validate ? model::EntityTable::Validation::Check
                                : model::EntityTable::Validation::Skip);
    } catch (const std::exception &e) {
        // The write rolled back: the plan is as it was, so this command can no longer be undone or redone.
        setObsolete(true);
        showError(QApplication::activeWindow(), text(), e);
        return;
    }
    m_document->notifyChanged(ChangeEvent{kindOf(m_entity), {m_rowId}, {}});
}

void ChangeValueCommand::redo()
{
    write(m_after, m_firstRedo);
    m_firstRedo = false;
}

void ChangeValueCommand::undo()
{
    write(m_before, false);
}

int ChangeValueCommand::id() const
{
    return 0x54455301;
}

bool ChangeValueCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = dynamic_cast<const ChangeValueCommand *>(other);
    if (!o || o->m_document != m_document || o->m_entity != m_entity || o->m_rowId != m_rowId ||
        o->m_column != m_column)
        return false;
    m_after = o->m_after;
    if (m_after == m_before)
        setObsolete(true);
    return true;
}

void PlanCommands::setValue(PlanDocument *document, model::Entity entity, qint64 rowId, int column,
                            const QVariant &value)
{
    model::EntityTable table(document->store(), entity);
    const model::RowData row = table.row(rowId);
    const QVariant before = row.values.at(column);
    if (before == value || (before.isNull() && value.isNull()))
        return;
    const QString label = row.values.at(table.info().indexOf(table.info().labelKey)).toString();
    document->undoStack()->push(
        new ChangeValueCommand(document, entity, rowId, column, before, value, label));
}

} // namespace tessera
