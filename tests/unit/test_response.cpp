#include <irm/response.hpp>

#include <doctest/doctest.h>

#include "fixtures.hpp"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

using irm::AnswerState;
using irm::CheckOptions;
using irm::Diagnostic;
using irm::Position;
using irm::Registry;
using irm::Response;
using irm::Severity;
using irm::expr::Value;
using irm::test::at;
using irm::test::codes;
using irm::test::contains;
using irm::test::listing;
using irm::test::only;
using irm::test::TemporaryDirectory;
using irm::test::where;

namespace {

const std::string questionnaire_v1 = irm::test::questionnaire_head("rq", "Response test", "Essai") +
                                     R"yaml(      - id: q_choice
        type: choice
        choices: yn
        required: true
        label: {en: Is there a law, fr: Y a-t-il une loi}
      - id: q_law
        type: legislation
        show_if: "q_choice == 'yes'"
        required: "q_choice == 'yes'"
        min_items: 1
        max_items: 2
        label: {en: Cite it, fr: Citez-la}
      - id: q_text
        type: text
        min_length: 3
        max_length: 10
        label: {en: Explain, fr: Expliquez}
      - id: cases
        type: integer
        min: 0
        max: 1000
        label: {en: Cases, fr: Affaires}
      - id: convictions
        type: integer
        constraint: ". <= cases"
        constraint_severity: warning
        label: {en: Convictions, fr: Condamnations}
      - id: ratio
        type: number
        min: 0
        max: 1
        constraint: ". < 0.9"
        constraint_message: {en: The ratio is too high, fr: Le ratio est trop haut}
        label: {en: Ratio, fr: Ratio}
      - id: since
        type: date
        min: "2000-01-01"
        max: "2030-12-31"
        label: {en: Since, fr: Depuis}
      - id: colours
        type: multi_choice
        choices:
          - {value: red, label: {en: Red, fr: Rouge}}
          - {value: green, label: {en: Green, fr: Vert}}
          - {value: blue, label: {en: Blue, fr: Bleu}}
        min_selected: 2
        max_selected: 2
        label: {en: Colours, fr: Couleurs}
      - id: intro
        type: note
        label: {en: Read this, fr: Lisez ceci}
      - id: prosecutions
        type: table
        min_rows: 1
        max_rows: 2
        columns:
          - {id: year, label: {en: Year, fr: An}, type: integer, required: true, min: 1990}
          - {id: outcome, label: {en: Outcome, fr: Issue}, type: choice, choices: yn}
          - {id: started, label: {en: Started, fr: Debut}, type: date}
          - {id: remark, label: {en: Remark, fr: Remarque}, type: text, max_length: 5}
        row_constraint: "year <= 2030"
        row_constraint_severity: warning
        label: {en: Prosecutions, fr: Poursuites}
      - id: needs
        type: ta_needs
        label: {en: Needs, fr: Besoins}
      - id: extra
        type: integer
        show_if: "q_choice == 'no'"
        max: 5
        constraint: ". > 100"
        label: {en: Extra, fr: En plus}
  - id: s2
    title: {en: Two, fr: Deux}
    article: "6"
    show_if: "q_choice != 'no'"
    questions:
      - id: s2_text
        type: text
        required: true
        label: {en: More, fr: Plus}
      - id: detail
        type: text
        show_if: "cases > 10 or answered(extra)"
        required: "convictions > 0"
        label: {en: Detail, fr: Detail}
)yaml";

const char* const questionnaire_v2 = R"yaml(format: irm-questionnaire/1
id: rq
version: "2"
instrument: UNTOC
cluster: 1
languages: [en]
title: {en: "Response test, second version"}
sections:
  - id: s1
    title: {en: One}
    article: "5"
    questions:
      - {id: q_choice, type: text, label: {en: Anything}}
)yaml";

// An error (unknown type) makes this one unusable.
const char* const questionnaire_broken = R"yaml(format: irm-questionnaire/1
id: broken
version: "1"
instrument: TIP
cluster: 2
languages: [en]
title: {en: Broken}
sections:
  - id: s1
    title: {en: One}
    article: "5"
    questions:
      - {id: q1, type: txet, label: {en: Q}}
)yaml";

// Bounds that are hard to write back into a message.
const char* const questionnaire_bounds = R"yaml(format: irm-questionnaire/1
id: bounds
version: "1"
instrument: FIR
cluster: 1
languages: [en]
title: {en: Bounds}
sections:
  - id: s1
    title: {en: One}
    article: "5"
    questions:
      - {id: tiny, type: number, min: 0.0000001, label: {en: Tiny}}
      - {id: huge, type: integer, max: 100000000000000000000, label: {en: Huge}}
)yaml";

/// The questionnaires of these tests, in a directory of their own; shipped ones are not used.
const Registry& registry() {
    static const irm::test::LocalRegistry fixture(
        {{"rq-1.yaml", questionnaire_v1},
         {"rq-2.yml", questionnaire_v2},
         {"broken.yaml", questionnaire_broken},
         {"bounds.yaml", questionnaire_bounds},
         {"response.yaml", "format: irm-response/1\nquestionnaire: rq\n"},
         {"notes.txt", "not a questionnaire"}},
        false);
    return *fixture.registry;
}

const std::string head = R"yaml(format: irm-response/1
questionnaire: rq
version: "1"
state: Freedonia
language: en
)yaml";

/// A response with these answers (starting at line 8), in the status given.
std::string response(const std::string& answers, const std::string& status = "draft") {
    return head + "status: " + status + "\nanswers:\n" + answers;
}

Response check(const std::string& text, CheckOptions options = {}) {
    return irm::check_response(text, "r.yaml", registry(), options);
}

std::vector<Diagnostic> with_code(const Response& r, const std::string& code) {
    std::vector<Diagnostic> result;
    for (const Diagnostic& d : r.findings)
        if (d.code == code) result.push_back(d);
    return result;
}

bool has(const Response& r, const std::string& code) {
    return std::any_of(r.findings.begin(), r.findings.end(),
                       [&](const Diagnostic& d) { return d.code == code; });
}

/// Checks one finding's code, place and question.
void expect(const Response& r, const std::string& code, Position position, const std::string& question) {
    const Diagnostic d = only(r, code);
    at(d, position);
    CHECK(d.question == question);
    CHECK(d.file == "r.yaml");
}

const AnswerState& state(const Response& r, std::string_view question) {
    const AnswerState* found = r.answer(question);
    INFO("question: ", std::string(question));
    REQUIRE(found != nullptr);
    return *found;
}

}  // namespace

TEST_SUITE("registry") {
    TEST_CASE("a registry reads the questionnaires of its directories and nothing else") {
        const Registry& r = registry();
        REQUIRE(r.find("rq", "1") != nullptr);
        CHECK(r.find("rq", "1")->questions.size() == 14);
        CHECK(r.find("rq", "2") != nullptr);  // .yml is read too
        CHECK(r.find("rq", "3") == nullptr);
        CHECK(r.find("untoc-c1", "2020.1") == nullptr);  // shipped ones are off
        CHECK(r.has_id("rq"));
        CHECK(r.has_id("broken"));
        CHECK_FALSE(r.has_id("untoc-c1"));
        CHECK(r.all().size() == 3);
    }

    TEST_CASE("a questionnaire with errors is refused and says why") {
        const Registry& r = registry();
        CHECK(r.find("broken", "1") == nullptr);
        const auto why = r.refusal("broken", "1");
        REQUIRE(why.has_value());
        CHECK(contains(*why, "1 error"));
        CHECK_FALSE(r.refusal("rq", "1").has_value());
        CHECK_FALSE(r.refusal("nothing", "1").has_value());
        const auto problems = r.problems();
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].code == "IRM101");
    }

    TEST_CASE("a directory that does not exist cannot be opened") {
        const TemporaryDirectory parent;
        const std::string missing = (parent.path() / "missing").string();
        const auto r = Registry::open(Registry::Sources{{missing}, false});
        CHECK_FALSE(r);
        CHECK(contains(r.error(), missing));
    }

    TEST_CASE("the first directory holding an id and version wins") {
        TemporaryDirectory first, second;
        first.write("a.yaml", questionnaire_v2);
        std::string other = questionnaire_v2;
        other.replace(other.find("Anything"), 8, "Something");
        second.write("a.yaml", other);
        const Registry::Sources sources{{first.path().string(), second.path().string()}, false};
        const auto opened = Registry::open(sources);
        REQUIRE(opened);
        const auto& r = *opened;
        REQUIRE(r->find("rq", "2") != nullptr);
        CHECK(r->find("rq", "2")->questions.at(0).label.in("en") == "Anything");
        CHECK(r->all().size() == 1);
    }

}  // TEST_SUITE("registry")

TEST_SUITE("response") {
    // ---------------------------------------------------------------- a clean response

    TEST_CASE("a complete response has no findings and reads its header") {
        const std::string text = response(R"yaml(  q_choice: "yes"
  q_law:
    - {title: Penal Code, provision: art. 5, year: 1994, url: "https://example.org/code", sherloc: X1}
  q_text: Some text
  cases: 12
  convictions: 3
  ratio: 0.25
  since: 2004-05-06
  colours: [red, blue]
  prosecutions:
    - {year: 2020, outcome: "yes", started: 2019-01-02, remark: ok}
  needs:
    - {category: capacity_building, description: Training of judges, priority: high}
  s2_text: More
  detail: Details
)yaml",
                                          "final");
        const Response r = check(text);
        INFO("findings:\n", listing(r));
        CHECK(r.findings.empty());
        CHECK(r.count(Severity::Error) == 0);
        REQUIRE(r.questionnaire != nullptr);
        CHECK(r.questionnaire->id == "rq");
        CHECK(r.questionnaire_id == std::string("rq"));
        CHECK(r.version == std::string("1"));
        CHECK(r.state == std::string("Freedonia"));
        CHECK(r.language == std::string("en"));
        CHECK(r.status == std::string("final"));
        CHECK(r.file == "r.yaml");
        CHECK(r.answers.size() == 14);
        CHECK(r.answer("nothing") == nullptr);
    }

    TEST_CASE("answers read as the expression language sees them") {
        const Response r = check(response(R"yaml(  q_choice: yes
  q_law: [{title: A}, {title: B}]
  q_text: 1234
  cases: "+12"
  ratio: .5
  since: 2004-05-06
  colours: [red, blue]
  prosecutions: [{year: 2001}]
)yaml"));
        INFO("findings:\n", listing(r));
        CHECK(r.findings.empty());
        CHECK(state(r, "q_choice").value == Value::of("yes"));
        CHECK(state(r, "q_law").value == Value::of(2.0));
        CHECK(state(r, "q_text").value == Value::of("1234"));
        CHECK(state(r, "cases").value == Value::of(12.0));
        CHECK(state(r, "ratio").value == Value::of(0.5));
        CHECK(state(r, "since").value == Value::of("2004-05-06"));
        CHECK(state(r, "colours").value ==
              Value::of(std::vector<Value>{Value::of("red"), Value::of("blue")}));
        CHECK(state(r, "prosecutions").value == Value::of(1.0));
        REQUIRE(state(r, "prosecutions").rows.size() == 1);
        const auto& row = state(r, "prosecutions").rows[0];
        REQUIRE(row.size() == 4);
        CHECK(row[0].column == "year");
        CHECK(row[0].value == Value::of(2001.0));
        CHECK(row[1].value.is_null());
    }

    TEST_CASE("quoted and plain scalars are the same answer") {
        const Response plain = check(response("  q_choice: yes\n  cases: 5\n"));
        const Response quoted = check(response("  q_choice: \"yes\"\n  cases: '5'\n"));
        CHECK(plain.findings.empty());
        CHECK(quoted.findings.empty());
        CHECK(state(plain, "q_choice").value == state(quoted, "q_choice").value);
        CHECK(state(plain, "cases").value == state(quoted, "cases").value);
    }

    // ---------------------------------------------------------------- AnswerState

    TEST_CASE("an answer state says whether a question is answered, applicable and required") {
        const std::string text = response(R"yaml(  q_choice: "yes"
  q_text: ~
  cases: 20
  convictions: 2
  colours: []
  s2_text: ""
)yaml");
        const Response r = check(text);
        INFO("findings:\n", listing(r));

        const AnswerState& choice = state(r, "q_choice");
        CHECK(choice.answered);
        CHECK(choice.well_formed);
        CHECK(choice.applicable);
        CHECK(choice.required);
        REQUIRE(choice.node != nullptr);
        CHECK(choice.node->position.line == 8);

        const AnswerState& law = state(r, "q_law");  // absent, applicable, required by expression
        CHECK(law.node == nullptr);
        CHECK_FALSE(law.answered);
        CHECK(law.applicable);
        CHECK(law.required);
        CHECK(law.value.is_null());

        const AnswerState& explained = state(r, "q_text");  // null
        CHECK(explained.node != nullptr);
        CHECK_FALSE(explained.answered);
        CHECK_FALSE(explained.required);
        CHECK(explained.value.is_null());

        CHECK_FALSE(state(r, "colours").answered);  // an empty list
        CHECK_FALSE(state(r, "s2_text").answered);  // an empty string
        CHECK(state(r, "s2_text").required);

        const AnswerState& detail = state(r, "detail");  // cases > 10, convictions > 0
        CHECK(detail.applicable);
        CHECK(detail.required);

        const AnswerState& extra = state(r, "extra");  // q_choice is not 'no'
        CHECK_FALSE(extra.applicable);
        CHECK_FALSE(extra.required);
    }

    TEST_CASE("a quoted null is an answer") {
        const Response r = check(response("  q_text: \"null\"\n"));
        CHECK(state(r, "q_text").answered);
        CHECK(state(r, "q_text").value == Value::of("null"));
    }

    TEST_CASE("section show_if makes all its questions not applicable") {
        const std::string text = response("  q_choice: \"no\"\n  s2_text: Something\n", "final");
        const Response r = check(text);
        expect(r, "IRM015", where(text, "Something"), "s2_text");
        CHECK(only(r, "IRM015").severity == Severity::Warning);
        CHECK_FALSE(state(r, "s2_text").applicable);
        CHECK_FALSE(state(r, "s2_text").required);  // required: true, but not applicable: no IRM013
        CHECK_FALSE(state(r, "detail").applicable);
        CHECK(state(r, "extra").applicable);
        CHECK(state(r, "q_choice").applicable);
        CHECK_FALSE(has(r, "IRM013"));
    }

    // AnswerState::value is how expressions read the answer: null when it does not apply.
    TEST_CASE("an answer to a not-applicable question has a null value in its state") {
        const Response r = check(response("  q_choice: \"yes\"\n  extra: 3\n"));
        CHECK_FALSE(state(r, "extra").applicable);
        CHECK(state(r, "extra").value.is_null());
    }

    // ---------------------------------------------------------------- draft and final

    TEST_CASE("a missing required answer is not a finding in a draft") {
        const Response r = check(response(""));
        INFO("findings:\n", listing(r));
        CHECK(r.findings.empty());
        CHECK(state(r, "q_choice").required);
    }

    TEST_CASE("a missing required answer is IRM013 with no position in a final response") {
        const Response r = check(response("", "final"));
        INFO("findings:\n", listing(r));
        const auto missing = with_code(r, "IRM013");
        REQUIRE(missing.size() ==
                2);  // q_choice, and s2_text: its section applies while q_choice is unanswered
        CHECK(missing[0].question == "q_choice");
        CHECK(missing[1].question == "s2_text");
        for (const Diagnostic& d : missing) {
            CHECK(d.severity == Severity::Error);
            CHECK_FALSE(d.line.has_value());
            CHECK_FALSE(d.column.has_value());
        }
        CHECK(contains(missing[0].message, "Is there a law"));
    }

    TEST_CASE("the label in a missing-answer message follows the response's language") {
        std::string text = response("", "final");
        text.replace(text.find("language: en"), 12, "language: fr");
        const Response r = check(text);
        const auto missing = with_code(r, "IRM013");
        REQUIRE_FALSE(missing.empty());
        CHECK(contains(missing[0].message, "Y a-t-il une loi"));
    }

    TEST_CASE("the final option checks a draft as final") {
        const std::string text = response("  q_choice: \"yes\"\n  s2_text: x\n");
        CHECK(check(text).findings.empty());
        const Response r = check(text, CheckOptions{true, {}});
        CHECK(codes(r) == std::vector<std::string>{"IRM013"});
        CHECK(only(r, "IRM013").question == "q_law");
        CHECK(r.status == std::string("draft"));  // the file's own value
    }

    TEST_CASE("required by expression applies only when the expression holds") {
        const std::string base = "  q_choice: \"yes\"\n  s2_text: x\n  cases: 20\n";
        CHECK(with_code(check(response(base + "  convictions: 0\n", "final")), "IRM013").size() ==
              1);  // q_law
        const Response r = check(response(base + "  convictions: 1\n", "final"));
        const auto missing = with_code(r, "IRM013");
        REQUIRE(missing.size() == 2);
        CHECK(missing[1].question == "detail");
    }

    TEST_CASE("a bad status is IRM002 and the file is checked as a draft") {
        const std::string text = response("  q_choice: maybe\n", "pending");
        const Response r = check(text);
        expect(r, "IRM002", where(text, "pending"), "");
        CHECK(has(r, "IRM012"));        // the rest is checked
        CHECK_FALSE(has(r, "IRM013"));  // as a draft
        CHECK(r.status == std::string("pending"));

        const Response forced = check(text, CheckOptions{true, {}});
        CHECK(has(forced, "IRM013"));
    }

    // ---------------------------------------------------------------- IRM001

    TEST_CASE("a YAML syntax error is IRM001 where the parser stopped, and nothing else") {
        const std::string text = response("  q_choice: [yes\n  cases: 3\n");
        const Response r = check(text);
        CHECK(codes(r) == std::vector<std::string>{"IRM001"});
        INFO("findings:\n", listing(r));
        // libfyaml points at the bracket never closed; yaml-cpp at the ":" the list cannot hold.
        at(r.findings[0], irm::test::reads_with_libfyaml() ? Position{8, 13} : Position{9, 8});
        CHECK(r.questionnaire == nullptr);
    }

    TEST_CASE("a key written without its colon is IRM001, not a question left unanswered") {
        const std::string text = response("  q_choice: \"yes\"\n  q_text\n  cases: 3\n");
        const Response r = check(text);
        CHECK(codes(r) == std::vector<std::string>{"IRM001"});
        INFO("findings:\n", listing(r));
        // libfyaml stops at the key itself; yaml-cpp on the line after it.
        const Position key = where(text, "q_text\n");
        CHECK(r.findings[0].line == (irm::test::reads_with_libfyaml() ? key.line : key.line + 1));
    }

    TEST_CASE("bytes that are not UTF-8 are IRM001 at the first bad byte") {
        const std::string text = response("  q_text: \"caf\xC3\xA9 \xE9t\xE9\"\n");
        const Response r = check(text);
        CHECK(codes(r) == std::vector<std::string>{"IRM001"});
        at(r.findings[0], Position{8, 17});
    }

    // ---------------------------------------------------------------- IRM002

    TEST_CASE("a missing format is IRM002 with no position, and nothing more is checked") {
        const Response r = check("questionnaire: rq\nversion: \"1\"\nanswers: {q_choice: maybe}\n");
        CHECK(codes(r) == std::vector<std::string>{"IRM002"});
        CHECK_FALSE(r.findings[0].line.has_value());
        CHECK(r.questionnaire == nullptr);
    }

    TEST_CASE("a wrong format is IRM002 at its value, and nothing more is checked") {
        std::string text = response("  q_choice: maybe\n  nope: 1\n");
        text.replace(text.find("irm-response/1"), 14, "irm-response/2");
        const Response r = check(text);
        CHECK(codes(r) == std::vector<std::string>{"IRM002"});
        at(r.findings[0], Position{1, 9});
    }

    TEST_CASE("an unknown top-level key is IRM002 at the key, with a suggestion") {
        const std::string text = response("  q_choice: \"yes\"\n") + "waiver:\n  q_text: why\n";
        const Response r = check(text);
        const Diagnostic d = only(r, "IRM002");
        at(d, where(text, "waiver:"));
        CHECK(contains(d.message, "did you mean “waivers”?"));
        CHECK(r.questionnaire != nullptr);
    }

    TEST_CASE("a missing header key is IRM002 with no position") {
        std::string text = response("  q_choice: \"yes\"\n");
        text.erase(text.find("state: Freedonia\n"), 17);
        const Response r = check(text);
        const Diagnostic d = only(r, "IRM002");
        CHECK_FALSE(d.line.has_value());
        CHECK(contains(d.message, "state"));
        CHECK_FALSE(r.state.has_value());
    }

    TEST_CASE("an empty header value is IRM002 at its key") {
        std::string text = response("  q_choice: \"yes\"\n");
        text.replace(text.find("state: Freedonia"), 16, "state:");
        const Response r = check(text);
        at(only(r, "IRM002"), where(text, "state:"));
    }

    TEST_CASE("answers that are not a map are IRM002") {
        const std::string text = head + "status: draft\nanswers:\n  - q_choice\n";
        const Response r = check(text);
        at(only(r, "IRM002"), Position{8, 5});
    }

    TEST_CASE("a missing or empty answers is a response with no answers") {
        const Response none = check(head + "status: draft\n");
        INFO("findings:\n", listing(none));
        CHECK(none.findings.empty());
        CHECK(none.questionnaire != nullptr);
        const Response empty = check(head + "status: final\nanswers:\n");
        CHECK(with_code(empty, "IRM013").size() == 2);
        CHECK(with_code(empty, "IRM002").empty());
    }

    TEST_CASE("a language the questionnaire does not offer is IRM002 and the rest is checked") {
        std::string text = response("  q_choice: maybe\n");
        text.replace(text.find("language: en"), 12, "language: es");
        const Response r = check(text);
        at(only(r, "IRM002"), where(text, "es\n"));
        CHECK(has(r, "IRM012"));
    }

    TEST_CASE("an empty file or a list is IRM002") {
        const Response empty = check("");
        CHECK(codes(empty) == std::vector<std::string>{"IRM002"});
        CHECK_FALSE(empty.findings[0].line.has_value());
        const Response list = check("- a\n");
        CHECK(codes(list) == std::vector<std::string>{"IRM002"});
        at(list.findings[0], Position{1, 3});
    }

    TEST_CASE("a second YAML document is IRM002") {
        const Response r = check(response("  q_choice: \"yes\"\n") + "---\nmore: 1\n");
        CHECK(codes(r) == std::vector<std::string>{"IRM002"});
    }

    // ---------------------------------------------------------------- IRM003

    TEST_CASE("an unknown questionnaire is IRM003 at the questionnaire value") {
        std::string text = response("  q_choice: maybe\n");
        text.replace(text.find("questionnaire: rq"), 17, "questionnaire: rx");
        const Response r = check(text);
        const Diagnostic d = only(r, "IRM003");
        at(d, Position{2, 16});
        CHECK(contains(d.message, "did you mean “rq”?"));
        CHECK_FALSE(has(r, "IRM012"));  // nothing to check answers against
        CHECK(r.questionnaire == nullptr);
        CHECK(r.answer("q_choice") == nullptr);
    }

    TEST_CASE("IRM003 points at the version when the id exists in another version") {
        std::string text = response("  q_choice: \"yes\"\n");
        text.replace(text.find("version: \"1\""), 12, "version: \"3\"");
        const Response r = check(text);
        const Diagnostic d = only(r, "IRM003");
        at(d, Position{3, 10});
        CHECK(contains(d.message, "“1”"));
        CHECK(contains(d.message, "“2”"));
    }

    TEST_CASE("a response to a questionnaire with errors gets IRM003 saying why") {
        std::string text = response("  q1: x\n");
        text.replace(text.find("questionnaire: rq"), 17, "questionnaire: broken");
        const Response r = check(text);
        const Diagnostic d = only(r, "IRM003");
        at(d, Position{2, 16});
        CHECK(contains(d.message, "1 error"));
    }

    TEST_CASE("another version of a questionnaire checks against that version") {
        std::string text = response("  q_choice: [not, text]\n");
        text.replace(text.find("version: \"1\""), 12, "version: \"2\"");
        const Response r = check(text);
        REQUIRE(r.questionnaire != nullptr);
        CHECK(r.questionnaire->version == "2");
        expect(r, "IRM011", where(text, "not,"), "q_choice");
    }

    // ---------------------------------------------------------------- IRM004

    TEST_CASE("a duplicate answer is IRM004 at the second key, naming the question; the first is used") {
        const std::string text = response("  q_choice: \"yes\"\n  cases: 1\n  q_choice: \"no\"\n");
        const Response r = check(text);
        expect(r, "IRM004", Position{10, 3}, "q_choice");
        CHECK(state(r, "q_choice").value == Value::of("yes"));
    }

    TEST_CASE("a duplicate key inside an answer names that answer's question") {
        const std::string text = response("  q_law:\n    - {title: A, title: B}\n");
        const Response r = check(text);
        expect(r, "IRM004", where(text, "title: B"), "q_law");
    }

    TEST_CASE("a duplicate top-level key names no question") {
        const std::string text = response("  q_choice: \"yes\"\n") + "state: Sylvania\n";
        const Response r = check(text);
        expect(r, "IRM004", where(text, "state: Sylvania"), "");
        CHECK(r.state == std::string("Freedonia"));
    }

    // ---------------------------------------------------------------- IRM010

    TEST_CASE("an answer to an unknown question is IRM010 at the key, with a suggestion and no question") {
        const std::string text = response("  q_choise: \"yes\"\n");
        const Response r = check(text);
        const Diagnostic d = only(r, "IRM010");
        at(d, Position{8, 3});
        CHECK(d.question.empty());
        CHECK(contains(d.message, "did you mean “q_choice”?"));
    }

    TEST_CASE("a waiver for an unknown question is IRM010") {
        const std::string text = response("  q_choice: \"yes\"\n") + "waivers:\n  q_txet: Because.\n";
        const Response r = check(text);
        const Diagnostic d = only(r, "IRM010");
        at(d, where(text, "q_txet"));
        CHECK(contains(d.message, "did you mean “q_text”?"));
    }

    // ---------------------------------------------------------------- IRM011

    TEST_CASE("an answer of the wrong shape is IRM011 at the value") {
        SUBCASE("a list for a choice") {
            const std::string text = response("  q_choice: [\"yes\"]\n");
            expect(check(text), "IRM011", Position{8, 14}, "q_choice");
        }
        SUBCASE("a map for a text") {
            const std::string text = response("  q_text:\n    en: words\n");
            expect(check(text), "IRM011", Position{9, 5}, "q_text");
        }
        SUBCASE("a decimal for an integer") {
            const std::string text = response("  cases: 12.5\n");
            expect(check(text), "IRM011", Position{8, 10}, "cases");
        }
        SUBCASE("an exponent for a number") {
            const std::string text = response("  ratio: 1e-1\n");
            expect(check(text), "IRM011", Position{8, 10}, "ratio");
        }
        SUBCASE("a repeated value in a multi_choice") {
            const std::string text = response("  colours: [red, green, red]\n");
            const Response r = check(text);
            expect(r, "IRM011", Position{8, 25}, "colours");
            CHECK_FALSE(has(r, "IRM017"));  // two distinct values
        }
        SUBCASE("a scalar for a legislation") {
            const std::string text = response("  q_choice: \"yes\"\n  q_law: Penal Code\n");
            expect(check(text), "IRM011", where(text, "Penal"), "q_law");
        }
        SUBCASE("a row that is not a map") {
            const std::string text = response("  prosecutions:\n    - 2001\n");
            expect(check(text), "IRM011", Position{9, 7}, "prosecutions");
        }
        SUBCASE("a table cell of the wrong shape") {
            const std::string text = response("  prosecutions:\n    - {year: twenty}\n");
            const Response r = check(text);
            expect(r, "IRM011", where(text, "twenty"), "prosecutions");
            CHECK(state(r, "prosecutions").well_formed);  // the row itself is fine
        }
    }

    TEST_CASE("a value with IRM011 reads as null") {
        const std::string text =
            response("  q_choice: \"yes\"\n  cases: many\n  convictions: 5\n  s2_text: x\n", "final");
        const Response r = check(text);
        INFO("findings:\n", listing(r));
        CHECK(codes(r) == std::vector<std::string>{"IRM011", "IRM013"});  // IRM013 for q_law
        const AnswerState& cases = state(r, "cases");
        CHECK(cases.answered);
        CHECK_FALSE(cases.well_formed);
        CHECK(cases.value.is_null());
        CHECK_FALSE(state(r, "detail").applicable);  // cases > 10 is false for null
        // convictions <= cases waits for a value of cases: no IRM014
    }

    // ---------------------------------------------------------------- IRM012

    TEST_CASE("a value that is not one of the choices is IRM012, with a suggestion") {
        const std::string text = response("  q_choice: yess\n");
        const Response r = check(text);
        const Diagnostic d = only(r, "IRM012");
        at(d, Position{8, 13});
        CHECK(d.question == "q_choice");
        CHECK(contains(d.message, "did you mean “yes”?"));
    }

    TEST_CASE("a label written instead of a value is IRM012 naming the value") {
        const std::string text = response("  q_choice: \"Oui\"\n");
        const Diagnostic d = only(check(text), "IRM012");
        CHECK(contains(d.message, "write its value, yes"));
    }

    TEST_CASE("a multi_choice value and a table cell outside the choices are IRM012") {
        const std::string text =
            response("  colours: [red, purple]\n  prosecutions:\n    - {year: 2001, outcome: maybe}\n");
        const Response r = check(text);
        const auto found = with_code(r, "IRM012");
        REQUIRE(found.size() == 2);
        at(found[0], where(text, "purple"));
        CHECK(found[0].question == "colours");
        at(found[1], where(text, "maybe"));
        CHECK(found[1].question == "prosecutions");
    }

    TEST_CASE("a value with IRM012 keeps its value") {
        const std::string text = response("  q_choice: maybe\n");
        const Response r = check(text);
        const AnswerState& choice = state(r, "q_choice");
        CHECK(choice.well_formed);
        CHECK(choice.value == Value::of("maybe"));
        CHECK(state(r, "s2_text").applicable);      // 'maybe' != 'no'
        CHECK_FALSE(state(r, "q_law").applicable);  // 'maybe' != 'yes'
    }

    // ---------------------------------------------------------------- IRM014

    TEST_CASE("a false constraint is IRM014 at the value, with the questionnaire's severity") {
        const std::string text = response("  cases: 3\n  convictions: 5\n  ratio: 0.95\n");
        const Response r = check(text);
        const auto found = with_code(r, "IRM014");
        REQUIRE(found.size() == 2);
        at(found[0], where(text, "5\n"));
        CHECK(found[0].question == "convictions");
        CHECK(found[0].severity == Severity::Warning);
        CHECK(contains(found[0].message, ". <= cases"));
        at(found[1], where(text, "0.95"));
        CHECK(found[1].question == "ratio");
        CHECK(found[1].severity == Severity::Error);
        CHECK(found[1].message == "article 5 — Ratio [ratio]: The ratio is too high");
    }

    TEST_CASE("a constraint waits for every question it names") {
        const Response alone = check(response("  convictions: 5\n"));
        CHECK_FALSE(has(alone, "IRM014"));
        const Response both = check(response("  cases: 3\n  convictions: 5\n"));
        CHECK(has(both, "IRM014"));
        const Response fine = check(response("  cases: 7\n  convictions: 5\n"));
        CHECK_FALSE(has(fine, "IRM014"));
    }

    TEST_CASE("a value with IRM017 keeps its value for constraints") {
        const std::string text = response("  cases: -1\n  convictions: 5\n");
        const Response r = check(text);
        expect(r, "IRM017", where(text, "-1"), "cases");
        CHECK(state(r, "cases").value == Value::of(-1.0));
        CHECK(has(r, "IRM014"));  // 5 <= -1 is false
    }

    TEST_CASE("a false row_constraint is IRM014 at the row") {
        const std::string text =
            response("  prosecutions:\n    - year: 2001\n    - year: 2040\n      remark: late\n");
        const Response r = check(text);
        const Diagnostic d = only(r, "IRM014");
        at(d, Position{10, 7});
        CHECK(d.severity == Severity::Warning);
        CHECK(d.question == "prosecutions");
    }

    TEST_CASE("a row_constraint waits for the columns it names") {
        const Response r = check(response("  prosecutions:\n    - {year: later}\n"));
        CHECK(has(r, "IRM011"));
        CHECK_FALSE(has(r, "IRM014"));
    }

    // ---------------------------------------------------------------- IRM015

    TEST_CASE(
        "an answer to a not-applicable question is IRM015, still shape-checked, its constraint unchecked") {
        SUBCASE("bounds are checked") {
            const std::string text = response("  q_choice: \"yes\"\n  extra: 7\n");
            const Response r = check(text);
            expect(r, "IRM015", where(text, "7\n"), "extra");
            expect(r, "IRM017", where(text, "7\n"), "extra");
            CHECK_FALSE(has(r, "IRM014"));  // 7 > 100 is false, but not checked
        }
        SUBCASE("shape is checked") {
            const std::string text = response("  q_choice: \"yes\"\n  extra: seven\n");
            const Response r = check(text);
            CHECK(has(r, "IRM015"));
            expect(r, "IRM011", where(text, "seven"), "extra");
        }
        SUBCASE("the constraint is checked once the question applies") {
            const std::string text = response("  q_choice: \"no\"\n  extra: 3\n");
            const Response r = check(text);
            CHECK_FALSE(has(r, "IRM015"));
            expect(r, "IRM014", where(text, "3\n"), "extra");
        }
    }

    TEST_CASE("an answer to a not-applicable question reads as null in expressions") {
        // detail shows when cases > 10 or extra is answered; extra is written but does not apply.
        const Response r = check(response("  q_choice: \"yes\"\n  extra: 3\n"));
        INFO("findings:\n", listing(r));
        CHECK(codes(r) == std::vector<std::string>{"IRM015"});
        CHECK_FALSE(state(r, "extra").applicable);
        CHECK_FALSE(state(r, "detail").applicable);
        CHECK(state(check(response("  q_choice: \"yes\"\n  cases: 11\n")), "detail").applicable);
    }

    // ---------------------------------------------------------------- IRM016

    TEST_CASE("a date that is not a real YYYY-MM-DD is IRM016 and reads as null") {
        const std::string text =
            response("  since: 2023-02-29\n  prosecutions:\n    - {year: 2001, started: 2021-02-30}\n");
        const Response r = check(text);
        const auto found = with_code(r, "IRM016");
        REQUIRE(found.size() == 2);
        at(found[0], Position{8, 10});
        CHECK(found[0].question == "since");
        at(found[1], where(text, "2021-02-30"));
        CHECK(found[1].question == "prosecutions");
        CHECK_FALSE(state(r, "since").well_formed);
        CHECK(state(r, "since").value.is_null());
        CHECK(check(response("  since: 2024-02-29\n")).findings.empty());
    }

    // ---------------------------------------------------------------- IRM017

    TEST_CASE("values outside their bounds are IRM017") {
        SUBCASE("integer") {
            const std::string text = response("  cases: 1001\n");
            expect(check(text), "IRM017", Position{8, 10}, "cases");
        }
        SUBCASE("number") {
            const std::string text = response("  ratio: -0.5\n");
            expect(check(text), "IRM017", Position{8, 10}, "ratio");
        }
        SUBCASE("date before the earliest") {
            const std::string text = response("  since: 1999-12-31\n");
            expect(check(text), "IRM017", Position{8, 10}, "since");
        }
        SUBCASE("date after the latest") {
            expect(check(response("  since: 2031-01-01\n")), "IRM017", Position{8, 10}, "since");
        }
        SUBCASE("text shorter than min_length") {
            expect(check(response("  q_text: ab\n")), "IRM017", Position{8, 11}, "q_text");
        }
        SUBCASE("too few selected values") {
            expect(check(response("  colours: [red]\n")), "IRM017", Position{8, 13}, "colours");
        }
        SUBCASE("too many selected values") {
            expect(check(response("  colours: [red, green, blue]\n")), "IRM017", Position{8, 13}, "colours");
        }
        SUBCASE("too many citations") {
            const std::string text =
                response("  q_choice: \"yes\"\n  q_law: [{title: A}, {title: B}, {title: C}]\n");
            expect(check(text), "IRM017", where(text, "title: A"), "q_law");
        }
        SUBCASE("too many rows") {
            const std::string text =
                response("  prosecutions:\n    - year: 2001\n    - year: 2002\n    - year: 2003\n");
            expect(check(text), "IRM017", Position{9, 7}, "prosecutions");
        }
        SUBCASE("a cell beyond its column's bounds") {
            const std::string text = response("  prosecutions:\n    - {year: 1980}\n");
            expect(check(text), "IRM017", where(text, "1980"), "prosecutions");
        }
    }

    TEST_CASE("text lengths count code points") {
        std::string ten;
        for (int i = 0; i < 10; ++i)
            ten += "\xC3\xA9";  // ten é: twenty bytes
        CHECK(check(response("  q_text: \"" + ten + "\"\n")).findings.empty());
        CHECK(has(check(response("  q_text: \"" + ten + "\xC3\xA9\"\n")), "IRM017"));
        const std::string five = ten.substr(0, 10);
        const std::string row = "  prosecutions:\n    - {year: 2001, remark: \"" + five;
        CHECK(check(response(row + "\"}\n")).findings.empty());
        CHECK(has(check(response(row + "e\"}\n")), "IRM017"));
    }

    TEST_CASE("minimum counts apply to any non-empty answer, drafts included") {
        const std::string text = response("  q_choice: \"yes\"\n  colours: [blue]\n");
        CHECK(has(check(text), "IRM017"));
        CHECK_FALSE(has(check(response("  colours: []\n  prosecutions: []\n")), "IRM017"));
    }

    // ---------------------------------------------------------------- IRM018

    TEST_CASE("problems inside a citation are IRM018 naming the question") {
        const std::string text = response(R"yaml(  q_choice: "yes"
  q_law:
    - title: Penal Code
      year: 1994a
      url: www.example.org
      page: 3
    - provision: art. 5
)yaml");
        const Response r = check(text);
        INFO("findings:\n", listing(r));
        const auto found = with_code(r, "IRM018");
        REQUIRE(found.size() == 4);
        at(found[0], where(text, "1994a"));
        at(found[1], where(text, "www."));
        at(found[2], where(text, "page"));
        at(found[3], where(text, "provision"));  // a missing title: at the map
        for (const Diagnostic& d : found)
            CHECK(d.question == "q_law");
        CHECK(contains(found[3].message, "title"));
    }

    TEST_CASE("problems inside a technical-assistance need are IRM018") {
        const std::string text = response(R"yaml(  needs:
    - {category: capacity_bulding, description: Training, priority: urgent}
    - {category: other, priority: low}
)yaml");
        const Response r = check(text);
        const auto found = with_code(r, "IRM018");
        REQUIRE(found.size() == 3);
        at(found[0], where(text, "capacity_bulding"));
        CHECK(contains(found[0].message, "did you mean “capacity_building”?"));
        at(found[1], where(text, "urgent"));
        at(found[2], where(text, "category: other"));  // the description is missing: at the map
        for (const Diagnostic& d : found)
            CHECK(d.question == "needs");
    }

    TEST_CASE("an unknown column and a missing required column are IRM018") {
        const std::string text = response("  prosecutions:\n    - {outcome: \"no\", yeer: 2001}\n");
        const Response r = check(text);
        const auto found = with_code(r, "IRM018");
        REQUIRE(found.size() == 2);
        at(found[0], where(text, "outcome"));  // lacks 'year': at the row
        at(found[1], where(text, "yeer"));
        CHECK(contains(found[1].message, "did you mean “year”?"));
    }

    // ---------------------------------------------------------------- IRM019

    TEST_CASE("an answer to a note is IRM019") {
        const std::string text = response("  intro: I read it\n");
        const Response r = check(text);
        expect(r, "IRM019", Position{8, 10}, "intro");
        CHECK(only(r, "IRM019").severity == Severity::Error);
    }

    // ---------------------------------------------------------------- waivers

    TEST_CASE("a waiver turns a warning into IRM020 at the warning's position") {
        const std::string text =
            response("  cases: 3\n  convictions: 5\n") +
            "waivers:\n  convictions: Some convictions are for cases of earlier years.\n";
        const Response r = check(text);
        INFO("findings:\n", listing(r));
        CHECK(codes(r) == std::vector<std::string>{"IRM020"});
        const Diagnostic d = r.findings[0];
        CHECK(d.severity == Severity::Info);
        at(d, where(text, "5\n"));
        CHECK(d.question == "convictions");
        CHECK(contains(d.message, "earlier years"));
        CHECK(r.count(Severity::Warning) == 0);
        REQUIRE(r.waivers.size() == 1);
        CHECK(r.waivers[0].question == "convictions");
        CHECK(r.waivers[0].position.line == where(text, "  convictions: Some").line);
    }

    TEST_CASE("a waiver turns each IRM015 and IRM014 warning of its question into IRM020") {
        const std::string text = response("  q_choice: \"no\"\n  s2_text: extra words\n") +
                                 "waivers:\n  s2_text: Kept for the record.\n";
        const Response r = check(text);
        CHECK(codes(r) == std::vector<std::string>{"IRM020"});
        at(r.findings[0], where(text, "extra words"));
    }

    TEST_CASE("a waiver with nothing to waive is IRM021 at the waiver's key") {
        const std::string text = response("  q_text: fine words\n") + "waivers:\n  q_text: Nothing to say.\n";
        const Response r = check(text);
        expect(r, "IRM021", where(text, "q_text: Nothing"), "q_text");
        CHECK(only(r, "IRM021").severity == Severity::Warning);
    }

    TEST_CASE("an error cannot be waived") {
        const std::string text = response("  ratio: 0.95\n") + "waivers:\n  ratio: It is high.\n";
        const Response r = check(text);
        CHECK(codes(r) == std::vector<std::string>{"IRM014", "IRM021"});
        CHECK(r.findings[0].severity == Severity::Error);
    }

    TEST_CASE("a waiver with an empty justification is IRM002 naming the waiver's question") {
        const std::string text =
            response("  cases: 3\n  convictions: 5\n") + "waivers:\n  convictions: \"\"\n";
        const Response r = check(text);
        const Diagnostic& empty = only(r, "IRM002");
        at(empty, where(text, "\"\"\n"));
        CHECK(empty.question == "convictions");
        CHECK(has(r, "IRM014"));  // not waived
        CHECK(r.waivers.empty());

        const std::string null = response("  cases: 3\n") + "waivers:\n  convictions:\n";
        const Diagnostic& missing = only(check(null), "IRM002");
        at(missing, where(null, "convictions:"));
        CHECK(missing.question == "convictions");
    }

    TEST_CASE("waivers that are not a map are IRM002") {
        const std::string text = response("") + "waivers: [convictions]\n";
        at(only(check(text), "IRM002"), where(text, "convictions]"));
    }

    // ---------------------------------------------------------------- order

    TEST_CASE("findings are sorted by position, those without one last") {
        const std::string text = response("  q_text: ab\n  q_choice: maybe\n  cases: x\n", "final");
        const Response r = check(text);
        INFO("findings:\n", listing(r));
        CHECK(codes(r) == std::vector<std::string>{"IRM017", "IRM012", "IRM011", "IRM013"});
        CHECK(r.count(Severity::Error) == 4);
    }

    // Messages quote a bound as the questionnaire writes it, not as a double prints.
    TEST_CASE("an out-of-bounds message states the bound as written") {
        std::string text = response("  tiny: 0.00000001\n  huge: 200000000000000000000\n");
        text.replace(text.find("questionnaire: rq"), 17, "questionnaire: bounds");
        const Response r = check(text);
        const auto found = with_code(r, "IRM017");
        REQUIRE(found.size() == 2);
        CHECK(contains(found[0].message, "0.0000001"));
        CHECK(contains(found[1].message, "100000000000000000000"));
        CHECK_FALSE(contains(found[1].message, "100000000000000000000."));
    }

    // A double holds 100000000000000000000 and 100000000000000000001 alike: bounds compare the digits.
    TEST_CASE("a bound compares the digits as written, exactly, however many there are") {
        std::string text =
            response("  tiny: 0.0000000999999999999999999999\n  huge: 100000000000000000001\n");
        text.replace(text.find("questionnaire: rq"), 17, "questionnaire: bounds");
        CHECK(with_code(check(text), "IRM017").size() == 2);
        text = response("  tiny: 0.0000001000000000000000000000\n  huge: +000100000000000000000000\n");
        text.replace(text.find("questionnaire: rq"), 17, "questionnaire: bounds");
        const Response r = check(text);
        INFO("findings:\n", listing(r));
        CHECK(r.findings.empty());
        // Past a double's range too: the bound is there to say how large a number may be.
        CHECK(with_code(check(response("  cases: " + std::string(400, '9') + "\n")), "IRM017").size() == 1);
        CHECK(with_code(check(response("  cases: -" + std::string(400, '9') + "\n")), "IRM017").size() == 1);
    }

    // A well-formed number that a double cannot hold is compared, not thrown.
    TEST_CASE("a number too large or too small for a double does not throw") {
        CHECK_NOTHROW(check(response("  cases: " + std::string(400, '9') + "\n")));
        CHECK_NOTHROW(check(response("  ratio: 0." + std::string(400, '0') + "1\n")));
    }

    // ---------------------------------------------------------------- control characters

    TEST_CASE("a text holding a control character is an IRM060 warning at its value, one finding per text") {
        const std::string answers =
            "  q_text: \"a\\x01b\\0\"\n"
            "  prosecutions:\n    - {year: 2020, remark: \"\\e[0m\"}\n"
            "  needs:\n    - {category: other, description: \"bell \\a\"}\n";
        const std::string text = response(answers);
        const Response r = check(text);
        INFO("findings:\n", listing(r));
        const auto found = with_code(r, "IRM060");
        REQUIRE(found.size() == 3);
        CHECK(found[0].severity == Severity::Warning);
        CHECK(found[0].question == "q_text");
        at(found[0], where(text, "\"a\\x01"));
        CHECK(contains(found[0].message, "U+0001"));
        CHECK(contains(found[0].message, "character 2"));
        CHECK(found[1].question == "prosecutions");
        at(found[1], where(text, "\"\\e"));
        CHECK(contains(found[1].message, "U+001B"));
        CHECK(found[2].question == "needs");
        CHECK(contains(found[2].message, "U+0007"));
        // A warning: the response has no error for it, and --strict counts it.
        CHECK(r.count(Severity::Error) == 0);
    }

    TEST_CASE("DEL, the C1 controls (NEL among them), U+FFFE and U+FFFF are IRM060 too") {
        for (const std::string escape : {"\\x7F", "\\x80", "\\x9B", "\\N", "\\uFFFE", "\\uFFFF"}) {
            INFO(escape);
            CHECK(codes(check(response("  q_text: \"ab" + escape + "cd\"\n"))) ==
                  std::vector<std::string>{"IRM060"});
        }
        // Tabs, line breaks, no-break spaces, line separators and astral characters are text like any other.
        const Response r = check(response("  q_text: \"\\_\\L\\P\\t\\r\\n\\U0001F600\"\n"));
        INFO("findings:\n", listing(r));
        CHECK(r.findings.empty());
    }

    TEST_CASE("the State's name and a waiver's justification are checked too; ids and keys are not") {
        std::string text = response("  convictions: 5\n  cases: 2\nwaivers:\n  convictions: \"why\\x02\"\n");
        text.replace(text.find("state: Freedonia"), 16, "state: \"Free\\x1Fdonia\\x7F\"");
        const Response r = check(text);
        INFO("findings:\n", listing(r));
        const auto found = with_code(r, "IRM060");
        REQUIRE(found.size() == 2);
        CHECK(found[0].question.empty());
        CHECK(contains(found[0].message, "U+001F"));  // the first one of the text is named
        // A waiver does not waive it: no answer means a control character.
        CHECK(found[1].question == "convictions");
        CHECK(found[1].severity == Severity::Warning);
        CHECK(with_code(r, "IRM020").size() == 1);  // the constraint's warning is waived all the same
        // An unknown id is IRM010, not also IRM060.
        CHECK(codes(check(response("  \"q\\x01\": 1\n"))) == std::vector<std::string>{"IRM010"});
    }

    // ---------------------------------------------------------------- numbers beyond a double

    TEST_CASE("a number more precise or larger than a double holds is an IRM061 warning at its value") {
        std::string text = response(
            "  cases: 1000\n  ratio: 0.1234567890123456\n"
            "  prosecutions:\n    - {year: 12345678901234567}\n"
            "  q_law:\n    - {title: Code, year: 1234567890123456789}\n");
        const Response r = check(text);
        INFO("findings:\n", listing(r));
        const auto found = with_code(r, "IRM061");
        REQUIRE(found.size() == 3);
        CHECK(found[0].severity == Severity::Warning);
        CHECK(found[0].question == "ratio");
        at(found[0], where(text, "0.1234567890123456"));
        CHECK(contains(found[0].message, "0.1234567890123456"));
        CHECK(found[1].question == "prosecutions");
        at(found[1], where(text, "12345678901234567"));
        CHECK(found[2].question == "q_law");
        at(found[2], where(text, "1234567890123456789"));
        // Fifteen significant digits, zeros that say nothing, and small or large ordinary numbers are held.
        for (const std::string number :
             {"123456789012345", "-999999999999999", "+0007", "100000000000000000000000000000"}) {
            INFO(number);
            CHECK(with_code(check(response("  cases: " + number + "\n")), "IRM061").empty());
        }
        for (const std::string number : {"0.000000000000000000000000000001", "+0000.50000000000000000000"}) {
            INFO(number);
            CHECK(with_code(check(response("  ratio: " + number + "\n")), "IRM061").empty());
        }
        // Beyond a double's range, however few its digits: a 1 followed by 400 zeros.
        const Response big = check(response("  cases: 1" + std::string(400, '0') + "\n"));
        CHECK(with_code(big, "IRM061").size() == 1);
        CHECK(with_code(big, "IRM017").size() == 1);  // and above the maximum, as it is
    }

}  // TEST_SUITE("response")
