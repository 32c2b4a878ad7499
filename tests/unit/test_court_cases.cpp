// The court_cases question type (docs/COURT_CASES.md) through every product: loading, checking,
// templates, import, split and merge, exports, drafts and comparisons.
#include <irm/answers.hpp>
#include <irm/diff.hpp>
#include <irm/document.hpp>
#include <irm/export.hpp>
#include <irm/files.hpp>
#include <irm/observations.hpp>
#include <irm/questionnaire.hpp>
#include <irm/response.hpp>
#include <irm/response_file.hpp>
#include <irm/template.hpp>
#include <irm/workbook.hpp>
#include <irm/workbook_import.hpp>

#include <doctest/doctest.h>
#include <pugixml.hpp>

#include "fixtures.hpp"
#include "json_check.hpp"

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

using irm::Diagnostic;
using irm::QuestionType;
using irm::Response;
using irm::test::at;
using irm::test::contains;
using irm::test::listing;
using irm::test::where;

namespace {

/// A small questionnaire with one requirement, its legislation and a court_cases question.
std::string cases_questionnaire() {
    return irm::test::questionnaire_head("cc", "Court cases", "Affaires") +
           R"yaml(      - id: q5_1
        type: choice
        provision: "5(1)"
        choices: yn
        label: {en: Is it an offence, fr: Est-ce une infraction}
      - id: q5_1_law
        type: legislation
        label: {en: Cite the law, fr: Citez la loi}
      - id: q5_examples
        type: court_cases
        max_items: 3
        label: {en: Court cases, fr: Affaires judiciaires}
)yaml";
}

/// A registry holding that questionnaire only.
const irm::Registry& cases_registry() {
    static const irm::test::LocalRegistry local({{"cc.yaml", cases_questionnaire()}}, false);
    return *local.registry;
}

/// The text of a response to that questionnaire with these answers.
std::string cases_response(const std::string& answers) {
    return irm::test::response_text(answers, {"cc", "1"});
}

Response check_cases(const std::string& text) {
    return irm::check_response(text, "r.yaml", cases_registry());
}

std::vector<Diagnostic> with_code(const Response& r, const std::string& code) {
    std::vector<Diagnostic> out;
    for (const Diagnostic& d : r.findings)
        if (d.code == code) out.push_back(d);
    return out;
}

/// A questionnaire that asks for examples as the shipped ones do: a text and, beside it, court cases
/// under an id of their own.
std::string practice_questionnaire() {
    return irm::test::questionnaire_head("cp", "Practice", "Pratique") +
           R"yaml(      - id: q5_1
        type: choice
        provision: "5(1)"
        choices: yn
        label: {en: Is it an offence, fr: Est-ce une infraction}
      - id: q5_examples
        type: text
        label: {en: Give examples, fr: Donnez des exemples}
      - id: q5_cases
        type: court_cases
        required: false
        label: {en: Cite court decisions, fr: Citez des décisions de justice}
)yaml";
}

Response check_practice(const std::string& answers) {
    static const irm::test::LocalRegistry local({{"cp.yaml", practice_questionnaire()}}, false);
    return irm::check_response(irm::test::response_text(answers, {"cp", "1"}), "r.yaml", *local.registry);
}

/// The points of a rule in the only article of a draft.
std::vector<irm::Observation> points_of(const irm::ObservationDraft& draft, const std::string& rule) {
    std::vector<irm::Observation> out;
    for (const irm::Observation& o : draft.articles.front().points)
        if (o.rule == rule) out.push_back(o);
    return out;
}

/// The text of a Markdown document from a heading to the next heading of the same level or higher.
std::string part_of(const std::string& md, const std::string& heading) {
    const auto start = md.find(heading + "\n");
    if (start == std::string::npos) return {};
    const std::string level = heading.substr(0, heading.find(' '));
    auto end = md.find("\n" + level + " ", start + heading.size());
    for (std::string higher = level.substr(1); !higher.empty(); higher = higher.substr(1))
        end = std::min(end, md.find("\n" + higher + " ", start + heading.size()));
    return md.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

/// Two well-formed cases, one with a link and one without.
const char* const two_cases = R"yaml(  q5_1: "yes"
  q5_1_law:
    - {title: Penal Code, provision: art. 5, url: "https://example.org/code"}
  q5_examples:
    - court: Supreme Court
      date: "2019-05-14"
      reference: "No. 12/2019"
      summary: Three members of a group convicted of participation.
      url: "https://example.org/sc-12-2019"
    - court: Court of Appeal of Northtown
      year: 2021
      summary: Conviction for laundering the proceeds upheld.
      sherloc: "fdn/2021/ca-4"
)yaml";

/// Writes the workbook template of the cases questionnaire, with the answers of `prefill` carried
/// over when it is not empty, and returns its bytes.
std::string cases_workbook(const irm::test::TemporaryDirectory& directory, const std::string& prefill,
                           const std::string& language = "en") {
    const irm::Questionnaire* q = cases_registry().find("cc", "1");
    REQUIRE(q);
    irm::TemplateOptions options;
    options.language = language;
    options.state = "Freedonia";
    std::optional<irm::Prefill> earlier;
    if (!prefill.empty()) {
        auto read = irm::read_prefill(prefill, *q);
        REQUIRE(read.ok());
        earlier = std::move(*read);
        options.prefill = &*earlier;
    }
    std::vector<std::string> not_carried;
    const std::string path = directory / "cases.xlsx";
    const irm::Done written = irm::write_workbook_template(path, *q, options, not_carried);
    INFO((written ? std::string() : written.error()));
    REQUIRE(written.ok());
    CHECK(not_carried.empty());
    auto bytes = irm::files::read(path);
    REQUIRE(bytes.ok());
    return std::move(*bytes);
}

/// What an XML or JSON export of these responses writes.
std::string exported(irm::ExportFormat format, const std::vector<const Response*>& responses) {
    irm::Export exporter({format, "en"});
    for (const Response* r : responses)
        CHECK(exporter.add(*r));
    return irm::test::written(exporter);
}

}  // namespace

TEST_SUITE("court cases") {
    TEST_CASE("court_cases is a question type with min_items and max_items") {
        CHECK(irm::to_string(QuestionType::CourtCases) == "court_cases");
        CHECK(irm::question_type("court_cases") == QuestionType::CourtCases);
        const auto loaded = irm::test::load(cases_questionnaire());
        INFO("findings:\n", listing(loaded));
        REQUIRE(loaded.questionnaire);
        CHECK(loaded.findings.empty());
        const irm::Question* q = loaded.questionnaire->find("q5_examples");
        REQUIRE(q);
        CHECK(q->type == QuestionType::CourtCases);
        REQUIRE(q->bounds.max_count);
        CHECK(*q->bounds.max_count == 3);
    }

    TEST_CASE("a court_cases question takes no keys of other types, and a near miss of its name is named") {
        const std::string wrong = irm::test::questionnaire_head("cc", "Court cases", "Affaires") +
                                  R"yaml(      - id: q1
        type: court_cases
        min_rows: 1
        label: {en: Cases, fr: Affaires}
      - id: q2
        type: court_case
        label: {en: Cases, fr: Affaires}
)yaml";
        const auto loaded = irm::test::load(wrong);
        INFO("findings:\n", listing(loaded));
        REQUIRE(loaded.findings.size() == 2);
        at(loaded.findings[0], where(wrong, "min_rows"));
        at(loaded.findings[1], where(wrong, "court_case\n"));
        CHECK(contains(loaded.findings[1].message, "did you mean 'court_cases'?"));
    }

    TEST_CASE("well-formed cases give no finding and read through the typed view") {
        const Response r = check_cases(cases_response(two_cases));
        INFO("findings:\n", listing(r));
        CHECK(r.findings.empty());
        REQUIRE(r.answer("q5_examples"));
        const irm::AnswerState& answer = *r.answer("q5_examples");
        CHECK(answer.well_formed);
        const auto cases = irm::court_cases(answer);
        REQUIRE(cases.size() == 2);
        CHECK(cases[0].court == "Supreme Court");
        CHECK(cases[0].decision_year() == "2019");
        CHECK(cases[0].reference == "No. 12/2019");
        CHECK(cases[1].decision_year() == "2021");
        CHECK(cases[1].sherloc == "fdn/2021/ca-4");
        CHECK(irm::answer_summary(*r.questionnaire->find("q5_examples"), answer, "en") ==
              "Supreme Court, No. 12/2019 (2019-05-14); Court of Appeal of Northtown (2021)");
    }

    TEST_CASE("problems inside a case are IRM018 at their place, naming the question") {
        const std::string text = cases_response(R"yaml(  q5_examples:
    - court: Supreme Court
      date: "2019-02-30"
      summary: A date that is not one.
    - court: High Court
      year: 20x1
      summary: A year that is not one.
      url: www.example.org
    - court: District Court
      date: "2018-03-01"
      year: 2019
      summary: Years that disagree.
    - summary: No court, no date, no year.
      judge: Smith
)yaml");
        const Response r = check_cases(text);
        INFO("findings:\n", listing(r));
        const auto found = with_code(r, "IRM018");
        REQUIRE(found.size() == 7);
        at(found[0], where(text, "\"2019-02-30\""));
        CHECK(contains(found[0].message, "real date"));
        at(found[1], where(text, "20x1"));
        CHECK(contains(found[1].message, "whole number"));
        at(found[2], where(text, "www."));
        CHECK(contains(found[2].message, "http://"));
        at(found[3], where(text, "2019\n"));
        CHECK(contains(found[3].message, "is not the year of its date"));
        // The last case lacks the court, and both date and year: at the map.
        at(found[4], where(text, "summary: No court"));
        at(found[5], where(text, "summary: No court"));
        at(found[6], where(text, "judge"));
        CHECK(contains(found[6].message, "“judge” is not a field of a court case"));
        std::vector<std::string> messages;
        for (const Diagnostic& d : found) {
            CHECK(d.question == "q5_examples");
            messages.push_back(d.message);
        }
        CHECK(std::any_of(messages.begin(), messages.end(),
                          [](const std::string& m) { return contains(m, "a court case lacks its court"); }));
        CHECK(std::any_of(messages.begin(), messages.end(),
                          [](const std::string& m) { return contains(m, "a court case lacks its date"); }));
    }

    TEST_CASE("a missing summary, and a year written otherwise that agrees with its date") {
        const std::string text = cases_response(R"yaml(  q5_examples:
    - {court: Supreme Court, date: "2019-05-14", year: "2019"}
)yaml");
        const Response r = check_cases(text);
        const Diagnostic d = irm::test::only(r, "IRM018");
        at(d, where(text, "court:"));
        CHECK(contains(d.message, "lacks its summary"));
    }

    TEST_CASE("a case answer of the wrong shape is IRM011, too many cases IRM017") {
        SUBCASE("a scalar") {
            const std::string text = cases_response("  q5_examples: Supreme Court, 2019\n");
            const Diagnostic d = irm::test::only(check_cases(text), "IRM011");
            at(d, where(text, "Supreme"));
            CHECK(contains(d.message, "each item is a court case"));
        }
        SUBCASE("a list of texts") {
            const std::string text = cases_response("  q5_examples:\n    - Supreme Court\n");
            const Diagnostic d = irm::test::only(check_cases(text), "IRM011");
            at(d, where(text, "Supreme"));
            CHECK(contains(d.message, "each item of the list is a court case"));
        }
        SUBCASE("a field that is a list") {
            const std::string text = cases_response(
                "  q5_examples:\n    - {court: [Supreme Court, High Court], year: 2019, summary: Two}\n");
            const Diagnostic d = irm::test::only(check_cases(text), "IRM018");
            at(d, where(text, "Supreme"));  // a list is anchored at its first item
        }
        SUBCASE("four cases where three are allowed") {
            std::string answers = "  q5_examples:\n";
            for (int i = 0; i < 4; ++i)
                answers += "    - {court: Court " + std::to_string(i) + ", year: 2020, summary: S}\n";
            const std::string text = cases_response(answers);
            const Diagnostic d = irm::test::only(check_cases(text), "IRM017");
            at(d, where(text, "court: Court 0"));  // at the first key of the first case
            CHECK(contains(d.message, "4 court cases, and at most 3 are allowed"));
        }
    }

    TEST_CASE("control characters (IRM060) and huge years (IRM061) in a case") {
        const std::string text = cases_response(R"yaml(  q5_examples:
    - court: "Supreme\x01 Court"
      year: 100000000000000000000002019
      summary: S
)yaml");
        const Response r = check_cases(text);
        INFO("findings:\n", listing(r));
        at(irm::test::only(r, "IRM060"), where(text, "\"Supreme"));
        at(irm::test::only(r, "IRM061"), where(text, "1000"));
        CHECK(with_code(r, "IRM018").empty());
    }

    TEST_CASE("a case answer counts its cases in expressions") {
        const std::string q = irm::test::questionnaire_head("cn", "Count", "Compte") +
                              R"yaml(      - id: q_cases
        type: court_cases
        label: {en: Cases, fr: Affaires}
      - id: q_more
        type: text
        constraint: "count(q_cases) >= 2"
        constraint_severity: warning
        label: {en: More, fr: Plus}
)yaml";
        const irm::test::LocalRegistry local({{"cn.yaml", q}}, false);
        const std::string text = irm::test::response_text(
            "  q_cases:\n    - {court: A, year: 2020, summary: S}\n  q_more: x\n", {"cn", "1"});
        const Response r = irm::check_response(text, "r.yaml", *local.registry);
        INFO("findings:\n", listing(r));
        CHECK(irm::test::only(r, "IRM014").question == "q_more");
    }

    TEST_CASE("the YAML template shows the shape of a case, in each language") {
        const irm::Questionnaire* q = cases_registry().find("cc", "1");
        REQUIRE(q);
        irm::TemplateOptions options;
        options.language = "en";
        const auto en = irm::yaml_template(*q, options);
        REQUIRE(en.ok());
        CHECK(contains(*en, "A list of court cases, each with the court, a date or a year, and a summary:"));
        CHECK(contains(*en, "date: 2019-05-14, year: 2019, reference: ..., summary: ..., url: https://..."));
        options.language = "fr";
        const auto fr = irm::yaml_template(*q, options);
        REQUIRE(fr.ok());
        CHECK(contains(*fr, "Une liste d'affaires judiciaires"));
        // The template is a valid draft.
        CHECK(check_cases(*en).findings.empty());
    }

    TEST_CASE("the workbook has a Court cases sheet that reads back as it was written") {
        const irm::test::TemporaryDirectory directory;
        const std::string original = cases_response(two_cases);
        std::string bytes = cases_workbook(directory, original);
        auto workbook = irm::xlsx::read(bytes);
        REQUIRE(workbook.ok());
        const irm::xlsx::Sheet* sheet = workbook->find("Court cases");
        REQUIRE(sheet);
        const std::vector<std::string> headers{"Question",
                                               "Court or tribunal",
                                               "Date (YYYY-MM-DD)",
                                               "Year",
                                               "Case number or citation",
                                               "Summary of the case and its outcome",
                                               "Link to the text (URL)",
                                               "SHERLOC id"};
        for (std::size_t c = 0; c < headers.size(); ++c) {
            REQUIRE(sheet->at({0, static_cast<int>(c)}));
            CHECK(sheet->at({0, static_cast<int>(c)})->text() == headers[c]);
        }
        REQUIRE(sheet->at({1, 1}));
        CHECK(sheet->at({1, 1})->text() == "Supreme Court");
        REQUIRE(sheet->at({2, 3}));
        CHECK(sheet->at({2, 3})->kind == irm::xlsx::Value::Kind::Number);

        const irm::ImportedWorkbook imported =
            irm::import_workbook(std::move(bytes), "cases.xlsx", cases_registry());
        INFO("response:\n", imported.yaml);
        REQUIRE_FALSE(imported.failed());
        const Response back = check_cases(imported.yaml);
        const Response before = check_cases(original);
        INFO("findings:\n", listing(back));
        CHECK(back.findings.empty());
        REQUIRE(back.answer("q5_examples"));
        const auto cases = irm::court_cases(*back.answer("q5_examples"));
        const auto expected = irm::court_cases(*before.answer("q5_examples"));
        REQUIRE(cases.size() == expected.size());
        for (std::size_t i = 0; i < cases.size(); ++i) {
            CHECK(cases[i].court == expected[i].court);
            CHECK(cases[i].date == expected[i].date);
            CHECK(cases[i].year == expected[i].year);
            CHECK(cases[i].reference == expected[i].reference);
            CHECK(cases[i].summary == expected[i].summary);
            CHECK(cases[i].url == expected[i].url);
            CHECK(cases[i].sherloc == expected[i].sherloc);
        }
        CHECK(imported.question_cells.at("q5_examples") == "'Court cases'!A2");
    }

    TEST_CASE("the French workbook names the sheet in French") {
        const irm::test::TemporaryDirectory directory;
        std::string bytes = cases_workbook(directory, "", "fr");
        auto workbook = irm::xlsx::read(bytes);
        REQUIRE(workbook.ok());
        CHECK(workbook->find("Affaires judiciaires"));
        CHECK_FALSE(irm::import_workbook(std::move(bytes), "cases.xlsx", cases_registry()).failed());
    }

    TEST_CASE("a bad case in a workbook is found at its cell") {
        const irm::test::TemporaryDirectory directory;
        const std::string bad = cases_response(R"yaml(  q5_examples:
    - {court: Supreme Court, date: "2019-05-14", year: 2018, summary: S, url: www.example.org}
    - {court: High Court, summary: No date}
)yaml");
        const std::string bytes = cases_workbook(directory, bad);
        const std::string path = directory / "bad.xlsx";
        REQUIRE(irm::files::write_atomically(path, bytes).ok());
        const Response r = irm::load_response(path, cases_registry());
        INFO("findings:\n", listing(r));
        const auto found = with_code(r, "IRM018");
        REQUIRE(found.size() == 3);
        std::vector<std::string> cells;
        for (const Diagnostic& d : found) {
            CHECK(d.question == "q5_examples");
            cells.push_back(d.cell);
        }
        std::sort(cells.begin(), cells.end());
        INFO("cells: ", cells[0], " ", cells[1], " ", cells[2]);
        // The year that is not the date's, the url, and the second case, which lacks a date or a year:
        // at its date's cell, where one is to be typed.
        CHECK(cells == std::vector<std::string>{"'Court cases'!C3", "'Court cases'!D2", "'Court cases'!G2"});
    }

    TEST_CASE("the exports carry each case with its fields") {
        const Response r = check_cases(cases_response(two_cases));
        const irm::Submission s = irm::extract_submission(r, "en");
        const auto found = std::find_if(s.answers.begin(), s.answers.end(), [](const irm::ExportedAnswer& a) {
            return a.question->id == "q5_examples";
        });
        REQUIRE(found != s.answers.end());
        CHECK(found->shape == irm::AnswerShape::CourtCases);
        CHECK(irm::element_name(found->shape) == "court_cases");
        REQUIRE(found->cases.size() == 2);

        const std::string json = exported(irm::ExportFormat::Json, {&r});
        CHECK(irm::test::JsonText::valid(json));  // read back field by field in clients/export-xml
        CHECK(contains(json, "\"court_cases\": ["));
        CHECK(contains(json, "\"court\": \"Supreme Court\""));
        CHECK(contains(json, "\"date\": \"2019-05-14\""));
        CHECK(contains(json, "\"year\": 2021"));  // a whole number, as for a citation

        const std::string xml = exported(irm::ExportFormat::Xml, {&r});
        pugi::xml_document doc;
        REQUIRE(doc.load_string(xml.c_str()));
        const pugi::xpath_node_set cases =
            doc.select_nodes("//answer[@question='q5_examples']/court_cases/court_case");
        REQUIRE(cases.size() == 2);
        CHECK(std::string(cases[0].node().child_value("court")) == "Supreme Court");
        CHECK(std::string(cases[0].node().child_value("reference")) == "No. 12/2019");
        CHECK(std::string(cases[1].node().child_value("year")) == "2021");
        CHECK(cases[1].node().child("url").empty());  // a field not given is left out
        // The schema of the export knows the element and the type (xmllint validates it in
        // clients/export-xml).
        const auto xsd = irm::files::read(std::string(IRM_SOURCE_DIR) + "/schemas/irm-export-1.xsd");
        REQUIRE(xsd.ok());
        CHECK(contains(*xsd, "<xs:element name=\"court_case\" type=\"CourtCase\""));
        CHECK(contains(*xsd, "<xs:enumeration value=\"court_cases\"/>"));
    }

    TEST_CASE("the workbook export has a sheet of cases, one row each") {
        const Response r = check_cases(cases_response(two_cases));
        const irm::test::TemporaryDirectory directory;
        irm::Export exporter({irm::ExportFormat::Xlsx, "en"});
        CHECK(exporter.add(r));
        const std::string path = directory / "export.xlsx";
        REQUIRE(exporter.write(path).ok());
        auto bytes = irm::files::read(path);
        REQUIRE(bytes.ok());
        auto workbook = irm::xlsx::read(*bytes);
        REQUIRE(workbook.ok());
        const irm::xlsx::Sheet* sheet = workbook->find("Court cases");
        REQUIRE(sheet);
        REQUIRE(sheet->at({0, 6}));
        CHECK(sheet->at({0, 6})->text() == "court");
        REQUIRE(sheet->at({1, 6}));
        CHECK(sheet->at({1, 6})->text() == "Supreme Court");
        REQUIRE(sheet->at({2, 8}));
        CHECK(sheet->at({2, 8})->kind == irm::xlsx::Value::Kind::Number);
        CHECK_FALSE(sheet->at({3, 0}));
    }

    TEST_CASE("the draft lists the cases under what the State reported, with their links") {
        const Response r = check_cases(cases_response(two_cases));
        for (const std::string language : {"en", "fr"}) {
            irm::DraftOptions options;
            options.language = language;
            options.date = "2025-01-01";
            const irm::ObservationDraft draft = irm::review(r, nullptr, options);
            const std::string md = irm::doc::to_markdown(irm::observations_document(draft));
            INFO(md);
            const std::string reported = language == "en" ? "### What the State reported" : "### Ce que";
            const auto start = md.find(reported);
            REQUIRE(start != std::string::npos);
            const std::string section = md.substr(start, md.find("\n### ", start + 4) - start);
            CHECK(contains(section,
                           "- Supreme Court, No. 12/2019 (2019-05-14): Three members of a group "
                           "convicted of participation. — <https://example.org/sc-12-2019> "
                           "[q5_examples]"));
            CHECK(contains(section,
                           "- Court of Appeal of Northtown (2021): Conviction for laundering the "
                           "proceeds upheld. — SHERLOC: fdn/2021/ca-4 [q5_examples]"));
            // Both cases have a link or a SHERLOC id: no point about links.
            for (const irm::ArticleReview& review : draft.articles)
                for (const irm::Observation& o : review.points)
                    CHECK(o.rule != "case-without-link");
        }
    }

    TEST_CASE("a case with neither a link nor a SHERLOC id gives case-without-link") {
        const Response r = check_cases(cases_response(R"yaml(  q5_examples:
    - {court: Supreme Court, year: 2019, reference: "No. 3", summary: S}
    - {court: High Court, year: 2020, summary: T, url: "https://example.org/t"}
)yaml"));
        for (const std::string language : {"en", "fr"}) {
            irm::DraftOptions options;
            options.language = language;
            const irm::ObservationDraft draft = irm::review(r, nullptr, options);
            std::vector<irm::Observation> points;
            for (const irm::Observation& o : draft.articles.front().points)
                if (o.rule == "case-without-link") points.push_back(o);
            REQUIRE(points.size() == 1);
            CHECK(points[0].sources == std::vector<std::string>{"q5_examples"});
            if (language == "en")
                CHECK(points[0].text ==
                      "Court cases reported for article 5 without a link to the decision: Supreme Court, "
                      "No. 3 (2019).");
            else
                CHECK(points[0].text ==
                      "Affaires judiciaires signalées pour l'article 5 sans lien vers la "
                      "décision : Supreme Court, No. 3 (2019).");
        }
    }

    TEST_CASE("an unanswered examples question of cases still gives no-examples") {
        const Response r = check_cases(cases_response("  q5_1: \"yes\"\n"));
        const irm::ObservationDraft draft = irm::review(r, nullptr, {});
        const auto& points = draft.articles.front().points;
        CHECK(std::any_of(points.begin(), points.end(),
                          [](const irm::Observation& o) { return o.rule == "no-examples"; }));
    }

    TEST_CASE("the summary lists the cases under the court decisions, with court, reference and date") {
        const Response r = check_cases(cases_response(two_cases));
        for (const std::string language : {"en", "fr"}) {
            irm::DraftOptions options;
            options.language = language;
            const irm::ObservationDraft draft = irm::review(r, nullptr, options);
            REQUIRE(draft.articles.front().cases.size() == 2);
            CHECK(draft.articles.front().cases[0].sources == std::vector<std::string>{"q5_examples"});
            const std::string md = irm::doc::to_markdown(irm::summary_document(draft));
            INFO(md);
            const std::string part = part_of(
                md, language == "en" ? "## Court decisions cited as examples of implementation"
                                     : "## Décisions de justice citées comme exemples de mise en œuvre");
            REQUIRE_FALSE(part.empty());
            const std::string lead = language == "en" ? "- **Article 5:** " : "- **Article 5 :** ";
            CHECK(contains(part, lead + "Supreme Court, No. 12/2019 (2019-05-14). [q5_examples]"));
            CHECK(contains(part, lead + "Court of Appeal of Northtown (2021). [q5_examples]"));
            // The summary is short: the cases' own summaries stay in the list of observations.
            CHECK_FALSE(contains(part, "Three members"));
        }
    }

    TEST_CASE("a summary without cases has no heading for them") {
        const Response r = check_cases(cases_response("  q5_1: \"yes\"\n"));
        const std::string md = irm::doc::to_markdown(irm::summary_document(irm::review(r, nullptr, {})));
        CHECK_FALSE(contains(md, "Court decisions"));
    }

    TEST_CASE("cases asked beside the examples are listed under practice, after the examples") {
        const Response r = check_practice(R"yaml(  q5_1: "yes"
  q5_examples: Prosecutors follow a circular of 2020 on organized groups.
  q5_cases:
    - {court: Supreme Court, date: "2019-05-14", reference: "No. 12/2019", summary: Conviction upheld.}
)yaml");
        INFO("findings:\n", listing(r));
        CHECK(r.findings.empty());
        const irm::ObservationDraft draft = irm::review(r, nullptr, {});
        const std::string md = irm::doc::to_markdown(irm::observations_document(draft));
        INFO(md);
        const std::string practice = part_of(md, "#### Practice and other information");
        REQUIRE_FALSE(practice.empty());
        const auto examples = practice.find("Prosecutors follow a circular");
        const auto cases = practice.find("*Cite court decisions*");
        const auto item =
            practice.find("- Supreme Court, No. 12/2019 (2019-05-14): Conviction upheld. [q5_cases]");
        REQUIRE(examples != std::string::npos);
        REQUIRE(cases != std::string::npos);
        REQUIRE(item != std::string::npos);
        CHECK(examples < cases);
        CHECK(cases < item);
        // Neither a link nor a SHERLOC id: the case is named in a point, under the article's number.
        const auto unlinked = points_of(draft, "case-without-link");
        REQUIRE(unlinked.size() == 1);
        CHECK(contains(unlinked[0].text,
                       "article 5 without a link to the decision: Supreme Court, No. 12/2019"));
        CHECK(points_of(draft, "no-examples").empty());
    }

    TEST_CASE("examples given one way are examples: no-examples only when both are left open") {
        SUBCASE("neither: one point naming both questions") {
            const auto found =
                points_of(irm::review(check_practice("  q5_1: \"yes\"\n"), nullptr, {}), "no-examples");
            REQUIRE(found.size() == 1);
            CHECK(found[0].text == "No examples of implementation are given for article 5.");
            CHECK(found[0].sources == std::vector<std::string>{"q5_examples", "q5_cases"});
        }
        SUBCASE("only the text") {
            const Response r = check_practice("  q5_1: \"yes\"\n  q5_examples: A circular of 2020.\n");
            CHECK(points_of(irm::review(r, nullptr, {}), "no-examples").empty());
        }
        SUBCASE("only court cases") {
            const Response r = check_practice(
                "  q5_1: \"yes\"\n  q5_cases:\n    - {court: High Court, year: 2022, summary: S, url: "
                "\"https://example.org/hc\"}\n");
            const irm::ObservationDraft draft = irm::review(r, nullptr, {});
            CHECK(points_of(draft, "no-examples").empty());
            CHECK(points_of(draft, "case-without-link").empty());
            REQUIRE(draft.articles.front().cases.size() == 1);
            CHECK(draft.articles.front().cases[0].text == "High Court (2022).");
        }
    }

    TEST_CASE("comparing two cycles lists the cases added and removed, whatever their order") {
        const std::string before = R"yaml(  q5_examples:
    - {court: Supreme Court, year: 2019, summary: S}
    - {court: High Court, date: "2020-02-01", summary: T}
)yaml";
        const std::string after = R"yaml(  q5_examples:
    - {court: High Court, date: "2020-02-01", summary: T}
    - {court: Supreme Court, year: "2019", summary: S}
    - {court: District Court, reference: "No. 9", year: 2023, summary: U}
)yaml";
        const Response old_cycle = irm::check_response(cases_response(before), "old.yaml", cases_registry());
        const Response same = irm::check_response(cases_response(before), "new.yaml", cases_registry());
        CHECK(irm::compare_responses(old_cycle, same, "en").same());
        const Response new_cycle = irm::check_response(cases_response(after), "new.yaml", cases_registry());
        const irm::ResponseDiff d = irm::compare_responses(old_cycle, new_cycle, "en");
        REQUIRE(d.changed.size() == 1);
        CHECK(d.changed[0].items);
        CHECK(d.changed[0].before.empty());
        CHECK(d.changed[0].after == "District Court, No. 9 (2023)");

        // The other way round, the case is removed.
        const irm::ResponseDiff back = irm::compare_responses(new_cycle, old_cycle, "en");
        REQUIRE(back.changed.size() == 1);
        CHECK(back.changed[0].question.id == "q5_examples");
        CHECK(back.changed[0].items);
        CHECK(back.changed[0].before == "District Court, No. 9 (2023)");
        CHECK(back.changed[0].after.empty());
    }

    TEST_CASE("an answer of cases given where there was none, and taken away") {
        const Response none = check_cases(cases_response("  q5_1: \"yes\"\n"));
        const Response some = check_cases(cases_response(two_cases));
        const irm::ResponseDiff added = irm::compare_responses(none, some, "en");
        const auto in = std::find_if(added.added.begin(), added.added.end(),
                                     [](const auto& a) { return a.question.id == "q5_examples"; });
        REQUIRE(in != added.added.end());
        CHECK(contains(in->after, "Supreme Court, No. 12/2019 (2019-05-14)"));
        const irm::ResponseDiff removed = irm::compare_responses(some, none, "en");
        const auto out = std::find_if(removed.removed.begin(), removed.removed.end(),
                                      [](const auto& a) { return a.question.id == "q5_examples"; });
        REQUIRE(out != removed.removed.end());
        CHECK(contains(out->before, "Court of Appeal of Northtown (2021)"));
    }
}
