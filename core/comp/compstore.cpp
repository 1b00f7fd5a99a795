#include "compstore.h"
#include "comp/comptext.h"

#include "store/changelog.h"
#include "store/isodate.h"
#include "store/planstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace tessera::comp {

qint64 savePlan(PlanStore &store, const Plan &plan)
{
    Transaction tx(store);
    const QJsonObject json = toJson(plan);
    const QString text = QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
    // By id when the plan has one (a rename keeps its assignments), else by name (import replaces).
    QVariant existing =
        plan.id ? store.scalar(QStringLiteral("SELECT id FROM comp_plans WHERE id = ?"), {plan.id})
                : QVariant();
    if (!existing.isValid())
        existing = store.scalar(QStringLiteral("SELECT id FROM comp_plans WHERE name = ?"), {plan.name});
    QJsonObject before;
    qint64 id = 0;
    const QVariantList values{plan.name,
                              plan.planYear,
                              plan.frequency == PayoutFrequency::Month ? QStringLiteral("month")
                                                                       : QStringLiteral("quarter"),
                              plan.ote.cents(),
                              plan.payMix.micros(),
                              text,
                              QDateTime::currentDateTimeUtc().toString(Qt::ISODate)};
    if (existing.isValid()) {
        id = existing.toLongLong();
        before = QJsonDocument::fromJson(
                     store.scalar(QStringLiteral("SELECT definition FROM comp_plans WHERE id = ?"), {id})
                         .toString()
                         .toUtf8())
                     .object();
        QVariantList v = values;
        v << id;
        store.query(
            QStringLiteral("UPDATE comp_plans SET name = ?, plan_year = ?, payout_period = ?, ote_cents = ?, "
                           "pay_mix_micros = ?, definition = ?, updated_at = ? WHERE id = ?"),
            v);
        store.query(QStringLiteral("DELETE FROM comp_components WHERE plan_id = ?"), {id});
    } else {
        QSqlQuery q = store.query(
            QStringLiteral("INSERT INTO comp_plans(name, plan_year, payout_period, ote_cents, "
                           "pay_mix_micros, definition, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            values);
        id = store.lastInsertId(q);
    }
    const QJsonArray comps = json.value(QStringLiteral("components")).toArray();
    for (int i = 0; i < comps.size(); ++i) {
        const QJsonObject c = comps.at(i).toObject();
        store.query(QStringLiteral("INSERT INTO comp_components(plan_id, position, type, name, definition) "
                                   "VALUES (?, ?, ?, ?, ?)"),
                    {id, i, c.value(QStringLiteral("type")).toString(),
                     c.value(QStringLiteral("name")).toString(),
                     QString::fromUtf8(QJsonDocument(c).toJson(QJsonDocument::Compact))});
    }
    recordChange(store, QStringLiteral("comp_plan"), id,
                 existing.isValid() ? QStringLiteral("update") : QStringLiteral("insert"), before, json);
    tx.commit();
    return id;
}

std::vector<Plan> loadPlans(PlanStore &store)
{
    std::vector<Plan> out;
    QSqlQuery q = store.query(QStringLiteral("SELECT id, definition FROM comp_plans ORDER BY name"));
    while (q.next()) {
        Plan p = planFromJsonBytes(q.value(1).toString().toUtf8(), store.path());
        p.id = q.value(0).toLongLong();
        out.push_back(std::move(p));
    }
    return out;
}

Plan loadPlan(PlanStore &store, const QString &name)
{
    const QVariant def =
        store.scalar(QStringLiteral("SELECT definition FROM comp_plans WHERE name = ?"), {name});
    if (!def.isValid())
        throw TesseraError(TesseraError::Kind::User,
                           CompText::tr("there is no compensation plan named '%1'").arg(name), store.path(),
                           -1, QStringLiteral("plan"));
    Plan p = planFromJsonBytes(def.toString().toUtf8(), store.path());
    p.id = store.scalar(QStringLiteral("SELECT id FROM comp_plans WHERE name = ?"), {name}).toLongLong();
    return p;
}

void deletePlan(PlanStore &store, const QString &name)
{
    Transaction tx(store);
    const Plan p = loadPlan(store, name);
    store.query(QStringLiteral("DELETE FROM comp_plans WHERE id = ?"), {p.id});
    recordChange(store, QStringLiteral("comp_plan"), p.id, QStringLiteral("delete"), toJson(p), {});
    tx.commit();
}

qint64 assignPlan(PlanStore &store, qint64 repId, const QString &planName, const QDate &from, const QDate &to)
{
    if (!from.isValid())
        throw TesseraError(TesseraError::Kind::User, CompText::tr("the start date is not a date YYYY-MM-DD"),
                           store.path(), -1, QStringLiteral("from"));
    if (to.isValid() && to < from)
        throw TesseraError(TesseraError::Kind::User, CompText::tr("the end date is before the start date"),
                           store.path(), -1, QStringLiteral("to"));
    Transaction tx(store);
    if (!store.scalar(QStringLiteral("SELECT id FROM reps WHERE id = ?"), {repId}).isValid())
        throw TesseraError(TesseraError::Kind::User, CompText::tr("there is no rep with id %1").arg(repId),
                           store.path(), -1, QStringLiteral("rep"));
    const Plan plan = loadPlan(store, planName);
    // Assignments starting inside the new range are refused: the user decides what replaces them.
    const QVariant clash =
        store.scalar(QStringLiteral("SELECT start_date FROM comp_assignments WHERE rep_id = ? AND start_date "
                                    ">= ? AND (? IS NULL OR start_date <= ?)"),
                     {repId, isoDate(from), isoDateOrNull(to), isoDateOrNull(to)});
    if (clash.isValid())
        throw TesseraError(
            TesseraError::Kind::User,
            CompText::tr("rep %1 already has a plan assignment starting %2, inside the new range")
                .arg(repId)
                .arg(clash.toString()),
            store.path(), -1, QStringLiteral("from"));
    // A running assignment ends the day before (mid-year plan change).
    QSqlQuery running = store.query(
        QStringLiteral("SELECT id, end_date FROM comp_assignments WHERE rep_id = ? AND start_date < ? "
                       "AND (end_date IS NULL OR end_date >= ?)"),
        {repId, isoDate(from), isoDate(from)});
    while (running.next()) {
        const qint64 id = running.value(0).toLongLong();
        store.query(QStringLiteral("UPDATE comp_assignments SET end_date = ? WHERE id = ?"),
                    {isoDate(from.addDays(-1)), id});
        recordChange(store, QStringLiteral("comp_assignment"), id, QStringLiteral("update"),
                     {{QStringLiteral("end_date"), running.value(1).toString()}},
                     {{QStringLiteral("end_date"), isoDate(from.addDays(-1))}});
    }
    QSqlQuery q = store.query(
        QStringLiteral(
            "INSERT INTO comp_assignments(rep_id, plan_id, start_date, end_date) VALUES (?, ?, ?, ?)"),
        {repId, plan.id, isoDate(from), isoDateOrNull(to)});
    const qint64 id = store.lastInsertId(q);
    recordChange(store, QStringLiteral("comp_assignment"), id, QStringLiteral("insert"), {},
                 {{QStringLiteral("rep_id"), repId},
                  {QStringLiteral("plan"), planName},
                  {QStringLiteral("start_date"), isoDate(from)},
                  {QStringLiteral("end_date"), to.isValid() ? isoDate(to) : QString()}});
    tx.commit();
    return id;
}

std::vector<AssignmentRow> loadAssignments(PlanStore &store)
{
    std::vector<AssignmentRow> out;
    QSqlQuery q =
        store.query(QStringLiteral("SELECT a.id, a.rep_id, a.plan_id, p.name, a.start_date, a.end_date "
                                   "FROM comp_assignments a JOIN comp_plans p ON p.id = a.plan_id "
                                   "ORDER BY a.rep_id, a.start_date"));
    while (q.next())
        out.push_back({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                       q.value(3).toString(), QDate::fromString(q.value(4).toString(), Qt::ISODate),
                       QDate::fromString(q.value(5).toString(), Qt::ISODate)});
    return out;
}

CreditingSettings creditingSettings(PlanStore &store)
{
    const QJsonObject o =
        QJsonDocument::fromJson(store.setting(QStringLiteral("comp_crediting")).toUtf8()).object();
    CreditingSettings s;
    s.source = o.value(QStringLiteral("source")).toString() == QLatin1String("territory")
                   ? CreditingSettings::Source::Territory
                   : CreditingSettings::Source::Owner;
    s.rollup = o.value(QStringLiteral("rollup")).toBool(true);
    return s;
}

void setCreditingSettings(PlanStore &store, const CreditingSettings &s)
{
    const QJsonObject o{{QStringLiteral("source"), s.source == CreditingSettings::Source::Territory
                                                       ? QStringLiteral("territory")
                                                       : QStringLiteral("owner")},
                        {QStringLiteral("rollup"), s.rollup}};
    store.setSetting(QStringLiteral("comp_crediting"),
                     QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

} // namespace tessera::comp
