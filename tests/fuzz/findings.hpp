// The invariants of findings, held by every harness that gets some: a known code
// that the reader may give, a message, the file it was told, a position inside
// the text it is about, and a JSON rendering that is JSON. The library has a JSON
// writer and no reader, so a small strict reader of JSON text is here.
#pragma once

#include "fuzz.hpp"

#include <irm/diagnostic.hpp>
#include <irm/finding_codes.hpp>
#include <irm/json.hpp>

#include <algorithm>
#include <climits>
#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace irm::fuzz {

/// A strict reader of one JSON text (RFC 8259): whether it is one, and nothing else.
class JsonText {
public:
    static bool valid(std::string_view text) {
        if (!utf8(text)) return false;
        JsonText reader(text);
        reader.space();
        if (!reader.value(0)) return false;
        reader.space();
        return reader.at_ == text.size();
    }

private:
    explicit JsonText(std::string_view text) : text_(text) {}

    bool more() const { return at_ < text_.size(); }
    char peek() const { return more() ? text_[at_] : '\0'; }
    bool eat(char c) {
        if (peek() != c) return false;
        ++at_;
        return true;
    }
    void space() {
        while (more() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            ++at_;
    }
    bool word(std::string_view w) {
        if (text_.substr(at_, w.size()) != w) return false;
        at_ += w.size();
        return true;
    }
    static bool digit(char c) { return c >= '0' && c <= '9'; }
    static bool hex(char c) { return digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

    bool value(int depth) {
        if (depth > 64) return false;  // findings are shallow; deeper is a writer gone wrong
        switch (peek()) {
            case '{':
                return object(depth);
            case '[':
                return array(depth);
            case '"':
                return string();
            case 't':
                return word("true");
            case 'f':
                return word("false");
            case 'n':
                return word("null");
            default:
                return number();
        }
    }

    bool object(int depth) {
        eat('{');
        space();
        if (eat('}')) return true;
        for (;;) {
            space();
            if (!string()) return false;
            space();
            if (!eat(':')) return false;
            space();
            if (!value(depth + 1)) return false;
            space();
            if (eat('}')) return true;
            if (!eat(',')) return false;
        }
    }

    bool array(int depth) {
        eat('[');
        space();
        if (eat(']')) return true;
        for (;;) {
            space();
            if (!value(depth + 1)) return false;
            space();
            if (eat(']')) return true;
            if (!eat(',')) return false;
        }
    }

    bool string() {
        if (!eat('"')) return false;
        while (more()) {
            const auto c = static_cast<unsigned char>(text_[at_++]);
            if (c == '"') return true;
            if (c < 0x20) return false;
            if (c != '\\') continue;
            if (!more()) return false;
            const char escape = text_[at_++];
            if (escape == 'u') {
                for (int i = 0; i < 4; ++i, ++at_)
                    if (!hex(peek())) return false;
            } else if (std::string_view("\"\\/bfnrt").find(escape) == std::string_view::npos) {
                return false;
            }
        }
        return false;
    }

    bool number() {
        eat('-');
        if (eat('0')) {
        } else if (digit(peek())) {
            while (digit(peek()))
                ++at_;
        } else {
            return false;
        }
        if (eat('.')) {
            if (!digit(peek())) return false;
            while (digit(peek()))
                ++at_;
        }
        if (peek() == 'e' || peek() == 'E') {
            ++at_;
            if (!eat('+')) eat('-');
            if (!digit(peek())) return false;
            while (digit(peek()))
                ++at_;
        }
        return true;
    }

    std::string_view text_;
    std::size_t at_ = 0;
};

/// What a harness expects of the findings it gets.
struct Expect {
    std::string file;                     ///< the name the file was given
    std::vector<std::string_view> codes;  ///< the codes this reader may give
    const Lines* lines = nullptr;         ///< the text positions point into; null: findings have none
    bool sorted = true;                   ///< sorted by position, those without one last
};

/// Whether a code lies in a list of codes and ranges ("IRM010-IRM021").
inline bool allowed(std::string_view code, const std::vector<std::string_view>& codes) {
    for (const std::string_view entry : codes) {
        if (entry == code) return true;
        const std::size_t dash = entry.find('-');
        if (dash != std::string_view::npos && code.size() == dash && code >= entry.substr(0, dash) &&
            code <= entry.substr(dash + 1))
            return true;
    }
    return false;
}

/// Holds findings to the invariants every reader of input keeps, and their JSON to JSON.
inline void check_findings(const std::vector<Diagnostic>& findings, const Expect& expect) {
    json::Writer writer;
    writer.begin_array();
    std::pair<int, int> previous{0, 0};
    for (const Diagnostic& d : findings) {
        IRM_FUZZ_CHECK(find_finding_code(d.code) != nullptr, "every finding has a known code");
        IRM_FUZZ_CHECK(allowed(d.code, expect.codes), "every finding has a code this reader gives");
        IRM_FUZZ_CHECK(!d.message.empty(), "every finding says something");
        IRM_FUZZ_CHECK(utf8(d.message) && utf8(d.question) && utf8(d.cell), "findings are UTF-8 text");
        IRM_FUZZ_CHECK(d.file == expect.file, "a finding names the file it is about");
        IRM_FUZZ_CHECK(d.line.has_value() == d.column.has_value(), "a position has a line and a column");
        if (d.line) {
            IRM_FUZZ_CHECK(expect.lines != nullptr, "findings of this reader point at cells, not lines");
            IRM_FUZZ_CHECK(expect.lines->inside(*d.line, *d.column),
                           "a finding's position is inside the file");
        }
        const std::pair<int, int> position{d.line.value_or(INT_MAX), d.column.value_or(INT_MAX)};
        if (expect.sorted) IRM_FUZZ_CHECK(previous <= position, "findings are sorted by position");
        previous = position;
        json::write_finding(writer, d);
    }
    writer.end_array();
    IRM_FUZZ_CHECK(!writer.replaced(), "no finding needs a byte replaced to be JSON");
    IRM_FUZZ_CHECK(JsonText::valid(writer.str()), "findings written as JSON are JSON");
}

/// The number of findings of a severity, as the readers count them.
inline int count(const std::vector<Diagnostic>& findings, Severity severity) {
    return static_cast<int>(std::count_if(findings.begin(), findings.end(),
                                          [&](const Diagnostic& d) { return d.severity == severity; }));
}

}  // namespace irm::fuzz
