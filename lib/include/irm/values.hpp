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
/// Whether a text is a real calendar date written YYYY-MM-DD.
bool is_date(std::string_view s);

/// The fixed technical-assistance categories.
const std::vector<std::string>& ta_categories();
/// The fixed technical-assistance priorities.
const std::vector<std::string>& ta_priorities();

}  // namespace irm
