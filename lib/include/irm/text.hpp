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

/// Length of a UTF-8 string in UTF-16 code units, as Excel counts a cell's
/// characters: two for a character beyond U+FFFF, one for any other (and for each invalid byte).
std::size_t utf16_units(std::string_view s);

/// Byte offset of the first byte that is not part of valid UTF-8, if any.
std::optional<std::size_t> first_invalid_utf8(std::string_view s);

/// One character of a UTF-8 text: its code point and how many bytes it takes.
/// A byte that starts no valid sequence reads as `length` 0 (its code point is the byte).
struct Character {
    char32_t code_point = 0;
    std::size_t length = 0;
};

/// The character that starts at byte `i` of a text (`i` < size).
Character character_at(std::string_view s, std::size_t i);

/// Appends a code point as UTF-8.
void append_utf8(std::string& out, char32_t code_point);

/// U+FFFD, the replacement character, in UTF-8.
inline constexpr std::string_view replacement_character = "\xEF\xBF\xBD";

/// Whether every output irm writes can carry a character: XML 1.0 cannot carry the
/// control characters other than tab, line feed and carriage return, nor U+FFFE and
/// U+FFFF, and an output is never less than XML can hold (docs/FINDINGS.md).
bool is_carried(char32_t code_point);

/// Byte offset of the first character no output can carry: a byte that is not UTF-8,
/// or a character is_carried refuses.
std::optional<std::size_t> first_uncarried(std::string_view s);

/// The text with every byte that is not UTF-8 replaced by U+FFFD; `replaced` is set when one was.
std::string valid_utf8(std::string_view s, bool& replaced);

/// The text with every byte that is not UTF-8, and every character is_carried refuses,
/// replaced by U+FFFD; `replaced` is set when one was.
std::string carried(std::string_view s, bool& replaced);

/// Whether a code point is a control character that no answer means: the C0 controls
/// other than tab, line feed and carriage return, DEL, and the C1 controls U+0080–U+009F
/// (NEL among them).
bool is_control(char32_t code_point);

/// Byte offset of the first character a response should not hold (IRM060): a control
/// character is_control names, U+FFFE or U+FFFF.
std::optional<std::size_t> first_control(std::string_view s);

/// The text as a terminal shows it safely, on one line: a NUL, a line feed and a carriage
/// return written `\0`, `\n`, `\r`, the other control characters but tab (an escape, the C1
/// controls) `\xNN`, the bidirectional controls that can reorder text (is_bidi_formatting)
/// and the noncharacters U+FFFE, U+FFFF `\uNNNN`, and bytes that are not UTF-8 U+FFFD.
std::string visible(std::string_view s);

/// visible, but a line feed stays a line break: a text of several lines for a terminal.
std::string visible_lines(std::string_view s);

/// Whether a code point is a bidirectional control: the embeddings and overrides
/// U+202A–U+202E, the isolates U+2066–U+2069, and the marks U+200E, U+200F, U+061C.
bool is_bidi_control(char32_t code_point);

/// Whether a code point is a bidirectional control that opens or closes a run of
/// reordered text: the embeddings and overrides U+202A–U+202E and the isolates
/// U+2066–U+2069 (the marks only set the direction of their neighbours).
bool is_bidi_formatting(char32_t code_point);

/// Whether the bidirectional controls of a text can act beyond it: an embedding,
/// override or isolate it leaves open, a closing one with nothing to close, or a mark
/// outside an isolate.
bool leaks_direction(std::string_view s);

/// The text with its bidirectional controls confined to it: a closing control with
/// nothing to close is dropped, and what the text opens is closed at its end. (Marks
/// are kept: only an isolate confines them.)
std::string balanced_direction(std::string_view s);

/// The text unchanged when leaks_direction is false; else balanced and set between
/// U+2068 FIRST STRONG ISOLATE and U+2069 POP DIRECTIONAL ISOLATE, so that nothing in
/// it can reorder the text around it.
std::string isolated(std::string_view s);
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

/// A Latin letter with a diacritic (or a ligature) spelled in lowercase ASCII: "é" is "e", "Œ" is
/// "oe", "ß" is "ss"; empty for any other character.
std::string_view ascii_spelling(char32_t code_point);

/// What orders names alphabetically as people expect, accents and case aside ("Égypte" between
/// "Danemark" and "Finlande"): ASCII letters in lowercase, accented Latin letters spelled without
/// their accents, anything else as it is. Two names with one key are told apart by their bytes.
std::string sort_key(std::string_view text);

/// The lines of a text wrapped at `width` code points, at spaces (a run of spaces
/// counts as one); the text's own line breaks are kept. Within a paragraph, the
/// lines after the first start with `hang` spaces, counted in the width. A word
/// longer than the width stands on a line of its own.
std::vector<std::string> wrap(std::string_view text, std::size_t width, std::size_t hang = 0);

/// Text made safe inside HTML or XML elements and attributes: & < > " and ' as entities.
std::string escape_markup(std::string_view s);

}  // namespace irm::text
