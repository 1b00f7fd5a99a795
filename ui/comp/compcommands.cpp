#include "compcommands.h"

#include "comp/compstore.h"
#include "shell/longtask.h"
#include "shell/plandocument.h"

#include <QApplication>
#include <QUndoCommand>

namespace tessera::comp::commands {
namespace {

class PlanCommand : public QUndoCommand
{
public:
    PlanCommand(PlanDocument *document, std::optional<Plan> before, std::optional<Plan> after,
                const QString &text)
        : m_document(document), m_before(std::move(before)), m_after(std::move(after))
    {
        setText(text);
    }
    void redo() override { apply(m_before, m_after); }
    void undo() override { apply(m_after, m_before); }

private:
    void apply(const std::optional<Plan> &from, std::optional<Plan> &to)
    {
        try {
            PlanStore &store = m_document->store();
            Transaction tx(store);
            if (to) {
                to->id = savePlan(store, *to);
            } else if (from) {
                comp::deletePlan(store, from->name);
            }
            tx.commit();
            // Keep the ids in step: a plan created again by redo gets a new id.
            if (to && m_before && m_after && m_before->id == 0)
                m_before->id = to->id;
        } catch (const std::exception &e) {
            showError(QApplication::activeWindow(), QApplication::translate("comp", "Compensation plan"), e);
        }
        m_document->notifyChanged({ChangeEvent::Kind::Compensation, {}, {}});
    }
    PlanDocument *m_document;
    std::optional<Plan> m_before, m_after;
};

} // namespace

void editPlan(PlanDocument *document, const std::optional<Plan> &before, const Plan &after,
              const QString &text)
{
    document->undoStack()->push(new PlanCommand(document, before, after, text));
}

void deletePlan(PlanDocument *document, const Plan &plan)
{
    document->undoStack()->push(new PlanCommand(
        document, plan, std::nullopt, QApplication::translate("comp", "Delete plan '%1'").arg(plan.name)));
}

} // namespace tessera::comp::commands
