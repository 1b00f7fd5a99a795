#include "plandocument.h"

#include <QFileInfo>

namespace tessera {

PlanDocument::PlanDocument(std::unique_ptr<PlanStore> store) : m_store(std::move(store))
{
    qRegisterMetaType<ChangeEvent>();
}

PlanDocument::~PlanDocument() = default;

std::unique_ptr<PlanDocument> PlanDocument::open(const QString &path)
{
    return std::unique_ptr<PlanDocument>(new PlanDocument(PlanStore::open(path)));
}

std::unique_ptr<PlanDocument> PlanDocument::create(const QString &path, const PlanSettings &settings)
{
    return std::unique_ptr<PlanDocument>(new PlanDocument(PlanStore::create(path, settings)));
}

QString PlanDocument::displayName() const
{
    const QString name = m_store->settings().name;
    return name.isEmpty() ? QFileInfo(path()).completeBaseName() : name;
}

void PlanDocument::notifyChanged(const ChangeEvent &event)
{
    emit changed(event);
}

} // namespace tessera
