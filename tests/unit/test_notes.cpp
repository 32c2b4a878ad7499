#include <irm/notes.hpp>

#include <irm/files.hpp>
#include <irm/registry.hpp>
#include <irm/response.hpp>

#include <doctest/doctest.h>

#include "fixtures.hpp"

#include <string>
#include <vector>

using irm::Notes;
using irm::Response;
using irm::Severity;
using irm::test::codes;
using irm::test::shipped;

namespace {

const Response& freedonia() {
    static const Response response = irm::load_response(
        std::string(IRM_SOURCE_DIR) + "/examples/freedonia-untoc-c1-final.yaml", shipped());
    REQUIRE(response.questionnaire != nullptr);
    return response;
}

const std::string header =
    "format: irm-notes/1\nquestionnaire: untoc-c1\nversion: \"2026.1\"\nstate: Freedonia\n";

Notes notes(const std::string& text) {
    return irm::check_notes(text, "notes.yaml", freedonia());
}

}  // namespace

TEST_SUITE("notes") {
    TEST_CASE("the shipped example notes match their response and have no finding") {
        const Notes n = irm::load_notes(
            std::string(IRM_SOURCE_DIR) + "/examples-notes/freedonia-untoc-c1-notes.yaml", freedonia());
        CHECK(n.findings.empty());
        CHECK(n.reviewers == std::vector<std::string>{"Sylvania", "Ruritania"});
        CHECK(n.draft == "2024-05-21");
        REQUIRE(n.article("5") != nullptr);
        CHECK(n.article("5")->good_practices.size() == 1);
        CHECK(n.article("5")->good_practices[0].questions == std::vector<std::string>{"q5_examples"});
        CHECK(n.article("5")->ta_needs.at(0).need.category == "legislative_assistance");
        REQUIRE(n.question("q8_2_foreign") != nullptr);
        CHECK(n.question("q8_2_foreign")->comments.at(0).questions ==
              std::vector<std::string>{"q8_2_foreign_law"});
    }

    TEST_CASE("notes about another State are IRM043 at the state value") {
        const Notes n =
            notes("format: irm-notes/1\nquestionnaire: untoc-c1\nversion: \"2026.1\"\nstate: Sylvania\n");
        REQUIRE(codes(n) == std::vector<std::string>{"IRM043"});
        CHECK(n.findings[0].line == 4);
        CHECK(n.findings[0].column == 8);
        CHECK(n.findings[0].severity == Severity::Error);
    }

    TEST_CASE("notes for another questionnaire are IRM044 and their ids are not checked against this one") {
        const Notes n = notes(
            "format: irm-notes/1\nquestionnaire: tip-c1\nversion: \"2026.1\"\nstate: Freedonia\n"
            "questions:\n  q3_a_means: {comments: [x]}\n");
        REQUIRE(codes(n) == std::vector<std::string>{"IRM044"});
        CHECK(n.findings[0].line == 2);
        CHECK(n.findings[0].column == 16);
    }

    TEST_CASE("notes for another version are IRM044 at the version") {
        const Notes n =
            notes("format: irm-notes/1\nquestionnaire: untoc-c1\nversion: \"2019\"\nstate: Freedonia\n");
        REQUIRE(codes(n) == std::vector<std::string>{"IRM044"});
        CHECK(n.findings[0].line == 3);
        CHECK(n.findings[0].column == 10);
    }

    TEST_CASE("an unknown article is IRM041 at its key, with the closest article") {
        const Notes n = notes(header + "articles:\n  \"16\":\n    challenges: [x]\n");
        REQUIRE(codes(n) == std::vector<std::string>{"IRM041"});
        CHECK(n.findings[0].line == 6);
        CHECK(n.findings[0].column == 3);
        CHECK(n.findings[0].message.find("its articles: 2, 5, 6, 8, 9, 10, 15, 23") != std::string::npos);
        CHECK(n.articles.empty());
    }

    TEST_CASE("an unknown question id is IRM042, as a key and inside a note") {
        const Notes n =
            notes(header +
                  "articles:\n  \"5\":\n    challenges:\n      - {text: x, questions: [q5_1b, q5_1bb]}\n"
                  "questions:\n  q5_exmaples:\n    comments: [y]\n");
        REQUIRE(codes(n) == std::vector<std::string>{"IRM042", "IRM042"});
        CHECK(n.findings[0].line == 8);
        CHECK(n.findings[0].column == 38);
        CHECK(n.findings[1].line == 10);
        CHECK(n.findings[1].message.find("[q5_examples]?)") != std::string::npos);
        // The known id stays with the note; the unknown one is left out.
        CHECK(n.article("5")->challenges.at(0).questions == std::vector<std::string>{"q5_1b"});
    }

    TEST_CASE("a YAML syntax error is IRM001 where the parser stopped") {
        const Notes n = notes(header + "articles: {\"5\": [\n");
        REQUIRE(codes(n) == std::vector<std::string>{"IRM001"});
        CHECK(n.findings[0].line.has_value());
    }

    TEST_CASE("a duplicate key is IRM004 at its second occurrence, and the first is used") {
        const Notes n = notes(header + "reviewers: [Sylvania]\nreviewers: [Ruritania]\n");
        REQUIRE(codes(n) == std::vector<std::string>{"IRM004"});
        CHECK(n.findings[0].line == 6);
        CHECK(n.reviewers == std::vector<std::string>{"Sylvania"});
    }

    TEST_CASE("a missing or wrong format is IRM040 and nothing else is checked") {
        CHECK(codes(notes("questionnaire: nothing\nstate: Elsewhere\n")) ==
              std::vector<std::string>{"IRM040"});
        const Notes n = notes("format: irm-response/1\nstate: Elsewhere\n");
        REQUIRE(codes(n) == std::vector<std::string>{"IRM040"});
        CHECK(n.findings[0].line == 1);
        CHECK(codes(notes("")) == std::vector<std::string>{"IRM040"});
        CHECK(codes(notes("- a list\n")) == std::vector<std::string>{"IRM040"});
    }

    TEST_CASE("a missing header key is IRM040 with no position") {
        const Notes n = notes("format: irm-notes/1\nquestionnaire: untoc-c1\nversion: \"2026.1\"\n");
        REQUIRE(codes(n) == std::vector<std::string>{"IRM040"});
        CHECK_FALSE(n.findings[0].line.has_value());
    }

    TEST_CASE("a note is a text, or a mapping with text and questions; one text needs no list") {
        const Notes n = notes(
            header +
            "articles:\n  \"6\":\n    suggestions: Furnish the laws.\n"
            "    good_practices:\n      - Plain text.\n      - text: With ids.\n        questions: q6_2d\n");
        CHECK(n.findings.empty());
        const irm::ArticleNotes* six = n.article("6");
        REQUIRE(six != nullptr);
        CHECK(six->suggestions.at(0).text == "Furnish the laws.");
        CHECK(six->good_practices.at(0).questions.empty());
        CHECK(six->good_practices.at(1).questions == std::vector<std::string>{"q6_2d"});
    }

    TEST_CASE("unknown keys, bad dates, categories and priorities are IRM040 at what is wrong") {
        const Notes n = notes(header +
                              "dates: {draft: 2024-02-30, recieved: 2024-01-01}\n"
                              "articles:\n  \"5\":\n    ta_needs:\n"
                              "      - {category: capacity_buildin, description: x, priority: urgent}\n"
                              "      - {category: other}\n"
                              "    challenge: [x]\n");
        REQUIRE(codes(n) ==
                std::vector<std::string>{"IRM040", "IRM040", "IRM040", "IRM040", "IRM040", "IRM040"});
        CHECK(n.findings[0].column == 16);  // the impossible date
        CHECK(n.findings[1].message.find("did you mean 'received'") != std::string::npos);
        CHECK(n.findings[2].message.find("did you mean 'capacity_building'") != std::string::npos);
        CHECK(n.findings[3].message.find("'urgent' is not a priority") != std::string::npos);
        CHECK(n.findings[4].message.find("needs 'description'") != std::string::npos);
        CHECK(n.findings[5].message.find("did you mean 'challenges'") != std::string::npos);
        CHECK_FALSE(n.draft.has_value());
    }

    TEST_CASE("the notes' findings are worded in the language asked for, with the values to write") {
        const std::string text = header +
                                 "articles:\n  \"5\":\n    ta_needs:\n"
                                 "      - {category: capacity_buildin, description: x}\n"
                                 "questions:\n  q5_1x: {comments: [x]}\n";
        const Notes english = irm::check_notes(text, "notes.yaml", freedonia());
        REQUIRE(codes(english) == std::vector<std::string>{"IRM040", "IRM042"});
        CHECK(irm::test::contains(
            english.findings[0].message,
            "'capacity_buildin' is not a technical-assistance category (did you mean "
            "'capacity_building'?); allowed: legislative_assistance (Legislative assistance)"));
        // The closest question is named in words, its id last.
        CHECK(irm::test::contains(english.findings[1].message, "(did you mean article 5, paragraph 1 (b)"));
        CHECK(irm::test::contains(english.findings[1].message, "[q5_1b]?)"));

        const Notes french = irm::check_notes(text, "notes.yaml", freedonia(), "fr");
        REQUIRE(codes(french) == std::vector<std::string>{"IRM040", "IRM042"});
        CHECK(irm::test::contains(
            french.findings[0].message,
            "'capacity_buildin' n'est pas une catégorie d'assistance technique (vouliez-vous "
            "dire 'capacity_building'\u00A0?)\u00A0; valeurs admises\u00A0: "
            "legislative_assistance (Assistance législative)"));
        CHECK(
            irm::test::contains(french.findings[1].message,
                                "le questionnaire 'untoc-c1' n'a pas de question 'q5_1x' (vouliez-vous dire "
                                "article 5, paragraphe 1 b)"));
    }

    TEST_CASE("an empty note is IRM040") {
        const Notes n = notes(header + "articles:\n  \"5\":\n    challenges:\n      - \"\"\n      -\n");
        CHECK(codes(n) == std::vector<std::string>{"IRM040", "IRM040"});
    }

    TEST_CASE("notes on a response with no usable questionnaire are a finding, not a crash") {
        const Response unknown = irm::check_response(
            "format: irm-response/1\nquestionnaire: nothing\nversion: \"1\"\nstate: X\nlanguage: en\n",
            "r.yaml", shipped());
        REQUIRE(unknown.questionnaire == nullptr);
        CHECK(codes(irm::check_notes(header, "notes.yaml", unknown)) == std::vector<std::string>{"IRM044"});
    }

    TEST_CASE("a notes file that cannot be read is IRM005") {
        const Notes n = irm::load_notes(std::string(IRM_SOURCE_DIR) + "/no/such/notes.yaml", freedonia());
        CHECK(codes(n) == std::vector<std::string>{"IRM005"});
    }
}
