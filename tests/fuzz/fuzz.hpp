// What every fuzzing harness shares: the invariant that stops the run when it does
// not hold, the input as text, and whether a 1-based position lies inside a text.
// Needs only the YAML reader's part of the library (the YAML harness links that
// alone, once per parser), so nothing here uses findings.
#pragma once

#include <irm/diagnostic.hpp>
#include <irm/text.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

/// Stops the run, naming the invariant that does not hold: libFuzzer keeps the
/// input as a crash, and a replayed regression input fails its test.
#define IRM_FUZZ_CHECK(condition, what)                                                                 \
    do {                                                                                                \
        if (!(condition)) {                                                                             \
            std::fprintf(stderr, "%s:%d: invariant does not hold: %s (%s)\n", __FILE__, __LINE__, what, \
                         #condition);                                                                   \
            std::abort();                                                                               \
        }                                                                                               \
    } while (false)

namespace irm::fuzz {

/// The input of one run, as the bytes of a file.
inline std::string input(const std::uint8_t* data, std::size_t size) {
    return size == 0 ? std::string() : std::string(reinterpret_cast<const char*>(data), size);
}

/// Whether a text is valid UTF-8.
inline bool utf8(std::string_view text) {
    return !text::first_invalid_utf8(text).has_value();
}

/// The lines of a text as irm counts them: broken at \n, \r\n and a lone \r, columns
/// in code points, so that a finding's position can be held to the text it is about.
class Lines {
public:
    explicit Lines(std::string_view text) : text_(text) {
        starts_.push_back(0);
        for (std::size_t i = 0; i < text.size(); ++i)
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n')))
                starts_.push_back(i + 1);
    }

    std::size_t count() const { return starts_.size(); }

    /// The code points of a 1-based line, without its line break.
    std::size_t length(std::size_t line) const {
        const std::size_t start = starts_[line - 1];
        std::size_t end = line < starts_.size() ? starts_[line] : text_.size();
        while (end > start && (text_[end - 1] == '\n' || text_[end - 1] == '\r'))
            --end;
        return text::code_points(text_.substr(start, end - start));
    }

    /// Whether a position names a character of the text, or the end of one of its lines.
    bool inside(int line, int column) const {
        if (line < 1 || column < 1 || static_cast<std::size_t>(line) > count()) return false;
        return static_cast<std::size_t>(column) <= length(static_cast<std::size_t>(line)) + 1;
    }
    bool inside(const Position& position) const { return inside(position.line, position.column); }

private:
    std::string_view text_;
    std::vector<std::size_t> starts_;
};

}  // namespace irm::fuzz
