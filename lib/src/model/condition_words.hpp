// model/: the conditions of a questionnaire put into words — when a question
// applies, when it is required — in the words of the catalogue. A rule about
// questionnaire expressions: templates and workbooks say it today, findings will.
#pragma once

#include <irm/questionnaire.hpp>

#include <functional>
#include <string>
#include <string_view>

namespace irm {

/// How a sentence names a question: its id in a YAML template, its provision and row in a workbook.
using QuestionName = std::function<std::string(const Question&)>;

/// A condition put into words when it is simple (comparisons of a choice
/// question with its values, answered(), selected(), joined by and/or);
/// empty when it is not.
std::string condition_in_words(const Condition& condition, const Questionnaire& questionnaire,
                               std::string_view language, const QuestionName& name_of);

/// "Required." / "Required when …" / "Required when it applies." — empty when the question is optional.
/// With `expression`, the expression follows the words in brackets.
std::string requirement_in_words(const Question& question, const Questionnaire& questionnaire,
                                 std::string_view language, const QuestionName& name_of, bool expression);

/// "Applies when …", with the expression in brackets when `expression`; empty for a question that always
/// applies. The section's show_if counts too.
std::string applicability_in_words(const Question& question, const Questionnaire& questionnaire,
                                   std::string_view language, const QuestionName& name_of, bool expression);

}  // namespace irm
