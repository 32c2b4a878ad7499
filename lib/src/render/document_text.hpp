// Text helpers shared by the renderers of the document model.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace irm::doc::detail {

/// A text as every document format carries it: "\r\n", a lone "\r", NEL,
/// LINE SEPARATOR and PARAGRAPH SEPARATOR become "\n"; what no format can carry
/// (control characters other than tab and line feed, DEL, the C1 controls,
/// U+FFFE, U+FFFF, bytes that are not UTF-8) becomes U+FFFD.
std::string printable(std::string_view text);

/// Whether printable puts U+FFFD in a text.
bool replaces_characters(std::string_view text);

/// The lines of a text, each without leading or trailing blanks; empty lines are dropped.
std::vector<std::string> lines_of(std::string_view text);

/// The lines of a span's text as lines_of gives them, but a blank at either
/// end of the span is kept (one space), since it separates the span from the next.
std::vector<std::string> span_lines(std::string_view text);

/// Whether an address may become a link: http:// or https:// and no blank, control
/// character (bidirectional ones included) or byte that is not UTF-8.
bool is_web_address(std::string_view url);

/// Whether the first letter of a text with a direction is right-to-left (Arabic, Hebrew...).
bool starts_right_to_left(std::string_view text);

}  // namespace irm::doc::detail
