// The fixed words of the secretariat's comparison (irm diff) and counts (irm aggregate):
// headings, column names and sentences, in every rendering of them. English, in one
// place, until the project's catalogue of words takes them over.
#pragma once

#include <cstddef>
#include <string>

namespace irm::analysis::words {

// Both
constexpr const char* question = "Question";
constexpr const char* article = "Article";
constexpr const char* in_article = "article";  ///< as in "(article 5)"
constexpr const char* provision = "Provision";
constexpr const char* category = "Category";
constexpr const char* state = "State";
constexpr const char* file = "File";

// The comparison
constexpr const char* moved = "Requirements that moved";
constexpr const char* added = "Answers added";
constexpr const char* removed = "Answers removed";
constexpr const char* changed = "Answers changed";
constexpr const char* needs_added = "Technical-assistance needs added";
constexpr const char* needs_dropped = "Technical-assistance needs dropped";
constexpr const char* dropped_questions = "Questions the new version no longer has";
constexpr const char* no_differences = "No differences.";
constexpr const char* none = "None.";
constexpr const char* no_status = "no status";
constexpr const char* new_question = "new question";
constexpr const char* items_removed = "removed";
constexpr const char* items_added = "added";
constexpr const char* old_side = "old";
constexpr const char* new_side = "new";
constexpr const char* old_row = "Old";
constexpr const char* new_row = "New";
constexpr const char* version = "version";
constexpr const char* version_column = "Version";
constexpr const char* status = "Status";
constexpr const char* direction = "Direction";
constexpr const char* old_answer = "Old answer";
constexpr const char* new_answer = "New answer";
constexpr const char* priority = "Priority";
constexpr const char* description = "Description";

/// The title of a comparison.
inline std::string changes_title(const std::string& who, const std::string& what) {
    return "Changes in the answers of " + who + " to " + what;
}

// The counts
constexpr const char* counts_title = "Answers across States";
constexpr const char* nothing_counted = "No response to count.";
constexpr const char* sheet_of_nothing = "Answers";
constexpr const char* yes = "Yes";
constexpr const char* yes_in_part = "Yes, in part";
constexpr const char* no = "No";
constexpr const char* other_value = "Other value";
constexpr const char* unanswered = "Unanswered";
constexpr const char* not_applicable = "Not applicable";
constexpr const char* by_article = "Requirements by article";
constexpr const char* by_question = "Requirements by question";
constexpr const char* other_questions = "Other choice questions";
constexpr const char* needs = "Technical assistance needed";
constexpr const char* needs_chart = "Technical assistance needed: States asking";
constexpr const char* no_needs = "No need was reported.";
constexpr const char* uncited = "Requirements met with no legislation cited";
constexpr const char* all_cited = "Every requirement answered yes or yes in part cites its legislation.";
constexpr const char* question_text = "Question text";
constexpr const char* answer = "Answer";
constexpr const char* responses = "Responses";
constexpr const char* selected_by = "Selected by";
constexpr const char* needs_column = "Needs";
constexpr const char* states = "States";
constexpr const char* asked_by = "Asked by";

/// "3 responses: Freedonia, Palméria, Ruritania"
inline std::string responses_of(std::size_t n, const std::string& names) {
    return std::to_string(n) + (n == 1 ? " response: " : " responses: ") + names;
}

/// The document's sentence on responses with errors.
inline std::string flagged_sentence(int n) {
    return std::to_string(n) + (n == 1 ? " has" : " have") + " errors and " + (n == 1 ? "is" : "are") +
           " counted as written (see irm validate).";
}

/// The workbook's line on responses with errors.
inline std::string flagged_line(int n) {
    return std::to_string(n) + " with errors, counted as written (see irm validate)";
}

}  // namespace irm::analysis::words
