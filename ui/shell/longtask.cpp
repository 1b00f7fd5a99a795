#include "longtask.h"

#include "common/error.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QMetaObject>
#include <QPointer>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>
#include <exception>
#include <memory>

namespace tessera {

void showError(QWidget *parent, const QString &title, const std::exception &error)
{
    QString text;
    if (const auto *te = dynamic_cast<const TesseraError *>(&error))
        text = te->describe();
    else
        text = QCoreApplication::translate("LongTask", "Internal error: %1")
                   .arg(QString::fromLocal8Bit(error.what()));
    QMessageBox::critical(parent, title, text);
}

bool runLongTaskImpl(QWidget *parent, const QString &title, const std::function<void(const Progress &)> &fn)
{
    QProgressDialog dialog(title, QCoreApplication::translate("LongTask", "Cancel"), 0, 1000, parent);
    dialog.setWindowTitle(title);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);

    auto cancelled = std::make_shared<QAtomicInt>(0);
    QObject::connect(&dialog, &QProgressDialog::canceled, [cancelled] { cancelled->storeRelaxed(1); });
    QPointer<QProgressDialog> guard(&dialog);
    const Progress progress([cancelled, guard](qint64 done, qint64 total, const QString &stage) {
        const int value = total > 0 ? int(qBound(qint64(0), done * 1000 / total, qint64(1000))) : 0;
        QMetaObject::invokeMethod(
            guard.data(),
            [guard, value, stage] {
                if (!guard)
                    return;
                guard->setValue(value);
                if (!stage.isEmpty())
                    guard->setLabelText(stage);
            },
            Qt::QueuedConnection);
        return cancelled->loadRelaxed() == 0;
    });

    std::exception_ptr failure;
    QFutureWatcher<void> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<void>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([&] {
        try {
            fn(progress);
        } catch (...) {
            failure = std::current_exception();
        }
    }));
    if (!watcher.isFinished())
        loop.exec();
    dialog.close();
    if (!failure)
        return true;
    try {
        std::rethrow_exception(failure);
    } catch (const TesseraError &e) {
        if (e.kind() != TesseraError::Kind::Cancelled)
            showError(parent, title, e);
    } catch (const std::exception &e) {
        showError(parent, title, e);
    }
    return false;
}

} // namespace tessera
