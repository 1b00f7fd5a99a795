#pragma once
// The geography Tessera ships: US states and US counties (us-atlas, Census cartographic boundaries 1:10m,
// ISC licence), compiled into the program as Qt resources and turned into plan levels on first use.

#include "geostore.h"

namespace tessera::geo {

// Level names of the bundled geography: "us-states" (id = 2-digit state FIPS) and "us-counties"
// (id = 5-digit county FIPS). Both include Alaska, Hawaii and the territories us-atlas covers.
QStringList bundledLevelNames();
bool isBundledLevel(const QString &levelName);
// The bundled level as a source (reads the resource; exact adjacency from its arcs).
SourceLevel bundledSource(const QString &levelName);
// Adds the bundled level to the plan unless it is already there. Returns the level id.
qint64 ensureBundledLevel(PlanStore &store, const QString &levelName, const ProgressCallback &progress = {});

// The demo's geography: both bundled levels, each aligned to the plan's territories by where their accounts
// are (alignByAccounts). Returns the number of county units.
int addDemoGeography(PlanStore &store, const ProgressCallback &progress = {});

} // namespace tessera::geo
