#pragma once
// The change log: one row per user edit (when, who, entity, before/after), written in the edit's own
// transaction so that the log and the data never disagree.

#include <QJsonObject>
#include <QString>

namespace tessera {

class PlanStore;

void recordChange(PlanStore &store, const QString &entity, qint64 entityId, const QString &action,
                  const QJsonObject &before, const QJsonObject &after);

} // namespace tessera
