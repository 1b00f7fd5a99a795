#include "writegathering.h"

#include "planstore.h"

#include <atomic>
#include <cstdlib>
#include <cstring>
#include <sqlite3.h>

namespace tessera {

namespace {

// SQLite's unix VFS writes at most 128 KiB - 1 bytes per call (it masks the length with 0x1ffff: pages
// are at most 64 KiB), so a run stays below that.
constexpr int RunBytes = 120 * 1024;

sqlite3_vfs *g_inner = nullptr; // the VFS this one wraps
sqlite3_vfs g_vfs;
sqlite3_io_methods g_methods;
thread_local int t_gathering = 0;
std::atomic<long long> g_systemWrites{0}, g_sqliteWrites{0};

// A plan or WAL file: the wrapped VFS's own file follows this header in the same allocation.
struct GatheredFile
{
    sqlite3_file base;
    sqlite3_file *inner;
    char *run;              // gathered bytes, RunBytes long once allocated
    sqlite3_int64 runStart; // file offset of run[0]
    int runLength;
};

constexpr int headerBytes()
{
    return int((sizeof(GatheredFile) + 15) / 16 * 16);
}

GatheredFile *fileOf(sqlite3_file *f)
{
    return reinterpret_cast<GatheredFile *>(f);
}

// The run stays if it could not be written: the next operation tries again and reports the error.
int flush(GatheredFile *w)
{
    if (w->runLength == 0)
        return SQLITE_OK;
    ++g_systemWrites;
    const int rc = w->inner->pMethods->xWrite(w->inner, w->run, w->runLength, w->runStart);
    if (rc == SQLITE_OK)
        w->runLength = 0;
    return rc;
}

int fileClose(sqlite3_file *f)
{
    GatheredFile *w = fileOf(f);
    const int rc = flush(w);
    const int closed = w->inner->pMethods->xClose(w->inner);
    std::free(w->run);
    w->run = nullptr;
    return rc != SQLITE_OK ? rc : closed;
}

int fileRead(sqlite3_file *f, void *data, int amount, sqlite3_int64 offset)
{
    GatheredFile *w = fileOf(f);
    if (const int rc = flush(w); rc != SQLITE_OK)
        return rc;
    return w->inner->pMethods->xRead(w->inner, data, amount, offset);
}

int fileWrite(sqlite3_file *f, const void *data, int amount, sqlite3_int64 offset)
{
    GatheredFile *w = fileOf(f);
    ++g_sqliteWrites;
    if (t_gathering > 0 && amount < RunBytes) {
        if (w->runLength > 0 && offset == w->runStart + w->runLength && w->runLength + amount <= RunBytes) {
            std::memcpy(w->run + w->runLength, data, size_t(amount));
            w->runLength += amount;
            return SQLITE_OK;
        }
        if (const int rc = flush(w); rc != SQLITE_OK)
            return rc;
        if (!w->run)
            w->run = static_cast<char *>(std::malloc(RunBytes));
        if (w->run) {
            std::memcpy(w->run, data, size_t(amount));
            w->runStart = offset;
            w->runLength = amount;
            return SQLITE_OK;
        }
    } else if (const int rc = flush(w); rc != SQLITE_OK) {
        return rc;
    }
    ++g_systemWrites;
    return w->inner->pMethods->xWrite(w->inner, data, amount, offset);
}

// Everything else sees the file as written: the run goes out first.
template <typename Call> int flushed(sqlite3_file *f, Call call)
{
    GatheredFile *w = fileOf(f);
    if (const int rc = flush(w); rc != SQLITE_OK)
        return rc;
    return call(w->inner);
}

int fileTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    return flushed(f, [&](sqlite3_file *in) { return in->pMethods->xTruncate(in, size); });
}
int fileSync(sqlite3_file *f, int flags)
{
    return flushed(f, [&](sqlite3_file *in) { return in->pMethods->xSync(in, flags); });
}
int fileFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return flushed(f, [&](sqlite3_file *in) { return in->pMethods->xFileSize(in, size); });
}
int fileLock(sqlite3_file *f, int level)
{
    return flushed(f, [&](sqlite3_file *in) { return in->pMethods->xLock(in, level); });
}
int fileUnlock(sqlite3_file *f, int level)
{
    return flushed(f, [&](sqlite3_file *in) { return in->pMethods->xUnlock(in, level); });
}
int fileCheckReservedLock(sqlite3_file *f, int *out)
{
    return flushed(f, [&](sqlite3_file *in) { return in->pMethods->xCheckReservedLock(in, out); });
}
int fileFileControl(sqlite3_file *f, int op, void *arg)
{
    return flushed(f, [&](sqlite3_file *in) { return in->pMethods->xFileControl(in, op, arg); });
}
int fileSectorSize(sqlite3_file *f)
{
    sqlite3_file *in = fileOf(f)->inner;
    return in->pMethods->xSectorSize(in);
}
int fileDeviceCharacteristics(sqlite3_file *f)
{
    sqlite3_file *in = fileOf(f)->inner;
    return in->pMethods->xDeviceCharacteristics(in);
}
int fileShmMap(sqlite3_file *f, int page, int size, int extend, void volatile **out)
{
    return flushed(f, [&](sqlite3_file *in) { return in->pMethods->xShmMap(in, page, size, extend, out); });
}
int fileShmLock(sqlite3_file *f, int offset, int n, int flags)
{
    return flushed(f, [&](sqlite3_file *in) { return in->pMethods->xShmLock(in, offset, n, flags); });
}
void fileShmBarrier(sqlite3_file *f)
{
    GatheredFile *w = fileOf(f);
    flush(w);
    w->inner->pMethods->xShmBarrier(w->inner);
}
int fileShmUnmap(sqlite3_file *f, int deleteFlag)
{
    return flushed(f, [&](sqlite3_file *in) { return in->pMethods->xShmUnmap(in, deleteFlag); });
}
int fileFetch(sqlite3_file *f, sqlite3_int64 offset, int amount, void **out)
{
    return flushed(f, [&](sqlite3_file *in) { return in->pMethods->xFetch(in, offset, amount, out); });
}
int fileUnfetch(sqlite3_file *f, sqlite3_int64 offset, void *page)
{
    return flushed(f, [&](sqlite3_file *in) { return in->pMethods->xUnfetch(in, offset, page); });
}

int vfsOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    if (!(flags & (SQLITE_OPEN_WAL | SQLITE_OPEN_MAIN_DB)))
        return g_inner->xOpen(g_inner, name, file, flags, outFlags); // the wrapped VFS's own file, as is
    GatheredFile *w = fileOf(file);
    std::memset(w, 0, sizeof(GatheredFile));
    w->inner = reinterpret_cast<sqlite3_file *>(reinterpret_cast<char *>(file) + headerBytes());
    w->inner->pMethods = nullptr;
    const int rc = g_inner->xOpen(g_inner, name, w->inner, flags, outFlags);
    if (rc != SQLITE_OK) {
        if (w->inner->pMethods)
            w->inner->pMethods->xClose(w->inner);
        w->base.pMethods = nullptr;
        return rc;
    }
    w->base.pMethods = &g_methods;
    return SQLITE_OK;
}

// The other VFS calls go to the wrapped VFS with its own handle.
int vfsDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    return g_inner->xDelete(g_inner, name, syncDir);
}
int vfsAccess(sqlite3_vfs *, const char *name, int flags, int *out)
{
    return g_inner->xAccess(g_inner, name, flags, out);
}
int vfsFullPathname(sqlite3_vfs *, const char *name, int size, char *out)
{
    return g_inner->xFullPathname(g_inner, name, size, out);
}
void *vfsDlOpen(sqlite3_vfs *, const char *name)
{
    return g_inner->xDlOpen(g_inner, name);
}
void vfsDlError(sqlite3_vfs *, int size, char *out)
{
    g_inner->xDlError(g_inner, size, out);
}
void (*vfsDlSym(sqlite3_vfs *, void *handle, const char *symbol))(void)
{
    return g_inner->xDlSym(g_inner, handle, symbol);
}
void vfsDlClose(sqlite3_vfs *, void *handle)
{
    g_inner->xDlClose(g_inner, handle);
}
int vfsRandomness(sqlite3_vfs *, int size, char *out)
{
    return g_inner->xRandomness(g_inner, size, out);
}
int vfsSleep(sqlite3_vfs *, int microseconds)
{
    return g_inner->xSleep(g_inner, microseconds);
}
int vfsCurrentTime(sqlite3_vfs *, double *out)
{
    return g_inner->xCurrentTime(g_inner, out);
}
int vfsGetLastError(sqlite3_vfs *, int size, char *out)
{
    return g_inner->xGetLastError ? g_inner->xGetLastError(g_inner, size, out) : 0;
}
int vfsCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *out)
{
    return g_inner->xCurrentTimeInt64(g_inner, out);
}

bool install()
{
    // Written against SQLite's unix VFS: its files have version-3 methods and take at most 128 KiB - 1
    // bytes per write.
    g_inner = sqlite3_vfs_find(nullptr);
    if (!g_inner || g_inner->iVersion < 2 || std::strcmp(g_inner->zName, "unix") != 0)
        return false;
    g_methods = sqlite3_io_methods{3,
                                   fileClose,
                                   fileRead,
                                   fileWrite,
                                   fileTruncate,
                                   fileSync,
                                   fileFileSize,
                                   fileLock,
                                   fileUnlock,
                                   fileCheckReservedLock,
                                   fileFileControl,
                                   fileSectorSize,
                                   fileDeviceCharacteristics,
                                   fileShmMap,
                                   fileShmLock,
                                   fileShmBarrier,
                                   fileShmUnmap,
                                   fileFetch,
                                   fileUnfetch};
    std::memset(&g_vfs, 0, sizeof g_vfs);
    g_vfs.iVersion = 2;
    g_vfs.szOsFile = headerBytes() + g_inner->szOsFile;
    g_vfs.mxPathname = g_inner->mxPathname;
    g_vfs.zName = "tessera-gathered-writes";
    g_vfs.xOpen = vfsOpen;
    g_vfs.xDelete = vfsDelete;
    g_vfs.xAccess = vfsAccess;
    g_vfs.xFullPathname = vfsFullPathname;
    g_vfs.xDlOpen = vfsDlOpen;
    g_vfs.xDlError = vfsDlError;
    g_vfs.xDlSym = vfsDlSym;
    g_vfs.xDlClose = vfsDlClose;
    g_vfs.xRandomness = vfsRandomness;
    g_vfs.xSleep = vfsSleep;
    g_vfs.xCurrentTime = vfsCurrentTime;
    g_vfs.xGetLastError = vfsGetLastError;
    g_vfs.xCurrentTimeInt64 = vfsCurrentTimeInt64;
    return sqlite3_vfs_register(&g_vfs, 1) == SQLITE_OK;
}

} // namespace

bool installWriteGathering()
{
    static const bool installed = install();
    return installed;
}

WriteGathering::WriteGathering(const PlanStore &store)
{
    if (!installWriteGathering() || sqlite3_vfs_find(nullptr) != &g_vfs)
        return;
    // 2 = FULL, 3 = EXTRA: the WAL is synced before a commit's frames become visible.
    if (store.scalar(QStringLiteral("PRAGMA synchronous")).toInt() < 2)
        return;
    ++t_gathering;
    m_active = true;
}

WriteGathering::~WriteGathering()
{
    if (m_active)
        --t_gathering;
}

FullSyncScope::FullSyncScope(const PlanStore &store) : m_store(store)
{
    if (m_store.transactionDepth() > 0 || m_store.isReadOnly())
        return;
    const int previous = m_store.scalar(QStringLiteral("PRAGMA synchronous")).toInt();
    if (previous >= 2)
        return;
    m_store.query(QStringLiteral("PRAGMA synchronous = FULL"));
    m_previous = previous;
}

FullSyncScope::~FullSyncScope()
{
    if (m_previous < 0)
        return;
    try {
        m_store.query(QStringLiteral("PRAGMA synchronous = %1").arg(m_previous));
    } catch (...) {
        // The connection is unusable anyway; nothing else to restore.
    }
}

long long WriteGathering::systemWrites()
{
    return g_systemWrites.load();
}

long long WriteGathering::sqliteWrites()
{
    return g_sqliteWrites.load();
}

} // namespace tessera
