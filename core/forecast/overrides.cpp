#include "overrides.h"

#include "common/error.h"
#include "store/changelog.h"
#include "store/planstore.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace tessera::forecast {

namespace {

QJsonObject toJson(const NodeRef &node, const Period &period, const std::optional<CommitOverride> &o)
{
    if (!o)
        return {};
    return QJsonObject{{QStringLiteral("node_kind"), node.kindName()},
                       {QStringLiteral("node_id"), node.id},
                       {QStringLiteral("period_start"), period.start.toString(Qt::ISODate)},
                       {QStringLiteral("period_end"), period.end.toString(Qt::ISODate)},
                       {QStringLiteral("commit"), o->commit.toPlainString()},
                       {QStringLiteral("comment"), o->comment},
                       {QStringLiteral("who"), o->who},
                       {QStringLiteral("at"), o->at.toString(Qt::ISODate)}};
}

} // namespace

std::optional<CommitOverride> loadOverride(const PlanStore &store, const NodeRef &node, const Period &period)
{
    QSqlQuery q = store.query(
        QStringLiteral("SELECT commit_cents, comment, who, at FROM forecast_overrides "
                       "WHERE node_kind = ? AND node_id = ? AND period_start = ? AND "
                       "period_end = ?"),
        {node.kindName(), node.id, period.start.toString(Qt::ISODate), period.end.toString(Qt::ISODate)});
    if (!q.next())
        return std::nullopt;
    CommitOverride o;
    o.commit = Money::fromCents(q.value(0).toLongLong());
    o.comment = q.value(1).toString();
    o.who = q.value(2).toString();
    o.at = QDateTime::fromString(q.value(3).toString(), Qt::ISODate);
    return o;
}

void saveOverride(PlanStore &store, const NodeRef &node, const Period &period,
                  const std::optional<CommitOverride> &value)
{
    std::optional<CommitOverride> v = value;
    if (v) {
        if (v->comment.trimmed().isEmpty())
            throw TesseraError(
                TesseraError::Kind::User,
                QCoreApplication::translate("Forecast", "A commit override needs a comment saying why."),
                store.path(), -1, QStringLiteral("comment"));
        if (v->who.isEmpty())
            v->who = store.user().isEmpty() ? QStringLiteral("unknown") : store.user();
        if (!v->at.isValid())
            v->at = QDateTime::currentDateTimeUtc();
    }
    Transaction tx(store);
    const std::optional<CommitOverride> before = loadOverride(store, node, period);
    const QVariantList key = {node.kindName(), node.id, period.start.toString(Qt::ISODate),
                              period.end.toString(Qt::ISODate)};
    store.query(QStringLiteral("DELETE FROM forecast_overrides WHERE node_kind = ? AND node_id = ? AND "
                               "period_start = ? AND period_end = ?"),
                key);
    qint64 id = 0;
    if (v) {
        QSqlQuery ins = store.query(
            QStringLiteral("INSERT INTO forecast_overrides(node_kind, node_id, period_start, period_end, "
                           "commit_cents, comment, who, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            key + QVariantList{v->commit.cents(), v->comment, v->who, v->at.toString(Qt::ISODate)});
        id = store.lastInsertId(ins);
    }
    recordChange(store, QStringLiteral("forecast_override"), id,
                 v ? (before ? QStringLiteral("update") : QStringLiteral("insert"))
                   : QStringLiteral("delete"),
                 toJson(node, period, before), toJson(node, period, v));
    tx.commit();
}

} // namespace tessera::forecast
