#include "money.h"

#include <QRegularExpression>

namespace tessera {

qint64 divRoundHalfAway(Int128 n, Int128 d)
{
    Q_ASSERT(d != 0);
    if (d < 0) {
        n = -n;
        d = -d;
    }
    const bool negative = n < 0;
    const Int128 a = negative ? -n : n;
    // Adding d/2 before dividing rounds an exact half up (away from zero, as the sign is applied after);
    // an odd d has no exact half and the same sum still rounds to nearest.
    const Int128 q = (a + d / 2) / d;
    return qint64(negative ? -q : q);
}

static std::optional<qint64> parseScaled(QString text, int maxDecimals)
{
    text = text.trimmed();
    static const QRegularExpression re(QStringLiteral("^([+-]?)(\\d*)(?:\\.(\\d*))?$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QString whole = m.captured(2);
    QString frac = m.captured(3);
    if (whole.isEmpty() && frac.isEmpty())
        return std::nullopt;
    while (frac.size() > maxDecimals && frac.endsWith(QLatin1Char('0')))
        frac.chop(1);
    if (frac.size() > maxDecimals || whole.size() > 15)
        return std::nullopt;
    frac = frac.leftJustified(maxDecimals, QLatin1Char('0'));
    qint64 scale = 1;
    for (int i = 0; i < maxDecimals; ++i)
        scale *= 10;
    const qint64 value =
        (whole.isEmpty() ? 0 : whole.toLongLong()) * scale + (frac.isEmpty() ? 0 : frac.toLongLong());
    return m.captured(1) == QLatin1String("-") ? -value : value;
}

std::optional<Money> Money::parse(const QString &text)
{
    const auto v = parseScaled(text, 2);
    if (!v)
        return std::nullopt;
    return Money(*v);
}

QString Money::toPlainString() const
{
    const qint64 a = m_cents < 0 ? -m_cents : m_cents;
    return (m_cents < 0 ? QStringLiteral("-") : QString()) + QString::number(a / 100) + QLatin1Char('.') +
           QStringLiteral("%1").arg(a % 100, 2, 10, QLatin1Char('0'));
}

QString Money::currencySymbol(const QString &currencyCode)
{
    if (currencyCode == QLatin1String("USD"))
        return QStringLiteral("$");
    if (currencyCode == QLatin1String("EUR"))
        return QStringLiteral("€");
    if (currencyCode == QLatin1String("GBP"))
        return QStringLiteral("£");
    return currencyCode;
}

QString Money::format(const QLocale &locale, const QString &currencyCode) const
{
    const qint64 a = m_cents < 0 ? -m_cents : m_cents;
    const QString number = locale.toString(a / 100) + locale.decimalPoint() +
                           QStringLiteral("%1").arg(a % 100, 2, 10, QLatin1Char('0'));
    const QString symbol = currencySymbol(currencyCode);
    // Symbol placement follows the locale's own currency format: before the number for en_*, after for de_*.
    const QString probe = locale.toCurrencyString(1.0, QStringLiteral("#"));
    const bool symbolFirst = probe.indexOf(QLatin1Char('#')) < probe.indexOf(locale.toString(1));
    const QString sign = m_cents < 0 ? locale.negativeSign() : QString();
    if (symbolFirst)
        return sign + symbol + number;
    return sign + number + QChar(0x00A0) + symbol;
}

Money Money::operator*(const Rate &rate) const
{
    return Money(divRoundHalfAway(Int128(m_cents) * rate.micros(), Rate::Scale));
}

Money Money::multipliedBy(qint64 numerator, qint64 denominator) const
{
    return Money(divRoundHalfAway(Int128(m_cents) * numerator, denominator));
}

Money min(Money a, Money b)
{
    return a < b ? a : b;
}
Money max(Money a, Money b)
{
    return a < b ? b : a;
}

std::optional<Rate> Rate::parse(const QString &text)
{
    QString t = text.trimmed();
    if (t.endsWith(QLatin1Char('%'))) {
        t.chop(1);
        const auto v = parseScaled(t, 4); // percent with 4 decimals = millionths of the fraction
        if (!v)
            return std::nullopt;
        return Rate(*v);
    }
    const auto v = parseScaled(t, 6);
    if (!v)
        return std::nullopt;
    return Rate(*v);
}

Rate Rate::ratio(qint64 numerator, qint64 denominator)
{
    return Rate(divRoundHalfAway(Int128(numerator) * Scale, denominator));
}

QString Rate::toPlainString() const
{
    const qint64 a = m_micros < 0 ? -m_micros : m_micros;
    QString frac = QStringLiteral("%1").arg(a % Scale, 6, 10, QLatin1Char('0'));
    while (frac.endsWith(QLatin1Char('0')))
        frac.chop(1);
    QString s = (m_micros < 0 ? QStringLiteral("-") : QString()) + QString::number(a / Scale);
    if (!frac.isEmpty())
        s += QLatin1Char('.') + frac;
    return s;
}

QString Rate::toPercentString(const QLocale &locale, int decimals) const
{
    return locale.toString(double(m_micros) / 10000.0, 'f', decimals) + locale.percent();
}

} // namespace tessera
