#pragma once
// The plan editor: plans on the left; the chosen plan's settings, its components and (for a commission)
// its tiers on the right. Every change is one undoable command (Edit > Undo); a component's other
// settings are edited in its documented JSON form (docs/comp-plan-format.md) and checked before applying.

#include "comp/compplan.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;
class QLabel;

namespace tessera {
class PlanDocument;
struct ChangeEvent;
} // namespace tessera

namespace tessera::comp {

class PlanEditor : public QWidget
{
    Q_OBJECT
public:
    PlanEditor(PlanDocument *document, QWidget *parent = nullptr);

    void selectPlan(const QString &name);
    void selectComponent(int index);
    const std::optional<Plan> &currentPlan() const { return m_plan; }
    QTableWidget *tiers() const { return m_tiers; }
    // Applies a change to the current plan as one undoable command.
    void change(const Plan &after, const QString &text);

private:
    void reload();
    void showPlan();
    void showComponent();
    void editSettings();
    void editTier(int row, int column);
    void addTier();
    void removeTier();
    void addComponent(Component::Type type);
    void removeComponent();
    void applyComponentJson();
    void newPlan();
    void importPlan();
    void exportPlan();
    void documentChanged(const ChangeEvent &event);

    PlanDocument *m_document;
    std::optional<Plan> m_plan;
    int m_component = -1;
    bool m_filling = false;
    QListWidget *m_plans;
    QLineEdit *m_name, *m_ote, *m_mix;
    QSpinBox *m_year;
    QComboBox *m_period;
    QTableWidget *m_components;
    QTableWidget *m_tiers;
    QPlainTextEdit *m_json;
    QLabel *m_componentTitle;
};

} // namespace tessera::comp
