#include "allocatedialog.h"

#include "quotatreemodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tessera::quota {
namespace {

// The spin box shows two decimals; the rate is taken from that text, so what is seen is what is used.
Rate rateOf(const QDoubleSpinBox *box)
{
    return Rate::parse(QString::number(box->value(), 'f', 2) + QLatin1Char('%')).value_or(Rate());
}

QDoubleSpinBox *percentBox(Rate value, double min, QWidget *parent)
{
    auto *b = new QDoubleSpinBox(parent);
    b->setRange(min, 100);
    b->setDecimals(2);
    b->setSuffix(QStringLiteral(" %"));
    b->setValue(value.toDouble() * 100);
    return b;
}

} // namespace

AllocateDialog::AllocateDialog(const QuotaSettings &current, QWidget *parent)
    : QDialog(parent), m_current(current), m_target(new QLineEdit(this)), m_unit(new QComboBox(this)),
      m_blend(percentBox(current.rules[size_t(Level::Territory)].blendPriorShare, 0, this)),
      m_error(new QLabel(this))
{
    setWindowTitle(tr("Allocate FY%1 quotas").arg(current.fiscalYear));
    const QLocale locale;
    auto *form = new QFormLayout;
    m_target->setText(QuotaTreeModel::formatCents(current.target.cents(), locale));
    form->addRow(tr("Company target:"), m_target);
    const std::pair<qint64, QString> units[] = {{1, tr("cents")},
                                                {100, QuotaTreeModel::formatCents(100, locale)},
                                                {10000, QuotaTreeModel::formatCents(10000, locale)},
                                                {100000, QuotaTreeModel::formatCents(100000, locale)}};
    for (const auto &[cents, label] : units) {
        m_unit->addItem(label, cents);
        if (cents == current.unitCents)
            m_unit->setCurrentIndex(m_unit->count() - 1);
    }
    form->addRow(tr("Round to:"), m_unit);
    form->addRow(tr("Blend: prior-year share:"), m_blend);

    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("<b>Level</b>"), this), 0, 0);
    grid->addWidget(new QLabel(tr("<b>Split by</b>"), this), 0, 1);
    grid->addWidget(new QLabel(tr("<b>Over-assignment</b>"), this), 0, 2);
    const QString levels[] = {QString(), tr("Regions"), tr("Districts"), tr("Territories"), tr("Reps")};
    const std::pair<Method, QString> methods[] = {{Method::Even, tr("Even")},
                                                  {Method::PriorYear, tr("Prior-year bookings")},
                                                  {Method::Trailing12, tr("Trailing 12 months")},
                                                  {Method::Potential, tr("Territory potential")},
                                                  {Method::Blend, tr("Blend of prior year and potential")}};
    for (int l = 1; l < LevelCount; ++l) {
        grid->addWidget(new QLabel(levels[l], this), l, 0);
        m_method[size_t(l)] = new QComboBox(this);
        for (const auto &[m, label] : methods) {
            m_method[size_t(l)]->addItem(label, int(m));
            if (m == current.rules[size_t(l)].method)
                m_method[size_t(l)]->setCurrentIndex(m_method[size_t(l)]->count() - 1);
        }
        if (l == int(Level::Rep)) {
            m_method[size_t(l)]->setEnabled(false);
            m_method[size_t(l)]->setToolTip(
                tr("Reps share their territory by the days they sell and their ramp."));
        }
        grid->addWidget(m_method[size_t(l)], l, 1);
        m_overassign[size_t(l)] = percentBox(current.rules[size_t(l)].overassign, 0, this);
        m_overassign[size_t(l)]->setToolTip(
            tr("The children of each node together carry this much more than the node; it compounds level by "
               "level."));
        grid->addWidget(m_overassign[size_t(l)], l, 2);
    }
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Allocate"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AllocateDialog::tryAccept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(grid);
    layout->addWidget(
        new QLabel(tr("Locked cells keep their values. Months follow the seasonality curve."), this));
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void AllocateDialog::tryAccept()
{
    const auto cents = QuotaTreeModel::parseCents(m_target->text(), QLocale());
    if (!cents || *cents <= 0) {
        m_error->setText(tr("Enter the target as an amount, e.g. 3,120,000.00."));
        m_error->show();
        m_target->setFocus();
        return;
    }
    m_result = m_current;
    m_result.target = Money::fromCents(*cents);
    m_result.unitCents = m_unit->currentData().toLongLong();
    for (int l = 1; l < LevelCount; ++l) {
        LevelRule &r = m_result.rules[size_t(l)];
        r.method = Method(m_method[size_t(l)]->currentData().toInt());
        r.overassign = rateOf(m_overassign[size_t(l)]);
        r.blendPriorShare = rateOf(m_blend);
    }
    accept();
}

} // namespace tessera::quota
