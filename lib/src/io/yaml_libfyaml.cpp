// The YAML event source on libfyaml (IRM_YAML=libfyaml, the default): its
// event parser feeds the tree builder. libfyaml refuses what is not YAML and
// decodes every escape; irm's tree, positions and limits are the builder's.
#include "io/yaml_builder.hpp"

#include <libfyaml.h>

#include <memory>
#include <string_view>
#include <vector>

namespace irm::yaml {

namespace {

struct ParserDeleter {
    void operator()(fy_parser* parser) const { fy_parser_destroy(parser); }
};
struct DiagDeleter {
    void operator()(fy_diag* diag) const { fy_diag_destroy(diag); }
};
struct EventFree {
    fy_parser* parser;
    void operator()(fy_event* event) const { fy_parser_event_free(parser, event); }
};
using EventPtr = std::unique_ptr<fy_event, EventFree>;

std::optional<std::size_t> offset_of(fy_token* token) {
    if (!token) return std::nullopt;
    const fy_mark* mark = fy_token_start_mark(token);
    if (!mark) return std::nullopt;
    return mark->input_pos;
}

std::size_t end_of(fy_token* token, std::size_t fallback) {
    if (!token) return fallback;
    const fy_mark* mark = fy_token_end_mark(token);
    return mark ? mark->input_pos : fallback;
}

std::string text_of(fy_token* token) {
    if (!token) return {};
    std::size_t length = 0;
    const char* text = fy_token_get_text(token, &length);
    return text ? std::string(text, length) : std::string();
}

/// A single-quoted text as YAML reads it, from its source between the quotes: `''` is a quote, and
/// the lines are folded (a line break between two lines of text is a space, each empty line a line
/// feed; blanks around a line break are dropped). libfyaml 0.7.12 decodes two escaped quotes in a
/// row as three (`'a''''b'` as a'''b), and its copy is then cut to the length it expected, losing
/// the text's end (found by tests/fuzz): such texts are read here instead.
std::string single_quoted(std::string_view body) {
    const auto blank = [](char c) { return c == ' ' || c == '\t'; };
    const auto unescaped = [](std::string_view part, std::string& out) {
        for (std::size_t i = 0; i < part.size(); ++i) {
            out += part[i];
            if (part[i] == '\'' && i + 1 < part.size() && part[i + 1] == '\'') ++i;
        }
    };
    std::vector<std::string_view> lines;
    for (std::size_t start = 0;;) {
        const std::size_t end = body.find_first_of("\r\n", start);
        if (end == std::string_view::npos) {
            lines.push_back(body.substr(start));
            break;
        }
        lines.push_back(body.substr(start, end - start));
        start = end + (body.compare(end, 2, "\r\n") == 0 ? 2 : 1);
    }
    std::string out;
    std::string_view first = lines.front();
    if (lines.size() > 1)
        while (!first.empty() && blank(first.back()))
            first.remove_suffix(1);
    unescaped(first, out);
    std::size_t empty = 0;  // empty lines since the last line of text
    for (std::size_t i = 1; i < lines.size(); ++i) {
        std::string_view line = lines[i];
        const bool last = i + 1 == lines.size();
        while (!line.empty() && blank(line.front()))
            line.remove_prefix(1);
        while (!last && !line.empty() && blank(line.back()))
            line.remove_suffix(1);
        if (line.empty() && !last) {
            ++empty;
            continue;
        }
        out += empty == 0 ? std::string(" ") : std::string(empty, '\n');
        empty = 0;
        unescaped(line, out);
    }
    return out;
}

/// The text of a scalar, read chunk by chunk through libfyaml's iterator. fy_token_get_text sizes
/// its copy by the length libfyaml's scanner estimated, and libfyaml 0.7.12 misjudges it for a block
/// text whose lines are no deeper than an indented key's (`  k: >-` with its lines at two spaces):
/// the copy then ends in bytes never written, or is cut short (found by tests/fuzz). The iterator
/// needs no estimate; where the two lengths differ, the scanner and the formatter disagree on
/// where the text's lines are, and the text is refused rather than read one of the two ways.
std::string scalar_text(fy_token* token, std::size_t offset) {
    std::unique_ptr<fy_token_iter, void (*)(fy_token_iter*)> iter(fy_token_iter_create(token),
                                                                 fy_token_iter_destroy);
    if (!iter) throw Refused{offset, syntax_message("the YAML reader could not read this text")};
    std::string text;
    int error = 0;
    for (const fy_iter_chunk* chunk = fy_token_iter_chunk_next(iter.get(), nullptr, &error); chunk;
         chunk = fy_token_iter_chunk_next(iter.get(), chunk, &error))
        text.append(chunk->str, chunk->len);
    if (error != 0 || text.size() != fy_token_get_text_length(token))
        throw Refused{offset, syntax_message("the lines of this text are not indented more than the key it "
                                             "belongs to, so where it ends cannot be told"),
                      Document::Problem::TextNotIndented};
    return text;
}

Style style_of(fy_token* value, fy_token* tag) {
    // A tag (`!!str 12`) makes a scalar what it says, never a null or a plain word.
    switch (fy_token_scalar_style(value)) {
        case FYSS_LITERAL:
        case FYSS_FOLDED: return Style::Block;
        case FYSS_SINGLE_QUOTED:
        case FYSS_DOUBLE_QUOTED: return Style::Quoted;
        default: return tag ? Style::Quoted : Style::Plain;
    }
}

/// The dash of an empty block-sequence item: the first character after `from`
/// that is not a blank, a line break or a comment.
std::optional<std::size_t> dash_after(const std::string& s, std::size_t from) {
    for (std::size_t i = from; i < s.size(); ++i) {
        const char c = s[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
        if (c == '#') {
            while (i < s.size() && s[i] != '\n' && s[i] != '\r')
                ++i;
            continue;
        }
        if (c == '-') return i;
        return std::nullopt;
    }
    return std::nullopt;
}

/// The first character of a token that libfyaml marks after it: a quoted
/// scalar's opening quote, an alias's `*`.
std::size_t back_to(const std::string& s, std::size_t offset, std::string_view marks) {
    return offset > 0 && marks.find(s[offset - 1]) != std::string_view::npos ? offset - 1 : offset;
}

/// The indicator (`|` or `>`) of a block scalar, the first one after `from`
/// (where the token before it ends) outside a comment; libfyaml marks the text.
std::size_t block_indicator(const std::string& s, std::size_t from, std::size_t text) {
    for (std::size_t i = from; i < text && i < s.size(); ++i) {
        if (s[i] == '#' && (i == 0 || s[i - 1] == ' ' || s[i - 1] == '\t' || s[i - 1] == '\n')) {
            while (i < s.size() && s[i] != '\n')
                ++i;
        } else if (s[i] == '|' || s[i] == '>') {
            return i;
        }
    }
    return text;
}

bool blank_or_break(std::string_view s, std::size_t i) {
    if (i >= s.size()) return true;
    const std::string_view rest = s.substr(i);
    return rest[0] == ' ' || rest[0] == '\t' || rest[0] == '\n' || rest[0] == '\r' ||
           rest.substr(0, 2) == "\xC2\x85" || rest.substr(0, 3) == "\xE2\x80\xA8" ||
           rest.substr(0, 3) == "\xE2\x80\xA9";
}

/// Where libfyaml 0.7 would free one of its records twice: inside an explicit key (`? a:<tab>-`),
/// after a ':', blanks that hold a tab and then a block indicator (`?`, `:`, `|`, `>`, or `-` and a
/// blank). libfyaml refuses that text, since a tab cannot indent a block entry, but on its way out
/// it hands the key it was reading back twice, and crashes when the parser is destroyed (fixed
/// upstream after 0.7.12, Debian's version): such text must never reach it. Found by tests/fuzz.
/// An explicit key lasts, as libfyaml reads it, until a later line starts at or left of its `?`
/// (its value's ':', or the next key). Where this scan cannot tell (a comment, a quoted text, a
/// line indented with a tab), it takes the key to go on: it may refuse a tab before an indicator
/// that libfyaml would have read, never let through one that it would crash on.
std::optional<std::size_t> tab_before_indicator_in_explicit_key(std::string_view s) {
    constexpr std::size_t none = std::string_view::npos;
    std::size_t key_column = none;  // the column of the `?` of the explicit key being read, if any
    std::size_t line_start = 0;
    bool line_begun = false;  // a character other than a blank was seen on this line
    bool tab_indent = false;  // a tab came before it: the column is libfyaml's guess, not counted here
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '\n' || c == '\r') {
            line_start = i + 1;
            line_begun = tab_indent = false;
            continue;
        }
        const std::size_t column = i - line_start;
        const bool blank = c == ' ' || c == '\t';
        const bool first = !line_begun && !blank;
        tab_indent = tab_indent || (!line_begun && c == '\t');
        line_begun = line_begun || !blank;
        // A later line that starts at or left of the `?` with the start of a key ends the explicit key.
        if (first && !tab_indent && key_column != none && column <= key_column && c != ':' && c != '?' &&
            std::string_view("-[{&*!|>%@`#").find(c) == std::string_view::npos)
            key_column = none;
        if (c == '?' && blank_or_break(s, i + 1)) {
            key_column = column;
            continue;
        }
        if (c != ':' || key_column == none) continue;
        std::size_t end = i + 1, tab = none;
        for (; end < s.size() && (s[end] == ' ' || s[end] == '\t'); ++end)
            if (s[end] == '\t' && tab == none) tab = end;
        if (tab != none && end < s.size()) {
            const char next = s[end];
            if (next == '?' || next == ':' || next == '|' || next == '>' ||
                (next == '-' && blank_or_break(s, end + 1)))
                return tab;
        }
        if (first && !tab_indent && column <= key_column) key_column = none;  // the explicit key's value
    }
    return std::nullopt;
}

/// The first error libfyaml collected, at its token when it names one. A quoted
/// text never closed is said as such, at its opening quote; a list or map in
/// brackets that the text ends inside is pointed at by its opening bracket.
Document::Error first_error(fy_diag* diag, const Document& doc, const TreeBuilder& builder) {
    void* iterator = nullptr;
    if (fy_diag_error* error = fy_diag_errors_iterate(diag, &iterator)) {
        Position where{std::max(1, error->line), std::max(1, error->column)};
        if (const auto offset = offset_of(error->fyt)) {
            const std::size_t quote = back_to(doc.source(), *offset, "\"'");
            if (quote < *offset && !closed_quote(doc.source(), quote)) return unclosed_quote(doc, quote);
            const auto bracket = *offset >= doc.source().size() ? builder.open_bracket() : std::nullopt;
            where = doc.position_of(bracket.value_or(*offset));
        }
        return Document::Error{where, syntax_message(error->msg ? error->msg : "")};
    }
    return Document::Error{Position{1, 1}, syntax_message("")};
}

}  // namespace

SourceResult read_events(Document& doc, TreeBuilder& builder) {
    const std::string& source = builder.source();
    SourceResult result;
    if (const auto tab = tab_before_indicator_in_explicit_key(source))
        return {Document::Error{doc.position_of(*tab),
                                syntax_message("cannot use tab for indentation of block entry")},
                false};

    fy_diag_cfg diag_config;
    fy_diag_cfg_default(&diag_config);
    diag_config.fp = nullptr;
    diag_config.output_fn = nullptr;
    diag_config.colorize = false;
    std::unique_ptr<fy_diag, DiagDeleter> diag(fy_diag_create(&diag_config));
    if (!diag) return {Document::Error{Position{1, 1}, syntax_message("the YAML reader could not start")}, false};
    fy_diag_set_collect_errors(diag.get(), true);

    fy_parse_cfg config{};
    // Duplicate keys are the builder's to report (IRM004), not a syntax error.
    config.flags = static_cast<fy_parse_cfg_flags>(FYPCF_QUIET | FYPCF_COLLECT_DIAG | FYPCF_DEFAULT_VERSION_1_2 |
                                                   FYPCF_ALLOW_DUPLICATE_KEYS | FYPCF_JSON_NONE);
    config.diag = diag.get();
    std::unique_ptr<fy_parser, ParserDeleter> parser(fy_parser_create(&config));
    if (!parser || fy_parser_set_string(parser.get(), source.data(), source.size()) != 0)
        return {Document::Error{Position{1, 1}, syntax_message("the YAML reader could not start")}, false};

    int documents = 0;
    std::size_t cursor = 0;  // where the last token read ends
    try {
        while (EventPtr event{fy_parser_parse(parser.get()), EventFree{parser.get()}}) {
            fy_event* e = event.get();
            if (e->type == FYET_DOCUMENT_START) ++documents;
            if (e->type == FYET_DOCUMENT_START && documents > 1) result.more_documents = true;
            if (documents != 1) continue;  // later documents are only checked for syntax
            switch (e->type) {
                case FYET_SCALAR: {
                    fy_token* value = e->scalar.value;
                    const std::string anchor = text_of(e->scalar.anchor);
                    const auto offset = offset_of(value);
                    if (e->scalar.tag && text_of(e->scalar.tag) == null_tag) {
                        builder.null(offset.value_or(cursor), anchor);
                        if (offset) cursor = end_of(value, *offset);
                        break;
                    }
                    if (!offset && e->scalar.tag) {
                        // A tag alone (`!!str`, `!`): an empty text, at the tag.
                        const std::size_t at = offset_of(e->scalar.tag).value_or(cursor);
                        builder.scalar(back_to(source, at, "!"), Style::Quoted, {}, anchor);
                        cursor = end_of(e->scalar.tag, at);
                        break;
                    }
                    if (!offset) {
                        // No token at all: a value written as nothing.
                        builder.empty(builder.in_sequence() ? dash_after(source, cursor) : std::nullopt, cursor,
                                      anchor);
                        break;
                    }
                    const Style style = style_of(value, e->scalar.tag);
                    const std::size_t first = style == Style::Block ? block_indicator(source, cursor, *offset)
                                              : style == Style::Quoted ? back_to(source, *offset, "\"'")
                                                                      : *offset;
                    const std::size_t end = end_of(value, *offset);
                    const bool single = fy_token_scalar_style(value) == FYSS_SINGLE_QUOTED && end >= *offset &&
                                        end < source.size() && source[end] == '\'';
                    builder.scalar(first, style,
                                   single ? single_quoted(std::string_view(source).substr(*offset, end - *offset))
                                          : scalar_text(value, first),
                                   anchor);
                    cursor = end_of(value, *offset);
                    break;
                }
                case FYET_ALIAS: {
                    const std::size_t offset = back_to(source, offset_of(e->alias.anchor).value_or(cursor), "*");
                    builder.alias(offset, text_of(e->alias.anchor));
                    cursor = end_of(e->alias.anchor, offset);
                    break;
                }
                case FYET_SEQUENCE_START:
                case FYET_MAPPING_START: {
                    const bool sequence = e->type == FYET_SEQUENCE_START;
                    fy_token* token = sequence ? e->sequence_start.sequence_start : e->mapping_start.mapping_start;
                    fy_token* anchor = sequence ? e->sequence_start.anchor : e->mapping_start.anchor;
                    const std::size_t offset = offset_of(token).value_or(cursor);
                    builder.start(sequence ? Node::Kind::Sequence : Node::Kind::Map, offset, text_of(anchor));
                    cursor = std::max(cursor, offset);
                    break;
                }
                case FYET_SEQUENCE_END:
                case FYET_MAPPING_END:
                    builder.end();
                    break;
                default:
                    break;
            }
        }
    } catch (const Refused& refused) {
        result.error = Document::Error{refused.offset ? doc.position_of(*refused.offset) : Position{1, 1},
                                       refused.message, refused.problem};
        return result;
    }
    if (fy_parser_get_stream_error(parser.get())) result.error = first_error(diag.get(), doc, builder);
    return result;
}

std::string reader_name() {
    return std::string("libfyaml ") + fy_library_version();
}

}  // namespace irm::yaml
