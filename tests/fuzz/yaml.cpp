// Fuzzing the YAML adapter (io/): any bytes, read as every file of irm's formats is
// read. Built once per parser (libfyaml and yaml-cpp), the tree builder being the
// same for both. Holds: an error has a position inside the file and no tree; a tree
// has every node inside the file, at the place its offset names, with UTF-8 text;
// duplicate keys repeat a key of their mapping; and the tree written back by irm's
// YAML writer reads back as the same tree.
#include "fuzz.hpp"

#include <irm/yaml.hpp>
#include <irm/yaml_writer.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_set>

namespace {

using irm::yaml::Node;

/// Most nodes whose position is recomputed from the offset: each costs the length of its line.
constexpr std::size_t checked_positions = 2'000;
/// Most bytes the tree is written back to (aliases are written out in full).
constexpr std::size_t written_limit = 1u << 20;

class Walk {
public:
    Walk(const irm::yaml::Document& doc, const irm::fuzz::Lines& lines) : doc_(doc), lines_(lines) {}

    /// Visits every node once, however many aliases name it; whether every key is a plain text.
    void visit(const Node& node, std::size_t depth) {
        IRM_FUZZ_CHECK(depth <= 1001, "a tree is no deeper than the reader allows");
        if (!seen_.insert(&node).second) return;
        IRM_FUZZ_CHECK(node.offset <= doc_.source().size(), "a node's offset is inside the file");
        IRM_FUZZ_CHECK(lines_.inside(node.position), "a node's position is inside the file");
        if (++positions_ <= checked_positions) {
            const irm::Position at = doc_.position_of(node.offset);
            IRM_FUZZ_CHECK(at.line == node.position.line && at.column == node.position.column,
                           "a node's position is the place of its offset");
        }
        IRM_FUZZ_CHECK(lines_.inside(node.anchor()),
                       "where a finding about a node points is inside the file");
        switch (node.kind) {
            case Node::Kind::Null:
                IRM_FUZZ_CHECK(node.text.empty() && node.items.empty() && node.pairs.empty(),
                               "a null is empty");
                break;
            case Node::Kind::Scalar:
                IRM_FUZZ_CHECK(irm::fuzz::utf8(node.text), "a scalar's text is UTF-8");
                // The file holds no NUL and only an escape makes one: a plain or block text never has one.
                IRM_FUZZ_CHECK(
                    node.style == irm::yaml::Style::Quoted || node.text.find('\0') == std::string::npos,
                    "a text without escapes holds only what the file holds");
                IRM_FUZZ_CHECK(node.items.empty() && node.pairs.empty(), "a scalar has no children");
                break;
            case Node::Kind::Sequence:
                IRM_FUZZ_CHECK(node.pairs.empty() && node.duplicate_keys.empty(),
                               "a sequence has items only");
                for (const Node* item : node.items) {
                    IRM_FUZZ_CHECK(item != nullptr, "a sequence's items are nodes");
                    visit(*item, depth + 1);
                }
                break;
            case Node::Kind::Map:
                IRM_FUZZ_CHECK(node.items.empty(), "a mapping has pairs only");
                for (const irm::yaml::Pair& pair : node.pairs) {
                    IRM_FUZZ_CHECK(pair.key != nullptr && pair.value != nullptr,
                                   "a pair has a key and a value");
                    if (!pair.key->is_scalar()) plain_keys_ = false;
                    if (pair.key->is_scalar())
                        IRM_FUZZ_CHECK(node.find(pair.key->text) != nullptr, "a key is found in its mapping");
                    visit(*pair.key, depth + 1);
                    visit(*pair.value, depth + 1);
                }
                for (const Node* key : node.duplicate_keys) {
                    IRM_FUZZ_CHECK(key->is_scalar() || key->is_null(), "only a text or a null repeats a key");
                    bool earlier = false;
                    for (const irm::yaml::Pair& pair : node.pairs)
                        earlier = earlier || (pair.key->kind == key->kind && pair.key->text == key->text);
                    IRM_FUZZ_CHECK(earlier, "a duplicate key repeats a key of its mapping");
                    visit(*key, depth + 1);
                }
                break;
        }
    }

    bool plain_keys() const { return plain_keys_; }

private:
    const irm::yaml::Document& doc_;
    const irm::fuzz::Lines& lines_;
    std::unordered_set<const Node*> seen_;
    std::size_t positions_ = 0;
    bool plain_keys_ = true;
};

/// Whether two trees hold the same values: the same kinds, texts, items and keys in order.
bool same(const Node* a, const Node* b, std::size_t& budget) {
    if (budget == 0) return true;  // as far as the written text goes, it matched
    --budget;
    const bool a_null = !a || a->is_null();
    const bool b_null = !b || b->is_null();
    if (a_null || b_null) return a_null == b_null;
    if (a->kind != b->kind) return false;
    switch (a->kind) {
        case Node::Kind::Scalar:
            return a->text == b->text;
        case Node::Kind::Sequence:
            if (a->items.size() != b->items.size()) return false;
            for (std::size_t i = 0; i < a->items.size(); ++i)
                if (!same(a->items[i], b->items[i], budget)) return false;
            return true;
        case Node::Kind::Map:
            if (a->pairs.size() != b->pairs.size() || !b->duplicate_keys.empty()) return false;
            for (std::size_t i = 0; i < a->pairs.size(); ++i)
                if (a->pairs[i].key->text != b->pairs[i].key->text ||
                    !same(a->pairs[i].value, b->pairs[i].value, budget))
                    return false;
            return true;
        case Node::Kind::Null:
            break;
    }
    return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string text = irm::fuzz::input(data, size);
    const irm::yaml::Document doc = irm::yaml::Document::parse(text);
    const std::string& source = doc.source();
    const bool bom = text.compare(0, 3, "\xEF\xBB\xBF") == 0;
    IRM_FUZZ_CHECK(source == (bom ? text.substr(3) : text),
                   "the source is the input, without a byte-order mark");
    const irm::fuzz::Lines lines(source);

    if (const auto& error = doc.error()) {
        IRM_FUZZ_CHECK(doc.root() == nullptr, "a file with an error has no tree");
        IRM_FUZZ_CHECK(lines.inside(error->position), "a syntax error is inside the file");
        IRM_FUZZ_CHECK(!error->message.empty() && irm::fuzz::utf8(error->message), "a syntax error says why");
        return 0;
    }
    IRM_FUZZ_CHECK(irm::fuzz::utf8(source), "a file read without error is UTF-8");
    const Node* root = doc.root();
    if (!root) return 0;
    Walk walk(doc, lines);
    walk.visit(*root, 0);

    // Written back as irm writes responses, the tree reads back as it was. Keys that are not plain
    // text (a list, a map or a null as a key) are written as their text, so such trees are skipped.
    if (!walk.plain_keys()) return 0;
    std::string written;
    if (!irm::yaml::write(written, *root, 0, written_limit)) return 0;
    const irm::yaml::Document back = irm::yaml::Document::parse(written);
    if (back.error())
        std::fprintf(stderr, "written back:\n%s\nrefused at %d:%d: %s\n", written.c_str(),
                     back.error()->position.line, back.error()->position.column,
                     back.error()->message.c_str());
    IRM_FUZZ_CHECK(!back.error(), "what the YAML writer writes reads back");
    std::size_t budget = written.size() + 16;
    IRM_FUZZ_CHECK(same(root, back.root(), budget),
                   "what the YAML writer writes reads back as the same tree");
    return 0;
}
