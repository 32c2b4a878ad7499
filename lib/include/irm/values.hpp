// model/: how the format reads values: whole and decimal numbers, calendar
// dates, and the fixed vocabularies of technical-assistance needs.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace irm {

/// Whether a text is a whole number as the format reads it: [+-]?[0-9]+.
bool is_whole_number(std::string_view s);
/// Whether a text is a decimal number as the format reads it.
bool is_decimal_number(std::string_view s);
/// The value of a text that is_decimal_number accepts; nullopt when a double
/// cannot hold it (too large, or so small that it would read as zero).
std::optional<double> to_number(std::string_view s);
/// The value of a text that is_decimal_number accepts, written the one way JSON
/// writes a number: no `+`, no leading zeros, no zeros at the end of the fraction,
/// nothing after the point when nothing is left there, `0` for any zero ("+007.50"
/// gives "7.5", "-0.0" gives "0"). However many digits it has, none is lost.
std::string canonical_number(std::string_view s);
/// Compares two texts that is_decimal_number accepts by their exact value, however
/// many digits they have: negative, zero or positive as `a` is below, equal to or above `b`.
int compare_numbers(std::string_view a, std::string_view b);
/// Whether a spreadsheet's number cell (a double, shown to 15 significant digits)
/// holds a text that is_decimal_number accepts without changing it: at most 15
/// significant digits, and within the range of a double.
bool fits_double(std::string_view s);
/// Whether a text is a real calendar date written YYYY-MM-DD.
bool is_date(std::string_view s);

/// A date a person wrote another way than YYYY-MM-DD, read so that a message can say how to
/// write it: "15/03/2004", "15.03.2004", "15-03-2004", "2004/03/15", "15 mars 2004",
/// "1er mars 2004", "15 March 2004", "March 15, 2004", "15 de marzo de 2004".
struct DateReading {
    std::string iso;          ///< the date written YYYY-MM-DD, a real calendar date
    bool day_first = false;   ///< whether day and month could each be the other and day-first was assumed
};
/// Nullopt when the text is no date written in one of those ways (or not a real date).
std::optional<DateReading> read_date_otherwise(std::string_view text);

/// A number a person wrote with something the format does not take: a unit or a word after it
/// ("4 ans", "12 persons"), a decimal comma ("2,5"), separators of thousands ("1 234", "1,234").
struct NumberReading {
    enum class Kind { Unit, DecimalComma, Thousands } kind;
    std::string number;  ///< the number as the format writes it: "4", "2.5", "1234"
    std::string rest;    ///< for a unit, what followed the number: "ans"
};
/// Nullopt when the text holds no such number; `whole` for an integer question (a comma then
/// reads as a separator of thousands only when three digits follow it).
std::optional<NumberReading> read_number_otherwise(std::string_view text, bool whole);

/// The fixed technical-assistance categories.
const std::vector<std::string>& ta_categories();
/// The fixed technical-assistance priorities.
const std::vector<std::string>& ta_priorities();

}  // namespace irm
