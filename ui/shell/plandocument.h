#pragma once
// The open plan: owns the store and the one undo stack. Every user edit is a QUndoCommand pushed on
// undoStack(); its redo()/undo() write in their own transaction and then call notifyChanged(), so views
// refresh from one typed signal. The window's modified flag is the stack's clean state; since every edit
// is written at once, "modified" only means "has undoable edits since opening".

#include "changeevent.h"
#include "store/planstore.h"

#include <QObject>
#include <QUndoStack>
#include <memory>

namespace tessera {

class PlanDocument : public QObject
{
    Q_OBJECT
public:
    // Opens (and upgrades) a plan; throws TesseraError with the file named.
    static std::unique_ptr<PlanDocument> open(const QString &path);
    static std::unique_ptr<PlanDocument> create(const QString &path, const PlanSettings &settings);
    ~PlanDocument() override;

    PlanStore &store() { return *m_store; }
    const PlanStore &store() const { return *m_store; }
    QString path() const { return m_store->path(); }
    QString displayName() const;
    QUndoStack *undoStack() { return &m_undo; }

    // Sent by commands after their transaction commits (and by long tasks after bulk writes).
    void notifyChanged(const ChangeEvent &event);

signals:
    void changed(const tessera::ChangeEvent &event);

private:
    explicit PlanDocument(std::unique_ptr<PlanStore> store);
    std::unique_ptr<PlanStore> m_store;
    QUndoStack m_undo;
};

} // namespace tessera
