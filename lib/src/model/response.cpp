#include <irm/response.hpp>

#include <algorithm>

namespace irm {

std::string Response::cell_at(Position position) const {
    if (position.line < 1 || static_cast<std::size_t>(position.line) > line_cells.size()) return {};
    return line_cells[static_cast<std::size_t>(position.line - 1)];
}

int Response::count(Severity severity) const {
    return static_cast<int>(std::count_if(findings.begin(), findings.end(),
                                          [&](const Diagnostic& d) { return d.severity == severity; }));
}

const AnswerState* Response::answer(std::string_view question_id) const {
    if (!questionnaire) return nullptr;
    const Question* q = questionnaire->find(question_id);
    return q ? &answers[static_cast<std::size_t>(q - questionnaire->questions.data())] : nullptr;
}

bool is_unanswered(const yaml::Node* answer) {
    return !answer || answer->is_null() || (answer->is_scalar() && answer->text.empty()) ||
           (answer->is_sequence() && answer->items.empty());
}

void Completion::add(const Question& question, const AnswerState& answer) {
    if (question.type == QuestionType::Note || !answer.applicable) return;
    ++applicable;
    if (answer.answered) ++answered;
    if (answer.required && !answer.answered) ++required_missing;
}

double Completion::percent() const {
    if (applicable == 0) return 100.0;
    // Whole tenths, rounded down: 99.96% is not shown as 100%.
    return static_cast<double>(answered * 1000 / applicable) / 10.0;
}

Completion completion(const Response& response) {
    Completion c;
    if (!response.questionnaire) return c;
    for (std::size_t i = 0; i < response.answers.size(); ++i)
        c.add(response.questionnaire->questions[i], response.answers[i]);
    return c;
}

}  // namespace irm
