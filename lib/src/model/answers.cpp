#include <irm/answers.hpp>

#include <irm/catalogue.hpp>
#include <irm/text.hpp>

#include <algorithm>
#include <optional>
#include <utility>

namespace irm {

namespace {

std::string field(const yaml::Node& map, std::string_view key) {
    const yaml::Node* node = map.find(key);
    return node && node->is_scalar() ? node->text : std::string();
}

/// The key of a technical-assistance priority's word.
std::optional<Key> priority_word(std::string_view priority) {
    static const std::pair<std::string_view, Key> words[] = {
        {"high", "priority.high"_key}, {"medium", "priority.medium"_key}, {"low", "priority.low"_key}};
    for (const auto& [id, word] : words)
        if (id == priority) return word;
    return std::nullopt;
}

}  // namespace

std::vector<Citation> citations(const AnswerState& answer) {
    std::vector<Citation> out;
    if (!answer.answered || !answer.node->is_sequence()) return out;
    for (const yaml::Node* item : answer.node->items) {
        if (!item->is_map()) continue;
        out.push_back(Citation{field(*item, "title"), field(*item, "provision"), field(*item, "year"),
                               field(*item, "url"), field(*item, "sherloc")});
    }
    return out;
}

std::string CourtCase::decision_year() const {
    if (!year.empty()) return year;
    return date.size() >= 4 ? date.substr(0, 4) : std::string();
}

std::vector<CourtCase> court_cases(const AnswerState& answer) {
    std::vector<CourtCase> out;
    if (!answer.answered || !answer.node->is_sequence()) return out;
    for (const yaml::Node* item : answer.node->items) {
        if (!item->is_map()) continue;
        out.push_back(CourtCase{field(*item, "court"), field(*item, "date"), field(*item, "year"),
                                field(*item, "reference"), field(*item, "summary"), field(*item, "url"),
                                field(*item, "sherloc")});
    }
    return out;
}

std::string court_case_text(const CourtCase& c) {
    std::string out = c.court;
    if (!c.reference.empty()) out += (out.empty() ? "" : ", ") + c.reference;
    const std::string& when = c.date.empty() ? c.year : c.date;
    if (!when.empty()) out += (out.empty() ? "(" : " (") + when + ")";
    return out;
}

std::vector<TaNeed> ta_needs(const AnswerState& answer) {
    std::vector<TaNeed> out;
    if (!answer.answered || !answer.node->is_sequence()) return out;
    for (const yaml::Node* item : answer.node->items) {
        if (!item->is_map()) continue;
        out.push_back(
            TaNeed{field(*item, "category"), field(*item, "description"), field(*item, "priority")});
    }
    return out;
}

std::vector<std::string> selected_values(const AnswerState& answer) {
    std::vector<std::string> out;
    if (!answer.answered) return out;
    if (answer.node->is_scalar()) {
        out.push_back(answer.node->text);
    } else if (answer.node->is_sequence()) {
        for (const yaml::Node* item : answer.node->items)
            if (item->is_scalar()) out.push_back(item->text);
    }
    return out;
}

std::string choice_label(const std::vector<Choice>& choices, std::string_view value,
                         std::string_view language) {
    for (const Choice& choice : choices)
        if (choice.value == value) return choice.label.in(language);
    return std::string(value);
}

std::vector<std::vector<std::string>> table_cells(const Question& question, const AnswerState& answer) {
    std::vector<std::vector<std::string>> rows;
    if (!answer.answered || !answer.node->is_sequence()) return rows;
    for (const yaml::Node* item : answer.node->items) {
        if (!item->is_map()) continue;
        std::vector<std::string> cells;
        for (const Column& column : question.columns)
            cells.push_back(field(*item, column.id));
        rows.push_back(std::move(cells));
    }
    return rows;
}

std::string scalar_text(const AnswerState& answer) {
    return answer.answered && answer.node->is_scalar() ? answer.node->text : std::string();
}

std::string answer_summary(const Question& question, const AnswerState& answer, std::string_view language) {
    if (!answer.answered) return {};
    switch (question.type) {
        case QuestionType::Choice:
        case QuestionType::MultiChoice: {
            std::string out;
            for (const auto& value : selected_values(answer)) {
                if (!out.empty()) out += "; ";
                out += choice_label(question.choices, value, language);
            }
            return out;
        }
        case QuestionType::Legislation: {
            std::string out;
            for (const Citation& c : citations(answer)) {
                if (!out.empty()) out += "; ";
                out += c.title;
                if (!c.provision.empty()) out += ", " + c.provision;
                if (!c.year.empty()) out += " (" + c.year + ")";
            }
            return out;
        }
        case QuestionType::CourtCases: {
            std::string out;
            for (const CourtCase& c : court_cases(answer))
                out += (out.empty() ? "" : "; ") + court_case_text(c);
            return out;
        }
        case QuestionType::Table: {
            const std::size_t n = table_cells(question, answer).size();
            return message(n == 1 ? "answer.rows.one"_key : "answer.rows.other"_key, language,
                           {{"count", std::to_string(n)}});
        }
        case QuestionType::TaNeeds: {
            std::string out;
            for (const TaNeed& need : ta_needs(answer)) {
                if (!out.empty()) out += "; ";
                out += ta_category_label(need.category, language) + ": " + need.description;
            }
            return out;
        }
        default:
            return scalar_text(answer);
    }
}

std::string ta_category_label(std::string_view category, std::string_view language) {
    static const std::pair<std::string_view, Key> labels[] = {
        {"legislative_assistance", "ta.category.legislative-assistance"_key},
        {"institution_building", "ta.category.institution-building"_key},
        {"policy_making", "ta.category.policy-making"_key},
        {"capacity_building", "ta.category.capacity-building"_key},
        {"data_collection", "ta.category.data-collection"_key},
        {"international_cooperation", "ta.category.international-cooperation"_key},
        {"technology", "ta.category.technology"_key},
        {"other", "ta.category.other"_key},
    };
    for (const auto& [id, label] : labels)
        if (id == category) return message(label, language);
    return std::string(category);
}

std::string ta_priority_word(std::string_view priority, std::string_view language) {
    const std::optional<Key> word = priority_word(priority);
    return word ? message(*word, language) : std::string(priority);
}

std::string ta_priority_label(std::string_view priority, std::string_view language) {
    const std::optional<Key> word = priority_word(priority);
    return word ? text::capitalised(message(*word, language)) : std::string(priority);
}

std::string level_in_words(Obligation level, std::string_view language) {
    switch (level) {
        case Obligation::Mandatory:
            return message("obligation.mandatory"_key, language);
        case Obligation::Alternative:
            return message("obligation.alternative-group"_key, language);
        case Obligation::Consider:
            return message("obligation.consider"_key, language);
        case Obligation::Optional:
            return message("obligation.optional"_key, language);
        case Obligation::Savings:
            return message("obligation.savings"_key, language);
    }
    return {};
}

std::string obligation_in_words(const Question& question, const Questionnaire& questionnaire,
                                std::string_view language) {
    if (!is_provision_question(question)) return {};
    if (question.obligation != Obligation::Alternative) return level_in_words(question.obligation, language);
    std::vector<std::string> others;
    for (const Question* other : alternative_group(questionnaire, question))
        if (other != &question && !other->provision.empty() &&
            std::find(others.begin(), others.end(), other->provision) == others.end())
            others.push_back(other->provision);
    return message("obligation.alternative"_key, language,
                   {{"others", join_in_prose(others, language, "words.or"_key)}});
}

}  // namespace irm
