#pragma once
// Long work off the GUI thread with a progress dialog and Cancel.
//
//   auto result = runLongTask<Summary>(this, tr("Balancing territories"), [path](const Progress &p) {
//       auto store = PlanStore::openConnection(path, PlanStore::Access::ReadOnly); // own connection
//       return balance(*store, ..., p);
//   });
//   if (result) ...   // std::nullopt when cancelled or failed (the error was shown)
//
// The function runs in a worker thread (QtConcurrent) and must open its own PlanStore connection.
// It reports through Progress, which throws Cancelled when the user presses Cancel.

#include "common/progress.h"

#include <QWidget>
#include <functional>
#include <optional>

namespace tessera {

// Runs fn in a worker thread while a modal progress dialog spins the event loop. Errors are shown to the
// user (showError) and give false; a cancel gives false silently.
bool runLongTaskImpl(QWidget *parent, const QString &title, const std::function<void(const Progress &)> &fn);
// Shows a core error as a dialog: the file, row and field it names, and its message.
void showError(QWidget *parent, const QString &title, const std::exception &error);

template <typename T>
std::optional<T> runLongTask(QWidget *parent, const QString &title,
                             const std::function<T(const Progress &)> &fn)
{
    std::optional<T> result;
    if (!runLongTaskImpl(parent, title, [&](const Progress &p) { result = fn(p); }))
        return std::nullopt;
    return result;
}

} // namespace tessera
