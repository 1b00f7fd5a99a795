#include "whatifdialog.h"

#include "compcommands.h"
#include "shell/longtask.h"
#include "shell/plandocument.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tessera::comp {

WhatIfDialog::WhatIfDialog(PlanDocument *document, qint64 repId, const FiscalPeriod &period, QWidget *parent)
    : QDialog(parent), m_document(document), m_rep(repId), m_period(period)
{
    setWindowTitle(tr("What-if for rep %1").arg(repId));
    m_deals = new QTableWidget(0, 4, this);
    m_deals->setHorizontalHeaderLabels(
        {tr("Deal name (… - Product)"), tr("Type"), tr("Amount"), tr("Close date")});
    m_deals->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_result = new QTableWidget(0, 4, this);
    m_result->setHorizontalHeaderLabels(
        {tr("Period"), tr("Payable now"), tr("Payable with these deals"), tr("Change")});
    m_result->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_result->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summary = new QLabel(
        tr("Hypothetical deals never become real deals. Save keeps them in the plan for the next what-if."),
        this);
    m_summary->setWordWrap(true);
    auto *add = new QPushButton(tr("Add deal"), this);
    auto *remove = new QPushButton(tr("Remove deal"), this);
    auto *calc = new QPushButton(tr("Calculate"), this);
    auto *save = new QPushButton(tr("Save deals"), this);
    save->setToolTip(
        tr("Keep these hypothetical deals in the plan for this rep (Edit ▸ Undo takes it back)"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addWidget(save);
    buttons->addStretch(1);
    buttons->addWidget(calc);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Hypothetical deals"), this));
    layout->addWidget(m_deals);
    layout->addLayout(buttons);
    layout->addWidget(m_result);
    layout->addWidget(m_summary);
    layout->addWidget(box);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, [this] {
        addDeal(tr("What-if deal - Core"), QStringLiteral("New Business"), Money::fromUnits(50000),
                m_period.end);
    });
    connect(remove, &QPushButton::clicked, this, [this] { m_deals->removeRow(m_deals->currentRow()); });
    connect(calc, &QPushButton::clicked, this, &WhatIfDialog::calculate);
    connect(save, &QPushButton::clicked, this, &WhatIfDialog::save);
    m_saved = loadWhatIfDeals(document->store(), repId);
    for (const WhatIfDeal &d : m_saved)
        addDeal(d.name, d.type, d.amount, d.closeDate);
    resize(760, 520);
}

std::vector<WhatIfDeal> WhatIfDialog::tableDeals() const
{
    std::vector<WhatIfDeal> out;
    for (int r = 0; r < m_deals->rowCount(); ++r) {
        auto text = [&](int c) {
            return m_deals->item(r, c) ? m_deals->item(r, c)->text().trimmed() : QString();
        };
        const auto amount = Money::parse(text(2));
        const QDate date = QDate::fromString(text(3), Qt::ISODate);
        if (!amount)
            throw TesseraError(TesseraError::Kind::User, tr("'%1' is not an amount").arg(text(2)), {}, r + 1,
                               tr("Amount"));
        if (!date.isValid())
            throw TesseraError(TesseraError::Kind::User, tr("'%1' is not a date YYYY-MM-DD").arg(text(3)), {},
                               r + 1, tr("Close date"));
        out.push_back({text(0), text(1), *amount, date});
    }
    return out;
}

bool WhatIfDialog::hasUnsavedChanges() const
{
    try {
        return tableDeals() != m_saved;
    } catch (const TesseraError &) {
        return true;
    }
}

bool WhatIfDialog::save()
{
    try {
        const std::vector<WhatIfDeal> deals = tableDeals();
        if (deals != m_saved)
            commands::saveWhatIfDeals(m_document, m_rep, m_saved, deals);
        m_saved = deals;
    } catch (const std::exception &e) {
        showError(this, tr("What-if"), e);
        return false;
    }
    m_summary->setText(tr("Saved %n hypothetical deal(s) for this rep.", nullptr, int(m_saved.size())));
    return true;
}

void WhatIfDialog::reject()
{
    if (hasUnsavedChanges()) {
        const auto answer =
            QMessageBox::question(this, tr("What-if"), tr("Save the hypothetical deals for next time?"),
                                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !save()))
            return;
    }
    QDialog::reject();
}

void WhatIfDialog::addDeal(const QString &name, const QString &type, Money amount, const QDate &date)
{
    const int row = m_deals->rowCount();
    m_deals->insertRow(row);
    m_deals->setItem(row, 0, new QTableWidgetItem(name));
    m_deals->setItem(row, 1, new QTableWidgetItem(type));
    m_deals->setItem(row, 2, new QTableWidgetItem(amount.toPlainString()));
    m_deals->setItem(row, 3, new QTableWidgetItem(date.toString(Qt::ISODate)));
}

std::vector<CreditedDeal> WhatIfDialog::deals() const
{
    std::vector<CreditedDeal> out;
    for (const WhatIfDeal &w : tableDeals()) {
        CreditedDeal d;
        d.opportunityId = -qint64(out.size() + 1);
        d.name = w.name;
        d.product = productOf(d.name);
        d.type = w.type;
        d.credit = d.dealAmount = w.amount;
        d.date = w.closeDate;
        out.push_back(d);
    }
    return out;
}

void WhatIfDialog::calculate()
{
    std::vector<CreditedDeal> extra;
    try {
        extra = deals();
    } catch (const TesseraError &e) {
        showError(this, tr("What-if"), e);
        return;
    }
    const QString path = m_document->store().path();
    const FiscalPeriod period = m_period;
    const qint64 rep = m_rep;
    using Pair = std::pair<std::shared_ptr<RunResult>, std::shared_ptr<RunResult>>;
    const auto result = runLongTask<Pair>(this, tr("Computing what-if"), [=](const Progress &p) {
        auto store = PlanStore::openConnection(path, PlanStore::Access::ReadOnly);
        RunOptions o;
        o.onlyRep = rep;
        auto base = std::make_shared<RunResult>(computePayouts(*store, period, o, p));
        o.whatIfDeals = extra;
        auto with = std::make_shared<RunResult>(computePayouts(*store, period, o, p));
        return Pair(base, with);
    });
    if (!result)
        return;
    const RepResult *base = result->first->rep(rep);
    const RepResult *with = result->second->rep(rep);
    m_result->setRowCount(0);
    if (!base || !with) {
        m_summary->setText(tr("This rep has no plan assignment in FY%1.").arg(period.fiscalYear));
        return;
    }
    const QLocale l;
    Money total;
    for (size_t i = 0; i < with->periods.size(); ++i) {
        const PeriodResult &w = with->periods[i];
        Money before;
        for (const PeriodResult &b : base->periods)
            if (b.label == w.label)
                before = b.payable;
        const int row = m_result->rowCount();
        m_result->insertRow(row);
        m_result->setItem(row, 0, new QTableWidgetItem(w.label));
        m_result->setItem(row, 1, new QTableWidgetItem(before.format(l)));
        m_result->setItem(row, 2, new QTableWidgetItem(w.payable.format(l)));
        m_result->setItem(row, 3, new QTableWidgetItem((w.payable - before).format(l)));
        for (int c = 1; c < 4; ++c)
            m_result->item(row, c)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        total += w.payable - before;
    }
    m_summary->setText(
        tr("With these deals the rep would be paid %1 more through %2.").arg(total.format(l), period.label));
}

} // namespace tessera::comp
