#include "values.h"
#include "io/iotext.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace tessera::io {

namespace {

bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QChar(0x00A0) || c == QChar(0x202F) || c == QLatin1Char('\t');
}

bool isCurrencySymbol(QChar c)
{
    return c == QLatin1Char('$') || c == QChar(0x20AC) || c == QChar(0x00A3) || c == QChar(0x00A5) ||
           c == QChar(0x20B9) || c == QChar(0x20A3);
}

// Strips a currency symbol or a three-letter code at either end. Returns the rest, trimmed.
QString stripCurrency(QString t)
{
    auto trim = [](QString s) {
        qsizetype a = 0, b = s.size();
        while (a < b && isSpace(s[a]))
            ++a;
        while (b > a && isSpace(s[b - 1]))
            --b;
        return s.mid(a, b - a);
    };
    t = trim(t);
    auto isCode = [](const QString &s, qsizetype at) {
        if (at < 0 || at + 3 > s.size())
            return false;
        for (qsizetype k = at; k < at + 3; ++k)
            if (s[k] < QLatin1Char('A') || s[k] > QLatin1Char('Z'))
                return false;
        return true;
    };
    if (!t.isEmpty() && isCurrencySymbol(t.front()))
        t = trim(t.mid(1));
    else if (isCode(t, 0) && (t.size() == 3 || !t[3].isLetter()))
        t = trim(t.mid(3));
    if (!t.isEmpty() && isCurrencySymbol(t.back()))
        t = trim(t.left(t.size() - 1));
    else if (t.size() >= 3 && isCode(t, t.size() - 3) && (t.size() == 3 || !t[t.size() - 4].isLetter()))
        t = trim(t.left(t.size() - 3));
    return t;
}

// Parses a signed decimal with optional grouping into value × 10^scale. Currency and percent marks have
// been stripped by the caller.
std::optional<qint64> parseScaled(QString t, NumberFormat format, int scale, QString *why)
{
    bool negative = false;
    if (t.startsWith(QLatin1Char('(')) && t.endsWith(QLatin1Char(')'))) {
        negative = true;
        t = stripCurrency(t.mid(1, t.size() - 2));
    }
    if (t.startsWith(QLatin1Char('-')) || t.startsWith(QChar(0x2212))) {
        negative = !negative;
        t = stripCurrency(t.mid(1));
    } else if (t.startsWith(QLatin1Char('+'))) {
        t = stripCurrency(t.mid(1));
    }
    if (t.isEmpty()) {
        *why = IoText::tr("no number");
        return std::nullopt;
    }
    const QChar decimal = format.decimalComma ? QLatin1Char(',') : QLatin1Char('.');
    const QChar group = format.decimalComma ? QLatin1Char('.') : QLatin1Char(',');
    qint64 whole = 0, frac = 0;
    int digitsInGroup = 0, groups = 0, fracDigits = 0, significant = 0;
    bool inFraction = false, sawDigit = false;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QChar c = t[i];
        if (c.isDigit() && c.unicode() < 128) {
            const int v = c.unicode() - '0';
            sawDigit = true;
            if (inFraction) {
                if (fracDigits < scale) {
                    frac = frac * 10 + v;
                    ++fracDigits;
                } else if (v != 0) {
                    *why = scale == 2 ? IoText::tr("more than two decimals in an amount")
                                      : IoText::tr("too many decimals");
                    return std::nullopt;
                }
            } else {
                if (significant > 0 || v != 0)
                    ++significant;
                if (significant > 15) {
                    *why = IoText::tr("number too large");
                    return std::nullopt;
                }
                whole = whole * 10 + v;
                ++digitsInGroup;
            }
        } else if (c == decimal && !inFraction) {
            if (groups > 0 && digitsInGroup != 3) {
                *why = IoText::tr("misplaced thousands separator");
                return std::nullopt;
            }
            inFraction = true;
        } else if (!inFraction && (c == group || isSpace(c) || c == QLatin1Char('\''))) {
            if ((groups == 0 && (digitsInGroup < 1 || digitsInGroup > 3)) ||
                (groups > 0 && digitsInGroup != 3)) {
                *why = IoText::tr("misplaced thousands separator");
                return std::nullopt;
            }
            ++groups;
            digitsInGroup = 0;
        } else {
            *why = IoText::tr("'%1' is not a number").arg(t);
            return std::nullopt;
        }
    }
    if (!sawDigit || (groups > 0 && !inFraction && digitsInGroup != 3)) {
        *why = sawDigit ? IoText::tr("misplaced thousands separator") : IoText::tr("no number");
        return std::nullopt;
    }
    for (int k = fracDigits; k < scale; ++k)
        frac *= 10;
    qint64 pow = 1;
    for (int k = 0; k < scale; ++k)
        pow *= 10;
    if (whole > (std::numeric_limits<qint64>::max() - frac) / pow) {
        *why = IoText::tr("number too large");
        return std::nullopt;
    }
    const qint64 v = whole * pow + frac;
    return negative ? -v : v;
}

int monthFromName(const QString &name)
{
    static const char *const full[] = {"january", "february", "march",     "april",   "may",      "june",
                                       "july",    "august",   "september", "october", "november", "december"};
    const QString n = name.toLower();
    if (n.size() < 3)
        return 0;
    for (int m = 0; m < 12; ++m)
        if (QLatin1String(full[m]).startsWith(n) || (m == 8 && n == QLatin1String("sept")))
            return m + 1;
    return 0;
}

std::optional<QDate> makeDate(int y, int m, int d, QString *why)
{
    const QDate date(y, m, d);
    if (!date.isValid() || y < 1900 || y > 2200) {
        *why = IoText::tr("no such date");
        return std::nullopt;
    }
    return date;
}

} // namespace

std::optional<qint64> parseMoneyCents(const QString &text, NumberFormat format, QString *why)
{
    // Fast path for plain amounts ("1234", "1234.5"): no sign, symbol or grouping.
    if (!text.isEmpty() && text.size() <= 15 && text[0].isDigit()) {
        qint64 whole = 0, frac = 0;
        int fracDigits = -1;
        bool plain = true;
        for (const QChar ch : text) {
            const char16_t c = ch.unicode();
            if (c >= u'0' && c <= u'9') {
                if (fracDigits < 0)
                    whole = whole * 10 + (c - u'0');
                else if (++fracDigits <= 2)
                    frac = frac * 10 + (c - u'0');
                else
                    plain = false;
            } else if (c == (format.decimalComma ? u',' : u'.') && fracDigits < 0) {
                fracDigits = 0;
            } else {
                plain = false;
                break;
            }
        }
        if (plain && fracDigits != 0)
            return whole * 100 + (fracDigits == 1 ? frac * 10 : frac);
    }
    return parseScaled(stripCurrency(text), format, 2, why);
}

std::optional<qint64> parsePercentMicros(const QString &text, NumberFormat format, QString *why)
{
    QString t = text.trimmed();
    if (t.endsWith(QLatin1Char('%')))
        t = t.left(t.size() - 1).trimmed();
    return parseScaled(t, format, 4, why); // percent with 4 decimals = millionths of one
}

std::optional<qint64> parseWholeNumber(const QString &text, NumberFormat format, QString *why)
{
    const auto v = parseScaled(text.trimmed(), format, 0, why);
    if (!v && why->contains(IoText::tr("too many decimals")))
        *why = IoText::tr("not a whole number");
    return v;
}

std::optional<QDate> parseDate(const QString &raw, DateOrder order, bool allowSerial, QString *why)
{
    // Fast path for the common exact ISO form "2027-03-04" (no regular expression).
    if (raw.size() == 10 && raw[4] == QLatin1Char('-') && raw[7] == QLatin1Char('-')) {
        int v[8];
        bool digits = true;
        for (int i = 0, k = 0; i < 10 && digits; ++i) {
            if (i == 4 || i == 7)
                continue;
            const char16_t c = raw[i].unicode();
            digits = c >= u'0' && c <= u'9';
            v[k++] = c - u'0';
        }
        if (digits)
            return makeDate(v[0] * 1000 + v[1] * 100 + v[2] * 10 + v[3], v[4] * 10 + v[5], v[6] * 10 + v[7],
                            why);
    }
    const QString text = raw.trimmed();
    static const QRegularExpression iso(
        QStringLiteral(R"(^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ].*)?$)"));
    static const QRegularExpression numeric(
        QStringLiteral(R"(^(\d{1,2})([-/.])(\d{1,2})\2(\d{2,4})(?:[ T]\d{1,2}:\d{2}.*)?$)"));
    static const QRegularExpression monthFirstName(QStringLiteral(R"(^([A-Za-z]+)\.? (\d{1,2}),? (\d{4})$)"));
    static const QRegularExpression dayFirstName(
        QStringLiteral(R"(^(\d{1,2})[- ]([A-Za-z]+)\.?[- ](\d{4})$)"));
    static const QRegularExpression serial(QStringLiteral(R"(^\d{5}(?:\.\d+)?$)"));
    QRegularExpressionMatch m;
    if ((m = iso.match(text)).hasMatch())
        return makeDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(), why);
    if ((m = numeric.match(text)).hasMatch()) {
        if (m.captured(4).size() != 4) {
            *why = IoText::tr("two-digit year in '%1'; use four digits").arg(text);
            return std::nullopt;
        }
        const int a = m.captured(1).toInt(), b = m.captured(3).toInt(), y = m.captured(4).toInt();
        DateOrder use = order;
        if (m.captured(2) == QLatin1String("."))
            use = DateOrder::DayFirst; // 04.03.2027 is day-first wherever dots are written
        if (a > 12 && b <= 12) {
            if (use == DateOrder::MonthFirst) {
                *why = IoText::tr("'%1' is not a month-first date (there is no month %2)").arg(text).arg(a);
                return std::nullopt;
            }
            use = DateOrder::DayFirst;
        } else if (b > 12 && a <= 12) {
            if (use == DateOrder::DayFirst) {
                *why = IoText::tr("'%1' is not a day-first date (there is no month %2)").arg(text).arg(b);
                return std::nullopt;
            }
            use = DateOrder::MonthFirst;
        } else if (a == b) {
            use = DateOrder::DayFirst;
        }
        if (use == DateOrder::Unspecified) {
            *why = IoText::tr("'%1' is ambiguous: choose day-first or month-first dates").arg(text);
            return std::nullopt;
        }
        return use == DateOrder::DayFirst ? makeDate(y, b, a, why) : makeDate(y, a, b, why);
    }
    if ((m = monthFirstName.match(text)).hasMatch()) {
        if (const int mo = monthFromName(m.captured(1)))
            return makeDate(m.captured(3).toInt(), mo, m.captured(2).toInt(), why);
    }
    if ((m = dayFirstName.match(text)).hasMatch()) {
        if (const int mo = monthFromName(m.captured(2)))
            return makeDate(m.captured(3).toInt(), mo, m.captured(1).toInt(), why);
    }
    if (allowSerial && serial.match(text).hasMatch()) {
        const int days = text.section(QLatin1Char('.'), 0, 0).toInt();
        return QDate(1899, 12, 30).addDays(days);
    }
    *why = text.isEmpty() ? IoText::tr("no date") : IoText::tr("'%1' is not a date").arg(text);
    return std::nullopt;
}

std::optional<qint64> parseSimpleMoneyCents(std::string_view t, NumberFormat format)
{
    const char group = format.decimalComma ? '.' : ',';
    const char decimal = format.decimalComma ? ',' : '.';
    const auto isDigit = [](char c) {
        return c >= '0' && c <= '9';
    };
    size_t i = !t.empty() && t[0] == '$' ? 1 : 0;
    qint64 whole = 0;
    int digits = 0, run = 0;
    bool grouped = false;
    for (; i < t.size(); ++i) {
        const char c = t[i];
        if (isDigit(c)) {
            whole = whole * 10 + (c - '0');
            ++digits, ++run;
        } else if (c == group) {
            if (run < 1 || run > 3 || (grouped && run != 3))
                return std::nullopt;
            grouped = true;
            run = 0;
        } else {
            break;
        }
    }
    // At most 15 digits: the full parser's limit on significant digits, and no overflow.
    if (run == 0 || (grouped && run != 3) || digits > 15)
        return std::nullopt;
    qint64 cents = whole * 100;
    if (i < t.size()) {
        if (t[i] != decimal || t.size() - i < 2 || t.size() - i > 3)
            return std::nullopt;
        for (size_t k = i + 1; k < t.size(); ++k)
            if (!isDigit(t[k]))
                return std::nullopt;
        cents += (t[i + 1] - '0') * 10 + (t.size() - i == 3 ? t[i + 2] - '0' : 0);
    }
    return cents;
}

std::optional<int> parseSimplePercent(std::string_view t)
{
    if (!t.empty() && t.back() == '%')
        t.remove_suffix(1);
    if (t.empty() || t.size() > 3)
        return std::nullopt;
    int v = 0;
    for (const char c : t) {
        if (c < '0' || c > '9')
            return std::nullopt;
        v = v * 10 + (c - '0');
    }
    return v <= 100 ? std::optional<int>(v) : std::nullopt;
}

bool isSimpleIsoDate(std::string_view t)
{
    if (t.size() != 10 || t[4] != '-' || t[7] != '-')
        return false;
    int v[8];
    for (int i = 0, k = 0; i < 10; ++i) {
        if (i == 4 || i == 7)
            continue;
        if (t[size_t(i)] < '0' || t[size_t(i)] > '9')
            return false;
        v[k++] = t[size_t(i)] - '0';
    }
    const int y = v[0] * 1000 + v[1] * 100 + v[2] * 10 + v[3], m = v[4] * 10 + v[5], d = v[6] * 10 + v[7];
    return y >= 1900 && y <= 2200 && QDate::isValid(y, m, d);
}

QString normalizedHeader(const QString &header)
{
    QString out;
    out.reserve(header.size());
    for (const QChar c : header)
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    return out;
}

} // namespace tessera::io
