// tessera-cli as a user runs it: exit codes and messages.
#include "testutil.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    using Result = testutil::CliResult;
    static Result run(const QStringList &args) { return testutil::runCli(args); }

private slots:
    void helpAndVersion()
    {
        const Result help = run({QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        for (const char *cmd : {"new", "demo", "info", "check"})
            QVERIFY2(help.out.contains(QLatin1String(cmd)), cmd);
        const Result version = run({QStringLiteral("--version")});
        QCOMPARE(version.code, 0);
        QVERIFY(version.out.startsWith(QLatin1String("tessera-cli ")));
        const Result unknown = run({QStringLiteral("frobnicate")});
        QCOMPARE(unknown.code, 1);
        QVERIFY2(unknown.err.contains(QLatin1String("unknown command 'frobnicate'")),
                 qPrintable(unknown.err));
        // A family word alone lists its commands instead of calling itself unknown.
        const Result family = run({QStringLiteral("report")});
        QCOMPARE(family.code, 1);
        QVERIFY2(family.err.contains(QLatin1String("'report' needs a command: report dashboard")),
                 qPrintable(family.err));
    }

    void newDemoInfoCheck()
    {
        const QString plan = m_dir.filePath(QStringLiteral("cli.tessera"));
        QCOMPARE(run({QStringLiteral("new"), plan}).code, 0);
        const Result again = run({QStringLiteral("new"), plan});
        QCOMPARE(again.code, 1);
        QVERIFY(again.err.contains(plan));
        QCOMPARE(again.err.count(QLatin1Char('\n')), 1);

        const QString demo = m_dir.filePath(QStringLiteral("demo.tessera"));
        const Result d = run({QStringLiteral("demo"), QStringLiteral("--out"), demo, QStringLiteral("--reps"),
                              QStringLiteral("12"), QStringLiteral("--accounts"), QStringLiteral("300"),
                              QStringLiteral("--opportunities"), QStringLiteral("900")});
        QCOMPARE(d.code, 0);
        const Result info = run({QStringLiteral("info"), demo, QStringLiteral("--json")});
        QCOMPARE(info.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(info.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("counts")).toObject().value(QStringLiteral("opportunities")).toInt(),
                 900);
        QCOMPARE(o.value(QStringLiteral("counts")).toObject().value(QStringLiteral("accounts")).toInt(), 300);
        QVERIFY(o.value(QStringLiteral("schema_version")).toInt() >= 1);
        QCOMPARE(run({QStringLiteral("check"), demo}).code, 0);
    }

    void userErrorsExitOne()
    {
        const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
        QVERIFY(testutil::writeFile(text, "hello"));
        const Result r = run({QStringLiteral("info"), text});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("not an SQLite database")));
        QCOMPARE(run({QStringLiteral("info"), m_dir.filePath(QStringLiteral("missing.tessera"))}).code, 1);
        QCOMPARE(run({QStringLiteral("demo")}).code, 1);
        QCOMPARE(
            run({QStringLiteral("demo"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.tessera")),
                 QStringLiteral("--reps"), QStringLiteral("many")})
                .code,
            1);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
