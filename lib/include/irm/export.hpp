// analysis/: exporting responses for the secretariat: an Excel workbook, one XML document
// or one JSON document holding the answers of many States (docs/EXPORT.md).
#pragma once

#include <irm/answers.hpp>
#include <irm/diagnostic.hpp>
#include <irm/questionnaire.hpp>
#include <irm/response.hpp>
#include <irm/result.hpp>

#include <cstddef>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace irm {

/// The formats `irm export` writes.
enum class ExportFormat { Xlsx, Xml, Json };

/// How an answer is carried in an export: one kind per question type, and
/// `Unreadable` for an answer whose shape is wrong (IRM011, IRM016, an answered note).
enum class AnswerShape {
    Choice,
    Selected,
    Text,
    Integer,
    Number,
    Date,
    Legislation,
    CourtCases,
    Table,
    TaNeeds,
    Unreadable
};

/// The name of a shape as the XML element and the JSON member spell it: "choice", "ta_needs", ...
std::string_view element_name(AnswerShape shape);

/// A choice value with its label in the export's language.
struct ExportedChoice {
    std::string value, label;
};

/// One answered question of a submission, typed by its shape.
struct ExportedAnswer {
    const Question* question = nullptr;
    AnswerShape shape = AnswerShape::Text;
    bool applicable = true;               ///< false for an answer to a question that does not apply (IRM015)
    std::vector<ExportedChoice> choices;  ///< Choice (one) and Selected (each value)
    std::string text;                     ///< Text, Integer, Number, Date, and Unreadable (as written)
    std::vector<Citation> citations;      ///< Legislation
    std::vector<CourtCase> cases;         ///< CourtCases
    std::vector<std::vector<std::pair<std::string, std::string>>>
        rows;                   ///< Table: the cells present, column id -> text
    std::vector<TaNeed> needs;  ///< TaNeeds
};

/// What an export holds of one response: its header, its findings and its answered questions.
struct Submission {
    std::string file, state, questionnaire, version;
    std::optional<std::string> language, status;
    int errors = 0, warnings = 0;
    std::vector<Diagnostic> findings;
    std::vector<ExportedAnswer> answers;  ///< answered questions, in questionnaire order
};

/// Extracts a submission from a checked response whose questionnaire is known;
/// choice labels are taken in `language`.
Submission extract_submission(const Response& response, std::string_view language);

/// The language in which an export shows a questionnaire's texts: `wanted`
/// when the questionnaire has it, else its source language.
std::string export_language(const Questionnaire& questionnaire, std::string_view wanted);

/// Options of an export.
struct ExportOptions {
    ExportFormat format = ExportFormat::Xlsx;
    /// Labels and question texts, as `--lang` asks (a questionnaire without it is shown in its source
    /// language, with a note); empty: `words` where a questionnaire has it, else its source language.
    std::string language;
    /// The workbook's own words (sheet names, headings) and the notes; a questionnaire's sheet speaks
    /// the language of its labels.
    std::string words = "en";
};

/// An export in the making. Responses are added one at a time and may be
/// dropped at once: what the output needs is kept in temporary files, so
/// memory does not grow with the number of responses. Responses are grouped
/// by questionnaire id and version, never merged.
class Export {
public:
    explicit Export(ExportOptions options);
    ~Export();
    Export(const Export&) = delete;
    Export& operator=(const Export&) = delete;

    /// Adds a checked response; false when it has no usable questionnaire and cannot be exported.
    /// Throws std::runtime_error when a temporary file cannot be written.
    bool add(const Response& response);

    /// Number of responses added.
    std::size_t size() const;

    /// Writes the export to a file (the only way for xlsx).
    [[nodiscard]] Done write(const std::string& path);

    /// Writes an XML or JSON export to a stream.
    [[nodiscard]] Done write(std::FILE* out);

    /// What the user should know about the output: texts cut to a cell's
    /// limit, questionnaires without the language asked for, and the like.
    const std::vector<std::string>& notes() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace irm
