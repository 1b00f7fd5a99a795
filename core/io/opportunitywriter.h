#pragma once
// Internal to the importer: validated opportunity rows in batches, and the writer thread that stores them
// while the next rows are read and checked. The writer runs the prepared INSERT and UPDATE on the plan's
// connection inside the import's transaction; nothing else uses the connection until finish() or stop()
// has joined the thread, so the transaction still commits only once every row has been validated.

#include "store/fastsql.h"

#include <QByteArrayView>
#include <condition_variable>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace tessera::io {

// A text held in a batch; length -1 stands for NULL.
struct TextSpan
{
    quint32 offset = 0;
    qint32 length = -1;
};

// One validated opportunity, ready to write.
struct OpportunityRecord
{
    qint64 existingId = 0;         // 0: a new opportunity
    qint64 account = 0, owner = 0; // 0: NULL
    qint64 amountCents = 0;
    int probability = 0;
    const char *category = nullptr; // one of the five names the table allows
    bool closed = false, won = false;
    TextSpan externalId, name, currency, stage, closeDate, type, createdDate;
};

struct OpportunityBatch
{
    std::vector<OpportunityRecord> rows;
    std::string text;
    TextSpan add(std::string_view s)
    {
        const TextSpan span{quint32(text.size()), qint32(s.size())};
        text.append(s);
        return span;
    }
    QByteArrayView view(TextSpan s) const { return QByteArrayView(text.data() + s.offset, s.length); }
    bool full() const { return rows.size() >= 4096 || text.size() >= (1 << 19); }
    void clear()
    {
        rows.clear();
        text.clear();
    }
};

// Which optional columns the file maps (the others are neither inserted nor updated).
struct OpportunityColumns
{
    bool account = false, owner = false, type = false, createdDate = false;
};

class OpportunityWriter
{
public:
    OpportunityWriter(PlanStore &store, OpportunityColumns columns);
    ~OpportunityWriter(); // stops without writing what is queued
    OpportunityWriter(const OpportunityWriter &) = delete;
    OpportunityWriter &operator=(const OpportunityWriter &) = delete;

    void start();
    // An empty batch to fill (recycled when the writer has one).
    std::unique_ptr<OpportunityBatch> spare();
    // Queues a batch; waits while a few are queued. Rethrows the writer's error, if any.
    void push(std::unique_ptr<OpportunityBatch> batch);
    // Writes what is queued (or drops it when write is false), then joins. Rethrows the writer's error.
    void finish(bool write);
    // Drops what is queued and joins; never throws.
    void stop();

private:
    void run();
    void write(const OpportunityBatch &batch);
    // Binds one record's values from parameter *at on (advancing it), as the statements list them.
    void bindRecord(FastStatement &s, int *at, const OpportunityBatch &batch,
                    const OpportunityRecord &r) const;

    OpportunityColumns m_columns;
    // New rows go in groups of RowsPerInsert through one multi-row INSERT (one statement run per group
    // instead of per row: measured about a sixth less writer time per million rows); the rest, and updates,
    // one by one.
    static constexpr int RowsPerInsert = 32;
    FastStatement m_insert, m_insertMany, m_update;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<OpportunityBatch>> m_queue, m_spare;
    bool m_done = false, m_stop = false;
    std::exception_ptr m_error;
};

} // namespace tessera::io
