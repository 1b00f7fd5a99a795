#pragma once
// Undoable forecast edits. Views call these; the commands write in a transaction (core/forecast/overrides)
// and then tell the document (ChangeEvent::Forecast).

#include "forecast/figures.h"

#include <QUndoCommand>

namespace tessera {

class PlanDocument;

namespace ForecastCommands {
// Sets (or with nullopt clears) a manager's commit override for a node and period.
void setCommitOverride(PlanDocument *document, const forecast::NodeRef &node, const QString &nodeName,
                       const forecast::Period &period, const std::optional<forecast::CommitOverride> &value);
} // namespace ForecastCommands

class SetCommitOverrideCommand : public QUndoCommand
{
public:
    SetCommitOverrideCommand(PlanDocument *document, const forecast::NodeRef &node, const QString &nodeName,
                             const forecast::Period &period, std::optional<forecast::CommitOverride> before,
                             std::optional<forecast::CommitOverride> after);
    void redo() override;
    void undo() override;

private:
    void apply(const std::optional<forecast::CommitOverride> &value);
    PlanDocument *m_document;
    forecast::NodeRef m_node;
    forecast::Period m_period;
    std::optional<forecast::CommitOverride> m_before, m_after;
};

} // namespace tessera
