#include "demogenerator.h"

#include "comp/compdemo.h"

#include "common/random.h"
#include "forecast/demoforecast.h"
#include "forecast/factsbulk.h"
#include "geo/bundled.h"
#include "quota/quotademo.h"
#include "store/planstore.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTextStream>
#include <algorithm>
#include <array>
#include <cmath>

namespace tessera {

namespace {

struct Place
{
    QString name, state, zip;
    double lat = 0, lon = 0;
    double population = 0;
    quint64 hilbert = 0;
    int region = 0;
    // The range of territory indices (within the whole plan) that share this place's population.
    int firstTerritory = 0, lastTerritory = 0;
};

const std::array<const char *, 4> kRegions = {"West", "Central", "South", "East"};

int regionOfState(const QString &st)
{
    static const QHash<QString, int> map = [] {
        QHash<QString, int> m;
        const char *const groups[4] = {
            "WA OR CA NV ID MT WY UT CO AZ NM", "ND SD NE KS MN IA MO WI IL MI IN OH",
            "TX OK AR LA MS AL TN KY GA FL SC NC", "VA WV MD DE DC PA NJ NY CT RI MA VT NH ME"};
        for (int r = 0; r < 4; ++r)
            for (const QString &s : QString::fromLatin1(groups[r]).split(QLatin1Char(' ')))
                m.insert(s, r);
        return m;
    }();
    return map.value(st, -1);
}

// Position along a Hilbert curve over the lower 48, so that consecutive places are near each other and
// cutting the sequence into runs gives compact districts and territories.
quint64 hilbertIndex(double lat, double lon)
{
    const int n = 1 << 12;
    int x = qBound(0, int((lon + 125.0) / 59.0 * n), n - 1);
    int y = qBound(0, int((lat - 24.0) / 26.0 * n), n - 1);
    quint64 d = 0;
    for (int s = n / 2; s > 0; s /= 2) {
        const int rx = (x & s) > 0;
        const int ry = (y & s) > 0;
        d += quint64(s) * quint64(s) * quint64((3 * rx) ^ ry);
        if (ry == 0) {
            if (rx == 1) {
                x = s - 1 - x;
                y = s - 1 - y;
            }
            std::swap(x, y);
        }
    }
    return d;
}

std::vector<Place> loadPlaces()
{
    QFile f(QStringLiteral(":/tessera/demo/us-places.tsv"));
    if (!f.open(QIODevice::ReadOnly))
        throw TesseraError::internal(QCoreApplication::translate(
            "DemoGenerator", "The bundled US places are missing from this build."));
    QTextStream in(&f);
    in.readLine(); // header
    std::vector<Place> places;
    while (!in.atEnd()) {
        const QStringList c = in.readLine().split(QLatin1Char('\t'));
        if (c.size() < 6)
            continue;
        Place p;
        p.name = c[0];
        p.state = c[1];
        p.lat = c[2].toDouble();
        p.lon = c[3].toDouble();
        p.population = c[4].toDouble();
        p.zip = c[5];
        p.region = regionOfState(p.state);
        if (p.region < 0 || p.population <= 0)
            continue;
        p.hilbert = hilbertIndex(p.lat, p.lon);
        places.push_back(p);
    }
    return places;
}

const char *const kFirstNames[] = {
    "James",     "Mary",     "Robert",    "Patricia", "John",     "Jennifer", "Michael", "Linda",   "David",
    "Elizabeth", "William",  "Barbara",   "Richard",  "Susan",    "Joseph",   "Jessica", "Thomas",  "Sarah",
    "Carlos",    "Karen",    "Daniel",    "Lisa",     "Matthew",  "Nancy",    "Anthony", "Betty",   "Mark",
    "Sandra",    "Donald",   "Ashley",    "Steven",   "Kimberly", "Andrew",   "Emily",   "Kenneth", "Donna",
    "Joshua",    "Michelle", "Kevin",     "Carol",    "Brian",    "Amanda",   "Priya",   "Melissa", "Wei",
    "Deborah",   "Luis",     "Stephanie", "Jamal",    "Rebecca",  "Ryan",     "Laura",   "Jacob",   "Sharon",
    "Nicholas",  "Cynthia",  "Omar",      "Kathleen", "Hiroshi",  "Angela"};
const char *const kLastNames[] = {
    "Smith",    "Johnson",   "Williams", "Brown",    "Jones",    "Garcia",   "Miller", "Davis",   "Rodriguez",
    "Martinez", "Hernandez", "Lopez",    "Gonzalez", "Wilson",   "Anderson", "Thomas", "Taylor",  "Moore",
    "Jackson",  "Martin",    "Lee",      "Perez",    "Thompson", "White",    "Harris", "Sanchez", "Clark",
    "Ramirez",  "Lewis",     "Robinson", "Walker",   "Young",    "Allen",    "King",   "Wright",  "Scott",
    "Torres",   "Nguyen",    "Hill",     "Flores",   "Green",    "Adams",    "Nelson", "Baker",   "Hall",
    "Rivera",   "Campbell",  "Mitchell", "Carter",   "Roberts",  "Patel",    "Kim",    "Chen",    "Okafor",
    "Kowalski", "Novak",     "Larsen",   "Schmidt",  "Murphy",   "Sullivan"};
const char *const kNameWords[] = {
    "Summit",   "Blue",      "River",    "Granite",   "Harbor",   "Cedar",      "Pioneer",   "Silver",
    "Prairie",  "Lakeside",  "Keystone", "Redwood",   "Frontier", "Liberty",    "Northstar", "Ironwood",
    "Crescent", "Evergreen", "Canyon",   "Atlas",     "Beacon",   "Meridian",   "Sterling",  "Oak",
    "Falcon",   "Heritage",  "Pinnacle", "Bridgeway", "Coastal",  "Highland",   "Union",     "Copper",
    "Maple",    "Vista",     "Eagle",    "Horizon",   "Anchor",   "Clearwater", "Stone",     "Bay"};
const char *const kIndustries[] = {"Manufacturing",      "Healthcare", "Retail",
                                   "Financial Services", "Technology", "Professional Services",
                                   "Construction",       "Education",  "Transportation & Logistics",
                                   "Hospitality",        "Energy",     "Government"};
const double kIndustryWeights[] = {16, 13, 11, 10, 10, 9, 8, 6, 6, 5, 3, 3};
const char *const kIndustrySuffix[] = {"Manufacturing", "Health",   "Stores",   "Financial",
                                       "Systems",       "Partners", "Builders", "Academy",
                                       "Logistics",     "Hotels",   "Energy",   "Authority"};
const char *const kStreets[] = {"Main",       "Oak",        "Pine",   "Maple",   "Cedar",  "Elm",
                                "Washington", "Lake",       "Hill",   "Park",    "Walnut", "Commerce",
                                "Market",     "Industrial", "Center", "Highland"};
const char *const kStreetTypes[] = {"St", "Ave", "Blvd", "Dr", "Rd", "Pkwy", "Way"};
const char *const kProducts[] = {"Platform",        "Analytics Add-on",
                                 "Seat Expansion",  "Professional Services",
                                 "Premium Support", "Integration Pack"};

struct Stage
{
    const char *name;
    int probability;
    const char *category;
};
const Stage kOpenStages[] = {{"Prospecting", 10, "Pipeline"},
                             {"Qualification", 25, "Pipeline"},
                             {"Proposal", 50, "Best Case"},
                             {"Negotiation", 75, "Commit"}};

template <typename T, size_t N> const T &pick(Random &rng, const T (&items)[N])
{
    return items[rng.range(0, qint64(N) - 1)];
}

struct TerritoryRep
{
    qint64 repId;
    QDate hire, end; // end invalid = active
    double skill;
};

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

DemoSummary generateDemoPlan(const QString &path, const DemoOptions &options,
                             const ProgressCallback &progress)
{
    PlanSettings settings;
    settings.name = QCoreApplication::translate("DemoGenerator", "Tessera Demo Co — FY2027 plan");
    settings.currency = QStringLiteral("USD");
    settings.fiscalYearStartMonth = 1;
    settings.firstFiscalYear = options.asOf.year() - 2;
    settings.lastFiscalYear = options.asOf.year() + 1;
    const QString tmp = path + QStringLiteral(".part");
    QFile::remove(tmp);
    if (QFile::exists(path))
        throw TesseraError(
            TesseraError::Kind::User,
            QCoreApplication::translate("DemoGenerator", "A file with this name already exists."), path);
    DemoSummary summary;
    try {
        auto store = PlanStore::create(tmp, settings);
        summary = fillDemoPlan(*store, options, progress);
        store.reset();
    } catch (...) {
        QFile::remove(tmp);
        QFile::remove(tmp + QStringLiteral("-wal"));
        QFile::remove(tmp + QStringLiteral("-shm"));
        throw;
    }
    if (!QFile::rename(tmp, path))
        throw TesseraError(TesseraError::Kind::Io,
                           QCoreApplication::translate("DemoGenerator", "Cannot write the plan file."), path);
    return summary;
}

DemoSummary fillDemoPlan(PlanStore &store, const DemoOptions &o, const ProgressCallback &progressCallback)
{
    if (o.reps < 4 || o.accounts < 1 || o.opportunities < 0)
        throw TesseraError::user(
            QCoreApplication::translate("DemoGenerator", "The demo needs at least 4 reps and 1 account."));
    const Progress progress(progressCallback);
    Random rng(o.seed);
    DemoSummary summary;
    std::vector<Place> places = loadPlaces();
    std::sort(places.begin(), places.end(), [](const Place &a, const Place &b) {
        return a.region != b.region ? a.region < b.region : a.hilbert < b.hilbert;
    });

    Transaction tx(store);
    store.setSetting(QStringLiteral("demo.as_of"), iso(o.asOf));
    store.setSetting(QStringLiteral("demo.seed"), QString::number(o.seed));
    {
        QJsonArray stages;
        for (const Stage &s : kOpenStages)
            stages.append(
                QJsonObject{{QStringLiteral("name"), QString::fromLatin1(s.name)},
                            {QStringLiteral("probability"), s.probability},
                            {QStringLiteral("forecast_category"), QString::fromLatin1(s.category)}});
        stages.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("Closed Won")},
                                  {QStringLiteral("probability"), 100},
                                  {QStringLiteral("forecast_category"), QStringLiteral("Closed")}});
        stages.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("Closed Lost")},
                                  {QStringLiteral("probability"), 0},
                                  {QStringLiteral("forecast_category"), QStringLiteral("Omitted")}});
        store.setSetting(QStringLiteral("stages"),
                         QString::fromUtf8(QJsonDocument(stages).toJson(QJsonDocument::Compact)));
    }

    // --- Organisation: company → 4 regions → districts → territories, cut from the Hilbert order so each
    //     piece is a compact run of places with an equal share of the population.
    double regionPop[4] = {0, 0, 0, 0};
    for (const Place &p : places)
        regionPop[p.region] += p.population;
    const double totalPop = regionPop[0] + regionPop[1] + regionPop[2] + regionPop[3];
    int territoriesPerRegion[4];
    int assigned = 0;
    for (int r = 0; r < 4; ++r) {
        territoriesPerRegion[r] = std::max(1, int(std::lround(o.reps * regionPop[r] / totalPop)));
        assigned += territoriesPerRegion[r];
    }
    territoriesPerRegion[2] += o.reps - assigned; // the remainder goes to the largest region (South)
    const int districtsPerRegion = std::max(3, int(std::lround(o.reps / 4.0 / 20.0)));

    QSqlQuery insertNode = store.prepare(QStringLiteral(
        "INSERT INTO org_nodes(parent_id, level, code, name, sort_order) VALUES (?, ?, ?, ?, ?)"));
    QSqlQuery insertRep = store.prepare(QStringLiteral(
        "INSERT INTO reps(external_id, name, email, role, manager_id, hire_date, end_date, home_address, "
        "home_postal_code, home_lat, home_lon, territory_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    auto addNode = [&](const QVariant &parent, const QString &level, const QString &code, const QString &name,
                       int order) {
        const QVariantList v = {parent, level, code, name, order};
        for (int i = 0; i < v.size(); ++i)
            insertNode.bindValue(i, v[i]);
        store.exec(insertNode);
        return insertNode.lastInsertId().toLongLong();
    };
    QSet<QString> usedNames;
    int repCounter = 0;
    auto personName = [&]() {
        for (;;) {
            QString n = QString::fromLatin1(pick(rng, kFirstNames)) + QLatin1Char(' ') +
                        QString::fromLatin1(pick(rng, kLastNames));
            if (usedNames.contains(n))
                n = QString::fromLatin1(pick(rng, kFirstNames)) + QLatin1Char(' ') +
                    QChar(QLatin1Char('A' + char(rng.range(0, 25)))) + QStringLiteral(". ") +
                    QString::fromLatin1(pick(rng, kLastNames));
            if (!usedNames.contains(n)) {
                usedNames.insert(n);
                return n;
            }
        }
    };
    auto addRep = [&](const QString &role, const QVariant &manager, const QDate &hire, const QDate &end,
                      const Place *home, const QVariant &territory) {
        const QString name = personName();
        const QString email =
            name.toLower().remove(QLatin1Char('.')).replace(QLatin1Char(' '), QLatin1Char('.')) +
            QStringLiteral("@tessera-demo.example");
        QVariantList v = {QStringLiteral("REP-%1").arg(++repCounter, 5, 10, QLatin1Char('0')),
                          name,
                          email,
                          role,
                          manager,
                          iso(hire),
                          end.isValid() ? QVariant(iso(end)) : QVariant(),
                          QVariant(),
                          QVariant(),
                          QVariant(),
                          QVariant(),
                          territory};
        if (home) {
            v[7] = QStringLiteral("%1 %2 %3, %4, %5")
                       .arg(rng.range(10, 9999))
                       .arg(QString::fromLatin1(pick(rng, kStreets)),
                            QString::fromLatin1(pick(rng, kStreetTypes)), home->name, home->state);
            v[8] = home->zip;
            v[9] = home->lat + rng.normal(0, 0.03);
            v[10] = home->lon + rng.normal(0, 0.03);
        }
        for (int i = 0; i < v.size(); ++i)
            insertRep.bindValue(i, v[i]);
        store.exec(insertRep);
        return insertRep.lastInsertId().toLongLong();
    };
    auto hireDateBefore = [&](int yearsBack) {
        return o.asOf.addDays(-qint64(rng.range(400, 365 * yearsBack)));
    };

    const qint64 company = addNode(QVariant(), QStringLiteral("company"), QStringLiteral("CO"),
                                   QCoreApplication::translate("DemoGenerator", "Tessera Demo Co"), 0);
    const qint64 cro = addRep(QCoreApplication::translate("DemoGenerator", "Chief Revenue Officer"),
                              QVariant(), hireDateBefore(8), QDate(), nullptr, QVariant());
    store.query(QStringLiteral("UPDATE org_nodes SET manager_rep_id = ? WHERE id = ?"), {cro, company});
    summary.managers = 1;

    std::vector<std::vector<TerritoryRep>> territoryReps; // by global territory index
    std::vector<qint64> territoryNodes;
    QSet<QString> territoryNames;
    int territoryIndex = 0;
    size_t placeBegin = 0;
    for (int r = 0; r < 4; ++r) {
        size_t placeEnd = placeBegin;
        while (placeEnd < places.size() && places[placeEnd].region == r)
            ++placeEnd;
        const qint64 region = addNode(company, QStringLiteral("region"), QStringLiteral("R%1").arg(r + 1),
                                      QCoreApplication::translate("DemoGenerator", kRegions[size_t(r)]), r);
        const qint64 rvp = addRep(QCoreApplication::translate("DemoGenerator", "Regional Vice President"),
                                  cro, hireDateBefore(7), QDate(), &places[placeBegin], QVariant());
        store.query(QStringLiteral("UPDATE org_nodes SET manager_rep_id = ? WHERE id = ?"), {rvp, region});
        ++summary.regions;
        ++summary.managers;

        // Cut the region's places into territories by cumulative population; a big city may span several.
        const int T = territoriesPerRegion[r];
        const int D = std::min(districtsPerRegion, T);
        double cumulative = 0;
        const double share = regionPop[r] / T;
        for (size_t i = placeBegin; i < placeEnd; ++i) {
            Place &p = places[i];
            p.firstTerritory = territoryIndex + std::min(T - 1, int(cumulative / share));
            cumulative += p.population;
            p.lastTerritory = territoryIndex + std::min(T - 1, int(std::max(0.0, cumulative - 1e-6) / share));
        }
        // Name each territory after its largest place; give each district a run of territories.
        std::vector<const Place *> largest(size_t(T), nullptr);
        for (size_t i = placeBegin; i < placeEnd; ++i)
            for (int t = places[i].firstTerritory; t <= places[i].lastTerritory; ++t) {
                const Place *&best = largest[size_t(t - territoryIndex)];
                if (!best || places[i].population > best->population)
                    best = &places[i];
            }
        for (int d = 0; d < D; ++d) {
            const int tBegin = d * T / D, tEnd = (d + 1) * T / D;
            const Place *anchor = largest[size_t(tBegin)];
            for (int t = tBegin; t < tEnd; ++t)
                if (largest[size_t(t)]->population > anchor->population)
                    anchor = largest[size_t(t)];
            const qint64 district =
                addNode(region, QStringLiteral("district"),
                        QStringLiteral("D%1").arg(summary.districts + 1, 3, 10, QLatin1Char('0')),
                        QCoreApplication::translate("DemoGenerator", "%1 District").arg(anchor->name), d);
            ++summary.districts;
            const qint64 dm = addRep(QCoreApplication::translate("DemoGenerator", "District Manager"), rvp,
                                     hireDateBefore(6), QDate(), anchor, QVariant());
            store.query(QStringLiteral("UPDATE org_nodes SET manager_rep_id = ? WHERE id = ?"),
                        {dm, district});
            ++summary.managers;
            for (int t = tBegin; t < tEnd; ++t) {
                const Place *home = largest[size_t(t)];
                QString name = QStringLiteral("%1, %2").arg(home->name, home->state);
                for (int k = 2; territoryNames.contains(name); ++k)
                    name = QStringLiteral("%1, %2 %3").arg(home->name, home->state).arg(k);
                territoryNames.insert(name);
                const qint64 node =
                    addNode(district, QStringLiteral("territory"),
                            QStringLiteral("T%1").arg(territoryNodes.size() + 1, 4, 10, QLatin1Char('0')),
                            name, t - tBegin);
                territoryNodes.push_back(node);
                ++summary.territories;
                std::vector<TerritoryRep> reps;
                const double skill = std::clamp(rng.normal(1.0, 0.22), 0.55, 1.5);
                const double roll = rng.uniform();
                if (roll < 0.04) {
                    // The previous rep left during the first half; a new hire took over and is ramping.
                    const QDate left = QDate(o.asOf.year(), int(rng.range(1, 3)), 1).addMonths(1).addDays(-1);
                    const QDate hired = left.addDays(1 + rng.range(14, 45));
                    reps.push_back({addRep(QCoreApplication::translate("DemoGenerator", "Account Executive"),
                                           dm, hireDateBefore(5), left, home, node),
                                    QDate(), left, skill});
                    reps.back().hire = QDate(2000, 1, 1);
                    reps.push_back({addRep(QCoreApplication::translate("DemoGenerator", "Account Executive"),
                                           dm, hired, QDate(), home, node),
                                    hired, QDate(), std::clamp(rng.normal(0.9, 0.2), 0.5, 1.3)});
                } else if (roll < 0.12) {
                    const QDate hired = o.asOf.addDays(-qint64(rng.range(30, 240)));
                    reps.push_back({addRep(QCoreApplication::translate("DemoGenerator", "Account Executive"),
                                           dm, hired, QDate(), home, node),
                                    hired, QDate(), skill});
                } else {
                    reps.push_back({addRep(QCoreApplication::translate("DemoGenerator", "Account Executive"),
                                           dm, hireDateBefore(9), QDate(), home, node),
                                    QDate(2000, 1, 1), QDate(), skill});
                }
                summary.reps += int(reps.size());
                territoryReps.push_back(std::move(reps));
            }
        }
        territoryIndex += T;
        placeBegin = placeEnd;
        progress.report(r + 1, 20, QCoreApplication::translate("DemoGenerator", "Organisation"));
    }

    // --- Accounts at real places, in proportion to where people live.
    std::vector<double> placeWeights;
    placeWeights.reserve(places.size());
    for (const Place &p : places)
        placeWeights.push_back(p.population);
    const WeightedPicker placePicker(placeWeights);
    const WeightedPicker industryPicker(
        std::vector<double>(std::begin(kIndustryWeights), std::end(kIndustryWeights)));

    struct AccountInfo
    {
        qint64 id;
        int territory;
        int segment; // 0 SMB, 1 Mid-Market, 2 Enterprise
        qint64 potentialCents;
        QString name;
    };
    std::vector<AccountInfo> accounts;
    accounts.reserve(size_t(o.accounts));
    QSqlQuery insertAccount = store.prepare(
        QStringLiteral("INSERT INTO accounts(external_id, name, address, city, postal_code, state, country, "
                       "lat, lon, industry, "
                       "segment, employees, annual_revenue_cents, potential_cents, owner_rep_id) "
                       "VALUES (?, ?, ?, ?, ?, ?, 'US', ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString segments[3] = {QStringLiteral("SMB"), QStringLiteral("Mid-Market"),
                                 QStringLiteral("Enterprise")};
    auto activeRep = [&](int territory, const QDate &on) -> const TerritoryRep & {
        const auto &reps = territoryReps[size_t(territory)];
        for (const TerritoryRep &r : reps)
            if (r.hire <= on && (!r.end.isValid() || on <= r.end))
                return r;
        return reps.back();
    };
    for (int a = 0; a < o.accounts; ++a) {
        const Place &p = places[size_t(placePicker.pick(rng))];
        const int territory = int(rng.range(p.firstTerritory, p.lastTerritory));
        const double s = rng.uniform();
        const int segment = s < 0.6 ? 0 : (s < 0.9 ? 1 : 2);
        qint64 employees = 0;
        if (segment == 0)
            employees = rng.range(5, 99);
        else if (segment == 1)
            employees = rng.range(100, 999);
        else
            employees = qint64(std::min(250000.0, rng.logNormal(4000, 0.9))) + 1000;
        const qint64 revenueDollars = qint64(employees * rng.logNormal(180000, 0.35)) / 1000 * 1000;
        const qint64 potentialDollars =
            std::max<qint64>(5000, qint64(revenueDollars * rng.uniform(0.0002, 0.0009)) / 1000 * 1000);
        const int industry = industryPicker.pick(rng);
        const QString name =
            QStringLiteral("%1 %2 %3")
                .arg(QString::fromLatin1(pick(rng, kNameWords)), QString::fromLatin1(pick(rng, kNameWords)),
                     QString::fromLatin1(kIndustrySuffix[industry]));
        const QVariantList v = {
            QStringLiteral("ACC-%1").arg(a + 1, 7, 10, QLatin1Char('0')),
            name,
            QStringLiteral("%1 %2 %3")
                .arg(rng.range(1, 9999))
                .arg(QString::fromLatin1(pick(rng, kStreets)), QString::fromLatin1(pick(rng, kStreetTypes))),
            p.name,
            p.zip,
            p.state,
            p.lat + rng.normal(0, 0.04),
            p.lon + rng.normal(0, 0.05),
            QString::fromLatin1(kIndustries[industry]),
            segments[segment],
            employees,
            revenueDollars * 100,
            potentialDollars * 100,
            activeRep(territory, o.asOf).repId};
        for (int i = 0; i < v.size(); ++i)
            insertAccount.bindValue(i, v[i]);
        store.exec(insertAccount);
        accounts.push_back(
            {insertAccount.lastInsertId().toLongLong(), territory, segment, potentialDollars * 100, name});
        if (a % 5000 == 0)
            progress.report(4 + qint64(a) * 4 / o.accounts, 20,
                            QCoreApplication::translate("DemoGenerator", "Accounts"));
    }
    summary.accounts = o.accounts;

    // --- Opportunities: close months from the start of history to the end of the next fiscal year, with
    //     quarter-end and year-end peaks and year-on-year growth; before the as-of date they are closed.
    std::vector<double> accountWeights;
    accountWeights.reserve(accounts.size());
    for (const AccountInfo &a : accounts)
        accountWeights.push_back(std::sqrt(double(a.potentialCents)));
    const WeightedPicker accountPicker(accountWeights);
    const QDate firstMonth(o.asOf.year() - 1, 1, 1);
    const QDate lastMonth(o.asOf.year() + 1, 3, 1);
    std::vector<QDate> months;
    std::vector<double> monthWeights;
    for (QDate m = firstMonth; m <= lastMonth; m = m.addMonths(1)) {
        months.push_back(m);
        const double inQuarter[3] = {0.8, 0.95, 1.45};
        const double quarter[4] = {0.85, 1.0, 0.95, 1.25};
        const double growth = std::pow(1.15, (m.year() - firstMonth.year()) + (m.month() - 1) / 12.0);
        monthWeights.push_back(inQuarter[(m.month() - 1) % 3] * quarter[(m.month() - 1) / 3] * growth);
    }
    const WeightedPicker monthPicker(monthWeights);
    // One set-based rebuild of the forecast facts instead of a trigger per opportunity.
    ForecastFactsBulkScope facts(store);
    QSqlQuery insertOpp = store.prepare(
        QStringLiteral("INSERT INTO opportunities(external_id, name, account_id, owner_rep_id, amount_cents, "
                       "currency, stage, "
                       "probability, forecast_category, type, created_date, close_date, is_closed, is_won) "
                       "VALUES (?, ?, ?, ?, ?, 'USD', ?, ?, ?, ?, ?, ?, ?, ?)"));
    const double winRate[3] = {0.33, 0.27, 0.22};
    const double cycleDays[3] = {40, 75, 120};
    for (int i = 0; i < o.opportunities; ++i) {
        const AccountInfo &acc = accounts[size_t(accountPicker.pick(rng))];
        const QDate month = months[size_t(monthPicker.pick(rng))];
        const QDate close = month.addDays(rng.range(0, month.daysInMonth() - 1));
        QDate created = close.addDays(-qint64(std::max(7.0, rng.logNormal(cycleDays[acc.segment], 0.5))));
        if (created > o.asOf)
            created = o.asOf.addDays(-rng.range(0, 20));
        const TerritoryRep &owner = activeRep(acc.territory, std::min(close, o.asOf));
        const qint64 amountDollars = std::max<qint64>(
            2000, qint64(double(acc.potentialCents) / 100.0 * rng.uniform(0.06, 0.3)) / 100 * 100);
        const double t = rng.uniform();
        const QString type = t < 0.55 ? QStringLiteral("New Business")
                                      : (t < 0.8 ? QStringLiteral("Upsell") : QStringLiteral("Renewal"));
        QString stage, category;
        int probability = 0;
        bool closed = close <= o.asOf, won = false;
        if (closed) {
            won = rng.chance(std::min(0.9, winRate[acc.segment] * owner.skill *
                                               (type == QLatin1String("Renewal") ? 2.2 : 1.0)));
            stage = won ? QStringLiteral("Closed Won") : QStringLiteral("Closed Lost");
            probability = won ? 100 : 0;
            category = won ? QStringLiteral("Closed") : QStringLiteral("Omitted");
        } else {
            const qint64 daysOut = o.asOf.daysTo(close);
            int s = daysOut < 45 ? int(rng.range(1, 3))
                                 : (daysOut < 120 ? int(rng.range(0, 2)) : int(rng.range(0, 1)));
            const Stage &st = kOpenStages[s];
            stage = QString::fromLatin1(st.name);
            probability = st.probability;
            category = QString::fromLatin1(st.category);
            if (s == 3 && rng.chance(0.2))
                category = QStringLiteral("Best Case");
            if (rng.chance(0.03))
                category = QStringLiteral("Omitted");
        }
        const QVariantList v = {
            QStringLiteral("OPP-%1").arg(i + 1, 8, 10, QLatin1Char('0')),
            QStringLiteral("%1 - %2").arg(acc.name, QString::fromLatin1(pick(rng, kProducts))),
            acc.id,
            owner.repId,
            amountDollars * 100,
            stage,
            probability,
            category,
            type,
            iso(created),
            iso(close),
            closed ? 1 : 0,
            won ? 1 : 0};
        for (int k = 0; k < v.size(); ++k)
            insertOpp.bindValue(k, v[k]);
        store.exec(insertOpp);
        facts.touchOwner(owner.repId);
        if (i % 10000 == 0)
            progress.report(8 + qint64(i) * 12 / std::max(1, o.opportunities), 20,
                            QCoreApplication::translate("DemoGenerator", "Opportunities"));
    }
    facts.finish();
    summary.opportunities = o.opportunities;

    // Later capabilities add their demo data here, one call each (kept apart so merges stay clean).

    // -- geography: bundled levels and the demo alignment
    progress.report(19, 20, QCoreApplication::translate("DemoGenerator", "Geography"));
    geo::addDemoGeography(store);

    // -- quotas for the fiscal year of the as-of date
    quota::fillDemoQuotas(store, o.asOf);

    // -- compensation plans assigned to the reps
    comp::addDemoCompensation(store, o.asOf);

    // -- forecast settings and commit overrides
    forecast::addDemoForecast(store, o.asOf);

    tx.commit();
    progress.report(20, 20, QCoreApplication::translate("DemoGenerator", "Done"));
    return summary;
}

} // namespace tessera
