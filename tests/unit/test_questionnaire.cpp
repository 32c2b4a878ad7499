#include <irm/catalogue.hpp>
#include <irm/finding_codes.hpp>
#include <irm/questionnaire.hpp>
#include <irm/values.hpp>

#include <doctest/doctest.h>

#include "fixtures.hpp"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

using irm::Diagnostic;
using irm::LoadedQuestionnaire;
using irm::Position;
using irm::QuestionType;
using irm::Severity;
using irm::test::at;
using irm::test::codes;
using irm::test::contains;
using irm::test::listing;
using irm::test::load;
using irm::test::only;
using irm::test::where;

namespace {

// Everything up to the first question; questions are appended at line 17.
const std::string header = irm::test::questionnaire_head("test-q", "Test", "Essai");

const std::string valid = header + R"yaml(      - id: q1
        type: choice
        choices: yn
        required: true
        label: {en: "Is there a law?", fr: "Y a-t-il une loi ?"}
      - id: q1_law
        type: legislation
        show_if: "q1 == 'yes'"
        required: "q1 == 'yes'"
        min_items: 1
        label: {en: Cite it, fr: Citez-la}
      - id: cases
        type: integer
        min: 0
        label: {en: Cases, fr: Affaires}
      - id: convictions
        type: integer
        constraint: ". <= cases"
        constraint_severity: warning
        constraint_message: {en: More convictions than cases, fr: Plus de condamnations que d'affaires}
        label: {en: Convictions, fr: Condamnations}
  - id: s2
    title: {en: Two, fr: Deux}
    article: "6"
    show_if: "q1 != 'no'"
    questions:
      - id: intro
        type: note
        label: {en: Read this, fr: Lisez ceci}
      - id: colours
        type: multi_choice
        choices:
          - {value: red, label: {en: Red, fr: Rouge}}
          - {value: blue, label: {en: Blue, fr: Bleu}}
        max_selected: 1
        label: {en: Colours, fr: Couleurs}
      - id: prosecutions
        type: table
        columns:
          - {id: year, label: {en: Year, fr: Année}, type: integer, required: true, min: 1990}
          - {id: outcome, label: {en: Outcome, fr: Issue}, type: choice, choices: yn}
        row_constraint: "year <= 2030"
        label: {en: Prosecutions, fr: Poursuites}
      - id: since
        type: date
        min: "2000-01-01"
        label: {en: Since, fr: Depuis}
      - id: needs
        type: ta_needs
        label: {en: Needs, fr: Besoins}
)yaml";

/// One question appended to the header.
LoadedQuestionnaire load_questions(const std::string& questions) {
    return load(header + questions);
}

/// Whether the load produced a model that responses can be checked against.
bool usable(const LoadedQuestionnaire& loaded) {
    return loaded.questionnaire != nullptr;
}

}  // namespace

TEST_SUITE("questionnaire") {
    // ---------------------------------------------------------------- a valid questionnaire

    TEST_CASE("a small valid questionnaire loads with no findings") {
        const LoadedQuestionnaire loaded = load(valid);
        INFO("findings:\n", listing(loaded));
        CHECK(loaded.findings.empty());
        CHECK(loaded.format == "irm-questionnaire/1");
        REQUIRE(usable(loaded));
        const irm::Questionnaire& q = *loaded.questionnaire;
        CHECK(q.id == "test-q");
        CHECK(q.version == "1");
        CHECK(q.instrument == "UNTOC");
        CHECK(q.cluster == 1);
        CHECK(q.languages == std::vector<std::string>{"en", "fr"});
        CHECK(q.title.in("fr") == "Essai");
        CHECK(q.file == "q.yaml");
        CHECK(q.has_language("fr"));
        CHECK_FALSE(q.has_language("es"));
        CHECK(q.ids() == std::vector<std::string>{"q1", "q1_law", "cases", "convictions", "intro", "colours",
                                                  "prosecutions", "since", "needs"});
    }

    TEST_CASE("sections know their questions and their show_if") {
        const auto loaded = load(valid);
        REQUIRE(usable(loaded));
        const irm::Questionnaire& q = *loaded.questionnaire;
        REQUIRE(q.sections.size() == 2);
        CHECK(q.sections[0].id == "s1");
        CHECK(q.sections[0].article == "5");
        CHECK(q.sections[0].first == 0);
        CHECK(q.sections[0].count == 4);
        CHECK_FALSE(q.sections[0].show_if.has_value());
        CHECK(q.sections[1].first == 4);
        CHECK(q.sections[1].count == 5);
        REQUIRE(q.sections[1].show_if.has_value());
        CHECK(q.sections[1].show_if->source == "q1 != 'no'");
        CHECK(q.find("needs")->section == 1);
    }

    TEST_CASE("questions are read with their types, choices, bounds and expressions") {
        const auto loaded = load(valid);
        REQUIRE(usable(loaded));
        const irm::Questionnaire& q = *loaded.questionnaire;
        CHECK(q.find("nowhere") == nullptr);

        const irm::Question* q1 = q.find("q1");
        REQUIRE(q1 != nullptr);
        CHECK(q1->type == QuestionType::Choice);
        CHECK(q1->required);
        REQUIRE(q1->choices.size() == 2);  // resolved from the list name
        CHECK(q1->find_choice("yes") != nullptr);
        CHECK(q1->find_choice("maybe") == nullptr);
        CHECK(q1->label.in("fr") == "Y a-t-il une loi ?");
        CHECK(q1->position.line == 17);
        CHECK(q1->position.column == 9);

        const irm::Question* law = q.find("q1_law");
        REQUIRE(law != nullptr);
        CHECK_FALSE(law->required);
        REQUIRE(law->required_if.has_value());
        CHECK(law->required_if->source == "q1 == 'yes'");
        REQUIRE(law->show_if.has_value());
        CHECK(law->show_if->position.line == 24);
        CHECK(law->show_if->position.column == 18);
        CHECK(law->bounds.min_count == 1u);

        const irm::Question* convictions = q.find("convictions");
        REQUIRE(convictions != nullptr);
        REQUIRE(convictions->constraint.has_value());
        CHECK(convictions->constraint_severity == Severity::Warning);
        CHECK(convictions->constraint_message.in("en") == "More convictions than cases");
        CHECK(q.find("cases")->bounds.min == 0.0);
        CHECK_FALSE(q.find("cases")->bounds.max.has_value());

        const irm::Question* table = q.find("prosecutions");
        REQUIRE(table != nullptr);
        CHECK(table->type == QuestionType::Table);
        REQUIRE(table->columns.size() == 2);
        CHECK(table->find_column("year")->required);
        CHECK(table->find_column("year")->bounds.min == 1990.0);
        CHECK(table->find_column("outcome")->choices.size() == 2);
        CHECK(table->find_column("cases") == nullptr);
        CHECK(table->row_constraint.has_value());
        CHECK(table->row_constraint_severity == Severity::Error);

        CHECK(q.find("colours")->bounds.max_count == 1u);
        CHECK(q.find("since")->bounds.min_date == std::string("2000-01-01"));
        CHECK(q.find("intro")->type == QuestionType::Note);
        CHECK(q.find("needs")->type == QuestionType::TaNeeds);
    }

    TEST_CASE("a text falls back to its first language") {
        irm::Text text;
        CHECK(text.empty());
        CHECK(text.in("en").empty());
        text.translations = {{"fr", "Oui"}, {"en", "Yes"}};
        CHECK(text.in("en") == "Yes");
        CHECK(text.in("es") == "Oui");
    }

    TEST_CASE("type names read as the format writes them") {
        CHECK(irm::to_string(QuestionType::MultiChoice) == "multi_choice");
        CHECK(irm::to_string(QuestionType::TaNeeds) == "ta_needs");
        CHECK(irm::to_string(QuestionType::Legislation) == "legislation");
    }

    // ---------------------------------------------------------------- errors make the model unusable

    TEST_CASE("a questionnaire with errors has no model") {
        const auto loaded = load_questions(R"yaml(      - id: q1
        type: choise
        label: {en: Q, fr: Q}
)yaml");
        CHECK_FALSE(usable(loaded));
        CHECK(only(loaded, "IRM101").severity == Severity::Error);
        CHECK(loaded.format == "irm-questionnaire/1");
    }

    TEST_CASE("a questionnaire with only warnings keeps its model") {
        const auto loaded = load_questions(R"yaml(      - id: q1
        type: text
        label: {en: Only English}
)yaml");
        CHECK(codes(loaded) == std::vector<std::string>{"IRM105"});
        CHECK(usable(loaded));
    }

    TEST_CASE("a YAML syntax error is IRM001 and nothing else") {
        const auto loaded = load("format: irm-questionnaire/1\nid: [x\n");
        CHECK(codes(loaded) == std::vector<std::string>{"IRM001"});
        CHECK_FALSE(usable(loaded));
        CHECK(loaded.findings[0].line.has_value());
    }

    TEST_CASE("a duplicate key is IRM004 at its second occurrence") {
        const std::string source = header + R"yaml(      - id: q1
        type: text
        label: {en: Q, fr: Q}
        type: integer
)yaml";
        const auto loaded = load(source);
        // The first 'type' is used: a text question has no finding about its keys.
        CHECK(codes(loaded) == std::vector<std::string>{"IRM004"});
        at(only(loaded, "IRM004"), Position{20, 9});
        CHECK_FALSE(usable(loaded));
    }

    // ---------------------------------------------------------------- IRM101

    TEST_CASE("an unknown top-level key is IRM101 at the key, with a suggestion") {
        std::string source = valid;
        source.replace(source.find("cluster: 1"), 10, "clustre: 1");
        const auto loaded = load(source);
        CHECK_FALSE(usable(loaded));
        std::vector<Diagnostic> found;
        for (const Diagnostic& d : loaded.findings)
            if (d.code == "IRM101") found.push_back(d);
        REQUIRE(found.size() == 2);  // the unknown key, and the missing 'cluster'
        at(found[0], Position{5, 1});
        CHECK(contains(found[0].message, "did you mean 'cluster'?"));
        CHECK_FALSE(found[1].line.has_value());  // a missing top-level key has no place
        CHECK(contains(found[1].message, "'cluster'"));
    }

    TEST_CASE("a missing format stops the load with IRM101") {
        const auto loaded = load("id: x\nversion: '1'\n");
        CHECK(codes(loaded) == std::vector<std::string>{"IRM101"});
        CHECK(loaded.format.empty());
        const auto wrong = load("format: irm-response/1\nid: x\n");
        at(only(wrong, "IRM101"), Position{1, 9});
        CHECK(wrong.format == "irm-response/1");
    }

    TEST_CASE("a file that is not a mapping is IRM101") {
        CHECK(codes(load("- a\n- b\n")) == std::vector<std::string>{"IRM101"});
        CHECK(codes(load("")) == std::vector<std::string>{"IRM101"});
    }

    TEST_CASE("a second YAML document is IRM101") {
        const auto loaded = load(valid + "---\nmore: 1\n");
        CHECK(codes(loaded) == std::vector<std::string>{"IRM101"});
        CHECK_FALSE(loaded.findings[0].line.has_value());
    }

    TEST_CASE("a question id that breaks the pattern is IRM101 at the id") {
        const auto loaded = load_questions(R"yaml(      - id: Q-1
        type: text
        label: {en: Q, fr: Q}
)yaml");
        at(only(loaded, "IRM101"), Position{17, 13});
    }

    TEST_CASE("keywords of expressions cannot be question ids") {
        for (const char* keyword : {"and", "or", "not", "in", "true", "false", "null"}) {
            INFO("id: ", keyword);
            const auto loaded = load_questions(std::string("      - id: \"") + keyword + R"yaml("
        type: text
        label: {en: Q, fr: Q}
)yaml");
            at(only(loaded, "IRM101"), Position{17, 13});
        }
        CHECK_FALSE(irm::is_question_id("in"));
        CHECK(irm::is_question_id("inside"));
        CHECK(irm::is_question_id("q5_1a"));
        CHECK_FALSE(irm::is_question_id("5q"));
        CHECK_FALSE(irm::is_question_id("_q"));
        CHECK_FALSE(irm::is_question_id("q-1"));
        CHECK_FALSE(irm::is_question_id(""));
    }

    TEST_CASE("an unknown question type is IRM101 at the type, with a suggestion") {
        const auto loaded = load_questions(R"yaml(      - id: q1
        type: choise
        label: {en: Q, fr: Q}
)yaml");
        const Diagnostic d = only(loaded, "IRM101");
        at(d, Position{18, 15});
        CHECK(contains(d.message, "did you mean 'choice'?"));
    }

    TEST_CASE("a key that the question's type does not have is IRM101 at the key") {
        const auto loaded = load_questions(R"yaml(      - id: q1
        type: text
        min: 3
        label: {en: Q, fr: Q}
)yaml");
        at(only(loaded, "IRM101"), Position{19, 9});
    }

    TEST_CASE("a question without a label is IRM101 at the question") {
        const auto loaded = load_questions(R"yaml(      - id: q1
        type: text
)yaml");
        at(only(loaded, "IRM101"), Position{17, 9});
    }

    TEST_CASE("a text without the source language is IRM101 at the text") {
        const auto loaded = load_questions(R"yaml(      - id: q1
        type: text
        label: {fr: Seulement en français}
)yaml");
        at(only(loaded, "IRM101"), Position{19, 17});
        CHECK_FALSE(usable(loaded));
    }

    TEST_CASE("bad values of known keys are IRM101 at the value") {
        SUBCASE("a bound that is not a number") {
            const auto loaded = load_questions(R"yaml(      - id: q1
        type: integer
        min: 1.5
        label: {en: Q, fr: Q}
)yaml");
            at(only(loaded, "IRM101"), Position{19, 14});
        }
        SUBCASE("a date bound that is not a real date") {
            const auto loaded = load_questions(R"yaml(      - id: q1
        type: date
        max: 2023-02-29
        label: {en: Q, fr: Q}
)yaml");
            at(only(loaded, "IRM101"), Position{19, 14});
        }
        SUBCASE("a minimum above the maximum") {
            const auto loaded = load_questions(R"yaml(      - id: q1
        type: text
        min_length: 5
        max_length: 2
        label: {en: Q, fr: Q}
)yaml");
            at(only(loaded, "IRM101"), Position{20, 21});
        }
        SUBCASE("a severity that is neither error nor warning") {
            const auto loaded = load_questions(R"yaml(      - id: q1
        type: integer
        constraint: ". > 0"
        constraint_severity: fatal
        label: {en: Q, fr: Q}
)yaml");
            at(only(loaded, "IRM101"), Position{20, 30});
        }
        SUBCASE("a cluster outside 1 to 4") {
            std::string source = valid;
            source.replace(source.find("cluster: 1"), 10, "cluster: 5");
            at(only(load(source), "IRM101"), Position{5, 10});
        }
        SUBCASE("an unknown language") {
            std::string source = valid;
            source.replace(source.find("[en, fr]"), 8, "[en, xx]");
            const auto loaded = load(source);
            const auto first = std::find_if(loaded.findings.begin(), loaded.findings.end(),
                                            [](const Diagnostic& d) { return d.code == "IRM101"; });
            REQUIRE(first != loaded.findings.end());
            at(*first, Position{6, 17});
        }
    }

    // ---------------------------------------------------------------- IRM102

    TEST_CASE("a duplicate question id is IRM102 at the second id") {
        const auto loaded = load_questions(R"yaml(      - id: q1
        type: text
        label: {en: Q, fr: Q}
      - id: q1
        type: integer
        label: {en: Q, fr: Q}
)yaml");
        const Diagnostic d = only(loaded, "IRM102");
        at(d, Position{20, 13});
        CHECK(contains(d.message, "'q1'"));
        CHECK_FALSE(usable(loaded));
    }

    TEST_CASE("a duplicate id across sections is IRM102 too") {
        std::string source = valid;
        source.replace(source.find("id: needs"), 9, "id: cases");
        at(only(load(source), "IRM102"), where(source, "cases\n        type: ta_needs"));
    }

    TEST_CASE("a duplicate section id is IRM102") {
        std::string source = valid;
        source.replace(source.find("id: s2"), 6, "id: s1");
        at(only(load(source), "IRM102"), Position{38, 9});
    }

    TEST_CASE("a duplicate choice value is IRM102 at the second value") {
        std::string source = valid;
        source.replace(source.find("{value: blue"), 12, "{value: red");
        at(only(load(source), "IRM102"), where(source, "red, label: {en: Blue"));
    }

    TEST_CASE("a duplicate column id is IRM102") {
        std::string source = valid;
        source.replace(source.find("{id: outcome"), 12, "{id: year");
        at(only(load(source), "IRM102"), where(source, "year, label: {en: Outcome"));
    }

    // ---------------------------------------------------------------- IRM103

    TEST_CASE("an unknown name in an expression is IRM103 at the name, with a suggestion") {
        const std::string source = header + R"yaml(      - id: q1
        type: choice
        choices: yn
        label: {en: Q, fr: Q}
      - id: q2
        type: text
        show_if: "q1 == 'yes' and q11 == 'no'"
        label: {en: Q, fr: Q}
)yaml";
        const auto loaded = load(source);
        const Diagnostic d = only(loaded, "IRM103");
        at(d, Position{23, 35});
        CHECK(d.question == "q2");
        CHECK(contains(d.message, "did you mean 'q1'?"));
        CHECK_FALSE(usable(loaded));
    }

    TEST_CASE("an unknown name in a plain scalar is found at the right column") {
        const auto loaded = load_questions(R"yaml(      - id: q1
        type: integer
        required: answered(nothing)
        label: {en: Q, fr: Q}
)yaml");
        at(only(loaded, "IRM103"), Position{19, 28});
    }

    TEST_CASE("'.' outside a constraint is IRM103") {
        const auto loaded = load_questions(R"yaml(      - id: q1
        type: integer
        show_if: ". > 1"
        label: {en: Q, fr: Q}
)yaml");
        at(only(loaded, "IRM103"), Position{19, 19});
    }

    TEST_CASE("an unknown column in a row_constraint is IRM103") {
        std::string source = valid;
        source.replace(source.find("year <= 2030"), 12, "yeer <= 2030");
        const Diagnostic d = only(load(source), "IRM103");
        at(d, where(source, "yeer"));
        CHECK(d.question == "prosecutions");
        CHECK(contains(d.message, "'year'"));
    }

    // ---------------------------------------------------------------- IRM104

    TEST_CASE("an expression syntax error is IRM104 pointing into the expression") {
        const auto loaded = load_questions(R"yaml(      - id: q1
        type: integer
        show_if: "1 = 1"
        label: {en: Q, fr: Q}
)yaml");
        const Diagnostic d = only(loaded, "IRM104");
        at(d, Position{19, 21});
        CHECK_FALSE(usable(loaded));
    }

    TEST_CASE("an unknown function is IRM104 at its name") {
        const auto loaded = load_questions(R"yaml(      - id: q1
        type: integer
        constraint: 'cout(.) > 1'
        label: {en: Q, fr: Q}
)yaml");
        const Diagnostic d = only(loaded, "IRM104");
        at(d, Position{19, 22});
        CHECK(contains(d.message, "did you mean 'count'?"));
    }

    TEST_CASE("sum of a question that is not a table is IRM104") {
        const auto loaded = load_questions(R"yaml(      - id: q1
        type: integer
        constraint: ". >= sum(q1, 'x')"
        label: {en: Q, fr: Q}
)yaml");
        CHECK(codes(loaded) == std::vector<std::string>{"IRM104"});
    }

    TEST_CASE("a syntax error in a block scalar points at the scalar") {
        const auto loaded = load_questions(R"yaml(      - id: q1
        type: integer
        show_if: >
          1 = 1
        label: {en: Q, fr: Q}
)yaml");
        at(only(loaded, "IRM104"), Position{19, 18});
    }

    // ---------------------------------------------------------------- IRM105

    TEST_CASE("a text lacking a declared language is IRM105, a warning at the text") {
        const auto loaded = load_questions(R"yaml(      - id: q1
        type: text
        label:
          en: English only
)yaml");
        const Diagnostic d = only(loaded, "IRM105");
        CHECK(d.severity == Severity::Warning);
        at(d, Position{20, 11});
        CHECK(contains(d.message, "fr"));
        CHECK(usable(loaded));
    }

    // ---------------------------------------------------------------- IRM106

    TEST_CASE("choices naming an unknown list is IRM106 at the name, with a suggestion") {
        const auto loaded = load_questions(R"yaml(      - id: q1
        type: choice
        choices: yns
        label: {en: Q, fr: Q}
)yaml");
        const Diagnostic d = only(loaded, "IRM106");
        at(d, Position{19, 18});
        CHECK(contains(d.message, "did you mean 'yn'?"));
        CHECK_FALSE(usable(loaded));
    }

    // ---------------------------------------------------------------- IRM107

    TEST_CASE("a cycle through show_if is IRM107 at the first question's expression") {
        const auto loaded = load_questions(R"yaml(      - id: a
        type: text
        show_if: "b == 'x'"
        label: {en: Q, fr: Q}
      - id: b
        type: text
        show_if: "a == 'x'"
        label: {en: Q, fr: Q}
)yaml");
        const Diagnostic d = only(loaded, "IRM107");
        at(d, Position{19, 18});
        CHECK(d.question == "a");
        CHECK(contains(d.message, "a \u2192 b \u2192 a"));
        CHECK_FALSE(usable(loaded));
    }

    TEST_CASE("a cycle through required alone is IRM107") {
        const auto loaded = load_questions(R"yaml(      - id: a
        type: text
        label: {en: Q, fr: Q}
        required: "answered(c)"
      - id: b
        type: text
        label: {en: Q, fr: Q}
      - id: c
        type: text
        label: {en: Q, fr: Q}
        required: "not answered(a)"
)yaml");
        const Diagnostic d = only(loaded, "IRM107");
        at(d, Position{20, 19});
        CHECK(d.question == "a");
    }

    TEST_CASE("a cycle mixing show_if and required is IRM107") {
        const auto loaded = load_questions(R"yaml(      - id: a
        type: text
        label: {en: Q, fr: Q}
        show_if: "answered(b)"
      - id: b
        type: text
        label: {en: Q, fr: Q}
        required: "answered(a)"
)yaml");
        at(only(loaded, "IRM107"), Position{20, 18});
    }

    TEST_CASE("a question whose show_if names itself is IRM107") {
        const auto loaded = load_questions(R"yaml(      - id: a
        type: text
        label: {en: Q, fr: Q}
        show_if: "a == 'x'"
)yaml");
        const Diagnostic d = only(loaded, "IRM107");
        at(d, Position{20, 18});
        CHECK(d.question == "a");
    }

    TEST_CASE("a section show_if naming its own question is IRM107 at the section's show_if") {
        const std::string source = header + R"yaml(      - id: q1
        type: choice
        choices: yn
        label: {en: Q, fr: Q}
  - id: s2
    title: {en: Two, fr: Deux}
    article: "6"
    show_if: "q1 == 'yes' and q2 == 'go'"
    questions:
      - id: q2
        type: text
        label: {en: Q, fr: Q}
)yaml";
        const auto loaded = load(source);
        const Diagnostic d = only(loaded, "IRM107");
        at(d, Position{24, 14});
        CHECK(d.question == "q2");
        CHECK_FALSE(usable(loaded));
    }

    TEST_CASE("constraints that name each other are not a cycle") {
        const auto loaded = load_questions(R"yaml(      - id: low
        type: integer
        constraint: ". <= high"
        label: {en: Q, fr: Q}
      - id: high
        type: integer
        constraint: ". >= low"
        label: {en: Q, fr: Q}
)yaml");
        INFO("findings:\n", listing(loaded));
        CHECK(loaded.findings.empty());
        CHECK(usable(loaded));
    }

    TEST_CASE("a chain of show_if without a loop is fine") {
        const auto loaded = load_questions(R"yaml(      - id: a
        type: text
        label: {en: Q, fr: Q}
      - id: b
        type: text
        show_if: "answered(a)"
        label: {en: Q, fr: Q}
      - id: c
        type: text
        show_if: "answered(b) and answered(a)"
        label: {en: Q, fr: Q}
)yaml");
        INFO("findings:\n", listing(loaded));
        CHECK(loaded.findings.empty());
    }

    // ---------------------------------------------------------------- IRM108

    TEST_CASE("comparing a choice question with a value it does not offer is IRM108 at the literal") {
        const auto loaded = load_questions(R"yaml(      - id: q1
        type: choice
        choices: yn
        label: {en: Q, fr: Q}
      - id: q2
        type: text
        show_if: "q1 == 'maybe'"
        label: {en: Q, fr: Q}
)yaml");
        const Diagnostic d = only(loaded, "IRM108");
        CHECK(d.severity == Severity::Warning);
        at(d, Position{23, 25});
        CHECK(d.question == "q2");
        CHECK(usable(loaded));  // a warning only
    }

    TEST_CASE("IRM108 covers in-lists and selected") {
        const auto loaded = load_questions(R"yaml(      - id: q1
        type: multi_choice
        choices: yn
        label: {en: Q, fr: Q}
      - id: q2
        type: text
        show_if: "selected(q1, 'yes') or 'nope' in q1"
        label: {en: Q, fr: Q}
)yaml");
        const Diagnostic d = only(loaded, "IRM108");
        at(d, Position{23, 42});
    }

    // A bound that a double cannot hold is reported, not thrown.
    TEST_CASE("a bound too large or too small for a double is a finding, not an exception") {
        for (const std::string& bound : {std::string(400, '9'), "0." + std::string(400, '0') + "1"}) {
            const std::string source = header + R"yaml(      - id: q1
        type: number
        label: {en: Q, fr: Q}
        max: )yaml" + bound + "\n";
            CHECK_NOTHROW(load(source));
        }
    }

    TEST_CASE("a count too large to hold is IRM101 at its value, and a leading + is read") {
        const std::string large = header + R"yaml(      - id: q1
        type: text
        label: {en: Q, fr: Q}
        max_length: 99999999999999999999999
)yaml";
        const auto loaded = load(large);
        const Diagnostic d = only(loaded, "IRM101");
        CHECK(d.message.find("too large") != std::string::npos);
        const std::string plus = header + R"yaml(      - id: q1
        type: text
        label: {en: Q, fr: Q}
        max_length: +12
)yaml";
        const auto read = load(plus);
        REQUIRE(read.questionnaire);
        CHECK(read.questionnaire->questions.at(0).bounds.max_length == 12u);
    }

    // ---------------------------------------------------------------- reading numbers and dates

    TEST_CASE("a whole number is [+-]?[0-9]+") {
        for (const char* yes : {"0", "12", "+12", "-12", "007", "12345678901234567890"}) {
            INFO(yes);
            CHECK(irm::is_whole_number(yes));
        }
        for (const char* no :
             {"", "+", "-", "1.0", "1.", "1e3", "0x10", " 1", "1 ", "1_000", "+-1", "--1", "inf"}) {
            INFO(no);
            CHECK_FALSE(irm::is_whole_number(no));
        }
    }

    TEST_CASE("a decimal number has digits on both sides of an optional point, or only after it") {
        for (const char* yes :
             {"0", "12", "+12", "-12", "1.5", "-1.5", "+0.25", ".5", "-.5", "+.5", "007.700"}) {
            INFO(yes);
            CHECK(irm::is_decimal_number(yes));
        }
        for (const char* no :
             {"",    ".",   "+",     "-",     "1.",  "-1.", "1e3", "1.5e3", "1E3",  "inf",
              "nan", "NaN", "1_000", "1.2.3", "1,5", "+-1", "--1", " 1",    "1.5 ", "0x1p3"}) {
            INFO(no);
            CHECK_FALSE(irm::is_decimal_number(no));
        }
    }

    TEST_CASE("a date is a real calendar date written YYYY-MM-DD") {
        for (const char* yes :
             {"2024-02-29", "2000-02-29", "2023-12-31", "2021-01-01", "1999-04-30", "0001-01-01"}) {
            INFO(yes);
            CHECK(irm::is_date(yes));
        }
        for (const char* no : {"2023-02-29", "1900-02-29", "2021-02-30", "2021-04-31", "2021-13-01",
                               "2021-00-10", "2021-01-00", "2021-1-01", "2021-01-1", "21-01-01", "2021/01/01",
                               "2021-01-01T00:00", " 2021-01-01", "2021-01-32", "abcd-01-01", ""}) {
            INFO(no);
            CHECK_FALSE(irm::is_date(no));
        }
    }

    // ------------------------------------------------------ IRM109 to IRM113

    // Two ways of meeting article 5(1)(a), a "shall consider" and a "may".
    const std::string levels = R"yaml(      - id: agreement
        type: choice
        choices: yn
        provision: "5(1)(a)(i)"
        obligation: alternative
        alternatives: [participation]
        label: {en: Q, fr: Q}
      - id: participation
        type: choice
        choices: yn
        provision: "5(1)(a)(ii)"
        obligation: alternative
        alternatives: [agreement]
        label: {en: Q, fr: Q}
      - id: foreign
        type: choice
        choices: yn
        provision: "8(2)"
        obligation: consider
        label: {en: Q, fr: Q}
      - id: ground
        type: choice
        choices: yn
        provision: "15(2)(a)"
        obligation: optional
        label: {en: Q, fr: Q}
      - id: plain
        type: choice
        choices: yn
        provision: "5(1)(b)"
        label: {en: Q, fr: Q}
)yaml";

    TEST_CASE("levels of obligation and alternative groups are read") {
        const auto loaded = load_questions(levels);
        REQUIRE(usable(loaded));
        CHECK(loaded.findings.empty());
        const irm::Questionnaire& q = *loaded.questionnaire;
        CHECK(q.find("agreement")->obligation == irm::Obligation::Alternative);
        CHECK(q.find("agreement")->alternatives == std::vector<std::string>{"participation"});
        CHECK(q.find("foreign")->obligation == irm::Obligation::Consider);
        CHECK(q.find("ground")->obligation == irm::Obligation::Optional);
        CHECK(q.find("plain")->obligation == irm::Obligation::Mandatory);
        CHECK(irm::binds(*q.find("participation")));
        CHECK(irm::binds(*q.find("plain")));
        CHECK_FALSE(irm::binds(*q.find("foreign")));
        CHECK_FALSE(irm::binds(*q.find("ground")));
        const auto group = irm::alternative_group(q, *q.find("participation"));
        REQUIRE(group.size() == 2);
        CHECK(group[0]->id == "agreement");
        CHECK(group[1]->id == "participation");
        CHECK(irm::alternative_group(q, *q.find("plain")).size() == 1);
    }

    TEST_CASE("an unknown level is IRM109 at the value, with a suggestion") {
        const auto loaded = load_questions(R"yaml(      - id: q1
        type: choice
        choices: yn
        provision: "15(2)(a)"
        obligation: optionnal
        label: {en: Q, fr: Q}
)yaml");
        const Diagnostic d = only(loaded, "IRM109");
        at(d, Position{21, 21});
        CHECK(d.question == "q1");
        CHECK(contains(d.message, "did you mean 'optional'?"));
        CHECK_FALSE(usable(loaded));
    }

    TEST_CASE("a level on a question without a provision is IRM110 at the key") {
        const auto loaded = load_questions(R"yaml(      - id: q1
        type: choice
        choices: yn
        obligation: consider
        label: {en: Q, fr: Q}
      - id: q2
        type: choice
        choices: yn
        obligation: alternative
        alternatives: [q1]
        label: {en: Q, fr: Q}
)yaml");
        CHECK(codes(loaded) == std::vector<std::string>{"IRM110", "IRM110", "IRM110"});
        at(loaded.findings[0], Position{20, 21});
        CHECK(loaded.findings[0].question == "q1");
        CHECK(contains(loaded.findings[0].message, "'provision'"));
    }

    TEST_CASE("alternatives naming an unknown question is IRM111, with a suggestion") {
        std::string text = levels;
        text.replace(text.find("[participation]"), 15, "[participaton]");
        const auto loaded = load_questions(text);
        const Diagnostic d = only(loaded, "IRM111");
        CHECK(d.question == "agreement");
        CHECK(contains(d.message, "did you mean 'participation'?"));
        CHECK_FALSE(usable(loaded));
    }

    TEST_CASE("alternatives that disagree with the levels are IRM112") {
        SUBCASE("an alternative without alternatives") {
            std::string text = levels;
            text.erase(text.find("        alternatives: [participation]\n"), 38);
            // participation still names agreement, which now lists nobody: one finding at
            // agreement's level, and the group is not symmetric either.
            const auto loaded = load_questions(text);
            CHECK(codes(loaded) == std::vector<std::string>{"IRM112"});
            CHECK(loaded.findings[0].question == "agreement");
            at(loaded.findings[0], Position{21, 21});
        }
        SUBCASE("alternatives on a question of another level") {
            const auto loaded = load_questions(levels + R"yaml(      - id: other
        type: choice
        choices: yn
        provision: "5(2)"
        obligation: consider
        alternatives: [plain]
        label: {en: Q, fr: Q}
)yaml");
            const Diagnostic d = only(loaded, "IRM112");
            CHECK(d.question == "other");
            CHECK(contains(d.message, "'consider'"));
        }
        SUBCASE("naming a question that is not an alternative") {
            std::string text = levels;
            text.replace(text.find("[participation]"), 15, "[participation, plain]");
            const auto loaded = load_questions(text);
            const Diagnostic d = only(loaded, "IRM112");
            CHECK(d.question == "agreement");
            CHECK(contains(d.message, "[plain]"));  // named in words, with its id
            CHECK(contains(d.message, "'mandatory'"));
        }
        SUBCASE("naming itself") {
            std::string text = levels;
            text.replace(text.find("[participation]"), 15, "[participation, agreement]");
            const Diagnostic d = only(load_questions(text), "IRM112");
            CHECK(contains(d.message, "itself"));
        }
    }

    TEST_CASE("a group whose questions do not list each other is IRM113, once per incomplete list") {
        const auto loaded = load_questions(R"yaml(      - id: a
        type: choice
        choices: yn
        provision: "1(a)"
        obligation: alternative
        alternatives: [b, c]
        label: {en: Q, fr: Q}
      - id: b
        type: choice
        choices: yn
        provision: "1(b)"
        obligation: alternative
        alternatives: [a, c]
        label: {en: Q, fr: Q}
      - id: c
        type: choice
        choices: yn
        provision: "1(c)"
        obligation: alternative
        alternatives: [a]
        label: {en: Q, fr: Q}
)yaml");
        const Diagnostic d = only(loaded, "IRM113");
        CHECK(d.question == "c");
        at(d, Position{36, 24});  // the list's first entry
        CHECK(contains(d.message, "do not list 'b'"));
        CHECK_FALSE(usable(loaded));
    }

    TEST_CASE("the technical-assistance categories and priorities are fixed") {
        CHECK(irm::ta_categories().size() == 8);
        CHECK(irm::ta_categories().front() == "legislative_assistance");
        CHECK(irm::ta_categories().back() == "other");
        CHECK(irm::ta_priorities() == std::vector<std::string>{"high", "medium", "low"});
    }

}  // TEST_SUITE("questionnaire")

TEST_SUITE("questionnaire: the language of findings") {
    /// Loads questions appended to the header, with the findings in a language.
    LoadedQuestionnaire load_in(const std::string& questions, const std::string& language) {
        return irm::load_questionnaire(irm::yaml::Document::parse(header + questions), "q.yaml", language);
    }

    const std::string nbsp = "\u00A0";

    TEST_CASE("a finding reads in the language asked for, with the same code, place and question") {
        const std::string questions = R"yaml(      - id: q1
        type: text
        lebel: {en: Q, fr: Q}
        label: {en: Q, fr: Q}
)yaml";
        const Diagnostic en = only(load_in(questions, "en"), "IRM101");
        const Diagnostic fr = only(load_in(questions, "fr"), "IRM101");
        CHECK(en.message == "unknown key 'lebel' in question 'q1' (did you mean 'label'?)");
        CHECK(fr.message == "clé inconnue 'lebel' dans la question 'q1' (vouliez-vous dire 'label'" + nbsp + "?)");
        CHECK(fr.line == en.line);
        CHECK(fr.column == en.column);
        CHECK(fr.question == en.question);
        // A language the catalogue lacks reads as English.
        CHECK(only(load_in(questions, "xx"), "IRM101").message == en.message);
    }

    TEST_CASE("a question an expression compares is named by its provision and short label") {
        const std::string questions = R"yaml(      - id: q1
        type: choice
        choices: yn
        provision: "5(1)(a)"
        label: {en: "Has your country made the conduct a criminal offence?", fr: "Votre pays a-t-il érigé ces actes en infraction ?"}
        short_label: {en: "offence established", fr: "infraction établie"}
      - id: q1_law
        type: legislation
        show_if: "q1 == 'noo'"
        label: {en: Cite it, fr: Citez-la}
)yaml";
        const Diagnostic en = only(load_in(questions, "en"), "IRM108");
        CHECK(en.message ==
              "article 5, paragraph 1 (a) — offence established [q1] has no choice 'noo' (did you mean 'no'?)");
        const Diagnostic fr = only(load_in(questions, "fr"), "IRM108");
        CHECK(fr.message == "article 5, paragraphe 1 a) — infraction établie [q1] n'offre pas le choix 'noo' "
                            "(vouliez-vous dire 'no'" + nbsp + "?)");
    }

    TEST_CASE("a syntax error says in words which condition cannot be read, and why") {
        const std::string questions = R"yaml(      - id: q1
        type: choice
        choices: yn
        label: {en: Q, fr: Q}
      - id: q1_law
        type: legislation
        show_if: "(q1 == 'yes'"
        label: {en: Q, fr: Q}
)yaml";
        CHECK(only(load_in(questions, "en"), "IRM104").message ==
              "cannot read the condition under which question 'q1_law' applies ('show_if'): missing ')'");
        CHECK(only(load_in(questions, "fr"), "IRM104").message ==
              "impossible de lire la condition d'application de la question 'q1_law' ('show_if')" + nbsp +
                  ": il manque ')'");
    }

    TEST_CASE("a missing translation names the language in words") {
        const std::string questions = R"yaml(      - id: q1
        type: text
        label: {en: Q}
)yaml";
        CHECK(only(load_in(questions, "en"), "IRM105").message == "the label of question 'q1' has no text in French (fr)");
        CHECK(only(load_in(questions, "fr"), "IRM105").message ==
              "le libellé de la question 'q1' n'a pas de texte en français (fr)");
    }

    TEST_CASE("each code of irm lint has a summary in every language") {
        int codes = 0;
        for (const irm::FindingCode& code : irm::finding_codes()) {
            if (code.code.rfind("IRM1", 0) != 0) continue;
            ++codes;
            const auto key = irm::find_key("finding." + std::string(code.code));
            INFO(code.code);
            REQUIRE(key.has_value());
            for (const std::string& language : irm::catalogue_languages())
                CHECK_FALSE(irm::pattern(*key, language).empty());
        }
        CHECK(codes == 13);
    }

    TEST_CASE("lint messages use no word of the implementation, and French spaces its punctuation") {
        for (const irm::Key key : irm::catalogue_keys()) {
            const std::string_view name = key.name();
            if (name.rfind("finding.IRM1", 0) != 0 && name.rfind("lint.", 0) != 0 && name.rfind("registry.", 0) != 0)
                continue;
            const std::string english(irm::pattern(key, "en"));
            INFO(name, ": ", english);
            for (const char* word : {"scalar", "node", "single value", " map", "mapping"})
                CHECK(english.find(word) == std::string::npos);
            const std::string french(irm::pattern(key, "fr"));
            INFO(french);
            for (const char* mark : {" :", " ;", " ?", " !"})  // an ordinary space would let the line break
                CHECK(french.find(mark) == std::string::npos);
        }
    }
}
