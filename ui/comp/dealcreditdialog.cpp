#include "dealcreditdialog.h"

#include "shell/longtask.h"
#include "shell/plandocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tessera::comp {
namespace {

enum Column
{
    RepColumn,
    KindColumn,
    ShareColumn,
    CreditColumn
};

// Shares are edited as percents with up to four decimals: exactly the millionths a Rate holds. Shown
// without trailing zeros ("50 %", "33.3333 %").
class PercentSpinBox : public QDoubleSpinBox
{
public:
    using QDoubleSpinBox::QDoubleSpinBox;
    QString textFromValue(double value) const override
    {
        QString text = locale().toString(value, 'f', decimals());
        const QString point = locale().decimalPoint();
        if (text.contains(point)) {
            while (text.endsWith(QLatin1Char('0')))
                text.chop(1);
            if (text.endsWith(point))
                text.chop(point.size());
        }
        return text;
    }
};

Rate shareOf(const QDoubleSpinBox *box)
{
    return Rate::fromMicros(qRound64(box->value() * 10000.0));
}

// The locale's short date with a four-digit year: finance reads "1/15/2027", not "1/15/27".
QString dateFormat(const QLocale &l)
{
    QString f = l.dateFormat(QLocale::ShortFormat);
    if (!f.contains(QStringLiteral("yyyy")))
        f.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    return f;
}

} // namespace

DealCreditDialog::DealCreditDialog(PlanDocument *document, qint64 opportunityId, QWidget *parent)
    : QDialog(parent), m_document(document), m_deal(loadDealCredit(document->store(), opportunityId)),
      m_reps(creditableReps(document->store(), m_deal.closeDate))
{
    const QLocale l;
    const QString id =
        m_deal.externalId.isEmpty() ? QString::number(m_deal.opportunityId) : m_deal.externalId;
    setWindowTitle(tr("Deal credit — %1").arg(id));
    // Reps already credited stay choosable even when no longer employed on the close date.
    for (const DealSplit &s : m_deal.splits)
        if (std::none_of(m_reps.begin(), m_reps.end(), [&](const RepChoice &r) { return r.id == s.repId; }))
            m_reps.push_back({s.repId, QString(), s.repName});

    auto *title = new QLabel(
        QStringLiteral("<b>%1</b> — %2").arg(id.toHtmlEscaped(), m_deal.name.toHtmlEscaped()), this);
    const QString state = !m_deal.closed ? tr("open") : m_deal.won ? tr("closed won") : tr("closed lost");
    auto *details =
        new QLabel(tr("%1, %2 %3, owner %4")
                       .arg(m_deal.amount.format(l), state, l.toString(m_deal.closeDate, dateFormat(l)),
                            m_deal.ownerName.isEmpty() ? tr("none") : m_deal.ownerName),
                   this);

    // Splits.
    auto *splits = new QGroupBox(tr("Credit splits"), this);
    auto *rules =
        new QLabel(tr("Split rows replace the owner's credit and must total exactly 100%. Overlay rows add "
                      "credit on top and may total anything. Without rows the owner gets the full credit."),
                   splits);
    rules->setWordWrap(true);
    m_table = new QTableWidget(0, 4, splits);
    m_table->setHorizontalHeaderLabels({tr("Rep"), tr("Kind"), tr("Share"), tr("Credit")});
    m_table->horizontalHeader()->setSectionResizeMode(RepColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ShareColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CreditColumn, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    auto *addSplit = new QPushButton(tr("Add split"), splits);
    auto *addOverlay = new QPushButton(tr("Add overlay"), splits);
    auto *remove = new QPushButton(tr("Remove row"), splits);
    m_totals = new QLabel(splits);
    m_totals->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(addSplit);
    rowButtons->addWidget(addOverlay);
    rowButtons->addWidget(remove);
    rowButtons->addStretch(1);
    rowButtons->addWidget(m_totals);
    auto *splitLayout = new QVBoxLayout(splits);
    splitLayout->addWidget(rules);
    splitLayout->addWidget(m_table, 1);
    splitLayout->addLayout(rowButtons);

    // Cancellation.
    m_cancel = new QGroupBox(tr("Cancelled (claws back commission under the rep's plan)"), this);
    m_cancel->setCheckable(true);
    m_cancelDate = new QDateEdit(m_cancel);
    m_cancelDate->setCalendarPopup(true);
    m_cancelDate->setDisplayFormat(dateFormat(l));
    m_cancelDate->setDate(m_deal.closeDate.isValid() ? m_deal.closeDate : QDate::currentDate());
    m_invoiceDate = optionalDate(m_deal.closeDate);
    m_paymentDate = optionalDate(m_deal.closeDate);
    m_invoiceOn = new QCheckBox(tr("Invoice date:"), m_cancel);
    m_paymentOn = new QCheckBox(tr("Payment date:"), m_cancel);
    m_invoiceDate->setEnabled(false);
    m_paymentDate->setEnabled(false);
    connect(m_invoiceOn, &QCheckBox::toggled, m_invoiceDate, &QWidget::setEnabled);
    connect(m_paymentOn, &QCheckBox::toggled, m_paymentDate, &QWidget::setEnabled);
    m_reason = new QLineEdit(m_cancel);
    m_reason->setPlaceholderText(tr("For example: customer went out of business"));
    auto *form = new QFormLayout(m_cancel);
    form->addRow(tr("Cancel date:"), m_cancelDate);
    form->addRow(m_invoiceOn, m_invoiceDate);
    form->addRow(m_paymentOn, m_paymentDate);
    form->addRow(tr("Reason:"), m_reason);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto *closedNote = new QLabel(this);
    closedNote->setWordWrap(true);
    const QString closed = closedPeriodOf(document->store(), m_deal.closeDate);
    closedNote->setText(closed.isEmpty()
                            ? QString()
                            : tr("This deal closed in %1, a closed payout period: the next payout run pays "
                                 "the difference as an adjustment naming the deal.")
                                  .arg(closed));
    closedNote->setVisible(!closed.isEmpty());

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(details);
    layout->addWidget(splits, 1);
    layout->addWidget(m_cancel);
    layout->addWidget(closedNote);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    for (const DealSplit &s : m_deal.splits)
        addRow(s.repId, s.share, s.overlay);
    setCancellation(m_deal.cancellation);
    if (!(m_deal.closed && m_deal.won) && !m_deal.cancellation) {
        m_cancel->setEnabled(false);
        m_cancel->setToolTip(tr("Only a closed-won deal can be cancelled."));
    }

    connect(addSplit, &QPushButton::clicked, this, [this] {
        qint64 total = 0;
        bool ownerListed = false;
        for (const DealSplit &s : edit().splits)
            if (!s.overlay) {
                total += s.share.micros();
                ownerListed = ownerListed || s.repId == m_deal.ownerId;
            }
        const qint64 rest = Rate::Scale - total;
        addRow(ownerListed ? 0 : m_deal.ownerId, Rate::fromMicros(rest > 0 ? rest : Rate::Scale / 2), false);
    });
    connect(addOverlay, &QPushButton::clicked, this, [this] { addRow(0, Rate::fromPercent(100), true); });
    connect(remove, &QPushButton::clicked, this, &DealCreditDialog::removeRow);
    connect(m_cancel, &QGroupBox::toggled, this, &DealCreditDialog::refresh);
    connect(m_cancelDate, &QDateEdit::dateChanged, this, &DealCreditDialog::refresh);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DealCreditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refresh();
    resize(620, 560);
}

QDateEdit *DealCreditDialog::optionalDate(const QDate &minimum)
{
    auto *edit = new QDateEdit(this);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(dateFormat(QLocale()));
    edit->setDate(minimum.isValid() ? minimum : QDate::currentDate());
    return edit;
}

void DealCreditDialog::addRow(qint64 repId, Rate share, bool overlay)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *rep = new QComboBox(m_table);
    rep->addItem(tr("Choose a rep…"), qint64(0));
    for (const RepChoice &r : m_reps)
        rep->addItem(r.externalId.isEmpty() ? r.name : tr("%1 (%2)").arg(r.name, r.externalId), r.id);
    rep->setCurrentIndex(std::max(0, rep->findData(repId)));
    auto *kind = new QComboBox(m_table);
    kind->addItem(tr("Split"), false);
    kind->addItem(tr("Overlay"), true);
    kind->setCurrentIndex(overlay ? 1 : 0);
    auto *pct = new PercentSpinBox(m_table);
    pct->setDecimals(4);
    pct->setRange(0, 1000);
    pct->setSuffix(pct->locale().percent());
    pct->setValue(double(share.micros()) / 10000.0);
    pct->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->setCellWidget(row, RepColumn, rep);
    m_table->setCellWidget(row, KindColumn, kind);
    m_table->setCellWidget(row, ShareColumn, pct);
    auto *credit = new QTableWidgetItem;
    credit->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    credit->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->setItem(row, CreditColumn, credit);
    connect(rep, &QComboBox::currentIndexChanged, this, &DealCreditDialog::refresh);
    connect(kind, &QComboBox::currentIndexChanged, this, &DealCreditDialog::refresh);
    connect(pct, &QDoubleSpinBox::valueChanged, this, &DealCreditDialog::refresh);
    m_table->setCurrentCell(row, RepColumn);
    refresh();
}

void DealCreditDialog::removeRow()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    refresh();
}

void DealCreditDialog::setCancellation(const std::optional<DealCancellation> &c)
{
    m_cancel->setChecked(c.has_value());
    m_invoiceOn->setChecked(c && c->invoiceDate.isValid());
    m_paymentOn->setChecked(c && c->paymentDate.isValid());
    if (c) {
        m_cancelDate->setDate(c->cancelDate);
        if (c->invoiceDate.isValid())
            m_invoiceDate->setDate(c->invoiceDate);
        if (c->paymentDate.isValid())
            m_paymentDate->setDate(c->paymentDate);
        m_reason->setText(c->reason);
    }
    refresh();
}

commands::DealCreditEdit DealCreditDialog::edit() const
{
    commands::DealCreditEdit e;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const auto *rep = qobject_cast<QComboBox *>(m_table->cellWidget(r, RepColumn));
        const auto *kind = qobject_cast<QComboBox *>(m_table->cellWidget(r, KindColumn));
        const auto *pct = qobject_cast<QDoubleSpinBox *>(m_table->cellWidget(r, ShareColumn));
        e.splits.push_back({rep->currentData().toLongLong(), shareOf(pct), kind->currentData().toBool(), {}});
    }
    // Splits first, then overlays, each in the order shown: the order core stores and loads them in.
    std::stable_sort(e.splits.begin(), e.splits.end(),
                     [](const DealSplit &a, const DealSplit &b) { return !a.overlay && b.overlay; });
    if (m_cancel->isChecked()) {
        DealCancellation c;
        c.cancelDate = m_cancelDate->date();
        c.invoiceDate = m_invoiceOn->isChecked() ? m_invoiceDate->date() : QDate();
        c.paymentDate = m_paymentOn->isChecked() ? m_paymentDate->date() : QDate();
        c.reason = m_reason->text().trimmed();
        e.cancellation = c;
    }
    return e;
}

QString DealCreditDialog::problem() const
{
    const commands::DealCreditEdit e = edit();
    QString p = splitsProblem(e.splits);
    if (p.isEmpty() && e.cancellation)
        p = cancellationProblem(m_deal, *e.cancellation);
    return p;
}

void DealCreditDialog::refresh()
{
    const QLocale l;
    const commands::DealCreditEdit e = edit();
    qint64 split = 0, overlay = 0;
    Money credited;
    bool anySplit = false;
    for (const DealSplit &s : e.splits) {
        (s.overlay ? overlay : split) += s.share.micros();
        anySplit = anySplit || !s.overlay;
        credited += m_deal.amount * s.share;
    }
    if (!anySplit)
        credited += m_deal.amount; // the owner keeps the full credit
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (QTableWidgetItem *item = m_table->item(r, CreditColumn))
            item->setText(
                (m_deal.amount * shareOf(qobject_cast<QDoubleSpinBox *>(m_table->cellWidget(r, ShareColumn))))
                    .format(l));
    m_totals->setText(tr("Splits %1 · overlays %2 · credited %3")
                          .arg(shareText(Rate::fromMicros(split), l), shareText(Rate::fromMicros(overlay), l),
                               credited.format(l)));
    const QString p = problem();
    m_problem->setText(p);
    m_problem->setVisible(!p.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(p.isEmpty());
}

bool DealCreditDialog::apply()
{
    const commands::DealCreditEdit before{m_deal.splits, m_deal.cancellation};
    const commands::DealCreditEdit after = edit();
    if (after == before)
        return true;
    const QString id =
        m_deal.externalId.isEmpty() ? QString::number(m_deal.opportunityId) : m_deal.externalId;
    try {
        commands::editDealCredit(m_document, m_deal.opportunityId, before, after,
                                 tr("Edit credit of deal %1").arg(id));
    } catch (const std::exception &e) {
        showError(this, tr("Deal credit"), e);
        return false;
    }
    m_deal = loadDealCredit(m_document->store(), m_deal.opportunityId);
    return true;
}

void DealCreditDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace tessera::comp
