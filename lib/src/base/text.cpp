#include <irm/text.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <iterator>

namespace irm::text {

std::size_t sequence_length(std::string_view s, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char lead = byte(i);
    if (lead < 0x80) return 1;
    std::size_t length = 0;
    unsigned min_second = 0x80, max_second = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0) min_second = 0xA0;  // overlong
        if (lead == 0xED) max_second = 0x9F;  // surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0) min_second = 0x90;  // overlong
        if (lead == 0xF4) max_second = 0x8F;  // beyond U+10FFFF
    } else {
        return 0;
    }
    if (i + length > s.size()) return 0;
    if (byte(i + 1) < min_second || byte(i + 1) > max_second) return 0;
    for (std::size_t k = 2; k < length; ++k)
        if ((byte(i + k) & 0xC0) != 0x80) return 0;
    return length;
}

std::size_t code_points(std::string_view s) {
    std::size_t count = 0;
    for (std::size_t i = 0; i < s.size(); ++count) {
        // Valid sequences count one each, and so does each byte that is not part of one.
        const std::size_t length = sequence_length(s, i);
        i += length == 0 ? 1 : length;
    }
    return count;
}

std::size_t utf16_units(std::string_view s) {
    std::size_t units = 0;
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t length = sequence_length(s, i);
        units += length == 4 ? 2 : 1;
        i += length == 0 ? 1 : length;
    }
    return units;
}

std::optional<std::size_t> first_invalid_utf8(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t length = sequence_length(s, i);
        if (length == 0) return i;
        i += length;
    }
    return std::nullopt;
}

Character character_at(std::string_view s, std::size_t i) {
    const std::size_t length = sequence_length(s, i);
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    if (length == 0) return Character{byte(i), 0};
    if (length == 1) return Character{byte(i), 1};
    char32_t cp = byte(i) & (length == 2 ? 0x1Fu : length == 3 ? 0x0Fu : 0x07u);
    for (std::size_t k = 1; k < length; ++k)
        cp = (cp << 6) | (byte(i + k) & 0x3Fu);
    return Character{cp, length};
}

void append_utf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

bool is_carried(char32_t c) {
    if (c < 0x20) return c == '\t' || c == '\n' || c == '\r';
    return c != 0xFFFE && c != 0xFFFF;
}

std::optional<std::size_t> first_uncarried(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        const Character c = character_at(s, i);
        if (c.length == 0 || !is_carried(c.code_point)) return i;
        i += c.length;
    }
    return std::nullopt;
}

namespace {

/// The text with each character `keep` refuses, and each byte that is not UTF-8, replaced by U+FFFD.
template <typename Keep>
std::string replaced_where(std::string_view s, bool& replaced, Keep&& keep) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        const Character c = character_at(s, i);
        if (c.length == 0 || !keep(c.code_point)) {
            out += replacement_character;
            replaced = true;
            i += c.length == 0 ? 1 : c.length;
            continue;
        }
        out.append(s.substr(i, c.length));
        i += c.length;
    }
    return out;
}

}  // namespace

std::string valid_utf8(std::string_view s, bool& replaced) {
    if (!first_invalid_utf8(s)) return std::string(s);
    return replaced_where(s, replaced, [](char32_t) { return true; });
}

std::string carried(std::string_view s, bool& replaced) {
    if (!first_uncarried(s)) return std::string(s);
    return replaced_where(s, replaced, is_carried);
}

bool is_control(char32_t c) {
    if (c < 0x20) return c != '\t' && c != '\n' && c != '\r';
    return c >= 0x7F && c <= 0x9F;
}

std::optional<std::size_t> first_control(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        const Character c = character_at(s, i);
        if (c.length != 0 && (is_control(c.code_point) || c.code_point == 0xFFFE || c.code_point == 0xFFFF))
            return i;
        i += c.length == 0 ? 1 : c.length;
    }
    return std::nullopt;
}

namespace {

std::string shown(std::string_view s, bool keep_line_feeds) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        const Character c = character_at(s, i);
        if (c.length == 0) {
            out += replacement_character;
            ++i;
            continue;
        }
        const char32_t cp = c.code_point;
        if (cp == '\n' && keep_line_feeds) {
            out += '\n';
        } else if (cp == 0 || cp == '\n' || cp == '\r') {
            out += cp == 0 ? "\\0" : cp == '\n' ? "\\n" : "\\r";
        } else if (is_control(cp)) {
            out += fmt::format("\\x{code:02X}", fmt::arg("code", static_cast<unsigned>(cp)));
        } else if (is_bidi_formatting(cp) || cp == 0xFFFE || cp == 0xFFFF) {
            // A terminal that applies the bidirectional algorithm would obey these: shown, not sent;
            // and the two noncharacters are shown as IRM060 names them.
            out += fmt::format("\\u{code:04X}", fmt::arg("code", static_cast<unsigned>(cp)));
        } else {
            out.append(s.substr(i, c.length));
        }
        i += c.length;
    }
    return out;
}

}  // namespace

std::string visible(std::string_view s) {
    return shown(s, false);
}

std::string visible_lines(std::string_view s) {
    return shown(s, true);
}

namespace {

constexpr char32_t first_strong_isolate = 0x2068, pop_isolate = 0x2069, pop_embedding = 0x202C;

bool is_embedding(char32_t c) {
    return c == 0x202A || c == 0x202B || c == 0x202D || c == 0x202E;  // LRE, RLE, LRO, RLO
}
bool is_isolate(char32_t c) {
    return c >= 0x2066 && c <= 0x2068;  // LRI, RLI, FSI
}
bool is_mark(char32_t c) {
    return c == 0x200E || c == 0x200F || c == 0x061C;  // LRM, RLM, ALM
}

/// Walks the bidirectional controls of a text as the Unicode Bidirectional Algorithm
/// pairs them (embeddings and overrides close at the next PDF inside their isolate; an
/// isolate closes at its PDI, which also closes the embeddings opened inside it).
/// `drop` is told of each closing control with nothing to close; the controls left
/// open are returned, innermost last; `marks` is set for a mark outside any isolate.
template <typename Drop>
std::vector<char32_t> walk_direction(std::string_view s, bool& marks, Drop&& drop) {
    std::vector<char32_t> open;
    for (std::size_t i = 0; i < s.size();) {
        const Character c = character_at(s, i);
        const std::size_t length = c.length == 0 ? 1 : c.length;
        const char32_t cp = c.length == 0 ? 0 : c.code_point;
        if (is_embedding(cp) || is_isolate(cp)) {
            open.push_back(cp);
        } else if (cp == pop_embedding) {
            if (!open.empty() && is_embedding(open.back()))
                open.pop_back();
            else
                drop(i, length);
        } else if (cp == pop_isolate) {
            const auto isolate = std::find_if(open.rbegin(), open.rend(), is_isolate);
            if (isolate == open.rend())
                drop(i, length);
            else
                open.erase(std::prev(isolate.base()), open.end());
        } else if (is_mark(cp) && std::none_of(open.begin(), open.end(), is_isolate)) {
            marks = true;
        }
        i += length;
    }
    return open;
}

}  // namespace

bool is_bidi_control(char32_t c) {
    return is_embedding(c) || c == pop_embedding || is_isolate(c) || c == pop_isolate || is_mark(c);
}

bool is_bidi_formatting(char32_t c) {
    return is_embedding(c) || c == pop_embedding || is_isolate(c) || c == pop_isolate;
}

bool leaks_direction(std::string_view s) {
    bool marks = false, stray = false;
    const auto open = walk_direction(s, marks, [&](std::size_t, std::size_t) { stray = true; });
    return marks || stray || !open.empty();
}

std::string balanced_direction(std::string_view s) {
    bool marks = false;
    std::vector<std::pair<std::size_t, std::size_t>> stray;
    const auto open =
        walk_direction(s, marks, [&](std::size_t at, std::size_t length) { stray.emplace_back(at, length); });
    std::string out;
    std::size_t from = 0;
    for (const auto& [at, length] : stray) {
        out.append(s.substr(from, at - from));
        from = at + length;
    }
    out.append(s.substr(from));
    for (auto c = open.rbegin(); c != open.rend(); ++c)
        append_utf8(out, is_isolate(*c) ? pop_isolate : pop_embedding);
    return out;
}

std::string isolated(std::string_view s) {
    if (!leaks_direction(s)) return std::string(s);
    std::string out;
    append_utf8(out, first_strong_isolate);
    out += balanced_direction(s);
    append_utf8(out, pop_isolate);
    return out;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            const std::size_t substitution = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);
            row[j] = std::min({above + 1, row[j - 1] + 1, substitution});
            diagonal = above;
        }
    }
    return row[b.size()];
}

std::optional<std::string> closest(std::string_view word, const std::vector<std::string>& candidates) {
    // A third of the word's length, at least 1 and at most 3 edits, counts as a likely typo.
    const std::size_t limit = std::clamp<std::size_t>(word.size() / 3, 1, 3);
    std::optional<std::string> best;
    std::size_t best_distance = limit + 1;
    for (const auto& candidate : candidates) {
        // The distance is at least the difference of the lengths: a candidate much longer or
        // shorter than the word is not measured (a long text quoted as a value costs nothing).
        const std::size_t shorter = std::min(word.size(), candidate.size());
        if (std::max(word.size(), candidate.size()) - shorter > limit) continue;
        const std::size_t distance = edit_distance(word, candidate);
        // Replacing every character of a short word is no typo: 'b' does not suggest 'a'.
        if (distance >= std::max(word.size(), candidate.size())) continue;
        if (distance < best_distance) {
            best_distance = distance;
            best = candidate;
        }
    }
    return best;
}

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
    if (auto best = closest(word, candidates)) return " (did you mean '" + *best + "'?)";
    return {};
}

std::string quoted(std::string_view text) {
    // A value may be a whole pasted text, megabytes long: a message shows its start only.
    constexpr std::size_t limit = 300;
    return "'" + shorten(text, limit) + "'";
}

std::string join(const std::vector<std::string>& items, std::string_view separator) {
    std::string out;
    for (const auto& item : items) {
        if (!out.empty()) out += separator;
        out += item;
    }
    return out;
}

std::vector<std::string> wrap(std::string_view text, std::size_t width, std::size_t hang) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string line;
        std::size_t length = 0;
        bool empty = true;  // no word on the line yet
        for (std::size_t at = start; at < end;) {
            while (at < end && text[at] == ' ')
                ++at;
            std::size_t word_end = text.find(' ', at);
            if (word_end == std::string_view::npos || word_end > end) word_end = end;
            if (at == word_end) break;
            const std::string_view word = text.substr(at, word_end - at);
            const std::size_t word_length = code_points(word);
            if (!empty && length + 1 + word_length > width) {
                lines.push_back(line);
                line.assign(hang, ' ');
                length = hang;
                empty = true;
            }
            if (!empty) {
                line += ' ';
                ++length;
            }
            line += word;
            length += word_length;
            empty = false;
            at = word_end;
        }
        lines.push_back(line);
        if (end == text.size()) break;
        start = end + 1;
    }
    return lines;
}

std::string shorten(std::string_view text, std::size_t limit) {
    // A code point takes at most 4 bytes: a text of more than 4 bytes a code point is too long
    // without counting, so that a long text costs what is kept of it, not its whole length.
    if (text.size() / 4 <= limit && code_points(text) <= limit) return std::string(text);
    // Keep limit - 1 code points, then back up to a space in their second half (a space just
    // after them ends a word that fits).
    std::size_t kept = 0, end = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
        if (kept + 1 == limit) {
            end = i;
            break;
        }
        ++kept;
    }
    std::size_t cut = text.rfind(' ', end);
    if (cut == std::string_view::npos || cut < end / 2) cut = end;
    std::string out(text.substr(0, cut));
    while (!out.empty() && (out.back() == ' ' || out.back() == ',' || out.back() == ':'))
        out.pop_back();
    return out + "…";
}

std::string one_line(std::string_view text) {
    std::string out;
    for (const char c : text) {
        if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
            if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
            out += c;
        }
    }
    while (!out.empty() && out.back() == ' ')
        out.pop_back();
    return out;
}

std::string capitalised(std::string_view text) {
    const std::size_t length = text.empty() ? 0 : sequence_length(text, 0);
    // Every letter with a capital handled here is below U+0800: one or two bytes.
    if (length == 0 || length > 2) return std::string(text);
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    char32_t c = length == 1 ? byte(0) : ((byte(0) & 0x1Fu) << 6) | (byte(1) & 0x3Fu);
    if (c >= U'a' && c <= U'z')
        c -= 0x20;  // ASCII
    else if (c >= 0xE0 && c <= 0xFE && c != 0xF7)
        c -= 0x20;  // Latin-1: à … þ, not ÷
    else if (c == 0xFF)
        c = 0x178;  // ÿ
    else if (((c >= 0x100 && c <= 0x12F) || (c >= 0x132 && c <= 0x137) || (c >= 0x14A && c <= 0x177)) &&
             c % 2 == 1)
        c -= 1;  // Latin Extended-A, capital first: ā, ę, ő
    else if (((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) && c % 2 == 0)
        c -= 1;  // Latin Extended-A, small first: ł, ž
    else if (c >= 0x430 && c <= 0x44F)
        c -= 0x20;  // Cyrillic а … я
    else if (c >= 0x450 && c <= 0x45F)
        c -= 0x50;  // Cyrillic ѐ … џ
    else
        return std::string(text);
    std::string out;
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
    return out + std::string(text.substr(length));
}

std::string_view ascii_spelling(char32_t c) {
    struct Spelling {
        char32_t from, to;
        std::string_view ascii;
    };
    static constexpr Spelling spellings[] = {
        {0xC0, 0xC5, "a"},    {0xC6, 0xC6, "ae"},  {0xC7, 0xC7, "c"},   {0xC8, 0xCB, "e"},
        {0xCC, 0xCF, "i"},    {0xD0, 0xD0, "d"},   {0xD1, 0xD1, "n"},   {0xD2, 0xD6, "o"},
        {0xD8, 0xD8, "o"},    {0xD9, 0xDC, "u"},   {0xDD, 0xDD, "y"},   {0xDF, 0xDF, "ss"},
        {0xE0, 0xE5, "a"},    {0xE6, 0xE6, "ae"},  {0xE7, 0xE7, "c"},   {0xE8, 0xEB, "e"},
        {0xEC, 0xEF, "i"},    {0xF0, 0xF0, "d"},   {0xF1, 0xF1, "n"},   {0xF2, 0xF6, "o"},
        {0xF8, 0xF8, "o"},    {0xF9, 0xFC, "u"},   {0xFD, 0xFD, "y"},   {0xFF, 0xFF, "y"},
        {0x100, 0x105, "a"},  {0x106, 0x10D, "c"}, {0x10E, 0x111, "d"}, {0x112, 0x11B, "e"},
        {0x11C, 0x123, "g"},  {0x124, 0x127, "h"}, {0x128, 0x131, "i"}, {0x134, 0x135, "j"},
        {0x136, 0x137, "k"},  {0x139, 0x142, "l"}, {0x143, 0x148, "n"}, {0x14C, 0x151, "o"},
        {0x152, 0x153, "oe"}, {0x154, 0x159, "r"}, {0x15A, 0x161, "s"}, {0x162, 0x167, "t"},
        {0x168, 0x173, "u"},  {0x174, 0x175, "w"}, {0x176, 0x178, "y"}, {0x179, 0x17E, "z"},
    };
    for (const Spelling& s : spellings)
        if (c >= s.from && c <= s.to) return s.ascii;
    return {};
}

std::string sort_key(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        const Character c = character_at(text, i);
        const std::size_t length = c.length == 0 ? 1 : c.length;
        if (c.code_point >= U'A' && c.code_point <= U'Z')
            out += static_cast<char>(c.code_point + 0x20);
        else if (const std::string_view ascii =
                     c.length > 1 ? ascii_spelling(c.code_point) : std::string_view();
                 !ascii.empty())
            out += ascii;
        else
            out.append(text.substr(i, length));
        i += length;
    }
    return out;
}

std::string escape_markup(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (const char c : s) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

}  // namespace irm::text
