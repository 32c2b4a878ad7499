#include <irm/response_check.hpp>
#include <irm/text.hpp>
#include <irm/values.hpp>

#include "check/prologue.hpp"
#include "model/condition_words.hpp"

#include <irm/answers.hpp>
#include <irm/catalogue.hpp>
#include <irm/questionnaire.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <set>

namespace irm {

namespace {


using expr::Value;
using yaml::Node;

const std::vector<std::string> header_keys{"format",   "questionnaire", "version", "state",
                                           "language", "status",        "answers", "waivers"};

/// What irm says of a text that holds a control character: "the answer", "the State's name".
enum class TextOf { Answer, State, Justification };

/// Checks one response; every finding is made by one of the factories below, in the language
/// of the messages (FORMATS.md §4, *Language of messages*).
class Checker {
public:
    Checker(Response& response, const Registry& registry, const CheckOptions& options)
        : r_(response), registry_(registry), options_(options), findings_(response.file) {}

    void run() {
        check();
        r_.findings = findings_.take_sorted();
    }

private:
    // -- how messages name things ------------------------------------------------

    /// A question as a person knows it: "article 5, paragraph 1 (a) — legislation cited [q5_1a_law]".
    std::string name(const Question& q) const { return question_in_words(*q_, q, lang_); }
    /// A question named inside a condition: its provision (or section's article) and id, shorter.
    std::string name_in_condition(const Question& q) const {
        const std::string& provision =
            q.provision.empty() && q.section < q_->sections.size() ? q_->sections[q.section].article : q.provision;
        if (provision.empty()) return name(q);
        return message("words.question.provision"_key, lang_,
                       {{"provision", provision_in_words(provision, lang_)}, {"id", q.id}});
    }
    /// A column of a table question: "…[q5_stats], column “Men”".
    std::string name(const Question& q, const Column& column) const {
        return message("finding.in-column"_key, lang_,
                       {{"question", name(q)}, {"column", quoted_in(column.label.in(labels_), lang_)}});
    }
    std::string quote(std::string_view text) const { return quoted_in(text::shorten(text, 60), lang_); }
    /// " (did you mean “x”?)" after `text` when one of the candidates is close to `word`.
    std::string suggestion(std::string_view word, const std::vector<std::string>& candidates) const {
        const auto close = text::closest(word, candidates);
        if (!close) return {};
        return message("finding.did-you-mean"_key, lang_, {{"text", ""}, {"candidate", quote(*close)}});
    }
    /// The answers of a choice as a person picks them: “Yes, in part” (write yes_in_part).
    std::string choices_in_words(const std::vector<Choice>& choices) const {
        std::vector<std::string> items;
        for (const Choice& choice : choices)
            items.push_back(choice_in_words(choice));
        return join_in_prose(items, lang_, "words.or"_key);
    }
    std::string choice_in_words(const Choice& choice) const {
        const std::string& label = choice.label.in(labels_);
        if (label.empty() || label == choice.value) return choice.value;
        return message("finding.choice"_key, lang_, {{"label", quote(label)}, {"value", choice.value}});
    }
    /// The words of a vocabulary of technical assistance, each with the value to write.
    std::string vocabulary_in_words(const std::vector<std::string>& values,
                                    std::string (*label_of)(std::string_view, std::string_view)) const {
        std::vector<std::string> items;
        for (const std::string& value : values)
            items.push_back(message("finding.choice"_key, lang_,
                                    {{"label", quote(label_of(value, lang_))}, {"value", value}}));
        return join_in_prose(items, lang_, "words.or"_key);
    }
    std::string entry_in_words(Key entry) const { return message(entry, lang_); }
    /// A field of a citation, case or need: the key to write in a YAML file, the column's header
    /// in a workbook (« Intitulé » rather than title).
    std::string field_in_words(const std::string& field) const {
        if (!options_.workbook) return field;
        static const std::pair<std::string_view, Key> headers[] = {
            {"title", "workbook.header.title"_key},
            {"provision", "workbook.header.provision"_key},
            {"year", "workbook.header.year"_key},
            {"url", "workbook.header.url"_key},
            {"sherloc", "workbook.header.sherloc"_key},
            {"court", "workbook.header.court"_key},
            {"date", "workbook.header.date"_key},
            {"reference", "workbook.header.reference"_key},
            {"summary", "workbook.header.summary"_key},
            {"category", "workbook.header.category"_key},
            {"description", "workbook.header.description"_key},
            {"priority", "workbook.header.priority"_key},
        };
        for (const auto& [name, key] : headers)
            if (name == field) return quote(message(key, labels_));
        return field;
    }

    // -- finding factories, one per code ---------------------------------------

    void structure(std::string message, std::optional<Position> where, const std::string& question = {}) {
        findings_.add(Severity::Error, "IRM002", std::move(message), where, question);
    }
    void unknown_questionnaire(std::string message, Position where) {
        findings_.add(Severity::Error, "IRM003", std::move(message), where);
    }
    void unknown_question(const Node& key, Key what) {
        findings_.add(Severity::Error, "IRM010",
                      message(what, lang_, {{"id", quote(key.text)}, {"suggestion", suggestion(key.text, q_->ids())}}),
                      key.position);
    }
    void wrong_shape(const Node& node, std::string message, const std::string& question) {
        findings_.add(Severity::Error, "IRM011", std::move(message), node.anchor(), question);
    }
    /// IRM011 for a value of a scalar type that is not one value: a list, fields, nothing.
    void not_one_value(const Node& node, const std::string& who, const std::string& question) {
        const Key key = node.is_sequence() ? "finding.IRM011.one-value"_key
                        : node.is_map()    ? "finding.IRM011.one-value-not-fields"_key
                                           : "finding.IRM011.one-value-empty"_key;
        wrong_shape(node, message(key, lang_, {{"question", who}}), question);
    }
    /// IRM011 for a text where a number is expected, with what the person probably meant.
    void not_a_number(const Node& node, bool whole, const std::string& who, const std::string& question) {
        const std::optional<NumberReading> reading = read_number_otherwise(node.text, whole);
        std::string text;
        if (reading && reading->kind == NumberReading::Kind::Unit && (!whole || is_whole_number(reading->number)))
            text = message("finding.IRM011.number-with-unit"_key, lang_,
                           {{"question", who}, {"number", reading->number}, {"unit", quote(text::shorten(reading->rest, 30))}});
        else if (reading && reading->kind == NumberReading::Kind::DecimalComma)
            text = message("finding.IRM011.decimal-comma"_key, lang_,
                           {{"question", who}, {"value", quote(node.text)}, {"number", reading->number}});
        else if (reading && reading->kind == NumberReading::Kind::Thousands)
            text = message("finding.IRM011.thousands"_key, lang_,
                           {{"question", who}, {"value", quote(node.text)}, {"number", reading->number}});
        else
            text = message(whole ? "finding.IRM011.whole-number"_key : "finding.IRM011.number"_key, lang_,
                           {{"question", who}, {"value", quote(node.text)}});
        wrong_shape(node, std::move(text), question);
    }
    void repeated_value(const Node& node, const Question& q) {
        wrong_shape(node, message("finding.IRM011.repeated"_key, lang_, {{"question", name(q)}, {"value", quote(node.text)}}),
                    q.id);
    }
    void not_a_choice(const Node& node, const std::vector<Choice>& choices, const std::string& who,
                      const std::string& question) {
        for (const Choice& choice : choices)
            for (const auto& translation : choice.label.translations)
                if (translation.second == node.text) {
                    findings_.add(Severity::Error, "IRM012",
                                  message("finding.IRM012.label-written"_key, lang_,
                                          {{"question", who}, {"value", quote(node.text)}, {"choice", choice.value}}),
                                  node.anchor(), question);
                    return;
                }
        std::vector<std::string> values;
        for (const Choice& choice : choices)
            values.push_back(choice.value);
        if (options_.workbook) {
            // In a workbook a person picks a label: name the labels, and suggest the closest one.
            std::vector<std::string> labels, quoted;
            for (const Choice& choice : choices) {
                labels.push_back(choice.label.in(labels_));
                quoted.push_back(quote(labels.back()));
            }
            findings_.add(Severity::Error, "IRM012",
                          message("finding.IRM012.not-a-label"_key, lang_,
                                  {{"question", who},
                                   {"value", quote(node.text)},
                                   {"suggestion", suggestion(node.text, labels)},
                                   {"labels", join_in_prose(quoted, lang_, "words.or"_key)}}),
                          node.anchor(), question);
            return;
        }
        findings_.add(Severity::Error, "IRM012",
                      message("finding.IRM012.not-a-choice"_key, lang_,
                              {{"question", who},
                               {"value", quote(node.text)},
                               {"suggestion", suggestion(node.text, values)},
                               {"choices", choices_in_words(choices)}}),
                      node.anchor(), question);
    }
    void required_missing(const Question& q) {
        findings_.add(Severity::Error, "IRM013", message("finding.IRM013.unanswered"_key, lang_, {{"question", name(q)}}),
                      std::nullopt, q.id);
    }
    void constraint_failed(Severity severity, std::string message, Position where, const std::string& question) {
        findings_.add(severity, "IRM014", std::move(message), where, question);
    }
    void not_applicable(const Node& node, const Question& q) {
        // The conditions of the section and of the question, in words when each is simple enough.
        const QuestionName name_of = [this](const Question& other) { return name_in_condition(other); };
        std::vector<std::string> conditions;
        bool in_words = true;
        for (const std::optional<Condition>* condition : {&q_->sections[q.section].show_if, &q.show_if}) {
            if (!*condition) continue;
            conditions.push_back(condition_in_words(**condition, *q_, labels_, name_of));
            in_words = in_words && !conditions.back().empty();
        }
        findings_.add(Severity::Warning, "IRM015",
                      !in_words || conditions.empty()
                          ? message("finding.IRM015.not-applicable-here"_key, lang_, {{"question", name(q)}})
                          : message("finding.IRM015.not-applicable"_key, lang_,
                                    {{"question", name(q)}, {"condition", join_in_prose(conditions, lang_)}}),
                      node.anchor(), q.id);
    }
    void bad_date(const Node& node, const std::string& who, const std::string& question) {
        const std::optional<DateReading> reading = read_date_otherwise(node.text);
        findings_.add(Severity::Error, "IRM016",
                      !reading ? message("finding.IRM016.not-a-date"_key, lang_, {{"question", who}, {"value", quote(node.text)}})
                      : reading->day_first
                          ? message("finding.IRM016.written-as-day-first"_key, lang_,
                                    {{"question", who}, {"value", quote(node.text)}, {"date", reading->iso}})
                          : message("finding.IRM016.written-as"_key, lang_,
                                    {{"question", who}, {"value", quote(node.text)}, {"date", reading->iso}}),
                      node.anchor(), question);
    }
    void out_of_bounds(std::string message, Position where, const std::string& question) {
        findings_.add(Severity::Error, "IRM017", std::move(message), where, question);
    }
    void bad_item(std::string message, Position where, const std::string& question) {
        findings_.add(Severity::Error, "IRM018", std::move(message), where, question);
    }
    void note_answered(const Node& node, const Question& q) {
        findings_.add(Severity::Error, "IRM019", message("finding.IRM019.note"_key, lang_, {{"question", name(q)}}),
                      node.anchor(), q.id);
    }
    void control_character(const Node& node, std::size_t at, const std::string& what, const Question* q) {
        const char32_t code_point = text::character_at(node.text, at).code_point;
        const std::string code = fmt::format("{code:04X}", fmt::arg("code", static_cast<unsigned>(code_point)));
        const std::string index =
            std::to_string(text::code_points(std::string_view(node.text).substr(0, at)) + 1);
        const Key key = !q                              ? "finding.IRM060.control-header"_key
                        : text::is_control(code_point) ? "finding.IRM060.control"_key
                                                       : "finding.IRM060.noncharacter"_key;
        findings_.add(Severity::Warning, "IRM060",
                      message(key, lang_,
                              {{"what", what}, {"question", q ? name(*q) : std::string()}, {"code", code}, {"index", index}}),
                      node.anchor(), q ? q->id : std::string());
    }
    void beyond_precision(const Node& node, const std::string& who, const std::string& question) {
        findings_.add(Severity::Warning, "IRM061",
                      message("finding.IRM061.precision"_key, lang_,
                              {{"question", who}, {"number", text::shorten(node.text, 40)}}),
                      node.anchor(), question);
    }
    void stale_waiver(const Waiver& waiver) {
        const Question* q = q_->find(waiver.question);
        findings_.add(Severity::Warning, "IRM021",
                      message("finding.IRM021.nothing-to-waive"_key, lang_,
                              {{"question", q ? name(*q) : quote(waiver.question)}}),
                      waiver.position, waiver.question);
    }

    // -- header -----------------------------------------------------------------

    void check() {
        static const check::FileKind response_kind{"irm-response/1",
                                                   "IRM002",
                                                   "finding.file.response"_key,
                                                   "finding.prologue.keys.response"_key,
                                                   {"answers", "waivers"}};
        const std::string declared = declared_language(r_.document);
        lang_ = options_.wording.about(declared);
        labels_ = lang_;
        const Node* root = check::read_prologue(r_.document, response_kind, findings_, lang_);
        // A file the reader stopped in keeps the language its header line says, for the words about it.
        if (!root && r_.document.error() && !declared.empty()) r_.language = declared;
        if (!root) return;
        for (const auto& pair : root->pairs)
            if (std::find(header_keys.begin(), header_keys.end(), pair.key->text) == header_keys.end())
                structure(message("finding.IRM002.unknown-key"_key, lang_,
                                  {{"key", quote(pair.key->text)},
                                   {"suggestion", suggestion(pair.key->text, header_keys)}}),
                          pair.key->position);

        r_.questionnaire_id = header_text(*root, "questionnaire");
        r_.version = header_text(*root, "version");
        r_.state = header_text(*root, "state");
        if (r_.state) check_characters(*root->find("state"), TextOf::State, nullptr);
        r_.language = header_text(*root, "language");
        r_.status = header_text(*root, "status");
        final_ = options_.final;
        if (r_.status) {
            if (*r_.status == "final")
                final_ = true;
            else if (*r_.status != "draft")
                structure(message("finding.IRM002.status"_key, lang_, {{"value", quote(*r_.status)}}),
                          root->find("status")->anchor());
        }

        const Node* answers = root->find("answers");
        if (answers && !answers->is_null() && !answers->is_map()) {
            structure(message("finding.IRM002.answers-shape"_key, lang_), answers->anchor());
            answers = nullptr;
        }
        const Node* waivers = root->find("waivers");
        if (waivers && !waivers->is_null() && !waivers->is_map()) {
            structure(message("finding.IRM002.waivers-shape"_key, lang_), waivers->anchor());
            waivers = nullptr;
        }

        if (!r_.questionnaire_id || !r_.version) return;
        q_ = registry_.find(*r_.questionnaire_id, *r_.version);
        if (!q_) {
            report_unknown_questionnaire(*root);
            return;
        }
        r_.questionnaire = q_;
        // Labels are quoted in the language of the messages when the questionnaire has it,
        // else in the response's, else in the questionnaire's first.
        if (!q_->has_language(labels_))
            labels_ = r_.language && q_->has_language(*r_.language) ? *r_.language
                      : q_->languages.empty()                       ? lang_
                                                                    : q_->languages.front();
        if (r_.language && !q_->has_language(*r_.language))
            structure(message("finding.IRM002.language"_key, lang_,
                              {{"language", quote(*r_.language)}, {"languages", join_in_prose(q_->languages, lang_)}}),
                      root->find("language")->anchor());

        r_.answers.assign(q_->questions.size(), AnswerState{});
        progress_.assign(q_->questions.size(), Progress::Unknown);
        if (answers && answers->is_map()) collect_answers(*answers);
        if (waivers && waivers->is_map()) collect_waivers(*waivers);
        check_answers();
        apply_waivers();
    }

    /// A required header value, as text; IRM002 when it is missing or not a single value.
    std::optional<std::string> header_text(const Node& root, const std::string& key) {
        const Node* node = root.find(key);
        if (!node) {
            structure(message("finding.IRM002.lacks"_key, lang_, {{"key", key}}), std::nullopt);
            return std::nullopt;
        }
        if (!node->is_scalar() || node->text.empty()) {
            structure(message(node->is_scalar() || node->is_null() ? "finding.IRM002.empty-value"_key
                                                                   : "finding.IRM002.not-one-value"_key,
                              lang_, {{"key", key}}),
                      node->anchor());
            return std::nullopt;
        }
        return node->text;
    }

    void report_unknown_questionnaire(const Node& root) {
        const std::string& id = *r_.questionnaire_id;
        const std::string& version = *r_.version;
        const Position at_id = root.find("questionnaire")->anchor();
        if (auto why = registry_.refusal(id, version, lang_)) {
            unknown_questionnaire(message("finding.IRM003.refused"_key, lang_,
                                          {{"id", quote(id)}, {"version", quote(version)}, {"why", *why}}),
                                  at_id);
        } else if (registry_.has_id(id)) {
            std::vector<std::string> versions;
            for (const Questionnaire* q : registry_.all())
                if (q->id == id) versions.push_back(quote(q->version));
            unknown_questionnaire(message("finding.IRM003.no-version"_key, lang_,
                                          {{"id", quote(id)},
                                           {"version", quote(version)},
                                           {"versions", join_in_prose(versions, lang_)}}),
                                  root.find("version")->anchor());
        } else {
            std::vector<std::string> ids;
            for (const Questionnaire* q : registry_.all())
                ids.push_back(q->id);
            unknown_questionnaire(
                message("finding.IRM003.unknown"_key, lang_, {{"id", quote(id)}, {"suggestion", suggestion(id, ids)}}),
                at_id);
        }
    }

    std::size_t index_of(const Question& q) const {
        return static_cast<std::size_t>(&q - q_->questions.data());
    }

    void collect_answers(const Node& answers) {
        for (const auto& pair : answers.pairs) {
            const Question* q = pair.key->is_scalar() ? q_->find(pair.key->text) : nullptr;
            if (!q) {
                unknown_question(*pair.key, "finding.IRM010.answer"_key);
                continue;
            }
            r_.answers[index_of(*q)].node = pair.value;
        }
    }

    void collect_waivers(const Node& waivers) {
        for (const auto& pair : waivers.pairs) {
            const Question* q = pair.key->is_scalar() ? q_->find(pair.key->text) : nullptr;
            if (!q) {
                unknown_question(*pair.key, "finding.IRM010.waiver"_key);
                continue;
            }
            const Node& justification = *pair.value;
            if (!justification.is_scalar() || justification.text.empty()) {
                structure(message("finding.IRM002.waiver-without-reason"_key, lang_, {{"question", name(*q)}}),
                          justification.anchor(), q->id);
                continue;
            }
            check_characters(justification, TextOf::Justification, q);
            r_.waivers.push_back(Waiver{q->id, justification.text, pair.key->position});
        }
    }

    /// IRM060 on each text of a value (every scalar of a list or map) that holds a
    /// control character or a noncharacter: no answer means one, and most outputs cannot
    /// show it as it is.
    void check_characters(const Node& node, TextOf what, const Question* q) {
        switch (node.kind) {
            case Node::Kind::Scalar:
                if (const auto at = text::first_control(node.text)) {
                    const Key key = what == TextOf::State           ? "finding.text.state"_key
                                    : what == TextOf::Justification ? "finding.text.justification"_key
                                                                    : "finding.text.answer"_key;
                    control_character(node, *at, message(key, lang_), q);
                }
                break;
            case Node::Kind::Sequence:
                for (const Node* item : node.items)
                    check_characters(*item, what, q);
                break;
            case Node::Kind::Map:
                for (const auto& pair : node.pairs)
                    check_characters(*pair.value, what, q);
                break;
            case Node::Kind::Null:
                break;
        }
    }

    // -- reading answers ---------------------------------------------------------

    /// Reads a single value of a scalar type (also table cells); null when malformed. `who` names
    /// the answer or the cell in messages, `question` is the id the findings carry.
    Value read_scalar(QuestionType type, const std::vector<Choice>& choices, const Bounds& bounds,
                      const Node& node, const std::string& question, const std::string& who,
                      bool& well_formed) {
        if (!node.is_scalar()) {
            not_one_value(node, who, question);
            well_formed = false;
            return {};
        }
        const std::string& text = node.text;
        switch (type) {
            case QuestionType::Choice: {
                if (!std::any_of(choices.begin(), choices.end(),
                                 [&](const Choice& c) { return c.value == text; }))
                    not_a_choice(node, choices, who, question);
                return Value::of(text);
            }
            case QuestionType::Integer:
            case QuestionType::Number: {
                const bool whole = type == QuestionType::Integer;
                if (whole ? !is_whole_number(text) : !is_decimal_number(text)) {
                    not_a_number(node, whole, who, question);
                    well_formed = false;
                    return {};
                }
                // Bounds compare the digits as written, exactly, whatever their number: a double
                // would take 100000000000000000001 for 100000000000000000000.
                if (bounds.min && compare_numbers(text, bounds.min_text) < 0)
                    out_of_bounds(message("finding.IRM017.below"_key, lang_,
                                          {{"question", who}, {"value", text}, {"min", bounds.min_text}}),
                                  node.anchor(), question);
                if (bounds.max && compare_numbers(text, bounds.max_text) > 0)
                    out_of_bounds(message("finding.IRM017.above"_key, lang_,
                                          {{"question", who}, {"value", text}, {"max", bounds.max_text}}),
                                  node.anchor(), question);
                // Expressions compute with doubles: strtod turns a number no double can hold into an
                // infinity (or zero), which still compares right against an ordinary one; one a double
                // would round is said (IRM061), so that no figure changes without a word.
                if (!fits_double(text)) beyond_precision(node, who, question);
                return Value::of(std::strtod(text.c_str(), nullptr));
            }
            case QuestionType::Date: {
                if (!is_date(text)) {
                    bad_date(node, who, question);
                    well_formed = false;
                    return {};
                }
                if (bounds.min_date && text < *bounds.min_date)
                    out_of_bounds(message("finding.IRM017.before"_key, lang_,
                                          {{"question", who}, {"value", text}, {"min", *bounds.min_date}}),
                                  node.anchor(), question);
                if (bounds.max_date && text > *bounds.max_date)
                    out_of_bounds(message("finding.IRM017.after"_key, lang_,
                                          {{"question", who}, {"value", text}, {"max", *bounds.max_date}}),
                                  node.anchor(), question);
                return Value::of(text);
            }
            default: {
                const std::size_t length = text::code_points(text);
                if (bounds.min_length && length < *bounds.min_length)
                    out_of_bounds(message("finding.IRM017.too-short"_key, lang_,
                                          {{"question", who},
                                           {"length", std::to_string(length)},
                                           {"min", std::to_string(*bounds.min_length)}}),
                                  node.anchor(), question);
                if (bounds.max_length && length > *bounds.max_length)
                    out_of_bounds(message("finding.IRM017.too-long"_key, lang_,
                                          {{"question", who},
                                           {"length", std::to_string(length)},
                                           {"max", std::to_string(*bounds.max_length)}}),
                                  node.anchor(), question);
                return Value::of(text);
            }
        }
    }

    /// What the items of a list answer are, in words: one key for one item, one for several.
    struct Items {
        Key one, many, entry;
    };
    static Items items_of(QuestionType type) {
        switch (type) {
            case QuestionType::Legislation:
                return {"finding.entries.one-citation"_key, "finding.entries.citation"_key, "finding.entry.citation"_key};
            case QuestionType::CourtCases:
                return {"finding.entries.one-court-case"_key, "finding.entries.court-case"_key,
                        "finding.entry.court-case"_key};
            case QuestionType::TaNeeds:
                return {"finding.entries.one-need"_key, "finding.entries.need"_key, "finding.entry.need"_key};
            case QuestionType::Table:
                return {"finding.entries.one-row"_key, "finding.entries.row"_key, "finding.entry.row"_key};
            default:
                return {"finding.entries.one-value"_key, "finding.entries.value"_key, "finding.entry.row"_key};
        }
    }

    void check_count(std::size_t count, const Bounds& bounds, const Node& node, const Question& q) {
        const Items items = items_of(q.type);
        const std::string counted =
            count == 1 ? message(items.one, lang_) : message(items.many, lang_, {{"count", std::to_string(count)}});
        if (bounds.min_count && count < *bounds.min_count)
            out_of_bounds(message("finding.IRM017.too-few"_key, lang_,
                                  {{"question", name(q)}, {"count", counted}, {"min", std::to_string(*bounds.min_count)}}),
                          node.anchor(), q.id);
        if (bounds.max_count && count > *bounds.max_count)
            out_of_bounds(message("finding.IRM017.too-many"_key, lang_,
                                  {{"question", name(q)}, {"count", counted}, {"max", std::to_string(*bounds.max_count)}}),
                          node.anchor(), q.id);
    }

    /// Reads one answer: shape, choices, bounds and inner fields.
    void read_answer(const Question& q, AnswerState& state) {
        const Node& node = *state.node;
        bool ok = true;
        switch (q.type) {
            case QuestionType::Note:
                note_answered(node, q);
                ok = false;
                break;
            case QuestionType::Choice:
            case QuestionType::Text:
            case QuestionType::Integer:
            case QuestionType::Number:
            case QuestionType::Date:
                state.value = read_scalar(q.type, q.choices, q.bounds, node, q.id, name(q), ok);
                break;
            case QuestionType::MultiChoice:
                state.value = read_multi_choice(q, node, ok);
                break;
            case QuestionType::Legislation:
                state.value = read_list(q, node, ok, [&](const Node& item) { read_citation(q, item); });
                break;
            case QuestionType::CourtCases:
                state.value = read_list(q, node, ok, [&](const Node& item) { read_court_case(q, item); });
                break;
            case QuestionType::TaNeeds:
                state.value = read_list(q, node, ok, [&](const Node& item) { read_ta_need(q, item); });
                break;
            case QuestionType::Table:
                state.value = read_list(q, node, ok, [&](const Node& row) { state.rows.push_back(read_row(q, row)); });
                break;
        }
        state.well_formed = ok;
        if (!ok) state.value = Value::null();
    }

    Value read_multi_choice(const Question& q, const Node& node, bool& ok) {
        if (!node.is_sequence()) {
            wrong_shape(node, message("finding.IRM011.list"_key, lang_, {{"question", name(q)}}), q.id);
            ok = false;
            return {};
        }
        std::vector<Value> values;
        std::set<std::string> seen;
        for (const Node* item : node.items) {
            if (!item->is_scalar()) {
                wrong_shape(*item, message("finding.IRM011.list-item"_key, lang_, {{"question", name(q)}}), q.id);
                ok = false;
                continue;
            }
            if (!seen.insert(item->text).second) {
                repeated_value(*item, q);
                ok = false;
                continue;
            }
            if (!q.find_choice(item->text)) not_a_choice(*item, q.choices, name(q), q.id);
            values.push_back(Value::of(item->text));
        }
        check_count(seen.size(), q.bounds, node, q);
        return Value::of(std::move(values));
    }

    /// Lists of maps (citations, needs, rows): the answer reads as its item count.
    template <typename ReadItem>
    Value read_list(const Question& q, const Node& node, bool& ok, ReadItem&& read_item) {
        const Items items = items_of(q.type);
        if (!node.is_sequence()) {
            wrong_shape(node,
                        message("finding.IRM011.entries"_key, lang_,
                                {{"question", name(q)}, {"entry", entry_in_words(items.entry)}}),
                        q.id);
            ok = false;
            return {};
        }
        for (const Node* item : node.items) {
            if (!item->is_map()) {
                wrong_shape(*item,
                            message("finding.IRM011.entry"_key, lang_,
                                    {{"question", name(q)}, {"entry", entry_in_words(items.entry)}}),
                            q.id);
                ok = false;
                continue;
            }
            read_item(*item);
        }
        check_count(node.items.size(), q.bounds, node, q);
        return Value::of(static_cast<double>(node.items.size()));
    }

    /// Reports unknown fields of a citation or need, and returns the field's node if it is usable.
    void check_fields(const Question& q, const Node& item, const std::vector<std::string>& allowed, Key entry) {
        for (const auto& pair : item.pairs)
            if (std::find(allowed.begin(), allowed.end(), pair.key->text) == allowed.end())
                bad_item(message("finding.IRM018.unknown-field"_key, lang_,
                                 {{"question", name(q)},
                                  {"field", quote(pair.key->text)},
                                  {"entry", entry_in_words(entry)},
                                  {"suggestion", suggestion(pair.key->text, allowed)},
                                  {"fields", join_in_prose(allowed, lang_)}}),
                         pair.key->position, q.id);
    }

    /// A required text field; IRM018 at the map when it is missing or empty.
    const Node* required_field(const Question& q, const Node& item, const std::string& field, Key entry) {
        const Node* node = item.find(field);
        if (is_unanswered(node)) {
            bad_item(message("finding.IRM018.lacks-field"_key, lang_,
                             {{"question", name(q)}, {"field", field_in_words(field)}, {"entry", entry_in_words(entry)}}),
                     item.anchor(), q.id);
            return nullptr;
        }
        return single_field(q, *node, field, entry);
    }

    /// An optional single-valued field: IRM018 when it is a list or a map.
    const Node* optional_field(const Question& q, const Node& item, const std::string& field, Key entry) {
        const Node* node = item.find(field);
        if (is_unanswered(node)) return nullptr;
        return single_field(q, *node, field, entry);
    }

    const Node* single_field(const Question& q, const Node& node, const std::string& field, Key entry) {
        if (node.is_scalar()) return &node;
        bad_item(message("finding.IRM018.field-one-value"_key, lang_,
                         {{"question", name(q)}, {"field", field_in_words(field)}, {"entry", entry_in_words(entry)}}),
                 node.anchor(), q.id);
        return nullptr;
    }

    void check_year(const Question& q, const Node* year, Key entry) {
        if (!year) return;
        if (!is_whole_number(year->text))
            bad_item(message("finding.IRM018.year"_key, lang_,
                             {{"question", name(q)}, {"entry", entry_in_words(entry)}, {"value", quote(year->text)}}),
                     year->anchor(), q.id);
        else if (!fits_double(year->text))
            beyond_precision(*year, name(q), q.id);
    }

    void check_url(const Question& q, const Node* url, Key entry) {
        if (url && url->text.rfind("http://", 0) != 0 && url->text.rfind("https://", 0) != 0)
            bad_item(message("finding.IRM018.url"_key, lang_,
                             {{"question", name(q)}, {"entry", entry_in_words(entry)}, {"value", quote(url->text)}}),
                     url->anchor(), q.id);
    }

    void read_citation(const Question& q, const Node& item) {
        const Key entry = "finding.entry.citation"_key;
        check_fields(q, item, {"title", "provision", "year", "url", "sherloc"}, entry);
        required_field(q, item, "title", entry);
        optional_field(q, item, "provision", entry);
        optional_field(q, item, "sherloc", entry);
        check_year(q, optional_field(q, item, "year", entry), entry);
        check_url(q, optional_field(q, item, "url", entry), entry);
    }

    /// A court case (docs/COURT_CASES.md): checked as a citation is, with a date or a year.
    void read_court_case(const Question& q, const Node& item) {
        const Key entry = "finding.entry.court-case"_key;
        check_fields(q, item, {"court", "date", "year", "reference", "summary", "url", "sherloc"}, entry);
        required_field(q, item, "court", entry);
        optional_field(q, item, "reference", entry);
        required_field(q, item, "summary", entry);
        optional_field(q, item, "sherloc", entry);
        const Node* date = optional_field(q, item, "date", entry);
        const Node* year = optional_field(q, item, "year", entry);
        if (is_unanswered(item.find("date")) && is_unanswered(item.find("year")))
            bad_item(message("finding.IRM018.date-or-year"_key, lang_,
                             {{"question", name(q)}, {"entry", entry_in_words(entry)}}),
                     item.anchor(), q.id);
        if (date && !is_date(date->text)) {
            const std::optional<DateReading> reading = read_date_otherwise(date->text);
            bad_item(reading ? message("finding.IRM018.date-written-as"_key, lang_,
                                       {{"question", name(q)},
                                        {"entry", entry_in_words(entry)},
                                        {"value", quote(date->text)},
                                        {"date", reading->iso}})
                             : message("finding.IRM018.date"_key, lang_,
                                       {{"question", name(q)}, {"entry", entry_in_words(entry)}, {"value", quote(date->text)}}),
                     date->anchor(), q.id);
            date = nullptr;
        }
        check_year(q, year, entry);
        if (year && !is_whole_number(year->text)) year = nullptr;
        if (date && year && !same_year(date->text, year->text))
            bad_item(message("finding.IRM018.year-of-date"_key, lang_,
                             {{"question", name(q)},
                              {"entry", entry_in_words(entry)},
                              {"value", quote(year->text)},
                              {"date", date->text}}),
                     year->anchor(), q.id);
        check_url(q, optional_field(q, item, "url", entry), entry);
    }

    /// Whether a whole number written in any way ("2019", "+2019", "02019") is the year of a date.
    static bool same_year(const std::string& date, const std::string& year) {
        return compare_numbers(year, date.substr(0, 4)) == 0;
    }

    void read_ta_need(const Question& q, const Node& item) {
        const Key entry = "finding.entry.need"_key;
        check_fields(q, item, {"category", "description", "priority"}, entry);
        if (const Node* category = required_field(q, item, "category", entry);
            category && std::find(ta_categories().begin(), ta_categories().end(), category->text) ==
                            ta_categories().end())
            bad_item(message("finding.IRM018.category"_key, lang_,
                             {{"question", name(q)},
                              {"value", quote(category->text)},
                              {"suggestion", suggestion(category->text, ta_categories())},
                              {"choices", vocabulary_in_words(ta_categories(), ta_category_label)}}),
                     category->anchor(), q.id);
        required_field(q, item, "description", entry);
        if (const Node* priority = optional_field(q, item, "priority", entry);
            priority && std::find(ta_priorities().begin(), ta_priorities().end(), priority->text) ==
                            ta_priorities().end())
            bad_item(message("finding.IRM018.priority"_key, lang_,
                             {{"question", name(q)},
                              {"value", quote(priority->text)},
                              {"choices", vocabulary_in_words(ta_priorities(), ta_priority_label)}}),
                     priority->anchor(), q.id);
    }

    std::vector<Cell> read_row(const Question& q, const Node& row) {
        std::vector<Cell> cells;
        for (const auto& pair : row.pairs) {
            if (q.find_column(pair.key->text)) continue;
            std::vector<std::string> ids;
            for (const Column& column : q.columns)
                ids.push_back(column.id);
            bad_item(message("finding.IRM018.unknown-column"_key, lang_,
                             {{"question", name(q)},
                              {"column", quote(pair.key->text)},
                              {"suggestion", suggestion(pair.key->text, ids)},
                              {"columns", join_in_prose(ids, lang_)}}),
                     pair.key->position, q.id);
        }
        for (const Column& column : q.columns) {
            const Node* cell = row.find(column.id);
            Cell read{column.id, {}};
            if (is_unanswered(cell)) {
                if (column.required)
                    bad_item(message("finding.IRM018.lacks-column"_key, lang_,
                                     {{"question", name(q)}, {"column", column_in_words(column)}}),
                             row.anchor(), q.id);
            } else {
                bool ok = true;
                read.value = read_scalar(column.type, column.choices, column.bounds, *cell, q.id, name(q, column), ok);
            }
            cells.push_back(std::move(read));
        }
        return cells;
    }

    /// A column as a YAML file names it, with its label: “Men” (men).
    std::string column_in_words(const Column& column) const {
        const std::string& label = column.label.in(labels_);
        if (label.empty() || label == column.id) return quote(column.id);
        return message("finding.choice"_key, lang_, {{"label", quote(label)}, {"value", column.id}});
    }

    // -- applicability and expressions ----------------------------------------------

    /// The run-time view of the answers for expressions.
    class Answers final : public expr::Environment {
    public:
        Answers(Checker& checker, std::optional<std::size_t> dot) : c_(checker), dot_(dot) {}
        Value value(std::string_view name) const override {
            const auto index = resolve(name);
            return index ? c_.effective(*index) : Value::null();
        }
        double count(std::string_view name) const override {
            const auto index = resolve(name);
            if (!index) return 0;
            const Value value = c_.effective(*index);
            if (value.is_null()) return 0;
            if (value.kind == Value::Kind::List) return static_cast<double>(value.items.size());
            return holds_items(c_.q_->questions[*index].type) ? value.number : 1;
        }
        double column_sum(std::string_view table, std::string_view column) const override {
            const auto index = resolve(table);
            if (!index || c_.effective(*index).is_null()) return 0;
            double sum = 0;
            for (const auto& row : c_.r_.answers[*index].rows)
                for (const Cell& cell : row)
                    if (cell.column == column && cell.value.kind == Value::Kind::Number)
                        sum += cell.value.number;
            return sum;
        }

    private:
        std::optional<std::size_t> resolve(std::string_view name) const {
            if (name == ".") return dot_;
            const Question* q = c_.q_->find(name);
            return q ? std::optional(c_.index_of(*q)) : std::nullopt;
        }
        Checker& c_;
        std::optional<std::size_t> dot_;
    };

    /// The cells of one table row, for its row_constraint.
    class RowCells final : public expr::Environment {
    public:
        explicit RowCells(const std::vector<Cell>& cells) : cells_(cells) {}
        Value value(std::string_view name) const override {
            for (const Cell& cell : cells_)
                if (cell.column == name) return cell.value;
            return {};
        }
        double count(std::string_view name) const override { return value(name).is_null() ? 0 : 1; }
        double column_sum(std::string_view, std::string_view) const override { return 0; }

    private:
        const std::vector<Cell>& cells_;
    };

    enum class Progress { Unknown, Working, Done };

    /// Whether a question applies: its section's show_if and its own both hold.
    bool applicable(std::size_t index) {
        if (progress_[index] == Progress::Done) return r_.answers[index].applicable;
        // A cycle cannot reach here from a questionnaire that passed lint; treat it as applicable.
        if (progress_[index] == Progress::Working) return true;
        progress_[index] = Progress::Working;
        const Question& q = q_->questions[index];
        const Section& section = q_->sections[q.section];
        const Answers env(*this, std::nullopt);
        bool result = true;
        if (section.show_if) result = expr::holds(section.show_if->expr, env);
        if (result && q.show_if) result = expr::holds(q.show_if->expr, env);
        r_.answers[index].applicable = result;
        progress_[index] = Progress::Done;
        return result;
    }

    /// How expressions read a question: null when not applicable or malformed.
    Value effective(std::size_t index) {
        if (!applicable(index)) return Value::null();
        return r_.answers[index].value;
    }

    void check_answers() {
        for (std::size_t i = 0; i < q_->questions.size(); ++i) {
            AnswerState& state = r_.answers[i];
            state.answered = !is_unanswered(state.node);
            if (!state.answered) continue;
            read_answer(q_->questions[i], state);
            check_characters(*state.node, TextOf::Answer, &q_->questions[i]);
        }
        for (std::size_t i = 0; i < q_->questions.size(); ++i) {
            const Question& q = q_->questions[i];
            AnswerState& state = r_.answers[i];
            if (!applicable(i)) {
                if (state.answered) not_applicable(*state.node, q);
                state.value = Value::null();
                continue;
            }
            if (state.well_formed) {
                check_constraint(q, i);
                check_rows(q, state);
            }
            const Answers env(*this, std::nullopt);
            state.required = q.required || (q.required_if && expr::holds(q.required_if->expr, env));
            if (final_ && state.required && !state.answered) required_missing(q);
        }
    }

    /// A constraint says something only once its answer and every question it names are answered.
    void check_constraint(const Question& q, std::size_t index) {
        if (!q.constraint) return;
        const Answers env(*this, index);
        for (const auto& name : expr::names(q.constraint->expr))
            if (env.value(name).is_null()) return;
        if (expr::holds(q.constraint->expr, env)) return;
        const std::string custom = q.constraint_message.in(labels_);
        constraint_failed(q.constraint_severity,
                          custom.empty() ? message("finding.IRM014.rule"_key, lang_,
                                                   {{"question", name(q)}, {"rule", q.constraint->source}})
                                         : message("finding.IRM014.custom"_key, lang_,
                                                   {{"question", name(q)}, {"text", custom}}),
                          r_.answers[index].node->anchor(), q.id);
    }

    void check_rows(const Question& q, const AnswerState& state) {
        if (!q.row_constraint) return;
        const auto names = expr::names(q.row_constraint->expr);
        std::size_t row_index = 0;
        for (const Node* row : state.node->items) {
            if (!row->is_map()) continue;
            const std::vector<Cell>& cells = state.rows[row_index++];
            const RowCells env(cells);
            if (std::any_of(names.begin(), names.end(),
                            [&](const std::string& name) { return env.value(name).is_null(); }))
                continue;
            if (expr::holds(q.row_constraint->expr, env)) continue;
            const std::string custom = q.row_constraint_message.in(labels_);
            constraint_failed(q.row_constraint_severity,
                              custom.empty() ? message("finding.IRM014.row-rule"_key, lang_,
                                                       {{"question", name(q)}, {"rule", q.row_constraint->source}})
                                             : message("finding.IRM014.custom"_key, lang_,
                                                       {{"question", name(q)}, {"text", custom}}),
                              row->anchor(), q.id);
        }
    }

    /// A waiver turns each warning of its question into an IRM020 that quotes the justification.
    void apply_waivers() {
        for (const Waiver& waiver : r_.waivers) {
            bool used = false;
            for (Diagnostic& d : findings_.items()) {
                if (d.question != waiver.question || d.severity != Severity::Warning) continue;
                if (d.code != "IRM014" && d.code != "IRM015") continue;
                d.severity = Severity::Info;
                d.code = "IRM020";
                d.message = message("finding.IRM020.waived"_key, lang_,
                                    {{"message", d.message}, {"justification", waiver.justification}});
                used = true;
            }
            if (!used) stale_waiver(waiver);
        }
    }

    /// The `language` a response declares, read before anything is checked, so that even the
    /// findings of its start are in its language; empty when it declares none that can be read.
    static std::string declared_language(const yaml::Document& document) {
        const Node* root = document.root();
        if (root && root->is_map()) {
            const Node* language = root->find("language");
            return language && language->is_scalar() ? language->text : std::string();
        }
        if (root || !document.error()) return {};
        return language_in_source(document.source());
    }

    /// The value of a line `language: fr` near the start of a text the YAML reader stopped in.
    static std::string language_in_source(const std::string& source) {
        // A file the reader stopped in: its header line `language: fr`, when it has one near its start.
        const std::string_view head = std::string_view(source).substr(0, 4096);
        for (std::size_t at = head.find("language:"); at != std::string_view::npos; at = head.find("language:", at + 1)) {
            if (at > 0 && head[at - 1] != '\n') continue;
            std::size_t from = at + 9;
            while (from < head.size() && head[from] == ' ')
                ++from;
            std::size_t to = from;
            while (to < head.size() && ((head[to] >= 'a' && head[to] <= 'z') || head[to] == '-' || head[to] == '_'))
                ++to;
            return std::string(head.substr(from, to - from));
        }
        return {};
    }

    Response& r_;
    const Registry& registry_;
    const CheckOptions& options_;
    Findings findings_;
    const Questionnaire* q_ = nullptr;
    bool final_ = false;
    std::vector<Progress> progress_;
    std::string lang_ = "en";    ///< the language of the messages
    std::string labels_ = "en";  ///< the language labels are quoted in
};

}  // namespace

Response check_response(std::string bytes, std::string file, const Registry& registry,
                        const CheckOptions& options) {
    Response response;
    response.file = std::move(file);
    response.document = yaml::Document::parse(std::move(bytes));
    Checker(response, registry, options).run();
    return response;
}

}  // namespace irm
