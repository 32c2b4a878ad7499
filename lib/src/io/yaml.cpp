// The YAML tree and its builder. The events come from the parser chosen at
// configure time (yaml_libfyaml.cpp or yaml_yamlcpp.cpp); everything else a
// reader of irm's files relies on — positions, quoting, duplicate keys, the
// limits — is here, the same whichever parser reads the text.
#include "io/yaml_builder.hpp"

#include <irm/text.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace irm::yaml {

namespace {

/// Aliases may share nodes; a tree that would expand beyond this many nodes, or
/// hold more text than this once expanded, is refused, so that a small hostile
/// file cannot make every later walk (or a rewrite of the file) explode.
constexpr std::size_t max_expanded_nodes = 4'000'000;
constexpr std::size_t max_expanded_bytes = 256u * 1024u * 1024u;

/// Lists and maps nested deeper than this are refused: no questionnaire,
/// response or notes file needs more, and the walks over the tree are recursive.
constexpr std::size_t max_depth = 1000;

bool is_null_word(std::string_view text) {
    return text == "~" || text == "null" || text == "Null" || text == "NULL";
}


std::size_t line_start(const std::string& s, std::size_t offset) {
    while (offset > 0 && s[offset - 1] != '\n' && s[offset - 1] != '\r')
        --offset;
    return offset;
}

/// The indentation of the block collection a block text at `indicator` belongs to, from the
/// collection's first character: a mapping's first key, or a sequence's first dash (or the item
/// after it). None where it cannot be told from the line, or for a flow collection.
std::optional<std::size_t> collection_indent(const std::string& s, const Node& collection) {
    std::size_t at = collection.offset;
    if (at >= s.size() || s[at] == '[' || s[at] == '{') return std::nullopt;
    if (collection.is_sequence() && s[at] != '-') {
        while (at > 0 && s[at - 1] == ' ')
            --at;
        if (at == 0 || s[at - 1] != '-') return std::nullopt;
        --at;
    }
    const std::size_t start = line_start(s, at);
    if (s.find_first_not_of(" -?", start) < at) return std::nullopt;
    return at - start;
}

/// Whether the block text whose indicator (`|` or `>`) is at `indicator`, in a collection indented
/// by `indent`, has a first line no deeper than that collection. YAML reads such a text as empty
/// and the line as the collection's next entry; libfyaml 0.7.12 reads the line as the text's, so a
/// key of the answers would vanish into the text before it. Both readers refuse the file rather
/// than read it one way or the other. A text with an explicit indentation (`|2`) is left alone.
bool first_line_at_collection_depth(const std::string& s, std::size_t indicator, std::size_t indent) {
    std::size_t at = indicator + 1;
    while (at < s.size() && (s[at] == '+' || s[at] == '-' || (s[at] >= '1' && s[at] <= '9'))) {
        if (s[at] != '+' && s[at] != '-') return false;
        ++at;
    }
    at = s.find('\n', at);
    while (at != std::string::npos && at + 1 < s.size()) {
        const std::size_t start = at + 1;
        const std::size_t first = s.find_first_not_of(' ', start);
        if (first == std::string::npos) return false;
        if (s[first] != '\n' && s[first] != '\r') return first - start == indent;
        at = s.find('\n', first);
    }
    return false;
}

}  // namespace

const Node* Node::find(std::string_view key) const {
    for (const Pair& pair : pairs)
        if (pair.key->kind == Kind::Scalar && pair.key->text == key) return pair.value;
    return nullptr;
}

Position Node::anchor() const {
    const Node* node = this;
    for (;;) {
        if (node->kind == Kind::Sequence && !node->items.empty()) {
            node = node->items.front();
        } else if (node->kind == Kind::Map && !node->pairs.empty()) {
            node = node->pairs.front().key;
        } else {
            return node->position;
        }
    }
}

// ---------------------------------------------------------------- the builder

Node& TreeBuilder::make(Node::Kind kind, std::size_t offset) {
    Node& node = doc_.nodes_.emplace_back();
    node.kind = kind;
    node.offset = std::min(offset, source().size());
    node.position = position_at(node.offset);
    return node;
}

Position TreeBuilder::position_at(std::size_t offset) {
    // Columns are counted on from the last node when it is on the same line, so that
    // a long line (a response written as one line of JSON) costs its length once,
    // not once per node; events come in the order of the text.
    const std::vector<std::size_t>& starts = doc_.line_starts_;
    if (offset < cursor_.offset) {
        // A node that starts before the last one made (the key of a pair in a flow list,
        // reported after its map, which the parser places at the colon): counted back from
        // the last node on its line, from its line's start on an earlier line; the cursor
        // stays where it is.
        if (offset < starts[cursor_.line]) return doc_.position_of(offset);
        const std::size_t back =
            text::code_points(std::string_view(source()).substr(offset, cursor_.offset - offset));
        return Position{static_cast<int>(cursor_.line) + 1, static_cast<int>(cursor_.column - back) + 1};
    }
    std::size_t line = cursor_.line;
    while (line + 1 < starts.size() && starts[line + 1] <= offset)
        ++line;
    std::size_t from = starts[line], column = 0;
    if (line == cursor_.line && cursor_.offset >= from) {
        from = cursor_.offset;
        column = cursor_.column;
    }
    column += text::code_points(std::string_view(source()).substr(from, offset - from));
    cursor_ = Cursor{line, offset, column};
    return Position{static_cast<int>(line) + 1, static_cast<int>(column) + 1};
}

void TreeBuilder::scalar(std::size_t offset, Style style, std::string text, std::string_view anchor) {
    if (style == Style::Block && !stack_.empty()) {
        const std::string& s = source();
        const auto indent = collection_indent(s, *stack_.back().node);
        if (indent && *indent > 0 && offset < s.size() && first_line_at_collection_depth(s, offset, *indent))
            throw Refused{offset, syntax_message("this text has no line of its own: the line after it is no further "
                                                 "indented than the key or dash it belongs to. Indent the text's lines deeper, or "
                                                 "write '' for an empty text"),
                          Document::Problem::TextNotIndented};
    }
    const bool null = style == Style::Plain && is_null_word(text);
    Node& node = make(null ? Node::Kind::Null : Node::Kind::Scalar, offset);
    node.style = style;
    if (!null) node.text = std::move(text);
    const Weight weight{1, node.text.size()};
    count(weight);
    remember(anchor, node, weight);
    attach(node, weight);
}

void TreeBuilder::null(std::size_t offset, std::string_view anchor) {
    Node& node = make(Node::Kind::Null, offset);
    count(Weight{});
    remember(anchor, node, Weight{});
    attach(node, Weight{});
}

void TreeBuilder::empty(std::optional<std::size_t> dash, std::size_t offset, std::string_view anchor) {
    Node& node = make(Node::Kind::Null, dash.value_or(offset));
    if (!stack_.empty() && stack_.back().node->is_map() && stack_.back().key) {
        node.position = stack_.back().key->position;
        node.offset = stack_.back().key->offset;
    }
    count(Weight{});
    remember(anchor, node, Weight{});
    attach(node, Weight{});
}

void TreeBuilder::alias(std::size_t offset, std::string_view anchor) {
    const auto found = anchors_.find(std::string(anchor));
    if (found == anchors_.end())
        throw Refused{offset, "an alias refers to an anchor that is not defined before it, or not complete yet",
                      Document::Problem::UnknownAlias};
    count(found->second.weight);
    attach(*found->second.node, found->second.weight);
}

void TreeBuilder::start(Node::Kind kind, std::size_t offset, std::string_view anchor) {
    if (stack_.size() >= max_depth)
        throw Refused{offset,
                      "lists and maps are nested too deeply (over " + std::to_string(max_depth) + " levels)",
                      Document::Problem::TooDeep};
    count(Weight{});
    Frame frame;
    frame.node = &make(kind, offset);
    frame.anchor = std::string(anchor);
    stack_.push_back(std::move(frame));
}

void TreeBuilder::end() {
    Frame frame = std::move(stack_.back());
    stack_.pop_back();
    remember(frame.anchor, *frame.node, frame.weight);
    attach(*frame.node, frame.weight);
}

std::optional<std::size_t> TreeBuilder::open_bracket() const {
    for (auto frame = stack_.rbegin(); frame != stack_.rend(); ++frame) {
        const std::size_t offset = frame->node->offset;
        if (offset < source().size() && (source()[offset] == '[' || source()[offset] == '{')) return offset;
    }
    return std::nullopt;
}

void TreeBuilder::remember(std::string_view anchor, const Node& node, Weight weight) {
    if (!anchor.empty()) anchors_[std::string(anchor)] = Anchored{&node, weight};
}

void TreeBuilder::count(Weight weight) {
    expanded_.nodes += weight.nodes;
    expanded_.bytes += weight.bytes;
    if (expanded_.nodes > max_expanded_nodes)
        throw Refused{std::nullopt,
                      fmt::format("the file holds too many lists, maps and values once its aliases are "
                                  "expanded (more than {limit})",
                                  fmt::arg("limit", max_expanded_nodes)),
                      Document::Problem::TooLarge};
    if (expanded_.bytes > max_expanded_bytes)
        throw Refused{std::nullopt, fmt::format("aliases expand to more than {limit} MiB of text",
                                                fmt::arg("limit", max_expanded_bytes / (1024 * 1024))),
                      Document::Problem::TooLarge};
}

void TreeBuilder::attach(const Node& node, Weight weight) {
    if (stack_.empty()) {
        if (!root_) root_ = &node;
        return;
    }
    Frame& frame = stack_.back();
    frame.weight.nodes += weight.nodes;
    frame.weight.bytes += weight.bytes;
    if (frame.node->kind == Node::Kind::Sequence) {
        frame.node->items.push_back(&node);
    } else if (!frame.key) {
        frame.key = &node;
        frame.duplicate = !insert_key(frame, node);
    } else {
        if (frame.duplicate)
            frame.node->duplicate_keys.push_back(frame.key);
        else
            frame.node->pairs.push_back(Pair{frame.key, &node});
        frame.key = nullptr;
    }
}

bool TreeBuilder::insert_key(Frame& frame, const Node& key) {
    if (key.kind != Node::Kind::Scalar && key.kind != Node::Kind::Null) return true;
    constexpr std::size_t linear_limit = 16;
    auto& pairs = frame.node->pairs;
    if (pairs.size() < linear_limit) {
        return std::none_of(pairs.begin(), pairs.end(),
                            [&](const Pair& p) { return p.key->kind == key.kind && p.key->text == key.text; });
    }
    if (frame.keys.empty())
        for (const Pair& p : pairs)
            if (p.key->kind == Node::Kind::Scalar || p.key->kind == Node::Kind::Null) frame.keys.insert(p.key->text);
    return frame.keys.insert(key.text).second;
}

bool closed_quote(const std::string& s, std::size_t offset) {
    const char quote = s[offset];
    for (std::size_t i = offset + 1; i < s.size(); ++i) {
        if (quote == '"' && s[i] == '\\') {
            ++i;  // an escape: the next character is never the closing quote
        } else if (s[i] == quote) {
            if (quote == '\'' && i + 1 < s.size() && s[i + 1] == '\'') {
                ++i;  // '' is a quote inside single quotes
                continue;
            }
            return true;
        }
    }
    return false;
}

Document::Error unclosed_quote(const Document& doc, std::size_t offset) {
    return Document::Error{doc.position_of(offset), std::string("a quoted text is not closed: the closing ") +
                                                        doc.source()[offset] + " is missing before the end of the file",
                           Document::Problem::UnclosedQuote};
}

// ---------------------------------------------------------------- the document

namespace {

/// Whether the start of a file looks like no text at all: control bytes other than tab and
/// line breaks, two at least and more than one in twenty of its first 4 KiB (an Office file, a
/// PDF, an image). A single NUL in a text is refused below, at its place.
bool looks_binary(const std::string& source) {
    const std::string_view head = std::string_view(source).substr(0, 4096);
    std::size_t odd = 0;
    for (const char c : head) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r') ++odd;
    }
    return odd >= 2 && odd * 20 > head.size();
}

}  // namespace

Position Document::position_of(std::size_t offset) const {
    const std::string& s = *source_;
    offset = std::min(offset, s.size());
    const auto after = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    const auto line_index = static_cast<std::size_t>(after - line_starts_.begin()) - 1;
    const std::size_t start = line_starts_[line_index];
    const std::size_t column = text::code_points(std::string_view(s).substr(start, offset - start));
    return Position{static_cast<int>(line_index) + 1, static_cast<int>(column) + 1};
}

Document Document::parse(std::string source) {
    // Positions are counted after a byte-order mark; drop it so offsets match.
    if (source.size() >= 3 && source.compare(0, 3, "\xEF\xBB\xBF") == 0) source.erase(0, 3);

    Document doc;
    doc.line_starts_.push_back(0);
    for (std::size_t i = 0; i < source.size(); ++i) {
        // YAML 1.2 breaks lines at \n, \r\n and a lone \r.
        if (source[i] == '\n' || (source[i] == '\r' && (i + 1 == source.size() || source[i + 1] != '\n')))
            doc.line_starts_.push_back(i + 1);
    }
    doc.source_ = std::make_shared<const std::string>(std::move(source));

    // A NUL byte is no YAML character, and libfyaml stops reading at one without an error: the
    // rest of the file would be dropped unseen. Refused for both parsers, as a byte that is not UTF-8 is.
    // A file whose start holds many control bytes is no text at all (an Office file, a PDF, an
    // image): said once, at its start. A NUL in a text is refused at its place.
    const std::size_t nul = doc.source_->find('\0');
    if (looks_binary(*doc.source_)) {
        doc.error_ = Error{Position{1, 1}, "the file is not text", Problem::Binary};
        return doc;
    }
    const auto bad = text::first_invalid_utf8(*doc.source_);
    if (nul != std::string::npos && (!bad || nul < *bad)) {
        doc.error_ = Error{doc.position_of(nul), "the file holds a NUL byte here, which YAML does not allow",
                           Problem::NulByte};
        return doc;
    }
    if (bad) {
        doc.error_ = Error{doc.position_of(*bad), "the file is not valid UTF-8 (bad byte here)", Problem::NotUtf8};
        return doc;
    }
    TreeBuilder builder(doc);
    SourceResult read = read_events(doc, builder);
    if (read.error) {
        doc.error_ = std::move(read.error);
        return doc;
    }
    doc.root_ = builder.root();
    doc.more_documents_ = read.more_documents;
    return doc;
}

}  // namespace irm::yaml
