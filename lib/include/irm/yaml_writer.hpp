// io/: writing YAML that reads back as what was meant: responses, templates, parts.
#pragma once

#include <irm/files.hpp>
#include <irm/yaml.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace irm::yaml {

/// The most irm writes of one response, part or template: what it reads back
/// (files::max_input_bytes). A node an alias repeats is written out at every
/// place that names it, its indentation growing with the depth it lands at, so
/// a small file can ask for gigabytes once written: the writers stop at this.
inline constexpr std::size_t max_written_bytes = files::max_input_bytes;

/// A scalar as YAML text that reads back as exactly `text`: plain when that is
/// safe, double-quoted (with escapes) otherwise. Text that plain YAML would read
/// as null or as a special value (`~`, `null`, `""`) is quoted.
std::string scalar(std::string_view text);

/// A text made fit for a comment, which has no escapes: a carriage return (with
/// the line feed after it), NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR become line
/// feeds, so that the caller puts each line behind its own `#` (a YAML reader breaks
/// the line there, and what follows would be read as YAML); what YAML does not allow
/// in a file (control characters but tab, DEL, the C1 controls, U+FFFE, U+FFFF, the
/// byte-order mark, bytes that are not UTF-8) becomes U+FFFD.
std::string comment_text(std::string_view text);

/// Appends a node in block style. A map or list value starts on its own line,
/// indented by `indent` spaces; scalars keep their text (quoted as needed), and
/// a null is written as nothing, so it stays unanswered. False, with `out` as it
/// was, when `out` would grow beyond `limit` bytes.
[[nodiscard]] bool write(std::string& out, const Node& node, int indent, std::size_t limit);

/// Appends `key: value` at `indent`, the value written as `write` does; false,
/// with `out` as it was, when `out` would grow beyond `limit` bytes.
[[nodiscard]] bool write_entry(std::string& out, std::string_view key, const Node& value, int indent,
                               std::size_t limit);

}  // namespace irm::yaml
