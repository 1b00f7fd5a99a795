#pragma once
// Computes dashboards off the GUI thread: a QThread owning its own plan connection and ForecastQuery (whose
// per-period snapshot makes a change of node cheap). Requests are queued; only the newest answer is shown.

#include "forecast/figures.h"

#include <QObject>
#include <QThread>
#include <atomic>
#include <functional>
#include <memory>

namespace tessera {

namespace forecast {
class ForecastQuery;
}
class PlanStore;

class DashboardWorker : public QObject
{
    Q_OBJECT
public:
    using Callback =
        std::function<void(int id, const forecast::Dashboard &d, qint64 ms, const QString &error)>;
    explicit DashboardWorker(const QString &planPath);
    ~DashboardWorker() override;
    // Runs in the worker thread; the callback is called in the receiver's thread.
    void request(int id, const forecast::NodeRef &node, const forecast::Period &period, QObject *receiver,
                 Callback callback);
    void invalidate(bool reload); // after plan edits

private:
    void compute(int id, const forecast::NodeRef &node, const forecast::Period &period, QObject *receiver,
                 const Callback &callback);
    QString m_path;
    QThread m_thread;
    QObject *m_context; // lives in m_thread
    std::unique_ptr<PlanStore> m_store;
    std::unique_ptr<forecast::ForecastQuery> m_query;
    std::atomic<int> m_latest{0};
    bool m_reload = false, m_invalidate = false;
};

} // namespace tessera
