#include <irm/questionnaire.hpp>
#include <irm/expression.hpp>

#include <irm/catalogue.hpp>
#include <irm/text.hpp>

#include <algorithm>
#include <array>
#include <set>

namespace irm {

const std::string& Text::in(std::string_view language) const {
    static const std::string none;
    for (const auto& [lang, text] : translations)
        if (lang == language) return text;
    return translations.empty() ? none : translations.front().second;
}

std::string_view to_string(QuestionType type) {
    switch (type) {
        case QuestionType::Note:
            return "note";
        case QuestionType::Choice:
            return "choice";
        case QuestionType::MultiChoice:
            return "multi_choice";
        case QuestionType::Text:
            return "text";
        case QuestionType::Integer:
            return "integer";
        case QuestionType::Number:
            return "number";
        case QuestionType::Date:
            return "date";
        case QuestionType::Legislation:
            return "legislation";
        case QuestionType::CourtCases:
            return "court_cases";
        case QuestionType::Table:
            return "table";
        case QuestionType::TaNeeds:
            return "ta_needs";
    }
    return "text";
}

std::optional<QuestionType> question_type(std::string_view name) {
    static constexpr std::array<QuestionType, 11> all{
        QuestionType::Note,       QuestionType::Choice, QuestionType::MultiChoice, QuestionType::Text,
        QuestionType::Integer,    QuestionType::Number, QuestionType::Date,        QuestionType::Legislation,
        QuestionType::CourtCases, QuestionType::Table,  QuestionType::TaNeeds};
    for (const QuestionType type : all)
        if (to_string(type) == name) return type;
    return std::nullopt;
}

bool holds_items(QuestionType type) {
    return type == QuestionType::Legislation || type == QuestionType::CourtCases ||
           type == QuestionType::Table || type == QuestionType::TaNeeds;
}

std::string_view to_string(Obligation obligation) {
    switch (obligation) {
        case Obligation::Mandatory:
            return "mandatory";
        case Obligation::Alternative:
            return "alternative";
        case Obligation::Consider:
            return "consider";
        case Obligation::Optional:
            return "optional";
        case Obligation::Savings:
            return "savings";
    }
    return "mandatory";
}

std::optional<Obligation> obligation_level(std::string_view name) {
    static constexpr std::array<Obligation, 5> all{Obligation::Mandatory, Obligation::Alternative,
                                                   Obligation::Consider, Obligation::Optional,
                                                   Obligation::Savings};
    for (const Obligation level : all)
        if (to_string(level) == name) return level;
    return std::nullopt;
}

const std::vector<std::string>& obligation_names() {
    static const std::vector<std::string> names{"mandatory", "alternative", "consider", "optional",
                                                "savings"};
    return names;
}

const Choice* Question::find_choice(std::string_view value) const {
    for (const Choice& choice : choices)
        if (choice.value == value) return &choice;
    return nullptr;
}

const Column* Question::find_column(std::string_view column_id) const {
    for (const Column& column : columns)
        if (column.id == column_id) return &column;
    return nullptr;
}

const Question* Questionnaire::find(std::string_view question_id) const {
    const auto found = by_id_.find(std::string(question_id));
    return found == by_id_.end() ? nullptr : &questions[found->second];
}

bool Questionnaire::has_language(std::string_view language) const {
    return std::find(languages.begin(), languages.end(), language) != languages.end();
}

void Questionnaire::index() {
    by_id_.clear();
    ids_.clear();
    for (std::size_t i = 0; i < questions.size(); ++i) {
        by_id_.emplace(questions[i].id, i);
        ids_.push_back(questions[i].id);
    }
}

bool is_question_id(std::string_view id) {
    static const std::set<std::string_view> reserved{"and", "or", "not", "in", "true", "false", "null"};
    const auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
    const auto digit = [](char c) { return c >= '0' && c <= '9'; };
    if (id.empty() || !lower(id.front())) return false;
    for (const char c : id)
        if (!lower(c) && !digit(c) && c != '_') return false;
    return reserved.count(id) == 0;
}

bool is_requirement(const Question& question) {
    return question.type == QuestionType::Choice && question.find_choice("yes") &&
           question.find_choice("yes_in_part") && question.find_choice("no");
}

namespace {

/// A choice on a provision answered Yes or No: whether the law does it, or a fact the
/// provision asks for (copies of laws furnished to the Secretary-General).
bool is_yes_no_provision(const Question& question) {
    return question.type == QuestionType::Choice && !question.provision.empty() && question.find_choice("yes") &&
           question.find_choice("no");
}

}  // namespace

bool is_provision_question(const Question& question) {
    if (is_requirement(question) || is_yes_no_provision(question)) return true;
    return question.type == QuestionType::Choice && !question.provision.empty() &&
           question.obligation != Obligation::Mandatory;
}

bool binds(const Question& question) {
    return question.obligation == Obligation::Mandatory || question.obligation == Obligation::Alternative;
}

bool is_binding_requirement(const Question& question) {
    return (is_requirement(question) || is_yes_no_provision(question)) && binds(question);
}

std::vector<const Question*> alternative_group(const Questionnaire& questionnaire, const Question& question) {
    std::vector<const Question*> group{&question};
    if (question.obligation != Obligation::Alternative) return group;
    for (const std::string& id : question.alternatives)
        if (const Question* other = questionnaire.find(id);
            other && other != &question && std::find(group.begin(), group.end(), other) == group.end())
            group.push_back(other);
    std::sort(group.begin(), group.end());  // questions are stored in document order
    return group;
}

int requirement_rank(std::string_view value) {
    if (value == "no") return 0;
    if (value == "yes_in_part") return 1;
    if (value == "yes") return 2;
    return -1;
}

namespace {

/// A provision cut into its article and the parts in parentheses after it: "5(1)(a)(i)" is
/// {"5", {"1", "a", "i"}}. Nullopt for a text written otherwise.
struct ProvisionParts {
    std::string article;
    std::vector<std::string> parts;
};

std::optional<ProvisionParts> provision_parts(std::string_view provision) {
    ProvisionParts out;
    std::size_t i = 0;
    while (i < provision.size() && provision[i] >= '0' && provision[i] <= '9')
        out.article += provision[i++];
    if (out.article.empty()) return std::nullopt;
    while (i < provision.size()) {
        if (provision[i] != '(') return std::nullopt;
        const std::size_t close = provision.find(')', i);
        if (close == std::string_view::npos || close == i + 1) return std::nullopt;
        const std::string_view part = provision.substr(i + 1, close - i - 1);
        for (const char c : part)
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z'))) return std::nullopt;
        out.parts.emplace_back(part);
        i = close + 1;
    }
    return out;
}

}  // namespace

std::string provision_in_words(std::string_view provision, std::string_view language) {
    const std::optional<ProvisionParts> parts = provision_parts(provision);
    if (!parts) return std::string(provision);
    // A paragraph is numbered; subparagraphs and their items are letters and roman numerals.
    std::size_t first = 0;
    std::string paragraph;
    if (!parts->parts.empty() && parts->parts[0][0] >= '0' && parts->parts[0][0] <= '9')
        paragraph = parts->parts[first++];
    std::string subdivisions;
    for (std::size_t i = first; i < parts->parts.size(); ++i) {
        if (!subdivisions.empty()) subdivisions += ' ';
        subdivisions += message("words.provision.subdivision"_key, language, {{"part", parts->parts[i]}});
    }
    if (paragraph.empty())
        return subdivisions.empty()
                   ? message("words.provision.article"_key, language, {{"article", parts->article}})
                   : message("words.provision.article-subdivision"_key, language,
                             {{"article", parts->article}, {"subdivision", subdivisions}});
    return subdivisions.empty()
               ? message("words.provision.paragraph"_key, language,
                         {{"article", parts->article}, {"paragraph", paragraph}})
               : message("words.provision.paragraph-subdivision"_key, language,
                         {{"article", parts->article}, {"paragraph", paragraph}, {"subdivision", subdivisions}});
}

std::string short_label(const Question& question, std::string_view language) {
    const std::string& own = question.short_label.in(language);
    if (!own.empty()) return own;
    // A label is a sentence; named in another sentence it loses its full stop.
    std::string label = question.label.in(language);
    while (!label.empty() && (label.back() == '.' || label.back() == ' ' || label.back() == ':'))
        label.pop_back();
    return text::shorten(label, 60);
}

std::string question_in_words(const Question& question, std::string_view language) {
    return question_in_words(question, question.provision, language);
}

std::string effective_provision(const Questionnaire& questionnaire, const Question& question) {
    if (!question.provision.empty()) return question.provision;
    if (question.show_if)
        for (const std::string& name : expr::names(question.show_if->expr))
            if (const Question* named = questionnaire.find(name); named && !named->provision.empty())
                return named->provision;
    return question.section < questionnaire.sections.size() ? questionnaire.sections[question.section].article
                                                            : std::string();
}

std::string question_in_words(const Questionnaire& questionnaire, const Question& question,
                              std::string_view language) {
    return question_in_words(question, effective_provision(questionnaire, question), language);
}

std::string question_in_words(const Question& question, std::string_view provision_written,
                              std::string_view language) {
    const std::string label = short_label(question, language);
    if (provision_written.empty())
        return label.empty() ? message("words.question.id-only"_key, language, {{"id", question.id}})
                             : message("words.question.label"_key, language, {{"label", label}, {"id", question.id}});
    const std::string provision = provision_in_words(provision_written, language);
    return label.empty() ? message("words.question.provision"_key, language,
                                   {{"provision", provision}, {"id", question.id}})
                         : message("words.question.provision-label"_key, language,
                                   {{"provision", provision}, {"label", label}, {"id", question.id}});
}

}  // namespace irm
