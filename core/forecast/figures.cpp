#include "figures.h"

#include "forecastquery.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace tessera::forecast {

QString levelInText(const QString &level)
{
    if (level == QLatin1String("company"))
        return QCoreApplication::translate("Dashboard", "company", "hierarchy level inside a sentence");
    if (level == QLatin1String("region"))
        return QCoreApplication::translate("Dashboard", "region", "hierarchy level inside a sentence");
    if (level == QLatin1String("district"))
        return QCoreApplication::translate("Dashboard", "district", "hierarchy level inside a sentence");
    if (level == QLatin1String("territory"))
        return QCoreApplication::translate("Dashboard", "territory", "hierarchy level inside a sentence");
    if (level == QLatin1String("rep"))
        return QCoreApplication::translate("Dashboard", "rep", "hierarchy level inside a sentence");
    return level;
}

Tally &Tally::operator+=(const Tally &o)
{
    wonCents += o.wonCents;
    wonCount += o.wonCount;
    lostCount += o.lostCount;
    openPipelineCents += o.openPipelineCents;
    openBestCaseCents += o.openBestCaseCents;
    openCommitCents += o.openCommitCents;
    omittedCents += o.omittedCents;
    openCount += o.openCount;
    weightedCentPercent += o.weightedCentPercent;
    return *this;
}

QString bandName(Band band)
{
    switch (band) {
    case Band::Healthy:
        return QCoreApplication::translate("Forecast", "Healthy");
    case Band::Watch:
        return QCoreApplication::translate("Forecast", "Watch");
    case Band::AtRisk:
        return QCoreApplication::translate("Forecast", "At risk");
    case Band::QuotaMet:
        return QCoreApplication::translate("Forecast", "Quota met");
    case Band::NoQuota:
        break;
    }
    return QCoreApplication::translate("Forecast", "No quota");
}

QString bandKey(Band band)
{
    switch (band) {
    case Band::Healthy:
        return QStringLiteral("healthy");
    case Band::Watch:
        return QStringLiteral("watch");
    case Band::AtRisk:
        return QStringLiteral("at_risk");
    case Band::QuotaMet:
        return QStringLiteral("quota_met");
    case Band::NoQuota:
        break;
    }
    return QStringLiteral("no_quota");
}

AttainmentBand attainmentBand(const std::optional<Rate> &a)
{
    if (!a)
        return AttainmentBand::NoQuota;
    if (*a < Rate::fromPercent(80))
        return AttainmentBand::Below80;
    if (*a <= Rate::fromPercent(100))
        return AttainmentBand::From80To100;
    return AttainmentBand::Above100;
}

Band coverageBand(const std::optional<Rate> &coverage, bool weighted)
{
    if (!coverage)
        return Band::NoQuota;
    const Rate healthy = weighted ? Rate::fromPercent(100) : Rate::fromPercent(300);
    const Rate watch = weighted ? Rate::fromPercent(70) : Rate::fromPercent(200);
    if (*coverage >= healthy)
        return Band::Healthy;
    if (*coverage >= watch)
        return Band::Watch;
    return Band::AtRisk;
}

QHash<QString, int> parseStageProbabilities(const QString &json)
{
    QHash<QString, int> out;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        const QString name = o.value(QStringLiteral("name")).toString();
        const QJsonValue p = o.value(QStringLiteral("probability"));
        if (!name.isEmpty() && p.isDouble())
            out.insert(name, std::clamp(p.toInt(), 0, 100));
    }
    return out;
}

} // namespace tessera::forecast
