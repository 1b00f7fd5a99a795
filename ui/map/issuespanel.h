#pragma once
// Non-fatal problems of the level, listed for the user to click through: units without geometry, accounts
// outside every unit, unassigned units, non-contiguous territories and detached pieces of the graph.

#include "align/unitgraph.h"

#include <QPointF>
#include <QWidget>
#include <vector>

class QListWidget;

namespace tessera::map {

class MapData;

class IssuesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit IssuesPanel(QWidget *parent = nullptr);
    void setData(const MapData *data, const align::UnitGraph *graph);
    void refresh();
    QListWidget *list() const { return m_list; }

signals:
    void showUnits(const std::vector<int> &units);
    void showPoints(const std::vector<QPointF> &world);

private:
    const MapData *m_data = nullptr;
    const align::UnitGraph *m_graph = nullptr;
    QListWidget *m_list;
    std::vector<std::vector<int>> m_units;      // per item
    std::vector<std::vector<QPointF>> m_points; // per item
};

} // namespace tessera::map
