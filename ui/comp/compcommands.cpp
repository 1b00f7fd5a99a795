#include "compcommands.h"

#include "comp/compstore.h"
#include "shell/longtask.h"
#include "shell/plandocument.h"

#include <QApplication>
#include <QUndoCommand>
#include <functional>

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

// Writes one state or the other in one transaction; core records the change log row.
template <typename State> class StateCommand : public QUndoCommand
{
public:
    using Write = std::function<void(PlanStore &, const State &)>;
    StateCommand(PlanDocument *document, State before, State after, Write write, ChangeEvent event,
                 const QString &text)
        : m_document(document), m_before(std::move(before)), m_after(std::move(after)),
          m_write(std::move(write)), m_event(std::move(event))
    {
        setText(text);
    }
    void redo() override { apply(m_after); }
    void undo() override { apply(m_before); }

private:
    void apply(const State &state)
    {
        try {
            m_write(m_document->store(), state);
        } catch (const std::exception &e) {
            showError(QApplication::activeWindow(), text(), e);
        }
        m_document->notifyChanged(m_event);
    }
    PlanDocument *m_document;
    State m_before, m_after;
    Write m_write;
    ChangeEvent m_event;
};

// Runs write in a transaction that is rolled back: throws what core would refuse, changes nothing.
template <typename State>
void tryWrite(PlanStore &store, const std::function<void(PlanStore &, const State &)> &write,
              const State &state)
{
    Transaction probe(store);
    write(store, state);
} // no commit: rolled back

} // namespace

void editDealCredit(PlanDocument *document, qint64 opportunityId, const DealCreditEdit &before,
                    const DealCreditEdit &after, const QString &text)
{
    const std::function<void(PlanStore &, const DealCreditEdit &)> write =
        [opportunityId](PlanStore &store, const DealCreditEdit &e) {
            setDealCrediting(store, opportunityId, e.splits, e.cancellation);
        };
    tryWrite(document->store(), write, after);
    document->undoStack()->push(new StateCommand<DealCreditEdit>(
        document, before, after, write,
        {ChangeEvent::Kind::Compensation, {opportunityId}, QStringLiteral("deal-credit")}, text));
}

void saveWhatIfDeals(PlanDocument *document, qint64 repId, const std::vector<WhatIfDeal> &before,
                     const std::vector<WhatIfDeal> &after)
{
    const std::function<void(PlanStore &, const std::vector<WhatIfDeal> &)> write =
        [repId](PlanStore &store, const std::vector<WhatIfDeal> &deals) {
            comp::saveWhatIfDeals(store, repId, deals);
        };
    tryWrite(document->store(), write, after);
    document->undoStack()->push(new StateCommand<std::vector<WhatIfDeal>>(
        document, before, after, write, {ChangeEvent::Kind::Compensation, {repId}, QStringLiteral("what-if")},
        QApplication::translate("comp", "Save what-if deals of rep %1").arg(repId)));
}

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
