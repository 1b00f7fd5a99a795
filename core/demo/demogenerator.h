#pragma once
// The demo plan: a realistic, deterministic US sales organisation (same seed, same plan).
// It stands on 2027-06-30: fiscal 2026 is history, the first half of 2027 is closed, the rest is pipeline.

#include "common/progress.h"

#include <QDate>
#include <QString>

namespace tessera {

class PlanStore;

struct DemoOptions
{
    quint64 seed = 2027;
    int reps = 60; // territory reps (account executives); managers come on top
    int accounts = 6000;
    int opportunities = 24000;
    QDate asOf = QDate(2027, 6, 30);
};

struct DemoSummary
{
    int regions = 0, districts = 0, territories = 0, reps = 0, managers = 0;
    qint64 accounts = 0, opportunities = 0;
};

// Writes a new plan file at path (refuses an existing file). On failure or cancel no file is left behind.
DemoSummary generateDemoPlan(const QString &path, const DemoOptions &options,
                             const ProgressCallback &progress = {});
// Fills an empty, freshly created plan (used by generateDemoPlan; the store must be new).
DemoSummary fillDemoPlan(PlanStore &store, const DemoOptions &options, const ProgressCallback &progress = {});

} // namespace tessera
