#pragma once
// What-if: add hypothetical deals for one rep and see how the payouts of the year change. The deals live
// only in the dialog; nothing is written to the plan.

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

private:
    std::vector<CreditedDeal> deals() const;
    PlanDocument *m_document;
    qint64 m_rep;
    FiscalPeriod m_period;
    QTableWidget *m_deals;
    QTableWidget *m_result;
    QLabel *m_summary;
};

} // namespace tessera::comp
