#include "opportunitywriter.h"

#include "store/planstore.h"

namespace tessera::io {

namespace {

QByteArray columnList(OpportunityColumns c)
{
    QByteArray list = "external_id, name, amount_cents, currency, stage, probability, forecast_category, "
                      "close_date, is_closed, is_won";
    if (c.account)
        list += ", account_id";
    if (c.owner)
        list += ", owner_rep_id";
    if (c.type)
        list += ", type";
    if (c.createdDate)
        list += ", created_date";
    return list;
}

// An INSERT of rows rows at once: INSERT INTO opportunities(a, b) VALUES (?, ?), (?, ?), ...
QByteArray insertSql(OpportunityColumns c, int rows)
{
    const QByteArray columns = columnList(c);
    QByteArray row = "(?";
    for (int i = 1; i < columns.count(',') + 1; ++i)
        row += ", ?";
    row += ')';
    QByteArray values = row;
    for (int i = 1; i < rows; ++i)
        values += ", " + row;
    return "INSERT INTO opportunities(" + columns + ") VALUES " + values;
}

QByteArray updateSql(OpportunityColumns c)
{
    return "UPDATE opportunities SET " + columnList(c).replace(", ", " = ?, ") + " = ? WHERE id = ?";
}

} // namespace

OpportunityWriter::OpportunityWriter(PlanStore &store, OpportunityColumns columns)
    : m_columns(columns), m_insert(store, insertSql(columns, 1).constData()),
      m_insertMany(store, insertSql(columns, RowsPerInsert).constData()),
      m_update(store, updateSql(columns).constData())
{
}

OpportunityWriter::~OpportunityWriter()
{
    stop();
}

void OpportunityWriter::start()
{
    m_thread = std::thread([this] { run(); });
}

std::unique_ptr<OpportunityBatch> OpportunityWriter::spare()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_spare.empty())
        return std::make_unique<OpportunityBatch>();
    auto batch = std::move(m_spare.front());
    m_spare.pop_front();
    return batch;
}

void OpportunityWriter::push(std::unique_ptr<OpportunityBatch> batch)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queue.size() < 3 || m_error; });
    if (m_error)
        std::rethrow_exception(m_error);
    m_queue.push_back(std::move(batch));
    m_changed.notify_all();
}

void OpportunityWriter::finish(bool write)
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_done = true;
        if (!write) {
            m_stop = true;
            m_queue.clear();
        }
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    if (m_error)
        std::rethrow_exception(m_error);
}

void OpportunityWriter::stop()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_done = m_stop = true;
        m_queue.clear();
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void OpportunityWriter::run()
{
    for (;;) {
        std::unique_ptr<OpportunityBatch> batch;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_queue.empty() || m_done || m_stop; });
            if (m_stop || m_queue.empty())
                return;
            batch = std::move(m_queue.front());
            m_queue.pop_front();
        }
        m_changed.notify_all();
        try {
            write(*batch);
        } catch (...) {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_error = std::current_exception();
            m_stop = true;
            m_changed.notify_all();
            return;
        }
        batch->clear();
        std::lock_guard<std::mutex> lock(m_mutex);
        m_spare.push_back(std::move(batch));
    }
}

void OpportunityWriter::write(const OpportunityBatch &batch)
{
    const auto &rows = batch.rows;
    for (size_t i = 0; i < rows.size();) {
        if (rows[i].existingId) {
            int at = 1;
            bindRecord(m_update, &at, batch, rows[i]);
            m_update.bind(at, rows[i].existingId);
            m_update.run();
            ++i;
            continue;
        }
        size_t run = i; // new rows from i to run
        while (run < rows.size() && !rows[run].existingId && run - i < size_t(RowsPerInsert))
            ++run;
        FastStatement &s = run - i == size_t(RowsPerInsert) ? m_insertMany : m_insert;
        if (&s == &m_insert)
            run = i + 1;
        int at = 1;
        for (; i < run; ++i)
            bindRecord(s, &at, batch, rows[i]);
        s.run();
    }
}

void OpportunityWriter::bindRecord(FastStatement &s, int *at, const OpportunityBatch &batch,
                                   const OpportunityRecord &r) const
{
    const auto text = [&](TextSpan span) {
        if (span.length < 0)
            s.bindNull((*at)++);
        else
            s.bindStatic((*at)++, batch.view(span));
    };
    const auto id = [&](qint64 v) {
        if (v)
            s.bind((*at)++, v);
        else
            s.bindNull((*at)++);
    };
    text(r.externalId);
    text(r.name);
    s.bind((*at)++, r.amountCents);
    text(r.currency);
    text(r.stage);
    s.bind((*at)++, r.probability);
    s.bindStatic((*at)++, QByteArrayView(r.category));
    text(r.closeDate);
    s.bind((*at)++, int(r.closed));
    s.bind((*at)++, int(r.won));
    if (m_columns.account)
        id(r.account);
    if (m_columns.owner)
        id(r.owner);
    if (m_columns.type)
        text(r.type);
    if (m_columns.createdDate)
        text(r.createdDate);
}

} // namespace tessera::io
