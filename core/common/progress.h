#pragma once
// Progress of long work, reported by core and shown by the UI (progress bar + Cancel) or the CLI.
// The callback returns false to cancel; the worker then throws TesseraError(Kind::Cancelled) and the
// plan is left as it was (the work's transaction rolls back).

#include "error.h"

#include <QCoreApplication>
#include <QString>
#include <functional>

namespace tessera {

using ProgressCallback = std::function<bool(qint64 done, qint64 total, const QString &stage)>;

class Progress
{
public:
    explicit Progress(ProgressCallback callback = {}) : m_callback(std::move(callback)) {}
    // Reports and throws Cancelled when the user asked to stop.
    void report(qint64 done, qint64 total, const QString &stage = {}) const
    {
        if (m_callback && !m_callback(done, total, stage))
            throw TesseraError(TesseraError::Kind::Cancelled,
                               QCoreApplication::translate("Progress", "Cancelled; nothing was changed."));
    }
    explicit operator bool() const { return bool(m_callback); }

private:
    ProgressCallback m_callback;
};

} // namespace tessera
