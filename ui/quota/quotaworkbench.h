#pragma once
// The quota plan of one fiscal year as the quota view works on it: the in-memory QuotaPlan of the open
// document, the edit facade (every edit is a QUndoCommand on the document's stack) and the analysis
// (fairness, bottom-up reconciliation) the view shows beside it.

#include "quota/quotaanalysis.h"
#include "quota/quotaplan.h"
#include "shell/plandocument.h"

#include <QObject>
#include <QPointer>
#include <optional>

class QWidget;

namespace tessera::quota {

class QuotaWorkbench : public QObject
{
    Q_OBJECT
public:
    QuotaWorkbench(PlanDocument *document, QObject *parent = nullptr);

    PlanDocument *document() const { return m_document; }
    int fiscalYear() const { return m_plan.settings.fiscalYear; }
    // Years the plan has periods for, and the default: the latest year with quotas, else the current one.
    QList<int> years() const;
    void setFiscalYear(int year);
    void reload();

    const QuotaPlan &plan() const { return m_plan; }
    const std::vector<ReconciliationRow> &reconciliation() const { return m_reconciliation; }
    const FairnessReport &fairnessReport() const { return m_fairness; }
    QString monthLabel(int month) const; // "2027-03"

    EditMode editMode() const { return m_mode; }
    void setEditMode(EditMode mode) { m_mode = mode; }

    // Edits: each pushes one undo command. They return false (after emitting error) when refused.
    bool setAmount(int node, const std::vector<int> &months, qint64 cents);
    bool toggleLock(int node, const std::vector<int> &months);
    // Bottom-up: a manager's number for a node (nullopt clears it), one undo command each.
    std::optional<qint64> submissionOf(int node) const;
    bool setSubmission(int node, std::optional<qint64> cents);
    bool writeSubmission(int node, std::optional<qint64> cents); // used by the command
    // A new top-down allocation with these settings (locked cells keep their values), run off the GUI
    // thread with progress and Cancel, undoable as one command.
    bool allocate(const QuotaSettings &settings, QWidget *parent);

    // Used by the undo command: applies changes (and, for an allocation, its settings) to the plan and writes
    // them in one transaction.
    void applyChanges(const std::vector<CellChange> &changes, bool undo, const QString &text,
                      const QuotaSettings *settings = nullptr);

signals:
    void planReset(); // another year, a reload
    void cellsChanged(const std::vector<tessera::quota::CellChange> &changes);
    void analysisChanged(); // fairness and reconciliation recomputed
    void error(const QString &message);

private:
    void onDocumentChanged(const ChangeEvent &event);
    void refreshAnalysis();
    bool push(std::vector<CellChange> changes, const QString &text);

    QPointer<PlanDocument> m_document;
    QuotaPlan m_plan;
    std::vector<ReconciliationRow> m_reconciliation;
    FairnessReport m_fairness;
    EditMode m_mode = EditMode::Siblings;
    bool m_applying = false;
};

} // namespace tessera::quota
