// Runs the export parts: reading the plan and building rows on a worker thread (its own read connection)
// while the calling thread renders them, so SQLite and the writer (libxlsxwriter, CSV) use both cores.
// The sink is only ever called on the calling thread, and so is the caller's progress callback.
#include "exportsheet.h"
#include "io/iotext.h"
#include "store/planstore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>

namespace tessera::io {

namespace {

void runPartsHere(PlanStore &store, const QStringList &parts, const Progress &progress, SheetSink &sink)
{
    ExportContext ctx{store, QSet<QString>(parts.begin(), parts.end()), progress};
    int done = 0;
    for (const ExportPart &p : exportParts()) {
        if (!parts.contains(p.info.id))
            continue;
        progress.report(done++, parts.size(), p.info.title);
        p.write(ctx, sink);
    }
    progress.report(parts.size(), parts.size(), IoText::tr("Done"));
}

// What a part did to its sink (or reported), recorded on the worker and replayed on the calling thread.
struct Event
{
    enum class Kind
    {
        Begin,
        Row,
        Note,
        End,
        Progress
    };
    Kind kind = Kind::Row;
    ExportRow row;
    ExportPartInfo part;
    std::vector<ExportColumn> columns;
    QString text; // note or progress stage
    qint64 done = 0, total = 0;
};

// A bounded queue of event batches between one producer and one consumer.
class EventQueue
{
public:
    static constexpr size_t BatchSize = 512, MaxBatches = 16;

    // Producer side. Returns false once the consumer has stopped (cancel or error on its side).
    bool push(Event &&e)
    {
        m_filling.push_back(std::move(e));
        return m_filling.size() < BatchSize || flush();
    }
    bool flush()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_spaceLeft.wait(lock, [&] { return m_stopped || m_batches.size() < MaxBatches; });
        if (m_stopped)
            return false;
        m_batches.push_back(std::move(m_filling));
        m_filling = {};
        m_filling.reserve(BatchSize);
        m_ready.notify_one();
        return true;
    }
    void finish(std::exception_ptr error)
    {
        flush();
        std::lock_guard<std::mutex> lock(m_mutex);
        m_error = error;
        m_finished = true;
        m_ready.notify_one();
    }
    bool stopped() const
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        return m_stopped;
    }

    // Consumer side. False when the producer is done and everything was taken.
    bool pop(std::vector<Event> &batch)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_ready.wait(lock, [&] { return m_finished || !m_batches.empty(); });
        if (m_batches.empty()) {
            if (m_error)
                std::rethrow_exception(m_error);
            return false;
        }
        batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_spaceLeft.notify_one();
        return true;
    }
    void stop()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stopped = true;
        m_spaceLeft.notify_one();
    }

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_ready, m_spaceLeft;
    std::deque<std::vector<Event>> m_batches;
    std::vector<Event> m_filling;
    std::exception_ptr m_error;
    bool m_finished = false, m_stopped = false;
};

// The worker's sink: records each call as an event.
class RecordingSink : public SheetSink
{
public:
    explicit RecordingSink(EventQueue &queue) : m_queue(queue) {}
    void begin(const ExportPartInfo &part, const std::vector<ExportColumn> &columns) override
    {
        Event e;
        e.kind = Event::Kind::Begin;
        e.part = part;
        e.columns = columns;
        push(std::move(e));
    }
    void row(const ExportRow &row) override
    {
        Event e;
        e.row = row;
        push(std::move(e));
    }
    void note(const QString &text) override
    {
        Event e;
        e.kind = Event::Kind::Note;
        e.text = text;
        push(std::move(e));
    }
    void end() override
    {
        Event e;
        e.kind = Event::Kind::End;
        push(std::move(e));
    }

private:
    void push(Event &&e)
    {
        if (!m_queue.push(std::move(e)))
            throw TesseraError(TesseraError::Kind::Cancelled, QString());
    }
    EventQueue &m_queue;
};

} // namespace

void runParts(PlanStore &store, const QStringList &parts, const Progress &progress, SheetSink &sink)
{
    // A connection of its own sees only committed data: with a transaction open here, or without a plan
    // file, the parts run on this thread.
    if (store.transactionDepth() > 0 || !QFileInfo(store.path()).isFile()) {
        runPartsHere(store, parts, progress, sink);
        return;
    }
    EventQueue queue;
    const QString path = store.path();
    std::thread worker([&queue, path, parts] {
        std::exception_ptr error;
        try {
            auto connection = PlanStore::openConnection(path, PlanStore::Access::ReadOnly);
            RecordingSink recorder(queue);
            const Progress forward([&queue](qint64 done, qint64 total, const QString &stage) {
                Event e;
                e.kind = Event::Kind::Progress;
                e.done = done;
                e.total = total;
                e.text = stage;
                return queue.push(std::move(e));
            });
            runPartsHere(*connection, parts, forward, recorder);
        } catch (...) {
            error = std::current_exception();
        }
        queue.finish(error);
    });
    // Whatever happens here (cancel, a write error), the worker is stopped and joined before returning.
    struct Join
    {
        EventQueue &queue;
        std::thread &thread;
        ~Join()
        {
            queue.stop();
            thread.join();
        }
    } join{queue, worker};

    std::vector<Event> batch;
    while (queue.pop(batch)) {
        for (Event &e : batch) {
            switch (e.kind) {
            case Event::Kind::Begin:
                sink.begin(e.part, e.columns);
                break;
            case Event::Kind::Row:
                sink.row(e.row);
                break;
            case Event::Kind::Note:
                sink.note(e.text);
                break;
            case Event::Kind::End:
                sink.end();
                break;
            case Event::Kind::Progress:
                progress.report(e.done, e.total, e.text);
                break;
            }
        }
    }
}

} // namespace tessera::io
