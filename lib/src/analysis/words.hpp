// The fixed words of the secretariat's comparison (irm diff): headings, column names
// and sentences, in every rendering of it. English, in one place, until the
// project's catalogue of words takes them over.
#pragma once

#include <string>

namespace irm::analysis::words {

constexpr const char* question = "Question";
constexpr const char* article = "Article";
constexpr const char* in_article = "article";  ///< as in "(article 5)"
constexpr const char* provision = "Provision";
constexpr const char* category = "Category";
constexpr const char* file = "File";
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

}  // namespace irm::analysis::words
