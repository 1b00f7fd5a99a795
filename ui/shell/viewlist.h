#pragma once
// The views the main window's navigation list offers, in order. Each capability adds its view(s) in
// viewlist.cpp; a view is a QWidget built on the open PlanDocument and rebuilt when another plan opens.

#include <QIcon>
#include <QString>
#include <QWidget>
#include <functional>
#include <vector>

namespace tessera {

class PlanDocument;

struct ViewEntry
{
    QString id;    // stable, for QSettings and tests ("organisation", "accounts", "map", ...)
    QString title; // translated, shown in the navigation list
    QIcon icon;
    std::function<QWidget *(PlanDocument *document, QWidget *parent)> create;
};

std::vector<ViewEntry> planViews();

} // namespace tessera
