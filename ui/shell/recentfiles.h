#pragma once
// The recently opened plans (most recent first, at most MaxCount), kept in QSettings.

#include <QStringList>

namespace tessera {

class RecentFiles
{
public:
    static constexpr int MaxCount = 8;
    static QStringList list();
    static void add(const QString &path); // moves it to the front
    static void remove(const QString &path);
    static void clear();
    // The first plan on the list that still exists, or an empty string.
    static QString mostRecentExisting();
};

} // namespace tessera
