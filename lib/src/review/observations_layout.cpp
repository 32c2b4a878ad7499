#include "review/observations_layout.hpp"

#include <irm/expression.hpp>

#include <algorithm>

namespace irm::drafting {

namespace {

using expr::Value;

/// The response's answers as expressions read them, with one answer replaced:
/// to ask what a question's show_if would say if the requirement were "no".
class Supposing final : public expr::Environment {
public:
    Supposing(const Questionnaire& q, const Response& r, std::string name, Value value)
        : q_(q), r_(r), name_(std::move(name)), value_(std::move(value)) {}

    Value value(std::string_view name) const override {
        if (name == name_) return value_;
        const AnswerState* a = r_.answer(name);
        return a ? a->value : Value::null();
    }
    double count(std::string_view name) const override {
        const Value v = value(name);
        if (v.is_null()) return 0;
        if (v.kind == Value::Kind::List) return static_cast<double>(v.items.size());
        const Question* question = q_.find(name);
        return question && holds_items(question->type) ? v.number : 1;
    }
    double column_sum(std::string_view table, std::string_view column) const override {
        const AnswerState* a = r_.answer(table);
        if (!a || a->value.is_null()) return 0;
        double sum = 0;
        for (const auto& row : a->rows)
            for (const Cell& cell : row)
                if (cell.column == column && cell.value.kind == Value::Kind::Number) sum += cell.value.number;
        return sum;
    }

private:
    const Questionnaire& q_;
    const Response& r_;
    std::string name_;
    Value value_;
};

bool names_it(const std::vector<std::string>& names, const std::string& id) {
    return std::find(names.begin(), names.end(), id) != names.end();
}

bool starts_with(const std::string& s, const std::string& prefix) {
    return s.rfind(prefix, 0) == 0;
}

}  // namespace

bool is_examples_question(const Question& question) {
    // Court cases are cited as examples of implementation whatever the question is called.
    if (question.type == QuestionType::CourtCases) return true;
    const std::string suffix = "_examples";
    return question.type == QuestionType::Text && question.id.size() > suffix.size() &&
           question.id.compare(question.id.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::vector<std::string> condition_names(const Question& question) {
    std::vector<std::string> out;
    for (const auto* condition : {&question.show_if, &question.required_if})
        if (*condition)
            for (const auto& name : expr::names((*condition)->expr))
                if (!names_it(out, name)) out.push_back(name);
    return out;
}

const RequirementBlock* SectionLayout::block_of_requirement(std::size_t index) const {
    for (const RequirementBlock& block : blocks)
        if (block.requirement == index) return &block;
    return nullptr;
}

bool SectionLayout::covered_when_unanswered(std::size_t index) const {
    for (const RequirementBlock& block : blocks)
        if (block.requirement == index || block.legislation == index || block.explanation == index)
            return true;
    for (const TaBlock& block : ta)
        if (block.question == index ||
            std::find(block.gates.begin(), block.gates.end(), index) != block.gates.end())
            return true;
    return false;
}

std::string SectionLayout::provision_of(std::size_t index, const std::string& fallback) const {
    for (const RequirementBlock& block : blocks) {
        const bool member =
            block.requirement == index ||
            std::find(block.before.begin(), block.before.end(), index) != block.before.end() ||
            std::find(block.after.begin(), block.after.end(), index) != block.after.end();
        if (member && questionnaire) return questionnaire->questions[block.requirement].provision;
    }
    return fallback;
}

SectionLayout lay_out(const Questionnaire& q, const Response& r, std::size_t s) {
    const Section& section = q.sections[s];
    SectionLayout layout;
    layout.questionnaire = &q;
    if (section.show_if) {
        layout.conditions = expr::names(section.show_if->expr);
        layout.applicable = expr::holds(section.show_if->expr, Supposing(q, r, {}, Value::null()));
    }
    const std::size_t first = section.first, last = section.first + section.count;

    std::vector<std::size_t> requirements;
    for (std::size_t i = first; i < last; ++i)
        if (is_provision_question(q.questions[i])) requirements.push_back(i);

    // Technical assistance: each ta_needs question and the choice questions that open it.
    std::vector<std::size_t> gates;
    for (std::size_t i = first; i < last; ++i) {
        if (q.questions[i].type != QuestionType::TaNeeds) continue;
        TaBlock block{i, {}};
        for (const auto& name : condition_names(q.questions[i])) {
            const Question* gate = q.find(name);
            if (!gate || gate->section != s || gate->type != QuestionType::Choice ||
                is_provision_question(*gate))
                continue;
            const auto g = static_cast<std::size_t>(gate - q.questions.data());
            block.gates.push_back(g);
            gates.push_back(g);
        }
        layout.ta.push_back(std::move(block));
    }

    for (const std::size_t i : requirements)
        layout.blocks.push_back(RequirementBlock{i, {}, {}, {}, {}});
    auto block_of = [&](std::size_t requirement) -> RequirementBlock& {
        return *std::find_if(layout.blocks.begin(), layout.blocks.end(),
                             [&](const RequirementBlock& b) { return b.requirement == requirement; });
    };

    for (std::size_t i = first; i < last; ++i) {
        const Question& question = q.questions[i];
        if (question.type == QuestionType::Note || question.type == QuestionType::TaNeeds) continue;
        if (is_provision_question(question) || std::find(gates.begin(), gates.end(), i) != gates.end())
            continue;
        // Which requirement it follows from: the one its conditions name; else
        // the one its id extends (q2_b_threshold after q2_b); else the one it is
        // a condition of (q5_3_applies before q5_3).
        const auto names = condition_names(question);
        std::vector<std::size_t> named;
        for (const std::size_t req : requirements)
            if (names_it(names, q.questions[req].id)) named.push_back(req);
        std::optional<std::size_t> owner;
        if (named.size() == 1) {
            owner = named.front();
        } else if (named.size() > 1) {
            // Several requirements named (an alternative's explanation names its group): the
            // one its id extends, else the first.
            owner = named.front();
            std::size_t longest = 0;
            for (const std::size_t req : named) {
                const std::string& id = q.questions[req].id;
                if (starts_with(question.id, id + "_") && id.size() > longest) {
                    owner = req;
                    longest = id.size();
                }
            }
        } else {
            std::size_t longest = 0;
            for (const std::size_t req : requirements) {
                const std::string& id = q.questions[req].id;
                if (starts_with(question.id, id + "_") && id.size() > longest) {
                    owner = req;
                    longest = id.size();
                }
            }
            if (!owner)
                for (const std::size_t req : requirements)
                    if (names_it(condition_names(q.questions[req]), question.id)) {
                        owner = req;
                        break;
                    }
        }
        if (!owner) {
            layout.others.push_back(i);
            continue;
        }
        RequirementBlock& block = block_of(*owner);
        (i < *owner ? block.before : block.after).push_back(i);

        // Its role: the legislation asked for a Yes, or the explanation asked for a No.
        const std::string& req_id = q.questions[*owner].id;
        const auto shown_when = [&](const char* value) {
            return !question.show_if || expr::holds(question.show_if->expr,
                                                    Supposing(q, r, req_id, Value::of(std::string(value))));
        };
        if (question.type == QuestionType::Legislation && !block.legislation && shown_when("yes"))
            block.legislation = i;
        if (question.type == QuestionType::Text && !block.explanation && question.show_if &&
            names_it(names, req_id) && shown_when("no") && !shown_when("yes"))
            block.explanation = i;
    }
    return layout;
}

}  // namespace irm::drafting
