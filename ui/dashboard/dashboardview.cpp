#include "dashboardview.h"

#include "chartpanel.h"
#include "dashboard/dashboardreport.h"
#include "dashboardplots.h"
#include "dashboardworker.h"
#include "forecast/forecastquery.h"
#include "forecastcommands.h"
#include "leaderboardmodel.h"
#include "shell/longtask.h"
#include "shell/plandocument.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tessera {

using namespace forecast;

namespace {

constexpr int NodeKindRole = Qt::UserRole;
constexpr int NodeIdRole = Qt::UserRole + 1;

QString currency(PlanDocument *d)
{
    return d->store().settings().currency;
}

} // namespace

DashboardView::DashboardView(PlanDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_worker(std::make_unique<DashboardWorker>(document->path()))
{
    m_treeWidget = new QTreeWidget(this);
    m_treeWidget->setHeaderLabel(tr("Sales hierarchy"));
    m_treeWidget->setUniformRowHeights(true);
    connect(m_treeWidget, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        navigate(NodeRef{NodeRef::Kind(item->data(0, NodeKindRole).toInt()),
                         item->data(0, NodeIdRole).toLongLong()},
                 true);
    });
    connect(m_treeWidget, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        navigate(NodeRef{NodeRef::Kind(item->data(0, NodeKindRole).toInt()),
                         item->data(0, NodeIdRole).toLongLong()},
                 true);
    });

    m_backButton = new QToolButton(this);
    m_backButton->setArrowType(Qt::LeftArrow);
    m_backButton->setToolTip(tr("Back"));
    m_forwardButton = new QToolButton(this);
    m_forwardButton->setArrowType(Qt::RightArrow);
    m_forwardButton->setToolTip(tr("Forward"));
    connect(m_backButton, &QToolButton::clicked, this, &DashboardView::back);
    connect(m_forwardButton, &QToolButton::clicked, this, &DashboardView::forward);
    m_breadcrumb = new QLabel(this);
    connect(m_breadcrumb, &QLabel::linkActivated, this, [this](const QString &link) {
        const QStringList parts = link.split(QLatin1Char(':'));
        if (parts.size() == 2)
            navigate(NodeRef{parts[0] == QLatin1String("rep") ? NodeRef::Kind::Rep : NodeRef::Kind::Org,
                             parts[1].toLongLong()},
                     true);
    });
    m_kind = new QComboBox(this);
    m_kind->addItems({tr("Month"), tr("Quarter"), tr("Year"), tr("Custom range")});
    m_periodCombo = new QComboBox(this);
    m_from = new QDateEdit(this);
    m_to = new QDateEdit(this);
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        connect(e, &QDateEdit::editingFinished, this, &DashboardView::applyPeriod);
    }
    connect(m_kind, &QComboBox::currentIndexChanged, this, &DashboardView::onPeriodKind);
    connect(m_periodCombo, &QComboBox::activated, this, &DashboardView::applyPeriod);
    auto *exportButton = new QPushButton(tr("Export PDF report…"), this);
    connect(exportButton, &QPushButton::clicked, this, &DashboardView::exportDialog);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_backButton);
    bar->addWidget(m_forwardButton);
    bar->addWidget(m_breadcrumb, 1);
    bar->addWidget(new QLabel(tr("Period:"), this));
    bar->addWidget(m_kind);
    bar->addWidget(m_periodCombo);
    bar->addWidget(m_from);
    bar->addWidget(m_to);
    bar->addWidget(exportButton);

    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_status = new QLabel(this);
    m_status->setStyleSheet(QStringLiteral("color: gray"));

    const QString titles[5] = {tr("Attainment against quota"), tr("Pacing"), tr("Pipeline coverage"),
                               tr("Forecast categories (cumulative)"), tr("Win rate and average deal size")};
    auto *grid = new QGridLayout;
    for (int i = 0; i < 5; ++i) {
        m_charts[i] = new ChartPanel(titles[i], this);
        grid->addWidget(m_charts[i], i / 2, i % 2, 1, i == 4 ? 2 : 1);
    }
    connect(m_charts[0], &ChartPanel::barClicked, this, &DashboardView::drillChild);
    QToolButton *overrideButton = m_charts[3]->addButton(tr("Manager commit…"));
    connect(overrideButton, &QToolButton::clicked, this, &DashboardView::editOverride);

    m_leaders = new LeaderboardModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_leaders);
    m_proxy->setSortRole(Qt::UserRole);
    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(LeaderboardModel::Rank, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setMinimumHeight(320);
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        const LeaderRow &r = m_leaders->row(m_proxy->mapToSource(index).row());
        navigate(NodeRef{NodeRef::Kind::Rep, r.repId}, true);
    });
    auto *leaderBox = new QWidget(this);
    auto *leaderLayout = new QVBoxLayout(leaderBox);
    leaderLayout->setContentsMargins(4, 4, 4, 4);
    auto *leaderTitle = new QLabel(tr("Leaderboard"), leaderBox);
    QFont bold = leaderTitle->font();
    bold.setBold(true);
    leaderTitle->setFont(bold);
    leaderLayout->addWidget(leaderTitle);
    leaderLayout->addWidget(m_table);
    grid->addWidget(leaderBox, 3, 0, 1, 2);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_summary);
    contentLayout->addLayout(grid, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(bar);
    rightLayout->addWidget(scroll, 1);
    rightLayout->addWidget(m_status);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_treeWidget);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 1000});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(document, &PlanDocument::changed, this, &DashboardView::onChanged);
    buildTree();
    m_calendar = FiscalCalendar(document->store().settings().fiscalYearStartMonth);
    m_period = ForecastQuery(document->store()).defaultPeriod();
    m_kind->blockSignals(true);
    m_kind->setCurrentIndex(1);
    m_kind->blockSignals(false);
    fillPeriods();
    try {
        m_node = m_tree.root();
        request();
    } catch (const TesseraError &e) {
        m_status->setText(e.message());
    }
}

DashboardView::~DashboardView() = default;

ChartPanel *DashboardView::chart(int index) const
{
    return m_charts[std::clamp(index, 0, 4)];
}

void DashboardView::buildTree()
{
    m_tree.load(m_document->store());
    m_treeWidget->clear();
    m_items.clear();
    std::function<void(QTreeWidgetItem *, const NodeRef &)> add = [&](QTreeWidgetItem *parent,
                                                                      const NodeRef &n) {
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_treeWidget);
        item->setText(0, n.isRep() ? m_tree.name(n)
                                   : QStringLiteral("%1  %2").arg(m_tree.code(n), m_tree.name(n)));
        item->setData(0, NodeKindRole, int(n.kind));
        item->setData(0, NodeIdRole, n.id);
        m_items.insert(QStringLiteral("%1:%2").arg(n.kindName()).arg(n.id), item);
        for (const NodeRef &c : m_tree.children(n))
            add(item, c);
    };
    try {
        add(nullptr, m_tree.root());
        m_treeWidget->topLevelItem(0)->setExpanded(true);
    } catch (const TesseraError &) {
        // An empty plan: the status line says so.
    }
}

void DashboardView::fillPeriods()
{
    const bool custom = m_kind->currentIndex() == 3;
    m_periodCombo->setVisible(!custom);
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    m_from->setDate(m_period.start);
    m_to->setDate(m_period.end);
    if (custom)
        return;
    const PlanSettings s = m_document->store().settings();
    const FiscalCalendar &calendar = m_calendar;
    m_periodCombo->clear();
    for (int fy = s.firstFiscalYear; fy <= s.lastFiscalYear; ++fy) {
        std::vector<FiscalPeriod> list;
        if (m_kind->currentIndex() == 0)
            for (int m = 1; m <= 12; ++m)
                list.push_back(calendar.month(fy, m));
        else if (m_kind->currentIndex() == 1)
            for (int k = 1; k <= 4; ++k)
                list.push_back(calendar.quarter(fy, k));
        else
            list.push_back(calendar.year(fy));
        for (const FiscalPeriod &p : list) {
            m_periodCombo->addItem(p.label, p.label);
            if (p.start <= m_period.start && m_period.start <= p.end)
                m_periodCombo->setCurrentIndex(m_periodCombo->count() - 1);
        }
    }
}

void DashboardView::onPeriodKind()
{
    fillPeriods();
    applyPeriod();
}

void DashboardView::applyPeriod()
{
    try {
        const Period p = m_kind->currentIndex() == 3
                             ? customPeriod(m_from->date(), m_to->date())
                             : parsePeriod(m_calendar, m_periodCombo->currentData().toString());
        if (p.end < p.start)
            return;
        setPeriod(p);
    } catch (const TesseraError &e) {
        m_status->setText(e.message());
    }
}

void DashboardView::setPeriod(const Period &period)
{
    if (period == m_period && m_dashboard.figures.period == period)
        return;
    m_period = period;
    // Keep the pickers in step when the period is set from code (tests, restore).
    const int kind = period.kind == Period::Kind::Month     ? 0
                     : period.kind == Period::Kind::Quarter ? 1
                     : period.kind == Period::Kind::Year    ? 2
                                                            : 3;
    if (kind != m_kind->currentIndex() || m_periodCombo->currentData().toString() != period.label) {
        m_kind->blockSignals(true);
        m_kind->setCurrentIndex(kind);
        m_kind->blockSignals(false);
        fillPeriods();
    }
    request();
}

void DashboardView::navigate(const NodeRef &node, bool record)
{
    if (!m_tree.contains(node) || node == m_node)
        return;
    if (record) {
        m_back.push_back(m_node);
        m_forward.clear();
    }
    m_node = node;
    request();
}

void DashboardView::showNode(const NodeRef &node)
{
    navigate(node, true);
}

void DashboardView::back()
{
    if (m_back.empty())
        return;
    m_forward.push_back(m_node);
    m_node = m_back.back();
    m_back.pop_back();
    request();
}

void DashboardView::forward()
{
    if (m_forward.empty())
        return;
    m_back.push_back(m_node);
    m_node = m_forward.back();
    m_forward.pop_back();
    request();
}

void DashboardView::drillChild(int index)
{
    if (index >= 0 && index < int(m_dashboard.children.size()))
        navigate(m_dashboard.children[size_t(index)].node, true);
}

void DashboardView::request()
{
    m_backButton->setEnabled(!m_back.empty());
    m_forwardButton->setEnabled(!m_forward.empty());
    m_status->setText(tr("Computing…"));
    m_worker->request(++m_requestId, m_node, m_period, this,
                      [this](int id, const Dashboard &d, qint64 ms, const QString &error) {
                          if (id != m_requestId)
                              return;
                          if (!error.isEmpty()) {
                              m_status->setText(error);
                              return;
                          }
                          display(d, ms);
                      });
}

void DashboardView::display(const Dashboard &d, qint64 computeMs)
{
    QElapsedTimer timer;
    timer.start();
    m_dashboard = d;
    const QLocale locale;
    plotAttainment(m_charts[0], d, locale);
    plotPacing(m_charts[1], d, locale);
    plotCoverage(m_charts[2], d.figures, locale);
    plotCategories(m_charts[3], d.figures, locale);
    plotMonthly(m_charts[4], d, locale);
    m_charts[0]->setTitle(d.children.empty() ? tr("Attainment against quota")
                                             : tr("Attainment against quota by %1 (click a bar to drill in)")
                                                   .arg(forecast::levelInText(d.children.front().level)));
    m_leaders->setRows(d.leaderboard, d.earningsAvailable, d.earningsNote, d.figures.currency);
    updateHeader();
    m_computeMs = computeMs;
    m_redrawMs = timer.elapsed();
    const QLocale locale0;
    const QString earnings =
        d.earningsAvailable ? tr("Earnings to date %1 (payout runs through %2), projected %3 for the period.")
                                  .arg(d.earningsToDate.format(locale0, d.figures.currency),
                                       locale0.toString(d.earningsThrough, QLocale::ShortFormat),
                                       d.earningsProjected.format(locale0, d.figures.currency))
                            : d.earningsNote;
    m_status->setText(tr("Figures as of %1. Computed in %2 ms, drawn in %3 ms.")
                          .arg(QLocale().toString(d.figures.asOf, QLocale::ShortFormat))
                          .arg(computeMs)
                          .arg(m_redrawMs) +
                      QStringLiteral(" ") + earnings);
    emit dashboardShown();
}

void DashboardView::updateHeader()
{
    const Figures &f = m_dashboard.figures;
    QStringList crumbs;
    for (const NodeRef &n : m_tree.path(m_node))
        crumbs << QStringLiteral("<a href=\"%1:%2\">%3</a>")
                      .arg(n.kindName())
                      .arg(n.id)
                      .arg(m_tree.name(n).toHtmlEscaped());
    m_breadcrumb->setText(crumbs.join(QStringLiteral(" › ")));
    if (QTreeWidgetItem *item =
            m_items.value(QStringLiteral("%1:%2").arg(m_node.kindName()).arg(m_node.id))) {
        m_treeWidget->blockSignals(true);
        m_treeWidget->setCurrentItem(item);
        m_treeWidget->scrollToItem(item);
        m_treeWidget->blockSignals(false);
    }
    const QLocale locale;
    const QString cur = currency(m_document);
    auto money = [&](Money m) {
        return m.format(locale, cur);
    };
    auto pct = [&](const std::optional<Rate> &r) {
        return r ? r->toPercentString(locale) : QStringLiteral("—");
    };
    auto times = [&](const std::optional<Rate> &r) {
        return r ? locale.toString(r->toDouble(), 'f', 2) + QStringLiteral("×") : QStringLiteral("—");
    };
    QString quota = f.hasQuota ? money(f.quota) : tr("none");
    if (f.quotaFromReps)
        quota += tr(" (sum of reps' quotas: this node has none of its own)");
    m_summary->setText(
        tr("<b>%1</b> · %2 · <b>Closed</b> %3 · <b>Commit</b> %4 · <b>Best case</b> %5 · <b>Pipeline</b> %6 "
           "· "
           "<b>Weighted</b> %7<br><b>Quota</b> %8 · <b>Attainment</b> %9 · <b>Coverage</b> %10 raw, %11 "
           "weighted "
           "· <b>Run rate</b> %12 · <b>Manager commit</b> %13")
            .arg(f.name.toHtmlEscaped(), f.period.label, money(f.closed), money(f.commit), money(f.bestCase),
                 money(f.openPipeline), money(f.weightedPipeline), quota, pct(f.attainment))
            .arg(times(f.coverage), times(f.weightedCoverage), money(f.projection),
                 f.commitOverride ? money(f.commitOverride->commit) + QStringLiteral(" — “") +
                                        f.commitOverride->comment.toHtmlEscaped() + QStringLiteral("”")
                                  : tr("none")));
}

void DashboardView::onChanged(const ChangeEvent &event)
{
    using K = ChangeEvent::Kind;
    const bool structural = event.kind == K::Everything || event.kind == K::Organisation ||
                            event.kind == K::Reps || event.kind == K::Settings;
    if (!structural && event.kind != K::Opportunities && event.kind != K::Quotas && event.kind != K::Forecast)
        return;
    if (structural)
        buildTree();
    m_worker->invalidate(structural);
    request();
}

void DashboardView::editOverride()
{
    const Figures &f = m_dashboard.figures;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Manager commit for %1, %2").arg(f.name, f.period.label));
    auto *amount = new QLineEdit(&dialog);
    amount->setText((f.commitOverride ? f.commitOverride->commit : f.commit).toPlainString());
    auto *comment = new QPlainTextEdit(&dialog);
    comment->setPlainText(f.commitOverride ? f.commitOverride->comment : QString());
    auto *form = new QFormLayout(&dialog);
    form->addRow(new QLabel(
        tr("System commit (closed + open commit): %1").arg(f.commit.format(QLocale(), currency(m_document))),
        &dialog));
    form->addRow(tr("Commit"), amount);
    form->addRow(tr("Comment"), comment);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QPushButton *clear = buttons->addButton(tr("Remove override"), QDialogButtonBox::DestructiveRole);
    clear->setEnabled(f.commitOverride.has_value());
    form->addRow(buttons);
    bool remove = false;
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(clear, &QPushButton::clicked, &dialog, [&] {
        remove = true;
        dialog.accept();
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        std::optional<CommitOverride> value;
        if (!remove) {
            const auto money = Money::parse(amount->text().trimmed().remove(QLatin1Char(',')));
            if (!money)
                throw TesseraError(TesseraError::Kind::User,
                                   tr("'%1' is not an amount like 1250000.00.").arg(amount->text()), {}, -1,
                                   tr("Commit"));
            value = CommitOverride{*money, comment->toPlainText().trimmed(), {}, {}};
        }
        ForecastCommands::setCommitOverride(m_document, m_node, f.name, m_period, value);
    } catch (const TesseraError &e) {
        showError(this, tr("Manager commit"), e);
    }
}

void DashboardView::exportReport(const QString &path) const
{
    writeDashboardReport(path, m_dashboard, currency(m_document), QLocale());
}

void DashboardView::exportDialog()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export dashboard report"),
        tr("Dashboard %1 %2.pdf").arg(m_dashboard.figures.code, m_dashboard.figures.period.label),
        tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    try {
        exportReport(path);
    } catch (const TesseraError &e) {
        showError(this, tr("Export dashboard report"), e);
    }
}

} // namespace tessera
