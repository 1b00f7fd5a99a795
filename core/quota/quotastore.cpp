#include "quotastore.h"

#include "apportion.h"
#include "store/changelog.h"
#include "store/isodate.h"
#include "store/planstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>

namespace tessera::quota {
namespace {

QDate asOfOf(const QuotaSetup &setup, const QuotaCalendar &calendar)
{
    return setup.asOf.isValid() ? setup.asOf : calendar.year(setup.settings.fiscalYear).start.addDays(-1);
}

// Closed-won bookings per rep in [from, to].
QHash<qint64, qint64> bookingsByRep(const PlanStore &store, const QDate &from, const QDate &to)
{
    QHash<qint64, qint64> out;
    QSqlQuery q = store.query(QStringLiteral("SELECT owner_rep_id, SUM(amount_cents) FROM opportunities "
                                             "WHERE is_won = 1 AND close_date >= ? AND close_date <= ? "
                                             "AND owner_rep_id IS NOT NULL GROUP BY owner_rep_id"),
                              {isoDate(from), isoDate(to)});
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return out;
}

} // namespace

QuotaCalendar calendarOf(const PlanStore &store, const QuotaSetup &setup)
{
    return QuotaCalendar(store.settings().fiscalYearStartMonth, setup.pattern);
}

QuotaSetup loadSetup(const PlanStore &store, int fiscalYear)
{
    QuotaSetup setup;
    setup.settings.fiscalYear = fiscalYear;
    setup.settings.seasonalitySource = QStringLiteral("history");
    QSqlQuery q = store.query(QStringLiteral("SELECT target_cents, unit_cents, calendar, seasonality_source, "
                                             "as_of, ramp_profile_id FROM quota_plans WHERE fiscal_year = ?"),
                              {fiscalYear});
    qint64 rampId = -1;
    if (q.next()) {
        setup.settings.target = Money::fromCents(q.value(0).toLongLong());
        setup.settings.unitCents = std::max<qint64>(1, q.value(1).toLongLong());
        QuotaCalendar::parsePattern(q.value(2).toString(), &setup.pattern);
        setup.settings.seasonalitySource = q.value(3).toString();
        setup.asOf = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        rampId = q.value(5).isNull() ? -1 : q.value(5).toLongLong();
    }
    QSqlQuery lv = store.query(QStringLiteral("SELECT level, method, overassign_micros, blend_prior_micros "
                                              "FROM quota_levels WHERE fiscal_year = ?"),
                               {fiscalYear});
    while (lv.next()) {
        Level level;
        Method method;
        if (!parseLevel(lv.value(0).toString(), &level) || !parseMethod(lv.value(1).toString(), &method))
            continue;
        LevelRule &rule = setup.settings.rules[size_t(level)];
        rule.method = method;
        rule.overassign = Rate::fromMicros(lv.value(2).toLongLong());
        rule.blendPriorShare = Rate::fromMicros(lv.value(3).toLongLong());
    }
    QSqlQuery sq = store.query(
        QStringLiteral("SELECT month, weight FROM quota_seasonality WHERE fiscal_year = ?"), {fiscalYear});
    while (sq.next()) {
        const int m = sq.value(0).toInt();
        if (m >= 1 && m <= 12)
            setup.settings.seasonality[size_t(m - 1)] = sq.value(1).toLongLong();
    }
    if (rampId >= 0) {
        QSqlQuery rq =
            store.query(QStringLiteral("SELECT name, steps FROM quota_ramp_profiles WHERE id = ?"), {rampId});
        if (rq.next()) {
            setup.ramp.name = rq.value(0).toString();
            RampProfile::parse(rq.value(1).toString(), &setup.ramp);
        }
    }
    return setup;
}

std::array<qint64, 12> seasonalityFromHistory(const PlanStore &store, const QuotaCalendar &calendar,
                                              int fiscalYear)
{
    std::array<qint64, 12> curve{};
    const QDate from = calendar.year(fiscalYear - 2).start;
    const QDate to = calendar.year(fiscalYear - 1).end;
    QSqlQuery q = store.query(QStringLiteral("SELECT close_date, SUM(amount_cents) FROM opportunities "
                                             "WHERE is_won = 1 AND close_date >= ? AND close_date <= ? "
                                             "GROUP BY close_date"),
                              {isoDate(from), isoDate(to)});
    while (q.next()) {
        const QDate d = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        if (!d.isValid())
            continue;
        int fy = 0, m = 0;
        calendar.locate(d, &fy, &m);
        if (m >= 1 && m <= 12)
            curve[size_t(m - 1)] += q.value(1).toLongLong();
    }
    // The bookings themselves are the weights: the months keep their exact proportions.
    return curve;
}

QuotaPlan buildPlan(const PlanStore &store, const QuotaSetup &setup)
{
    QuotaPlan plan;
    plan.settings = setup.settings;
    const int fy = setup.settings.fiscalYear;
    const QuotaCalendar calendar = calendarOf(store, setup);
    for (int m = 1; m <= 12; ++m)
        plan.monthDays[size_t(m - 1)] = calendar.month(fy, m).days();
    if (plan.settings.seasonalitySource.isEmpty())
        plan.settings.seasonalitySource = QStringLiteral("history");
    bool anySeason = false;
    for (qint64 w : plan.settings.seasonality)
        anySeason = anySeason || w > 0;
    if (!anySeason && plan.settings.seasonalitySource == QLatin1String("history")) {
        plan.settings.seasonality = seasonalityFromHistory(store, calendar, fy);
        for (qint64 w : plan.settings.seasonality)
            anySeason = anySeason || w > 0;
    }
    if (!anySeason) {
        plan.settings.seasonality.fill(1);
        plan.settings.seasonalitySource = QStringLiteral("even");
    }

    // The organisation, parents first (breadth first from the company).
    struct Org
    {
        qint64 id;
        qint64 parent;
        Level level;
        QString code, name;
    };
    std::vector<Org> org;
    QSqlQuery q = store.query(QStringLiteral(
        "SELECT id, parent_id, level, code, name FROM org_nodes ORDER BY sort_order, code, id"));
    QHash<qint64, std::vector<size_t>> childrenOf;
    std::vector<size_t> roots;
    while (q.next()) {
        Level level;
        if (!parseLevel(q.value(2).toString(), &level) || level == Level::Rep)
            continue;
        org.push_back({q.value(0).toLongLong(), q.value(1).isNull() ? -1 : q.value(1).toLongLong(), level,
                       q.value(3).toString(), q.value(4).toString()});
        if (org.back().parent < 0)
            roots.push_back(org.size() - 1);
        else
            childrenOf[org.back().parent].push_back(org.size() - 1);
    }
    if (roots.size() != 1 || org[roots.front()].level != Level::Company)
        throw TesseraError(TesseraError::Kind::User,
                           QCoreApplication::translate(
                               "QuotaStore", "Quotas need one company at the top of the organisation."),
                           store.path());
    QHash<qint64, int> nodeOfOrg;
    std::vector<size_t> queue = roots;
    for (size_t k = 0; k < queue.size(); ++k) {
        const Org &o = org[queue[k]];
        QuotaNode n;
        n.level = o.level;
        n.id = o.id;
        n.code = o.code;
        n.name = o.name;
        n.parent = o.parent < 0 ? -1 : nodeOfOrg.value(o.parent, -1);
        nodeOfOrg.insert(o.id, int(plan.nodes.size()));
        plan.nodes.push_back(std::move(n));
        for (size_t c : childrenOf.value(o.id))
            queue.push_back(c);
    }

    // Inputs: bookings and potential by rep, summed into territories by the rep's territory.
    const QDate yearStart = calendar.year(fy).start;
    const QHash<qint64, qint64> prior =
        bookingsByRep(store, calendar.year(fy - 1).start, yearStart.addDays(-1));
    const QDate asOf = asOfOf(setup, calendar);
    const QHash<qint64, qint64> t12 = bookingsByRep(store, asOf.addYears(-1).addDays(1), asOf);
    QHash<qint64, qint64> potential;
    QSqlQuery pq = store.query(QStringLiteral("SELECT owner_rep_id, SUM(potential_cents) FROM accounts "
                                              "WHERE owner_rep_id IS NOT NULL GROUP BY owner_rep_id"));
    while (pq.next())
        potential.insert(pq.value(0).toLongLong(), pq.value(1).toLongLong());

    QHash<qint64, std::vector<Leave>> leaves;
    QSqlQuery lq = store.query(QStringLiteral("SELECT rep_id, start_date, end_date FROM quota_leaves"));
    while (lq.next())
        leaves[lq.value(0).toLongLong()].push_back({QDate::fromString(lq.value(1).toString(), Qt::ISODate),
                                                    QDate::fromString(lq.value(2).toString(), Qt::ISODate)});
    QHash<qint64, RampProfile> repRamps;
    QSqlQuery rq = store.query(QStringLiteral("SELECT r.rep_id, p.name, p.steps FROM quota_rep_ramps r "
                                              "JOIN quota_ramp_profiles p ON p.id = r.profile_id"));
    while (rq.next()) {
        RampProfile p;
        p.name = rq.value(1).toString();
        RampProfile::parse(rq.value(2).toString(), &p);
        repRamps.insert(rq.value(0).toLongLong(), p);
    }

    const DateRange yearRange = calendar.year(fy);
    QSqlQuery reps =
        store.query(QStringLiteral("SELECT id, external_id, name, territory_id, hire_date, end_date "
                                   "FROM reps WHERE territory_id IS NOT NULL ORDER BY name, id"));
    std::vector<QuotaNode> repNodes;
    while (reps.next()) {
        const qint64 repId = reps.value(0).toLongLong();
        const int territory = nodeOfOrg.value(reps.value(3).toLongLong(), -1);
        if (territory < 0)
            continue;
        QuotaNode &t = plan.nodes[size_t(territory)];
        t.priorYear += prior.value(repId);
        t.trailing12 += t12.value(repId);
        t.potential += potential.value(repId);
        Employment e;
        e.hire = QDate::fromString(reps.value(4).toString(), Qt::ISODate);
        e.end = QDate::fromString(reps.value(5).toString(), Qt::ISODate);
        e.leaves = leaves.value(repId);
        if (eligibleDays(yearRange, e) == 0 || t.level != Level::Territory)
            continue;
        QuotaNode r;
        r.level = Level::Rep;
        r.id = repId;
        r.code = reps.value(1).toString();
        r.name = reps.value(2).toString();
        r.parent = territory;
        r.priorYear = prior.value(repId);
        r.trailing12 = t12.value(repId);
        // New hires (hired within the ramp's length before the year or during it) ramp.
        const RampProfile &ramp = repRamps.contains(repId) ? repRamps[repId] : setup.ramp;
        r.coverage = coverage(calendar, fy, e, ramp);
        repNodes.push_back(std::move(r));
    }
    // Sum territory inputs up the tree (children come after parents, so walk backwards).
    for (size_t i = plan.nodes.size(); i-- > 1;) {
        QuotaNode &n = plan.nodes[i];
        QuotaNode &p = plan.nodes[size_t(n.parent)];
        p.priorYear += n.priorYear;
        p.trailing12 += n.trailing12;
        p.potential += n.potential;
    }
    // A rep's potential is the territory's, in proportion to the share of the year the rep covers (ramp ×
    // eligible days), so partial-year reps compare fairly with full-year ones.
    for (QuotaNode &r : repNodes) {
        qint64 shareMicros = 0;
        for (int m = 0; m < 12; ++m)
            shareMicros += divRoundHalfAway(r.coverage[size_t(m)], plan.monthDays[size_t(m)]);
        const qint64 territoryPotential = plan.nodes[size_t(r.parent)].potential;
        r.potential = divRoundHalfAway(Int128(territoryPotential) * shareMicros, Int128(Rate::Scale) * 12);
    }
    for (QuotaNode &r : repNodes)
        plan.nodes.push_back(std::move(r));
    plan.linkChildren();
    return plan;
}

void readAmounts(const PlanStore &store, QuotaPlan &plan)
{
    QHash<qint64, int> orgIndex, repIndex;
    for (size_t i = 0; i < plan.nodes.size(); ++i)
        (plan.nodes[i].level == Level::Rep ? repIndex : orgIndex).insert(plan.nodes[i].id, int(i));
    auto nodeOf = [&](const QSqlQuery &q) {
        return q.value(0).isNull() ? repIndex.value(q.value(1).toLongLong(), -1)
                                   : orgIndex.value(q.value(0).toLongLong(), -1);
    };
    const int fy = plan.settings.fiscalYear;
    QSqlQuery q = store.query(QStringLiteral("SELECT org_node_id, rep_id, month, amount_cents FROM quotas "
                                             "WHERE fiscal_year = ?"),
                              {fy});
    while (q.next()) {
        const int n = nodeOf(q);
        const int m = q.value(2).toInt() - 1;
        if (n >= 0 && m >= 0 && m < 12)
            plan.nodes[size_t(n)].cells[size_t(m)].value = q.value(3).toLongLong();
    }
    QSqlQuery c =
        store.query(QStringLiteral("SELECT org_node_id, rep_id, month, locked, overridden, "
                                   "pinned_child_total_cents FROM quota_cells WHERE fiscal_year = ?"),
                    {fy});
    while (c.next()) {
        const int n = nodeOf(c);
        const int m = c.value(2).toInt() - 1;
        if (n < 0 || m < 0 || m >= 12)
            continue;
        CellState &cell = plan.nodes[size_t(n)].cells[size_t(m)];
        cell.locked = c.value(3).toInt() != 0;
        cell.overridden = c.value(4).toInt() != 0;
        cell.pinned = !c.value(5).isNull();
        if (cell.pinned)
            cell.childTotal = c.value(5).toLongLong();
    }
    // Children's totals and not-covered amounts follow from the amounts.
    for (size_t i = 0; i < plan.nodes.size(); ++i) {
        QuotaNode &n = plan.nodes[i];
        if (n.children.empty())
            continue;
        for (int m = 0; m < 12; ++m) {
            CellState &cell = n.cells[size_t(m)];
            if (!cell.pinned)
                cell.childTotal = overassigned(cell.value, plan.overassignOf(int(i)));
            if (n.level == Level::Territory) {
                qint64 reps = 0;
                for (int r : n.children)
                    reps += plan.month(r, m);
                cell.notCovered = std::max<qint64>(0, cell.childTotal - reps);
            }
        }
    }
    plan.settings.target = Money::fromCents(plan.year(0));
}

QuotaPlan loadPlan(const PlanStore &store, int fiscalYear)
{
    QuotaPlan plan = buildPlan(store, loadSetup(store, fiscalYear));
    readAmounts(store, plan);
    return plan;
}

namespace {

void bindAll(QSqlQuery &q, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
}

QVariant orgId(const QuotaNode &n)
{
    return n.level == Level::Rep ? QVariant() : QVariant(n.id);
}

QVariant repId(const QuotaNode &n)
{
    return n.level == Level::Rep ? QVariant(n.id) : QVariant();
}

void writeCell(PlanStore &store, QSqlQuery &del, QSqlQuery &ins, const QuotaNode &n, int fy, int m)
{
    const CellState &c = n.cells[size_t(m)];
    bindAll(del, {orgId(n), orgId(n), repId(n), repId(n), fy, m + 1});
    store.exec(del);
    if (!c.locked && !c.overridden && !c.pinned)
        return;
    bindAll(ins, {orgId(n), repId(n), fy, m + 1, c.locked ? 1 : 0, c.overridden ? 1 : 0,
                  c.pinned ? QVariant(c.childTotal) : QVariant()});
    store.exec(ins);
}

const QString kDeleteCell = QStringLiteral(
    "DELETE FROM quota_cells WHERE (org_node_id = ? OR (org_node_id IS NULL AND ? IS NULL)) AND "
    "(rep_id = ? OR (rep_id IS NULL AND ? IS NULL)) AND fiscal_year = ? AND month = ?");
const QString kInsertQuota = QStringLiteral(
    "INSERT INTO quotas(org_node_id, rep_id, fiscal_year, month, amount_cents) VALUES (?, ?, ?, ?, ?)");
const QString kInsertCell =
    QStringLiteral("INSERT INTO quota_cells(org_node_id, rep_id, fiscal_year, month, locked, overridden, "
                   "pinned_child_total_cents) VALUES (?, ?, ?, ?, ?, ?, ?)");

} // namespace

void saveSetup(PlanStore &store, const QuotaSetup &setup)
{
    const QuotaSettings &settings = setup.settings;
    const int fy = settings.fiscalYear;
    Transaction tx(store);
    qint64 rampId = -1;
    if (!setup.ramp.steps.empty()) {
        const QString name = setup.ramp.name.isEmpty() ? QCoreApplication::translate("QuotaStore", "New hire")
                                                       : setup.ramp.name;
        const QVariant existing =
            store.scalar(QStringLiteral("SELECT id FROM quota_ramp_profiles WHERE name = ?"), {name});
        if (existing.isValid()) {
            rampId = existing.toLongLong();
            store.query(QStringLiteral("UPDATE quota_ramp_profiles SET steps = ? WHERE id = ?"),
                        {setup.ramp.toText(), rampId});
        } else {
            QSqlQuery ins =
                store.query(QStringLiteral("INSERT INTO quota_ramp_profiles(name, steps) VALUES (?, ?)"),
                            {name, setup.ramp.toText()});
            rampId = store.lastInsertId(ins);
        }
    }
    store.query(QStringLiteral("DELETE FROM quota_levels WHERE fiscal_year = ?"), {fy});
    store.query(QStringLiteral("DELETE FROM quota_seasonality WHERE fiscal_year = ?"), {fy});
    store.query(QStringLiteral("DELETE FROM quota_plans WHERE fiscal_year = ?"), {fy});
    store.query(
        QStringLiteral(
            "INSERT INTO quota_plans(fiscal_year, target_cents, unit_cents, calendar, "
            "seasonality_source, ramp_profile_id, as_of, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {fy, settings.target.cents(), settings.unitCents, QuotaCalendar::patternName(setup.pattern),
         settings.seasonalitySource, rampId >= 0 ? QVariant(rampId) : QVariant(),
         setup.asOf.isValid() ? QVariant(isoDate(setup.asOf)) : QVariant(),
         QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
    for (int l = 1; l < LevelCount; ++l) {
        const LevelRule &r = settings.rules[size_t(l)];
        store.query(QStringLiteral("INSERT INTO quota_levels(fiscal_year, level, method, overassign_micros, "
                                   "blend_prior_micros) VALUES (?, ?, ?, ?, ?)"),
                    {fy, levelName(Level(l)), methodName(r.method), r.overassign.micros(),
                     r.blendPriorShare.micros()});
    }
    for (int m = 0; m < 12; ++m)
        store.query(
            QStringLiteral("INSERT INTO quota_seasonality(fiscal_year, month, weight) VALUES (?, ?, ?)"),
            {fy, m + 1, settings.seasonality[size_t(m)]});

    tx.commit();
}

void savePlan(PlanStore &store, const QuotaPlan &plan, const QuotaSetup &setup)
{
    const int fy = plan.settings.fiscalYear;
    Transaction tx(store);
    recordChange(
        store, QStringLiteral("quota_plan"), fy, QStringLiteral("allocate"), {},
        QJsonObject{{QStringLiteral("target"), plan.settings.target.toPlainString()},
                    {QStringLiteral("unit"), Money::fromCents(plan.settings.unitCents).toPlainString()},
                    {QStringLiteral("seasonality"), plan.settings.seasonalitySource}});
    QuotaSetup saved = setup;
    saved.settings = plan.settings;
    saveSetup(store, saved);
    store.query(QStringLiteral("DELETE FROM quotas WHERE fiscal_year = ?"), {fy});
    store.query(QStringLiteral("DELETE FROM quota_cells WHERE fiscal_year = ?"), {fy});
    // Rows go in as multi-row INSERTs with the values written into the statement: every value is an integer
    // (ids, year, month, cents) formatted by QString::number, so nothing needs quoting, and this avoids one
    // bind call per value, which is most of the cost of writing 100,000 rows. Portable SQL.
    const QString head =
        QStringLiteral("INSERT INTO quotas(org_node_id, rep_id, fiscal_year, month, amount_cents) VALUES ");
    const QString null = QStringLiteral("NULL");
    QString sql;
    int rows = 0;
    auto flush = [&] {
        if (rows == 0)
            return;
        store.query(sql);
        sql.clear();
        rows = 0;
    };
    QSqlQuery del = store.prepare(kDeleteCell);
    QSqlQuery insCell = store.prepare(kInsertCell);
    for (const QuotaNode &n : plan.nodes) {
        const QString org = n.level == Level::Rep ? null : QString::number(n.id);
        const QString rep = n.level == Level::Rep ? QString::number(n.id) : null;
        for (int m = 0; m < 12; ++m) {
            sql += (rows == 0 ? head : QStringLiteral(", ")) + QLatin1Char('(') + org + QLatin1Char(',') +
                   rep + QLatin1Char(',') + QString::number(fy) + QLatin1Char(',') + QString::number(m + 1) +
                   QLatin1Char(',') + QString::number(n.cells[size_t(m)].value) + QLatin1Char(')');
            if (++rows == 240)
                flush();
        }
    }
    flush();
    for (const QuotaNode &n : plan.nodes)
        for (int m = 0; m < 12; ++m) {
            const CellState &c = n.cells[size_t(m)];
            if (c.locked || c.overridden || c.pinned)
                writeCell(store, del, insCell, n, fy, m);
        }
    tx.commit();
}

void saveChanges(PlanStore &store, const QuotaPlan &plan, const std::vector<CellChange> &changes, bool undo,
                 const QString &description)
{
    const int fy = plan.settings.fiscalYear;
    Transaction tx(store);
    QSqlQuery upd = store.prepare(QStringLiteral("UPDATE quotas SET amount_cents = ? WHERE (org_node_id = ? "
                                                 "OR rep_id = ?) AND fiscal_year = ? AND month = ?"));
    QSqlQuery ins = store.prepare(kInsertQuota);
    QSqlQuery del = store.prepare(kDeleteCell);
    QSqlQuery insCell = store.prepare(kInsertCell);
    for (const CellChange &c : changes) {
        const QuotaNode &n = plan.nodes[size_t(c.node)];
        const CellState &state = undo ? c.before : c.after;
        const CellState &other = undo ? c.after : c.before;
        if (state.value != other.value) {
            bindAll(upd, {state.value, orgId(n), repId(n), fy, c.month + 1});
            store.exec(upd);
            if (upd.numRowsAffected() == 0) { // the year had no row for this cell yet
                bindAll(ins, {orgId(n), repId(n), fy, c.month + 1, state.value});
                store.exec(ins);
            }
        }
        writeCell(store, del, insCell, n, fy, c.month);
    }
    store.query(
        QStringLiteral("UPDATE quota_plans SET target_cents = ?, updated_at = ? WHERE fiscal_year = ?"),
        {plan.year(0), QDateTime::currentDateTimeUtc().toString(Qt::ISODate), fy});
    if (!changes.empty()) {
        const CellChange &first = changes.front();
        const QuotaNode &n = plan.nodes[size_t(first.node)];
        recordChange(
            store, QStringLiteral("quota"), n.id, undo ? QStringLiteral("undo") : QStringLiteral("edit"),
            QJsonObject{{QStringLiteral("cells"), qint64(changes.size())}},
            QJsonObject{{QStringLiteral("description"), description}, {QStringLiteral("fiscal_year"), fy}});
    }
    tx.commit();
}

QuotaPlan allocateAndSave(PlanStore &store, const QuotaSetup &setup, const Progress &progress)
{
    progress.report(0, 3, QCoreApplication::translate("QuotaStore", "Reading the organisation"));
    QuotaPlan plan = buildPlan(store, setup);
    readAmounts(store, plan); // locked cells of an earlier allocation keep their values
    plan.settings.target = setup.settings.target;
    progress.report(1, 3, QCoreApplication::translate("QuotaStore", "Allocating"));
    plan.allocate();
    progress.report(2, 3, QCoreApplication::translate("QuotaStore", "Writing quotas"));
    QuotaSetup saved = setup;
    saved.settings = plan.settings;
    savePlan(store, plan, saved);
    progress.report(3, 3, QCoreApplication::translate("QuotaStore", "Done"));
    return plan;
}

} // namespace tessera::quota
