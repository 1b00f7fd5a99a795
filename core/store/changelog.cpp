#include "changelog.h"

#include "planstore.h"

#include <QDateTime>
#include <QJsonDocument>

namespace tessera {

void recordChange(PlanStore &store, const QString &entity, qint64 entityId, const QString &action,
                  const QJsonObject &before, const QJsonObject &after)
{
    const auto json = [](const QJsonObject &o) {
        return o.isEmpty() ? QVariant()
                           : QVariant(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    };
    store.query(
        QStringLiteral("INSERT INTO change_log(at, who, entity, entity_id, action, before_json, after_json) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), store.user(), entity, entityId, action,
         json(before), json(after)});
}

} // namespace tessera
