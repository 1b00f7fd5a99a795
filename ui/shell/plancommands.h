#pragma once
// The undo facade: views and item models call these instead of building commands. Each call pushes one
// QUndoCommand on the document's stack whose redo/undo write in their own transaction (with a change_log
// row) and then send PlanDocument::changed.

#include "model/entityschema.h"

#include <QUndoCommand>
#include <QVariant>

namespace tessera {

class PlanDocument;

// A change of one value of one row. Consecutive changes of the same cell merge into one command.
class ChangeValueCommand : public QUndoCommand
{
public:
    ChangeValueCommand(PlanDocument *document, model::Entity entity, qint64 rowId, int column,
                       QVariant before, QVariant after, const QString &label);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    // The command's text: "Rename rep “Ann Lee”", "Change Amount of “Acme – Platform”".
    static QString describe(model::Entity entity, int column, const QString &label);

private:
    void write(const QVariant &value, bool validate);

    PlanDocument *m_document;
    model::Entity m_entity;
    qint64 m_rowId;
    int m_column;
    QVariant m_before;
    QVariant m_after;
    bool m_firstRedo = true;
};

namespace PlanCommands {
// Pushes a ChangeValueCommand for a raw value the caller has validated (EntityTable::validate); does
// nothing when the value is unchanged.
void setValue(PlanDocument *document, model::Entity entity, qint64 rowId, int column, const QVariant &value);
} // namespace PlanCommands

} // namespace tessera
