// model/: a response (docs/FORMATS.md section 2) once read and checked: its header,
// the state of every answer, its waivers and its findings. The checker that
// fills it is in response_check.hpp; reading a response file of any kind
// (YAML or workbook) is in response_file.hpp.
#pragma once

#include <irm/diagnostic.hpp>
#include <irm/expression.hpp>
#include <irm/questionnaire.hpp>
#include <irm/yaml.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace irm {

/// One cell of a table row, read with its column's type.
struct Cell {
    std::string column;
    expr::Value value;  ///< null when absent or of the wrong shape
};

/// What a response says about one question, once checked.
struct AnswerState {
    const yaml::Node* node = nullptr;     ///< the answer as written; nullptr when the key is absent
    bool answered = false;                ///< present and not empty
    bool well_formed = false;             ///< answered, and no IRM011 or IRM016
    bool applicable = true;               ///< show_if of the question and of its section hold
    bool required = false;                ///< applicable and required (by `true` or by its expression)
    expr::Value value;                    ///< how expressions read it: null when not applicable or malformed
    std::vector<std::vector<Cell>> rows;  ///< table answers, cell by cell
};

/// The waiver of a warning, with where it is written.
struct Waiver {
    std::string question;
    std::string justification;
    Position position;  ///< the waiver's key
};

/// The kind of file a response was read from.
enum class ResponseSource {
    Yaml,      ///< a response file; findings point at lines and columns
    Workbook,  ///< a workbook irm wrote, read back; findings point at cells
};

/// A response file, read and checked.
struct Response {
    std::string file;
    ResponseSource source = ResponseSource::Yaml;
    yaml::Document document;  ///< the YAML text (for a workbook: the response read from it)
    std::optional<std::string> questionnaire_id, version, state, language, status;
    const Questionnaire* questionnaire = nullptr;  ///< null when no usable questionnaire matched
    std::vector<AnswerState> answers;              ///< one per question of the questionnaire
    std::vector<Waiver> waivers;
    std::vector<Diagnostic> findings;     ///< sorted by position
    std::vector<std::string> line_cells;  ///< read from a workbook: each line's cell ("" for none)

    /// Number of findings of a severity.
    int count(Severity severity) const;
    /// The workbook cell a place in `document` came from; empty for a YAML file.
    std::string cell_at(Position position) const;
    /// The state of a question's answer, or nullptr when the question is unknown.
    const AnswerState* answer(std::string_view question_id) const;
};

/// Whether an answer as written is unanswered (docs/FORMATS.md section 2): absent
/// (nullptr), null, an empty string or an empty list.
bool is_unanswered(const yaml::Node* answer);

/// How far a response, or one section of it, has come: answered questions
/// among the applicable ones. Notes never count.
struct Completion {
    int applicable = 0;        ///< questions that apply (show_if of the question and its section hold)
    int answered = 0;          ///< applicable questions that are answered
    int required_missing = 0;  ///< applicable, required and not answered

    /// Counts one question with its answer (nothing for a note or a question that does not apply).
    void add(const Question& question, const AnswerState& answer);
    /// Answered applicable questions as a percentage of the applicable ones, rounded
    /// down to one decimal so that 100 means done; 100 when nothing applies.
    double percent() const;
};

/// The completion of a checked response; all zero when its questionnaire is unknown.
/// An answer with errors still counts as answered.
Completion completion(const Response& response);

}  // namespace irm
