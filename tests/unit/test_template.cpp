// The YAML template: what its comments say, and what an earlier response carries into it.
#include <irm/files.hpp>
#include <irm/questionnaire.hpp>
#include <irm/template.hpp>
#include <irm/text.hpp>
#include <irm/workbook.hpp>
#include <irm/workbook_import.hpp>

#include <doctest/doctest.h>

#include "fixtures.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace {

const char* const questionnaire_text = R"yaml(
format: irm-questionnaire/1
id: demo
version: "1"
instrument: TIP
cluster: 1
languages: [en, fr]
title: {en: Demo, fr: Démo}
choice_lists:
  ynp:
    - {value: "yes", label: {en: "Yes", fr: "Oui"}}
    - {value: yes_in_part, label: {en: "Yes, in part", fr: "Oui, en partie"}}
    - {value: "no", label: {en: "No", fr: "Non"}}
sections:
  - id: s1
    title: {en: "Article 3", fr: "Article 3"}
    article: "3"
    questions:
      - {id: intro, type: note, label: {en: "Read this first.", fr: "Lisez d'abord ceci."}}
      - id: q1
        type: choice
        provision: "3(a)"
        choices: ynp
        required: true
        label: {en: "Does your law cover it?", fr: "Votre droit le couvre-t-il ?"}
        authority: {en: "Ministry of Justice", fr: "Ministère de la justice"}
      - id: q1_law
        type: legislation
        show_if: "q1 in ['yes', 'yes_in_part']"
        required: "q1 in ['yes', 'yes_in_part']"
        label: {en: "Cite the law.", fr: "Citez la loi."}
      - id: q1_count
        type: integer
        min: 0
        show_if: "answered(q1) and q1 != 'no'"
        label: {en: "How many cases?", fr: "Combien d'affaires ?"}
      - id: q1_odd
        type: text
        show_if: "q1_count > 3"
        label: {en: "Why so many?", fr: "Pourquoi tant ?"}
)yaml";

const irm::Questionnaire& demo() {
    static const irm::LoadedQuestionnaire loaded = irm::test::load(questionnaire_text, "demo.yaml");
    REQUIRE(static_cast<bool>(loaded.questionnaire));
    return *loaded.questionnaire;
}

/// Whether `part` occurs in `text`.
constexpr auto& has = irm::test::contains;

}  // namespace

TEST_SUITE("template") {
    TEST_CASE("every question is a key with no value, after its comments; notes are comments only") {
        irm::TemplateOptions options;
        options.language = "en";
        const std::string text = *irm::yaml_template(demo(), options);
        CHECK(has(text, "\n  q1:\n"));
        CHECK(has(text, "\n  q1_law:\n"));
        CHECK(has(text, "  # Note: Read this first.\n"));
        CHECK_FALSE(has(text, "  intro:"));
        CHECK(has(text, "# [3(a)] Does your law cover it?"));
        CHECK(has(text, "#   Values: yes = Yes | yes_in_part = Yes, in part | no = No"));
        CHECK(has(text, "#   Required.\n"));
        CHECK(has(text, "#   Likely authority: Ministry of Justice"));
        CHECK(has(text, "state: Name of the State\n"));
        CHECK(has(text, "status: draft\n"));
    }

    TEST_CASE("conditions are put into words where that is easy, with the expression beside them") {
        irm::TemplateOptions options;
        options.language = "en";
        const std::string text = *irm::yaml_template(demo(), options);
        CHECK(has(text,
                  "Applies when q1 is \xE2\x80\x9CYes\xE2\x80\x9D or \xE2\x80\x9CYes, in part\xE2\x80\x9D "
                  "(q1 in ['yes', 'yes_in_part'])."));
        CHECK(has(text, "Required when it applies."));
        CHECK(has(text, "Applies when q1 is answered and q1 is not \xE2\x80\x9CNo\xE2\x80\x9D"));
        CHECK(has(text, "Applies when q1_count > 3."));  // no words for arithmetic: the expression itself
    }

    TEST_CASE("French comments use French words and spacing") {
        irm::TemplateOptions options;
        options.language = "fr";
        options.state = "Freedonia";
        const std::string text = *irm::yaml_template(demo(), options);
        CHECK(has(text, "Valeurs\xC2\xA0: yes = Oui"));
        CHECK(has(text, "S'applique si q1 vaut \xC2\xAB\xC2\xA0Oui\xC2\xA0\xC2\xBB ou"));
        CHECK(has(text, "state: Freedonia\n"));
        CHECK(has(text, "language: fr\n"));
    }

    TEST_CASE("an earlier response fills the keys it can and lists the rest") {
        const auto prefill = irm::read_prefill(R"yaml(format: irm-response/1
questionnaire: demo
version: "0"
state: Sylvania
language: fr
status: final
answers:
  q1: "yes"
  q1_law:
    - {title: "Code pénal", year: 2019}
  q_gone: 12
  q1_count:
waivers:
  q1_count: "Counted twice."
  q_old: "No longer asked."
)yaml",
                                               demo());
        REQUIRE(prefill);
        CHECK(prefill->state == "Sylvania");
        CHECK(prefill->language == "fr");
        CHECK(prefill->answers.size() == 2);
        CHECK(prefill->dropped == std::vector<std::string>{"q_gone", "q_old (waiver)"});

        irm::TemplateOptions options;
        options.language = "fr";
        options.state = "Sylvania";
        options.prefill = &*prefill;
        const std::string text = *irm::yaml_template(demo(), options);
        CHECK(has(text, "\n  q1: \"yes\"\n"));
        CHECK(has(text, "\n  q1_law:\n    - title: \"Code pénal\"\n      year: 2019\n"));
        CHECK(has(text, "\n  q1_count:\n"));
        CHECK(has(text, "waivers:\n  q1_count: Counted twice.\n"));
        CHECK(has(text, "status: draft\n"));
    }

    TEST_CASE("answers aliases repeat are not carried into a template beyond what irm reads") {
        std::string copies;
        for (int i = 0; i < 4000; ++i)
            copies += i ? ", *d" : "*d";
        const std::string earlier =
            "format: irm-response/1\nquestionnaire: demo\nversion: \"1\"\nanswers:\n"
            "  q1_odd: &d " +
            std::string(490, '[') + "x" + std::string(490, ']') + "\n  q1_law: [" + copies + "]\n";
        auto prefill = irm::read_prefill(earlier, demo());
        REQUIRE(prefill.ok());
        irm::TemplateOptions options;
        options.language = "en";
        options.prefill = &*prefill;
        const irm::Result<std::string> text = irm::yaml_template(demo(), options);
        REQUIRE_FALSE(text.ok());
        CHECK(has(text.error(), "larger than 64 MiB"));
    }

    TEST_CASE("what is not a response cannot prefill") {
        const auto questionnaire = irm::read_prefill("format: irm-questionnaire/1\n", demo());
        CHECK_FALSE(questionnaire);
        CHECK(has(questionnaire.error(), "irm-response/1"));
        const auto broken = irm::read_prefill("answers: [\n", demo());
        CHECK_FALSE(broken);
        CHECK_FALSE(broken.error().empty());
    }

}  // TEST_SUITE

TEST_SUITE("workbook template") {
    TEST_CASE("a table of one column has its title and help in its first cell") {
        const std::string text = R"yaml(
format: irm-questionnaire/1
id: narrow
version: "1"
instrument: TIP
cluster: 1
languages: [en]
title: {en: One column}
sections:
  - id: s1
    title: {en: Statistics}
    article: "5"
    questions:
      - id: cases
        type: table
        label: {en: Cases by year}
        help: {en: One row per year.}
        columns: [{id: year, type: integer, label: {en: Year}}]
)yaml";
        const irm::test::LocalRegistry local({{"narrow.yaml", text}}, false);
        const irm::Questionnaire* q = local.registry->find("narrow", "1");
        REQUIRE(q != nullptr);
        irm::TemplateOptions options;
        options.language = "en";
        std::vector<std::string> not_carried;
        const std::string path = local.directory / "narrow.xlsx";
        const irm::Done written = irm::write_workbook_template(path, *q, options, not_carried);
        INFO((written ? std::string() : written.error()));
        REQUIRE(written.ok());
        auto bytes = irm::files::read(path);
        REQUIRE(bytes.ok());
        auto workbook = irm::xlsx::read(*bytes);
        REQUIRE(workbook.ok());
        const irm::xlsx::Sheet* sheet = workbook->find("Art. 5 \u2014 statistics");
        REQUIRE(sheet != nullptr);
        REQUIRE(sheet->at({0, 0}) != nullptr);
        CHECK(sheet->at({0, 0})->text() == "Cases by year");
        REQUIRE(sheet->at({1, 0}) != nullptr);
        CHECK(sheet->at({1, 0})->text() == "One row per year.");
        CHECK_FALSE(irm::import_workbook(std::move(*bytes), path, *local.registry).failed());
    }

    TEST_CASE("table sheets are kept apart within Excel's 31 characters, and read back") {
        const std::string text = R"yaml(
format: irm-questionnaire/1
id: long
version: "1"
instrument: TIP
cluster: 1
languages: [en]
title: {en: Long names}
sections:
  - id: s1
    title: {en: Statistics}
    article: "5"
    questions:
      - id: statistics_of_convictions_by_year_and_sex
        type: table
        label: {en: Convictions}
        columns: [{id: year, type: integer, label: {en: Year}}, {id: men, type: integer, label: {en: Men}}]
      - id: statistics_of_convictions_by_year_and_age
        type: table
        label: {en: Convictions by age}
        columns: [{id: year, type: integer, label: {en: Year}}, {id: minors, type: integer, label: {en: Minors}}]
)yaml";
        const irm::test::LocalRegistry local({{"long.yaml", text}}, false);
        const irm::Questionnaire* q = local.registry->find("long", "1");
        REQUIRE(q != nullptr);
        irm::TemplateOptions options;
        options.language = "en";
        std::vector<std::string> not_carried;
        const std::string path = local.directory / "long.xlsx";
        REQUIRE(irm::write_workbook_template(path, *q, options, not_carried).ok());
        auto bytes = irm::files::read(path);
        REQUIRE(bytes.ok());
        auto workbook = irm::xlsx::read(*bytes);
        REQUIRE(workbook.ok());
        std::vector<std::string> names;
        for (const auto& sheet : workbook->sheets) {
            CHECK(irm::text::code_points(sheet.name) <= 31);
            names.push_back(sheet.name);
        }
        std::sort(names.begin(), names.end());
        CHECK(std::adjacent_find(names.begin(), names.end()) == names.end());
        CHECK_FALSE(irm::import_workbook(std::move(*bytes), path, *local.registry).failed());
    }
}
