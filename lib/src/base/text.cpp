#include <irm/text.hpp>

#include <algorithm>

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

std::optional<std::size_t> first_invalid_utf8(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t length = sequence_length(s, i);
        if (length == 0) return i;
        i += length;
    }
    return std::nullopt;
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
