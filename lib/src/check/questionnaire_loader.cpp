#include <irm/questionnaire_loader.hpp>

#include <irm/catalogue.hpp>
#include <irm/text.hpp>
#include <irm/values.hpp>

#include "check/expression_position.hpp"
#include "check/prologue.hpp"

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
    Loader(const yaml::Document& doc, const std::string& file, std::string_view language)
        : doc_(doc), findings_(file), language_(language) {}

    LoadedQuestionnaire run() {
        static const check::FileKind questionnaire_kind{
            "irm-questionnaire/1", "IRM101", "finding.file.questionnaire"_key, "finding.prologue.keys.questionnaire"_key,
            {}};
        LoadedQuestionnaire result;
        // The format as written, even a wrong one: directories skip files of other formats.
        if (const Node* root = doc_.root(); root && root->is_map())
            if (const Node* format = root->find("format"); format && format->is_scalar())
                result.format = format->text;
        if (const Node* root = check::read_prologue(doc_, questionnaire_kind, findings_, language_)) load(*root);
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
    // -- words ----------------------------------------------------------------

    /// A text of the catalogue in the language of the findings.
    std::string say(Key key, std::initializer_list<Arg> args = {}) const {
        return message(key, language_, args);
    }

    /// " (did you mean 'x'?)" in the language of the findings, or empty when nothing is near.
    std::string hint(std::string_view word, const std::vector<std::string>& candidates) const {
        const auto near = text::closest(word, candidates);
        return near ? say("lint.did-you-mean"_key, {{"name", quoted(*near)}}) : std::string();
    }

    /// Names quoted and joined as prose: "'a', 'b' and 'c'", or with `last` ("words.or"_key).
    std::string quoted_list(const std::vector<std::string>& names, Key last = "words.and"_key) const {
        std::vector<std::string> items;
        for (const std::string& name : names)
            items.push_back(quoted(name));
        return join_in_prose(items, language_, last);
    }

    /// A question as a message names it: its provision, short label and id.
    std::string named(const Question& q) const { return question_in_words(q, language_); }

    // -- findings, one factory per code -------------------------------------

    void structure(const std::string& text, std::optional<Position> where) {
        findings_.add(Severity::Error, "IRM101", text, where);
    }
    void duplicate_id(Key key, const Node& node) {
        findings_.add(Severity::Error, "IRM102", say(key, {{"id", quoted(node.text)}}), node.position);
    }
    void missing_translation(const Node& node, const std::string& what,
                             const std::vector<std::string>& missing) {
        std::vector<std::string> languages;
        for (const std::string& code : missing) {
            const auto name = find_key("language." + code);
            languages.push_back(name ? message(*name, language_) + " (" + code + ")" : code);
        }
        findings_.add(Severity::Warning, "IRM105",
                      say("finding.IRM105.missing"_key,
                          {{"what", what}, {"languages", join_in_prose(languages, language_)}}),
                      node.anchor());
    }
    void unknown_choice_list(const Node& name) {
        std::vector<std::string> names;
        for (const auto& list : q_.choice_lists)
            names.push_back(list.first);
        findings_.add(Severity::Error, "IRM106",
                      say("finding.IRM106.unknown"_key,
                          {{"name", quoted(name.text)}, {"hint", hint(name.text, names)}}),
                      name.position);
    }
    void cycle(const std::vector<std::string>& members, Position where) {
        std::string path = join(members, " \u2192 ");
        path += " \u2192 " + members.front();
        findings_.add(Severity::Error, "IRM107", say("finding.IRM107.cycle"_key, {{"path", path}}), where,
                      members.front());
    }

    // -- generic readers ------------------------------------------------------

    /// Checks a mapping's keys against the allowed ones and the required ones; `what` names the
    /// mapping in a sentence ("the questionnaire", "question 'q1'").
    bool check_keys(const Node& map, const std::vector<std::string>& allowed,
                    const std::vector<std::string>& required, const std::string& what,
                    bool top_level = false) {
        for (const auto& pair : map.pairs) {
            const std::string& key = pair.key->text;
            if (!pair.key->is_scalar() || !contains(allowed, key))
                structure(say("finding.IRM101.unknown-key"_key,
                              {{"key", quoted(key)}, {"what", what}, {"hint", hint(key, allowed)}}),
                          pair.key->position);
        }
        bool complete = true;
        for (const auto& key : required) {
            if (!map.find(key)) {
                structure(say("finding.IRM101.missing-key"_key, {{"what", what}, {"key", quoted(key)}}),
                          top_level ? std::nullopt : std::optional(map.anchor()));
                complete = false;
            }
        }
        return complete;
    }

    /// A scalar's text; a finding when the node is not a scalar. `key` is the key it is the value of.
    std::optional<std::string> scalar(const Node* node, const std::string& key) {
        if (!node) return std::nullopt;
        if (!node->is_scalar()) {
            structure(say("finding.IRM101.not-one-value"_key, {{"key", quoted(key)}}), node->anchor());
            return std::nullopt;
        }
        return node->text;
    }

    /// A text in the questionnaire's languages; `what` names it in a sentence ("the label of
    /// question 'q1'").
    Text read_text(const Node* node, const std::string& what) {
        Text text;
        if (!node) return text;
        if (!node->is_map()) {
            structure(say("finding.IRM101.text-not-by-language"_key, {{"what", what}}), node->anchor());
            return text;
        }
        for (const auto& pair : node->pairs) {
            const std::string& lang = pair.key->text;
            if (!q_.languages.empty() && !contains(q_.languages, lang)) {
                structure(say("finding.IRM101.text-language-undeclared"_key,
                              {{"language", quoted(lang)},
                               {"what", what},
                               {"languages", quoted_list(q_.languages)}}),
                          pair.key->position);
                continue;
            }
            if (!pair.value->is_scalar()) {
                structure(
                    say("finding.IRM101.text-not-text"_key, {{"language", quoted(lang)}, {"what", what}}),
                    pair.value->anchor());
                continue;
            }
            text.translations.emplace_back(lang, pair.value->text);
        }
        if (q_.languages.empty()) return text;
        if (!node->find(q_.languages.front())) {
            structure(say("finding.IRM101.text-lacks-source"_key,
                          {{"what", what}, {"language", quoted(q_.languages.front())}}),
                      node->anchor());
            return text;
        }
        std::vector<std::string> missing;
        for (const auto& lang : q_.languages)
            if (!node->find(lang)) missing.push_back(lang);
        if (!missing.empty()) missing_translation(*node, what, missing);
        return text;
    }

    std::optional<std::size_t> read_count(const Node* node, const std::string& key) {
        const auto value = scalar(node, key);
        if (!value) return std::nullopt;
        if (!is_whole_number(*value) || value->front() == '-') {
            structure(say("finding.IRM101.not-a-count"_key, {{"key", quoted(key)}}), node->anchor());
            return std::nullopt;
        }
        std::string_view digits(*value);
        if (digits.front() == '+') digits.remove_prefix(1);
        std::size_t count = 0;
        const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), count);
        if (error != std::errc() || end != digits.data() + digits.size()) {
            structure(say("finding.IRM101.count-too-large"_key, {{"key", quoted(key)}, {"value", *value}}),
                      node->anchor());
            return std::nullopt;
        }
        return count;
    }

    std::optional<double> read_number(const Node* node, const std::string& key, bool whole) {
        const auto value = scalar(node, key);
        if (!value) return std::nullopt;
        if (whole ? !is_whole_number(*value) : !is_decimal_number(*value)) {
            structure(say(whole ? "finding.IRM101.not-whole"_key : "finding.IRM101.not-decimal"_key,
                          {{"key", quoted(key)}}),
                      node->anchor());
            return std::nullopt;
        }
        const auto number = to_number(*value);
        if (!number)
            structure(
                say("finding.IRM101.number-out-of-range"_key, {{"key", quoted(key)}, {"value", *value}}),
                node->anchor());
        return number;
    }

    std::optional<std::string> read_date(const Node* node, const std::string& key) {
        const auto value = scalar(node, key);
        if (!value) return std::nullopt;
        if (!is_date(*value)) {
            structure(say("finding.IRM101.not-a-date"_key, {{"key", quoted(key)}}), node->anchor());
            return std::nullopt;
        }
        return value;
    }

    std::optional<bool> read_bool(const Node* node, const std::string& key) {
        if (!node) return std::nullopt;
        if (node->is_scalar() && node->style == yaml::Style::Plain &&
            (node->text == "true" || node->text == "false"))
            return node->text == "true";
        structure(say("finding.IRM101.one-of"_key,
                      {{"key", quoted(key)}, {"values", quoted_list({"true", "false"}, "words.or"_key)}}),
                  node->anchor());
        return std::nullopt;
    }

    std::optional<Severity> read_severity(const Node* node, const std::string& key) {
        const auto value = scalar(node, key);
        if (!value) return std::nullopt;
        if (*value == "error") return Severity::Error;
        if (*value == "warning") return Severity::Warning;
        structure(say("finding.IRM101.one-of"_key,
                      {{"key", quoted(key)}, {"values", quoted_list({"error", "warning"}, "words.or"_key)}}),
                  node->anchor());
        return std::nullopt;
    }

    /// Parses an expression; a syntax error is IRM104 pointing into it. `key` is where it is
    /// written, `what` says in words what it decides ("when question 'q1' applies").
    std::optional<Condition> read_condition(const Node* node, const std::string& key,
                                            const std::string& what) {
        const auto source = scalar(node, key);
        if (!source) return std::nullopt;
        expr::Parsed parsed = expr::parse(*source, language_);
        if (!parsed.expr) {
            const auto& error = parsed.error;
            findings_.add(Severity::Error, "IRM104",
                          say("finding.IRM104.syntax"_key,
                              {{"what", what},
                               {"key", quoted(key)},
                               {"problem", error ? error->message : say("finding.IRM104.unreadable"_key)}}),
                          detail::expression_position(doc_, *node, error ? error->offset : 0));
            return std::nullopt;
        }
        return Condition{*source, std::move(*parsed.expr), node->position};
    }

    /// Reads bounds for a type.
    Bounds read_bounds(const Node& map, QuestionType type) {
        Bounds b;
        const auto above = [&](Key key, const char* min, const char* max) {
            structure(say(key, {{"min", quoted(min)}, {"max", quoted(max)}}), map.find(max)->anchor());
        };
        switch (type) {
            case QuestionType::Integer:
            case QuestionType::Number:
                b.min = read_number(map.find("min"), "min", type == QuestionType::Integer);
                b.max = read_number(map.find("max"), "max", type == QuestionType::Integer);
                if (b.min) b.min_text = map.find("min")->text;
                if (b.max) b.max_text = map.find("max")->text;
                if (b.min && b.max && *b.min > *b.max)
                    above("finding.IRM101.min-above-max"_key, "min", "max");
                break;
            case QuestionType::Date:
                b.min_date = read_date(map.find("min"), "min");
                b.max_date = read_date(map.find("max"), "max");
                if (b.min_date && b.max_date && *b.min_date > *b.max_date)
                    above("finding.IRM101.min-after-max"_key, "min", "max");
                break;
            case QuestionType::Text:
                b.min_length = read_count(map.find("min_length"), "min_length");
                b.max_length = read_count(map.find("max_length"), "max_length");
                if (b.min_length && b.max_length && *b.min_length > *b.max_length)
                    above("finding.IRM101.min-above-max"_key, "min_length", "max_length");
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
            structure(
                say("finding.IRM101.min-above-max"_key, {{"min", quoted(min_key)}, {"max", quoted(max_key)}}),
                map.find(max_key)->anchor());
    }

    /// A list of choices; `what` names it in a sentence ("choice list 'ynp'").
    std::vector<Choice> read_choice_list(const Node& list, const std::string& what) {
        std::vector<Choice> choices;
        if (!list.is_sequence() || list.items.empty()) {
            structure(say("finding.IRM101.choices-not-a-list"_key, {{"what", what}}), list.anchor());
            return choices;
        }
        std::set<std::string> seen;
        const std::string a_choice = say("lint.what.choice"_key);
        for (const Node* item : list.items) {
            if (!item->is_map()) {
                structure(say("finding.IRM101.choice-not-keys"_key), item->anchor());
                continue;
            }
            check_keys(*item, {"value", "label"}, {"value", "label"}, a_choice);
            const Node* value = item->find("value");
            const auto text = scalar(value, "value");
            if (!text) continue;
            if (text->empty() || !std::all_of(text->begin(), text->end(), [](char c) {
                    return is_lower(c) || is_digit(c) || c == '_';
                })) {
                structure(say("finding.IRM101.choice-value-pattern"_key, {{"value", quoted(*text)}}),
                          value->anchor());
                continue;
            }
            if (!seen.insert(*text).second) {
                duplicate_id("finding.IRM102.choice"_key, *value);
                continue;
            }
            choices.push_back(Choice{*text, read_text(item->find("label"), say("lint.what.choice-label"_key,
                                                                               {{"value", quoted(*text)}}))});
        }
        return choices;
    }

    /// `choices:` is a list name or an inline list; `what` names the list in a sentence.
    std::vector<Choice> read_choices(const Node* node, const std::string& what) {
        if (!node) return {};
        if (node->is_scalar()) {
            const auto found = q_.choice_lists.find(node->text);
            if (found == q_.choice_lists.end()) {
                if (!broken_lists_.count(node->text)) unknown_choice_list(*node);
                return {};
            }
            return found->second;
        }
        return read_choice_list(*node, what);
    }

    // -- the file -------------------------------------------------------------

    void load(const Node& root) {
        check_keys(root,
                   {"format", "id", "version", "instrument", "cluster", "languages", "title", "choice_lists",
                    "sections"},
                   {"id", "version", "instrument", "cluster", "languages", "title", "sections"},
                   say("lint.what.questionnaire"_key), true);

        if (const auto id = scalar(root.find("id"), "id")) {
            const bool ok = !id->empty() && (is_lower(id->front()) || is_digit(id->front())) &&
                            std::all_of(id->begin(), id->end(),
                                        [](char c) { return is_lower(c) || is_digit(c) || c == '-'; });
            if (!ok)
                structure(say("finding.IRM101.questionnaire-id-pattern"_key, {{"id", quoted(*id)}}),
                          root.find("id")->anchor());
            q_.id = *id;
        }
        if (const auto version = scalar(root.find("version"), "version")) {
            if (version->empty())
                structure(say("finding.IRM101.empty"_key, {{"key", quoted("version")}}),
                          root.find("version")->anchor());
            q_.version = *version;
        }
        if (const auto instrument = scalar(root.find("instrument"), "instrument")) {
            if (!contains(known_instruments(), *instrument))
                structure(say("finding.IRM101.one-of"_key,
                              {{"key", quoted("instrument")},
                               {"values", quoted_list(known_instruments(), "words.or"_key)}}),
                          root.find("instrument")->anchor());
            q_.instrument = *instrument;
        }
        if (const Node* cluster = root.find("cluster")) {
            const auto text = scalar(cluster, "cluster");
            if (text && (*text == "1" || *text == "2" || *text == "3" || *text == "4"))
                q_.cluster = (*text)[0] - '0';
            else if (text)
                structure(say("finding.IRM101.one-of"_key,
                              {{"key", quoted("cluster")},
                               {"values", join_in_prose({"1", "2", "3", "4"}, language_, "words.or"_key)}}),
                          cluster->anchor());
        }
        read_languages(root.find("languages"));
        q_.title = read_text(root.find("title"), say("lint.what.title"_key));
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
            structure(say("finding.IRM101.languages-not-a-list"_key), node->anchor());
            return;
        }
        for (const Node* item : node->items) {
            if (!item->is_scalar() || !contains(known_languages(), item->text)) {
                structure(say("finding.IRM101.unknown-language"_key,
                              {{"language", quoted(item->text)},
                               {"languages", quoted_list(known_languages(), "words.or"_key)}}),
                          item->anchor());
                continue;
            }
            if (contains(q_.languages, item->text)) {
                structure(say("finding.IRM101.language-twice"_key, {{"language", quoted(item->text)}}),
                          item->anchor());
                continue;
            }
            q_.languages.push_back(item->text);
        }
    }

    void read_choice_lists(const Node& lists) {
        if (!lists.is_map()) {
            structure(say("finding.IRM101.choice-lists-not-named"_key), lists.anchor());
            return;
        }
        for (const auto& pair : lists.pairs) {
            auto choices = read_choice_list(
                *pair.value, say("lint.what.choice-list"_key, {{"name", quoted(pair.key->text)}}));
            if (choices.empty()) broken_lists_.insert(pair.key->text);
            q_.choice_lists.emplace(pair.key->text, std::move(choices));
        }
    }

    void read_sections(const Node& sections) {
        if (!sections.is_sequence() || sections.items.empty()) {
            structure(say("finding.IRM101.sections-not-a-list"_key), sections.anchor());
            return;
        }
        std::set<std::string> section_ids;
        for (const Node* node : sections.items) {
            if (!node->is_map()) {
                structure(say("finding.IRM101.section-not-keys"_key,
                              {{"keys", quoted_list({"id", "title", "article", "questions"})}}),
                          node->anchor());
                continue;
            }
            // The section is named by its id in what is said about it, when it has one.
            const Node* id_node = node->find("id");
            const std::string named_section =
                id_node && id_node->is_scalar()
                    ? say("lint.what.section"_key, {{"id", quoted(id_node->text)}})
                    : say("lint.what.a-section"_key);
            check_keys(*node, {"id", "title", "article", "show_if", "questions"},
                       {"id", "title", "article", "questions"}, named_section);
            Section section;
            if (const auto id = scalar(id_node, "id")) {
                if (!is_question_id(*id))
                    structure(say("finding.IRM101.section-id-pattern"_key, {{"id", quoted(*id)}}),
                              id_node->anchor());
                else if (!section_ids.insert(*id).second)
                    duplicate_id("finding.IRM102.section"_key, *id_node);
                section.id = *id;
            }
            section.title = read_text(node->find("title"),
                                      say("lint.what.section-title"_key, {{"id", quoted(section.id)}}));
            if (const auto article = scalar(node->find("article"), "article")) section.article = *article;
            const std::size_t index = q_.sections.size();
            if (const Node* show_if = node->find("show_if")) {
                section.show_if =
                    read_condition(show_if, "show_if",
                                   say("lint.expression.section-show-if"_key, {{"id", quoted(section.id)}}));
                if (section.show_if) pending_.push_back({PendingCheck::Where::Section, index, show_if});
            }
            section.first = q_.questions.size();
            q_.sections.push_back(std::move(section));
            if (const Node* questions = node->find("questions")) {
                if (!questions->is_sequence()) {
                    structure(say("finding.IRM101.questions-not-a-list"_key), questions->anchor());
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
            structure(
                say("finding.IRM101.question-not-keys"_key, {{"keys", quoted_list({"id", "type", "label"})}}),
                node.anchor());
            return;
        }
        Question q;
        q.section = section;
        q.position = node.anchor();
        const Node* id = node.find("id");
        if (const auto text = scalar(id, "id")) {
            if (!is_question_id(*text)) {
                structure(say("finding.IRM101.question-id-pattern"_key, {{"id", quoted(*text)}}),
                          id->anchor());
            } else if (!question_ids_.insert(*text).second) {
                duplicate_id("finding.IRM102.question"_key, *id);
                return;
            }
            q.id = *text;
        }
        // The question by its id: the author reads these findings beside the file.
        const std::string id_quoted = quoted(q.id);
        const std::string subject = say("lint.what.question"_key, {{"id", id_quoted}});

        std::optional<QuestionType> type;
        if (const auto name = scalar(node.find("type"), "type")) {
            type = question_type(*name);
            if (!type) {
                static const std::vector<std::string> names{
                    "note", "choice",      "multi_choice", "text",  "integer", "number",
                    "date", "legislation", "court_cases",  "table", "ta_needs"};
                structure(
                    say("finding.IRM101.unknown-type"_key, {{"type", quoted(*name)},
                                                            {"hint", hint(*name, names)},
                                                            {"types", quoted_list(names, "words.or"_key)}}),
                    node.find("type")->anchor());
            }
        }
        std::vector<std::string> allowed{"id",        "type",      "label",   "short_label", "help",
                                         "provision", "authority", "show_if", "obligation",  "alternatives"};
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
                    structure(
                        say("finding.IRM101.missing-key"_key, {{"what", subject}, {"key", quoted(key)}}),
                        node.anchor());
        }

        q.label = read_text(node.find("label"), say("lint.what.question-label"_key, {{"id", id_quoted}}));
        q.short_label = read_text(node.find("short_label"),
                                  say("lint.what.question-short-label"_key, {{"id", id_quoted}}));
        q.help = read_text(node.find("help"), say("lint.what.question-help"_key, {{"id", id_quoted}}));
        q.authority =
            read_text(node.find("authority"), say("lint.what.question-authority"_key, {{"id", id_quoted}}));
        if (const auto provision = scalar(node.find("provision"), "provision")) q.provision = *provision;

        const std::size_t index = q_.questions.size();
        read_obligation(node, q, index);
        if (const Node* required_node = node.find("required")) {
            if (required_node->is_scalar() && required_node->style == yaml::Style::Plain &&
                (required_node->text == "true" || required_node->text == "false")) {
                q.required = required_node->text == "true";
            } else if ((q.required_if =
                            read_condition(required_node, "required",
                                           say("lint.expression.required"_key, {{"id", id_quoted}})))) {
                pending_.push_back({PendingCheck::Where::Required, index, required_node});
            }
        }
        if (const Node* show_if = node.find("show_if")) {
            if ((q.show_if = read_condition(
                     show_if, "show_if", say("lint.expression.question-show-if"_key, {{"id", id_quoted}}))))
                pending_.push_back({PendingCheck::Where::ShowIf, index, show_if});
        }
        if (const Node* constraint = node.find("constraint")) {
            if ((q.constraint = read_condition(constraint, "constraint",
                                               say("lint.expression.constraint"_key, {{"id", id_quoted}}))))
                pending_.push_back({PendingCheck::Where::Constraint, index, constraint});
        }
        q.constraint_message = read_text(node.find("constraint_message"),
                                         say("lint.what.constraint-message"_key, {{"id", id_quoted}}));
        if (const auto severity = read_severity(node.find("constraint_severity"), "constraint_severity"))
            q.constraint_severity = *severity;

        if (type) {
            q.choices = read_choices(node.find("choices"),
                                     say("lint.what.question-choices"_key, {{"id", id_quoted}}));
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
                    say("finding.IRM110.no-provision"_key, {{"id", quoted(q.id)}, {"key", quoted(name)}}),
                    key->anchor(), q.id);
            }
            return;
        }
        if (const auto name = scalar(level, "obligation")) {
            if (const auto parsed = obligation_level(*name)) {
                q.obligation = *parsed;
            } else {
                findings_.add(Severity::Error, "IRM109",
                              say("finding.IRM109.unknown"_key,
                                  {{"name", quoted(*name)},
                                   {"hint", hint(*name, obligation_names())},
                                   {"names", quoted_list(obligation_names(), "words.or"_key)}}),
                              level->anchor(), q.id);
                level = nullptr;  // nothing more to check against an unknown level
            }
        }
        if (alternatives) {
            if (!alternatives->is_sequence() || alternatives->items.empty()) {
                structure(say("finding.IRM101.alternatives-not-a-list"_key), alternatives->anchor());
                alternatives = nullptr;
            } else {
                for (const Node* item : alternatives->items) {
                    if (!item->is_scalar()) {
                        structure(say("finding.IRM101.alternative-not-an-id"_key), item->anchor());
                        continue;
                    }
                    q.alternatives.push_back(item->text);
                }
            }
        }
        obligations_.push_back({index, level, alternatives});
    }

    void read_table(const Node& node, Question& q, std::size_t index) {
        const std::string table = quoted(q.id);
        if (const Node* columns = node.find("columns")) {
            if (!columns->is_sequence() || columns->items.empty()) {
                structure(say("finding.IRM101.columns-not-a-list"_key, {{"id", table}}), columns->anchor());
            } else {
                for (const Node* column : columns->items)
                    read_column(*column, q);
            }
        }
        if (const Node* row_constraint = node.find("row_constraint")) {
            if ((q.row_constraint =
                     read_condition(row_constraint, "row_constraint",
                                    say("lint.expression.row-constraint"_key, {{"id", table}}))))
                pending_.push_back({PendingCheck::Where::RowConstraint, index, row_constraint});
        }
        q.row_constraint_message = read_text(node.find("row_constraint_message"),
                                             say("lint.what.row-constraint-message"_key, {{"id", table}}));
        if (const auto severity =
                read_severity(node.find("row_constraint_severity"), "row_constraint_severity"))
            q.row_constraint_severity = *severity;
    }

    void read_column(const Node& node, Question& q) {
        if (!node.is_map()) {
            structure(
                say("finding.IRM101.column-not-keys"_key, {{"keys", quoted_list({"id", "label", "type"})}}),
                node.anchor());
            return;
        }
        Column column;
        const Node* id = node.find("id");
        if (const auto text = scalar(id, "id")) {
            if (!is_question_id(*text)) {
                structure(say("finding.IRM101.column-id-pattern"_key, {{"id", quoted(*text)}}), id->anchor());
            } else if (q.find_column(*text)) {
                duplicate_id("finding.IRM102.column"_key, *id);
                return;
            }
            column.id = *text;
        }
        const std::vector<Arg> names{{"column", quoted(column.id)}, {"table", quoted(q.id)}};
        bool typed = false;
        if (const auto name = scalar(node.find("type"), "type")) {
            static const std::vector<std::string> column_types{"choice", "text", "integer", "number", "date"};
            const auto parsed = question_type(*name);
            if (parsed && contains(column_types, *name)) {
                column.type = *parsed;
                typed = true;
            } else {
                structure(say("finding.IRM101.column-type"_key,
                              {{"type", quoted(*name)},
                               {"hint", hint(*name, column_types)},
                               {"types", quoted_list(column_types, "words.or"_key)}}),
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
        check_keys(node, allowed, required, message("lint.what.column"_key, language_, names));
        column.label = read_text(node.find("label"), message("lint.what.column-label"_key, language_, names));
        if (const auto value = read_bool(node.find("required"), "required")) column.required = *value;
        if (typed) {
            column.choices =
                read_choices(node.find("choices"), message("lint.what.column-choices"_key, language_, names));
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
        std::string words(std::string_view name) const override {
            const auto found = words_.find(std::string(name));
            return found == words_.end() ? std::string() : found->second;
        }
        void add(const std::string& name, QuestionType type, const std::vector<Choice>& choices,
                 const std::vector<Column>& columns = {}, std::string in_words = {}) {
            if (!in_words.empty()) words_.emplace(name, std::move(in_words));
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
        std::unordered_map<std::string, std::string> words_;  ///< questions in words, for messages
        std::vector<std::string> order_;
    };

    void check_expressions() {
        NameScope questions;
        for (const Question& q : q_.questions)
            if (!q.id.empty()) questions.add(q.id, q.type, q.choices, q.columns, named(q));
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
            const std::vector<expr::Problem> problems =
                expr::check(condition->expr, *scope, dot_allowed, language_);
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
                findings_.add(Severity::Error, "IRM112",
                              say("finding.IRM112.none-listed"_key, {{"question", named(q)}}),
                              pending.level ? pending.level->anchor() : q.position, q.id);
                continue;
            }
            if (!pending.alternatives) continue;
            if (!alternative) {
                findings_.add(Severity::Error, "IRM112",
                              say("finding.IRM112.not-alternative"_key,
                                  {{"question", named(q)}, {"level", quoted(to_string(q.obligation))}}),
                              pending.alternatives->anchor(), q.id);
                continue;
            }
            for (const Node* item : pending.alternatives->items) {
                if (!item->is_scalar()) continue;
                const std::string& name = item->text;
                if (name == q.id) {
                    findings_.add(Severity::Error, "IRM112",
                                  say("finding.IRM112.itself"_key, {{"question", named(q)}}), item->anchor(),
                                  q.id);
                    continue;
                }
                const Question* other = q_.find(name);
                if (!other) {
                    findings_.add(
                        Severity::Error, "IRM111",
                        say("finding.IRM111.unknown"_key,
                            {{"question", named(q)}, {"name", quoted(name)}, {"hint", hint(name, q_.ids())}}),
                        item->anchor(), q.id);
                    continue;
                }
                if (other->obligation != Obligation::Alternative) {
                    findings_.add(Severity::Error, "IRM112",
                                  say("finding.IRM112.other-not-alternative"_key,
                                      {{"question", named(q)},
                                       {"other", named(*other)},
                                       {"level", quoted(to_string(other->obligation))}}),
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
                say("finding.IRM113.missing"_key, {{"question", named(q)},
                                                   {"missing", quoted_list(missing)},
                                                   {"group", quoted_list({group.begin(), group.end()})}}),
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
                    findings_.add(
                        Severity::Error, "IRM107",
                        say("finding.IRM107.own-section"_key,
                            {{"section", quoted(section.id)}, {"question", named(q_.questions[*target])}}),
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
    std::string language_;  ///< of the findings' messages
};

}  // namespace

LoadedQuestionnaire load_questionnaire(const yaml::Document& doc, const std::string& file,
                                       std::string_view language) {
    return Loader(doc, file, language).run();
}

}  // namespace irm
