#include <irm/status.hpp>

namespace irm {

double Tally::percent() const {
    if (applicable == 0) return 100.0;
    // Whole tenths, rounded down: 99.96% is not shown as 100%.
    return static_cast<double>(answered * 1000 / applicable) / 10.0;
}

Progress progress(const Response& response) {
    Progress out;
    const Questionnaire* q = response.questionnaire;
    if (!q) return out;
    for (const Section& section : q->sections) {
        SectionProgress sp;
        sp.section = &section;
        for (std::size_t i = section.first; i < section.first + section.count; ++i) {
            const Question& question = q->questions[i];
            const AnswerState& answer = response.answers[i];
            if (question.type == QuestionType::Note || !answer.applicable) continue;
            ++sp.tally.applicable;
            if (answer.answered) ++sp.tally.answered;
            if (answer.required && !answer.answered) {
                ++sp.tally.required_missing;
                out.missing.push_back(&question);
            }
        }
        out.total.applicable += sp.tally.applicable;
        out.total.answered += sp.tally.answered;
        out.total.required_missing += sp.tally.required_missing;
        out.sections.push_back(sp);
    }
    return out;
}

}  // namespace irm
