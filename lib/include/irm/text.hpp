// base/: small text utilities: UTF-8, quoting, joining, "did you mean", shortening.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace irm::text {

/// Number of Unicode code points in a UTF-8 string (invalid bytes count one each).
std::size_t code_points(std::string_view s);

/// Byte offset of the first byte that is not part of valid UTF-8, if any.
std::optional<std::size_t> first_invalid_utf8(std::string_view s);

/// Length in bytes of the UTF-8 sequence that starts at byte `i` of `s` (i < s.size()),
/// or 0 when the byte there starts none: as code_points counts, that byte is a character.
std::size_t sequence_length(std::string_view s, std::size_t i);

/// Levenshtein distance between two strings, by bytes.
std::size_t edit_distance(std::string_view a, std::string_view b);

/// The candidate closest to `word` when it is near enough to be a likely typo.
std::optional<std::string> closest(std::string_view word, const std::vector<std::string>& candidates);

/// Text of a "did you mean" suffix: ` (did you mean 'x'?)`, or empty.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

/// A name or value as a message quotes it: 'q5_1'; a text longer than 300 code
/// points is shortened (shorten), so that a message never copies a whole long answer.
std::string quoted(std::string_view text);

/// Items joined by a separator: "a, b, c".
std::string join(const std::vector<std::string>& items, std::string_view separator = ", ");

/// Cuts a text to at most `limit` code points (at least 1), at a space when one is
/// near the end, ending with "…" when cut; spaces, commas and colons before the
/// "…" are dropped.
std::string shorten(std::string_view text, std::size_t limit);

/// The text on one line: line breaks, tabs and runs of spaces become one space,
/// and none is left at either end.
std::string one_line(std::string_view text);

/// The text with its first letter made a capital, as a label in a list starts: "élevée" gives
/// "Élevée". Latin (with its accented letters) and Cyrillic have capitals; other scripts are
/// left as they are.
std::string capitalised(std::string_view text);

/// The lines of a text wrapped at `width` code points, at spaces (a run of spaces
/// counts as one); the text's own line breaks are kept. Within a paragraph, the
/// lines after the first start with `hang` spaces, counted in the width. A word
/// longer than the width stands on a line of its own.
std::vector<std::string> wrap(std::string_view text, std::size_t width, std::size_t hang = 0);

/// Text made safe inside HTML or XML elements and attributes: & < > " and ' as entities.
std::string escape_markup(std::string_view s);

}  // namespace irm::text
