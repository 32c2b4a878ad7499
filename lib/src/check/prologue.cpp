#include "check/prologue.hpp"

#include <irm/text.hpp>

#include <algorithm>

namespace irm::check {

namespace {

using irm::text::quoted;

using yaml::Node;

void structure(Findings& findings, const FileKind& kind, const std::string& message,
               std::optional<Position> where) {
    findings.add(Severity::Error, std::string(kind.structure_code), message, where);
}

/// IRM004 anywhere under the root; in a mapping keyed by question id it names the question.
void report_duplicates(const Node& root, const FileKind& kind, Findings& findings) {
    const auto anywhere = [&](const Node& node) {
        yaml::for_each_duplicate_key(node, [&](const Node& key) { duplicate_key(findings, key); });
    };
    if (!root.is_map()) {
        anywhere(root);
        return;
    }
    for (const Node* key : root.duplicate_keys)
        duplicate_key(findings, *key);
    for (const yaml::Pair& pair : root.pairs) {
        anywhere(*pair.key);
        const Node& value = *pair.value;
        const bool by_question =
            value.is_map() && std::find(kind.question_maps.begin(), kind.question_maps.end(),
                                        pair.key->text) != kind.question_maps.end();
        if (!by_question) {
            anywhere(value);
            continue;
        }
        for (const Node* key : value.duplicate_keys)
            duplicate_key(findings, *key, key->text);
        for (const yaml::Pair& answer : value.pairs)
            yaml::for_each_duplicate_key(
                *answer.value, [&](const Node& key) { duplicate_key(findings, key, answer.key->text); });
    }
}

}  // namespace

void syntax_error(Findings& findings, const yaml::Document::Error& error) {
    findings.add(Severity::Error, "IRM001", error.message, error.position);
}

void duplicate_key(Findings& findings, const Node& key, std::string question) {
    findings.add(Severity::Error, "IRM004", "duplicate key " + quoted(key.text) + "; the first one is used",
                 key.position, std::move(question));
}

void unreadable(Findings& findings, std::string_view why) {
    findings.add(Severity::Error, "IRM005", "cannot read the file: " + std::string(why), std::nullopt);
}

const Node* read_prologue(const yaml::Document& doc, const FileKind& kind, Findings& findings) {
    if (const auto& error = doc.error()) {
        syntax_error(findings, *error);
        return nullptr;
    }
    const Node* root = doc.root();
    const std::string format_line = "'format: " + std::string(kind.format) + "'";
    if (!root || root->is_null()) {
        structure(findings, kind,
                  "the file is empty; " + std::string(kind.noun) + " starts with " + format_line,
                  std::nullopt);
        return nullptr;
    }
    report_duplicates(*root, kind, findings);
    if (!root->is_map()) {
        structure(findings, kind,
                  std::string(kind.noun) + " must be a mapping of keys such as " + std::string(kind.keys),
                  root->anchor());
        return nullptr;
    }
    if (doc.has_more_documents())
        structure(findings, kind, "the file holds more than one YAML document; only the first is read",
                  std::nullopt);
    const Node* format = root->find("format");
    if (!format) {
        structure(findings, kind, "the file lacks " + format_line, std::nullopt);
        return nullptr;
    }
    if (!format->is_scalar() || format->text != kind.format) {
        structure(findings, kind,
                  "'format' must be " + quoted(kind.format) +
                      (format->is_scalar() ? ", not " + quoted(format->text) : std::string()),
                  format->anchor());
        return nullptr;
    }
    return root;
}

}  // namespace irm::check
