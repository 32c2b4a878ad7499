// io/: the YAML source adapter: a YAML parser's events turned into a small tree
// that knows the 1-based position and the quoting of every node.
#pragma once

#include <irm/diagnostic.hpp>

#include <cstddef>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace irm::yaml {

/// How a scalar was written; only plain scalars can be null or booleans.
enum class Style { Plain, Quoted, Block };

struct Node;

/// One key and its value in a mapping.
struct Pair {
    const Node* key = nullptr;
    const Node* value = nullptr;
};

/// A YAML node with its position in the source.
struct Node {
    enum class Kind { Null, Scalar, Sequence, Map };

    Kind kind = Kind::Null;
    Style style = Style::Plain;
    Position position;               ///< first character of the node (opening bracket of a flow collection)
    std::size_t offset = 0;          ///< byte offset of that character in the source
    std::string text;                ///< scalar text
    std::vector<const Node*> items;  ///< sequence items
    std::vector<Pair> pairs;         ///< mapping pairs, first occurrence of each key only
    std::vector<const Node*> duplicate_keys;  ///< keys that repeat an earlier key of this mapping

    bool is_null() const { return kind == Kind::Null; }
    bool is_scalar() const { return kind == Kind::Scalar; }
    bool is_sequence() const { return kind == Kind::Sequence; }
    bool is_map() const { return kind == Kind::Map; }

    /// The value of a key in a mapping (scalar keys compared as text), or nullptr.
    const Node* find(std::string_view key) const;

    /// Where a finding about this value points: a scalar's own position, a
    /// collection's first scalar (recursively), an empty collection's bracket.
    Position anchor() const;
};

/// A parsed YAML file: the source, the tree and the first syntax error.
class Document {
public:
    /// Parses UTF-8 text. Invalid UTF-8, syntax errors and aliases that expand
    /// beyond reason are reported by `error()`; the tree is then absent.
    static Document parse(std::string source);

    /// The root node of the first document, or nullptr (empty file or error).
    const Node* root() const { return root_; }

    /// The syntax error (IRM001) if parsing failed: where and why.
    /// What kind of fault stopped the reading, for a message in the reader's words: the
    /// parser's own text (`message`) is English and technical.
    enum class Problem {
        Syntax,          ///< the parser's complaint, in `message`
        Binary,          ///< NUL or control bytes at its start: not a text file
        NulByte,         ///< a NUL byte further on in a text
        NotUtf8,         ///< a byte that is not UTF-8 (a file saved as Latin-1 or Windows-1252)
        UnclosedQuote,   ///< a quoted text that does not close before the end of the file
        TextNotIndented, ///< a block text whose lines are not indented under its key
        TooDeep,         ///< lists and maps nested beyond the limit
        TooLarge,        ///< aliases that expand beyond the limits
        UnknownAlias,    ///< an alias to an anchor not defined before it
    };
    struct Error {
        Position position;
        std::string message;
        Problem problem = Problem::Syntax;
    };
    const std::optional<Error>& error() const { return error_; }

    /// The source text.
    const std::string& source() const { return *source_; }
    /// The shared source text, for renderers that show the offending line; null for a file
    /// that is no text (its lines would be junk on a terminal).
    std::shared_ptr<const std::string> shared_source() const {
        return error_ && error_->problem == Problem::Binary ? nullptr : source_;
    }

    /// The 1-based position of a byte offset (column counted in code points).
    Position position_of(std::size_t offset) const;

    /// Whether a second document follows the first in the same file.
    bool has_more_documents() const { return more_documents_; }

private:
    friend class TreeBuilder;  // io/yaml_builder.hpp
    std::shared_ptr<const std::string> source_;
    std::vector<std::size_t> line_starts_;
    std::deque<Node> nodes_;
    const Node* root_ = nullptr;
    std::optional<Error> error_;
    bool more_documents_ = false;
};

/// The YAML parser irm reads with and its version, e.g. "libfyaml 0.7.12"
/// (chosen when irm is configured: IRM_YAML).
std::string reader_name();

/// Visits every mapping under `node` and calls `report(key)` for each duplicate key.
template <typename Report>
void for_each_duplicate_key(const Node& node, Report&& report) {
    for (const Node* key : node.duplicate_keys)
        report(*key);
    for (const Node* item : node.items)
        for_each_duplicate_key(*item, report);
    for (const Pair& pair : node.pairs) {
        for_each_duplicate_key(*pair.key, report);
        for_each_duplicate_key(*pair.value, report);
    }
}

}  // namespace irm::yaml
