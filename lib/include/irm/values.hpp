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

/// The fixed technical-assistance categories.
const std::vector<std::string>& ta_categories();
/// The fixed technical-assistance priorities.
const std::vector<std::string>& ta_priorities();

}  // namespace irm
