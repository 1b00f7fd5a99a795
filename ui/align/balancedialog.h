#pragma once
// The Balance dialog: level, number of territories, measure or blend, mode, seed and limits. Balancing runs
// in a worker thread (runLongTask) and the result is pushed as one undoable BalanceCommand.

#include "align/balancerun.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;
class QDoubleSpinBox;
class QLineEdit;
class QLabel;

namespace tessera {

class PlanDocument;

class BalanceDialog : public QDialog
{
    Q_OBJECT
public:
    // `level` preselects a geography level (the one the map shows); empty keeps the first.
    BalanceDialog(PlanDocument *document, QWidget *parent = nullptr, const QString &level = {});
    // The request the fields describe; throws TesseraError for a bad blend.
    align::BalanceRequest request() const;

private:
    void updateEnabled();

    QComboBox *m_level;
    QSpinBox *m_territories;
    QComboBox *m_measure;
    QLineEdit *m_blend;
    QComboBox *m_mode;
    QSpinBox *m_seed;
    QDoubleSpinBox *m_timeLimit;
    QDoubleSpinBox *m_tolerance;
    QSpinBox *m_maxUnits;
    QCheckBox *m_perPiece;
};

// Asks for the settings, balances off the GUI thread with progress and Cancel, pushes the result as one
// undoable change and shows the report. `level` preselects the level the caller shows.
void showBalanceDialog(PlanDocument *document, QWidget *parent, const QString &level = {});

} // namespace tessera
