// tessera-cli forecast --json and report dashboard on the hand-built plan of forecastfixture.h.
#include "forecastfixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;

class TestForecastCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_plan;

    int run(const QStringList &args, QByteArray *out, QByteArray *err = nullptr)
    {
        QProcess p;
        p.start(QStringLiteral(TESSERA_CLI), args);
        if (!p.waitForFinished(60000))
            return -1;
        *out = p.readAllStandardOutput();
        if (err)
            *err = p.readAllStandardError();
        return p.exitCode();
    }

private slots:
    void initTestCase()
    {
        m_plan = m_dir.filePath(QStringLiteral("cli.tessera"));
        auto store = PlanStore::create(m_plan);
        forecastfixture::build(*store);
    }

    void forecastJson_data()
    {
        QTest::addColumn<QString>("node");
        QTest::addColumn<QString>("closed");
        QTest::addColumn<QString>("commit");
        QTest::addColumn<QString>("bestCase");
        QTest::addColumn<QString>("pipeline");
        QTest::addColumn<QString>("weighted");
        QTest::addColumn<QString>("quota");
        QTest::addColumn<double>("coverage");
        QTest::newRow("region") << "R1"
                                << "4000.00"
                                << "7000.00"
                                << "8533.33"
                                << "8433.33"
                                << "3691.67"
                                << "9000.00" << 1.6867;
        QTest::newRow("rep") << "REP-B"
                             << "2500.00"
                             << "3500.00"
                             << "3833.33"
                             << "1333.33"
                             << "966.67"
                             << "6000.00" << 0.381;
    }
    void forecastJson()
    {
        QFETCH(QString, node);
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("forecast"), m_plan, QStringLiteral("--node"), node,
                      QStringLiteral("--period"), QStringLiteral("2027-Q1"), QStringLiteral("--json")},
                     &out, &err),
                 0);
        const QJsonObject o = QJsonDocument::fromJson(out).object();
        QTEST(o.value(QStringLiteral("closed")).toString(), "closed");
        QTEST(o.value(QStringLiteral("commit")).toString(), "commit");
        QTEST(o.value(QStringLiteral("best_case")).toString(), "bestCase");
        QTEST(o.value(QStringLiteral("pipeline")).toString(), "pipeline");
        QTEST(o.value(QStringLiteral("weighted_pipeline")).toString(), "weighted");
        QTEST(o.value(QStringLiteral("quota")).toString(), "quota");
        QTEST(o.value(QStringLiteral("coverage")).toDouble(), "coverage");
        QCOMPARE(o.value(QStringLiteral("as_of")).toString(), QStringLiteral("2027-02-14"));
    }

    void unknownNodeIsUserError()
    {
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("forecast"), m_plan, QStringLiteral("--node"), QStringLiteral("ZZ9"),
                      QStringLiteral("--json")},
                     &out, &err),
                 1);
        QVERIFY(err.contains("ZZ9"));
        QVERIFY(err.contains("node"));
    }

    void reportDashboardWritesPdf()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("r1.pdf"));
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("report"), QStringLiteral("dashboard"), m_plan, QStringLiteral("--node"),
                      QStringLiteral("R1"), QStringLiteral("--period"), QStringLiteral("2027-Q1"),
                      QStringLiteral("--out"), pdf},
                     &out, &err),
                 0);
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("%PDF"));
        QVERIFY(bytes.count("/Type /Page\n") + bytes.count("/Type /Page ") + bytes.count("/Type/Page") >= 1);
    }
};

QTEST_GUILESS_MAIN(TestForecastCli)
#include "tst_forecastcli.moc"
