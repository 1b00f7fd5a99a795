#pragma once
// What-if: add hypothetical deals for one rep and see how the payouts of the year change. The rep's saved
// deals are loaded on opening; Save keeps the table's deals in the plan (comp_whatif_deals) as one
// undoable edit. They never become real opportunities and never change a payout run.

#include "comp/dealcredit.h"
#include "comp/payoutrun.h"

#include <QDialog>

class QTableWidget;
class QLabel;

namespace tessera {
class PlanDocument;
}

namespace tessera::comp {

class WhatIfDialog : public QDialog
{
    Q_OBJECT
public:
    WhatIfDialog(PlanDocument *document, qint64 repId, const FiscalPeriod &period, QWidget *parent = nullptr);

    void addDeal(const QString &name, const QString &type, Money amount, const QDate &date);
    // Computes base and what-if payouts (off the GUI thread) and fills the comparison.
    void calculate();
    QTableWidget *comparison() const { return m_result; }
    QTableWidget *dealTable() const { return m_deals; }
    // The table's deals; throws a user error naming the row and column of a bad amount or date.
    std::vector<WhatIfDeal> tableDeals() const;
    // Saves the table's deals for the rep (undoable); false (error shown) when refused.
    bool save();
    bool hasUnsavedChanges() const;

    void reject() override;

private:
    std::vector<CreditedDeal> deals() const;
    PlanDocument *m_document;
    qint64 m_rep;
    FiscalPeriod m_period;
    QTableWidget *m_deals;
    QTableWidget *m_result;
    QLabel *m_summary;
    std::vector<WhatIfDeal> m_saved;
};

} // namespace tessera::comp
