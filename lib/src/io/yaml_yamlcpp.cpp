// The YAML event source on yaml-cpp (IRM_YAML=yaml-cpp): its event handler
// feeds the tree builder, with the repairs yaml-cpp needs (its marks of empty
// values, an unclosed quote at the end of the file, two escapes it decodes to
// bytes that are not UTF-8).
#include "io/yaml_builder.hpp"

#include <irm/text.hpp>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <optional>
#include <sstream>
#include <string_view>
#include <vector>

#ifndef IRM_YAML_CPP_VERSION
#define IRM_YAML_CPP_VERSION ""
#endif

namespace irm::yaml {

namespace {

bool is_break(char c) {
    return c == '\n' || c == '\r';
}

std::string anchor_name(YAML::anchor_t anchor) {
    return anchor == YAML::NullAnchor ? std::string() : std::to_string(anchor);
}

/// yaml-cpp decodes the escapes \N (U+0085) and \_ (U+00A0) to one raw byte,
/// which is not UTF-8; every other byte it gives back is. Mends those two.
std::string mend_escapes(std::string text) {
    if (!text::first_invalid_utf8(text)) return text;
    std::string out;
    out.reserve(text.size() + 8);
    for (std::size_t i = 0; i < text.size();) {
        const auto rest = std::string_view(text).substr(i);
        const auto bad = text::first_invalid_utf8(rest);
        const std::size_t good = bad.value_or(rest.size());
        out.append(rest.substr(0, good));
        i += good;
        if (!bad) break;
        const auto byte = static_cast<unsigned char>(text[i]);
        out += byte == 0x85 || byte == 0xA0 ? std::string{'\xC2', static_cast<char>(byte)} : std::string(1, text[i]);
        ++i;
    }
    return out;
}

/// Thrown when a quoted text opened at `offset` is never closed.
struct Unclosed {
    std::size_t offset;
};

/// Thrown where yaml-cpp reads what is not YAML as if it were: a key of a block mapping with no ':'
/// (`a: 1` then `b`, which a file cut short ends with), or a second document that nothing starts
/// (`---`, or `...` ending the one before), such as a line less indented than the mapping it follows.
/// libfyaml refuses both; found by tests/fuzz/differential.py.
struct NotYaml {
    std::size_t offset;
    const char* why;
};

bool is_blank_line(std::string_view line) {
    const std::size_t first = line.find_first_not_of(" \t");
    return first == std::string_view::npos || line[first] == '#';
}

/// Whether the document yaml-cpp starts at `offset` is started as YAML starts a document after the
/// first: by `---` (or a directive) there, or after a `...` that ended the one before.
bool starts_document(const std::string& s, std::size_t offset) {
    offset = std::min(offset, s.size());
    const auto marker = [&](std::size_t at, std::string_view word) {
        const std::size_t after = at + word.size();
        return s.compare(at, word.size(), word) == 0 &&
               (after >= s.size() || std::string_view(" \t\r\n").find(s[after]) != std::string_view::npos);
    };
    std::size_t line_start = offset;
    while (line_start > 0 && !is_break(s[line_start - 1]))
        --line_start;
    if (marker(line_start, "---") || s.compare(line_start, 1, "%") == 0) return true;
    // The lines before it, back to the nearest that holds anything but blanks and comments.
    while (line_start > 0) {
        std::size_t end = line_start - 1;  // the break that ends the line before
        if (s[end] == '\n' && end > 0 && s[end - 1] == '\r') --end;
        std::size_t start = end;
        while (start > 0 && !is_break(s[start - 1]))
            --start;
        const std::string_view line(s.data() + start, end - start);
        if (!is_blank_line(line)) return marker(start, "...") || marker(start, "---");
        line_start = start;
    }
    return false;
}

/// Turns yaml-cpp's events into calls of the builder.
class Events final : public YAML::EventHandler {
public:
    explicit Events(TreeBuilder& builder) : builder_(builder), source_(builder.source()) {}

    void OnDocumentStart(const YAML::Mark&) override {}
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        const std::size_t offset = content_offset(mark);
        const bool explicit_null = explicit_null_at(offset);
        // yaml-cpp gives a key with no ':' a null at the key's own mark; after a ':' the mark is later.
        if (!explicit_null && !frames_.empty() && frames_.back().block_map && !frames_.back().key_next &&
            mark.pos == frames_.back().key_mark)
            throw NotYaml{content_offset(mark), "could not find expected ':'"};
        node(mark);
        if (explicit_null) {
            builder_.null(offset, anchor_name(anchor));
            return;
        }
        // An empty value: yaml-cpp marks the next token, so the dash of an item is behind it.
        builder_.empty(builder_.in_sequence() ? dash_before(offset) : std::nullopt, offset, anchor_name(anchor));
    }

    void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        node(mark);
        builder_.alias(content_offset(mark), anchor_name(anchor));
    }

    void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  const std::string& value) override {
        node(mark);
        const std::size_t offset = content_offset(mark);
        if (tag == null_tag) {
            builder_.null(offset, anchor_name(anchor));
            return;
        }
        Style style = Style::Plain;
        if (tag != "?") {
            const char first = offset < source_.size() ? source_[offset] : ' ';
            style = (first == '|' || first == '>') ? Style::Block : Style::Quoted;
            // yaml-cpp takes a double-quoted text left open at the very end as if it were
            // closed, which would read a truncated file as complete.
            if ((first == '"' || first == '\'') && !closed_quote(source_, offset)) throw Unclosed{offset};
        }
        builder_.scalar(offset, style, mend_escapes(value), anchor_name(anchor));
    }

    void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override {
        node(mark);
        frames_.push_back(Frame{false, true, -1});
        builder_.start(Node::Kind::Sequence, content_offset(mark), anchor_name(anchor));
    }
    void OnSequenceEnd() override {
        frames_.pop_back();
        builder_.end();
    }

    void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value style) override {
        node(mark);
        frames_.push_back(Frame{style != YAML::EmitterStyle::Flow, true, -1});
        builder_.start(Node::Kind::Map, content_offset(mark), anchor_name(anchor));
    }
    void OnMapEnd() override {
        frames_.pop_back();
        builder_.end();
    }

private:
    /// A collection being read: in a mapping of the block style, whether a key comes next and where
    /// the last key was marked.
    struct Frame {
        bool block_map;
        bool key_next;
        int key_mark;
    };

    /// A node starts in the innermost collection: a mapping's key, or its value.
    void node(const YAML::Mark& mark) {
        if (frames_.empty() || !frames_.back().block_map) return;
        Frame& frame = frames_.back();
        if (frame.key_next) frame.key_mark = mark.pos;
        frame.key_next = !frame.key_next;
    }

    /// The mark's byte offset, past an anchor (`&a`) or tag (`!t`) written before the content.
    std::size_t content_offset(const YAML::Mark& mark) const {
        const std::string& s = source_;
        std::size_t offset = mark.pos >= 0 ? std::min(static_cast<std::size_t>(mark.pos), s.size()) : 0;
        while (offset < s.size() && (s[offset] == '&' || s[offset] == '!')) {
            while (offset < s.size() && s[offset] != ' ' && s[offset] != '\t' && !is_break(s[offset]))
                ++offset;
            while (offset < s.size() && (s[offset] == ' ' || s[offset] == '\t'))
                ++offset;
        }
        return offset;
    }

    /// Whether a null is written out (`~`, `null`, `Null`, `NULL`) at this offset,
    /// rather than being the next token after an empty value.
    bool explicit_null_at(std::size_t offset) const {
        const std::string& s = source_;
        std::size_t end = offset;
        if (s.compare(offset, 1, "~") == 0) {
            end = offset + 1;
        } else {
            for (const char* word : {"null", "Null", "NULL"})
                if (s.compare(offset, 4, word) == 0) end = offset + 4;
        }
        if (end == offset) return false;
        if (end < s.size() && std::string_view(" \t\r\n,]}#").find(s[end]) == std::string_view::npos)
            return false;
        // `null: 1` on the next line is a key, not this value.
        while (end < s.size() && (s[end] == ' ' || s[end] == '\t'))
            ++end;
        return end >= s.size() || s[end] != ':';
    }

    /// The dash of an empty block-sequence item, found behind the next token.
    std::optional<std::size_t> dash_before(std::size_t offset) const {
        const std::string& s = source_;
        std::size_t i = std::min(offset, s.size());
        while (i > 0 && (s[i - 1] == ' ' || s[i - 1] == '\t' || is_break(s[i - 1])))
            --i;
        if (i > 0 && s[i - 1] == '-') return i - 1;
        return std::nullopt;
    }

    TreeBuilder& builder_;
    const std::string& source_;
    std::vector<Frame> frames_;
};

/// Swallows the events of documents after the first, once it has seen that each is started as one.
class Ignore final : public YAML::EventHandler {
public:
    explicit Ignore(const std::string& source) : source_(source) {}
    void OnDocumentStart(const YAML::Mark& mark) override {
        const std::size_t offset = mark.pos >= 0 ? static_cast<std::size_t>(mark.pos) : 0;
        // yaml-cpp 0.7 gives a stray ',' (`--- ,`) as one empty document after another, never moving
        // on: a document that starts where the last one started is that character, not a document.
        if (last_ && *last_ == offset) throw NotYaml{offset, "YAML does not allow this character here"};
        last_ = offset;
        if (!starts_document(source_, offset))
            throw NotYaml{offset,
                          "this belongs to no list or map of the document, and no '---' starts another"};
    }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
    void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {}
    void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
    void OnMapEnd() override {}

private:
    const std::string& source_;
    std::optional<std::size_t> last_;
};

}  // namespace

SourceResult read_events(Document& doc, TreeBuilder& builder) {
    const std::string& source = builder.source();
    const auto position_of_mark = [&](const YAML::Mark& mark) {
        if (mark.is_null()) return Position{1, 1};
        // yaml-cpp's scanner may mark a place past the end (it reads its own end-of-stream mark).
        if (mark.pos >= 0) return doc.position_of(std::min(static_cast<std::size_t>(mark.pos), source.size()));
        return Position{mark.line + 1, mark.column + 1};
    };
    SourceResult result;
    // yaml-cpp reads from a stream; the copy is the price of its interface.
    std::istringstream in(source);
    try {
        YAML::Parser parser(in);
        Events events(builder);
        parser.HandleNextDocument(events);
        // Every later document is read too, to refuse what is not YAML in it.
        Ignore ignore(source);
        // A document holds at least one character, so a stream has at most one more than its bytes:
        // beyond that, yaml-cpp is going round without reading.
        for (std::size_t documents = 0; parser.HandleNextDocument(ignore); ++documents) {
            result.more_documents = true;
            if (documents > source.size())
                throw NotYaml{source.size(), "the YAML reader went no further in this text"};
        }
    } catch (const NotYaml& refused) {
        result.error = Document::Error{doc.position_of(refused.offset), syntax_message(refused.why)};
    } catch (const Unclosed& unclosed) {
        result.error = unclosed_quote(doc, unclosed.offset);
    } catch (const Refused& refused) {
        result.error = Document::Error{refused.offset ? doc.position_of(*refused.offset) : Position{1, 1},
                                       refused.message, refused.problem};
    } catch (const YAML::DeepRecursion& e) {
        result.error = Document::Error{position_of_mark(e.mark), "lists and maps are nested too deeply (over " +
                                                                     std::to_string(e.depth()) + " levels)"};
    } catch (const YAML::Exception& e) {
        // A list or map in brackets that the text ends inside is pointed at by its bracket.
        const bool at_end = e.mark.pos >= 0 && static_cast<std::size_t>(e.mark.pos) >= source.size();
        const auto bracket = at_end ? builder.open_bracket() : std::nullopt;
        // Past the end, yaml-cpp's scanner reads its own end-of-stream mark: a file that ends in a
        // backslash inside a double-quoted text is "unknown escape character: \x04" at a column beyond
        // the line. It is the end of the file, and the text is cut short there.
        const bool unknown_escape = e.msg.rfind("unknown escape character", 0) == 0;
        if (unknown_escape && at_end) {
            result.error = Document::Error{doc.position_of(source.size()), syntax_message(YAML::ErrorMsg::EOF_IN_SCALAR)};
        } else if (unknown_escape && e.mark.pos > 0) {
            // yaml-cpp names the escape by its first byte, half a character when it is not ASCII,
            // and marks the place after it: the escape is named whole, at its backslash.
            std::size_t backslash = static_cast<std::size_t>(e.mark.pos);
            while (backslash > 0 && source[backslash] != '\\' && static_cast<std::size_t>(e.mark.pos) - backslash < 5)
                --backslash;
            if (source[backslash] == '\\' && backslash + 1 < source.size()) {
                const std::size_t length = std::max<std::size_t>(1, text::sequence_length(source, backslash + 1));
                bool replaced = false;
                result.error = Document::Error{
                    doc.position_of(backslash),
                    syntax_message("unknown escape character: " +
                                   text::valid_utf8(source.substr(backslash + 1, length), replaced))};
            }
        }
        if (!result.error) {
            const Position where = bracket ? doc.position_of(*bracket) : position_of_mark(e.mark);
            bool replaced = false;
            result.error = Document::Error{where, syntax_message(text::valid_utf8(e.msg, replaced))};
        }
    } catch (const std::exception& e) {
        result.error = Document::Error{Position{1, 1}, syntax_message(e.what())};
    }
    return result;
}

std::string reader_name() {
    return std::string("yaml-cpp ") + IRM_YAML_CPP_VERSION;
}

}  // namespace irm::yaml
