#include <irm/document.hpp>

#include "render/document_text.hpp"

#include <irm/text.hpp>

#include <algorithm>
#include <cstdint>

namespace irm::doc {

namespace detail {

namespace {

/// Decodes the code point at `i` (the text is UTF-8, checked when it was read);
/// a stray byte reads as itself so that nothing is lost.
char32_t next_code_point(std::string_view s, std::size_t& i) {
    const auto byte = static_cast<unsigned char>(s[i]);
    std::size_t length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1;
    if (i + length > s.size()) length = 1;
    char32_t cp = length == 1   ? byte
                  : length == 2 ? (byte & 0x1Fu)
                  : length == 3 ? (byte & 0x0Fu)
                                : (byte & 0x07u);
    for (std::size_t k = 1; k < length; ++k)
        cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3Fu);
    i += length;
    return cp;
}

bool is_right_to_left(char32_t cp) {
    return (cp >= 0x0590 && cp <= 0x08FF) || (cp >= 0xFB1D && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFF);
}

/// Letters and ideographs: what has a direction of its own (roughly, without tables).
bool is_strong(char32_t cp) {
    if (cp < 0x80) return (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z');
    if (cp < 0xC0) return false;                     // Latin-1 punctuation and signs
    if (cp >= 0x2000 && cp <= 0x2BFF) return false;  // punctuation, symbols, arrows
    if (cp >= 0x3000 && cp <= 0x303F) return false;  // CJK punctuation
    return true;
}

}  // namespace

namespace {

/// What printable does with a character: keep it, break the line there, or put U+FFFD in its place.
enum class Fate { Keep, LineBreak, Replace };

Fate fate_of(const text::Character& c) {
    if (c.length == 0) return Fate::Replace;  // a byte that is not UTF-8
    const char32_t cp = c.code_point;
    // NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR are line breaks by their meaning (YAML's \N, \L, \P).
    if (cp == '\r' || cp == 0x85 || cp == 0x2028 || cp == 0x2029) return Fate::LineBreak;
    // HTML calls DEL and the C1 controls control characters too, and nothing means them in a draft.
    if (!text::is_carried(cp) || (cp >= 0x7F && cp <= 0x9F)) return Fate::Replace;
    return Fate::Keep;
}

}  // namespace

std::string printable(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const text::Character c = text::character_at(text, i);
        const std::size_t length = c.length == 0 ? 1 : c.length;
        switch (fate_of(c)) {
            case Fate::Keep:
                out.append(text.substr(i, length));
                break;
            case Fate::LineBreak:
                out += '\n';
                if (c.code_point == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
                break;
            case Fate::Replace:
                out += text::replacement_character;
                break;
        }
        i += length;
    }
    return out;
}

bool replaces_characters(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const text::Character c = text::character_at(text, i);
        if (fate_of(c) == Fate::Replace) return true;
        i += c.length == 0 ? 1 : c.length;
    }
    return false;
}

std::vector<std::string> lines_of(std::string_view text) {
    std::vector<std::string> lines;
    const std::string clean = printable(text);
    std::size_t start = 0;
    while (start <= clean.size()) {
        std::size_t end = clean.find('\n', start);
        if (end == std::string::npos) end = clean.size();
        std::size_t first = start, last = end;
        while (first < last && (clean[first] == ' ' || clean[first] == '\t'))
            ++first;
        while (last > first && (clean[last - 1] == ' ' || clean[last - 1] == '\t'))
            --last;
        if (last > first) lines.push_back(clean.substr(first, last - first));
        start = end + 1;
    }
    return lines;
}

std::vector<std::string> span_lines(std::string_view text) {
    std::vector<std::string> lines = lines_of(text);
    // Only a blank written as such separates spans; a final line break of an answer does not.
    const auto blank = [](char c) { return c == ' ' || c == '\t'; };
    if (text.empty()) return lines;
    if (lines.empty()) {
        lines.emplace_back(" ");
        return lines;
    }
    if (blank(text.front())) lines.front().insert(0, " ");
    if (blank(text.back())) lines.back() += ' ';
    return lines;
}

bool is_web_address(std::string_view url) {
    if (url.rfind("http://", 0) != 0 && url.rfind("https://", 0) != 0) return false;
    // An address is written as it is: nothing in it may be replaced, break a line or turn text around.
    for (std::size_t i = 0; i < url.size();) {
        const text::Character c = text::character_at(url, i);
        if (c.code_point <= 0x20 || fate_of(c) != Fate::Keep || text::is_bidi_control(c.code_point))
            return false;
        i += c.length;
    }
    return true;
}

bool starts_right_to_left(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const char32_t cp = next_code_point(text, i);
        if (is_right_to_left(cp)) return true;
        if (is_strong(cp)) return false;
    }
    return false;
}

}  // namespace detail

void Document::heading(int level, std::string text) {
    Block block;
    block.kind = Block::Kind::Heading;
    block.level = level;
    block.paragraph = sentence(std::move(text));
    blocks.push_back(std::move(block));
}

void Document::add(Paragraph paragraph) {
    Block block;
    block.kind = Block::Kind::Paragraph;
    block.paragraph = std::move(paragraph);
    blocks.push_back(std::move(block));
}

void Document::list(std::vector<Paragraph> items) {
    if (items.empty()) return;
    Block block;
    block.kind = Block::Kind::List;
    block.items = std::move(items);
    blocks.push_back(std::move(block));
}

void Document::add(Table table) {
    Block block;
    block.kind = Block::Kind::Table;
    block.table = std::move(table);
    blocks.push_back(std::move(block));
}

Paragraph sentence(std::string text, std::vector<std::string> sources) {
    Paragraph paragraph;
    paragraph.spans.push_back(Span{std::move(text), Style::Plain, {}});
    paragraph.sources = std::move(sources);
    return paragraph;
}

std::string citation(const std::vector<std::string>& sources) {
    if (sources.empty()) return {};
    std::string out = "[";
    for (std::size_t i = 0; i < sources.size(); ++i) {
        if (i > 0) out += ", ";
        out += sources[i];
    }
    return out + "]";
}

namespace {

/// Counts the whitespace-separated words of a text that hold a letter, a digit or an ideograph
/// (a lone dash or quotation mark is not a word).
std::size_t words_in(std::string_view text) {
    std::size_t count = 0;
    bool counted = false;
    for (std::size_t i = 0; i < text.size();) {
        const char32_t cp = detail::next_code_point(text, i);
        const bool blank = cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0 || cp == 0x202F;
        if (blank) {
            counted = false;
            continue;
        }
        const bool wordy = (cp >= '0' && cp <= '9') || detail::is_strong(cp);
        if (wordy && !counted) {
            ++count;
            counted = true;
        }
    }
    return count;
}

std::size_t words_in(const Paragraph& paragraph) {
    std::size_t count = 0;
    for (const Span& span : paragraph.spans)
        count += words_in(span.text);
    return count;
}

}  // namespace

bool replaces_characters(const Document& document) {
    const auto paragraph = [](const Paragraph& p) {
        return std::any_of(p.spans.begin(), p.spans.end(),
                           [](const Span& span) { return detail::replaces_characters(span.text); });
    };
    const auto cells = [](const std::vector<std::string>& row) {
        return std::any_of(row.begin(), row.end(),
                           [](const std::string& cell) { return detail::replaces_characters(cell); });
    };
    if (detail::replaces_characters(document.title)) return true;
    for (const Block& block : document.blocks) {
        if (paragraph(block.paragraph) || std::any_of(block.items.begin(), block.items.end(), paragraph) ||
            cells(block.table.header) || std::any_of(block.table.rows.begin(), block.table.rows.end(), cells))
            return true;
    }
    return false;
}

std::size_t count_words(const Document& document) {
    std::size_t count = 0;
    for (const Block& block : document.blocks) {
        switch (block.kind) {
            case Block::Kind::Heading:
            case Block::Kind::Paragraph:
                count += words_in(block.paragraph);
                break;
            case Block::Kind::List:
                for (const Paragraph& item : block.items)
                    count += words_in(item);
                break;
            case Block::Kind::Table:
                for (const std::string& cell : block.table.header)
                    count += words_in(cell);
                for (const auto& row : block.table.rows)
                    for (const std::string& cell : row)
                        count += words_in(cell);
                break;
        }
    }
    return count;
}

}  // namespace irm::doc
