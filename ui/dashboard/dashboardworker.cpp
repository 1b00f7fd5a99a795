#include "dashboardworker.h"

#include "forecast/forecastquery.h"
#include "store/planstore.h"

#include <QElapsedTimer>
#include <QPointer>
#include <atomic>

namespace tessera {

DashboardWorker::DashboardWorker(const QString &planPath) : m_path(planPath), m_context(new QObject)
{
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

DashboardWorker::~DashboardWorker()
{
    // Close the connection in the thread that made it, then stop.
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            m_query.reset();
            m_store.reset();
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void DashboardWorker::request(int id, const forecast::NodeRef &node, const forecast::Period &period,
                              QObject *receiver, Callback callback)
{
    m_latest = id;
    QPointer<QObject> guard(receiver);
    QMetaObject::invokeMethod(m_context, [=] {
        if (id != m_latest) // a newer request is queued: skip this one
            return;
        compute(id, node, period, guard, callback);
    });
}

void DashboardWorker::invalidate(bool reload)
{
    QMetaObject::invokeMethod(m_context, [this, reload] {
        if (!m_query)
            return;
        if (reload)
            m_query->reload();
        else
            m_query->invalidate();
    });
}

void DashboardWorker::compute(int id, const forecast::NodeRef &node, const forecast::Period &period,
                              QObject *receiver, const Callback &callback)
{
    QElapsedTimer timer;
    timer.start();
    forecast::Dashboard d;
    QString error;
    try {
        if (!m_store)
            m_store = PlanStore::openConnection(m_path, PlanStore::Access::ReadOnly);
        if (!m_query)
            m_query = std::make_unique<forecast::ForecastQuery>(*m_store);
        d = m_query->dashboard(node, period);
    } catch (const TesseraError &e) {
        error = e.describe();
    } catch (const std::exception &e) {
        error = QString::fromLocal8Bit(e.what());
    }
    const qint64 ms = timer.elapsed();
    QPointer<QObject> guard(receiver);
    if (!guard)
        return;
    QMetaObject::invokeMethod(guard, [=] { callback(id, d, ms, error); });
}

} // namespace tessera
