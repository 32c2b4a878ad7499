// A strict reader of JSON text, shared by the unit tests and the fuzzing
// harnesses: the library writes JSON and reads none, so the tests that hold its
// output to RFC 8259 need a reader of their own. It says whether a text is one
// JSON text in UTF-8, and nothing else.
#pragma once

#include <irm/text.hpp>

#include <cstddef>
#include <string_view>

namespace irm::test {

/// A strict reader of one JSON text (RFC 8259): whether it is one, and nothing else.
class JsonText {
public:
    static bool valid(std::string_view text) {
        if (text::first_invalid_utf8(text)) return false;
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
        if (depth > 100) return false;  // what irm writes is shallow; deeper is a writer gone wrong
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

/// Whether a text is one JSON text, in UTF-8 as RFC 8259 requires of JSON exchanged.
inline bool valid_json(std::string_view text) {
    return JsonText::valid(text);
}

}  // namespace irm::test
