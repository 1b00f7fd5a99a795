#include "balancecommand.h"

#include "shell/plandocument.h"

#include <QCoreApplication>

namespace tessera {

BalanceCommand::BalanceCommand(PlanDocument *document, align::BalanceReport report)
    : m_document(document), m_report(std::move(report))
{
    setText(QCoreApplication::translate("align", "Balance %1 into %n territories", nullptr,
                                        int(m_report.territories.size()))
                .arg(m_report.level));
}

void BalanceCommand::redo()
{
    if (!m_applied) {
        align::applyBalance(m_document->store(), m_report); // creates new territories, fills their ids
        m_applied = true;
    } else {
        align::writeAssignments(m_document->store(), m_report.unitIds, m_report.after);
    }
    notify();
}

void BalanceCommand::undo()
{
    align::writeAssignments(m_document->store(), m_report.unitIds, m_report.before);
    notify();
}

void BalanceCommand::notify()
{
    if (std::any_of(m_report.territories.begin(), m_report.territories.end(),
                    [](const align::TerritoryRef &t) { return t.created; }))
        m_document->notifyChanged({ChangeEvent::Kind::Organisation, {}, {}});
    m_document->notifyChanged({ChangeEvent::Kind::Alignment, {}, m_report.level});
}

} // namespace tessera
