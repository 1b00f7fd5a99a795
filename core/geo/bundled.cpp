#include "bundled.h"

#include "alignment.h"
#include "store/planstore.h"

#include <QCoreApplication>
#include <QFile>

namespace tessera::geo {
namespace {

struct BundledLevel
{
    const char *level;
    const char *resource;
    const char *object;
};
const BundledLevel kLevels[] = {{"us-states", ":/tessera/geo/states-10m.json", "states"},
                                {"us-counties", ":/tessera/geo/counties-10m.json", "counties"}};

const BundledLevel &find(const QString &levelName)
{
    for (const BundledLevel &b : kLevels)
        if (levelName == QLatin1String(b.level))
            return b;
    throw TesseraError::user(
        QCoreApplication::translate("geo", "'%1' is not a bundled geography level (there are: %2).")
            .arg(levelName, bundledLevelNames().join(QStringLiteral(", "))));
}

} // namespace

QStringList bundledLevelNames()
{
    QStringList out;
    for (const BundledLevel &b : kLevels)
        out << QString::fromLatin1(b.level);
    return out;
}

bool isBundledLevel(const QString &levelName)
{
    return bundledLevelNames().contains(levelName);
}

SourceLevel bundledSource(const QString &levelName)
{
    const BundledLevel &b = find(levelName);
    const QString path = QString::fromLatin1(b.resource);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw TesseraError::internal(
            QCoreApplication::translate("geo", "The bundled geography %1 is missing.").arg(path));
    FieldMapping m;
    m.idField = QStringLiteral("id");
    m.nameField = QStringLiteral("name");
    m.layer = QString::fromLatin1(b.object);
    return readTopoJson(f.readAll(), path, m);
}

qint64 ensureBundledLevel(PlanStore &store, const QString &levelName, const ProgressCallback &progress)
{
    if (hasLevel(store, levelName))
        return levelId(store, levelName);
    LevelImportOptions o;
    o.levelName = levelName;
    o.idField = QStringLiteral("id");
    o.nameField = QStringLiteral("name");
    return importLevel(store, bundledSource(levelName), o, progress).levelId;
}

int addDemoGeography(PlanStore &store, const ProgressCallback &progress)
{
    Transaction tx(store);
    alignByAccounts(store, ensureBundledLevel(store, QStringLiteral("us-states"), progress));
    const qint64 counties = ensureBundledLevel(store, QStringLiteral("us-counties"), progress);
    alignByAccounts(store, counties);
    tx.commit();
    return int(store.scalar(QStringLiteral("SELECT COUNT(*) FROM geo_units WHERE level_id = ?"), {counties})
                   .toInt());
}

} // namespace tessera::geo
