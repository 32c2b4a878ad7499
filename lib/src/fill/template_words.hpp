// What templates say to people, in English or French (other languages fall
// back to English for these few words; the questionnaire's own texts are
// always in the chosen language), and conditions put into words.
#pragma once

#include <irm/questionnaire.hpp>

#include <functional>
#include <string>
#include <string_view>

namespace irm::words {

/// The fixed words of templates and workbooks in one language.
struct Words {
    const char* applies_when;
    const char* required;
    const char* required_when;
    const char* required_when_applies;
    const char* authority;
    const char* help;
    const char* values;
    const char* note;
    const char* section;
    const char* provision;
    const char* question;
    const char* answer;
    const char* waiver;
    const char* and_;
    const char* or_;
    const char* is;            ///< "{q} is {values}"
    const char* is_not;        ///< "{q} is not {values}"
    const char* answered;      ///< "{q} is answered"
    const char* not_answered;  ///< "{q} is not answered"
    const char* selected;      ///< "{value} is selected for {q}"
    const char* open_quote;
    const char* close_quote;
    const char* row;  ///< "row {n}"
    const char* state_placeholder;
    // Sheets and their headers.
    const char* sheet_instructions;
    const char* sheet_answers;
    const char* sheet_legislation;
    const char* sheet_needs;
    const char* title;
    const char* year;
    const char* url;
    const char* sherloc;
    const char* category;
    const char* description;
    const char* priority;
    const char* high;
    const char* medium;
    const char* low;
    const char* state;
    const char* questionnaire;
    const char* language;
    const char* see_legislation;  ///< answer cell of a legislation question: "{q}"
    const char* see_needs;
    const char* see_table;  ///< "{sheet}"
    const char* several;    ///< multi_choice input message
    const char* choose;     ///< choice input title
    const char* whole_number;
    const char* decimal_number;
    const char* date;
    const char* between;  ///< "{min} … {max}"
    const char* at_least;
    const char* at_most;
    const char* instructions[9];
    // The YAML template's comments.
    const char* yaml_intro[3];
    const char* shape_choice;
    const char* shape_multi_choice;
    const char* shape_text;
    const char* shape_legislation;
    const char* shape_table;
    const char* shape_needs;
    const char* columns;
    const char* categories;
    const char* priorities;
    const char* not_carried;  ///< stderr note for an answer a workbook cannot hold
    const char* colon;        ///< ": ", or " : " in French
};

/// The words of a language (English for languages without their own).
const Words& in(std::string_view language);

/// Replaces "{name}" in a pattern.
std::string subst(std::string pattern, std::string_view name, std::string_view value);

/// A condition put into words when it is simple (comparisons of a choice
/// question with its values, answered(), selected(), joined by and/or);
/// empty when it is not. `name_of` says how to name a question.
std::string condition(const Condition& condition, const Questionnaire& questionnaire,
                      std::string_view language, const std::function<std::string(const Question&)>& name_of);

/// "Required." / "Required when …" / "Required when it applies." — empty when the question is optional.
/// With `expression`, the expression follows the words in brackets.
std::string requirement(const Question& question, const Questionnaire& questionnaire,
                        std::string_view language, const std::function<std::string(const Question&)>& name_of,
                        bool expression);

/// "Applies when …", with the expression in brackets when `expression`; empty for a question that always
/// applies. The section's show_if counts too.
std::string applicability(const Question& question, const Questionnaire& questionnaire,
                          std::string_view language,
                          const std::function<std::string(const Question&)>& name_of, bool expression);

/// The label of a technical-assistance priority.
std::string priority_label(std::string_view priority, std::string_view language);

/// Cuts a text to at most `limit` code points at a word boundary, ending with "…" when cut.
std::string shorten(std::string_view text, std::size_t limit);

}  // namespace irm::words
