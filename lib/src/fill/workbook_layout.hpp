// The layout of the workbooks irm writes, shared by the template writer and
// the importer: the hidden sheet that maps cells to questions, and how a
// place in a workbook is written.
#pragma once

#include <irm/diagnostic.hpp>
#include <irm/questionnaire.hpp>
#include <irm/workbook.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace irm::layout {

/// The hidden sheet that says what the workbook is and which cell holds which answer.
inline constexpr std::string_view map_sheet = "irm";
/// The hidden sheet that holds the labels of the drop-down lists.
inline constexpr std::string_view lists_sheet = "irm_lists";
/// The first cell of the map sheet holds this key, the cell beside it the format.
inline constexpr std::string_view format_key = "format";
inline constexpr std::string_view format = "irm-workbook/1";

/// Rows of the map sheet's header (column A key, column B value). `part` names
/// the authority of a workbook that holds one part of a split response (empty
/// for a whole questionnaire; workbooks written before parts existed leave the
/// row empty).
enum HeaderRow {
    FormatRow,
    QuestionnaireRow,
    VersionRow,
    LanguageRow,
    StateRow,
    StatusRow,
    PartRow,
    HeaderRows
};
inline constexpr const char* header_keys[HeaderRows] = {"format", "questionnaire", "version", "language",
                                                        "state",  "status",        "part"};
/// The row of the map sheet where the question table's header is; questions follow, one per row:
/// id, type, answer place (a cell, or a range for tables and the list sheets), waiver cell.
inline constexpr int questions_header_row = HeaderRows;

/// Columns of the Legislation sheet, of the Court cases sheet and of the Technical assistance sheet.
enum LegislationColumn { LawQuestion, LawTitle, LawProvision, LawYear, LawUrl, LawSherloc, LawColumns };
enum CaseColumn {
    CaseQuestion,
    CaseCourt,
    CaseDate,
    CaseYear,
    CaseReference,
    CaseSummary,
    CaseUrl,
    CaseSherloc,
    CaseColumns
};
enum NeedColumn { NeedQuestion, NeedCategory, NeedDescription, NeedPriority, NeedColumns };

/// The provision a question is about, as the workbook names it: its own; else, for a question that
/// follows from another (a citation asked when article 2(a) is answered Yes), the provision of the
/// first question its condition names that has one; else its section's article ("5").
std::string provision_of(const Question& question, const Questionnaire& questionnaire);

/// A question as the workbook's messages name it: question_in_words with provision_of, "article 2
/// (a) — legislation cited [q2_a_law]".
std::string question_words(const Question& question, const Questionnaire& questionnaire,
                           std::string_view language);

/// The labels a list sheet (Legislation, Court cases, Technical assistance) offers in its first
/// column, one for each of `questions` in order, as a person knows the question: "article 2 (a) —
/// legislation cited" (provision_of in words, and the short label). Where two questions would read
/// the same, each gets its id in brackets.
std::vector<std::string> question_labels(const std::vector<const Question*>& questions,
                                         const Questionnaire& questionnaire, std::string_view language);

/// A provision as a person types it — "2(a)", "2 a)", "2a", "article 2 (a)", "art. 5 para. 1 (a)",
/// "article 5, paragraphe 1 a) i)", "5(1)(a)(i)" — cut into its article and parts, {"5", "1", "a",
/// "i"}; the provisions of questions compare the same way. Nullopt for a text that does not read
/// as a provision (it starts with no article number, or holds other words).
std::optional<std::vector<std::string>> provision_tokens(std::string_view text);

/// A cell or a block of cells of one sheet.
struct Range {
    std::string sheet;
    xlsx::CellRef first, last;  ///< equal for a single cell
};

/// "Answers!E5", "'Technical assistance'!A2:D201".
std::string to_string(const Range& range);
/// The place of one cell: "Answers!E5".
std::string place(std::string_view sheet, xlsx::CellRef cell);
/// Parses what to_string writes; nullopt when it is not a place.
std::optional<Range> parse_range(std::string_view text);

/// Sorts findings as the workbook reads: by sheet in tab order (`sheets`), then
/// row, then column; those with no cell last.
void sort_by_cell(std::vector<Diagnostic>& findings, const std::vector<std::string>& sheets);

}  // namespace irm::layout
