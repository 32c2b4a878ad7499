#include <irm/text.hpp>
#include <irm/yaml.hpp>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

namespace irm::yaml {

namespace {

/// Aliases may share nodes; a tree that would expand beyond this many nodes
/// is refused so that a small hostile file cannot make every later walk explode.
constexpr std::size_t max_expanded_nodes = 4'000'000;

/// Thrown inside the event handler to stop parsing; caught in Document::parse.
struct Refused {
    YAML::Mark mark;
    std::string message;
};

bool is_break(char c) {
    return c == '\n' || c == '\r';
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

/// Builds the tree from yaml-cpp's events.
class TreeBuilder final : public YAML::EventHandler {
public:
    explicit TreeBuilder(Document& doc) : doc_(doc) {}

    const Node* root() const { return root_; }

    void OnDocumentStart(const YAML::Mark&) override {}
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        Node& node = make(Node::Kind::Null, mark);
        // An empty value has no character of its own: yaml-cpp marks the next
        // token, so point at the key it belongs to, or at the dash of its item.
        if (!explicit_null_at(node.offset) && !stack_.empty()) {
            const Frame& frame = stack_.back();
            if (frame.node->is_map() && frame.key) {
                node.position = frame.key->position;
                node.offset = frame.key->offset;
            } else if (frame.node->is_sequence()) {
                if (const auto dash = dash_before(node.offset)) {
                    node.offset = *dash;
                    node.position = doc_.position_of(*dash);
                }
            }
        }
        remember(anchor, node);
        attach(node, 1);
    }

    void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        const auto found = anchors_.find(anchor);
        if (found == anchors_.end())
            throw Refused{mark, "an alias refers to a node that is not complete yet"};
        attach(*found->second.node, found->second.weight);
    }

    void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  const std::string& value) override {
        Node& node = make(Node::Kind::Scalar, mark);
        node.text = value;
        if (tag != "?") {
            const char first = node.offset < source().size() ? source()[node.offset] : ' ';
            node.style = (first == '|' || first == '>') ? Style::Block : Style::Quoted;
            if ((first == '"' || first == '\'') && !closed_quote(node.offset))
                throw Refused{mark, std::string("a quoted text is not closed: the closing ") + first +
                                        " is missing before the end of the file"};
        }
        remember(anchor, node);
        attach(node, 1);
    }

    void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override {
        open(Node::Kind::Sequence, mark, anchor);
    }
    void OnSequenceEnd() override { close(); }

    void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override {
        open(Node::Kind::Map, mark, anchor);
    }
    void OnMapEnd() override { close(); }

private:
    struct Frame {
        Node* node = nullptr;
        YAML::anchor_t anchor = 0;
        std::size_t weight = 1;
        const Node* key = nullptr;                  ///< a mapping's key waiting for its value
        bool duplicate = false;                     ///< that key repeats an earlier one
        std::unordered_set<std::string_view> keys;  ///< used once a mapping grows large
    };
    struct Anchored {
        const Node* node = nullptr;
        std::size_t weight = 1;
    };

    const std::string& source() const { return *doc_.source_; }

    /// Whether the quoted scalar that opens at `offset` closes before the end of
    /// the file. yaml-cpp takes a double-quoted one left open at the very end as
    /// if it were closed, which would read a truncated file as complete.
    bool closed_quote(std::size_t offset) const {
        const std::string& s = source();
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

    /// Skips an anchor (`&a`) or tag (`!t`) written before a node's content.
    std::size_t content_offset(std::size_t offset) const {
        const std::string& s = source();
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
        const std::string& s = source();
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
        const std::string& s = source();
        std::size_t i = std::min(offset, s.size());
        while (i > 0 && (s[i - 1] == ' ' || s[i - 1] == '\t' || is_break(s[i - 1])))
            --i;
        if (i > 0 && s[i - 1] == '-') return i - 1;
        return std::nullopt;
    }

    Node& make(Node::Kind kind, const YAML::Mark& mark) {
        Node& node = doc_.nodes_.emplace_back();
        node.kind = kind;
        const std::size_t raw = mark.pos >= 0 ? static_cast<std::size_t>(mark.pos) : 0;
        node.offset = std::min(content_offset(raw), source().size());
        node.position = doc_.position_of(node.offset);
        return node;
    }

    void remember(YAML::anchor_t anchor, const Node& node, std::size_t weight = 1) {
        if (anchor != 0) anchors_[anchor] = Anchored{&node, weight};
    }

    void open(Node::Kind kind, const YAML::Mark& mark, YAML::anchor_t anchor) {
        Node& node = make(kind, mark);
        Frame frame;
        frame.node = &node;
        frame.anchor = anchor;
        stack_.push_back(std::move(frame));
    }

    void close() {
        Frame frame = std::move(stack_.back());
        stack_.pop_back();
        remember(frame.anchor, *frame.node, frame.weight);
        attach(*frame.node, frame.weight);
    }

    /// Adds a finished node to the collection being built (or makes it the root).
    void attach(const Node& node, std::size_t weight) {
        expanded_ += weight;
        if (expanded_ > max_expanded_nodes)
            throw Refused{YAML::Mark::null_mark(), "aliases expand to too many nodes"};
        if (stack_.empty()) {
            root_ = &node;
            return;
        }
        Frame& frame = stack_.back();
        frame.weight += weight;
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

    /// Records a key of the mapping being built; false when it repeats an earlier one.
    static bool insert_key(Frame& frame, const Node& key) {
        if (key.kind != Node::Kind::Scalar && key.kind != Node::Kind::Null) return true;
        constexpr std::size_t linear_limit = 16;
        auto& pairs = frame.node->pairs;
        if (pairs.size() < linear_limit) {
            return std::none_of(pairs.begin(), pairs.end(), [&](const Pair& p) {
                return p.key->kind == key.kind && p.key->text == key.text;
            });
        }
        if (frame.keys.empty())
            for (const Pair& p : pairs)
                if (p.key->kind == Node::Kind::Scalar || p.key->kind == Node::Kind::Null)
                    frame.keys.insert(p.key->text);
        return frame.keys.insert(key.text).second;
    }

    Document& doc_;
    std::vector<Frame> stack_;
    std::unordered_map<YAML::anchor_t, Anchored> anchors_;
    const Node* root_ = nullptr;
    std::size_t expanded_ = 0;
};

namespace {

/// Swallows the events of documents after the first.
class Ignore final : public YAML::EventHandler {
public:
    void OnDocumentStart(const YAML::Mark&) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
    void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {}
    void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                         YAML::EmitterStyle::value) override {}
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                    YAML::EmitterStyle::value) override {}
    void OnMapEnd() override {}
};

/// yaml-cpp's messages start lowercase and carry no position; keep them short.
std::string describe(const std::string& message) {
    if (message.empty()) return "YAML syntax error";
    return "YAML syntax error: " + message;
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
    // yaml-cpp counts positions after a byte-order mark; drop it so offsets match.
    if (source.size() >= 3 && source.compare(0, 3, "\xEF\xBB\xBF") == 0) source.erase(0, 3);

    Document doc;
    doc.line_starts_.push_back(0);
    for (std::size_t i = 0; i < source.size(); ++i) {
        // yaml-cpp, like YAML 1.2, breaks lines at \n, \r\n and a lone \r.
        if (source[i] == '\n' || (source[i] == '\r' && (i + 1 == source.size() || source[i + 1] != '\n')))
            doc.line_starts_.push_back(i + 1);
    }
    doc.source_ = std::make_shared<const std::string>(std::move(source));

    if (const auto bad = text::first_invalid_utf8(*doc.source_)) {
        doc.error_ = Error{doc.position_of(*bad), "the file is not valid UTF-8 (bad byte here)"};
        return doc;
    }

    const auto position_of_mark = [&](const YAML::Mark& mark) {
        if (mark.is_null()) return Position{1, 1};
        if (mark.pos >= 0 && static_cast<std::size_t>(mark.pos) <= doc.source_->size())
            return doc.position_of(static_cast<std::size_t>(mark.pos));
        return Position{mark.line + 1, mark.column + 1};
    };

    // yaml-cpp reads from a stream; the copy is the price of its interface.
    std::istringstream in(*doc.source_);
    try {
        YAML::Parser parser(in);
        TreeBuilder builder(doc);
        parser.HandleNextDocument(builder);
        doc.root_ = builder.root();
        Ignore ignore;
        doc.more_documents_ = parser.HandleNextDocument(ignore);
    } catch (const Refused& refused) {
        doc.root_ = nullptr;
        doc.error_ = Error{position_of_mark(refused.mark), refused.message};
    } catch (const YAML::DeepRecursion& e) {
        doc.root_ = nullptr;
        doc.error_ = Error{position_of_mark(e.mark), "lists and maps are nested too deeply (over " +
                                                         std::to_string(e.depth()) + " levels)"};
    } catch (const YAML::Exception& e) {
        doc.root_ = nullptr;
        doc.error_ = Error{position_of_mark(e.mark), describe(e.msg)};
    } catch (const std::exception& e) {
        doc.root_ = nullptr;
        doc.error_ = Error{Position{1, 1}, describe(e.what())};
    }
    return doc;
}

}  // namespace irm::yaml
