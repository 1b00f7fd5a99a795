#include "issuespanel.h"

#include "align/alignmentmetrics.h"
#include "geo/adjacency.h"
#include "mapdata.h"

#include <QListWidget>
#include <QVBoxLayout>

namespace tessera::map {

IssuesPanel::IssuesPanel(QWidget *parent) : QWidget(parent), m_list(new QListWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list->setObjectName(QStringLiteral("issuesList"));
    layout->addWidget(m_list);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || size_t(row) >= m_units.size())
            return;
        if (!m_points[size_t(row)].empty())
            emit showPoints(m_points[size_t(row)]);
        else if (!m_units[size_t(row)].empty())
            emit showUnits(m_units[size_t(row)]);
    });
}

void IssuesPanel::setData(const MapData *data, const align::UnitGraph *graph)
{
    m_data = data;
    m_graph = graph;
    refresh();
}

void IssuesPanel::refresh()
{
    m_list->clear();
    m_units.clear();
    m_points.clear();
    if (!m_data)
        return;
    const MapData &d = *m_data;
    const auto add = [&](const QString &text, std::vector<int> units, std::vector<QPointF> points = {}) {
        m_list->addItem(text);
        m_units.push_back(std::move(units));
        m_points.push_back(std::move(points));
    };
    for (size_t u = 0; u < d.units.size(); ++u)
        if (!d.units[u].hasGeometry)
            add(tr("No geometry: %1 (%2)").arg(d.units[u].name, d.units[u].code), {int(u)});
    std::vector<int> unassigned;
    for (size_t u = 0; u < d.units.size(); ++u)
        if (d.territoryOf[u] < 0)
            unassigned.push_back(int(u));
    if (!unassigned.empty())
        add(tr("%n unit(s) in no territory", nullptr, int(unassigned.size())), unassigned);
    if (m_graph && m_graph->unitCount() == int(d.units.size())) {
        for (size_t t = 0; t < d.territories.size(); ++t) {
            const auto pieces = align::territoryPieces(*m_graph, d.territoryOf, int(t));
            if (pieces.size() < 2)
                continue;
            std::vector<int> detached; // every piece but the largest
            for (size_t k = 1; k < pieces.size(); ++k)
                detached.insert(detached.end(), pieces[k].begin(), pieces[k].end());
            add(tr("%1 is in %2 pieces (%n unit(s) apart from the main piece)", nullptr, int(detached.size()))
                    .arg(d.territories[t].name)
                    .arg(pieces.size()),
                detached);
        }
    }
    std::vector<bool> include(d.units.size());
    for (size_t u = 0; u < d.units.size(); ++u)
        include[u] = d.units[u].hasGeometry;
    const geo::Components c = geo::connectedComponents(int(d.units.size()), d.edges, include);
    for (size_t k = 1; k < c.pieces.size(); ++k)
        add(tr("Island or detached piece without a water link: %1%2")
                .arg(d.units[size_t(c.pieces[k].front())].name)
                .arg(c.pieces[k].size() > 1 ? tr(" and %1 more").arg(c.pieces[k].size() - 1) : QString()),
            c.pieces[k]);
    const size_t shown = std::min<size_t>(d.accountsOutside.size(), 200);
    for (size_t i = 0; i < shown; ++i)
        add(tr("Account outside every unit: %1").arg(d.accountsOutside[i].label), {},
            {d.accountsOutside[i].world});
    if (m_list->count() == 0)
        m_list->addItem(tr("No issues."));
}

} // namespace tessera::map
