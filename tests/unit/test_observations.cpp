#include <irm/observations.hpp>

#include <irm/catalogue.hpp>
#include <irm/notes.hpp>
#include <irm/registry.hpp>
#include <irm/response.hpp>

#include <doctest/doctest.h>

#include "fixtures.hpp"

#include <algorithm>
#include <set>
#include <string>
#include <vector>

using irm::ArticleReview;
using irm::DraftOptions;
using irm::Observation;
using irm::ObservationDraft;
using irm::Response;

namespace {

/// A draft response to untoc-c1 (or another shipped questionnaire) with these answers.
Response respond(const std::string& answers, const std::string& extra = {},
                 const std::string& questionnaire = "untoc-c1") {
    Response r = irm::test::shipped_response(answers + extra, {questionnaire});
    REQUIRE(r.questionnaire != nullptr);
    return r;
}

const ArticleReview& article(const ObservationDraft& draft, const std::string& number) {
    for (const ArticleReview& review : draft.articles)
        if (review.section->article == number) return review;
    FAIL("no article " << number);
    return draft.articles.front();
}

/// The points of a rule in a list.
std::vector<Observation> of_rule(const std::vector<Observation>& list, const std::string& rule) {
    std::vector<Observation> out;
    for (const Observation& o : list)
        if (o.rule == rule) out.push_back(o);
    return out;
}

using Ids = std::vector<std::string>;

}  // namespace

TEST_SUITE("observations") {
    TEST_CASE("every rule has a distinct id and a sentence in English and French") {
        std::set<std::string> ids;
        for (const irm::DraftRule& rule : irm::draft_rules()) {
            CHECK(ids.insert(std::string(rule.id)).second);
            CHECK_FALSE(irm::pattern(rule.message, "en").empty());
            CHECK(irm::pattern(rule.message, "fr") != irm::pattern(rule.message, "en"));
        }
        CHECK(ids.count("answered-no") == 1);
        CHECK(ids.count("in-part-without-explanation") == 1);
        CHECK(ids.count("yes-without-legislation") == 1);
        CHECK(ids.count("no-examples") == 1);
        CHECK(ids.count("no-statistics") == 1);
    }

    TEST_CASE("answered No gives answered-no, citing the requirement and its explanation") {
        const Response r =
            respond("  q5_2: \"no\"\n  q5_2_gap: \"Knowledge cannot be inferred from the facts.\"\n");
        const auto points = of_rule(article(irm::review(r, nullptr, {}), "5").points, "answered-no");
        REQUIRE(points.size() == 1);
        CHECK(points[0].sources == Ids{"q5_2", "q5_2_gap"});
        CHECK(points[0].text == "The State reports that its law does not give effect to article 5(2).");
    }

    TEST_CASE("No or Yes, in part without an explanation gives its own point") {
        const Response r =
            respond("  q5_2: \"no\"\n  q5_1b: yes_in_part\n  q5_1b_law: [{title: Penal Code}]\n");
        const auto draft = irm::review(r, nullptr, {});
        const auto& points = article(draft, "5").points;
        const auto no = of_rule(points, "no-without-explanation");
        REQUIRE(no.size() == 1);
        CHECK(no[0].sources == Ids{"q5_2", "q5_2_gap"});
        const auto part = of_rule(points, "in-part-without-explanation");
        REQUIRE(part.size() == 1);
        CHECK(part[0].sources == Ids{"q5_1b", "q5_1b_gap"});
        CHECK(of_rule(points, "answered-in-part").size() == 1);
    }

    TEST_CASE("Yes without legislation gives yes-without-legislation") {
        const Response r = respond("  q8_1a: \"yes\"\n");
        const auto points =
            of_rule(article(irm::review(r, nullptr, {}), "8").points, "yes-without-legislation");
        REQUIRE(points.size() == 1);
        CHECK(points[0].sources == Ids{"q8_1a", "q8_1a_law"});
    }

    TEST_CASE("the provisions of an article left unanswered make one no-answer point") {
        const Response r =
            respond("  q2_a: \"yes\"\n  q2_a_law: [{title: Act, url: \"https://x.example\"}]\n");
        const auto points = of_rule(article(irm::review(r, nullptr, {}), "2").points, "no-answer");
        REQUIRE(points.size() == 1);
        CHECK(points[0].sources == Ids{"q2_b", "q2_c"});
        CHECK(points[0].text == "No answer was given on article 2(b) and 2(c).");
    }

    TEST_CASE(
        "an empty statistics table gives no-statistics; a column empty in every row gives its own point") {
        const Response empty = respond("  q5_1a_i: \"yes\"\n");
        const auto none = of_rule(article(irm::review(empty, nullptr, {}), "5").points, "no-statistics");
        REQUIRE(none.size() == 1);
        CHECK(none[0].sources == Ids{"q5_stats"});
        CHECK(of_rule(article(irm::review(empty, nullptr, {}), "5").points, "no-examples").size() == 1);

        const Response partial = respond(
            "  q5_stats:\n    - {year: 2022, convictions: 3, convicted_men: 2}\n"
            "    - {year: 2023, convictions: 4}\n");
        const auto columns =
            of_rule(article(irm::review(partial, nullptr, {}), "5").points, "statistics-column-empty");
        REQUIRE(columns.size() == 1);
        CHECK(
            columns[0].text.find("Investigations opened, Prosecutions brought, Persons convicted: women and "
                                 "Persons convicted: under 18") != std::string::npos);
    }

    TEST_CASE("legislation cited without any link gives citation-without-link") {
        const Response r = respond(
            "  q5_1a_i: \"yes\"\n  q5_1a_i_law:\n    - {title: Penal Code, provision: art. 4}\n"
            "    - {title: Act 12, url: \"https://laws.example/12\"}\n");
        const auto points =
            of_rule(article(irm::review(r, nullptr, {}), "5").points, "citation-without-link");
        REQUIRE(points.size() == 1);
        CHECK(points[0].text ==
              "Legislation cited for article 5(1)(a)(i) without a link to its text: Penal Code.");
        CHECK(points[0].sources == Ids{"q5_1a_i_law"});
    }

    TEST_CASE("a warning is a point for the dialogue, and a waived one quotes the State's justification") {
        const std::string rows =
            "  q5_stats:\n    - {year: 2022, convictions: 3, convicted_men: 3, convicted_women: 1}\n";
        const Response warned = respond(rows);
        const auto row = of_rule(article(irm::review(warned, nullptr, {}), "5").points, "warning-in-row");
        REQUIRE(row.size() == 1);
        CHECK(row[0].text.rfind("Row 1 (2022) of the table to check: The men and women convicted", 0) == 0);

        const Response waived = respond(rows, "waivers:\n  q5_stats: \"One woman is counted twice.\"\n");
        const auto draft = irm::review(waived, nullptr, DraftOptions{"fr", "2024-01-01"});
        const auto points = of_rule(article(draft, "5").points, "waived-warning");
        REQUIRE(points.size() == 1);
        CHECK(points[0].text.find("«\u00A0One woman is counted twice\u00A0»") != std::string::npos);
        CHECK(points[0].text.find("ligne 1 (2022)") != std::string::npos);
        CHECK(of_rule(article(draft, "5").points, "warning-in-row").empty());
    }

    TEST_CASE("an answer to a question that does not apply is a point") {
        const Response r = respond("  q5_1a_i: \"yes\"\n  q5_1a_i_gap: \"Nothing is missing at all.\"\n");
        const auto points =
            of_rule(article(irm::review(r, nullptr, {}), "5").points, "answer-not-applicable");
        REQUIRE(points.size() == 1);
        CHECK(points[0].sources == Ids{"q5_1a_i_gap"});
    }

    TEST_CASE("full effect with legislation is one success citing each requirement and its legislation") {
        const Response r = respond(
            "  q2_a: \"yes\"\n  q2_a_law: [{title: A, url: \"https://a.example\"}]\n"
            "  q2_b: \"yes\"\n  q2_c: \"yes\"\n  q2_c_law: [{title: C, url: \"https://c.example\"}]\n");
        const auto draft = irm::review(r, nullptr, {});
        const auto& successes = article(draft, "2").successes;
        REQUIRE(successes.size() == 1);
        CHECK(successes[0].rule == "implemented-with-legislation");
        CHECK(successes[0].sources == Ids{"q2_a", "q2_a_law", "q2_c", "q2_c_law"});
        CHECK(successes[0].text.find("article 2(a) and 2(c)") != std::string::npos);
    }

    TEST_CASE("technical assistance: the needs described, or what the State said of them") {
        const Response r = respond(
            "  q5_ta_needed: \"yes\"\n  q5_ta: [{category: technology, description: Tools, priority: high}]\n"
            "  q6_ta_needed: \"no\"\n  q8_ta_needed: \"yes\"\n");
        const auto draft = irm::review(r, nullptr, DraftOptions{"fr", ""});
        REQUIRE(article(draft, "5").ta_stated.size() == 1);
        CHECK(article(draft, "5").ta_stated[0].text == "Technologie (priorité : élevée) : Tools");
        CHECK(article(draft, "5").ta_stated[0].sources == Ids{"q5_ta"});
        REQUIRE(article(draft, "6").ta_status.size() == 1);
        CHECK(article(draft, "6").ta_status[0].sources == Ids{"q6_ta_needed"});
        REQUIRE(article(draft, "8").ta_status.size() == 1);
        CHECK(article(draft, "8").ta_status[0].sources == Ids{"q8_ta", "q8_ta_needed"});
        REQUIRE(article(draft, "9").ta_status.size() == 1);
        CHECK(article(draft, "9").ta_status[0].text ==
              "L'État n'a pas indiqué s'il a besoin d'une assistance technique pour cet article.");
    }

    TEST_CASE("the reviewers' notes go under their headings, and comments on a question join its points") {
        const Response r = respond("  q5_1b: yes_in_part\n");
        const irm::Notes notes = irm::check_notes(
            "format: irm-notes/1\nquestionnaire: untoc-c1\nversion: \"2020.1\"\nstate: Freedonia\n"
            "articles:\n  \"5\":\n    good_practices: [G]\n    challenges: [{text: C, questions: [q5_1b]}]\n"
            "    suggestions: [S]\n    ta_needs: [{category: other, description: D}]\n"
            "questions:\n  q5_1b: {comments: [Ask.]}\n",
            "notes.yaml", r);
        REQUIRE(notes.findings.empty());
        const auto draft = irm::review(r, &notes, {});
        const ArticleReview& five = article(draft, "5");
        CHECK(five.successes.back().text == "G");
        CHECK(five.challenges.at(0).sources == Ids{"q5_1b"});
        CHECK(five.suggestions.at(0).text == "S");
        CHECK(five.ta_noted.at(0).text == "Other: D");
        const auto comments = of_rule(five.points, "notes");
        REQUIRE(comments.size() == 1);
        CHECK(comments[0].lead == "Reviewing States:");
        CHECK(comments[0].sources == Ids{"q5_1b"});
    }

    TEST_CASE("the list of observations: headings in the language asked, answers as written") {
        const Response r =
            respond("  q5_1a_i: \"yes\"\n  q5_examples: \"قانون العقوبات — 刑法第四条 | *x*\"\n");
        const auto md = irm::doc::to_markdown(
            irm::observations_document(irm::review(r, nullptr, DraftOptions{"fr", "2024-05-01"})));
        CHECK(md.find("# Liste d'observations (projet)") == 0);
        CHECK(md.find("### Ce que l'État a indiqué") != std::string::npos);
        CHECK(md.find("Réponse : Oui. [q5_1a_i]") != std::string::npos);
        CHECK(md.find("قانون العقوبات — 刑法第四条 \\| \\*x\\* [q5_examples]") != std::string::npos);
        CHECK(md.find("**Date du présent projet :** 2024-05-01") != std::string::npos);
        CHECK(md.find("What the State reported") == std::string::npos);
    }

    TEST_CASE("a draft response reads No answer provided where a question applies and is unanswered") {
        const Response r = respond("  q5_1a_i: \"yes\"\n");
        const auto md = irm::doc::to_markdown(irm::observations_document(irm::review(r, nullptr, {})));
        CHECK(md.find("No answer provided. [q5_1a_ii]") != std::string::npos);
        CHECK(md.find("**Legislation cited:** No answer provided. [q5_1a_i_law]") != std::string::npos);
        // Questions that do not apply are left out, not reported as unanswered.
        CHECK(md.find("[q5_1a_i_gap]") == std::string::npos);
    }

    TEST_CASE("a condition of a requirement is shown in its block, before it") {
        const Response r = respond("  q5_3_applies: \"no\"\n");
        const auto md = irm::doc::to_markdown(irm::observations_document(irm::review(r, nullptr, {})));
        const auto heading = md.find("#### Article 5(3)");
        const auto condition = md.find("Answer: No. [q5_3_applies]");
        const auto not_applicable =
            md.find("Does not apply, given the State's other answers. [q5_3, q5_3_applies]");
        REQUIRE(heading != std::string::npos);
        CHECK(heading < condition);
        CHECK(condition < not_applicable);
        CHECK(md.find("Not applicable, given the State's other answers: 5(3). [q5_3, q5_3_applies]") !=
              std::string::npos);
    }

    TEST_CASE("the summary groups points across articles under its three headings") {
        const Response r = respond(
            "  q5_2: \"no\"\n  q5_ta_needed: \"yes\"\n"
            "  q5_ta: [{category: data_collection, description: Registry, priority: low}]\n");
        const auto d = irm::summary_document(irm::review(r, nullptr, {}));
        std::vector<std::string> headings;
        for (const irm::doc::Block& b : d.blocks)
            if (b.kind == irm::doc::Block::Kind::Heading && b.level == 2)
                headings.push_back(b.paragraph.spans[0].text);
        CHECK(headings ==
              Ids{"Successes and good practices", "Challenges and issues", "Technical assistance needs"});
        const std::string md = irm::doc::to_markdown(d);
        CHECK(md.find("- **Article 5:** The State reports that its law does not give effect to "
                      "article 5(2). [q5_2]") != std::string::npos);
        CHECK(md.find("- **Article 5:** Data collection (priority: low): Registry [q5_ta]") !=
              std::string::npos);
    }

    TEST_CASE("the rules work the same on a Protocol questionnaire") {
        const Response r = respond("  q5_2c: \"no\"\n  q5_1: \"yes\"\n", {}, "tip-c1");
        const auto draft = irm::review(r, nullptr, {});
        CHECK(of_rule(article(draft, "5").points, "answered-no").at(0).sources == Ids{"q5_2c"});
        CHECK(of_rule(article(draft, "5").points, "no-without-explanation").at(0).sources ==
              Ids{"q5_2c", "q5_2c_gap"});
        CHECK(of_rule(article(draft, "5").points, "yes-without-legislation").at(0).sources ==
              Ids{"q5_1", "q5_1_law"});
    }

    TEST_CASE("the same draft renders the same sentences in every format") {
        const Response r = respond("  q5_2: \"no\"\n");
        const auto d = irm::observations_document(irm::review(r, nullptr, {}));
        const std::string sentence = "The State reports that its law does not give effect to article 5(2).";
        CHECK(irm::doc::to_markdown(d).find(sentence + " [q5_2]") != std::string::npos);
        CHECK(irm::doc::to_html(d).find(sentence + " <span class=\"sources\">[q5_2]</span>") !=
              std::string::npos);
    }
}
