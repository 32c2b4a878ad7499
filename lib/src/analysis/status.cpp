#include <irm/status.hpp>

namespace irm {

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
            const int missing_before = sp.tally.required_missing;
            sp.tally.add(question, answer);
            if (sp.tally.required_missing > missing_before) out.missing.push_back(&question);
        }
        out.total.applicable += sp.tally.applicable;
        out.total.answered += sp.tally.answered;
        out.total.required_missing += sp.tally.required_missing;
        out.sections.push_back(sp);
    }
    for (const std::string& name : obligation_names()) {
        LevelProgress level;
        level.level = *obligation_level(name);
        bool any = false;
        for (std::size_t i = 0; i < q->questions.size(); ++i) {
            const Question& question = q->questions[i];
            if (!is_provision_question(question) || question.obligation != level.level) continue;
            any = true;
            level.tally.add(question, response.answers[i]);
        }
        if (any) out.levels.push_back(level);
    }
    return out;
}

}  // namespace irm
