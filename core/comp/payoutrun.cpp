#include "payoutrun.h"
#include "comp/comptext.h"

#include "compstore.h"
#include "crediting.h"
#include "store/changelog.h"
#include "store/fastsql.h"
#include "store/planstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QtConcurrent/QtConcurrentMap>
#include <map>
#include <numeric>

namespace tessera::comp {
namespace {

QString lineKindName(PayoutLine::Kind k)
{
    switch (k) {
    case PayoutLine::Kind::Commission:
        return QStringLiteral("commission");
    case PayoutLine::Kind::BelowGate:
        return QStringLiteral("below_gate");
    case PayoutLine::Kind::GateReached:
        return QStringLiteral("gate_reached");
    case PayoutLine::Kind::Retroactive:
        return QStringLiteral("retroactive");
    case PayoutLine::Kind::SoftCap:
        return QStringLiteral("soft_cap");
    case PayoutLine::Kind::Cap:
        return QStringLiteral("cap");
    case PayoutLine::Kind::Bonus:
        return QStringLiteral("bonus");
    case PayoutLine::Kind::Spiff:
        return QStringLiteral("spiff");
    case PayoutLine::Kind::Clawback:
        return QStringLiteral("clawback");
    case PayoutLine::Kind::Adjustment:
        return QStringLiteral("adjustment");
    }
    return {};
}

} // namespace

std::vector<const PeriodResult *> RunResult::periodsIn(const RepResult &r) const
{
    std::vector<const PeriodResult *> out;
    for (const PeriodResult &p : r.periods)
        if (p.end >= period.start && p.end <= period.end)
            out.push_back(&p);
    return out;
}

const RepResult *RunResult::rep(qint64 repId) const
{
    for (const RepResult &r : reps)
        if (r.repId == repId)
            return &r;
    return nullptr;
}

const RepInput *RunResult::input(qint64 repId) const
{
    for (const RepInput &r : inputs)
        if (r.repId == repId)
            return &r;
    return nullptr;
}

FiscalPeriod parsePayoutPeriod(PlanStore &store, const QString &text)
{
    const FiscalCalendar cal(store.settings().fiscalYearStartMonth);
    FiscalPeriod p;
    if (!cal.parse(text, &p) || p.kind == FiscalPeriod::Kind::Year)
        throw TesseraError(TesseraError::Kind::User,
                           CompText::tr("'%1' is not a payout period YYYY-MM or YYYY-Qn").arg(text),
                           store.path(), -1, QStringLiteral("period"));
    return p;
}

RunResult computePayouts(PlanStore &store, const FiscalPeriod &period, const RunOptions &options,
                         const Progress &progress)
{
    RunResult run;
    run.period = period;
    run.fiscalYear = period.fiscalYear;
    const FiscalCalendar cal(store.settings().fiscalYearStartMonth);
    const int fy = period.fiscalYear;
    const QDate ys = cal.yearStart(fy), ye = cal.yearEnd(fy);
    const QString ysIso = ys.toString(Qt::ISODate), yeIso = ye.toString(Qt::ISODate);
    progress.report(0, 100, CompText::tr("Loading plans"));

    QHash<qint64, const Plan *> planById;
    for (Plan &p : loadPlans(store)) {
        run.plans.push_back(std::move(p));
        planById.insert(run.plans.back().id, &run.plans.back());
    }
    std::map<qint64, RepInput> inputs;
    for (const AssignmentRow &a : loadAssignments(store)) {
        if (options.onlyRep && *options.onlyRep != a.repId)
            continue;
        if (a.start > ye || (a.end.isValid() && a.end < ys))
            continue;
        RepInput &in = inputs[a.repId];
        in.repId = a.repId;
        in.assignments.push_back({planById.value(a.planId), a.start, a.end});
    }
    {
        FastStatement q(store, "SELECT rep_id, month, amount_cents FROM quotas WHERE "
                               "rep_id IS NOT NULL AND fiscal_year = ?");
        q.bind(1, fy);
        while (q.step()) {
            const auto it = inputs.find(q.int64(0));
            const qint64 m = q.int64(1);
            if (it != inputs.end() && m >= 1 && m <= 12)
                it->second.monthlyQuota[size_t(m - 1)] = Money::fromCents(q.int64(2));
        }
    }
    {
        QSqlQuery q = store.query(
            QStringLiteral(
                "SELECT r.rep_id, r.period, r.earned_to_date_cents, r.paid_before_cents + r.payable_cents, "
                "r.balance_cents, r.payable_cents FROM comp_period_closes c "
                "JOIN comp_payout_results r ON r.run_id = c.run_id AND r.period = c.period "
                "WHERE c.fiscal_year = ? ORDER BY r.rep_id, r.period"),
            {fy});
        while (q.next()) {
            const auto it = inputs.find(q.value(0).toLongLong());
            if (it != inputs.end())
                it->second.frozen.push_back({q.value(1).toString(), Money::fromCents(q.value(2).toLongLong()),
                                             Money::fromCents(q.value(3).toLongLong()),
                                             Money::fromCents(q.value(4).toLongLong()),
                                             Money::fromCents(q.value(5).toLongLong())});
        }
        // One row per deal of the closed periods: up to a million after a year of closes.
        FastStatement d(store, "SELECT rep_id, opportunity_id, credit_cents, commission_cents FROM "
                               "comp_frozen_deals WHERE fiscal_year = ?");
        d.bind(1, fy);
        while (d.step()) {
            const auto it = inputs.find(d.int64(0));
            if (it != inputs.end())
                it->second.frozenDeals.push_back(
                    {d.int64(1), Money::fromCents(d.int64(2)), Money::fromCents(d.int64(3)), {}});
        }
    }
    {
        FastStatement q(store, "SELECT id, name, manager_id FROM reps");
        while (q.step()) {
            run.repNames.insert(q.int64(0), q.text(1));
            run.repManagers.insert(q.int64(0), q.int64(2));
        }
    }
    progress.report(5, 100, CompText::tr("Crediting deals"));
    // Names and types are needed to explain lines and to match SPIFF conditions.
    CreditOptions co;
    co.readText = options.explain;
    for (const Plan &p : run.plans)
        for (const Component &c : p.components)
            if (c.type == Component::Type::Spiff)
                co.readText = true;
    CreditsByRep credits = computeCredits(
        store, ys, period.end, co, Progress([&](qint64 done, qint64 total, const QString &stage) {
            progress.report(5 + (total ? done * 55 / total : 0), 100, stage);
            return true;
        }));
    for (auto &[repId, in] : inputs) {
        const auto c = credits.find(repId);
        if (c != credits.end())
            in.credits = std::move(c->second);
        if (options.onlyRep && *options.onlyRep == repId && !options.whatIfDeals.empty()) {
            for (CreditedDeal d : options.whatIfDeals) {
                d.hypothetical = true;
                in.credits.push_back(std::move(d));
            }
            std::stable_sort(in.credits.begin(), in.credits.end(),
                             [](const CreditedDeal &a, const CreditedDeal &b) { return a.date < b.date; });
        }
        run.inputs.push_back(std::move(in));
    }
    run.reps.resize(run.inputs.size());
    const EngineOptions eo{period.end, options.explain};
    std::vector<size_t> index(run.inputs.size());
    std::iota(index.begin(), index.end(), 0);
    const size_t chunk = 250;
    for (size_t begin = 0; begin < index.size(); begin += chunk) {
        progress.report(60 + qint64(begin * 40 / std::max<size_t>(1, index.size())), 100,
                        CompText::tr("Computing payouts"));
        std::vector<size_t> part(index.begin() + qint64(begin),
                                 index.begin() + qint64(std::min(index.size(), begin + chunk)));
        QtConcurrent::blockingMap(part,
                                  [&](size_t i) { run.reps[i] = computeRep(run.inputs[i], cal, fy, eo); });
    }
    progress.report(100, 100, CompText::tr("Done"));
    return run;
}

qint64 saveRun(PlanStore &store, const RunResult &run, const QString &kind)
{
    Transaction tx(store);
    QSqlQuery r = store.query(
        QStringLiteral("INSERT INTO comp_payout_runs(period, kind, run_at, run_by) VALUES (?, ?, ?, ?)"),
        {run.period.label, kind, QDateTime::currentDateTimeUtc().toString(Qt::ISODate), store.user()});
    const qint64 runId = store.lastInsertId(r);
    QSqlQuery res =
        store.prepare(QStringLiteral("INSERT INTO comp_payout_results(run_id, rep_id, period, plan_id, "
                                     "credit_cents, quota_cents, attainment_micros, earned_cents, "
                                     "earned_to_date_cents, paid_before_cents, draw_advance_cents, "
                                     "draw_recovery_cents, balance_cents, payable_cents) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery line = store.prepare(QStringLiteral(
        "INSERT INTO comp_payout_lines(run_id, rep_id, period, kind, component, opportunity_id, "
        "amount_cents, explanation) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery adj = store.prepare(QStringLiteral(
        "INSERT INTO comp_adjustments(run_id, period, rep_id, opportunity_id, amount_cents, reason) "
        "VALUES (?, ?, ?, ?, ?, ?)"));
    QSqlQuery bal = store.prepare(
        QStringLiteral("REPLACE INTO comp_draw_balances(rep_id, period, balance_cents) VALUES (?, ?, ?)"));
    const QLocale locale;
    for (size_t i = 0; i < run.reps.size(); ++i) {
        const RepResult &rep = run.reps[i];
        for (const PeriodResult *p : run.periodsIn(rep)) {
            const QVariantList v{runId,
                                 rep.repId,
                                 p->label,
                                 p->plan ? QVariant(p->plan->id) : QVariant(),
                                 p->credit.cents(),
                                 p->quota.cents(),
                                 p->attainment.micros(),
                                 p->earned.cents(),
                                 p->earnedToDate.cents(),
                                 p->paidBefore.cents(),
                                 p->drawAdvance.cents(),
                                 p->drawRecovery.cents(),
                                 p->balance.cents(),
                                 p->payable.cents()};
            for (int k = 0; k < v.size(); ++k)
                res.bindValue(k, v[k]);
            store.exec(res);
            for (const PayoutLine &l : p->lines) {
                const QString text = explainLine(l, run.inputs[i].credits, locale);
                const QVariant opp = l.opportunityId ? QVariant(l.opportunityId) : QVariant();
                const QVariantList lv{
                    runId,
                    rep.repId,
                    p->label,
                    lineKindName(l.kind),
                    l.plan && l.component >= 0 ? l.plan->components[size_t(l.component)].name : QString(),
                    opp,
                    l.amount.cents(),
                    text};
                for (int k = 0; k < lv.size(); ++k)
                    line.bindValue(k, lv[k]);
                store.exec(line);
                if (l.kind == PayoutLine::Kind::Adjustment) {
                    const QVariantList av{runId, p->label, rep.repId, opp, l.amount.cents(), l.note};
                    for (int k = 0; k < av.size(); ++k)
                        adj.bindValue(k, av[k]);
                    store.exec(adj);
                }
            }
            bal.bindValue(0, rep.repId);
            bal.bindValue(1, p->label);
            bal.bindValue(2, p->balance.cents());
            store.exec(bal);
        }
    }
    tx.commit();
    return runId;
}

bool isClosed(PlanStore &store, const QString &label)
{
    return store.scalar(QStringLiteral("SELECT 1 FROM comp_period_closes WHERE period = ?"), {label})
        .isValid();
}

qint64 closePeriod(PlanStore &store, const FiscalPeriod &period, const Progress &progress)
{
    const RunResult run = computePayouts(store, period, {}, progress);
    Transaction tx(store);
    QStringList labels;
    for (const RepResult &rep : run.reps) {
        for (const PeriodResult &p : rep.periods) {
            if (p.end < period.start && !p.closed)
                throw TesseraError(
                    TesseraError::Kind::User,
                    CompText::tr("close %1 first: it is still open for rep %2").arg(p.label).arg(rep.repId),
                    store.path(), -1, QStringLiteral("period"));
            if (p.end >= period.start && p.end <= period.end && !labels.contains(p.label)) {
                if (p.closed)
                    throw TesseraError(TesseraError::Kind::User,
                                       CompText::tr("%1 is closed already").arg(p.label), store.path(), -1,
                                       QStringLiteral("period"));
                labels << p.label;
            }
        }
    }
    if (labels.isEmpty())
        throw TesseraError(TesseraError::Kind::User,
                           CompText::tr("no payout period of an assigned rep ends in %1").arg(period.label),
                           store.path(), -1, QStringLiteral("period"));
    const qint64 runId = saveRun(store, run, QStringLiteral("close"));
    for (const QString &label : labels)
        store.query(QStringLiteral("INSERT INTO comp_period_closes(period, fiscal_year, run_id, closed_at, "
                                   "closed_by) VALUES (?, ?, ?, ?, ?)"),
                    {label, run.fiscalYear, runId, QDateTime::currentDateTimeUtc().toString(Qt::ISODate),
                     store.user()});
    // Freeze each deal's credit and commission over all closed periods of the year.
    QSqlQuery ins = store.prepare(
        QStringLiteral("INSERT INTO comp_frozen_deals(fiscal_year, rep_id, opportunity_id, credit_cents, "
                       "commission_cents) VALUES (?, ?, ?, ?, ?)"));
    for (size_t i = 0; i < run.reps.size(); ++i) {
        const RepResult &rep = run.reps[i];
        store.query(QStringLiteral("DELETE FROM comp_frozen_deals WHERE fiscal_year = ? AND rep_id = ?"),
                    {run.fiscalYear, rep.repId});
        if (rep.periods.empty())
            continue;
        std::map<qint64, std::pair<Money, Money>> deals;
        QDate first;
        for (const PeriodResult &p : rep.periods) {
            if (p.end > period.end)
                continue;
            if (!first.isValid())
                first = p.start;
            for (const PayoutLine &l : p.lines)
                if (l.opportunityId && l.kind != PayoutLine::Kind::Adjustment)
                    deals[l.opportunityId].second += l.amount;
        }
        for (const CreditedDeal &d : run.inputs[i].credits)
            if (!d.hypothetical && d.date >= first && d.date <= period.end)
                deals[d.opportunityId].first += d.credit;
        for (const auto &[opp, v] : deals) {
            const QVariantList values{run.fiscalYear, rep.repId, opp, v.first.cents(), v.second.cents()};
            for (int k = 0; k < values.size(); ++k)
                ins.bindValue(k, values[k]);
            store.exec(ins);
        }
    }
    recordChange(store, QStringLiteral("comp_period"), runId, QStringLiteral("close"), {},
                 {{QStringLiteral("period"), period.label},
                  {QStringLiteral("labels"), labels.join(QLatin1Char(','))}});
    tx.commit();
    return runId;
}

QByteArray runCsv(const RunResult &run)
{
    QByteArray out = "rep_id,rep,period,plan,credit,quota,attainment,earned,earned_to_date,paid,draw_advance,"
                     "draw_recovery,balance,payable\n";
    auto quote = [](QString s) {
        if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')))
            s = QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        return s;
    };
    for (const RepResult &rep : run.reps)
        for (const PeriodResult *p : run.periodsIn(rep)) {
            const QStringList f{QString::number(rep.repId),
                                quote(run.repNames.value(rep.repId)),
                                p->label,
                                quote(p->plan ? p->plan->name : QString()),
                                p->credit.toPlainString(),
                                p->quota.toPlainString(),
                                p->attainment.toPlainString(),
                                p->earned.toPlainString(),
                                p->earnedToDate.toPlainString(),
                                p->paidBefore.toPlainString(),
                                p->drawAdvance.toPlainString(),
                                p->drawRecovery.toPlainString(),
                                p->balance.toPlainString(),
                                p->payable.toPlainString()};
            out += f.join(QLatin1Char(',')).toUtf8() + '\n';
        }
    return out;
}

} // namespace tessera::comp
