#include "quotaworkbench.h"

#include "quota/quotastore.h"
#include "shell/longtask.h"
#include "shell/plandocument.h"

#include <QCoreApplication>
#include <QDate>
#include <QUndoCommand>
#include <optional>

namespace tessera::quota {
namespace {

// One quota edit: the cells it changed, before and after. The first redo happens before the push (the
// facade applies and writes the edit to find out whether it is allowed), so redo skips it once.
class QuotaEditCommand : public QUndoCommand
{
public:
    QuotaEditCommand(QuotaWorkbench *bench, PlanDocument *document, int fiscalYear,
                     std::vector<CellChange> changes, const QString &text,
                     std::optional<std::pair<QuotaSettings, QuotaSettings>> settings = std::nullopt)
        : m_bench(bench), m_document(document), m_fiscalYear(fiscalYear), m_changes(std::move(changes)),
          m_settings(std::move(settings))
    {
        setText(text);
    }
    void redo() override
    {
        if (m_done) {
            m_done = false;
            return;
        }
        run(false);
    }
    void undo() override { run(true); }

private:
    void run(bool undo)
    {
        const QuotaSettings *settings =
            m_settings ? (undo ? &m_settings->first : &m_settings->second) : nullptr;
        if (m_bench && m_bench->fiscalYear() == m_fiscalYear) {
            m_bench->applyChanges(m_changes, undo, text(), settings);
            return;
        }
        // The view is gone or shows another year: write through a freshly loaded plan.
        if (!m_document)
            return;
        PlanStore &store = m_document->store();
        Transaction tx(store);
        QuotaSetup setup = loadSetup(store, m_fiscalYear);
        if (settings) {
            setup.settings = *settings;
            saveSetup(store, setup);
        }
        QuotaPlan plan = buildPlan(store, setup);
        readAmounts(store, plan);
        plan.apply(m_changes, undo);
        saveChanges(store, plan, m_changes, undo, text());
        tx.commit();
        m_document->notifyChanged({ChangeEvent::Kind::Quotas, {}, QString::number(m_fiscalYear)});
    }

    QPointer<QuotaWorkbench> m_bench;
    QPointer<PlanDocument> m_document;
    int m_fiscalYear;
    std::vector<CellChange> m_changes;
    std::optional<std::pair<QuotaSettings, QuotaSettings>> m_settings; // before, after (allocations)
    bool m_done = true;
};

// A bottom-up number entered (or cleared) for one node.
class SubmissionCommand : public QUndoCommand
{
public:
    SubmissionCommand(QuotaWorkbench *bench, int node, std::optional<qint64> before,
                      std::optional<qint64> after, const QString &text)
        : m_bench(bench), m_node(node), m_before(before), m_after(after)
    {
        setText(text);
    }
    void redo() override
    {
        if (m_done) { // written before the push, to know whether it succeeded
            m_done = false;
            return;
        }
        if (m_bench)
            m_bench->writeSubmission(m_node, m_after);
    }
    void undo() override
    {
        if (m_bench)
            m_bench->writeSubmission(m_node, m_before);
    }

private:
    QPointer<QuotaWorkbench> m_bench;
    int m_node;
    std::optional<qint64> m_before, m_after;
    bool m_done = true;
};

} // namespace

QuotaWorkbench::QuotaWorkbench(PlanDocument *document, QObject *parent)
    : QObject(parent), m_document(document)
{
    connect(document, &PlanDocument::changed, this, &QuotaWorkbench::onDocumentChanged);
    const QList<int> y = years();
    m_plan.settings.fiscalYear = y.isEmpty() ? QDate::currentDate().year() : y.last();
    const QVariant withQuotas =
        document->store().scalar(QStringLiteral("SELECT MAX(fiscal_year) FROM quotas"));
    if (!withQuotas.isNull() && withQuotas.isValid())
        m_plan.settings.fiscalYear = withQuotas.toInt();
    reload();
}

QList<int> QuotaWorkbench::years() const
{
    QList<int> out;
    QSqlQuery q =
        m_document->store().query(QStringLiteral("SELECT DISTINCT fiscal_year FROM fiscal_periods UNION "
                                                 "SELECT DISTINCT fiscal_year FROM quotas ORDER BY 1"));
    while (q.next())
        out << q.value(0).toInt();
    return out;
}

void QuotaWorkbench::setFiscalYear(int year)
{
    if (year == fiscalYear())
        return;
    m_plan.settings.fiscalYear = year;
    reload();
}

void QuotaWorkbench::reload()
{
    try {
        m_plan = loadPlan(m_document->store(), fiscalYear());
    } catch (const TesseraError &e) {
        const int year = fiscalYear();
        m_plan = QuotaPlan();
        m_plan.settings.fiscalYear = year;
        emit error(e.describe());
    }
    refreshAnalysis();
    emit planReset();
}

QString QuotaWorkbench::monthLabel(int month) const
{
    const QuotaCalendar calendar(m_document->store().settings().fiscalYearStartMonth);
    return calendar.monthLabel(fiscalYear(), month + 1);
}

void QuotaWorkbench::refreshAnalysis()
{
    if (m_plan.nodes.empty()) {
        m_reconciliation.clear();
        m_fairness = FairnessReport();
    } else {
        m_reconciliation = reconcile(m_plan, loadSubmissions(m_document->store(), m_plan));
        m_fairness = fairness(m_document->store(), m_plan);
    }
    emit analysisChanged();
}

bool QuotaWorkbench::push(std::vector<CellChange> changes, const QString &text)
{
    if (changes.empty())
        return true;
    try {
        saveChanges(m_document->store(), m_plan, changes, false, text);
    } catch (const TesseraError &e) {
        m_plan.apply(changes, true);
        emit error(e.describe());
        return false;
    }
    m_applying = true;
    emit cellsChanged(changes);
    m_document->notifyChanged({ChangeEvent::Kind::Quotas, {}, QString::number(fiscalYear())});
    m_applying = false;
    refreshAnalysis();
    m_document->undoStack()->push(
        new QuotaEditCommand(this, m_document, fiscalYear(), std::move(changes), text));
    return true;
}

bool QuotaWorkbench::setAmount(int node, const std::vector<int> &months, qint64 cents)
{
    std::vector<CellChange> changes;
    try {
        changes = m_plan.setMonths(node, months, cents, m_mode);
    } catch (const TesseraError &e) {
        emit error(e.describe());
        return false;
    }
    const QString period = months.size() == 12 ? QStringLiteral("FY%1").arg(fiscalYear())
                           : months.size() == 3
                               ? QStringLiteral("%1-Q%2").arg(fiscalYear()).arg(months[0] / 3 + 1)
                               : monthLabel(months[0]);
    return push(std::move(changes),
                tr("Set the %1 quota of %2 to %3")
                    .arg(period, m_plan.nodes[size_t(node)].name, Money::fromCents(cents).format(QLocale())));
}

bool QuotaWorkbench::toggleLock(int node, const std::vector<int> &months)
{
    bool allLocked = true;
    for (int m : months)
        allLocked = allLocked && m_plan.nodes[size_t(node)].cells[size_t(m)].locked;
    std::vector<CellChange> changes;
    for (int m : months) {
        const auto c = m_plan.setLocked(node, m, !allLocked);
        changes.insert(changes.end(), c.begin(), c.end());
    }
    const QString what = m_plan.nodes[size_t(node)].name;
    return push(std::move(changes), allLocked ? tr("Unlock %1").arg(what) : tr("Lock %1").arg(what));
}

bool QuotaWorkbench::allocate(const QuotaSettings &settings, QWidget *parent)
{
    // The allocation and its writes run in a worker with its own connection; the GUI thread then takes the
    // changed cells into its plan and pushes them as one undo command.
    const QuotaPlan base = m_plan;
    const QString path = m_document->store().path();
    const int year = fiscalYear();
    const auto result = runLongTask<std::vector<CellChange>>(
        parent, tr("Allocating quotas"), [base, path, year, settings](const Progress &progress) {
            auto store = PlanStore::openConnection(path, PlanStore::Access::ReadWrite);
            QuotaPlan next = base;
            next.settings = settings;
            next.settings.fiscalYear = year;
            progress.report(0, 3, tr("Allocating"));
            next.allocate();
            std::vector<CellChange> changes;
            for (size_t i = 0; i < next.nodes.size(); ++i)
                for (int m = 0; m < 12; ++m)
                    if (!(next.nodes[i].cells[size_t(m)] == base.nodes[i].cells[size_t(m)]))
                        changes.push_back(
                            {int(i), m, base.nodes[i].cells[size_t(m)], next.nodes[i].cells[size_t(m)]});
            progress.report(1, 3, tr("Writing quotas"));
            Transaction tx(*store);
            QuotaSetup setup = loadSetup(*store, year);
            setup.settings = next.settings;
            saveSetup(*store, setup);
            saveChanges(*store, next, changes, false,
                        tr("Allocate %1 for FY%2").arg(settings.target.format(QLocale())).arg(year));
            progress.report(2, 3, tr("Writing quotas"));
            tx.commit();
            progress.report(3, 3, tr("Done"));
            return changes;
        });
    if (!result)
        return false;
    const QString text = tr("Allocate %1 for FY%2").arg(settings.target.format(QLocale())).arg(year);
    const QuotaSettings before = m_plan.settings;
    m_plan.settings = settings;
    m_plan.settings.fiscalYear = year;
    m_plan.apply(*result, false);
    m_applying = true;
    emit cellsChanged(*result);
    m_document->notifyChanged({ChangeEvent::Kind::Quotas, {}, QString::number(year)});
    m_applying = false;
    refreshAnalysis();
    m_document->undoStack()->push(
        new QuotaEditCommand(this, m_document, year, *result, text, std::make_pair(before, m_plan.settings)));
    return true;
}

void QuotaWorkbench::applyChanges(const std::vector<CellChange> &changes, bool undo, const QString &text,
                                  const QuotaSettings *settings)
{
    if (settings)
        m_plan.settings = *settings;
    m_plan.apply(changes, undo);
    try {
        PlanStore &store = m_document->store();
        Transaction tx(store);
        if (settings) {
            QuotaSetup setup = loadSetup(store, fiscalYear());
            setup.settings = *settings;
            saveSetup(store, setup);
        }
        saveChanges(store, m_plan, changes, undo, text);
        tx.commit();
    } catch (const TesseraError &e) {
        emit error(e.describe());
    }
    m_applying = true;
    emit cellsChanged(changes);
    m_document->notifyChanged({ChangeEvent::Kind::Quotas, {}, QString::number(fiscalYear())});
    m_applying = false;
    refreshAnalysis();
}

std::optional<qint64> QuotaWorkbench::submissionOf(int node) const
{
    for (const Submission &s : loadSubmissions(m_document->store(), m_plan))
        if (s.node == node)
            return s.cents;
    return std::nullopt;
}

bool QuotaWorkbench::setSubmission(int node, std::optional<qint64> cents)
{
    const std::optional<qint64> before = submissionOf(node);
    if (before == cents)
        return true;
    const QString name = m_plan.nodes[size_t(node)].name;
    const QString text =
        cents
            ? tr("Enter the bottom-up number of %1: %2").arg(name, Money::fromCents(*cents).format(QLocale()))
            : tr("Clear the bottom-up number of %1").arg(name);
    if (!writeSubmission(node, cents))
        return false;
    m_document->undoStack()->push(new SubmissionCommand(this, node, before, cents, text));
    return true;
}

bool QuotaWorkbench::writeSubmission(int node, std::optional<qint64> cents)
{
    try {
        Transaction tx(m_document->store());
        if (cents)
            saveSubmission(m_document->store(), m_plan, node, *cents);
        else
            deleteSubmission(m_document->store(), m_plan, node);
        tx.commit();
    } catch (const TesseraError &e) {
        emit error(e.describe());
        return false;
    }
    m_applying = true;
    m_document->notifyChanged({ChangeEvent::Kind::Quotas, {}, QString::number(fiscalYear())});
    m_applying = false;
    refreshAnalysis();
    return true;
}

void QuotaWorkbench::onDocumentChanged(const ChangeEvent &event)
{
    if (m_applying)
        return;
    using K = ChangeEvent::Kind;
    if (event.kind == K::Everything || event.kind == K::Quotas || event.kind == K::Organisation ||
        event.kind == K::Reps || event.kind == K::Settings)
        reload();
    else if (event.kind == K::Opportunities || event.kind == K::Accounts)
        refreshAnalysis();
}

} // namespace tessera::quota
