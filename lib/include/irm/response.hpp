// Responses (FORMATS.md section 2): loading one file and checking it against
// its questionnaire.
#pragma once

#include <irm/diagnostic.hpp>
#include <irm/expression.hpp>
#include <irm/questionnaire.hpp>
#include <irm/registry.hpp>
#include <irm/yaml.hpp>

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace irm {

/// One cell of a table row, read with its column's type.
struct Cell {
    std::string column;
    expr::Value value;  ///< null when absent or of the wrong shape
};

/// What a response says about one question, once checked.
struct AnswerState {
    const yaml::Node* node = nullptr;  ///< the answer as written; nullptr when the key is absent
    bool answered = false;             ///< present and not empty
    bool well_formed = false;          ///< answered, and no IRM011 or IRM016
    bool applicable = true;            ///< show_if of the question and of its section hold
    bool required = false;             ///< applicable and required (by `true` or by its expression)
    expr::Value value;                 ///< how expressions read it: null when not applicable or malformed
    std::vector<std::vector<Cell>> rows;  ///< table answers, cell by cell
};

/// The waiver of a warning, with where it is written.
struct Waiver {
    std::string question;
    std::string justification;
    Position position;  ///< the waiver's key
};

/// Options of a check.
struct CheckOptions {
    bool final = false;  ///< check as a final response whatever its status says (`--final`)
};

/// A response file, read and checked.
struct Response {
    std::string file;
    yaml::Document document;
    std::optional<std::string> questionnaire_id, version, state, language, status;
    const Questionnaire* questionnaire = nullptr;  ///< null when no usable questionnaire matched
    std::vector<AnswerState> answers;              ///< one per question of the questionnaire
    std::vector<Waiver> waivers;
    std::vector<Diagnostic> findings;              ///< sorted by position
    std::vector<std::string> line_cells;           ///< read from a workbook: each line's cell ("" for none)

    /// Number of findings of a severity.
    int count(Severity severity) const;
    /// The workbook cell a place in `document` came from; empty for a YAML file.
    std::string cell_at(Position position) const;
    /// The state of a question's answer, or nullptr when the question is unknown.
    const AnswerState* answer(std::string_view question_id) const;
};

/// How far a response has come: answered questions among the applicable ones (notes excluded).
struct Completion {
    int applicable = 0;
    int answered = 0;
    int required_missing = 0;
    /// Answered as a share of applicable, in percent (100 when nothing applies).
    double percent() const { return applicable == 0 ? 100.0 : 100.0 * answered / applicable; }
};

/// The completion of a checked response; all zero when its questionnaire is unknown.
Completion completion(const Response& response);

/// Parses and checks a response held in memory; `file` names it in findings.
Response check_response(std::string bytes, std::string file, const Registry& registry,
                        const CheckOptions& options = {});

/// Reads and checks a response file. A file that cannot be read gives a
/// response whose only finding is IRM005 (see docs/FINDINGS.md).
Response load_response(const std::string& path, const Registry& registry, const CheckOptions& options = {});

/// The file name endings of response files that load_response reads.
const std::vector<std::string>& response_extensions();

}  // namespace irm
