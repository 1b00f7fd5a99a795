#pragma once
// Asks for a top-down allocation: the company target, the rounding unit, and per level the method, the
// over-assignment and the blend's prior-year share.

#include "quota/quotaplan.h"

#include <QDialog>
#include <array>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QLabel;

namespace tessera::quota {

class AllocateDialog : public QDialog
{
    Q_OBJECT
public:
    AllocateDialog(const QuotaSettings &current, QWidget *parent = nullptr);
    // The settings entered; valid only after accept().
    QuotaSettings settings() const { return m_result; }

private:
    void tryAccept();
    QuotaSettings m_current, m_result;
    QLineEdit *m_target;
    QComboBox *m_unit;
    std::array<QComboBox *, LevelCount> m_method{};
    std::array<QDoubleSpinBox *, LevelCount> m_overassign{};
    QDoubleSpinBox *m_blend;
    QLabel *m_error;
};

} // namespace tessera::quota
