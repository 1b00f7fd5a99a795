#pragma once
// Deal credit: edit one deal's credit splits (rep, kind split/overlay, share; live totals and the reason
// it cannot be saved yet) and its cancellation for clawbacks (cancel date, optional invoice and payment
// dates, reason). OK applies both as ONE undoable edit on the document's undo stack.

#include "compcommands.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace tessera {
class PlanDocument;
}

namespace tessera::comp {

class DealCreditDialog : public QDialog
{
    Q_OBJECT
public:
    // Throws TesseraError when the deal does not exist.
    DealCreditDialog(PlanDocument *document, qint64 opportunityId, QWidget *parent = nullptr);

    void addRow(qint64 repId, Rate share, bool overlay);
    void setCancellation(const std::optional<DealCancellation> &cancellation);
    // The state the dialog shows; invalid rows (no rep) are kept so that problem() can name them.
    commands::DealCreditEdit edit() const;
    // Why the edit cannot be applied (empty when it can).
    QString problem() const;
    // Pushes the edit as one undoable command; false (error shown) when core refuses it. Unchanged: true,
    // nothing pushed.
    bool apply();
    QTableWidget *table() const { return m_table; }

    void accept() override;

private:
    void refresh();
    void removeRow();
    QDateEdit *optionalDate(const QDate &minimum);

    PlanDocument *m_document;
    DealCredit m_deal;
    std::vector<RepChoice> m_reps;
    QTableWidget *m_table;
    QLabel *m_totals;
    QLabel *m_problem;
    QGroupBox *m_cancel;
    QDateEdit *m_cancelDate, *m_invoiceDate, *m_paymentDate;
    QCheckBox *m_invoiceOn, *m_paymentOn;
    QLineEdit *m_reason;
    QDialogButtonBox *m_buttons;
};

} // namespace tessera::comp
