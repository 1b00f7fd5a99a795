// Foundation benchmark: a plan with 5,000 reps, 100,000 accounts and 1,000,000 opportunities.
// Measures generation time and file size, launch-to-first-painted-accounts-view of the real GUI (a child
// process, so its peak memory is its own), and compares each with a baseline measured in the same run:
//   generation   vs. raw SQLite inserts of the same number of rows through the sqlite3 C API;
//   first paint  vs. the same binary painting an empty main window (Qt start-up floor).
// Usage: bench_foundation --tessera PATH/tessera [--plan FILE] [--reps N] [--accounts N] [--opportunities N]
#include "demo/demogenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace tessera;

namespace {

double rawSqliteInsertSeconds(const QString &path, qint64 accounts, qint64 opportunities)
{
    sqlite3 *db = nullptr;
    sqlite3_open(QFile::encodeName(path).constData(), &db);
    sqlite3_exec(
        db,
        "PRAGMA journal_mode=WAL; CREATE TABLE a(id INTEGER PRIMARY KEY, name TEXT, city TEXT, zip TEXT, "
        "lat REAL, lon REAL, rev INTEGER); CREATE TABLE o(id INTEGER PRIMARY KEY, name TEXT, a INTEGER, "
        "owner INTEGER, amount INTEGER, stage TEXT, close TEXT)",
        nullptr, nullptr, nullptr);
    QElapsedTimer t;
    t.start();
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    sqlite3_stmt *sa = nullptr, *so = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO a(name, city, zip, lat, lon, rev) VALUES (?,?,?,?,?,?)", -1, &sa,
                       nullptr);
    sqlite3_prepare_v2(db, "INSERT INTO o(name, a, owner, amount, stage, close) VALUES (?,?,?,?,?,?)", -1,
                       &so, nullptr);
    for (qint64 i = 0; i < accounts; ++i) {
        sqlite3_bind_text(sa, 1, "Summit Ridge Manufacturing", -1, SQLITE_STATIC);
        sqlite3_bind_text(sa, 2, "Springfield", -1, SQLITE_STATIC);
        sqlite3_bind_text(sa, 3, "62701", -1, SQLITE_STATIC);
        sqlite3_bind_double(sa, 4, 39.8 + double(i % 100) / 1000.0);
        sqlite3_bind_double(sa, 5, -89.6);
        sqlite3_bind_int64(sa, 6, i * 1000);
        sqlite3_step(sa);
        sqlite3_reset(sa);
    }
    for (qint64 i = 0; i < opportunities; ++i) {
        sqlite3_bind_text(so, 1, "Summit Ridge Manufacturing - Platform", -1, SQLITE_STATIC);
        sqlite3_bind_int64(so, 2, i % std::max<qint64>(1, accounts) + 1);
        sqlite3_bind_int64(so, 3, i % 5000);
        sqlite3_bind_int64(so, 4, 2500000 + i % 977);
        sqlite3_bind_text(so, 5, "Closed Won", -1, SQLITE_STATIC);
        sqlite3_bind_text(so, 6, "2027-03-31", -1, SQLITE_STATIC);
        sqlite3_step(so);
        sqlite3_reset(so);
    }
    sqlite3_finalize(sa);
    sqlite3_finalize(so);
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    const double s = double(t.nsecsElapsed()) / 1e9;
    sqlite3_close(db);
    return s;
}

struct ProbeResult
{
    double firstPaintMs = -1;
    long peakRssKb = 0;
};

// Runs the GUI in probe mode; it prints "first-paint-ms N" once the view has painted, then quits.
ProbeResult runProbe(const QString &tessera, const QStringList &args)
{
    QByteArray cmd;
    std::vector<QByteArray> storage;
    storage.push_back(QFile::encodeName(tessera));
    for (const QString &a : args)
        storage.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (auto &s : storage)
        argv.push_back(s.data());
    argv.push_back(nullptr);
    int pipefd[2];
    if (pipe(pipefd) != 0)
        return {};
    QElapsedTimer launch;
    launch.start();
    const pid_t pid = fork();
    if (pid == 0) {
        dup2(pipefd[1], STDOUT_FILENO);
        close(pipefd[0]);
        execv(argv[0], argv.data());
        _exit(127);
    }
    close(pipefd[1]);
    QByteArray out;
    char buf[4096];
    ssize_t n;
    double seenMs = -1; // wall time from fork to the marker line, exec and library loading included
    while ((n = read(pipefd[0], buf, sizeof buf)) > 0) {
        out.append(buf, n);
        if (seenMs < 0 && out.contains("first-paint-ms "))
            seenMs = double(launch.nsecsElapsed()) / 1e6;
    }
    close(pipefd[0]);
    int status = 0;
    struct rusage usage = {};
    wait4(pid, &status, 0, &usage);
    ProbeResult r;
    r.peakRssKb = usage.ru_maxrss;
    if (out.contains("first-paint-ms "))
        r.firstPaintMs = seenMs;
    return r;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? -1 : v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    const QCommandLineOption tessera(
        QStringLiteral("tessera"), QStringLiteral("Path of the tessera GUI binary."), QStringLiteral("PATH"));
    const QCommandLineOption plan(QStringLiteral("plan"), QStringLiteral("Plan file (generated if missing)."),
                                  QStringLiteral("FILE"), QStringLiteral("/tmp/tessera-bench-5000.tessera"));
    const QCommandLineOption reps(QStringLiteral("reps"), QStringLiteral("Reps."), QStringLiteral("N"),
                                  QStringLiteral("5000"));
    const QCommandLineOption accounts(QStringLiteral("accounts"), QStringLiteral("Accounts."),
                                      QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption opps(QStringLiteral("opportunities"), QStringLiteral("Opportunities."),
                                  QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption runs(QStringLiteral("runs"),
                                  QStringLiteral("GUI launches to take the median of."), QStringLiteral("N"),
                                  QStringLiteral("5"));
    p.addOptions({tessera, plan, reps, accounts, opps, runs});
    p.addHelpOption();
    p.process(app);

    DemoOptions o;
    o.reps = p.value(reps).toInt();
    o.accounts = p.value(accounts).toInt();
    o.opportunities = p.value(opps).toInt();
    const QString planPath = p.value(plan);
    std::printf("Tessera foundation benchmark: %d reps, %d accounts, %d opportunities\n", o.reps, o.accounts,
                o.opportunities);

    if (!QFileInfo::exists(planPath)) {
        QElapsedTimer t;
        t.start();
        generateDemoPlan(planPath, o);
        const double genS = double(t.nsecsElapsed()) / 1e9;
        struct rusage self = {};
        getrusage(RUSAGE_SELF, &self);
        QTemporaryDir dir;
        const double rawS =
            rawSqliteInsertSeconds(dir.filePath(QStringLiteral("raw.db")), o.accounts, o.opportunities);
        std::printf("generation        %8.2f s   (peak memory %ld MB)\n", genS, self.ru_maxrss / 1024);
        std::printf("  baseline: raw sqlite3 inserts of the same row counts %8.2f s; ratio %.1fx\n", rawS,
                    genS / rawS);
    } else {
        std::printf("generation        (reusing %s; delete it to measure generation)\n",
                    qPrintable(planPath));
    }
    std::printf("file size         %8.1f MB\n", double(QFileInfo(planPath).size()) / 1e6);

    if (!p.isSet(tessera)) {
        std::printf("first paint       (pass --tessera PATH to measure the GUI)\n");
        return 0;
    }
    const QString gui = p.value(tessera);
    std::vector<double> planMs, emptyMs;
    long planRss = 0, emptyRss = 0;
    for (int i = 0; i < p.value(runs).toInt(); ++i) {
        const ProbeResult e =
            runProbe(gui, {QStringLiteral("--first-paint-probe"), QStringLiteral("--empty")});
        const ProbeResult r = runProbe(gui, {QStringLiteral("--first-paint-probe"), planPath});
        if (e.firstPaintMs < 0 || r.firstPaintMs < 0) {
            std::fprintf(stderr, "the GUI did not report a first paint (is it built with the probe?)\n");
            return 1;
        }
        emptyMs.push_back(e.firstPaintMs);
        planMs.push_back(r.firstPaintMs);
        planRss = std::max(planRss, r.peakRssKb);
        emptyRss = std::max(emptyRss, e.peakRssKb);
    }
    const double fp = median(planMs), base = median(emptyMs);
    std::printf(
        "first paint       %8.0f ms  median of %zu launches, fork to the painted accounts view (goal < "
        "1000 ms: %s)\n",
        fp, planMs.size(), fp < 1000 ? "met" : "MISSED");
    std::printf("  baseline: empty main window %8.0f ms; ratio %.2fx\n", base, fp / base);
    std::printf(
        "peak memory       %8ld MB  GUI with the plan open (goal < 500 MB: %s); empty window %ld MB\n",
        planRss / 1024, planRss / 1024 < 500 ? "met" : "MISSED", emptyRss / 1024);
    return 0;
}
