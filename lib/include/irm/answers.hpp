// model/: typed views of checked answers, for the commands that show, export or
// compare them: citations, court cases, needs, table cells and choice labels.
#pragma once

#include <irm/questionnaire.hpp>
#include <irm/response.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace irm {

/// A legislation citation as written (fields empty when absent).
struct Citation {
    std::string title, provision, year, url, sherloc;
};

/// A court case as written (fields empty when absent; docs/COURT_CASES.md): the court, when
/// it decided (a date, a year, or both), its reference, what it decided, links to the decision.
struct CourtCase {
    std::string court, date, year, reference, summary, url, sherloc;

    /// The year of the decision: `year` when given, else the year of `date`.
    std::string decision_year() const;
};

/// A technical-assistance need as written.
struct TaNeed {
    std::string category, description, priority;
};

/// The citations of a legislation answer, skipping items that are not maps.
std::vector<Citation> citations(const AnswerState& answer);

/// The cases of a court_cases answer, skipping items that are not maps.
std::vector<CourtCase> court_cases(const AnswerState& answer);

/// A court case named in a line: "Court of Appeal, No. 12/2021 (2021-03-15)", the date
/// when there is one, else the year; the summary is left out.
std::string court_case_text(const CourtCase& court_case);

/// The needs of a ta_needs answer, skipping items that are not maps.
std::vector<TaNeed> ta_needs(const AnswerState& answer);

/// The values of a choice (one) or multi_choice (each selected) answer, as written.
std::vector<std::string> selected_values(const AnswerState& answer);

/// The label of a choice value in a language, or the value itself when it is not a choice.
std::string choice_label(const std::vector<Choice>& choices, std::string_view value,
                         std::string_view language);

/// The cells of a table answer as text, one row per item and one cell per
/// column of the question (empty when absent).
std::vector<std::vector<std::string>> table_cells(const Question& question, const AnswerState& answer);

/// A scalar answer as written (text, number, date or choice value); empty otherwise.
std::string scalar_text(const AnswerState& answer);

/// A one-line rendering of any answer for people: choice labels in
/// `language`, citations by title and provision, court cases by court, reference
/// and date, counts of rows and needs.
std::string answer_summary(const Question& question, const AnswerState& answer, std::string_view language);

/// The label of a technical-assistance category in a language; the category itself when it is not one.
std::string ta_category_label(std::string_view category, std::string_view language);

/// A technical-assistance priority (high, medium, low) as a sentence says it in a language:
/// "élevée" in "priorité : élevée"; the priority itself when it is not one.
std::string ta_priority_word(std::string_view priority, std::string_view language);

/// The same word as the label of a list or drop-down starts, with a capital: "Élevée".
std::string ta_priority_label(std::string_view priority, std::string_view language);

/// A level in words: "Mandatory", "Shall consider", …; for `alternative`, a group as a whole
/// ("Alternatives (one suffices)").
std::string level_in_words(Obligation level, std::string_view language);

/// How binding the provision a question asks about is, in words: "Mandatory", "Shall consider",
/// "Optional", "Savings clause", "Either this or article 5(1)(a)(ii)". Empty for a question that
/// asks no such thing (see is_provision_question).
std::string obligation_in_words(const Question& question, const Questionnaire& questionnaire,
                                std::string_view language);

}  // namespace irm
