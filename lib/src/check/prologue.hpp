// What every YAML file of irm's formats (questionnaires, responses, reviewer
// notes) is checked for first, with the findings shared by all of them:
// IRM001, IRM004, IRM005, and the structure code of the format for an empty
// file, a root that is not a mapping, a second document or a wrong `format`.
#pragma once

#include <irm/catalogue.hpp>
#include <irm/diagnostic.hpp>
#include <irm/yaml.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace irm::check {

/// The format a file is read as, for the findings of its prologue.
struct FileKind {
    std::string_view format;          ///< the value of `format`, e.g. "irm-response/1"
    std::string_view structure_code;  ///< the format's code for a bad structure: "IRM002", "IRM101", "IRM040"
    Key noun;                         ///< the file in a sentence: "finding.file.response" ("a response")
    Key keys;  ///< the keys it is a mapping of, for the message: "finding.prologue.keys.response"
    /// Top-level keys whose mappings are keyed by question id: a duplicate key
    /// inside one of them (or inside its values) names that question.
    std::vector<std::string_view> question_maps;
};

/// IRM001: the YAML parser stopped here, said in the reader's words, with a hint for the
/// mistakes people make (a tab, a file saved as Latin-1, a file that is not text).
void syntax_error(Findings& findings, const yaml::Document& doc, std::string_view language = "en");

/// IRM004: a key repeats an earlier one of its mapping (at the second occurrence); with the
/// question, an answer given twice.
void duplicate_key(Findings& findings, const yaml::Node& key, std::string question = {},
                   std::string_view language = "en");

/// IRM005: the file cannot be read at all.
void unreadable(Findings& findings, std::string_view why, std::string_view language = "en");

/// Checks the start of a parsed file, in one order: IRM001 for a syntax error
/// (nothing else is said then); IRM004 for every duplicate key; then, with the
/// kind's structure code, an empty file, a root that is not a mapping, a second
/// document, a missing or wrong `format`. Returns the root mapping when the
/// file is of the kind's format and may be read on, else nullptr.
/// Messages are in `language`.
const yaml::Node* read_prologue(const yaml::Document& doc, const FileKind& kind, Findings& findings,
                                std::string_view language = "en");

}  // namespace irm::check
