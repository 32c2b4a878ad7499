#include <irm/answers.hpp>
#include <irm/json.hpp>
#include <irm/schema.hpp>
#include <irm/values.hpp>

#include <optional>

namespace irm {

namespace {

using json::Value;

const char* const unanswered_ref = "#/$defs/unanswered";

Value ref(const char* target) {
    Value v = Value::object();
    v["$ref"] = target;
    return v;
}

/// `{"required": [key]}`: the object has that key.
Value required_of(const char* key) {
    Value v = Value::object();
    v["required"] = Value::array().push(key);
    return v;
}

Value strings(const std::vector<std::string>& items) {
    Value list = Value::array();
    for (const auto& item : items)
        list.push(item);
    return list;
}

/// Values as YAML readers other than irm see them: `1` is a number there, so a
/// choice whose value looks like a number is accepted in both forms.
Value enum_of(const std::vector<Choice>& choices) {
    Value list = Value::array();
    for (const Choice& choice : choices) {
        list.push(choice.value);
        if (is_whole_number(choice.value) || is_decimal_number(choice.value))
            if (const auto number = to_number(choice.value)) list.push(*number);
    }
    return list;
}

Value any_of(Value a, Value b) {
    Value v = Value::object();
    v["anyOf"] = Value::array().push(std::move(a)).push(std::move(b));
    return v;
}

/// A number as YAML writes it, or the same number quoted (irm reads both).
Value numeric(bool whole, const Bounds& bounds) {
    Value number = Value::object();
    number["type"] = whole ? "integer" : "number";
    if (bounds.min) number["minimum"] = *bounds.min;
    if (bounds.max) number["maximum"] = *bounds.max;
    Value quoted = Value::object();
    quoted["type"] = "string";
    quoted["pattern"] = whole ? "^[+-]?[0-9]+$" : "^[+-]?([0-9]+(\\.[0-9]+)?|\\.[0-9]+)$";
    return any_of(std::move(number), std::move(quoted));
}

/// The schema of one value of a scalar type (answers and table cells).
Value scalar_schema(QuestionType type, const std::vector<Choice>& choices, const Bounds& bounds) {
    Value v = Value::object();
    switch (type) {
        case QuestionType::Choice:
            v["enum"] = enum_of(choices);
            break;
        case QuestionType::Integer:
            return numeric(true, bounds);
        case QuestionType::Number:
            return numeric(false, bounds);
        case QuestionType::Date: {
            Value text = Value::object();
            text["type"] = "string";
            text["pattern"] = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
            // YAML 1.1 readers turn an unquoted date into a timestamp object.
            Value timestamp = Value::object();
            timestamp["type"] = "object";
            return any_of(std::move(text), std::move(timestamp));
        }
        default: {
            Value types = Value::array();
            types.push("string").push("number").push("boolean");
            v["type"] = std::move(types);
            if (bounds.min_length) v["minLength"] = static_cast<double>(*bounds.min_length);
            if (bounds.max_length) v["maxLength"] = static_cast<double>(*bounds.max_length);
        }
    }
    return v;
}

void count_bounds(Value& v, const Bounds& bounds) {
    if (bounds.min_count) v["minItems"] = static_cast<double>(*bounds.min_count);
    if (bounds.max_count) v["maxItems"] = static_cast<double>(*bounds.max_count);
}

Value object_of(Value properties, const std::vector<std::string>& required) {
    Value v = Value::object();
    v["type"] = "object";
    v["properties"] = std::move(properties);
    if (!required.empty()) v["required"] = strings(required);
    v["additionalProperties"] = false;
    return v;
}

Value citation_schema() {
    Value text = Value::object();
    text["type"] = Value::array().push("string").push("number");
    Value title = text;
    title["minLength"] = 1;
    Value url = Value::object();
    url["type"] = "string";
    url["pattern"] = "^https?://";
    Value properties = Value::object();
    properties["title"] = title;
    properties["provision"] = text;
    properties["year"] = numeric(true, {});
    properties["url"] = url;
    properties["sherloc"] = text;
    return object_of(std::move(properties), {"title"});
}

/// A court case (docs/COURT_CASES.md). That the year agrees with the date is left to the checker.
Value court_case_schema() {
    Value text = Value::object();
    text["type"] = Value::array().push("string").push("number");
    Value required_text = text;
    required_text["minLength"] = 1;
    Value url = Value::object();
    url["type"] = "string";
    url["pattern"] = "^https?://";
    Value properties = Value::object();
    properties["court"] = required_text;
    properties["date"] = scalar_schema(QuestionType::Date, {}, {});
    properties["year"] = numeric(true, {});
    properties["reference"] = text;
    properties["summary"] = required_text;
    properties["url"] = url;
    properties["sherloc"] = text;
    Value v = object_of(std::move(properties), {"court", "summary"});
    v["anyOf"] = Value::array().push(required_of("date")).push(required_of("year"));
    return v;
}

Value ta_need_schema() {
    Value category = Value::object();
    category["enum"] = strings(ta_categories());
    Value description = Value::object();
    description["type"] = "string";
    description["minLength"] = 1;
    Value priority = Value::object();
    priority["enum"] = strings(ta_priorities());
    Value properties = Value::object();
    properties["category"] = category;
    properties["description"] = description;
    properties["priority"] = priority;
    return object_of(std::move(properties), {"category", "description"});
}

/// The schema of an answered value of a question (unanswered forms are added by the caller).
std::optional<Value> value_schema(const Question& q) {
    Value v = Value::object();
    switch (q.type) {
        case QuestionType::Note:
            return std::nullopt;  // only unanswered forms
        case QuestionType::MultiChoice: {
            v["type"] = "array";
            Value item = Value::object();
            item["enum"] = enum_of(q.choices);
            v["items"] = item;
            v["uniqueItems"] = true;
            count_bounds(v, q.bounds);
            return v;
        }
        case QuestionType::Legislation:
            v["type"] = "array";
            v["items"] = citation_schema();
            count_bounds(v, q.bounds);
            return v;
        case QuestionType::CourtCases:
            v["type"] = "array";
            v["items"] = court_case_schema();
            count_bounds(v, q.bounds);
            return v;
        case QuestionType::TaNeeds:
            v["type"] = "array";
            v["items"] = ta_need_schema();
            return v;
        case QuestionType::Table: {
            Value properties = Value::object();
            std::vector<std::string> required;
            for (const Column& column : q.columns) {
                Value cell = scalar_schema(column.type, column.choices, column.bounds);
                cell["description"] = column.label.in("");
                if (column.required)
                    required.push_back(column.id);
                else
                    cell = any_of(ref("#/$defs/empty"), std::move(cell));
                properties[column.id] = std::move(cell);
            }
            v["type"] = "array";
            v["items"] = object_of(std::move(properties), required);
            count_bounds(v, q.bounds);
            return v;
        }
        default:
            return scalar_schema(q.type, q.choices, q.bounds);
    }
}

Value answered(const std::string& id) {
    Value v = Value::object();
    v["required"] = Value::array().push(id);
    Value not_unanswered = Value::object();
    not_unanswered["not"] = ref(unanswered_ref);
    Value properties = Value::object();
    properties[id] = std::move(not_unanswered);
    v["properties"] = std::move(properties);
    return v;
}

/// A condition on the answers object equivalent to an expression, where one
/// can be written: comparisons of a question with literals, answered(),
/// and/or/not of those. Anything else cannot be expressed and gives nothing.
std::optional<Value> condition(const expr::Expr& e) {
    using Kind = expr::Expr::Kind;
    const auto literal_text = [](const expr::Expr& x) -> std::optional<Value> {
        if (x.kind != Kind::Literal) return std::nullopt;
        if (x.literal.kind == expr::Value::Kind::String) return Value(x.literal.text);
        if (x.literal.kind == expr::Value::Kind::Number) return Value(x.literal.number);
        return std::nullopt;
    };
    const auto has_value = [](const std::string& id, Value schema) {
        Value v = Value::object();
        v["required"] = Value::array().push(id);
        Value properties = Value::object();
        properties[id] = std::move(schema);
        v["properties"] = std::move(properties);
        return v;
    };
    switch (e.kind) {
        case Kind::Literal:
            if (e.literal.kind == expr::Value::Kind::Bool) {
                if (e.literal.boolean) return Value::object();
                Value never = Value::object();
                never["not"] = Value::object();
                return never;
            }
            return std::nullopt;
        case Kind::Unary:
            if (e.op == expr::Op::Not) {
                auto inner = condition(e.args[0]);
                if (!inner) return std::nullopt;
                Value v = Value::object();
                v["not"] = std::move(*inner);
                return v;
            }
            return std::nullopt;
        case Kind::Call:
            if (e.name == "answered" && e.args[0].kind == Kind::Name) return answered(e.args[0].name);
            return std::nullopt;
        case Kind::Binary: {
            const expr::Expr& left = e.args[0];
            const expr::Expr& right = e.args[1];
            if (e.op == expr::Op::And || e.op == expr::Op::Or) {
                auto a = condition(left);
                auto b = condition(right);
                if (!a || !b) return std::nullopt;
                Value v = Value::object();
                v[e.op == expr::Op::And ? "allOf" : "anyOf"] =
                    Value::array().push(std::move(*a)).push(std::move(*b));
                return v;
            }
            if (e.op == expr::Op::Eq || e.op == expr::Op::Ne) {
                const expr::Expr* name = left.kind == Kind::Name    ? &left
                                         : right.kind == Kind::Name ? &right
                                                                    : nullptr;
                const expr::Expr& other = name == &left ? right : left;
                const auto literal = literal_text(other);
                if (!name || !literal) return std::nullopt;
                Value is = Value::object();
                is["const"] = *literal;
                Value v = has_value(name->name, std::move(is));
                if (e.op == expr::Op::Eq) return v;
                Value negated = Value::object();
                negated["not"] = std::move(v);
                return negated;
            }
            if (e.op == expr::Op::In && left.kind == Kind::Name && right.kind == Kind::List) {
                Value values = Value::array();
                for (const expr::Expr& item : right.args) {
                    auto literal = literal_text(item);
                    if (!literal) return std::nullopt;
                    values.push(std::move(*literal));
                }
                Value in = Value::object();
                in["enum"] = std::move(values);
                return has_value(left.name, std::move(in));
            }
            return std::nullopt;
        }
        default:
            return std::nullopt;
    }
}

/// "When final, if the question applies and is required, it is answered",
/// where the conditions can be expressed.
std::optional<Value> requirement(const Questionnaire& questionnaire, const Question& q) {
    if (!q.required && !q.required_if) return std::nullopt;
    Value conditions = Value::array();
    const Section& section = questionnaire.sections[q.section];
    for (const auto* expression : {&section.show_if, &q.show_if, &q.required_if}) {
        if (!*expression) continue;
        auto translated = condition((*expression)->expr);
        if (!translated) return std::nullopt;
        conditions.push(std::move(*translated));
    }
    if (conditions.empty()) return answered(q.id);
    Value when = Value::object();
    when["allOf"] = std::move(conditions);
    Value rule = Value::object();
    rule["if"] = std::move(when);
    rule["then"] = answered(q.id);
    return rule;
}

}  // namespace

std::string response_schema(const Questionnaire& q, const std::string& language) {
    Value schema = Value::object();
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema";
    schema["title"] = q.title.in(language);
    schema["description"] = "Response to questionnaire " + q.id + " version " + q.version +
                            " (irm-response/1). Generated by irm schema.";

    Value defs = Value::object();
    Value unanswered = Value::object();
    Value forms = Value::array();
    Value null_type = Value::object();
    null_type["type"] = "null";
    Value empty_text = Value::object();
    empty_text["const"] = "";
    Value empty_list = Value::object();
    empty_list["type"] = "array";
    empty_list["maxItems"] = 0;
    forms.push(null_type).push(empty_text).push(empty_list);
    unanswered["description"] = "Not answered yet: nothing, an empty text or an empty list.";
    unanswered["anyOf"] = std::move(forms);
    defs["unanswered"] = std::move(unanswered);
    Value empty = Value::object();
    empty["anyOf"] = Value::array().push(null_type).push(empty_text);
    defs["empty"] = std::move(empty);
    schema["$defs"] = std::move(defs);

    Value answers = Value::object();
    Value waivers = Value::object();
    for (const Question& question : q.questions) {
        Value property = Value::object();
        const std::string label = question.label.in(language);
        // An editor shows the description on hover: the provision and how binding it is come first.
        const std::string level = obligation_in_words(question, q, language);
        const std::string where = question.provision.empty()
                                      ? std::string()
                                      : question.provision + (level.empty() ? "" : ", " + level);
        property["description"] = where.empty() ? label : where + ": " + label;
        auto value = value_schema(question);
        if (value)
            property["anyOf"] = Value::array().push(ref(unanswered_ref)).push(std::move(*value));
        else
            property["$ref"] = unanswered_ref;
        answers[question.id] = std::move(property);
        if (question.type != QuestionType::Note) {
            Value justification = Value::object();
            justification["type"] = "string";
            justification["minLength"] = 1;
            justification["description"] = "Why a warning on " + question.id + " does not apply.";
            waivers[question.id] = std::move(justification);
        }
    }

    Value header = Value::object();
    Value format = Value::object();
    format["const"] = "irm-response/1";
    header["format"] = std::move(format);
    Value id = Value::object();
    id["const"] = q.id;
    header["questionnaire"] = std::move(id);
    Value version = Value::object();
    Value versions = Value::array().push(q.version);
    if (is_decimal_number(q.version))
        if (const auto number = to_number(q.version)) versions.push(*number);
    version["enum"] = std::move(versions);
    header["version"] = std::move(version);
    Value state = Value::object();
    state["type"] = "string";
    state["minLength"] = 1;
    state["description"] = "The State that answers.";
    header["state"] = std::move(state);
    Value languages = Value::object();
    languages["enum"] = strings(q.languages);
    header["language"] = std::move(languages);
    Value status = Value::object();
    status["enum"] = Value::array().push("draft").push("final");
    header["status"] = std::move(status);

    Value answers_schema = object_of(std::move(answers), {});
    answers_schema["type"] = Value::array().push("object").push("null");
    header["answers"] = std::move(answers_schema);
    Value waivers_schema = object_of(std::move(waivers), {});
    waivers_schema["type"] = Value::array().push("object").push("null");
    header["waivers"] = std::move(waivers_schema);

    schema["type"] = "object";
    schema["properties"] = std::move(header);
    schema["required"] = strings({"format", "questionnaire", "version", "state", "language", "status"});
    schema["additionalProperties"] = false;

    Value rules = Value::array();
    for (const Question& question : q.questions)
        if (auto rule = requirement(q, question)) rules.push(std::move(*rule));
    if (!rules.empty()) {
        Value final_status = Value::object();
        Value status_final = Value::object();
        status_final["const"] = "final";
        Value status_properties = Value::object();
        status_properties["status"] = std::move(status_final);
        final_status["properties"] = std::move(status_properties);
        final_status["required"] = Value::array().push("status");
        Value answers_rules = Value::object();
        answers_rules["allOf"] = std::move(rules);
        Value then_properties = Value::object();
        then_properties["answers"] = std::move(answers_rules);
        Value then = Value::object();
        then["properties"] = std::move(then_properties);
        then["required"] = Value::array().push("answers");
        schema["if"] = std::move(final_status);
        schema["then"] = std::move(then);
    }
    return schema.dump();
}

}  // namespace irm
