// The main window end to end (offscreen): open a demo plan, edit a rep's name, undo, redo, close, reopen.
#include "demo/demogenerator.h"
#include "shell/entitytablemodel.h"
#include "shell/entitytableview.h"
#include "shell/mainwindow.h"
#include "shell/organisationview.h"
#include "shell/orgtreemodel.h"
#include "shell/plandocument.h"
#include "shell/recentfiles.h"
#include "shell/viewlist.h"

#include <QAction>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace tessera;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_plan;

    static QAction *findAction(QWidget *window, const QString &menuTitle, const QString &prefix)
    {
        for (QAction *menu : window->findChild<QMenuBar *>()->actions())
            if (menu->text() == menuTitle)
                for (QAction *a : menu->menu()->actions())
                    if (a->text().startsWith(prefix))
                        return a;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TesseraTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_plan = m_dir.filePath(QStringLiteral("demo.tessera"));
        DemoOptions options;
        options.reps = 8;
        options.accounts = 300;
        options.opportunities = 600;
        generateDemoPlan(m_plan, options);
    }

    void cleanupTestCase() { QSettings().clear(); }

    void editUndoRedoCloseReopen()
    {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(window.openPlan(m_plan));
        QCOMPARE(RecentFiles::list().value(0), QFileInfo(m_plan).absoluteFilePath());
        QVERIFY(window.windowTitle().endsWith(QStringLiteral("[*] — Tessera")));
        QVERIFY(!window.isWindowModified());
        QVERIFY(window.showView(QStringLiteral("organisation")));
        auto *org = qobject_cast<OrganisationView *>(window.view(QStringLiteral("organisation")));
        QVERIFY(org);
        QCOMPARE(window.findChild<QListWidget *>(QStringLiteral("navigation"))->count(),
                 int(planViews().size()));

        // The company is selected: its reps table lists every rep.
        EntityTableModel *reps = org->reps()->model();
        const qint64 allReps =
            window.document()->store().scalar(QStringLiteral("SELECT COUNT(*) FROM reps")).toLongLong();
        QCOMPARE(qint64(reps->rowCount()), allReps);
        const int nameColumn = reps->info().indexOf(QStringLiteral("name"));
        const qint64 repId = reps->rowId(3);
        const QString oldName = reps->index(3, nameColumn).data().toString();
        const QString newName = QStringLiteral("Zoë Renamed-Test");

        QVERIFY(reps->setData(reps->index(3, nameColumn), newName));
        auto storedName = [&] {
            return window.document()
                ->store()
                .scalar(QStringLiteral("SELECT name FROM reps WHERE id = ?"), {repId})
                .toString();
        };
        QCOMPARE(storedName(), newName);
        QCOMPARE(reps->index(3, nameColumn).data().toString(), newName);
        QVERIFY(window.isWindowModified());
        QAction *undo = findAction(&window, QStringLiteral("&Edit"), QStringLiteral("&Undo"));
        QAction *redo = findAction(&window, QStringLiteral("&Edit"), QStringLiteral("&Redo"));
        QVERIFY(undo && redo);
        QCOMPARE(undo->text(), QStringLiteral("&Undo Rename rep “%1”").arg(oldName));
        QVERIFY(undo->isEnabled());

        undo->trigger();
        QCOMPARE(storedName(), oldName);
        QCOMPARE(reps->index(3, nameColumn).data().toString(), oldName);
        QVERIFY(!window.isWindowModified());
        QCOMPARE(redo->text(), QStringLiteral("&Redo Rename rep “%1”").arg(oldName));
        redo->trigger();
        QCOMPARE(storedName(), newName);

        // A territory node's reps: the rep's own territory shows it.
        const qint64 territory =
            window.document()
                ->store()
                .scalar(QStringLiteral("SELECT territory_id FROM reps WHERE id = ?"), {repId})
                .toLongLong();
        if (territory > 0) {
            org->selectNode(territory);
            QVERIFY(reps->findRow(repId) >= 0);
        }

        QVERIFY(window.showView(QStringLiteral("accounts")));
        QVERIFY(qobject_cast<EntityTableView *>(window.view(QStringLiteral("accounts"))));
        QVERIFY(window.showView(QStringLiteral("pipeline")));

        window.closePlan();
        QVERIFY(!window.document());
        QCOMPARE(window.windowTitle(), QStringLiteral("Tessera"));

        // Reopen: the edit was written at once, no Save needed.
        window.openInitialPlan(); // the most recent plan
        QVERIFY(window.document());
        QCOMPARE(QFileInfo(window.document()->path()), QFileInfo(m_plan));
        QCOMPARE(window.currentViewId(), QStringLiteral("pipeline")); // the last view shown
        QCOMPARE(storedName(), newName);
        QVERIFY(window.showView(QStringLiteral("organisation")));
        auto *org2 = qobject_cast<OrganisationView *>(window.view(QStringLiteral("organisation")));
        org2->reps()->filterEdit()->setText(QStringLiteral("renamed-test"));
        QTRY_COMPARE(org2->reps()->model()->rowCount(), 1); // after the filter's debounce
        QCOMPARE(org2->reps()->model()->index(0, nameColumn).data().toString(), newName);
        // Edit, undo, redo: three change_log rows for the rep's name.
        QCOMPARE(window.document()
                     ->store()
                     .scalar(QStringLiteral(
                                 "SELECT COUNT(*) FROM change_log WHERE entity = 'rep' AND entity_id = ?"),
                             {repId})
                     .toLongLong(),
                 3);
        QVERIFY(!window.document()->undoStack()->canUndo()); // a new session starts a new history
    }

    void saveAsContinuesOnCopy()
    {
        MainWindow window;
        QVERIFY(window.openPlan(m_plan));
        const QString copy = m_dir.filePath(QStringLiteral("copy.tessera"));
        window.document()->store().backupTo(copy);
        QVERIFY(window.openPlan(copy));
        QCOMPARE(RecentFiles::list().mid(0, 2),
                 (QStringList{QFileInfo(copy).absoluteFilePath(), QFileInfo(m_plan).absoluteFilePath()}));
        QVERIFY(window.windowTitle().contains(window.document()->displayName()));
    }

    void badFileKeepsWindowUsable()
    {
        MainWindow window;
        const QString missing = m_dir.filePath(QStringLiteral("missing.tessera"));
        RecentFiles::add(missing);
        // openPlan shows a dialog on failure; a file that is not there is refused before any dialog would
        // block.
        QVERIFY(!QFileInfo(missing).exists());
        QCOMPARE(RecentFiles::mostRecentExisting(),
                 QFileInfo(m_dir.filePath(QStringLiteral("copy.tessera"))).absoluteFilePath());
        RecentFiles::remove(missing);
        QVERIFY(!RecentFiles::list().contains(QFileInfo(missing).absoluteFilePath()));
    }

    void windowGeometryIsKept()
    {
        {
            MainWindow window;
            window.show();
            window.resize(1111, 777);
            QVERIFY(window.close()); // closeEvent stores the geometry
        }
        QVERIFY(QSettings().contains(QStringLiteral("window/geometry")));
        MainWindow again;
        QCOMPARE(again.size(), QSize(1111, 777));
    }

    void recentListIsCapped()
    {
        RecentFiles::clear();
        for (int i = 0; i < 10; ++i)
            RecentFiles::add(m_dir.filePath(QStringLiteral("p%1.tessera").arg(i)));
        const QStringList list = RecentFiles::list();
        QCOMPARE(list.size(), RecentFiles::MaxCount);
        QCOMPARE(QFileInfo(list.first()).fileName(), QStringLiteral("p9.tessera"));
        QCOMPARE(QFileInfo(list.last()).fileName(), QStringLiteral("p2.tessera"));
        QCOMPARE(RecentFiles::mostRecentExisting(), QString());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
