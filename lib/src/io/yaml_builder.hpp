// How a YAML parser's events become irm's tree: one builder for every event
// source, so that positions, quoting, duplicate keys and the limits on what a
// file may expand to are the same whichever parser reads the text. The source
// is chosen when irm is configured (IRM_YAML): yaml_libfyaml.cpp or
// yaml_yamlcpp.cpp, the only code that knows a parser.
#pragma once

#include <irm/yaml.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace irm::yaml {

/// Why reading stops before the parser does: where (a byte offset, when known) and why.
struct Refused {
    std::optional<std::size_t> offset;
    std::string message;
    Document::Problem problem = Document::Problem::Syntax;
};

/// Builds a Document's tree from the events of its first YAML document.
/// Throws Refused when the input goes beyond a limit.
class TreeBuilder {
public:
    explicit TreeBuilder(Document& doc) : doc_(doc) {}

    /// A scalar whose first character is at `offset`. A plain `~`, `null`, `Null`
    /// or `NULL` reads as null.
    void scalar(std::size_t offset, Style style, std::string text, std::string_view anchor);
    /// A null written out: a null word, or a value tagged !!null.
    void null(std::size_t offset, std::string_view anchor);
    /// A value written as nothing at all. It has no character of its own, so it
    /// points at its key, or at `dash`, the dash of its sequence item when the
    /// source found it, else at `offset`.
    void empty(std::optional<std::size_t> dash, std::size_t offset, std::string_view anchor);
    /// An alias of an anchored node that is complete.
    void alias(std::size_t offset, std::string_view anchor);
    /// The start of a sequence or mapping at `offset` (its first item's first
    /// character, or its opening bracket).
    void start(Node::Kind kind, std::size_t offset, std::string_view anchor);
    /// The end of the innermost open sequence or mapping.
    void end();

    /// Whether the node being read is an item of a sequence.
    bool in_sequence() const { return !stack_.empty() && stack_.back().node->is_sequence(); }
    /// The opening bracket of the innermost flow collection still open, if any:
    /// where to point when the text ends before it is closed.
    std::optional<std::size_t> open_bracket() const;
    /// The root of the tree, once the document is read.
    const Node* root() const { return root_; }
    /// The source text.
    const std::string& source() const { return *doc_.source_; }

private:
    /// What a node weighs once its aliases are expanded.
    struct Weight {
        std::size_t nodes = 1;
        std::size_t bytes = 0;
    };
    struct Frame {
        Node* node = nullptr;
        std::string anchor;
        Weight weight;
        const Node* key = nullptr;                  ///< a mapping's key waiting for its value
        bool duplicate = false;                     ///< that key repeats an earlier one
        std::unordered_set<std::string_view> keys;  ///< used once a mapping grows large
    };
    struct Anchored {
        const Node* node = nullptr;
        Weight weight;
    };

    /// The place of the last node made, from which the next one's column is counted.
    struct Cursor {
        std::size_t line = 0, offset = 0, column = 0;
    };

    Node& make(Node::Kind kind, std::size_t offset);
    Position position_at(std::size_t offset);
    void remember(std::string_view anchor, const Node& node, Weight weight);
    /// Counts what a node made, or an alias, adds to the tree once expanded: each
    /// node and each byte once, whatever the depth; throws Refused beyond a limit.
    void count(Weight weight);
    /// Puts a node (made, or aliased) under the open collection, or at the root.
    void attach(const Node& node, Weight weight);
    static bool insert_key(Frame& frame, const Node& key);

    Document& doc_;
    std::vector<Frame> stack_;
    std::unordered_map<std::string, Anchored> anchors_;
    const Node* root_ = nullptr;
    Weight expanded_{0, 0};
    Cursor cursor_;
};

/// What a source reports once the stream is read.
struct SourceResult {
    std::optional<Document::Error> error;  ///< the first syntax error (IRM001), if any
    bool more_documents = false;           ///< a second document follows the first
};

/// Feeds the first document of `doc`'s source to the builder, and reads the
/// rest of the stream only to refuse what is not YAML. Defined by the source
/// chosen at configure time; never throws.
SourceResult read_events(Document& doc, TreeBuilder& builder);

/// The tag a YAML parser resolves `!!null` to: such a value is null whatever its text.
inline constexpr std::string_view null_tag = "tag:yaml.org,2002:null";

/// Whether the quoted scalar that opens at `offset` (a ' or ") closes before
/// the end of the text.
bool closed_quote(const std::string& source, std::size_t offset);

/// Why a file whose quoted text opened at `offset` is refused.
Document::Error unclosed_quote(const Document& doc, std::size_t offset);

/// The message of a syntax error, from the parser's own words.
inline std::string syntax_message(std::string_view what) {
    if (what.empty()) return "YAML syntax error";
    return "YAML syntax error: " + std::string(what);
}

}  // namespace irm::yaml
