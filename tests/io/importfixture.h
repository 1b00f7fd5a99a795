#pragma once
// The io import tests' fixture: a small demo plan (6 reps, 40 accounts, 100 opportunities, no quotas and no
// unit assignments) made once, copied for each test, and helpers to write input files and count rows.
#include "../core/testutil.h"
#include "demo/demogenerator.h"
#include "io/importer.h"
#include "store/planstore.h"

#include <QFile>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>

class ImportFixture : public QObject
{
protected:
    QTemporaryDir m_dir;
    QString m_template;

    void makeTemplate()
    {
        QVERIFY(m_dir.isValid());
        m_template = m_dir.filePath(QStringLiteral("template.tessera"));
        tessera::DemoOptions o;
        o.reps = 6;
        o.accounts = 40;
        o.opportunities = 100;
        tessera::generateDemoPlan(m_template, o);
        {
            // The demo comes with quotas and a county alignment; these tests count what the imports add.
            auto store = tessera::PlanStore::open(m_template);
            store->query(QStringLiteral("DELETE FROM quotas"));
            store->query(QStringLiteral("DELETE FROM unit_assignments"));
        } // settle the file (WAL checkpointed) before hashing copies
    }
    QString freshPlan(const QString &name)
    {
        const QString path = m_dir.filePath(name + QStringLiteral(".tessera"));
        QFile::remove(path);
        QFile::copy(m_template, path);
        return path;
    }
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        testutil::writeFile(path, bytes);
        return path;
    }
    // Two rep quotas imported into the plan: REP-00001 2027-01 1,000.00 and REP-00002 2027-02 2,500.50.
    bool importTwoQuotas(tessera::PlanStore &store)
    {
        tessera::io::ImportOptions o;
        o.kind = tessera::io::ImportKind::Quotas;
        return tessera::io::importFile(
                   store,
                   write(QStringLiteral("two-quotas.csv"),
                         "Rep ID,Period,Quota\nREP-00001,2027-01,1000\nREP-00002,2027-02,2500.50\n"),
                   o)
            .committed;
    }
    static qint64 count(tessera::PlanStore &s, const QString &sql, const QVariantList &b = {})
    {
        return s.scalar(sql, b).toLongLong();
    }
};
