#pragma once
// One undoable balance: redo writes the balanced alignment (creating new territories the first time),
// undo puts every unit of the level back in its previous territory.

#include "align/balancerun.h"

#include <QUndoCommand>

namespace tessera {

class PlanDocument;

class BalanceCommand : public QUndoCommand
{
public:
    BalanceCommand(PlanDocument *document, align::BalanceReport report);
    void redo() override;
    void undo() override;
    const align::BalanceReport &report() const { return m_report; }

private:
    void notify();

    PlanDocument *m_document;
    align::BalanceReport m_report;
    bool m_applied = false;
};

} // namespace tessera
