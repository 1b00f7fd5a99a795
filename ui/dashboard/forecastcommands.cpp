#include "forecastcommands.h"

#include "forecast/overrides.h"
#include "shell/plandocument.h"

#include "common/error.h"

#include <QCoreApplication>

namespace tessera {

SetCommitOverrideCommand::SetCommitOverrideCommand(PlanDocument *document, const forecast::NodeRef &node,
                                                   const QString &nodeName, const forecast::Period &period,
                                                   std::optional<forecast::CommitOverride> before,
                                                   std::optional<forecast::CommitOverride> after)
    : m_document(document), m_node(node), m_period(period), m_before(std::move(before)),
      m_after(std::move(after))
{
    setText(
        m_after
            ? QCoreApplication::translate("Forecast", "Set commit of %1 for %2").arg(nodeName, period.label)
            : QCoreApplication::translate("Forecast", "Clear commit of %1 for %2")
                  .arg(nodeName, period.label));
}

void SetCommitOverrideCommand::apply(const std::optional<forecast::CommitOverride> &value)
{
    forecast::saveOverride(m_document->store(), m_node, m_period, value);
    m_document->notifyChanged(
        ChangeEvent{ChangeEvent::Kind::Forecast, {m_node.id}, QStringLiteral("commit_override")});
}

void SetCommitOverrideCommand::redo()
{
    apply(m_after);
}

void SetCommitOverrideCommand::undo()
{
    apply(m_before);
}

namespace ForecastCommands {

void setCommitOverride(PlanDocument *document, const forecast::NodeRef &node, const QString &nodeName,
                       const forecast::Period &period, const std::optional<forecast::CommitOverride> &value)
{
    std::optional<forecast::CommitOverride> v = value;
    if (v && !v->at.isValid())
        v->at = QDateTime::currentDateTimeUtc(); // fixed once so redo writes the same row
    if (v && v->who.isEmpty())
        v->who = document->store().user().isEmpty() ? qEnvironmentVariable("USER") : document->store().user();
    auto before = forecast::loadOverride(document->store(), node, period);
    if (v && v->comment.trimmed().isEmpty())
        throw TesseraError(
            TesseraError::Kind::User,
            QCoreApplication::translate("Forecast", "A commit override needs a comment saying why."),
            document->path(), -1, QStringLiteral("comment"));
    document->undoStack()->push(new SetCommitOverrideCommand(document, node, nodeName, period, before, v));
}

} // namespace ForecastCommands

} // namespace tessera
