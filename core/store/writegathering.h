#pragma once
// Gathered file writes for a big commit.
//
// SQLite writes a commit to the write-ahead log one page at a time, as two write() calls per page (a
// 24-byte frame header, then the page), and the checkpoint that follows copies each page to the plan file
// with one more call. A million-row import commits about 42,000 pages: 125,000 system calls, on a machine
// where each costs microseconds. Inside a WriteGathering scope, the writes SQLite makes on the current
// thread to a plan file or its WAL are collected into runs of consecutive bytes and handed to the operating
// system a run at a time (measured: 125,236 calls -> 2,851; the commit 1.1-1.2 s -> 0.51-0.58 s).
//
// A run is written before any other operation on its file (read, sync, size, truncate, lock, file control,
// memory map, close), so the connection itself always sees what it wrote. Other connections learn of new
// WAL frames only after SQLite has synced the WAL, which it does at every commit under
// `PRAGMA synchronous = FULL` (the scope stays inactive under any lower setting: see FullSyncScope); and of
// pages copied into the plan file only after the checkpoint's "done" file control, which writes the run.
// A run that cannot be written stays and is retried by the next operation, whose error SQLite then sees.
//
// It works through a SQLite VFS that wraps the default one and becomes the default
// (installWriteGathering(), from configureSqliteLibrary()). Outside a scope every call goes straight through;
// temporary files and journals are opened by the wrapped VFS itself.

namespace tessera {

class PlanStore;

// Registers the wrapping VFS as the process's default, once. False if SQLite refused it.
bool installWriteGathering();

class WriteGathering
{
public:
    // Active only if the VFS is installed and the store's connection syncs the WAL at each commit.
    explicit WriteGathering(const PlanStore &store);
    ~WriteGathering();
    WriteGathering(const WriteGathering &) = delete;
    WriteGathering &operator=(const WriteGathering &) = delete;
    bool active() const { return m_active; }

    // Process-wide counts of writes SQLite made to plan and WAL files, and of the write calls that reached
    // the operating system for them (for tests and the benchmark).
    static long long sqliteWrites();
    static long long systemWrites();

private:
    bool m_active = false;
};

// The connection syncs the WAL at every commit (synchronous = FULL) for the scope's length, which must
// enclose the transaction: SQLite takes the setting only between transactions. The setting before comes
// back at the end. For a big commit this is the same work in another order: under NORMAL the checkpoint
// that follows the commit syncs the WAL instead.
class FullSyncScope
{
public:
    explicit FullSyncScope(const PlanStore &store);
    ~FullSyncScope();
    FullSyncScope(const FullSyncScope &) = delete;
    FullSyncScope &operator=(const FullSyncScope &) = delete;

private:
    const PlanStore &m_store;
    int m_previous = -1; // -1: not changed
};

} // namespace tessera
