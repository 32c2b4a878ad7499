#include <irm/response_check.hpp>
#include <irm/text.hpp>
#include <irm/values.hpp>

#include "check/prologue.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <set>

namespace irm {

namespace {

using text::join;
using text::quoted;

using expr::Value;
using yaml::Node;

std::string describe_shape(const Node& node) {
    switch (node.kind) {
        case Node::Kind::Sequence:
            return "a list";
        case Node::Kind::Map:
            return "a map";
        case Node::Kind::Scalar:
            return "a single value";
        case Node::Kind::Null:
            return "nothing";
    }
    return "something else";
}

const std::vector<std::string> header_keys{"format",   "questionnaire", "version", "state",
                                           "language", "status",        "answers", "waivers"};

/// Checks one response; every finding is made by one of the factories below.
class Checker {
public:
    Checker(Response& response, const Registry& registry, const CheckOptions& options)
        : r_(response), registry_(registry), options_(options), findings_(response.file) {}

    void run() {
        check();
        r_.findings = findings_.take_sorted();
    }

private:
    // -- finding factories, one per code ---------------------------------------

    void structure(const std::string& message, std::optional<Position> where,
                   const std::string& question = {}) {
        findings_.add(Severity::Error, "IRM002", message, where, question);
    }
    void unknown_questionnaire(const std::string& message, Position where) {
        findings_.add(Severity::Error, "IRM003", message, where);
    }
    void unknown_question(const Node& key, const std::string& what) {
        findings_.add(
            Severity::Error, "IRM010",
            what + " for unknown question " + quoted(key.text) + text::did_you_mean(key.text, q_->ids()),
            key.position);
    }
    void wrong_shape(const Node& node, const std::string& expected, const std::string& question) {
        findings_.add(Severity::Error, "IRM011",
                      "expected " + expected + ", got " + describe_shape(node) +
                          (node.is_scalar() ? " " + quoted(node.text) : ""),
                      node.anchor(), question);
    }
    void repeated_value(const Node& node, const std::string& question) {
        findings_.add(Severity::Error, "IRM011", "value " + quoted(node.text) + " is selected twice",
                      node.anchor(), question);
    }
    void not_a_choice(const Node& node, const std::vector<Choice>& choices, const std::string& question) {
        std::vector<std::string> values;
        std::string hint;
        for (const Choice& choice : choices) {
            values.push_back(choice.value);
            for (const auto& translation : choice.label.translations)
                if (hint.empty() && translation.second == node.text)
                    hint = " (did you mean '" + choice.value + "'? write the value, not the label)";
        }
        if (hint.empty()) hint = text::did_you_mean(node.text, values);
        findings_.add(Severity::Error, "IRM012",
                      quoted(node.text) + " is not one of the choices" + hint + "; allowed: " + join(values),
                      node.anchor(), question);
    }
    void required_missing(const Question& q) {
        const std::string label = q.label.in(r_.language.value_or(""));
        findings_.add(
            Severity::Error, "IRM013",
            "required question " + quoted(q.id) + " is not answered" + (label.empty() ? "" : ": " + label),
            std::nullopt, q.id);
    }
    void constraint_failed(Severity severity, const std::string& message, Position where,
                           const std::string& question) {
        findings_.add(severity, "IRM014", message, where, question);
    }
    void not_applicable(const Node& node, const Question& q) {
        findings_.add(Severity::Warning, "IRM015",
                      "question " + quoted(q.id) +
                          " does not apply here (its show_if is false); this answer is ignored",
                      node.anchor(), q.id);
    }
    void bad_date(const Node& node, const std::string& question) {
        findings_.add(Severity::Error, "IRM016", quoted(node.text) + " is not a real date written YYYY-MM-DD",
                      node.anchor(), question);
    }
    void out_of_bounds(const std::string& message, Position where, const std::string& question) {
        findings_.add(Severity::Error, "IRM017", message, where, question);
    }
    void bad_item(const std::string& message, Position where, const std::string& question) {
        findings_.add(Severity::Error, "IRM018", message, where, question);
    }
    void note_answered(const Node& node, const Question& q) {
        findings_.add(Severity::Error, "IRM019",
                      quoted(q.id) + " is a note to read, not a question to answer", node.anchor(), q.id);
    }
    void control_character(const Node& node, std::size_t at, const std::string& what,
                           const std::string& question) {
        const char32_t code_point = text::character_at(node.text, at).code_point;
        findings_.add(
            Severity::Warning, "IRM060",
            fmt::format(
                "{what} holds U+{code:04X}, {kind}, at character {index}: no answer means one, and "
                "the drafts and exports may show U+FFFD in its place; remove it",
                fmt::arg("what", what), fmt::arg("code", static_cast<unsigned>(code_point)),
                fmt::arg("kind", text::is_control(code_point) ? "a control character" : "a noncharacter"),
                fmt::arg("index", text::code_points(std::string_view(node.text).substr(0, at)) + 1)),
            node.anchor(), question);
    }
    void beyond_precision(const Node& node, const std::string& subject, const std::string& question) {
        findings_.add(
            Severity::Warning, "IRM061",
            fmt::format("{subject} {number} is more precise or larger than the numbers irm computes "
                        "with (15 significant digits, below 10^308): conditions and spreadsheets "
                        "would round it, so the workbooks show it as text; the XML and JSON exports "
                        "carry every digit",
                        fmt::arg("subject", subject), fmt::arg("number", text::shorten(node.text, 40))),
            node.anchor(), question);
    }
    void stale_waiver(const Waiver& waiver) {
        findings_.add(Severity::Warning, "IRM021",
                      "waiver for " + quoted(waiver.question) + ", which has no warning to waive",
                      waiver.position, waiver.question);
    }

    // -- header -----------------------------------------------------------------

    void check() {
        static const check::FileKind response_kind{"irm-response/1",
                                                   "IRM002",
                                                   "a response",
                                                   "'format', 'state' and 'answers'",
                                                   {"answers", "waivers"}};
        const Node* root = check::read_prologue(r_.document, response_kind, findings_);
        if (!root) return;
        for (const auto& pair : root->pairs)
            if (std::find(header_keys.begin(), header_keys.end(), pair.key->text) == header_keys.end())
                structure("unknown top-level key " + quoted(pair.key->text) +
                              text::did_you_mean(pair.key->text, header_keys),
                          pair.key->position);

        r_.questionnaire_id = header_text(*root, "questionnaire");
        r_.version = header_text(*root, "version");
        r_.state = header_text(*root, "state");
        if (r_.state) check_characters(*root->find("state"), "the State's name", {});
        r_.language = header_text(*root, "language");
        r_.status = header_text(*root, "status");
        final_ = options_.final;
        if (r_.status) {
            if (*r_.status == "final")
                final_ = true;
            else if (*r_.status != "draft")
                structure("'status' must be 'draft' or 'final'", root->find("status")->anchor());
        }

        const Node* answers = root->find("answers");
        if (answers && !answers->is_null() && !answers->is_map()) {
            structure("'answers' must be a map from question id to answer", answers->anchor());
            answers = nullptr;
        }
        const Node* waivers = root->find("waivers");
        if (waivers && !waivers->is_null() && !waivers->is_map()) {
            structure("'waivers' must be a map from question id to a justification", waivers->anchor());
            waivers = nullptr;
        }

        if (!r_.questionnaire_id || !r_.version) return;
        q_ = registry_.find(*r_.questionnaire_id, *r_.version);
        if (!q_) {
            report_unknown_questionnaire(*root);
            return;
        }
        r_.questionnaire = q_;
        if (r_.language && !q_->has_language(*r_.language))
            structure("language " + quoted(*r_.language) + " is not one of this questionnaire's languages (" +
                          join(q_->languages) + ")",
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
            structure("the response lacks '" + key + "'", std::nullopt);
            return std::nullopt;
        }
        if (!node->is_scalar() || node->text.empty()) {
            structure("'" + key + "' must be " +
                          (node->is_scalar() || node->is_null() ? "a non-empty value" : "a single value"),
                      node->anchor());
            return std::nullopt;
        }
        return node->text;
    }

    void report_unknown_questionnaire(const Node& root) {
        const std::string& id = *r_.questionnaire_id;
        const std::string& version = *r_.version;
        const Position at_id = root.find("questionnaire")->anchor();
        if (auto why = registry_.refusal(id, version)) {
            unknown_questionnaire(
                "questionnaire " + quoted(id) + " version " + quoted(version) + " cannot be used: " + *why,
                at_id);
        } else if (registry_.has_id(id)) {
            std::vector<std::string> versions;
            for (const Questionnaire* q : registry_.all())
                if (q->id == id) versions.push_back(quoted(q->version));
            unknown_questionnaire("questionnaire " + quoted(id) + " has no version " + quoted(version) +
                                      (versions.empty() ? "" : "; known: " + join(versions)),
                                  root.find("version")->anchor());
        } else {
            std::vector<std::string> ids;
            for (const Questionnaire* q : registry_.all())
                ids.push_back(q->id);
            unknown_questionnaire("no questionnaire " + quoted(id) + " is loaded" +
                                      text::did_you_mean(id, ids) +
                                      " (add its directory with --questionnaires)",
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
                unknown_question(*pair.key, "answer");
                continue;
            }
            r_.answers[index_of(*q)].node = pair.value;
        }
    }

    void collect_waivers(const Node& waivers) {
        for (const auto& pair : waivers.pairs) {
            const Question* q = pair.key->is_scalar() ? q_->find(pair.key->text) : nullptr;
            if (!q) {
                unknown_question(*pair.key, "waiver");
                continue;
            }
            const Node& justification = *pair.value;
            if (!justification.is_scalar() || justification.text.empty()) {
                structure("the waiver for " + quoted(q->id) +
                              " needs a justification: why the warning does not apply",
                          justification.anchor(), q->id);
                continue;
            }
            check_characters(justification, "the justification of the waiver", q->id);
            r_.waivers.push_back(Waiver{q->id, justification.text, pair.key->position});
        }
    }

    /// IRM060 on each text of a value (every scalar of a list or map) that holds a
    /// control character or a noncharacter: no answer means one, and most outputs cannot
    /// show it as it is.
    void check_characters(const Node& node, const std::string& what, const std::string& question) {
        switch (node.kind) {
            case Node::Kind::Scalar:
                if (const auto at = text::first_control(node.text))
                    control_character(node, *at, what, question);
                break;
            case Node::Kind::Sequence:
                for (const Node* item : node.items)
                    check_characters(*item, what, question);
                break;
            case Node::Kind::Map:
                for (const auto& pair : node.pairs)
                    check_characters(*pair.value, what, question);
                break;
            case Node::Kind::Null:
                break;
        }
    }

    // -- reading answers ---------------------------------------------------------

    /// Reads a single value of a scalar type (also table cells); null when malformed.
    Value read_scalar(QuestionType type, const std::vector<Choice>& choices, const Bounds& bounds,
                      const Node& node, const std::string& question, const std::string& subject,
                      bool& well_formed) {
        if (!node.is_scalar()) {
            wrong_shape(node, "a single value", question);
            well_formed = false;
            return {};
        }
        const std::string& text = node.text;
        switch (type) {
            case QuestionType::Choice: {
                if (!std::any_of(choices.begin(), choices.end(),
                                 [&](const Choice& c) { return c.value == text; }))
                    not_a_choice(node, choices, question);
                return Value::of(text);
            }
            case QuestionType::Integer:
            case QuestionType::Number: {
                const bool whole = type == QuestionType::Integer;
                if (whole ? !is_whole_number(text) : !is_decimal_number(text)) {
                    wrong_shape(node, whole ? "a whole number" : "a number", question);
                    well_formed = false;
                    return {};
                }
                // Bounds compare the digits as written, exactly, whatever their number: a double
                // would take 100000000000000000001 for 100000000000000000000.
                if (bounds.min && compare_numbers(text, bounds.min_text) < 0)
                    out_of_bounds(subject + " " + text + " is below the minimum " + bounds.min_text,
                                  node.anchor(), question);
                if (bounds.max && compare_numbers(text, bounds.max_text) > 0)
                    out_of_bounds(subject + " " + text + " is above the maximum " + bounds.max_text,
                                  node.anchor(), question);
                // Expressions compute with doubles: strtod turns a number no double can hold into an
                // infinity (or zero), which still compares right against an ordinary one; one a double
                // would round is said (IRM061), so that no figure changes without a word.
                if (!fits_double(text)) beyond_precision(node, subject, question);
                return Value::of(std::strtod(text.c_str(), nullptr));
            }
            case QuestionType::Date: {
                if (!is_date(text)) {
                    bad_date(node, question);
                    well_formed = false;
                    return {};
                }
                if (bounds.min_date && text < *bounds.min_date)
                    out_of_bounds(
                        subject + " " + text + " is before the earliest date allowed, " + *bounds.min_date,
                        node.anchor(), question);
                if (bounds.max_date && text > *bounds.max_date)
                    out_of_bounds(
                        subject + " " + text + " is after the latest date allowed, " + *bounds.max_date,
                        node.anchor(), question);
                return Value::of(text);
            }
            default: {
                const std::size_t length = text::code_points(text);
                if (bounds.min_length && length < *bounds.min_length)
                    out_of_bounds(subject + " has " + std::to_string(length) + " characters; at least " +
                                      std::to_string(*bounds.min_length) + " are expected",
                                  node.anchor(), question);
                if (bounds.max_length && length > *bounds.max_length)
                    out_of_bounds(subject + " has " + std::to_string(length) + " characters; at most " +
                                      std::to_string(*bounds.max_length) + " are allowed",
                                  node.anchor(), question);
                return Value::of(text);
            }
        }
    }

    void check_count(std::size_t count, const Bounds& bounds, const Node& node, const std::string& question,
                     const std::string& noun) {
        if (bounds.min_count && count < *bounds.min_count)
            out_of_bounds(std::to_string(count) + " " + noun + "; at least " +
                              std::to_string(*bounds.min_count) + " expected",
                          node.anchor(), question);
        if (bounds.max_count && count > *bounds.max_count)
            out_of_bounds(std::to_string(count) + " " + noun + "; at most " +
                              std::to_string(*bounds.max_count) + " allowed",
                          node.anchor(), question);
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
                state.value = read_scalar(q.type, q.choices, q.bounds, node, q.id, "the answer", ok);
                break;
            case QuestionType::MultiChoice:
                state.value = read_multi_choice(q, node, ok);
                break;
            case QuestionType::Legislation:
                state.value =
                    read_list(q, node, ok, "citations", [&](const Node& item) { read_citation(q, item); });
                break;
            case QuestionType::CourtCases:
                state.value = read_list(q, node, ok, "court cases",
                                        [&](const Node& item) { read_court_case(q, item); });
                break;
            case QuestionType::TaNeeds:
                state.value =
                    read_list(q, node, ok, "needs", [&](const Node& item) { read_ta_need(q, item); });
                break;
            case QuestionType::Table:
                state.value = read_list(q, node, ok, "rows",
                                        [&](const Node& row) { state.rows.push_back(read_row(q, row)); });
                break;
        }
        state.well_formed = ok;
        if (!ok) state.value = Value::null();
    }

    Value read_multi_choice(const Question& q, const Node& node, bool& ok) {
        if (!node.is_sequence()) {
            wrong_shape(node, "a list of values", q.id);
            ok = false;
            return {};
        }
        std::vector<Value> values;
        std::set<std::string> seen;
        for (const Node* item : node.items) {
            if (!item->is_scalar()) {
                wrong_shape(*item, "a single value in the list", q.id);
                ok = false;
                continue;
            }
            if (!seen.insert(item->text).second) {
                repeated_value(*item, q.id);
                ok = false;
                continue;
            }
            if (!q.find_choice(item->text)) not_a_choice(*item, q.choices, q.id);
            values.push_back(Value::of(item->text));
        }
        check_count(seen.size(), q.bounds, node, q.id,
                    seen.size() == 1 ? "value selected" : "values selected");
        return Value::of(std::move(values));
    }

    /// Lists of maps (citations, needs, rows): the answer reads as its item count.
    template <typename ReadItem>
    Value read_list(const Question& q, const Node& node, bool& ok, const std::string& noun,
                    ReadItem&& read_item) {
        if (!node.is_sequence()) {
            wrong_shape(node, "a list of " + noun, q.id);
            ok = false;
            return {};
        }
        for (const Node* item : node.items) {
            if (!item->is_map()) {
                wrong_shape(*item, "a map in the list of " + noun, q.id);
                ok = false;
                continue;
            }
            read_item(*item);
        }
        check_count(node.items.size(), q.bounds, node, q.id,
                    node.items.size() == 1 ? noun.substr(0, noun.size() - 1) : noun);
        return Value::of(static_cast<double>(node.items.size()));
    }

    /// Reports unknown fields of a citation or need, and returns the field's node if it is usable.
    void check_fields(const Question& q, const Node& item, const std::vector<std::string>& allowed,
                      const std::string& what) {
        for (const auto& pair : item.pairs)
            if (std::find(allowed.begin(), allowed.end(), pair.key->text) == allowed.end())
                bad_item("unknown field " + quoted(pair.key->text) + " in " + what +
                             text::did_you_mean(pair.key->text, allowed) + "; allowed: " + join(allowed),
                         pair.key->position, q.id);
    }

    /// A required text field; IRM018 at the map when it is missing or empty.
    const Node* required_field(const Question& q, const Node& item, const std::string& field,
                               const std::string& what) {
        const Node* node = item.find(field);
        if (is_unanswered(node)) {
            bad_item(what + " lacks " + quoted(field), item.anchor(), q.id);
            return nullptr;
        }
        if (!node->is_scalar()) {
            bad_item(quoted(field) + " of " + what + " must be a single value", node->anchor(), q.id);
            return nullptr;
        }
        return node;
    }

    /// An optional single-valued field: IRM018 when it is a list or a map.
    const Node* optional_field(const Question& q, const Node& item, const std::string& field,
                               const std::string& what) {
        const Node* node = item.find(field);
        if (is_unanswered(node)) return nullptr;
        if (!node->is_scalar()) {
            bad_item(quoted(field) + " of " + what + " must be a single value", node->anchor(), q.id);
            return nullptr;
        }
        return node;
    }

    void read_citation(const Question& q, const Node& item) {
        const std::string what = "a citation";
        check_fields(q, item, {"title", "provision", "year", "url", "sherloc"}, what);
        required_field(q, item, "title", what);
        optional_field(q, item, "provision", what);
        optional_field(q, item, "sherloc", what);
        if (const Node* year = optional_field(q, item, "year", what); year && !is_whole_number(year->text))
            bad_item("the year of a citation must be a whole number, not " + quoted(year->text),
                     year->anchor(), q.id);
        else if (year && !fits_double(year->text))
            beyond_precision(*year, "the year of a citation", q.id);
        if (const Node* url = optional_field(q, item, "url", what);
            url && url->text.rfind("http://", 0) != 0 && url->text.rfind("https://", 0) != 0)
            bad_item("the url of a citation must start with http:// or https://", url->anchor(), q.id);
    }

    /// A court case (docs/COURT_CASES.md): checked as a citation is, with a date or a year.
    void read_court_case(const Question& q, const Node& item) {
        const std::string what = "a court case";
        check_fields(q, item, {"court", "date", "year", "reference", "summary", "url", "sherloc"}, what);
        required_field(q, item, "court", what);
        optional_field(q, item, "reference", what);
        required_field(q, item, "summary", what);
        optional_field(q, item, "sherloc", what);
        const Node* date = optional_field(q, item, "date", what);
        const Node* year = optional_field(q, item, "year", what);
        if (is_unanswered(item.find("date")) && is_unanswered(item.find("year")))
            bad_item(what + " lacks 'date' or 'year': give the date of the decision, or at least its year",
                     item.anchor(), q.id);
        if (date && !is_date(date->text)) {
            bad_item(
                "the date of a court case must be a real date written YYYY-MM-DD, not " + quoted(date->text),
                date->anchor(), q.id);
            date = nullptr;
        }
        if (year && !is_whole_number(year->text)) {
            bad_item("the year of a court case must be a whole number, not " + quoted(year->text),
                     year->anchor(), q.id);
            year = nullptr;
        } else if (year && !fits_double(year->text)) {
            beyond_precision(*year, "the year of a court case", q.id);
        }
        if (date && year && !same_year(date->text, year->text))
            bad_item("the year " + quoted(year->text) + " of a court case is not the year of its date " +
                         quoted(date->text),
                     year->anchor(), q.id);
        if (const Node* url = optional_field(q, item, "url", what);
            url && url->text.rfind("http://", 0) != 0 && url->text.rfind("https://", 0) != 0)
            bad_item("the url of a court case must start with http:// or https://", url->anchor(), q.id);
    }

    /// Whether a whole number written in any way ("2019", "+2019", "02019") is the year of a date.
    static bool same_year(const std::string& date, const std::string& year) {
        return compare_numbers(year, date.substr(0, 4)) == 0;
    }

    void read_ta_need(const Question& q, const Node& item) {
        const std::string what = "a technical-assistance need";
        check_fields(q, item, {"category", "description", "priority"}, what);
        if (const Node* category = required_field(q, item, "category", what);
            category && std::find(ta_categories().begin(), ta_categories().end(), category->text) ==
                            ta_categories().end())
            bad_item("unknown category " + quoted(category->text) +
                         text::did_you_mean(category->text, ta_categories()) + "; use one of " +
                         join(ta_categories()),
                     category->anchor(), q.id);
        required_field(q, item, "description", what);
        if (const Node* priority = optional_field(q, item, "priority", what);
            priority && std::find(ta_priorities().begin(), ta_priorities().end(), priority->text) ==
                            ta_priorities().end())
            bad_item("priority must be high, medium or low, not " + quoted(priority->text),
                     priority->anchor(), q.id);
    }

    std::vector<Cell> read_row(const Question& q, const Node& row) {
        std::vector<Cell> cells;
        for (const auto& pair : row.pairs) {
            if (q.find_column(pair.key->text)) continue;
            std::vector<std::string> ids;
            for (const Column& column : q.columns)
                ids.push_back(column.id);
            bad_item("unknown column " + quoted(pair.key->text) + text::did_you_mean(pair.key->text, ids) +
                         "; columns: " + join(ids),
                     pair.key->position, q.id);
        }
        for (const Column& column : q.columns) {
            const Node* cell = row.find(column.id);
            Cell read{column.id, {}};
            if (is_unanswered(cell)) {
                if (column.required)
                    bad_item("the row lacks the required column " + quoted(column.id), row.anchor(), q.id);
            } else {
                bool ok = true;
                read.value = read_scalar(column.type, column.choices, column.bounds, *cell, q.id,
                                         "column " + quoted(column.id), ok);
            }
            cells.push_back(std::move(read));
        }
        return cells;
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
            check_characters(*state.node, "the answer", q_->questions[i].id);
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
        const std::string custom = q.constraint_message.in(r_.language.value_or(""));
        constraint_failed(
            q.constraint_severity,
            custom.empty() ? "the answer breaks the rule " + quoted(q.constraint->source) : custom,
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
            const std::string custom = q.row_constraint_message.in(r_.language.value_or(""));
            constraint_failed(
                q.row_constraint_severity,
                custom.empty() ? "the row breaks the rule " + quoted(q.row_constraint->source) : custom,
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
                d.message = "waived: " + d.message + " — justification: " + waiver.justification;
                used = true;
            }
            if (!used) stale_waiver(waiver);
        }
    }

    Response& r_;
    const Registry& registry_;
    const CheckOptions& options_;
    Findings findings_;
    const Questionnaire* q_ = nullptr;
    bool final_ = false;
    std::vector<Progress> progress_;
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
