#include <irm/questionnaire_loader.hpp>
#include <irm/text.hpp>
#include <irm/values.hpp>

#include "check/expression_position.hpp"
#include "check/prologue.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <functional>
#include <set>

namespace irm {

// ---------------------------------------------------------------------------
// The loader

namespace {

using text::join;
using text::quoted;

using yaml::Node;

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
bool is_lower(char c) {
    return c >= 'a' && c <= 'z';
}

const std::vector<std::string>& known_languages() {
    static const std::vector<std::string> codes{"en", "fr", "es", "ar", "ru", "zh"};
    return codes;
}

const std::vector<std::string>& known_instruments() {
    static const std::vector<std::string> names{"UNTOC", "TIP", "SOM", "FIR"};
    return names;
}

bool contains(const std::vector<std::string>& list, std::string_view value) {
    return std::find(list.begin(), list.end(), value) != list.end();
}

/// Which keys a question of each type may have, beyond the common ones.
const std::vector<std::string>& own_keys(QuestionType type) {
    static const std::vector<std::string> none, choice{"choices"},
        multi{"choices", "min_selected", "max_selected"}, text{"min_length", "max_length"},
        bounds{"min", "max"}, legislation{"min_items", "max_items"}, table{"columns",
                                                                           "min_rows",
                                                                           "max_rows",
                                                                           "row_constraint",
                                                                           "row_constraint_message",
                                                                           "row_constraint_severity"};
    switch (type) {
        case QuestionType::Choice:
            return choice;
        case QuestionType::MultiChoice:
            return multi;
        case QuestionType::Text:
            return text;
        case QuestionType::Integer:
        case QuestionType::Number:
        case QuestionType::Date:
            return bounds;
        case QuestionType::Legislation:
        case QuestionType::CourtCases:
            return legislation;
        case QuestionType::Table:
            return table;
        case QuestionType::Note:
        case QuestionType::TaNeeds:
            return none;
    }
    return none;
}

/// A question's `obligation` and `alternatives` as written, for the checks across questions.
struct PendingObligation {
    std::size_t index;         ///< question index
    const Node* level;         ///< `obligation`, or nullptr
    const Node* alternatives;  ///< `alternatives`, or nullptr
};

/// An expression waiting for the static checks, which need every question first.
struct PendingCheck {
    enum class Where { Section, ShowIf, Required, Constraint, RowConstraint };
    Where where;
    std::size_t index;  ///< section or question index
    const Node* node;
};

class Loader {
public:
    Loader(const yaml::Document& doc, const std::string& file) : doc_(doc), findings_(file) {}

    LoadedQuestionnaire run() {
        static const check::FileKind questionnaire_kind{
            "irm-questionnaire/1", "IRM101", "a questionnaire", "'format', 'id' and 'sections'", {}};
        LoadedQuestionnaire result;
        // The format as written, even a wrong one: directories skip files of other formats.
        if (const Node* root = doc_.root(); root && root->is_map())
            if (const Node* format = root->find("format"); format && format->is_scalar())
                result.format = format->text;
        if (const Node* root = check::read_prologue(doc_, questionnaire_kind, findings_)) load(*root);
        result.findings = findings_.take_sorted();
        const bool has_errors =
            std::any_of(result.findings.begin(), result.findings.end(),
                        [](const Diagnostic& d) { return d.severity == Severity::Error; });
        if (!has_errors) {
            q_.file = findings_.file();
            result.questionnaire = std::make_shared<const Questionnaire>(std::move(q_));
        }
        return result;
    }

private:
    // -- findings, one factory per code -------------------------------------

    void structure(const std::string& message, std::optional<Position> where) {
        findings_.add(Severity::Error, "IRM101", message, where);
    }
    void duplicate_id(const std::string& what, const Node& node) {
        findings_.add(Severity::Error, "IRM102", "duplicate " + what + " " + quoted(node.text),
                      node.position);
    }
    void missing_translation(const Node& text, const std::vector<std::string>& missing) {
        findings_.add(Severity::Warning, "IRM105", "text lacks a translation into " + join(missing),
                      text.anchor());
    }
    void unknown_choice_list(const Node& name) {
        std::vector<std::string> names;
        for (const auto& list : q_.choice_lists)
            names.push_back(list.first);
        findings_.add(Severity::Error, "IRM106",
                      "unknown choice list " + quoted(name.text) + text::did_you_mean(name.text, names),
                      name.position);
    }
    void cycle(const std::vector<std::string>& members, Position where) {
        std::string path = join(members, " -> ");
        path += " -> " + members.front();
        findings_.add(Severity::Error, "IRM107",
                      "questions depend on each other through show_if/required: " + path, where,
                      members.front());
    }

    // -- generic readers ------------------------------------------------------

    /// Checks a mapping's keys against the allowed ones and the required ones.
    bool check_keys(const Node& map, const std::vector<std::string>& allowed,
                    const std::vector<std::string>& required, const std::string& what,
                    bool top_level = false) {
        for (const auto& pair : map.pairs) {
            const std::string& key = pair.key->text;
            if (!pair.key->is_scalar() || !contains(allowed, key))
                structure("unknown key " + quoted(key) + " in " + what + text::did_you_mean(key, allowed),
                          pair.key->position);
        }
        bool complete = true;
        for (const auto& key : required) {
            if (!map.find(key)) {
                structure(what + " lacks the required key " + quoted(key),
                          top_level ? std::nullopt : std::optional(map.anchor()));
                complete = false;
            }
        }
        return complete;
    }

    /// A scalar's text; a finding when the node is not a scalar.
    std::optional<std::string> scalar(const Node* node, const std::string& what) {
        if (!node) return std::nullopt;
        if (!node->is_scalar()) {
            structure(what + " must be a single value", node->anchor());
            return std::nullopt;
        }
        return node->text;
    }

    Text read_text(const Node* node, const std::string& what) {
        Text text;
        if (!node) return text;
        if (!node->is_map()) {
            structure(what + " must be a map from language code to text, e.g. {en: ..., fr: ...}",
                      node->anchor());
            return text;
        }
        for (const auto& pair : node->pairs) {
            const std::string& lang = pair.key->text;
            if (!q_.languages.empty() && !contains(q_.languages, lang)) {
                structure("language " + quoted(lang) + " of " + what +
                              " is not one of the questionnaire's languages (" + join(q_.languages) + ")",
                          pair.key->position);
                continue;
            }
            if (!pair.value->is_scalar()) {
                structure("the " + lang + " text of " + what + " must be a string", pair.value->anchor());
                continue;
            }
            text.translations.emplace_back(lang, pair.value->text);
        }
        if (q_.languages.empty()) return text;
        if (!node->find(q_.languages.front())) {
            structure(what + " lacks the source language " + quoted(q_.languages.front()), node->anchor());
            return text;
        }
        std::vector<std::string> missing;
        for (const auto& lang : q_.languages)
            if (!node->find(lang)) missing.push_back(lang);
        if (!missing.empty()) missing_translation(*node, missing);
        return text;
    }

    std::optional<std::size_t> read_count(const Node* node, const std::string& key) {
        const auto value = scalar(node, quoted(key));
        if (!value) return std::nullopt;
        if (!is_whole_number(*value) || value->front() == '-') {
            structure(quoted(key) + " must be a whole number of at least 0", node->anchor());
            return std::nullopt;
        }
        std::string_view digits(*value);
        if (digits.front() == '+') digits.remove_prefix(1);
        std::size_t count = 0;
        const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), count);
        if (error != std::errc() || end != digits.data() + digits.size()) {
            structure(quoted(key) + " is too large", node->anchor());
            return std::nullopt;
        }
        return count;
    }

    std::optional<double> read_number(const Node* node, const std::string& key, bool whole) {
        const auto value = scalar(node, quoted(key));
        if (!value) return std::nullopt;
        if (whole ? !is_whole_number(*value) : !is_decimal_number(*value)) {
            structure(quoted(key) + " must be a " + (whole ? "whole" : "decimal") + " number",
                      node->anchor());
            return std::nullopt;
        }
        const auto number = to_number(*value);
        if (!number)
            structure(quoted(key) + " " + *value + " is too large or too small to use", node->anchor());
        return number;
    }

    std::optional<std::string> read_date(const Node* node, const std::string& key) {
        const auto value = scalar(node, quoted(key));
        if (!value) return std::nullopt;
        if (!is_date(*value)) {
            structure(quoted(key) + " must be a date written YYYY-MM-DD", node->anchor());
            return std::nullopt;
        }
        return value;
    }

    std::optional<bool> read_bool(const Node* node, const std::string& key) {
        if (!node) return std::nullopt;
        if (node->is_scalar() && node->style == yaml::Style::Plain &&
            (node->text == "true" || node->text == "false"))
            return node->text == "true";
        structure(quoted(key) + " must be true or false", node->anchor());
        return std::nullopt;
    }

    std::optional<Severity> read_severity(const Node* node, const std::string& key) {
        const auto value = scalar(node, quoted(key));
        if (!value) return std::nullopt;
        if (*value == "error") return Severity::Error;
        if (*value == "warning") return Severity::Warning;
        structure(quoted(key) + " must be 'error' or 'warning'", node->anchor());
        return std::nullopt;
    }

    /// Parses an expression; a syntax error is IRM104 pointing into it.
    std::optional<Condition> read_condition(const Node* node, const std::string& key) {
        const auto source = scalar(node, quoted(key));
        if (!source) return std::nullopt;
        expr::Parsed parsed = expr::parse(*source);
        if (!parsed.expr) {
            const auto& error = parsed.error;
            findings_.add(Severity::Error, "IRM104",
                          "syntax error in " + key + ": " + (error ? error->message : "cannot parse"),
                          detail::expression_position(doc_, *node, error ? error->offset : 0));
            return std::nullopt;
        }
        return Condition{*source, std::move(*parsed.expr), node->position};
    }

    /// Reads bounds for a type; `subject` names the question or column in messages.
    Bounds read_bounds(const Node& map, QuestionType type) {
        Bounds b;
        switch (type) {
            case QuestionType::Integer:
            case QuestionType::Number:
                b.min = read_number(map.find("min"), "min", type == QuestionType::Integer);
                b.max = read_number(map.find("max"), "max", type == QuestionType::Integer);
                if (b.min) b.min_text = map.find("min")->text;
                if (b.max) b.max_text = map.find("max")->text;
                if (b.min && b.max && *b.min > *b.max)
                    structure("'min' is greater than 'max'", map.find("max")->anchor());
                break;
            case QuestionType::Date:
                b.min_date = read_date(map.find("min"), "min");
                b.max_date = read_date(map.find("max"), "max");
                if (b.min_date && b.max_date && *b.min_date > *b.max_date)
                    structure("'min' is later than 'max'", map.find("max")->anchor());
                break;
            case QuestionType::Text:
                b.min_length = read_count(map.find("min_length"), "min_length");
                b.max_length = read_count(map.find("max_length"), "max_length");
                if (b.min_length && b.max_length && *b.min_length > *b.max_length)
                    structure("'min_length' is greater than 'max_length'", map.find("max_length")->anchor());
                break;
            case QuestionType::MultiChoice:
                read_counts(map, b, "min_selected", "max_selected");
                break;
            case QuestionType::Legislation:
            case QuestionType::CourtCases:
                read_counts(map, b, "min_items", "max_items");
                break;
            case QuestionType::Table:
                read_counts(map, b, "min_rows", "max_rows");
                break;
            default:
                break;
        }
        return b;
    }

    void read_counts(const Node& map, Bounds& b, const std::string& min_key, const std::string& max_key) {
        b.min_count = read_count(map.find(min_key), min_key);
        b.max_count = read_count(map.find(max_key), max_key);
        if (b.min_count && b.max_count && *b.min_count > *b.max_count)
            structure(quoted(min_key) + " is greater than " + quoted(max_key), map.find(max_key)->anchor());
    }

    std::vector<Choice> read_choice_list(const Node& list, const std::string& what) {
        std::vector<Choice> choices;
        if (!list.is_sequence() || list.items.empty()) {
            structure(what + " must be a non-empty list of {value, label}", list.anchor());
            return choices;
        }
        std::set<std::string> seen;
        for (const Node* item : list.items) {
            if (!item->is_map()) {
                structure("a choice must be a map {value, label}", item->anchor());
                continue;
            }
            check_keys(*item, {"value", "label"}, {"value", "label"}, "a choice");
            const Node* value = item->find("value");
            const auto text = scalar(value, "a choice value");
            if (!text) continue;
            if (text->empty() || !std::all_of(text->begin(), text->end(), [](char c) {
                    return is_lower(c) || is_digit(c) || c == '_';
                })) {
                structure("choice value " + quoted(*text) + " must match [a-z0-9_]+", value->anchor());
                continue;
            }
            if (!seen.insert(*text).second) {
                duplicate_id("choice value", *value);
                continue;
            }
            choices.push_back(
                Choice{*text, read_text(item->find("label"), "the label of choice " + quoted(*text))});
        }
        return choices;
    }

    /// `choices:` is a list name or an inline list.
    std::vector<Choice> read_choices(const Node* node, const std::string& owner) {
        if (!node) return {};
        if (node->is_scalar()) {
            const auto found = q_.choice_lists.find(node->text);
            if (found == q_.choice_lists.end()) {
                if (!broken_lists_.count(node->text)) unknown_choice_list(*node);
                return {};
            }
            return found->second;
        }
        return read_choice_list(*node, "the choices of " + owner);
    }

    // -- the file -------------------------------------------------------------

    void load(const Node& root) {
        check_keys(root,
                   {"format", "id", "version", "instrument", "cluster", "languages", "title", "choice_lists",
                    "sections"},
                   {"id", "version", "instrument", "cluster", "languages", "title", "sections"},
                   "the questionnaire", true);

        if (const auto id = scalar(root.find("id"), "'id'")) {
            const bool ok = !id->empty() && (is_lower(id->front()) || is_digit(id->front())) &&
                            std::all_of(id->begin(), id->end(),
                                        [](char c) { return is_lower(c) || is_digit(c) || c == '-'; });
            if (!ok)
                structure("questionnaire id " + quoted(*id) + " must match [a-z0-9][a-z0-9-]*",
                          root.find("id")->anchor());
            q_.id = *id;
        }
        if (const auto version = scalar(root.find("version"), "'version'")) {
            if (version->empty()) structure("'version' must not be empty", root.find("version")->anchor());
            q_.version = *version;
        }
        if (const auto instrument = scalar(root.find("instrument"), "'instrument'")) {
            if (!contains(known_instruments(), *instrument))
                structure("'instrument' must be one of " + join(known_instruments()),
                          root.find("instrument")->anchor());
            q_.instrument = *instrument;
        }
        if (const Node* cluster = root.find("cluster")) {
            const auto text = scalar(cluster, "'cluster'");
            if (text && (*text == "1" || *text == "2" || *text == "3" || *text == "4"))
                q_.cluster = (*text)[0] - '0';
            else if (text)
                structure("'cluster' must be 1, 2, 3 or 4", cluster->anchor());
        }
        read_languages(root.find("languages"));
        q_.title = read_text(root.find("title"), "the title");
        if (const Node* lists = root.find("choice_lists")) read_choice_lists(*lists);
        if (const Node* sections = root.find("sections")) read_sections(*sections);

        q_.index();
        check_expressions();
        check_cycles();
        check_obligations();
    }

    void read_languages(const Node* node) {
        if (!node) return;
        if (!node->is_sequence() || node->items.empty()) {
            structure("'languages' must be a non-empty list of language codes", node->anchor());
            return;
        }
        for (const Node* item : node->items) {
            if (!item->is_scalar() || !contains(known_languages(), item->text)) {
                structure(
                    "unknown language " + quoted(item->text) + "; use one of " + join(known_languages()),
                    item->anchor());
                continue;
            }
            if (contains(q_.languages, item->text)) {
                structure("language " + quoted(item->text) + " is listed twice", item->anchor());
                continue;
            }
            q_.languages.push_back(item->text);
        }
    }

    void read_choice_lists(const Node& lists) {
        if (!lists.is_map()) {
            structure("'choice_lists' must be a map from list name to choices", lists.anchor());
            return;
        }
        for (const auto& pair : lists.pairs) {
            auto choices = read_choice_list(*pair.value, "choice list " + quoted(pair.key->text));
            if (choices.empty()) broken_lists_.insert(pair.key->text);
            q_.choice_lists.emplace(pair.key->text, std::move(choices));
        }
    }

    void read_sections(const Node& sections) {
        if (!sections.is_sequence() || sections.items.empty()) {
            structure("'sections' must be a non-empty list of sections", sections.anchor());
            return;
        }
        std::set<std::string> section_ids;
        for (const Node* node : sections.items) {
            if (!node->is_map()) {
                structure("a section must be a map with 'id', 'title', 'article' and 'questions'",
                          node->anchor());
                continue;
            }
            check_keys(*node, {"id", "title", "article", "show_if", "questions"},
                       {"id", "title", "article", "questions"}, "a section");
            Section section;
            if (const auto id = scalar(node->find("id"), "a section id")) {
                if (!is_question_id(*id))
                    structure("section id " + quoted(*id) + " must match [a-z][a-z0-9_]*",
                              node->find("id")->anchor());
                else if (!section_ids.insert(*id).second)
                    duplicate_id("section id", *node->find("id"));
                section.id = *id;
            }
            section.title = read_text(node->find("title"), "the title of section " + quoted(section.id));
            if (const auto article = scalar(node->find("article"), "'article'")) section.article = *article;
            const std::size_t index = q_.sections.size();
            if (const Node* show_if = node->find("show_if")) {
                section.show_if = read_condition(show_if, "show_if");
                if (section.show_if) pending_.push_back({PendingCheck::Where::Section, index, show_if});
            }
            section.first = q_.questions.size();
            q_.sections.push_back(std::move(section));
            if (const Node* questions = node->find("questions")) {
                if (!questions->is_sequence()) {
                    structure("'questions' must be a list", questions->anchor());
                } else {
                    for (const Node* question : questions->items)
                        read_question(*question, index);
                }
            }
            q_.sections[index].count = q_.questions.size() - q_.sections[index].first;
        }
    }

    void read_question(const Node& node, std::size_t section) {
        if (!node.is_map()) {
            structure("a question must be a map with at least 'id', 'type' and 'label'", node.anchor());
            return;
        }
        Question q;
        q.section = section;
        q.position = node.anchor();
        const Node* id = node.find("id");
        if (const auto text = scalar(id, "a question id")) {
            if (!is_question_id(*text)) {
                structure("question id " + quoted(*text) +
                              " must match [a-z][a-z0-9_]* and not be a keyword of expressions",
                          id->anchor());
            } else if (!question_ids_.insert(*text).second) {
                duplicate_id("question id", *id);
                return;
            }
            q.id = *text;
        }
        const std::string subject = "question " + quoted(q.id);

        std::optional<QuestionType> type;
        if (const auto name = scalar(node.find("type"), "'type'")) {
            type = question_type(*name);
            if (!type) {
                static const std::vector<std::string> names{
                    "note", "choice",      "multi_choice", "text",  "integer", "number",
                    "date", "legislation", "court_cases",  "table", "ta_needs"};
                structure("unknown question type " + quoted(*name) + text::did_you_mean(*name, names) +
                              "; use one of " + join(names),
                          node.find("type")->anchor());
            }
        }
        std::vector<std::string> allowed{"id",        "type",    "label",      "short_label",
                                         "help",      "provision", "authority", "show_if",
                                         "obligation", "alternatives"};
        if (type && *type != QuestionType::Note) {
            for (const char* key : {"required", "constraint", "constraint_message", "constraint_severity"})
                allowed.emplace_back(key);
        }
        std::vector<std::string> required{"id", "type", "label"};
        if (type) {
            q.type = *type;
            for (const auto& key : own_keys(*type))
                allowed.push_back(key);
            if (*type == QuestionType::Choice || *type == QuestionType::MultiChoice)
                required.emplace_back("choices");
            if (*type == QuestionType::Table) required.emplace_back("columns");
        }
        // With an unknown type, only the common keys can be judged.
        if (type) {
            check_keys(node, allowed, required, subject);
        } else {
            for (const auto& key : {"id", "label"})
                if (!node.find(key))
                    structure(subject + " lacks the required key " + quoted(key), node.anchor());
        }

        q.label = read_text(node.find("label"), "the label of " + subject);
        q.short_label = read_text(node.find("short_label"), "the short label of " + subject);
        q.help = read_text(node.find("help"), "the help of " + subject);
        q.authority = read_text(node.find("authority"), "the authority of " + subject);
        if (const auto provision = scalar(node.find("provision"), "'provision'")) q.provision = *provision;

        const std::size_t index = q_.questions.size();
        read_obligation(node, q, index);
        if (const Node* required_node = node.find("required")) {
            if (required_node->is_scalar() && required_node->style == yaml::Style::Plain &&
                (required_node->text == "true" || required_node->text == "false")) {
                q.required = required_node->text == "true";
            } else if ((q.required_if = read_condition(required_node, "required"))) {
                pending_.push_back({PendingCheck::Where::Required, index, required_node});
            }
        }
        if (const Node* show_if = node.find("show_if")) {
            if ((q.show_if = read_condition(show_if, "show_if")))
                pending_.push_back({PendingCheck::Where::ShowIf, index, show_if});
        }
        if (const Node* constraint = node.find("constraint")) {
            if ((q.constraint = read_condition(constraint, "constraint")))
                pending_.push_back({PendingCheck::Where::Constraint, index, constraint});
        }
        q.constraint_message =
            read_text(node.find("constraint_message"), "the constraint message of " + subject);
        if (const auto severity = read_severity(node.find("constraint_severity"), "constraint_severity"))
            q.constraint_severity = *severity;

        if (type) {
            q.choices = read_choices(node.find("choices"), subject);
            q.bounds = read_bounds(node, *type);
            if (*type == QuestionType::Table) read_table(node, q, index);
        }
        q_.questions.push_back(std::move(q));
    }

    /// `obligation` and `alternatives`: the level is read here, the group is checked once
    /// every question is known (check_obligations).
    void read_obligation(const Node& node, Question& q, std::size_t index) {
        const Node* level = node.find("obligation");
        const Node* alternatives = node.find("alternatives");
        if (!level && !alternatives) return;
        if (q.provision.empty()) {
            for (const Node* key : {level, alternatives}) {
                if (!key) continue;
                const std::string name = key == level ? "obligation" : "alternatives";
                findings_.add(
                    Severity::Error, "IRM110",
                    fmt::format("question {id} says how binding its provision is ('{key}') but names "
                                "no provision: add 'provision' (e.g. \"5(1)(a)(i)\") or remove '{key}'",
                                fmt::arg("id", quoted(q.id)), fmt::arg("key", name)),
                    key->anchor(), q.id);
            }
            return;
        }
        if (const auto name = scalar(level, "'obligation'")) {
            if (const auto parsed = obligation_level(*name)) {
                q.obligation = *parsed;
            } else {
                findings_.add(Severity::Error, "IRM109",
                              fmt::format("unknown level of obligation {name}{hint}; use one of {names}",
                                          fmt::arg("name", quoted(*name)),
                                          fmt::arg("hint", text::did_you_mean(*name, obligation_names())),
                                          fmt::arg("names", join(obligation_names()))),
                              level->anchor(), q.id);
                level = nullptr;  // nothing more to check against an unknown level
            }
        }
        if (alternatives) {
            if (!alternatives->is_sequence() || alternatives->items.empty()) {
                structure("'alternatives' must be a non-empty list of question ids", alternatives->anchor());
                alternatives = nullptr;
            } else {
                for (const Node* item : alternatives->items) {
                    if (!item->is_scalar()) {
                        structure("an entry of 'alternatives' must be a question id", item->anchor());
                        continue;
                    }
                    q.alternatives.push_back(item->text);
                }
            }
        }
        obligations_.push_back({index, level, alternatives});
    }

    void read_table(const Node& node, Question& q, std::size_t index) {
        const std::string subject = "table " + quoted(q.id);
        if (const Node* columns = node.find("columns")) {
            if (!columns->is_sequence() || columns->items.empty()) {
                structure("the columns of " + subject + " must be a non-empty list", columns->anchor());
            } else {
                for (const Node* column : columns->items)
                    read_column(*column, q);
            }
        }
        if (const Node* row_constraint = node.find("row_constraint")) {
            if ((q.row_constraint = read_condition(row_constraint, "row_constraint")))
                pending_.push_back({PendingCheck::Where::RowConstraint, index, row_constraint});
        }
        q.row_constraint_message =
            read_text(node.find("row_constraint_message"), "the row constraint message of " + subject);
        if (const auto severity =
                read_severity(node.find("row_constraint_severity"), "row_constraint_severity"))
            q.row_constraint_severity = *severity;
    }

    void read_column(const Node& node, Question& q) {
        if (!node.is_map()) {
            structure("a column must be a map with 'id', 'label' and 'type'", node.anchor());
            return;
        }
        Column column;
        const Node* id = node.find("id");
        if (const auto text = scalar(id, "a column id")) {
            if (!is_question_id(*text)) {
                structure("column id " + quoted(*text) + " must match [a-z][a-z0-9_]*", id->anchor());
            } else if (q.find_column(*text)) {
                duplicate_id("column id", *id);
                return;
            }
            column.id = *text;
        }
        const std::string subject = "column " + quoted(column.id) + " of table " + quoted(q.id);
        bool typed = false;
        if (const auto name = scalar(node.find("type"), "'type'")) {
            static const std::vector<std::string> column_types{"choice", "text", "integer", "number", "date"};
            const auto parsed = question_type(*name);
            if (parsed && contains(column_types, *name)) {
                column.type = *parsed;
                typed = true;
            } else {
                structure("a column's type must be one of " + join(column_types) +
                              text::did_you_mean(*name, column_types),
                          node.find("type")->anchor());
            }
        }
        std::vector<std::string> allowed{"id", "label", "type", "required"};
        std::vector<std::string> required{"id", "label", "type"};
        if (typed) {
            for (const auto& key : own_keys(column.type))
                allowed.push_back(key);
            if (column.type == QuestionType::Choice) required.emplace_back("choices");
        }
        check_keys(node, allowed, required, subject);
        column.label = read_text(node.find("label"), "the label of " + subject);
        if (const auto value = read_bool(node.find("required"), "required")) column.required = *value;
        if (typed) {
            column.choices = read_choices(node.find("choices"), subject);
            column.bounds = read_bounds(node, column.type);
        }
        q.columns.push_back(std::move(column));
    }

    // -- checks across questions ---------------------------------------------

    /// Names of questions (or of a table's columns) as the static checks see them.
    class NameScope final : public expr::Scope {
    public:
        const expr::NameInfo* find(std::string_view name) const override {
            const auto found = infos_.find(std::string(name));
            return found == infos_.end() ? nullptr : &found->second;
        }
        std::vector<std::string> names() const override { return order_; }
        void add(const std::string& name, QuestionType type, const std::vector<Choice>& choices,
                 const std::vector<Column>& columns = {}) {
            expr::NameInfo info;
            // A choice question whose list failed to load is already reported; comparing
            // with it should not add a warning per value.
            const bool unresolved =
                (type == QuestionType::Choice || type == QuestionType::MultiChoice) && choices.empty();
            info.type = unresolved ? std::string() : std::string(to_string(type));
            for (const Choice& choice : choices)
                info.choices.push_back(choice.value);
            for (const Column& column : columns)
                info.columns.push_back(column.id);
            if (infos_.emplace(name, std::move(info)).second) order_.push_back(name);
        }

    private:
        std::unordered_map<std::string, expr::NameInfo> infos_;
        std::vector<std::string> order_;
    };

    void check_expressions() {
        NameScope questions;
        for (const Question& q : q_.questions)
            if (!q.id.empty()) questions.add(q.id, q.type, q.choices, q.columns);
        for (const PendingCheck& pending : pending_) {
            const Condition* condition = nullptr;
            bool dot_allowed = false;
            std::string question;
            NameScope columns;
            const expr::Scope* scope = &questions;
            switch (pending.where) {
                case PendingCheck::Where::Section:
                    condition = &*q_.sections[pending.index].show_if;
                    break;
                case PendingCheck::Where::ShowIf:
                    condition = &*q_.questions[pending.index].show_if;
                    break;
                case PendingCheck::Where::Required:
                    condition = &*q_.questions[pending.index].required_if;
                    break;
                case PendingCheck::Where::Constraint:
                    condition = &*q_.questions[pending.index].constraint;
                    dot_allowed = true;
                    break;
                case PendingCheck::Where::RowConstraint: {
                    const Question& table = q_.questions[pending.index];
                    condition = &*table.row_constraint;
                    for (const Column& column : table.columns)
                        columns.add(column.id, column.type, column.choices);
                    scope = &columns;
                    break;
                }
            }
            if (pending.where != PendingCheck::Where::Section) question = q_.questions[pending.index].id;
            const std::vector<expr::Problem> problems = expr::check(condition->expr, *scope, dot_allowed);
            std::vector<std::size_t> offsets;
            for (const expr::Problem& problem : problems)
                offsets.push_back(problem.offset);
            const std::vector<Position> positions =
                detail::expression_positions(doc_, *pending.node, offsets);
            for (std::size_t i = 0; i < problems.size(); ++i) {
                const Severity severity = problems[i].code == "IRM108" ? Severity::Warning : Severity::Error;
                findings_.add(severity, problems[i].code, problems[i].message, positions[i], question);
            }
        }
    }

    /// IRM111-IRM113: every alternative names its group, the group's questions exist, are
    /// alternatives too, and each lists all the others.
    void check_obligations() {
        for (const PendingObligation& pending : obligations_) {
            const Question& q = q_.questions[pending.index];
            const bool alternative = q.obligation == Obligation::Alternative;
            if (alternative && q.alternatives.empty()) {
                findings_.add(
                    Severity::Error, "IRM112",
                    fmt::format("question {id} is an alternative but names no other way of meeting the "
                                "obligation: list them in 'alternatives'",
                                fmt::arg("id", quoted(q.id))),
                    pending.level ? pending.level->anchor() : q.position, q.id);
                continue;
            }
            if (!pending.alternatives) continue;
            if (!alternative) {
                findings_.add(Severity::Error, "IRM112",
                              fmt::format("question {id} lists 'alternatives' but its obligation is {level}: "
                                          "write 'obligation: alternative' or remove 'alternatives'",
                                          fmt::arg("id", quoted(q.id)),
                                          fmt::arg("level", quoted(to_string(q.obligation)))),
                              pending.alternatives->anchor(), q.id);
                continue;
            }
            for (const Node* item : pending.alternatives->items) {
                if (!item->is_scalar()) continue;
                const std::string& name = item->text;
                if (name == q.id) {
                    findings_.add(
                        Severity::Error, "IRM112",
                        fmt::format("question {id} lists itself among its alternatives; list only the "
                                    "other questions",
                                    fmt::arg("id", quoted(q.id))),
                        item->anchor(), q.id);
                    continue;
                }
                const Question* other = q_.find(name);
                if (!other) {
                    findings_.add(
                        Severity::Error, "IRM111",
                        fmt::format("the alternatives of {id} name {name}, which is not a question of "
                                    "this questionnaire{hint}",
                                    fmt::arg("id", quoted(q.id)), fmt::arg("name", quoted(name)),
                                    fmt::arg("hint", text::did_you_mean(name, q_.ids()))),
                        item->anchor(), q.id);
                    continue;
                }
                if (other->obligation != Obligation::Alternative) {
                    findings_.add(Severity::Error, "IRM112",
                                  fmt::format("the alternatives of {id} name {name}, whose obligation is "
                                              "{level}, not 'alternative'",
                                              fmt::arg("id", quoted(q.id)), fmt::arg("name", quoted(name)),
                                              fmt::arg("level", quoted(to_string(other->obligation)))),
                                  item->anchor(), q.id);
                }
            }
        }
        check_groups_symmetric();
    }

    /// IRM113: the questions that name each other, directly or through another, form one
    /// group, and each of them must list all the others.
    void check_groups_symmetric() {
        std::vector<std::size_t> parent(q_.questions.size());
        for (std::size_t i = 0; i < parent.size(); ++i)
            parent[i] = i;
        const auto root = [&](std::size_t i) {
            while (parent[i] != i)
                i = parent[i] = parent[parent[i]];
            return i;
        };
        const auto index_of = [&](const Question& q) {
            return static_cast<std::size_t>(&q - q_.questions.data());
        };
        for (const PendingObligation& pending : obligations_) {
            const Question& q = q_.questions[pending.index];
            if (q.obligation != Obligation::Alternative) continue;
            for (const std::string& name : q.alternatives)
                if (const Question* other = q_.find(name);
                    other && other->obligation == Obligation::Alternative)
                    parent[root(index_of(*other))] = root(pending.index);
        }
        std::map<std::size_t, std::set<std::string>> groups;
        for (const PendingObligation& pending : obligations_)
            if (q_.questions[pending.index].obligation == Obligation::Alternative)
                groups[root(pending.index)].insert(q_.questions[pending.index].id);
        for (const PendingObligation& pending : obligations_) {
            const Question& q = q_.questions[pending.index];
            if (q.obligation != Obligation::Alternative || !pending.alternatives) continue;
            const std::set<std::string>& group = groups[root(pending.index)];
            std::vector<std::string> missing;
            for (const std::string& member : group)
                if (member != q.id &&
                    std::find(q.alternatives.begin(), q.alternatives.end(), member) == q.alternatives.end())
                    missing.push_back(member);
            if (missing.empty()) continue;
            findings_.add(
                Severity::Error, "IRM113",
                fmt::format("the alternatives of {id} do not list {missing}, which the questions of "
                            "its group ({group}) name: each question of a group lists all the others",
                            fmt::arg("id", quoted(q.id)), fmt::arg("missing", join(missing)),
                            fmt::arg("group", join({group.begin(), group.end()}))),
                pending.alternatives->anchor(), q.id);
        }
    }

    /// IRM107: questions whose applicability or requirement depends on itself.
    void check_cycles() {
        const std::size_t n = q_.questions.size();
        std::vector<std::vector<std::size_t>> edges(n);
        const auto index_of = [&](const std::string& name) -> std::optional<std::size_t> {
            const Question* q = q_.find(name);
            if (!q) return std::nullopt;
            return static_cast<std::size_t>(q - q_.questions.data());
        };
        for (std::size_t s = 0; s < q_.sections.size(); ++s) {
            const Section& section = q_.sections[s];
            if (!section.show_if) continue;
            std::vector<std::size_t> targets;
            for (const auto& name : expr::names(section.show_if->expr)) {
                const auto target = index_of(name);
                if (!target) continue;
                if (q_.questions[*target].section == s) {
                    findings_.add(Severity::Error, "IRM107",
                                  "the show_if of section " + quoted(section.id) + " names " + quoted(name) +
                                      ", a question of the same section",
                                  section.show_if->position, name);
                    continue;
                }
                targets.push_back(*target);
            }
            for (std::size_t i = section.first; i < section.first + section.count; ++i)
                edges[i].insert(edges[i].end(), targets.begin(), targets.end());
        }
        for (std::size_t i = 0; i < n; ++i) {
            const Question& q = q_.questions[i];
            for (const auto* condition : {&q.show_if, &q.required_if}) {
                if (!*condition) continue;
                for (const auto& name : expr::names((*condition)->expr))
                    if (const auto target = index_of(name)) edges[i].push_back(*target);
            }
        }
        for (const auto& component : strongly_connected(edges)) {
            const std::size_t first = *std::min_element(component.begin(), component.end());
            const bool self_loop = std::count(edges[first].begin(), edges[first].end(), first) > 0;
            if (component.size() < 2 && !self_loop) continue;
            std::vector<std::string> members;
            std::vector<std::size_t> sorted = component;
            std::sort(sorted.begin(), sorted.end());
            for (const std::size_t i : sorted)
                members.push_back(q_.questions[i].id);
            const Question& q = q_.questions[first];
            // Point at the expression that takes part in the cycle.
            Position where = q.position;
            for (const auto* condition : {&q.show_if, &q.required_if}) {
                if (!*condition) continue;
                const auto names = expr::names((*condition)->expr);
                const bool in_cycle = std::any_of(names.begin(), names.end(), [&](const std::string& name) {
                    const auto target = index_of(name);
                    return target && std::count(component.begin(), component.end(), *target) > 0;
                });
                if (in_cycle) {
                    where = (*condition)->position;
                    break;
                }
            }
            cycle(members, where);
        }
    }

    /// Tarjan's algorithm, iterative so that a long chain cannot exhaust the stack.
    static std::vector<std::vector<std::size_t>> strongly_connected(
        const std::vector<std::vector<std::size_t>>& edges) {
        const std::size_t n = edges.size();
        constexpr std::size_t unvisited = static_cast<std::size_t>(-1);
        std::vector<std::size_t> index(n, unvisited), low(n, 0);
        std::vector<bool> on_stack(n, false);
        std::vector<std::size_t> stack;
        std::vector<std::vector<std::size_t>> components;
        std::size_t counter = 0;
        for (std::size_t start = 0; start < n; ++start) {
            if (index[start] != unvisited) continue;
            std::vector<std::pair<std::size_t, std::size_t>> work{{start, 0}};
            while (!work.empty()) {
                auto& [v, next] = work.back();
                if (next == 0 && index[v] == unvisited) {
                    index[v] = low[v] = counter++;
                    stack.push_back(v);
                    on_stack[v] = true;
                }
                if (next < edges[v].size()) {
                    const std::size_t w = edges[v][next++];
                    if (index[w] == unvisited) {
                        work.emplace_back(w, 0);
                    } else if (on_stack[w]) {
                        low[v] = std::min(low[v], index[w]);
                    }
                    continue;
                }
                if (low[v] == index[v]) {
                    std::vector<std::size_t> component;
                    std::size_t w;
                    do {
                        w = stack.back();
                        stack.pop_back();
                        on_stack[w] = false;
                        component.push_back(w);
                    } while (w != v);
                    components.push_back(std::move(component));
                }
                const std::size_t done = v;
                work.pop_back();
                if (!work.empty()) low[work.back().first] = std::min(low[work.back().first], low[done]);
            }
        }
        return components;
    }

    const yaml::Document& doc_;
    Findings findings_;
    Questionnaire q_;
    std::set<std::string> question_ids_;
    std::set<std::string> broken_lists_;
    std::vector<PendingCheck> pending_;
    std::vector<PendingObligation> obligations_;
};

}  // namespace

LoadedQuestionnaire load_questionnaire(const yaml::Document& doc, const std::string& file) {
    return Loader(doc, file).run();
}

}  // namespace irm
