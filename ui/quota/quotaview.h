#pragma once
// The quota planning view: the tree grid (hierarchy × months, quarters, year) with editing, locks,
// override highlighting and undo, beside the fairness chart.

#include <QWidget>

class QComboBox;
class QLabel;
class QTreeView;
class QSplitter;
class QTimer;

namespace tessera {
class PlanDocument;
}

namespace tessera::quota {

class QuotaWorkbench;
class QuotaTreeModel;
class FairnessChart;

class QuotaView : public QWidget
{
    Q_OBJECT
public:
    QuotaView(PlanDocument *document, QWidget *parent = nullptr);

    QuotaWorkbench *workbench() const { return m_bench; }
    QuotaTreeModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    FairnessChart *chart() const { return m_chart; }
    enum class Detail
    {
        Months,
        Quarters,
        Year
    };
    void setDetail(Detail detail);

private:
    void showMessage(const QString &text);
    void toggleLockOfCurrent();
    void openAllocate();
    void fillYears();
    void expandDefault();

    QuotaWorkbench *m_bench;
    QuotaTreeModel *m_model;
    QTreeView *m_tree;
    FairnessChart *m_chart;
    QComboBox *m_year;
    QComboBox *m_detail;
    QComboBox *m_mode;
    QLabel *m_message;
    QTimer *m_messageTimer;
};

} // namespace tessera::quota
