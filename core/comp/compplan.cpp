#include "compplan.h"
#include "comp/comptext.h"

#include "common/error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace tessera::comp {
namespace {

// Reads fields of one JSON object, naming the path of the field in every error.
class Reader
{
public:
    Reader(const QJsonObject &o, QString path, const QString &file)
        : m_o(o), m_path(std::move(path)), m_file(file)
    {
    }

    [[noreturn]] void fail(const QString &key, const QString &message) const
    {
        throw TesseraError(TesseraError::Kind::User, message, m_file, -1, field(key));
    }
    QString field(const QString &key) const
    {
        return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
    }
    bool has(const QString &key) const { return m_o.contains(key); }

    QString string(const QString &key, const QString &fallback = {}, bool required = false) const
    {
        if (!m_o.contains(key)) {
            if (required)
                fail(key, CompText::tr("is required"));
            return fallback;
        }
        if (!m_o.value(key).isString())
            fail(key, CompText::tr("must be a text value"));
        return m_o.value(key).toString();
    }
    Money money(const QString &key, bool required = false) const
    {
        const QString s = string(key, {}, required);
        if (s.isEmpty())
            return {};
        const auto m = Money::parse(s);
        if (!m)
            fail(key,
                 CompText::tr("'%1' is not an amount with at most two decimals (e.g. \"1500.00\")").arg(s));
        return *m;
    }
    Rate rate(const QString &key, bool required = false, Rate fallback = {}) const
    {
        const QString s = string(key, {}, required);
        if (s.isEmpty())
            return fallback;
        const auto r = Rate::parse(s);
        if (!r)
            fail(key, CompText::tr("'%1' is not a rate (e.g. \"0.035\" or \"3.5%\")").arg(s));
        return *r;
    }
    int integer(const QString &key, int fallback, int min, int max) const
    {
        if (!m_o.contains(key))
            return fallback;
        const QJsonValue v = m_o.value(key);
        const double d = v.toDouble(-1e18);
        if (!v.isDouble() || d != double(qint64(d)) || d < min || d > max)
            fail(key, CompText::tr("must be a whole number from %1 to %2").arg(min).arg(max));
        return int(d);
    }
    bool boolean(const QString &key, bool fallback) const
    {
        if (!m_o.contains(key))
            return fallback;
        if (!m_o.value(key).isBool())
            fail(key, CompText::tr("must be true or false"));
        return m_o.value(key).toBool();
    }
    QDate date(const QString &key) const
    {
        const QString s = string(key);
        if (s.isEmpty())
            return {};
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!d.isValid())
            fail(key, CompText::tr("'%1' is not a date YYYY-MM-DD").arg(s));
        return d;
    }
    template <typename E>
    E choice(const QString &key, const std::vector<std::pair<QString, E>> &options, E fallback) const
    {
        const QString s = string(key);
        if (s.isEmpty())
            return fallback;
        QStringList names;
        for (const auto &[name, value] : options) {
            if (name == s)
                return value;
            names << name;
        }
        fail(key, CompText::tr("'%1' is not one of: %2").arg(s, names.join(QStringLiteral(", "))));
    }
    QJsonArray array(const QString &key) const
    {
        if (!m_o.contains(key))
            return {};
        if (!m_o.value(key).isArray())
            fail(key, CompText::tr("must be a list"));
        return m_o.value(key).toArray();
    }
    QStringList strings(const QString &key) const
    {
        QStringList out;
        const QJsonArray a = array(key);
        for (int i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString())
                fail(QStringLiteral("%1[%2]").arg(key).arg(i), CompText::tr("must be a text value"));
            out << a.at(i).toString();
        }
        return out;
    }
    Reader child(const QString &key, int index) const
    {
        const QJsonArray a = array(key);
        const QString p = field(QStringLiteral("%1[%2]").arg(key).arg(index));
        if (!a.at(index).isObject())
            throw TesseraError(TesseraError::Kind::User, CompText::tr("must be an object"), m_file, -1, p);
        return Reader(a.at(index).toObject(), p, m_file);
    }
    Reader object(const QString &key) const
    {
        if (!m_o.value(key).isObject())
            fail(key, CompText::tr("must be an object"));
        return Reader(m_o.value(key).toObject(), field(key), m_file);
    }

private:
    QJsonObject m_o;
    QString m_path;
    QString m_file;
};

const std::vector<std::pair<QString, Window>> windows{{QStringLiteral("period"), Window::Period},
                                                      {QStringLiteral("year"), Window::Year}};
const std::vector<std::pair<QString, Component::Type>> types{
    {QStringLiteral("commission"), Component::Type::Commission},
    {QStringLiteral("bonus"), Component::Type::Bonus},
    {QStringLiteral("spiff"), Component::Type::Spiff},
    {QStringLiteral("draw"), Component::Type::Draw},
    {QStringLiteral("clawback"), Component::Type::Clawback}};

template <typename E> QString nameOf(const std::vector<std::pair<QString, E>> &options, E value)
{
    for (const auto &[name, v] : options)
        if (v == value)
            return name;
    return {};
}

Commission readCommission(const Reader &r)
{
    Commission c;
    c.basis = r.choice<Commission::Basis>(QStringLiteral("basis"),
                                          {{QStringLiteral("amount"), Commission::Basis::Amount},
                                           {QStringLiteral("attainment"), Commission::Basis::Attainment}},
                                          Commission::Basis::Amount);
    c.mode = r.choice<Commission::Mode>(QStringLiteral("mode"),
                                        {{QStringLiteral("marginal"), Commission::Mode::Marginal},
                                         {QStringLiteral("retroactive"), Commission::Mode::Retroactive}},
                                        Commission::Mode::Marginal);
    c.window = r.choice(QStringLiteral("window"), windows, Window::Year);
    const QString fromKey =
        c.basis == Commission::Basis::Amount ? QStringLiteral("from") : QStringLiteral("from_attainment");
    if (r.has(QStringLiteral("rate"))) {
        c.tiers.push_back(Tier{{}, {}, r.rate(QStringLiteral("rate"), true)});
    } else {
        const int n = int(r.array(QStringLiteral("tiers")).size());
        if (n == 0)
            r.fail(QStringLiteral("tiers"),
                   CompText::tr("a commission needs a \"rate\" or at least one tier"));
        for (int i = 0; i < n; ++i) {
            const Reader t = r.child(QStringLiteral("tiers"), i);
            Tier tier;
            if (c.basis == Commission::Basis::Amount)
                tier.fromAmount = t.money(fromKey, true);
            else
                tier.fromAttainment = t.rate(fromKey, true);
            tier.rate = t.rate(QStringLiteral("rate"), true);
            if (i == 0 && (tier.fromAmount != Money() || tier.fromAttainment != Rate()))
                t.fail(fromKey, CompText::tr("the first tier must start at 0"));
            if (i > 0 &&
                (c.basis == Commission::Basis::Amount ? tier.fromAmount <= c.tiers.back().fromAmount
                                                      : tier.fromAttainment <= c.tiers.back().fromAttainment))
                t.fail(fromKey, CompText::tr("tiers must be in increasing order"));
            c.tiers.push_back(tier);
        }
    }
    c.gate = r.rate(QStringLiteral("gate"));
    if (r.has(QStringLiteral("soft_cap"))) {
        const Reader s = r.object(QStringLiteral("soft_cap"));
        c.hasSoftCap = true;
        if (c.basis == Commission::Basis::Amount)
            c.softCap.fromAmount = s.money(fromKey, true);
        else
            c.softCap.fromAttainment = s.rate(fromKey, true);
        c.softCap.rate = s.rate(QStringLiteral("rate"), true);
    }
    c.capPerPeriod = r.money(QStringLiteral("cap_per_period"));
    c.capPerYear = r.money(QStringLiteral("cap_per_year"));
    return c;
}

Bonus readBonus(const Reader &r)
{
    Bonus b;
    b.mode = r.choice<Bonus::Mode>(QStringLiteral("mode"),
                                   {{QStringLiteral("stepped"), Bonus::Mode::Stepped},
                                    {QStringLiteral("prorated"), Bonus::Mode::ProRated}},
                                   Bonus::Mode::Stepped);
    b.window = r.choice(QStringLiteral("window"), windows, Window::Period);
    b.target = r.money(QStringLiteral("target"), true);
    const int n = int(r.array(QStringLiteral("steps")).size());
    if (n == 0)
        r.fail(QStringLiteral("steps"), CompText::tr("a bonus needs at least one step"));
    for (int i = 0; i < n; ++i) {
        const Reader s = r.child(QStringLiteral("steps"), i);
        BonusStep step{s.rate(QStringLiteral("attainment"), true), s.rate(QStringLiteral("payout"), true)};
        if (i > 0 && step.attainment <= b.steps.back().attainment)
            s.fail(QStringLiteral("attainment"), CompText::tr("steps must be in increasing order"));
        b.steps.push_back(step);
    }
    return b;
}

Spiff readSpiff(const Reader &r)
{
    Spiff s;
    s.amount = r.money(QStringLiteral("amount"), true);
    s.unitSize = r.money(QStringLiteral("per_unit"));
    if (s.unitSize < Money())
        r.fail(QStringLiteral("per_unit"), CompText::tr("must be positive"));
    s.frequency =
        r.choice<Spiff::Frequency>(QStringLiteral("frequency"),
                                   {{QStringLiteral("every_deal"), Spiff::Frequency::EveryDeal},
                                    {QStringLiteral("once_per_period"), Spiff::Frequency::OncePerPeriod}},
                                   Spiff::Frequency::EveryDeal);
    s.products = r.strings(QStringLiteral("products"));
    s.types = r.strings(QStringLiteral("types"));
    s.minAmount = r.money(QStringLiteral("min_amount"));
    s.maxAmount = r.money(QStringLiteral("max_amount"));
    s.from = r.date(QStringLiteral("from"));
    s.to = r.date(QStringLiteral("to"));
    return s;
}

} // namespace

QString componentTypeName(Component::Type type)
{
    return nameOf(types, type);
}

Plan planFromJson(const QJsonObject &json, const QString &file)
{
    const Reader r(json, {}, file);
    Plan p;
    p.name = r.string(QStringLiteral("name"), {}, true).trimmed();
    if (p.name.isEmpty())
        r.fail(QStringLiteral("name"), CompText::tr("must not be empty"));
    p.planYear = r.integer(QStringLiteral("plan_year"), 0, 1900, 2999);
    if (p.planYear == 0)
        r.fail(QStringLiteral("plan_year"), CompText::tr("is required"));
    p.frequency = r.choice<PayoutFrequency>(QStringLiteral("payout_period"),
                                            {{QStringLiteral("month"), PayoutFrequency::Month},
                                             {QStringLiteral("quarter"), PayoutFrequency::Quarter}},
                                            PayoutFrequency::Month);
    p.ote = r.money(QStringLiteral("ote"));
    p.payMix = r.rate(QStringLiteral("pay_mix"), false, Rate::fromPercent(50));
    const int n = int(r.array(QStringLiteral("components")).size());
    for (int i = 0; i < n; ++i) {
        const Reader c = r.child(QStringLiteral("components"), i);
        Component comp;
        comp.type = c.choice(QStringLiteral("type"), types, Component::Type::Commission);
        if (!c.has(QStringLiteral("type")))
            c.fail(QStringLiteral("type"), CompText::tr("is required"));
        comp.name = c.string(QStringLiteral("name"), componentTypeName(comp.type));
        switch (comp.type) {
        case Component::Type::Commission:
            comp.commission = readCommission(c);
            break;
        case Component::Type::Bonus:
            comp.bonus = readBonus(c);
            break;
        case Component::Type::Spiff:
            comp.spiff = readSpiff(c);
            break;
        case Component::Type::Draw:
            comp.draw.amount = c.money(QStringLiteral("amount"), true);
            comp.draw.recoverable = c.boolean(QStringLiteral("recoverable"), true);
            break;
        case Component::Type::Clawback:
            comp.clawback.anchor =
                c.choice<Clawback::Anchor>(QStringLiteral("anchor"),
                                           {{QStringLiteral("booking"), Clawback::Anchor::Booking},
                                            {QStringLiteral("invoice"), Clawback::Anchor::Invoice},
                                            {QStringLiteral("payment"), Clawback::Anchor::Payment}},
                                           Clawback::Anchor::Booking);
            comp.clawback.mode =
                c.choice<Clawback::Mode>(QStringLiteral("mode"),
                                         {{QStringLiteral("full"), Clawback::Mode::Full},
                                          {QStringLiteral("prorated"), Clawback::Mode::ProRated}},
                                         Clawback::Mode::Full);
            comp.clawback.windowDays = c.integer(QStringLiteral("window_days"), 90, 0, 3660);
            comp.clawback.termMonths = c.integer(QStringLiteral("term_months"), 12, 1, 120);
            comp.clawback.share = c.rate(QStringLiteral("share"), false, Rate::fromPercent(100));
            break;
        }
        p.components.push_back(std::move(comp));
    }
    return p;
}

Plan planFromJsonBytes(const QByteArray &bytes, const QString &file)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &e);
    if (e.error != QJsonParseError::NoError)
        throw TesseraError(
            TesseraError::Kind::User,
            CompText::tr("not valid JSON at character %1: %2").arg(e.offset).arg(e.errorString()), file);
    if (!doc.isObject())
        throw TesseraError(TesseraError::Kind::User, CompText::tr("a plan must be a JSON object"), file);
    return planFromJson(doc.object(), file);
}

namespace {

QJsonObject commissionJson(const Commission &c)
{
    QJsonObject o;
    const bool amount = c.basis == Commission::Basis::Amount;
    o.insert(QStringLiteral("basis"), amount ? QStringLiteral("amount") : QStringLiteral("attainment"));
    o.insert(QStringLiteral("mode"), c.mode == Commission::Mode::Marginal ? QStringLiteral("marginal")
                                                                          : QStringLiteral("retroactive"));
    o.insert(QStringLiteral("window"), nameOf(windows, c.window));
    const QString fromKey = amount ? QStringLiteral("from") : QStringLiteral("from_attainment");
    QJsonArray tiers;
    for (const Tier &t : c.tiers)
        tiers.append(
            QJsonObject{{fromKey, amount ? t.fromAmount.toPlainString() : t.fromAttainment.toPlainString()},
                        {QStringLiteral("rate"), t.rate.toPlainString()}});
    o.insert(QStringLiteral("tiers"), tiers);
    if (c.gate != Rate())
        o.insert(QStringLiteral("gate"), c.gate.toPlainString());
    if (c.hasSoftCap)
        o.insert(QStringLiteral("soft_cap"),
                 QJsonObject{{fromKey, amount ? c.softCap.fromAmount.toPlainString()
                                              : c.softCap.fromAttainment.toPlainString()},
                             {QStringLiteral("rate"), c.softCap.rate.toPlainString()}});
    if (c.capPerPeriod != Money())
        o.insert(QStringLiteral("cap_per_period"), c.capPerPeriod.toPlainString());
    if (c.capPerYear != Money())
        o.insert(QStringLiteral("cap_per_year"), c.capPerYear.toPlainString());
    return o;
}

} // namespace

QJsonObject toJson(const Plan &p)
{
    QJsonObject o{{QStringLiteral("name"), p.name},
                  {QStringLiteral("plan_year"), p.planYear},
                  {QStringLiteral("payout_period"), p.frequency == PayoutFrequency::Month
                                                        ? QStringLiteral("month")
                                                        : QStringLiteral("quarter")},
                  {QStringLiteral("ote"), p.ote.toPlainString()},
                  {QStringLiteral("pay_mix"), p.payMix.toPlainString()}};
    QJsonArray comps;
    for (const Component &c : p.components) {
        QJsonObject j;
        switch (c.type) {
        case Component::Type::Commission:
            j = commissionJson(c.commission);
            break;
        case Component::Type::Bonus: {
            j.insert(QStringLiteral("mode"), c.bonus.mode == Bonus::Mode::Stepped
                                                 ? QStringLiteral("stepped")
                                                 : QStringLiteral("prorated"));
            j.insert(QStringLiteral("window"), nameOf(windows, c.bonus.window));
            j.insert(QStringLiteral("target"), c.bonus.target.toPlainString());
            QJsonArray steps;
            for (const BonusStep &s : c.bonus.steps)
                steps.append(QJsonObject{{QStringLiteral("attainment"), s.attainment.toPlainString()},
                                         {QStringLiteral("payout"), s.payout.toPlainString()}});
            j.insert(QStringLiteral("steps"), steps);
            break;
        }
        case Component::Type::Spiff: {
            const Spiff &s = c.spiff;
            j.insert(QStringLiteral("amount"), s.amount.toPlainString());
            if (s.unitSize != Money())
                j.insert(QStringLiteral("per_unit"), s.unitSize.toPlainString());
            j.insert(QStringLiteral("frequency"), s.frequency == Spiff::Frequency::EveryDeal
                                                      ? QStringLiteral("every_deal")
                                                      : QStringLiteral("once_per_period"));
            if (!s.products.isEmpty())
                j.insert(QStringLiteral("products"), QJsonArray::fromStringList(s.products));
            if (!s.types.isEmpty())
                j.insert(QStringLiteral("types"), QJsonArray::fromStringList(s.types));
            if (s.minAmount != Money())
                j.insert(QStringLiteral("min_amount"), s.minAmount.toPlainString());
            if (s.maxAmount != Money())
                j.insert(QStringLiteral("max_amount"), s.maxAmount.toPlainString());
            if (s.from.isValid())
                j.insert(QStringLiteral("from"), s.from.toString(Qt::ISODate));
            if (s.to.isValid())
                j.insert(QStringLiteral("to"), s.to.toString(Qt::ISODate));
            break;
        }
        case Component::Type::Draw:
            j.insert(QStringLiteral("amount"), c.draw.amount.toPlainString());
            j.insert(QStringLiteral("recoverable"), c.draw.recoverable);
            break;
        case Component::Type::Clawback: {
            const Clawback &k = c.clawback;
            j.insert(QStringLiteral("anchor"),
                     k.anchor == Clawback::Anchor::Booking   ? QStringLiteral("booking")
                     : k.anchor == Clawback::Anchor::Invoice ? QStringLiteral("invoice")
                                                             : QStringLiteral("payment"));
            j.insert(QStringLiteral("mode"),
                     k.mode == Clawback::Mode::Full ? QStringLiteral("full") : QStringLiteral("prorated"));
            j.insert(QStringLiteral("window_days"), k.windowDays);
            j.insert(QStringLiteral("term_months"), k.termMonths);
            j.insert(QStringLiteral("share"), k.share.toPlainString());
            break;
        }
        }
        j.insert(QStringLiteral("type"), componentTypeName(c.type));
        j.insert(QStringLiteral("name"), c.name);
        comps.append(j);
    }
    o.insert(QStringLiteral("components"), comps);
    return o;
}

} // namespace tessera::comp
