// Benchmark of the io area: importing opportunity rows from CSV (goal >= 200,000 rows/s) and exporting the
// full workbook of a 5,000-rep plan (goal < 5 s), each with baselines measured in the same run.
//   bench_io [--rows N] [--reps N]
#include "demo/demogenerator.h"
#include "io/csvreader.h"
#include "io/exporter.h"
#include "io/importer.h"
#include "store/planstore.h"
#include "store/writegathering.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <sys/resource.h>
#include <time.h>
#include <vector>

using namespace tessera;

namespace {

QTextStream out(stdout);

// CPU seconds of this process (user + system): the machine may be shared, so wall time is shown with it.
double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// CPU seconds of the calling thread only: the export's writing thread, its critical path.
double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2)
                                       : QStringLiteral("?");
}

// Peak resident memory since the last reset (Linux: /proc/self/clear_refs "5" resets VmHWM).
void resetPeakMemory()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

double peakMemoryMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

double seconds(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

int argValue(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args[i + 1].toInt() : fallback;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int rows = argValue(args, QStringLiteral("--rows"), 1000000);
    const int bigReps = argValue(args, QStringLiteral("--reps"), 5000);
    // --import-only: no baselines (for a profiler: perf record bench_io --import-only --reps 0).
    const bool importOnly = args.contains(QStringLiteral("--import-only"));
    // --repeat N: the import N times, each into a fresh copy of the same plan; prints every run and the
    // median (the baselines' ratios use the median). This machine's speed drifts from minute to minute.
    const int repeat = std::max(1, argValue(args, QStringLiteral("--repeat"), 1));
    QTemporaryDir dir;

    // --- Import: a Salesforce-style opportunity report into a demo plan (owners and accounts matched by id).
    const QString plan = dir.filePath(QStringLiteral("import.tessera"));
    DemoOptions small;
    small.accounts = 2000;
    small.opportunities = 1000;
    generateDemoPlan(plan, small);
    const QString floorPlan = dir.filePath(QStringLiteral("floor.tessera"));
    QFile::copy(plan, floorPlan);
    const QString csv = dir.filePath(QStringLiteral("opportunities.csv"));
    {
        QFile f(csv);
        f.open(QIODevice::WriteOnly);
        QByteArray buf = "Opportunity ID,Opportunity Name,Account ID,Amount,Close Date,Stage,Probability (%),"
                         "Forecast Category,Opportunity Owner\r\n";
        static const char *const stages[] = {"Prospecting", "Qualification", "Proposal",
                                             "Negotiation", "Closed Won",    "Closed Lost"};
        for (int i = 0; i < rows; ++i) {
            const int s = i % 6;
            buf += "B-" + QByteArray::number(i) + ",\"Deal " + QByteArray::number(i) + ", renewal\",ACC-" +
                   QByteArray::number(1 + i % 2000).rightJustified(7, '0') + ",\"$" +
                   QByteArray::number(1 + i % 90) + "," + QByteArray::number(100 + i % 900) + ".50\",2027-" +
                   QByteArray::number(1 + i % 12).rightJustified(2, '0') + "-15," + stages[s] + "," +
                   QByteArray::number(s == 4 ? 100 : (s == 5 ? 0 : 10 + 20 * s)) + "," +
                   (s == 4 ? "Closed" : (s == 5 ? "Omitted" : "Pipeline")) + ",REP-" +
                   QByteArray::number(1 + i % 60).rightJustified(5, '0') + "\r\n";
            if (buf.size() > (1 << 20)) {
                f.write(buf);
                buf.clear();
            }
        }
        f.write(buf);
    }
    const double mb = double(QFile(csv).size()) / 1e6;

    QElapsedTimer t;
    t.start();
    qint64 parsed = 0;
    {
        io::CsvReader reader(csv);
        while (reader.next())
            ++parsed;
    }
    const double parseSec = seconds(t);

    // Baselines with the sqlite3 CLI: a bare .import into an unindexed text table, and the storage floor:
    // .import plus INSERT ... SELECT into the plan's own opportunities table (same indexes, keys and foreign
    // keys, owners and accounts joined by external id), i.e. the same writes without parsing or checks.
    double sqliteSec = -1, floorSec = -1;
    const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (!sqlite.isEmpty() && !importOnly) {
        QProcess p;
        t.restart();
        p.start(sqlite, {dir.filePath(QStringLiteral("baseline.db")), QStringLiteral(".mode csv"),
                         QStringLiteral(".import %1 opps").arg(csv)});
        p.waitForFinished(-1);
        sqliteSec = seconds(t);
        t.restart();
        p.start(sqlite, {floorPlan});
        p.waitForStarted();
        p.write(
            QStringLiteral(
                "PRAGMA foreign_keys = ON;\n.mode csv\n.import %1 stage\nBEGIN;\n"
                "INSERT INTO opportunities(external_id, name, account_id, owner_rep_id, amount_cents, stage, "
                "probability, forecast_category, close_date, is_closed, is_won) SELECT s.\"Opportunity ID\", "
                "s.\"Opportunity Name\", a.id, r.id, CAST(replace(replace(replace(s.Amount, '$', ''), ',', "
                "''), "
                "'.', '') AS INTEGER), s.Stage, CAST(s.\"Probability (%%)\" AS INTEGER), s.\"Forecast "
                "Category\", "
                "s.\"Close Date\", s.Stage LIKE 'Closed%%', s.Stage = 'Closed Won' FROM stage s LEFT JOIN "
                "accounts a ON a.external_id = s.\"Account ID\" LEFT JOIN reps r ON r.external_id = "
                "s.\"Opportunity Owner\";\nCOMMIT;\n")
                .arg(csv)
                .replace(QStringLiteral("%%"), QStringLiteral("%"))
                .toUtf8());
        p.closeWriteChannel();
        p.waitForFinished(-1);
        floorSec = seconds(t);
        if (!p.readAllStandardError().isEmpty())
            floorSec = -1;
    }

    // Validation only (dry run): parsing, value checks and lookups without writing.
    t.restart();
    if (!importOnly) {
        auto store = PlanStore::open(plan);
        io::ImportOptions o;
        o.kind = io::ImportKind::Opportunities;
        o.dryRun = true;
        io::importFile(*store, csv, o);
    }
    const double drySec = importOnly ? -1 : seconds(t);

    const QString pristine = dir.filePath(QStringLiteral("pristine.tessera"));
    QFile::copy(plan, pristine);
    io::ImportReport report;
    std::vector<double> runs;
    for (int run = 0; run < repeat; ++run) {
        if (run > 0) {
            for (const char *side : {"", "-wal", "-shm"})
                QFile::remove(plan + QLatin1String(side));
            QFile::copy(pristine, plan);
        }
        t.restart();
        const double cpu0 = cpuSeconds();
        const long long sqliteWrites0 = WriteGathering::sqliteWrites();
        const long long systemWrites0 = WriteGathering::systemWrites();
        {
            auto store = PlanStore::open(plan);
            io::ImportOptions o;
            o.kind = io::ImportKind::Opportunities;
            report = io::importFile(*store, csv, o);
        }
        const double sec = seconds(t);
        const double cpu = cpuSeconds() - cpu0;
        runs.push_back(sec);
        const double rate = double(report.rows) / sec;
        out << QStringLiteral(
                   "import: %1 rows (%2 MB) committed=%3 in %4 s = %5 rows/s; goal 200000 rows/s: %6x\n")
                   .arg(report.rows)
                   .arg(mb, 0, 'f', 1)
                   .arg(report.committed ? QStringLiteral("yes") : QStringLiteral("NO"))
                   .arg(sec, 0, 'f', 2)
                   .arg(rate, 0, 'f', 0)
                   .arg(rate / 200000.0, 0, 'f', 2);
        out << QStringLiteral("  CPU time of the import %1 s = %2 rows per CPU second (load average %3)\n")
                   .arg(cpu, 0, 'f', 2)
                   .arg(double(report.rows) / cpu, 0, 'f', 0)
                   .arg(loadAverage());
        out << QStringLiteral("  writes to the plan and its WAL: %1 by SQLite, %2 system calls\n")
                   .arg(WriteGathering::sqliteWrites() - sqliteWrites0)
                   .arg(WriteGathering::systemWrites() - systemWrites0);
        out.flush();
    }
    std::vector<double> sorted = runs;
    std::sort(sorted.begin(), sorted.end());
    const size_t middle = sorted.size() / 2;
    const double importSec = sorted.size() % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    if (repeat > 1)
        out << QStringLiteral(
                   "import, median of %1 runs: %2 s = %3 rows/s; goal 200000 rows/s: %4x "
                   "(fastest %5 s, slowest %6 s; runs after the first reuse the process's memory)\n")
                   .arg(repeat)
                   .arg(importSec, 0, 'f', 2)
                   .arg(double(report.rows) / importSec, 0, 'f', 0)
                   .arg(double(report.rows) / importSec / 200000.0, 0, 'f', 2)
                   .arg(sorted.front(), 0, 'f', 2)
                   .arg(sorted.back(), 0, 'f', 2);
    out << QStringLiteral("  baseline parse only (CsvReader): %1 rows in %2 s = %3 rows/s; import takes %4x "
                          "parse time\n")
               .arg(parsed - 1)
               .arg(parseSec, 0, 'f', 2)
               .arg(double(parsed - 1) / parseSec, 0, 'f', 0)
               .arg(importSec / parseSec, 0, 'f', 1);
    if (drySec > 0)
        out << QStringLiteral("  baseline validation only (dry run): %1 s = %2 rows/s; writing adds %3 s\n")
                   .arg(drySec, 0, 'f', 2)
                   .arg(double(report.rows) / drySec, 0, 'f', 0)
                   .arg(importSec - drySec, 0, 'f', 2);
    if (sqliteSec > 0)
        out << QStringLiteral(
                   "  baseline sqlite3 .import (text columns, no validation): %1 s; import takes %2x\n")
                   .arg(sqliteSec, 0, 'f', 2)
                   .arg(importSec / sqliteSec, 0, 'f', 2);
    if (floorSec > 0)
        out << QStringLiteral(
                   "  baseline storage floor, sqlite3 .import + INSERT...SELECT into the plan: %1 s = %2 "
                   "rows/s; import takes %3x\n")
                   .arg(floorSec, 0, 'f', 2)
                   .arg(double(report.rows) / floorSec, 0, 'f', 0)
                   .arg(importSec / floorSec, 0, 'f', 2);
    out.flush();

    if (bigReps <= 0)
        return 0;
    // --- Export: the full workbook of a big plan.
    const QString big = dir.filePath(QStringLiteral("big.tessera"));
    DemoOptions o;
    o.reps = bigReps;
    o.accounts = bigReps * 20;
    o.opportunities = bigReps * 40;
    t.restart();
    generateDemoPlan(big, o);
    out << QStringLiteral("export plan: %1 reps, %2 accounts, %3 opportunities (generated in %4 s)\n")
               .arg(o.reps)
               .arg(o.accounts)
               .arg(o.opportunities)
               .arg(seconds(t), 0, 'f', 1);
    auto store = PlanStore::open(big, PlanStore::Access::ReadOnly);
    t.restart();
    const double csvCpu0 = cpuSeconds();
    io::exportCsv(*store, dir.filePath(QStringLiteral("csv")), {}, false);
    const double csvSec = seconds(t);
    const double csvCpu = cpuSeconds() - csvCpu0;
    const QString load = loadAverage();
    resetPeakMemory();
    t.restart();
    const double exportCpu0 = cpuSeconds(), exportThread0 = threadCpuSeconds();
    io::exportXlsx(*store, dir.filePath(QStringLiteral("big.xlsx")), {});
    const double xlsxSec = seconds(t);
    const double xlsxCpu = cpuSeconds() - exportCpu0, xlsxThread = threadCpuSeconds() - exportThread0;
    out << QStringLiteral("export: full XLSX workbook in %1 s (%2 MB); goal < 5 s: %3 of the budget "
                          "(load average %4)\n")
               .arg(xlsxSec, 0, 'f', 2)
               .arg(double(QFile(dir.filePath(QStringLiteral("big.xlsx"))).size()) / 1e6, 0, 'f', 1)
               .arg(xlsxSec / 5.0, 0, 'f', 2)
               .arg(load);
    out << QStringLiteral(
               "  CPU time of the XLSX export %1 s: writing thread (libxlsxwriter) %2 s = %3 of the "
               "budget, reading threads (SQLite, rows) %4 s; peak memory %5 MB\n")
               .arg(xlsxCpu, 0, 'f', 2)
               .arg(xlsxThread, 0, 'f', 2)
               .arg(xlsxThread / 5.0, 0, 'f', 2)
               .arg(xlsxCpu - xlsxThread, 0, 'f', 2)
               .arg(peakMemoryMb(), 0, 'f', 0);
    out << QStringLiteral(
               "  baseline same parts as CSV files: %1 s (CPU %2 s); XLSX takes %3x wall, %4x CPU\n")
               .arg(csvSec, 0, 'f', 2)
               .arg(csvCpu, 0, 'f', 2)
               .arg(xlsxSec / csvSec, 0, 'f', 2)
               .arg(xlsxCpu / csvCpu, 0, 'f', 2);
    return 0;
}
