// Fuzzing the expression language (model/): any bytes, parsed as a show_if,
// required or constraint is; a parsed expression checked against a scope of
// every kind of question (as the loader does, with and without `.`) and
// evaluated on answers of every kind and on none (as the checker does). Holds:
// a syntax error or an expression, never both; offsets inside the text; the
// codes of the static checks; evaluation that gives the same value twice.
#include "fuzz.hpp"

#include <irm/expression.hpp>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace {

using irm::expr::Value;

/// Questions of every type the language knows, and `.` as a choice question.
class Names final : public irm::expr::Scope {
public:
    Names() {
        known_["q_choice"] = {"choice", {"yes", "yes_in_part", "no"}, {}};
        known_["q_multi"] = {"multi_choice", {"a", "b", "c"}, {}};
        known_["q_table"] = {"table", {}, {"cases", "year", "note"}};
        known_["q_int"] = {"integer", {}, {}};
        known_["q_num"] = {"number", {}, {}};
        known_["q_text"] = {"text", {}, {}};
        known_["q_date"] = {"date", {}, {}};
        known_["q_laws"] = {"legislation", {}, {}};
        known_["."] = {"choice", {"yes", "no"}, {}};
    }
    const irm::expr::NameInfo* find(std::string_view name) const override {
        const auto found = known_.find(std::string(name));
        return found == known_.end() ? nullptr : &found->second;
    }
    std::vector<std::string> names() const override {
        std::vector<std::string> out;
        for (const auto& [name, info] : known_)
            if (name != ".") out.push_back(name);
        return out;
    }

private:
    std::map<std::string, irm::expr::NameInfo> known_;
};

/// Answers to those questions, or none at all.
class Answers final : public irm::expr::Environment {
public:
    explicit Answers(bool answered) : answered_(answered) {}

    Value value(std::string_view name) const override {
        if (!answered_) return Value::null();
        if (name == "q_choice" || name == ".") return Value::of("yes_in_part");
        if (name == "q_multi") return Value::of(std::vector<Value>{Value::of("a"), Value::of("c")});
        if (name == "q_int") return Value::of(12.0);
        if (name == "q_num") return Value::of(-0.5);
        if (name == "q_text") return Value::of("Code pénal, art. 450-1 \xF0\x9F\x93\x9C");
        if (name == "q_date") return Value::of("2019-02-28");
        if (name == "q_laws" || name == "q_table")
            return Value::of(std::vector<Value>{Value::of(1.0), Value::of(2.0)});
        return Value::null();
    }
    double count(std::string_view name) const override {
        if (!answered_) return 0;
        if (name == "q_multi" || name == "q_laws" || name == "q_table") return 2;
        return value(name).is_null() ? 0 : 1;
    }
    double column_sum(std::string_view table, std::string_view column) const override {
        if (!answered_ || table != "q_table") return 0;
        return column == "cases" ? 1e308 : column == "year" ? 4038 : 0;
    }

private:
    bool answered_;
};

void check_offsets(const irm::expr::Expr& expr, std::size_t size, std::size_t depth) {
    IRM_FUZZ_CHECK(depth <= 201, "an expression is no deeper than the parser allows");
    IRM_FUZZ_CHECK(expr.offset <= size, "a node's offset is inside the text");
    for (const auto& arg : expr.args)
        check_offsets(arg, size, depth + 1);
}

void check_value(const Value& value, std::size_t depth) {
    IRM_FUZZ_CHECK(depth <= 201, "a value is no deeper than its expression");
    if (value.kind == Value::Kind::Number) IRM_FUZZ_CHECK(!std::isnan(value.number), "a number is a number");
    for (const Value& item : value.items)
        check_value(item, depth + 1);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text = irm::fuzz::input(data, size);
    const irm::expr::Parsed parsed = irm::expr::parse(text);
    IRM_FUZZ_CHECK(parsed.expr.has_value() != parsed.error.has_value(), "an expression or a syntax error");
    if (parsed.error) {
        IRM_FUZZ_CHECK(parsed.error->offset <= text.size(), "a syntax error is inside the text");
        IRM_FUZZ_CHECK(!parsed.error->message.empty(), "a syntax error says why");
        if (irm::fuzz::utf8(text))
            IRM_FUZZ_CHECK(irm::fuzz::utf8(parsed.error->message), "the message is UTF-8");
        return 0;
    }
    const irm::expr::Expr& expr = *parsed.expr;
    check_offsets(expr, text.size(), 0);

    static const Names scope;
    for (const bool dot : {false, true}) {
        for (const irm::expr::Problem& problem : irm::expr::check(expr, scope, dot)) {
            IRM_FUZZ_CHECK(problem.code == "IRM103" || problem.code == "IRM104" || problem.code == "IRM108",
                           "the static checks give IRM103, IRM104 and IRM108 only");
            IRM_FUZZ_CHECK(problem.offset <= text.size(), "a problem is inside the text");
            IRM_FUZZ_CHECK(!problem.message.empty(), "a problem says why");
            if (irm::fuzz::utf8(text))
                IRM_FUZZ_CHECK(irm::fuzz::utf8(problem.message), "the message is UTF-8");
        }
    }
    const std::vector<std::string> names = irm::expr::names(expr);
    IRM_FUZZ_CHECK(std::unordered_set<std::string>(names.begin(), names.end()).size() == names.size(),
                   "names are listed once each");

    for (const bool answered : {true, false}) {
        const Answers answers(answered);
        const auto first = irm::expr::evaluate(expr, answers);
        const auto second = irm::expr::evaluate(expr, answers);
        IRM_FUZZ_CHECK(first.has_value() == second.has_value() && (!first || *first == *second),
                       "evaluation gives the same value twice");
        if (first) check_value(*first, 0);
        IRM_FUZZ_CHECK(irm::expr::holds(expr, answers) == (first && first->truthy()),
                       "a condition holds when its value is true");
    }
    return 0;
}
