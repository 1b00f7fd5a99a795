#include "payoutview.h"

#include "comp/dealcredit.h"
#include "comp/repstatement.h"
#include "dealcreditdialog.h"
#include "payoutmodel.h"
#include "shell/longtask.h"
#include "shell/plandocument.h"
#include "whatifdialog.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace tessera::comp {

PayoutView::PayoutView(PlanDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_model(new PayoutModel(this))
{
    auto *bar = new QHBoxLayout;
    m_period = new QComboBox(this);
    const FiscalCalendar cal(document->store().settings().fiscalYearStartMonth);
    const int fy = cal.fiscalYearOf(QDate::currentDate());
    for (int year = fy - 1; year <= fy + 1; ++year) {
        for (int m = 1; m <= 12; ++m)
            m_period->addItem(cal.month(year, m).label);
        for (int q = 1; q <= 4; ++q)
            m_period->addItem(cal.quarter(year, q).label);
    }
    m_measure = new QComboBox(this);
    m_measure->addItems({tr("Payable"), tr("Earned"), tr("Paid before"), tr("Attainment")});
    m_team = new QComboBox(this);
    auto *run = new QPushButton(tr("Run payouts"), this);
    auto *close = new QPushButton(tr("Close period…"), this);
    auto *pdf = new QPushButton(tr("Statement PDF…"), this);
    auto *whatIf = new QPushButton(tr("What-if…"), this);
    auto *dealCredit = new QPushButton(tr("Deal credit…"), this);
    dealCredit->setToolTip(tr("Edit a deal's credit splits and cancellation (or click a deal line's link)"));
    bar->addWidget(new QLabel(tr("Period:"), this));
    bar->addWidget(m_period);
    bar->addWidget(run);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("Show:"), this));
    bar->addWidget(m_measure);
    bar->addWidget(new QLabel(tr("Team:"), this));
    bar->addWidget(m_team, 1);
    bar->addWidget(dealCredit);
    bar->addWidget(whatIf);
    bar->addWidget(pdf);
    bar->addWidget(close);

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setAlternatingRowColors(true);
    m_statement = new QTextBrowser(this);
    m_statement->setOpenLinks(false);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_statement);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    m_status = new QLabel(tr("Choose a period and run the payouts."), this);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);

    connect(run, &QPushButton::clicked, this, &PayoutView::runPayouts);
    connect(close, &QPushButton::clicked, this, &PayoutView::closePeriod);
    connect(pdf, &QPushButton::clicked, this, &PayoutView::writeStatement);
    connect(whatIf, &QPushButton::clicked, this, &PayoutView::openWhatIf);
    connect(dealCredit, &QPushButton::clicked, this, &PayoutView::findDealCredit);
    connect(m_statement, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("deal"))
            openDealCredit(url.path().toLongLong());
    });
    connect(m_measure, &QComboBox::currentIndexChanged, this,
            [this](int i) { m_model->setMeasure(PayoutModel::Measure(i)); });
    connect(m_team, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setTeam(m_team->currentData().toLongLong()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &i) {
                const QString period = m_model->periodAt(i.column());
                showStatement(m_model->repAt(i.row()), period.isEmpty() ? m_period->currentText() : period);
            });
    connect(document, &PlanDocument::changed, this, &PayoutView::documentChanged);
}

void PayoutView::setPeriod(const QString &label)
{
    m_period->setCurrentText(label);
}

void PayoutView::runPayouts()
{
    const QString path = m_document->store().path();
    FiscalPeriod period;
    try {
        period = parsePayoutPeriod(m_document->store(), m_period->currentText());
    } catch (const TesseraError &e) {
        showError(this, tr("Payout run"), e);
        return;
    }
    auto result = runLongTask<std::shared_ptr<const RunResult>>(
        this, tr("Computing payouts for %1").arg(period.label), [path, period](const Progress &p) {
            auto store = PlanStore::openConnection(path, PlanStore::Access::ReadOnly);
            return std::shared_ptr<const RunResult>(
                std::make_shared<RunResult>(computePayouts(*store, period, {}, p)));
        });
    if (result)
        showRun(*result);
}

void PayoutView::showRun(std::shared_ptr<const RunResult> run)
{
    m_run = std::move(run);
    m_period->setCurrentText(m_run->period.label);
    fillTeams();
    m_model->setRun(m_run);
    Money payable;
    int lines = 0;
    for (const RepResult &r : m_run->reps)
        for (const PeriodResult *p : m_run->periodsIn(r)) {
            payable += p->payable;
            ++lines;
        }
    const QLocale locale;
    m_status->setText(tr("%1: %2 reps, %3 rep periods, payable %4. Select a cell to see the rep's statement.")
                          .arg(m_run->period.label)
                          .arg(m_run->reps.size())
                          .arg(lines)
                          .arg(payable.format(locale)));
    m_statement->clear();
}

void PayoutView::fillTeams()
{
    const qint64 current = m_team->currentData().toLongLong();
    QSignalBlocker block(m_team);
    m_team->clear();
    m_team->addItem(tr("Everyone"), qint64(0));
    QList<QPair<QString, qint64>> managers;
    for (auto it = m_run->repManagers.cbegin(); it != m_run->repManagers.cend(); ++it)
        if (it.value() && !managers.contains({m_run->repNames.value(it.value()), it.value()}))
            managers.append({m_run->repNames.value(it.value()), it.value()});
    std::sort(managers.begin(), managers.end());
    for (const auto &[name, id] : managers)
        m_team->addItem(tr("Team of %1").arg(name), id);
    m_team->setCurrentIndex(std::max(0, m_team->findData(current)));
    m_model->setTeam(m_team->currentData().toLongLong());
}

QString PayoutView::statementHtml() const
{
    return m_statement->toHtml();
}

void PayoutView::showStatement(qint64 repId, const QString &period)
{
    m_statementRep = repId;
    const RepResult *rep = m_run ? m_run->rep(repId) : nullptr;
    const RepInput *input = m_run ? m_run->input(repId) : nullptr;
    if (!rep || !input) {
        m_statement->clear();
        return;
    }
    const QLocale l;
    QString html = QStringLiteral("<h3>%1</h3>")
                       .arg(tr("%1 — %2").arg(m_run->repNames.value(repId).toHtmlEscaped(), period));
    for (const PeriodResult &p : rep->periods) {
        if (p.label != period)
            continue;
        html += QStringLiteral("<p>") +
                tr("Plan %1. Credit %2 of quota %3 (%4); year to date %5 of %6 (%7).")
                    .arg(p.plan ? p.plan->name.toHtmlEscaped() : QString(), p.credit.format(l),
                         p.quota.format(l), p.attainment.toPercentString(l, 1), p.ytdCredit.format(l),
                         p.ytdQuota.format(l), p.ytdAttainment.toPercentString(l, 1)) +
                QStringLiteral("<br>") +
                tr("Earned %1, earned to date %2, paid before %3, draw advanced %4, recovered %5, balance "
                   "%6: <b>payable %7</b>%8.")
                    .arg(p.earned.format(l), p.earnedToDate.format(l), p.paidBefore.format(l),
                         p.drawAdvance.format(l), p.drawRecovery.format(l), p.balance.format(l),
                         p.payable.format(l), p.closed ? tr(" (closed, frozen)") : QString()) +
                QStringLiteral("</p><table cellspacing=0 cellpadding=2>");
        for (const PayoutLine &line : p.lines)
            html += QStringLiteral("<tr><td>%1</td><td align=right>%2</td><td>%3</td></tr>")
                        .arg(explainLine(line, input->credits, l).toHtmlEscaped(), line.amount.format(l),
                             line.opportunityId > 0 ? QStringLiteral("<a href=\"deal:%1\">%2</a>")
                                                          .arg(line.opportunityId)
                                                          .arg(tr("credit…"))
                                                    : QString());
        html += QStringLiteral("</table>");
        if (p.lines.empty())
            html += QStringLiteral("<p>") + tr("No earnings lines in this period.") + QStringLiteral("</p>");
    }
    m_statement->setHtml(html);
}

void PayoutView::closePeriod()
{
    FiscalPeriod period;
    try {
        period = parsePayoutPeriod(m_document->store(), m_period->currentText());
    } catch (const TesseraError &e) {
        showError(this, tr("Close period"), e);
        return;
    }
    // Closing is a business act that cannot be undone: changes afterwards become adjustments.
    if (QMessageBox::question(
            this, tr("Close period"),
            tr("Close %1? Its payouts are frozen; later changes to its deals become adjustments in the next "
               "open period. This cannot be undone.")
                .arg(period.label)) != QMessageBox::Yes)
        return;
    try {
        comp::closePeriod(m_document->store(), period);
    } catch (const TesseraError &e) {
        showError(this, tr("Close period"), e);
        return;
    }
    m_document->notifyChanged({ChangeEvent::Kind::Compensation, {}, period.label});
    runPayouts();
}

void PayoutView::writeStatement()
{
    if (!m_run || !m_statementRep) {
        QMessageBox::information(this, tr("Statement"), tr("Run the payouts and select a rep first."));
        return;
    }
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Save statement"), tr("statement-%1-%2.pdf").arg(m_statementRep).arg(m_run->period.label),
        tr("PDF (*.pdf)"));
    if (file.isEmpty())
        return;
    try {
        writeRepStatement(*m_run, m_statementRep, file);
    } catch (const TesseraError &e) {
        showError(this, tr("Statement"), e);
    }
}

void PayoutView::openWhatIf()
{
    if (!m_run || !m_statementRep) {
        QMessageBox::information(this, tr("What-if"), tr("Run the payouts and select a rep first."));
        return;
    }
    WhatIfDialog dialog(m_document, m_statementRep, m_run->period, this);
    dialog.exec();
}

void PayoutView::openDealCredit(qint64 opportunityId)
{
    try {
        DealCreditDialog dialog(m_document, opportunityId, this);
        dialog.exec();
    } catch (const TesseraError &e) {
        showError(this, tr("Deal credit"), e);
    }
}

void PayoutView::findDealCredit()
{
    bool ok = false;
    const QString text =
        QInputDialog::getText(this, tr("Deal credit"), tr("Deal external id, id or part of its name:"),
                              QLineEdit::Normal, QString(), &ok)
            .trimmed();
    if (!ok || text.isEmpty())
        return;
    const std::vector<DealMatch> matches = searchDeals(m_document->store(), text, 200);
    if (matches.empty()) {
        QMessageBox::information(this, tr("Deal credit"), tr("No deal matches '%1'.").arg(text));
        return;
    }
    qint64 id = matches.front().id;
    if (matches.size() > 1) {
        const QLocale l;
        QStringList items;
        for (const DealMatch &m : matches)
            items << tr("%1 — %2, %3, %4%5")
                         .arg(m.externalId.isEmpty() ? QString::number(m.id) : m.externalId, m.name,
                              m.amount.format(l), l.toString(m.closeDate, QLocale::ShortFormat),
                              m.won ? tr(", won") : QString());
        const QString chosen = QInputDialog::getItem(this, tr("Deal credit"),
                                                     tr("%1 deals match; choose one:").arg(matches.size()),
                                                     items, 0, false, &ok);
        if (!ok)
            return;
        id = matches[size_t(items.indexOf(chosen))].id;
    }
    openDealCredit(id);
}

void PayoutView::documentChanged(const ChangeEvent &event)
{
    if (m_run && event.kind != ChangeEvent::Kind::Forecast && event.kind != ChangeEvent::Kind::Geography)
        m_status->setText(tr("The plan changed since this run: run the payouts again to see the effect."));
}

} // namespace tessera::comp
