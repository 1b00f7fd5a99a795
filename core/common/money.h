#pragma once
// Exact money and rates for the engine. Money is a whole number of cents (minor units); a Rate is a
// decimal fraction held in millionths (3.5 % = 0.035 = 35,000 millionths). No binary double ever holds an
// amount inside the engine.
//
// The one rounding rule (docs/money.md): whenever a product or quotient of money has a fraction of a cent,
// it is rounded half away from zero to the cent, once, at the line that produces it.

#include <QLocale>
#include <QString>
#include <QtGlobal>
#include <optional>

namespace tessera {

__extension__ typedef __int128 Int128; // GCC/Clang 128-bit integer for exact intermediates

class Rate;

class Money
{
public:
    constexpr Money() = default;
    static constexpr Money fromCents(qint64 cents) { return Money(cents); }
    static constexpr Money fromUnits(qint64 units) { return Money(units * 100); }
    // "1234.5", "-0.07", "123456789.01"; no grouping, no symbol. nullopt if not a plain decimal amount
    // or if it has more than two decimals (which would need rounding the caller did not ask for).
    static std::optional<Money> parse(const QString &text);
    // "$" for USD, "€" for EUR, "£" for GBP, else the code itself ("CHF").
    static QString currencySymbol(const QString &currencyCode);

    constexpr qint64 cents() const { return m_cents; }
    // For charts and ratios only; never feed the result back into the engine.
    double toDouble() const { return double(m_cents) / 100.0; }

    // Exact plain form "1234.56" / "-0.07", as written to CSV and the plan file.
    QString toPlainString() const;
    // Locale form with grouping and two decimals, e.g. "$1,234.56" or "1.234,56 €".
    QString format(const QLocale &locale, const QString &currencyCode = QStringLiteral("USD")) const;

    Money operator*(const Rate &rate) const;                        // rounded by the one rule
    Money multipliedBy(qint64 numerator, qint64 denominator) const; // this × n ÷ d, rounded by the one rule

    constexpr Money operator+(Money o) const { return Money(m_cents + o.m_cents); }
    constexpr Money operator-(Money o) const { return Money(m_cents - o.m_cents); }
    constexpr Money operator-() const { return Money(-m_cents); }
    constexpr Money &operator+=(Money o)
    {
        m_cents += o.m_cents;
        return *this;
    }
    constexpr Money &operator-=(Money o)
    {
        m_cents -= o.m_cents;
        return *this;
    }
    constexpr bool operator==(Money o) const { return m_cents == o.m_cents; }
    constexpr bool operator!=(Money o) const { return m_cents != o.m_cents; }
    constexpr bool operator<(Money o) const { return m_cents < o.m_cents; }
    constexpr bool operator<=(Money o) const { return m_cents <= o.m_cents; }
    constexpr bool operator>(Money o) const { return m_cents > o.m_cents; }
    constexpr bool operator>=(Money o) const { return m_cents >= o.m_cents; }

private:
    constexpr explicit Money(qint64 cents) : m_cents(cents) {}
    qint64 m_cents = 0;
};

Money min(Money a, Money b);
Money max(Money a, Money b);

class Rate
{
public:
    static constexpr qint64 Scale = 1000000; // millionths
    constexpr Rate() = default;
    static constexpr Rate fromMicros(qint64 micros) { return Rate(micros); }
    static constexpr Rate fromPercent(qint64 percent) { return Rate(percent * 10000); }
    // "0.035", "3.5%", "35%"; up to six decimals of the fraction. nullopt if malformed or too precise.
    static std::optional<Rate> parse(const QString &text);
    // The ratio n ÷ d as a rate, rounded half away from zero to the millionth.
    static Rate ratio(qint64 numerator, qint64 denominator);

    constexpr qint64 micros() const { return m_micros; }
    double toDouble() const { return double(m_micros) / double(Scale); }
    QString toPlainString() const;                                          // "0.035"
    QString toPercentString(const QLocale &locale, int decimals = 1) const; // "3.5%"

    constexpr bool operator==(Rate o) const { return m_micros == o.m_micros; }
    constexpr bool operator!=(Rate o) const { return m_micros != o.m_micros; }
    constexpr bool operator<(Rate o) const { return m_micros < o.m_micros; }
    constexpr bool operator<=(Rate o) const { return m_micros <= o.m_micros; }
    constexpr bool operator>(Rate o) const { return m_micros > o.m_micros; }
    constexpr bool operator>=(Rate o) const { return m_micros >= o.m_micros; }

private:
    constexpr explicit Rate(qint64 micros) : m_micros(micros) {}
    qint64 m_micros = 0;
};

// n ÷ d rounded half away from zero (d != 0), with a 128-bit intermediate where the caller multiplies.
qint64 divRoundHalfAway(Int128 numerator, Int128 denominator);

} // namespace tessera
