#include <irm/expression.hpp>

#include <doctest/doctest.h>

#include "fixtures.hpp"

#include <functional>
#include <map>
#include <string>
#include <utility>
#include <vector>

using irm::expr::Environment;
using irm::expr::Expr;
using irm::expr::NameInfo;
using irm::expr::Op;
using irm::expr::Problem;
using irm::expr::Scope;
using irm::expr::SyntaxError;
using irm::expr::Value;
using irm::test::contains;

namespace {

Value list(std::vector<Value> items) {
    return Value::of(std::move(items));
}

// Answers by name; counts and column sums follow the answers unless set.
class Answers : public Environment {
public:
    std::map<std::string, Value, std::less<>> values;
    std::map<std::pair<std::string, std::string>, double> sums;
    mutable std::vector<std::string> asked;  // every name read, to observe short-circuits

    Value value(std::string_view name) const override {
        asked.emplace_back(name);
        const auto found = values.find(name);
        return found == values.end() ? Value::null() : found->second;
    }
    double count(std::string_view name) const override {
        const Value answer = value(name);
        if (answer.is_null()) return 0;
        return answer.kind == Value::Kind::List ? static_cast<double>(answer.items.size()) : 1;
    }
    double column_sum(std::string_view table, std::string_view column) const override {
        asked.emplace_back(table);
        const auto found = sums.find({std::string(table), std::string(column)});
        return found == sums.end() ? 0 : found->second;
    }
};

class Names : public Scope {
public:
    std::map<std::string, NameInfo, std::less<>> infos;

    const NameInfo* find(std::string_view name) const override {
        const auto found = infos.find(name);
        return found == infos.end() ? nullptr : &found->second;
    }
    std::vector<std::string> names() const override {
        std::vector<std::string> result;
        for (const auto& entry : infos)
            result.push_back(entry.first);
        return result;
    }
};

Names questionnaire() {
    Names scope;
    scope.infos["a"] = {"choice", {"yes", "no"}, {}};
    scope.infos["b"] = {"text", {}, {}};
    scope.infos["level"] = {"choice", {"1", "2"}, {}};
    scope.infos["colours"] = {"multi_choice", {"red", "green", "blue"}, {}};
    scope.infos["cases_total"] = {"integer", {}, {}};
    scope.infos["prosecutions"] = {"table", {}, {"year", "cases"}};
    return scope;
}

Expr parsed(std::string_view text) {
    auto result = irm::expr::parse(text);
    INFO("expression: ", std::string(text));
    INFO("error: ", result.error ? result.error->message : std::string());
    REQUIRE(result.expr.has_value());
    CHECK_FALSE(result.error.has_value());
    return std::move(*result.expr);
}

SyntaxError syntax_error(std::string_view text) {
    auto result = irm::expr::parse(text);
    INFO("expression: ", std::string(text));
    REQUIRE(result.error.has_value());
    CHECK_FALSE(result.expr.has_value());
    return *result.error;
}

std::optional<Value> evaluate(std::string_view text, const Environment& env = Answers{}) {
    return irm::expr::evaluate(parsed(text), env);
}

bool holds(std::string_view text, const Environment& env = Answers{}) {
    return irm::expr::holds(parsed(text), env);
}

std::vector<Problem> problems(std::string_view text, bool dot_allowed = false) {
    return irm::expr::check(parsed(text), questionnaire(), dot_allowed);
}

}  // namespace

TEST_SUITE("expression") {
    // ---------------------------------------------------------------- values

    TEST_CASE("null equals only null") {
        CHECK(Value::null() == Value::null());
        CHECK(Value::null() != Value::of(false));
        CHECK(Value::null() != Value::of(0.0));
        CHECK(Value::null() != Value::of(""));
        CHECK(Value::null() != list({}));
        CHECK(holds("null == null"));
        CHECK_FALSE(holds("null == 0"));
        CHECK_FALSE(holds("null == ''"));
        CHECK(holds("null != false"));
    }

    TEST_CASE("values of different kinds never compare equal") {
        CHECK(Value::of("12") != Value::of(12.0));
        CHECK_FALSE(holds("12 == '12'"));
        CHECK(holds("12 != '12'"));
        CHECK_FALSE(holds("true == 1"));
        CHECK_FALSE(holds("'a' == ['a']"));
        CHECK(holds("12 == 12.0"));
        CHECK(holds("'x' == \"x\""));
    }

    TEST_CASE("lists compare element by element") {
        CHECK(holds("[1, 'a', null] == [1, 'a', null]"));
        CHECK_FALSE(holds("[1, 2] == [2, 1]"));
        CHECK_FALSE(holds("[1] == [1, 1]"));
        CHECK(holds("[] == []"));
        CHECK(holds("[[1], 2] == [[1], 2]"));
    }

    TEST_CASE("a string literal makes a string value, not a boolean") {
        const Value value = Value::of("yes");
        CHECK(value.kind == Value::Kind::String);
        CHECK(value.text == "yes");
    }

    TEST_CASE("null, false, zero, the empty string and the empty list are false") {
        CHECK_FALSE(Value::null().truthy());
        CHECK_FALSE(Value::of(false).truthy());
        CHECK_FALSE(Value::of(0.0).truthy());
        CHECK_FALSE(Value::of("").truthy());
        CHECK_FALSE(list({}).truthy());
        CHECK(Value::of(true).truthy());
        CHECK(Value::of(-0.5).truthy());
        CHECK(Value::of("0").truthy());
        CHECK(list({Value::null()}).truthy());
        CHECK_FALSE(holds("''"));
        CHECK_FALSE(holds("[]"));
        CHECK_FALSE(holds("0"));
        CHECK(holds("'no'"));
        CHECK(holds("[0]"));
    }

    // ---------------------------------------------------------------- grammar

    TEST_CASE("multiplication binds tighter than addition, which binds tighter than comparison") {
        CHECK(holds("1 + 2 * 3 == 7"));
        CHECK(holds("(1 + 2) * 3 == 9"));
        CHECK(holds("10 - 6 / 2 == 7"));
        CHECK(holds("1 + 1 < 3"));
    }

    TEST_CASE("unary minus binds tighter than multiplication") {
        CHECK(holds("-2 * 3 == -6"));
        CHECK(holds("- 2 - 3 == -5"));
        CHECK(holds("--2 == 2"));
        CHECK(holds("1 - -1 == 2"));
    }

    TEST_CASE("not binds looser than comparison and tighter than and") {
        CHECK(holds("not 1 == 2"));
        CHECK_FALSE(holds("not false and false"));
        CHECK(holds("not not true"));
        const Expr expr = parsed("not a == b");
        CHECK(expr.kind == Expr::Kind::Unary);
        CHECK(expr.op == Op::Not);
        CHECK(expr.args.at(0).op == Op::Eq);
    }

    TEST_CASE("and binds tighter than or") {
        CHECK(holds("true or false and false"));
        CHECK_FALSE(holds("(true or false) and false"));
        const Expr expr = parsed("a or b and c");
        CHECK(expr.op == Op::Or);
        CHECK(expr.args.at(1).op == Op::And);
    }

    TEST_CASE("arithmetic and logic associate to the left") {
        CHECK(holds("10 - 4 - 3 == 3"));
        CHECK(holds("24 / 4 / 2 == 3"));
        const Expr expr = parsed("a or b or c");
        CHECK(expr.op == Op::Or);
        CHECK(expr.args.at(0).op == Op::Or);
        CHECK(expr.args.at(1).kind == Expr::Kind::Name);
    }

    TEST_CASE("comparisons do not chain") {
        const auto error = syntax_error("1 == 1 == true");
        CHECK(error.offset == 7);
        CHECK(contains(error.message, "chained"));
        CHECK(syntax_error("a < b < c").offset == 6);
        CHECK(syntax_error("a in b in c").offset == 7);
        CHECK(holds("(1 == 1) == true"));
    }

    TEST_CASE("nodes record the byte offset of their first character") {
        const Expr comparison = parsed("  a == 'x'");
        CHECK(comparison.offset == 2);
        CHECK(comparison.args.at(0).offset == 2);
        CHECK(comparison.args.at(1).offset == 7);

        const Expr grouped = parsed("(a or b) and c");
        CHECK(grouped.offset == 0);
        CHECK(grouped.args.at(0).offset == 1);
        CHECK(grouped.args.at(1).offset == 13);

        const Expr call = parsed("x + count( q )");
        CHECK(call.args.at(1).kind == Expr::Kind::Call);
        CHECK(call.args.at(1).name == "count");
        CHECK(call.args.at(1).offset == 4);
        CHECK(call.args.at(1).args.at(0).offset == 11);

        const Expr negative = parsed("1 - -x");
        CHECK(negative.args.at(1).kind == Expr::Kind::Unary);
        CHECK(negative.args.at(1).offset == 4);
        CHECK(parsed("[1, .]").args.at(1).kind == Expr::Kind::Dot);
        CHECK(parsed("[1, .]").args.at(1).offset == 4);
    }

    TEST_CASE("numbers, strings, keywords and whitespace read as the spec says") {
        CHECK(evaluate("1.25") == Value::of(1.25));
        CHECK(evaluate("007") == Value::of(7.0));
        CHECK(evaluate("'a\"b'") == Value::of("a\"b"));
        CHECK(evaluate("\"it's\"") == Value::of("it's"));
        CHECK(evaluate("'a\\n'") == Value::of("a\\n"));  // no escapes
        CHECK(evaluate("''") == Value::of(""));
        CHECK(evaluate("true") == Value::of(true));
        CHECK(evaluate("false") == Value::of(false));
        CHECK(evaluate("null") == Value::null());
        CHECK(holds("1\t==\n1\r\n"));
        CHECK(parsed("_x9").kind == Expr::Kind::Name);
        CHECK(parsed("yes").kind == Expr::Kind::Name);
        CHECK(syntax_error("1.").offset == 1);
        CHECK(syntax_error(".5").offset == 1);
        CHECK(syntax_error("'it''s'").offset == 4);
    }

    // ---------------------------------------------------------------- syntax errors

    TEST_CASE("a missing operand is reported at the token found instead") {
        const auto error = syntax_error("a == == 'yes'");
        CHECK(error.offset == 5);
        CHECK(error.message == "a value or a name is missing after '=='");
        CHECK(syntax_error("a == and b").offset == 5);
        CHECK(syntax_error("a +").offset == 3);
        CHECK(syntax_error("not").message == "a value or a name is missing after 'not'");
        CHECK(syntax_error("[1, ]").offset == 4);
        CHECK(syntax_error("()").offset == 1);
    }

    TEST_CASE("an empty expression is a syntax error") {
        CHECK(syntax_error("").offset == 0);
        CHECK(contains(syntax_error("   ").message, "empty"));
    }

    TEST_CASE("unbalanced brackets are reported where parsing stopped") {
        const auto closing = syntax_error("a == b)");
        CHECK(closing.offset == 6);
        CHECK(closing.message == "unexpected ')'");
        const auto opening = syntax_error("(a == b");
        CHECK(opening.offset == 7);
        CHECK(contains(opening.message, "missing ')'"));
        CHECK(syntax_error("(a b)").offset == 3);
        CHECK(syntax_error("[1, 2").offset == 5);
        CHECK(syntax_error("[1 2]").offset == 3);
        CHECK(syntax_error("count(a").offset == 7);
        CHECK(syntax_error(")").offset == 0);
    }

    TEST_CASE("two operands without an operator are a syntax error") {
        const auto error = syntax_error("a b");
        CHECK(error.offset == 2);
        CHECK(error.message == "unexpected 'b'");
        CHECK(syntax_error("'x' 'y'").offset == 4);
    }

    TEST_CASE("an unterminated string fails at its opening quote") {
        const auto error = syntax_error("a == 'yes");
        CHECK(error.offset == 5);
        CHECK(contains(error.message, "a text in quotes is not closed"));
        CHECK(syntax_error("a == \"yes' or b").offset == 5);
    }

    TEST_CASE("a character outside the language is reported with a hint") {
        const auto equals = syntax_error("a = 'yes'");
        CHECK(equals.offset == 2);
        CHECK(contains(equals.message, "'=='"));
        CHECK(contains(syntax_error("a && b").message, "'and'"));
        CHECK(syntax_error("!a").offset == 0);
        const auto unicode = syntax_error("a \xE2\x89\xA0 b");  // U+2260 NOT EQUAL TO
        CHECK(unicode.offset == 2);
        CHECK(contains(unicode.message, "\xE2\x89\xA0"));
        CHECK(syntax_error("a == \xFF").offset == 5);
        CHECK(syntax_error("a == 1 ;").offset == 7);
    }

    TEST_CASE("a number too large to hold is a syntax error") {
        CHECK(syntax_error(std::string(400, '9')).offset == 0);
    }

    TEST_CASE("an unknown function is a syntax error at its name, with a suggestion") {
        const auto error = syntax_error("x and cout(a) > 1");
        CHECK(error.offset == 6);
        CHECK(contains(error.message, "unknown function 'cout'"));
        CHECK(contains(error.message, "did you mean 'count'?"));
        CHECK(syntax_error("foo()").message == "unknown function 'foo'");
    }

    TEST_CASE("a wrong number of arguments is a syntax error at the function name") {
        const auto two = syntax_error("1 + count(a, b)");
        CHECK(two.offset == 4);
        CHECK(two.message == "'count' takes 1 argument, got 2");
        CHECK(syntax_error("selected(a)").message == "'selected' takes 2 arguments, got 1");
        CHECK(syntax_error("answered()").message == "'answered' takes 1 argument, got 0");
        CHECK(syntax_error("len('a', 'b')").offset == 0);
        CHECK(syntax_error("sum(t, 'c', 'd')").offset == 0);
    }

    TEST_CASE("question functions take a question id or '.' first") {
        const auto error = syntax_error("answered('a')");
        CHECK(error.offset == 9);
        CHECK(error.message == "the first argument of 'answered' must be a question id or '.'");
        CHECK(syntax_error("count(a + 1)").offset == 6);
        CHECK(syntax_error("selected([a], 'x')").offset == 9);
        CHECK(syntax_error("sum(1, 'x')").offset == 4);
        parsed("answered(.)");
        parsed("count((a))");
        parsed("len(a + 'x')");
    }

    TEST_CASE("selected and sum take a quoted second argument") {
        const auto error = syntax_error("selected(a, yes)");
        CHECK(error.offset == 12);
        CHECK(contains(error.message, "second argument of 'selected'"));
        CHECK(syntax_error("sum(t, cases)").offset == 7);
        CHECK(syntax_error("sum(t, 1)").offset == 7);
        parsed("sum(t, \"cases\")");
    }

    TEST_CASE("deep nesting is refused rather than followed") {
        const std::string parens = std::string(100000, '(') + "1" + std::string(100000, ')');
        CHECK(contains(syntax_error(parens).message, "too deeply"));
        CHECK(contains(syntax_error(std::string(100000, '[')).message, "too deeply"));
        CHECK(contains(syntax_error(std::string(100000, '-') + "1").message, "too deeply"));

        std::string nots;
        for (int i = 0; i < 100000; ++i)
            nots += "not ";
        CHECK(contains(syntax_error(nots + "true").message, "too deeply"));

        // A long flat chain builds a tall tree, so it is limited too.
        std::string additions = "1";
        for (int i = 0; i < 100000; ++i)
            additions += "+1";
        CHECK(syntax_error(additions).offset < additions.size());

        const std::string fine = std::string(150, '(') + "1" + std::string(150, ')');
        CHECK(holds(fine));
    }

    // ---------------------------------------------------------------- evaluation

    TEST_CASE("comparisons order numbers numerically and strings byte by byte") {
        CHECK(holds("2 < 10"));
        CHECK(holds("2 <= 2"));
        CHECK(holds("3 > 2.5"));
        CHECK(holds("3 >= 3"));
        CHECK_FALSE(holds("3 < 3"));
        CHECK(holds("'10' < '2'"));
        CHECK(holds("'2020-01-02' > '2020-01-01'"));
        CHECK(holds("'\xC3\xA9' > 'z'"));  // é: its lead byte sorts after ASCII
        CHECK(holds("'a' <= 'a'"));
    }

    TEST_CASE("ordering values of different kinds is false, not a failure") {
        CHECK(evaluate("1 < '2'") == Value::of(false));
        CHECK(evaluate("'2' >= 1") == Value::of(false));
        CHECK(evaluate("null < 1") == Value::of(false));
        CHECK(evaluate("null <= null") == Value::of(false));
        CHECK(evaluate("[1] < [2]") == Value::of(false));
        CHECK(evaluate("false < true") == Value::of(false));
    }

    TEST_CASE("in tests membership by equality") {
        CHECK(holds("'a' in ['a', 'b']"));
        CHECK(holds("2 in [1, 2]"));
        CHECK_FALSE(holds("'2' in [1, 2]"));
        CHECK_FALSE(holds("'c' in ['a', 'b']"));
        CHECK(holds("[1] in [[1], 2]"));
        Answers answers;
        answers.values["colours"] = list({Value::of("red"), Value::of("green")});
        CHECK(holds("'red' in colours", answers));
        CHECK_FALSE(holds("'blue' in colours", answers));
    }

    TEST_CASE("in is false for null or a right side that is not a list") {
        CHECK(evaluate("null in [null]") == Value::of(false));
        CHECK(evaluate("'a' in 'abc'") == Value::of(false));
        CHECK(evaluate("1 in 1") == Value::of(false));
        CHECK(evaluate("'red' in colours") == Value::of(false));  // unanswered
    }

    TEST_CASE("and, or and not give booleans") {
        CHECK(evaluate("1 and 'x'") == Value::of(true));
        CHECK(evaluate("0 or ''") == Value::of(false));
        CHECK(evaluate("'x' or 0") == Value::of(true));
        CHECK(evaluate("[] and 1") == Value::of(false));
        CHECK(evaluate("not 0") == Value::of(true));
        CHECK(evaluate("not 'x'") == Value::of(false));
        CHECK(evaluate("not null") == Value::of(true));
    }

    TEST_CASE("and and or do not evaluate a side they do not need") {
        Answers answers;
        CHECK(evaluate("false and b == 1", answers) == Value::of(false));
        CHECK(evaluate("true or b == 1", answers) == Value::of(true));
        CHECK(answers.asked.empty());
        CHECK(evaluate("false and 1 / 0 == 1") == Value::of(false));
        CHECK(evaluate("1 or len(null)") == Value::of(true));
        CHECK(evaluate("true and b", answers) == Value::of(false));
        CHECK(answers.asked == std::vector<std::string>{"b"});
    }

    TEST_CASE("arithmetic works on numbers") {
        CHECK(evaluate("1 + 2") == Value::of(3.0));
        CHECK(evaluate("1 - 2") == Value::of(-1.0));
        CHECK(evaluate("6 * 7") == Value::of(42.0));
        CHECK(evaluate("7 / 2") == Value::of(3.5));
        CHECK(evaluate("-(2 + 3)") == Value::of(-5.0));
        Answers answers;
        answers.values["cases_total"] = Value::of(10.0);
        answers.values["."] = Value::of(4.0);
        CHECK(holds(". <= cases_total", answers));
        CHECK(holds("cases_total - . == 6", answers));
    }

    TEST_CASE("arithmetic on anything but numbers cannot be evaluated") {
        CHECK_FALSE(evaluate("'a' + 1").has_value());
        CHECK_FALSE(evaluate("'a' + 'b'").has_value());
        CHECK_FALSE(evaluate("null + 1").has_value());
        CHECK_FALSE(evaluate("1 * true").has_value());
        CHECK_FALSE(evaluate("[1] + [2]").has_value());
        CHECK_FALSE(evaluate("-'a'").has_value());
        CHECK_FALSE(evaluate("-null").has_value());
        CHECK_FALSE(evaluate("cases_total + 1").has_value());  // unanswered reads as null
    }

    TEST_CASE("division by zero cannot be evaluated") {
        CHECK_FALSE(evaluate("1 / 0").has_value());
        CHECK_FALSE(evaluate("0 / 0").has_value());
        CHECK_FALSE(evaluate("1 / (2 - 2)").has_value());
        CHECK(evaluate("0 / 1") == Value::of(0.0));
    }

    TEST_CASE("a run-time failure makes the whole expression false") {
        CHECK_FALSE(holds("1 / 0 == 1 or true"));
        CHECK_FALSE(evaluate("1 / 0 == 1 or true").has_value());
        CHECK_FALSE(holds("not (1 / 0 == 1)"));
        CHECK_FALSE(holds("true and 'a' + 1 > 0"));
        CHECK_FALSE(holds("[1, 1 / 0] == [1, 0]"));
        CHECK_FALSE(holds("len(b) > 0 or true"));
        CHECK_FALSE(holds("answered(b) or len(b) == 0"));
    }

    TEST_CASE("answered tells whether a question has a value") {
        Answers answers;
        answers.values["a"] = Value::of("no");
        CHECK(holds("answered(a)", answers));
        CHECK_FALSE(holds("answered(b)", answers));
        CHECK(evaluate("answered(b)", answers) == Value::of(false));
        answers.values["."] = Value::of(false);
        CHECK(holds("answered(.)", answers));
    }

    TEST_CASE("count gives the number of values of an answer") {
        Answers answers;
        answers.values["colours"] = list({Value::of("red"), Value::of("blue")});
        answers.values["b"] = Value::of("text");
        CHECK(evaluate("count(colours)", answers) == Value::of(2.0));
        CHECK(evaluate("count(b)", answers) == Value::of(1.0));
        CHECK(evaluate("count(a)", answers) == Value::of(0.0));
        CHECK(evaluate("count(.)", answers) == Value::of(0.0));
        CHECK(answers.asked.back() == ".");
    }

    TEST_CASE("selected looks for a value in a list or equal to a single answer") {
        Answers answers;
        answers.values["colours"] = list({Value::of("red"), Value::of("blue")});
        answers.values["a"] = Value::of("yes");
        answers.values["n"] = Value::of(3.0);
        CHECK(evaluate("selected(colours, 'red')", answers) == Value::of(true));
        CHECK(evaluate("selected(colours, 'green')", answers) == Value::of(false));
        CHECK(evaluate("selected(a, 'yes')", answers) == Value::of(true));
        CHECK(evaluate("selected(a, 'no')", answers) == Value::of(false));
        CHECK(evaluate("selected(b, 'yes')", answers) == Value::of(false));
        CHECK(evaluate("selected(n, '3')", answers) == Value::of(false));
        answers.values["."] = Value::of("yes");
        CHECK(holds("selected(., 'yes')", answers));
    }

    TEST_CASE("len counts code points of text and items of a list") {
        Answers answers;
        answers.values["b"] = Value::of("h\xC3\xA9llo");  // héllo: six bytes, five code points
        answers.values["colours"] = list({Value::of("red")});
        CHECK(evaluate("len(b)", answers) == Value::of(5.0));
        CHECK(evaluate("len(colours)", answers) == Value::of(1.0));
        CHECK(evaluate("len('')") == Value::of(0.0));
        CHECK(evaluate("len([1, 2, 3])") == Value::of(3.0));
        CHECK_FALSE(evaluate("len(null)").has_value());
        CHECK_FALSE(evaluate("len(b)").has_value());  // unanswered
        CHECK_FALSE(evaluate("len(12)").has_value());
        CHECK_FALSE(evaluate("len(true)").has_value());
    }

    TEST_CASE("sum adds up a column through the environment") {
        Answers answers;
        answers.sums[{"prosecutions", "cases"}] = 17;
        answers.sums[{".", "cases"}] = 4;
        CHECK(evaluate("sum(prosecutions, 'cases')", answers) == Value::of(17.0));
        CHECK(evaluate("sum(prosecutions, 'year')", answers) == Value::of(0.0));
        CHECK(evaluate("sum(other, 'cases')", answers) == Value::of(0.0));
        CHECK(holds("sum(., 'cases') == 4", answers));
    }

    TEST_CASE("holds is the truthiness of the value") {
        Answers answers;
        answers.values["b"] = Value::of("some text");
        CHECK(holds("b", answers));
        CHECK_FALSE(holds("a", answers));
        CHECK(holds("count(b)", answers));
        CHECK_FALSE(holds("count(a)", answers));
    }

    // ---------------------------------------------------------------- checks

    TEST_CASE("an unknown name is IRM103 with the closest known name") {
        const auto found = problems("aa == 'yes'");
        REQUIRE(found.size() == 1);
        CHECK(found[0].code == "IRM103");
        CHECK(found[0].offset == 0);
        CHECK(contains(found[0].message, "'aa'"));
        CHECK(contains(found[0].message, "did you mean 'a'?"));
        const auto far = problems("answered(zzzzzzzz)");
        REQUIRE(far.size() == 1);
        CHECK(far[0].offset == 9);
        CHECK_FALSE(contains(far[0].message, "did you mean"));
    }

    TEST_CASE("known names and other literals give no problems") {
        CHECK(problems("a == 'yes' and len(b) > 2 or cases_total >= 1").empty());
        CHECK(problems("count(colours) > 1 and sum(prosecutions, 'cases') > 0").empty());
        CHECK(problems("a == null or b == 'anything' or a in ['yes', 'no']").empty());
    }

    TEST_CASE("'.' is IRM103 where it is not allowed") {
        const auto found = problems("count(.) > 1");
        REQUIRE(found.size() == 1);
        CHECK(found[0].code == "IRM103");
        CHECK(found[0].offset == 6);
        CHECK(problems("count(.) > 1", true).empty());
        CHECK(problems(". <= cases_total", true).empty());
    }

    TEST_CASE("comparing a choice question with a value it does not offer is IRM108") {
        const auto equal = problems("a == 'yess'");
        REQUIRE(equal.size() == 1);
        CHECK(equal[0].code == "IRM108");
        CHECK(equal[0].offset == 5);
        CHECK(contains(equal[0].message, "did you mean 'yes'?"));

        const auto reversed = problems("'maybe' == a");
        REQUIRE(reversed.size() == 1);
        CHECK(reversed[0].code == "IRM108");
        CHECK(reversed[0].offset == 0);

        const auto different = problems("a != 'x'");
        REQUIRE(different.size() == 1);
        CHECK(different[0].offset == 5);

        const auto selected = problems("selected(colours, 'purple')");
        REQUIRE(selected.size() == 1);
        CHECK(selected[0].code == "IRM108");
        CHECK(selected[0].offset == 18);

        const auto member = problems("'purple' in colours");
        REQUIRE(member.size() == 1);
        CHECK(member[0].offset == 0);
        CHECK(problems("'red' in colours").empty());
    }

    TEST_CASE("each value of an in-list that a choice question does not offer is IRM108") {
        const auto found = problems("a in ['yes', 'x', 'no', 'nope']");
        REQUIRE(found.size() == 2);
        CHECK(found[0].code == "IRM108");
        CHECK(found[0].offset == 13);
        CHECK(found[1].code == "IRM108");
        CHECK(found[1].offset == 24);
    }

    TEST_CASE("a choice question compared with a number is IRM108, since choices are text") {
        const auto found = problems("level == 1");
        REQUIRE(found.size() == 1);
        CHECK(found[0].code == "IRM108");
        CHECK(found[0].offset == 9);
        CHECK(contains(found[0].message, "did you mean '1'?"));
        CHECK(problems("level == '1'").empty());
        CHECK(problems("a == true").size() == 1);
    }

    TEST_CASE("'.' is checked against the answer the scope describes") {
        Names scope = questionnaire();
        scope.infos["."] = {"choice", {"yes", "no"}, {}};
        const auto found = irm::expr::check(parsed(". == 'yse'"), scope, true);
        REQUIRE(found.size() == 1);
        CHECK(found[0].code == "IRM108");
        CHECK(found[0].offset == 5);
    }

    TEST_CASE("sum of a question that is not a table is IRM104") {
        const auto found = problems("sum(cases_total, 'cases') > 0");
        REQUIRE(found.size() == 1);
        CHECK(found[0].code == "IRM104");
        CHECK(found[0].offset == 4);
    }

    TEST_CASE("sum of a column the table does not have is IRM103 at the column") {
        const auto found = problems("sum(prosecutions, 'case') > 0");
        REQUIRE(found.size() == 1);
        CHECK(found[0].code == "IRM103");
        CHECK(found[0].offset == 18);
        CHECK(contains(found[0].message, "did you mean 'cases'?"));
    }

    TEST_CASE("sum of an unknown name is only the unknown name") {
        const auto found = problems("sum(prosecution, 'x')");
        REQUIRE(found.size() == 1);
        CHECK(found[0].code == "IRM103");
        CHECK(found[0].offset == 4);
        CHECK(contains(found[0].message, "did you mean 'prosecutions'?"));
    }

    TEST_CASE("every problem is reported, in order of offset") {
        const auto found = problems("'nope' == a or zz > 1 or sum(b, 'c') > 0 or .");
        REQUIRE(found.size() == 4);
        CHECK(found[0].code == "IRM108");
        CHECK(found[0].offset == 0);
        CHECK(found[1].code == "IRM103");
        CHECK(found[1].offset == 15);
        CHECK(found[2].code == "IRM104");
        CHECK(found[2].offset == 29);
        CHECK(found[3].code == "IRM103");
        CHECK(found[3].offset == 44);
    }

    TEST_CASE("names lists each referenced name once, in order of first use") {
        const Expr expr = parsed(
            "b == 'x' or count(colours) > 1 and b != 'y' and sum(prosecutions, 'cases') > 0 "
            "and len(.) > 1 and selected(colours, 'red') and answered(a)");
        CHECK(irm::expr::names(expr) == std::vector<std::string>{"b", "colours", "prosecutions", "a"});
        CHECK(irm::expr::names(parsed("1 + 2")).empty());
        CHECK(irm::expr::names(parsed(". > 1")).empty());
    }

    TEST_CASE("the names of a long condition are each listed once") {
        // Each name was looked for among those already listed: 200,000 names took minutes.
        const std::function<std::string(int, int)> balanced = [&](int first, int last) -> std::string {
            if (first == last) return "n" + std::to_string(first) + " == 1";
            const int middle = (first + last) / 2;
            return "(" + balanced(first, middle) + " or " + balanced(middle + 1, last) + ")";
        };
        const std::vector<std::string> found = irm::expr::names(parsed(balanced(0, 199'999) + " or n0 == 2"));
        REQUIRE(found.size() == 200'000);
        CHECK(found.front() == "n0");
        CHECK(found.back() == "n199999");
    }

}  // TEST_SUITE
