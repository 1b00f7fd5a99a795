#include "mapcommands.h"

#include "mapdata.h"
#include "shell/plandocument.h"
#include "store/changelog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUndoCommand>

namespace tessera::map {
namespace {

class UnitRowsCommand : public QUndoCommand
{
public:
    UnitRowsCommand(PlanDocument *document, QString level, std::vector<geo::UnitAssignment> before,
                    std::vector<geo::UnitAssignment> after, const QString &text)
        : m_document(document), m_level(std::move(level)), m_before(std::move(before)),
          m_after(std::move(after))
    {
        setText(text);
    }
    void redo() override { write(m_after, m_before); }
    void undo() override { write(m_before, m_after); }

private:
    static QJsonObject json(const std::vector<geo::UnitAssignment> &rows)
    {
        QJsonArray units, territories, locks;
        for (const geo::UnitAssignment &r : rows) {
            units.append(r.unitId);
            territories.append(r.territoryId);
            locks.append(r.locked);
        }
        return {{QStringLiteral("units"), units},
                {QStringLiteral("territories"), territories},
                {QStringLiteral("locked"), locks}};
    }
    void write(const std::vector<geo::UnitAssignment> &rows, const std::vector<geo::UnitAssignment> &previous)
    {
        PlanStore &store = m_document->store();
        Transaction tx(store);
        geo::writeAssignments(store, rows);
        recordChange(store, QStringLiteral("unit_assignments"), rows.empty() ? 0 : rows.front().unitId,
                     QStringLiteral("update"), json(previous), json(rows));
        tx.commit();
        QList<qint64> ids;
        for (const geo::UnitAssignment &r : rows)
            ids << r.unitId;
        m_document->notifyChanged({ChangeEvent::Kind::Alignment, ids, m_level});
    }

    PlanDocument *m_document;
    QString m_level;
    std::vector<geo::UnitAssignment> m_before, m_after;
};

geo::UnitAssignment rowOf(const MapData &data, int unit)
{
    const int t = data.territoryOf[size_t(unit)];
    return {data.units[size_t(unit)].id, t >= 0 ? data.territories[size_t(t)].id : 0,
            bool(data.locked[size_t(unit)])};
}

} // namespace

int MapCommands::assign(PlanDocument *document, const MapData &data, const std::vector<int> &units,
                        int territory, const QString &text)
{
    std::vector<geo::UnitAssignment> before, after;
    const qint64 territoryId = territory >= 0 ? data.territories[size_t(territory)].id : 0;
    for (int u : units) {
        if (data.locked[size_t(u)] || data.territoryOf[size_t(u)] == territory)
            continue;
        before.push_back(rowOf(data, u));
        after.push_back(before.back());
        after.back().territoryId = territoryId;
    }
    if (after.empty())
        return 0;
    const QString name = territory >= 0 ? data.territories[size_t(territory)].name
                                        : QCoreApplication::translate("MapCommands", "no territory");
    const QString label =
        !text.isEmpty() ? text
        : after.size() == 1
            ? QCoreApplication::translate("MapCommands", "Assign %1 to %2")
                  .arg(data.units[size_t(units.front())].name, name)
            : QCoreApplication::translate("MapCommands", "Assign %1 units to %2").arg(after.size()).arg(name);
    document->undoStack()->push(new UnitRowsCommand(document, data.levelName, before, after, label));
    return int(after.size());
}

int MapCommands::setLocked(PlanDocument *document, const MapData &data, const std::vector<int> &units,
                           bool locked)
{
    std::vector<geo::UnitAssignment> before, after;
    for (int u : units) {
        if (data.locked[size_t(u)] == locked)
            continue;
        before.push_back(rowOf(data, u));
        after.push_back(before.back());
        after.back().locked = locked;
    }
    if (after.empty())
        return 0;
    const QString label =
        locked ? QCoreApplication::translate("MapCommands", "Lock %n unit(s)", nullptr, int(after.size()))
               : QCoreApplication::translate("MapCommands", "Unlock %n unit(s)", nullptr, int(after.size()));
    document->undoStack()->push(new UnitRowsCommand(document, data.levelName, before, after, label));
    return int(after.size());
}

} // namespace tessera::map
