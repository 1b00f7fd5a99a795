// core/model: paging, sorting, filtering and validated edits over the entity tables.
#include "demo/demogenerator.h"
#include "model/entitytable.h"
#include "model/orgtree.h"
#include "shellfixture.h"
#include "store/planstore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;
using namespace tessera::model;

namespace {
QString u(const char *text)
{
    return QString::fromUtf8(text);
}
QStringList sl(std::initializer_list<const char *> texts)
{
    QStringList out;
    for (const char *t : texts)
        out << QString::fromUtf8(t);
    return out;
}
} // namespace

class TestEntityTable : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PlanStore> m_store;

    int col(Entity e, const char *key) { return entityInfo(e).indexOf(QString::fromLatin1(key)); }
    QStringList names(Entity e, const WindowQuery &q, qint64 offset = 0, int limit = 100)
    {
        QStringList out;
        EntityTable t(*m_store, e);
        for (const RowData &r : t.fetchWindow(q, offset, limit))
            out << r.values.at(t.info().indexOf(QStringLiteral("name"))).toString();
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = shelltest::createSmallPlan(m_dir.filePath(QStringLiteral("small.tessera")));
    }

    void windows()
    {
        WindowQuery q;
        QCOMPARE(EntityTable(*m_store, Entity::Reps).count(q), 4);
        QCOMPARE(names(Entity::Reps, q), (sl({"Ann Lee", "Bob Stone", "Cara Diaz", "Dan Ito"})));
        QCOMPARE(names(Entity::Reps, q, 1, 2), (sl({"Bob Stone", "Cara Diaz"})));
        QCOMPARE(names(Entity::Reps, q, 4, 2), QStringList());
    }

    void sorting_data()
    {
        QTest::addColumn<int>("entity");
        QTest::addColumn<QString>("column");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("reps by name desc")
            << int(Entity::Reps) << u("name") << true << sl({"Dan Ito", "Cara Diaz", "Bob Stone", "Ann Lee"});
        QTest::newRow("reps by hire date") << int(Entity::Reps) << u("hire_date") << false
                                           << sl({"Ann Lee", "Bob Stone", "Cara Diaz", "Dan Ito"});
        QTest::newRow("accounts by owner name desc") << int(Entity::Accounts) << u("owner_rep_id") << true
                                                     << sl({"Gamma Inc", "Beta LLC", "Acme Corp"});
        QTest::newRow("opportunities by amount")
            << int(Entity::Opportunities) << u("amount_cents") << false
            << sl({"Beta – Renewal", "Gamma – Pilot", "Acme – Platform"});
        QTest::newRow("opportunities by account name desc")
            << int(Entity::Opportunities) << u("account_id") << true
            << sl({"Gamma – Pilot", "Beta – Renewal", "Acme – Platform"});
        QTest::newRow("opportunities by close date")
            << int(Entity::Opportunities) << u("close_date") << false
            << sl({"Beta – Renewal", "Acme – Platform", "Gamma – Pilot"});
    }
    void sorting()
    {
        QFETCH(int, entity);
        QFETCH(QString, column);
        QFETCH(bool, descending);
        QFETCH(QStringList, expected);
        WindowQuery q;
        q.sortColumn = entityInfo(Entity(entity)).indexOf(column);
        QVERIFY(q.sortColumn >= 0);
        q.order = descending ? Qt::DescendingOrder : Qt::AscendingOrder;
        QCOMPARE(names(Entity(entity), q), expected);
    }

    void filtering_data()
    {
        QTest::addColumn<int>("entity");
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("rep name, any case") << int(Entity::Reps) << u("STONE") << sl({"Bob Stone"});
        QTest::newRow("rep email") << int(Entity::Reps) << u("dan.ito@") << sl({"Dan Ito"});
        QTest::newRow("rep by territory lookup")
            << int(Entity::Reps) << u("bay") << sl({"Bob Stone", "Dan Ito"});
        QTest::newRow("opportunity by owner lookup")
            << int(Entity::Opportunities) << u("cara") << sl({"Beta – Renewal"});
        QTest::newRow("opportunity by account lookup")
            << int(Entity::Opportunities) << u("gamma inc") << sl({"Gamma – Pilot"});
        QTest::newRow("like wildcards are literal") << int(Entity::Accounts) << u("%") << QStringList{};
        QTest::newRow("accounts by city") << int(Entity::Accounts) << u("san j") << sl({"Gamma Inc"});
    }
    void filtering()
    {
        QFETCH(int, entity);
        QFETCH(QString, filter);
        QFETCH(QStringList, expected);
        WindowQuery q;
        q.filterText = filter;
        QCOMPARE(names(Entity(entity), q), expected);
        QCOMPARE(EntityTable(*m_store, Entity(entity)).count(q), qint64(expected.size()));
    }

    void scopes()
    {
        // The West region's subtree (2, 3, 4) and its manager (rep 1): everyone.
        WindowQuery q;
        q.scoped = true;
        q.scopes = {Scope{QStringLiteral("territory_id"), {3}}, Scope{QStringLiteral("id"), {}}};
        QCOMPARE(names(Entity::Reps, q), (sl({"Bob Stone", "Dan Ito"})));
        q.scopes = {Scope{QStringLiteral("territory_id"), {2, 3, 4}}, Scope{QStringLiteral("id"), {1}}};
        QCOMPARE(EntityTable(*m_store, Entity::Reps).count(q), 4);
        q.scopes.clear();
        QCOMPARE(EntityTable(*m_store, Entity::Reps).count(q), 0);
    }

    void lookups()
    {
        EntityTable opps(*m_store, Entity::Opportunities);
        const RowData r = opps.row(2);
        QCOMPARE(r.values.at(col(Entity::Opportunities, "amount_cents")).toLongLong(), 80000);
        QCOMPARE(r.lookups.at(col(Entity::Opportunities, "account_id")), QStringLiteral("Beta LLC"));
        QCOMPARE(r.lookups.at(col(Entity::Opportunities, "owner_rep_id")), QStringLiteral("Cara Diaz"));
    }

    // A window sorted by a lookup's name is read through the indexes in two parts (rows without the lookup,
    // then the others, in name order): every window equals the same window of the plain LEFT JOIN order,
    // both directions, with rows lacking an owner, two reps of the same name and a scope.
    void lookupSortMatchesJoinOrder_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<bool>("scoped");
        for (const char *column : {"owner_rep_id", "account_id"})
            for (const bool descending : {false, true})
                for (const bool scoped : {false, true})
                    QTest::addRow("%s %s%s", column, descending ? "desc" : "asc", scoped ? " scoped" : "")
                        << u(column) << descending << scoped;
    }
    void lookupSortMatchesJoinOrder()
    {
        QFETCH(QString, column);
        QFETCH(bool, descending);
        QFETCH(bool, scoped);
        const QString path = m_dir.filePath(QStringLiteral("lookups.tessera"));
        if (!QFile::exists(path)) {
            DemoOptions o;
            o.reps = 12;
            o.accounts = 60;
            o.opportunities = 400;
            generateDemoPlan(path, o);
            auto store = PlanStore::open(path);
            store->query(QStringLiteral("UPDATE opportunities SET owner_rep_id = NULL WHERE id % 9 = 0"));
            store->query(QStringLiteral("UPDATE opportunities SET account_id = NULL WHERE id % 11 = 0"));
            store->query(QStringLiteral("UPDATE reps SET name = (SELECT name FROM reps ORDER BY id LIMIT 1) "
                                        "WHERE id = (SELECT id FROM reps ORDER BY id LIMIT 1 OFFSET 3)"));
        }
        auto store = PlanStore::open(path);
        const QString referenced = column == QLatin1String("owner_rep_id") ? u("reps") : u("accounts");
        const QString dir = descending ? u(" DESC") : QString();
        const QString scope = u("t.id % 4 <> 0");
        QStringList expected;
        QSqlQuery ref =
            store->query(u("SELECT t.id FROM opportunities t LEFT JOIN %1 j ON j.id = t.%2%3 "
                           "ORDER BY j.name%4, t.id%4")
                             .arg(referenced, column, scoped ? u(" WHERE ") + scope : QString(), dir));
        while (ref.next())
            expected << ref.value(0).toString();
        QVERIFY(expected.size() > 100);

        EntityTable table(*store, Entity::Opportunities);
        WindowQuery q;
        q.sortColumn = table.info().indexOf(column);
        q.order = descending ? Qt::DescendingOrder : Qt::AscendingOrder;
        if (scoped) {
            QList<qint64> ids;
            QSqlQuery in = store->query(u("SELECT id FROM opportunities t WHERE ") + scope);
            while (in.next())
                ids << in.value(0).toLongLong();
            q.scoped = true;
            q.scopes = {Scope{u("id"), ids}};
        }
        QCOMPARE(table.count(q), qint64(expected.size()));
        const qint64 nulls = store
                                 ->scalar(u("SELECT COUNT(*) FROM opportunities t WHERE t.%1 IS NULL%2")
                                              .arg(column, scoped ? u(" AND ") + scope : QString()))
                                 .toLongLong();
        QVERIFY(nulls > 0);
        // Windows at the start, across the border between the two parts (both directions), and past the end.
        const qint64 border = descending ? expected.size() - nulls : nulls;
        for (const qint64 offset : {qint64(0), border - 3, border, qint64(expected.size()) - 5})
            for (const int limit : {1, 7, 50}) {
                QStringList got;
                for (const RowData &r : table.fetchWindow(q, offset, limit))
                    got << QString::number(r.id);
                QCOMPARE(got, expected.mid(offset, limit));
            }
    }

    void orgTree()
    {
        const auto nodes = loadOrgNodes(*m_store);
        QCOMPARE(nodes.size(), size_t(4));
        QCOMPARE(nodes[0].name, QStringLiteral("Co"));
        QCOMPARE(nodes[0].reps, 3); // Bob, Cara, Dan; Ann has no territory
        QCOMPARE(nodes[1].managerName, QStringLiteral("Ann Lee"));
        QCOMPARE(nodes[2].name, QStringLiteral("Bay"));
        QCOMPARE(nodes[2].reps, 2);
        QCOMPARE(nodes[3].reps, 1);
        const PlanCounts c = planCounts(*m_store);
        QCOMPARE(c.reps, 4);
        QCOMPARE(c.accounts, 3);
        QCOMPARE(c.opportunities, 3);
    }

    void rejected_data()
    {
        QTest::addColumn<int>("entity");
        QTest::addColumn<qint64>("id");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("field");
        QTest::newRow("bad email") << int(Entity::Reps) << qint64(2) << u("email") << u("bob at example")
                                   << u("Email");
        QTest::newRow("end date before hire date")
            << int(Entity::Reps) << qint64(2) << u("end_date") << u("2021-02-28") << u("End date");
        QTest::newRow("hire date after end date")
            << int(Entity::Reps) << qint64(3) << u("hire_date") << u("2027-03-01") << u("Hire date");
        QTest::newRow("not a date") << int(Entity::Reps) << qint64(2) << u("hire_date") << u("31/12/2024")
                                    << u("Hire date");
        QTest::newRow("empty name") << int(Entity::Reps) << qint64(2) << u("name") << u("  ") << u("Name");
        QTest::newRow("own manager") << int(Entity::Reps) << qint64(2) << u("manager_id") << u("2")
                                     << u("Manager");
        QTest::newRow("missing manager")
            << int(Entity::Reps) << qint64(2) << u("manager_id") << u("99") << u("Manager");
        QTest::newRow("negative amount")
            << int(Entity::Opportunities) << qint64(1) << u("amount_cents") << u("-5.00") << u("Amount");
        QTest::newRow("amount with three decimals")
            << int(Entity::Opportunities) << qint64(1) << u("amount_cents") << u("5.001") << u("Amount");
        QTest::newRow("probability over 100")
            << int(Entity::Opportunities) << qint64(1) << u("probability") << u("101") << u("Probability");
        QTest::newRow("unknown stage")
            << int(Entity::Opportunities) << qint64(1) << u("stage") << u("Won?") << u("Stage");
        QTest::newRow("close before created") << int(Entity::Opportunities) << qint64(1) << u("close_date")
                                              << u("2026-12-31") << u("Close date");
        QTest::newRow("not editable")
            << int(Entity::Opportunities) << qint64(1) << u("external_id") << u("X") << u("ID");
        QTest::newRow("negative employees")
            << int(Entity::Accounts) << qint64(1) << u("employees") << u("-1") << u("Employees");
        QTest::newRow("unknown segment")
            << int(Entity::Accounts) << qint64(1) << u("segment") << u("Huge") << u("Segment");
    }
    void rejected()
    {
        QFETCH(int, entity);
        QFETCH(qint64, id);
        QFETCH(QString, column);
        QFETCH(QString, input);
        QFETCH(QString, field);
        EntityTable t(*m_store, Entity(entity));
        const int c = t.info().indexOf(column);
        const QVariant before = t.row(id).values.at(c);
        const qint64 logBefore = shelltest::changeLogCount(*m_store);
        bool thrown = false;
        try {
            t.setValue(id, c, t.parseInput(c, input, id));
        } catch (const TesseraError &e) {
            thrown = true;
            QCOMPARE(e.kind(), TesseraError::Kind::User);
            QCOMPARE(e.field(), field);
            QCOMPARE(e.row(), id);
            QCOMPARE(e.file(), m_store->path());
            QVERIFY2(e.describe().contains(field), qPrintable(e.describe()));
        }
        QVERIFY(thrown);
        QCOMPARE(t.row(id).values.at(c), before); // plan unchanged
        QCOMPARE(shelltest::changeLogCount(*m_store), logBefore);
    }

    void accepted_data()
    {
        QTest::addColumn<int>("entity");
        QTest::addColumn<qint64>("id");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QVariant>("stored");
        QTest::newRow("amount") << int(Entity::Opportunities) << qint64(3) << u("amount_cents") << u("1234.5")
                                << QVariant(qlonglong(123450));
        QTest::newRow("probability with %") << int(Entity::Opportunities) << qint64(3) << u("probability")
                                            << u("100%") << QVariant(qlonglong(100));
        QTest::newRow("end date cleared")
            << int(Entity::Reps) << qint64(3) << u("end_date") << u("") << QVariant();
        QTest::newRow("end date on hire date") << int(Entity::Reps) << qint64(4) << u("end_date")
                                               << u("2023-07-01") << QVariant(QStringLiteral("2023-07-01"));
        QTest::newRow("owner") << int(Entity::Accounts) << qint64(3) << u("owner_rep_id") << u("2")
                               << QVariant(qlonglong(2));
    }
    void accepted()
    {
        QFETCH(int, entity);
        QFETCH(qint64, id);
        QFETCH(QString, column);
        QFETCH(QString, input);
        QFETCH(QVariant, stored);
        EntityTable t(*m_store, Entity(entity));
        const int c = t.info().indexOf(column);
        const QVariant before = t.row(id).values.at(c);
        const qint64 logBefore = shelltest::changeLogCount(*m_store);
        const QVariant old = t.setValue(id, c, t.parseInput(c, input, id));
        QCOMPARE(old, before);
        const QVariant now = t.row(id).values.at(c);
        QCOMPARE(now.isNull(), stored.isNull());
        if (!stored.isNull())
            QCOMPARE(now.toString(), stored.toString());
        QCOMPARE(shelltest::changeLogCount(*m_store), logBefore + 1);
        const QVariant after = m_store->scalar(
            QStringLiteral(
                "SELECT after_json FROM change_log WHERE entity = ? AND entity_id = ? ORDER BY id DESC"),
            {t.info().logEntity, id});
        const QJsonObject json = QJsonDocument::fromJson(after.toString().toUtf8()).object();
        QVERIFY(json.contains(column));
        // Back to the stored value, unchecked, as undo does.
        t.setValue(id, c, old, EntityTable::Validation::Skip);
        QCOMPARE(t.row(id).values.at(c), before);
    }
};

QTEST_GUILESS_MAIN(TestEntityTable)
#include "tst_entitytable.moc"
