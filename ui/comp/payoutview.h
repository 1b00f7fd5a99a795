#pragma once
// The payout view: pick a payout period and run (off the GUI thread), see reps × periods with earned,
// paid, payable or attainment, filter to a manager's team, and drill into a rep's statement with every
// line explained. Also: close the period, write the rep's statement PDF, open the what-if, and edit a
// deal's credit splits and cancellation (from a deal line of the statement or by id or name).

#include "comp/payoutrun.h"

#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QTableView;
class QTextBrowser;

namespace tessera {
class PlanDocument;
struct ChangeEvent;
} // namespace tessera

namespace tessera::comp {

class PayoutModel;

class PayoutView : public QWidget
{
    Q_OBJECT
public:
    PayoutView(PlanDocument *document, QWidget *parent = nullptr);

    // Runs the payouts of the chosen period (progress dialog, Cancel).
    void runPayouts();
    // Shows a finished run (used by runPayouts and by tests).
    void showRun(std::shared_ptr<const RunResult> run);
    void showStatement(qint64 repId, const QString &period);
    void setPeriod(const QString &label);
    PayoutModel *model() const { return m_model; }
    QString statementHtml() const;
    // Opens the deal credit dialog for one deal (splits, cancellation).
    void openDealCredit(qint64 opportunityId);

private:
    void closePeriod();
    void writeStatement();
    void openWhatIf();
    void findDealCredit();
    void fillTeams();
    void documentChanged(const ChangeEvent &event);

    PlanDocument *m_document;
    std::shared_ptr<const RunResult> m_run;
    PayoutModel *m_model;
    QComboBox *m_period;
    QComboBox *m_measure;
    QComboBox *m_team;
    QTableView *m_table;
    QTextBrowser *m_statement;
    QLabel *m_status;
    qint64 m_statementRep = 0;
};

} // namespace tessera::comp
