#pragma once
// Cell values as CRM exports write them, parsed exactly: money into cents (never through a double),
// percentages, whole numbers and dates. Each parser returns nullopt and sets *why to a sentence the
// validation report shows next to the row and column.

#include <QDate>
#include <QString>
#include <optional>
#include <string_view>

namespace tessera::io {

enum class DateOrder
{
    Unspecified, // only unambiguous dates are accepted; 03/04/2027 is refused with a request to choose
    DayFirst,    // 03/04/2027 = 3 April 2027
    MonthFirst   // 03/04/2027 = 4 March 2027
};

struct NumberFormat
{
    bool decimalComma = false; // "1.234,56" instead of "1,234.56"
};

// "$1,234.56", "-1234.5", "(1,234.00)", "USD 1 234.56", "1.234,56 €" (decimalComma) → cents.
// Refuses more than two decimals unless they are zeros, misplaced group separators and letters.
std::optional<qint64> parseMoneyCents(const QString &text, NumberFormat format, QString *why);
// "25", "25%", "25.5 %" → millionths of one (25% = 250,000). Range is the caller's business.
std::optional<qint64> parsePercentMicros(const QString &text, NumberFormat format, QString *why);
// "1,200" → 1200; no decimals.
std::optional<qint64> parseWholeNumber(const QString &text, NumberFormat format, QString *why);
// ISO "2027-03-04" (time part ignored), "3/4/2027", "04.03.2027" (dots are day-first), "Mar 4, 2027",
// "4-Mar-2027"; with allowSerial a spreadsheet day number (46085 = 2026-03-04, 1900 date system).
std::optional<QDate> parseDate(const QString &text, DateOrder order, bool allowSerial, QString *why);

// Byte-level fast paths for the common simple forms, used by the bulk opportunity import. Each returns
// nullopt when the text is not in its simple form; the caller then uses the full parser above, which gives
// the same value for every text the fast path accepts (and the reason for the ones it refuses).
// Money: "1234", "1234.5", "$12,345.50" (an optional leading '$', correct grouping, up to two decimals).
std::optional<qint64> parseSimpleMoneyCents(std::string_view text, NumberFormat format);
// Percent 0..100 as a whole number: "60", "60%".
std::optional<int> parseSimplePercent(std::string_view text);
// "2027-03-04": a valid date between the years 1900 and 2200 written exactly so (what parseDate stores).
bool isSimpleIsoDate(std::string_view text);

// Normalised header text for matching: lower case, letters and digits only ("Probability (%)" →
// "probability").
QString normalizedHeader(const QString &header);

} // namespace tessera::io
