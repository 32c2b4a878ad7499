#include <irm/catalogue.hpp>
#include <irm/diff.hpp>

#include <doctest/doctest.h>

#include "fixtures.hpp"

#include <string>
#include <vector>

using irm::operator""_key;
using irm::DiffFormat;
using irm::Response;
using irm::ResponseDiff;

namespace {

/// Freedonia's draft response to untoc-c1 in one cycle, read from `file`.
Response cycle(const std::string& file, const std::string& answers) {
    return irm::test::shipped_response(answers, {}, file);
}

ResponseDiff compare(const std::string& before, const std::string& after,
                     const std::string& language = "en") {
    return irm::compare_responses(cycle("old.yaml", before), cycle("new.yaml", after), language);
}

/// Two cycles with a change of every kind but a question dropped: a move, an answer added, one removed,
/// one changed, rows added, a need added and one dropped.
ResponseDiff every_change(const std::string& language) {
    return compare(
        "  q5_1a_i: \"no\"\n  q5_challenges: Staff.\n  q5_examples: Two cases.\n"
        "  q5_ta_needed: \"yes\"\n"
        "  q5_ta:\n    - {category: data_collection, description: Statistics, priority: high}\n"
        "  q5_stats:\n    - {year: 2020, investigations: 4}\n",
        "  q5_1a_i: yes_in_part\n  q5_examples: Three cases.\n  q2_a: \"yes\"\n"
        "  q5_ta_needed: \"yes\"\n"
        "  q5_ta:\n    - {category: technology, description: Software, priority: low}\n"
        "  q5_stats:\n    - {year: 2020, investigations: 4}\n    - {year: 2021, investigations: 6}\n",
        language);
}

}  // namespace

TEST_SUITE("diff") {
    TEST_CASE("a requirement moving up the scale is progress, moving down is not") {
        const ResponseDiff d = compare("  q5_1a_i: \"no\"\n  q5_1b: \"yes\"\n  q5_2: yes_in_part\n",
                                       "  q5_1a_i: yes_in_part\n  q5_1b: yes_in_part\n  q5_2: yes_in_part\n");
        REQUIRE(d.moved.size() == 2);
        CHECK(d.moved[0].question.id == "q5_1a_i");
        CHECK(d.moved[0].before == "No");
        CHECK(d.moved[0].after == "Yes, in part");
        CHECK(d.moved[0].progress);
        CHECK(d.moved[1].question.id == "q5_1b");
        CHECK_FALSE(d.moved[1].progress);
        CHECK(d.changed.empty());
    }

    TEST_CASE("answers added, removed and changed are told apart, in labels") {
        const ResponseDiff d =
            compare("  q5_examples: Two cases.\n  q5_challenges: Staff.\n  q5_ta_needed: \"yes\"\n",
                    "  q5_examples: Three cases.\n  q5_ta_needed: \"no\"\n  q2_a: \"yes\"\n", "fr");
        REQUIRE(d.added.size() == 1);
        CHECK(d.added[0].question.id == "q2_a");
        CHECK(d.added[0].after == "Oui");
        REQUIRE(d.removed.size() == 1);
        CHECK(d.removed[0].question.id == "q5_challenges");
        CHECK(d.removed[0].before == "Staff.");
        REQUIRE(d.changed.size() == 2);
        CHECK(d.changed[0].question.id == "q5_examples");
        CHECK(d.changed[1].before == "Oui");
        CHECK(d.changed[1].after == "Non");
    }

    TEST_CASE("numbers of any size compare by their exact value, in answers and in table cells") {
        const std::string big = "1" + std::string(400, '0');
        // Beyond a double, two different numbers are still two; the same one written otherwise is one.
        const ResponseDiff d = compare("  q2_b_threshold: " + big +
                                           "\n  q5_stats:\n    - {year: 2020, investigations: "
                                           "12345678901234567890}\n",
                                       "  q2_b_threshold: " + big +
                                           "1\n  q5_stats:\n    - {year: 2020, "
                                           "investigations: 12345678901234567891}\n");
        REQUIRE(d.changed.size() == 2);
        CHECK(d.changed[0].question.id == "q2_b_threshold");
        CHECK(d.changed[0].after == big + "1");
        CHECK(d.changed[1].question.id == "q5_stats");
        CHECK(
            compare("  q2_b_threshold: +000" + big + "\n  q5_stats:\n    - {year: 2020, investigations: 4}\n",
                    "  q2_b_threshold: " + big + "\n  q5_stats:\n    - {year: 2020, investigations: +004}\n")
                .changed.empty());
        // JSON carries the digits as written.
        CHECK(irm::render_diff(d, DiffFormat::Json).find("\"new\": \"" + big + "1\"") != std::string::npos);
    }

    TEST_CASE("lists compare without regard to order, and numbers by value") {
        const ResponseDiff d = compare("  q9_measures: [training, code_of_conduct]\n  q2_b_threshold: 4\n",
                                       "  q9_measures: [code_of_conduct, training]\n  q2_b_threshold: +4\n");
        CHECK(d.same());
    }

    TEST_CASE("for citations and rows, only those that differ are shown") {
        const ResponseDiff d = compare(
            "  q5_1a_i: \"yes\"\n  q5_1a_i_law:\n    - {title: Penal Code, provision: art. 1}\n"
            "    - {title: Old Act}\n"
            "  q5_stats:\n    - {year: 2020, investigations: 4}\n",
            "  q5_1a_i: \"yes\"\n  q5_1a_i_law:\n    - {title: New Act, year: 2024}\n"
            "    - {title: Penal Code, provision: art. 1}\n"
            "  q5_stats:\n    - {year: 2020, investigations: 4}\n    - {year: 2021, investigations: 6}\n");
        REQUIRE(d.changed.size() == 2);
        CHECK(d.changed[0].items);
        CHECK(d.changed[0].before == "Old Act");
        CHECK(d.changed[0].after == "New Act (2024)");
        CHECK(d.changed[1].before.empty());
        CHECK(d.changed[1].after == "Year = 2021, Investigations opened = 6");
    }

    TEST_CASE("technical-assistance needs are added and dropped, not changed") {
        const ResponseDiff d = compare(
            "  q5_ta_needed: \"yes\"\n  q5_ta:\n    - {category: data_collection, description: Statistics}\n"
            "    - {category: technology, description: Software}\n",
            "  q5_ta_needed: \"yes\"\n  q5_ta:\n    - {category: technology, description: Software}\n"
            "    - {category: capacity_building, description: Training, priority: high}\n");
        CHECK(d.changed.empty());
        REQUIRE(d.needs_added.size() == 1);
        CHECK(d.needs_added[0].category == "capacity_building");
        CHECK(d.needs_added[0].label == "Capacity building");
        CHECK(d.needs_added[0].priority == "high");
        REQUIRE(d.needs_dropped.size() == 1);
        CHECK(d.needs_dropped[0].description == "Statistics");
    }

    TEST_CASE("the same answers make no difference in any format") {
        const ResponseDiff d = compare("  q2_a: \"yes\"\n", "  q2_a: \"yes\"\n");
        CHECK(d.same());
        CHECK(irm::render_diff(d, DiffFormat::Text).find("No differences.") != std::string::npos);
        CHECK(irm::render_diff(d, DiffFormat::Markdown).find("No differences.") != std::string::npos);
        CHECK(irm::render_diff(d, DiffFormat::Json).find("\"differ\": false") != std::string::npos);
    }

    TEST_CASE("Markdown syntax in an answer comes out escaped, in Markdown and in HTML") {
        const ResponseDiff d =
            compare("  q5_examples: Two cases.\n",
                    "  q5_examples: \"1. *bold* _under_ [link](x) <b> a|b\\n# not a heading\"\n");
        REQUIRE(d.changed.size() == 1);
        const std::string md = irm::render_diff(d, DiffFormat::Markdown);
        CHECK(md.find("| Two cases. | 1\\. \\*bold\\* \\_under\\_ \\[link\\](x) \\<b\\> a\\|b \\# not a "
                      "heading |") != std::string::npos);
        CHECK(md == irm::doc::to_markdown(irm::diff_document(d)));
        const std::string html = irm::render_diff(d, DiffFormat::Html);
        CHECK(html.find("&lt;b&gt; a|b<br># not a heading") != std::string::npos);
        CHECK(html.find("<b>") == std::string::npos);
    }

    TEST_CASE("the document of a comparison has a section for each kind of change, None where empty") {
        const irm::doc::Document doc = irm::diff_document(compare("  q2_a: \"no\"\n", "  q2_a: \"yes\"\n"));
        CHECK(doc.title == "Changes in the answers of Freedonia to untoc-c1");
        std::vector<std::string> headings;
        int tables = 0, nones = 0;
        for (const irm::doc::Block& block : doc.blocks) {
            if (block.kind == irm::doc::Block::Kind::Heading)
                headings.push_back(block.paragraph.spans[0].text);
            if (block.kind == irm::doc::Block::Kind::Table) ++tables;
            if (block.kind == irm::doc::Block::Kind::Paragraph && block.paragraph.spans[0].text == "None.")
                ++nones;
        }
        // One version on both sides: no section for questions the new version no longer has.
        CHECK(headings == std::vector<std::string>{doc.title, "Requirements that moved", "Answers added",
                                                   "Answers removed", "Answers changed",
                                                   "Technical-assistance needs added",
                                                   "Technical-assistance needs dropped"});
        CHECK(tables == 2);
        CHECK(nones == 5);
    }

    TEST_CASE("the JSON rendering names old and new") {
        const ResponseDiff d = compare("  q2_a: \"no\"\n", "  q2_a: \"yes\"\n");
        const std::string json = irm::render_diff(d, DiffFormat::Json);
        CHECK(json.find("\"file\": \"old.yaml\"") != std::string::npos);
        CHECK(json.find("\"file\": \"new.yaml\"") != std::string::npos);
        CHECK(json.find("\"direction\": \"progress\"") != std::string::npos);
    }

    TEST_CASE("a French comparison has its words in French, in text and in the document") {
        const ResponseDiff d = every_change("fr");
        REQUIRE(d.language == "fr");
        const std::string text = irm::render_diff(d, DiffFormat::Text);
        const irm::doc::Document doc = irm::diff_document(d);
        CHECK(doc.language == "fr");
        CHECK(doc.title == "Modifications des réponses de Freedonia au questionnaire untoc-c1");
        const std::string shown = irm::test::document_text(doc);
        for (const irm::Key heading :
             {"diff.heading.moved"_key, "diff.heading.added"_key, "diff.heading.removed"_key,
              "diff.heading.changed"_key, "diff.heading.needs-added"_key, "diff.heading.needs-dropped"_key}) {
            CHECK(irm::test::contains(text, irm::message(heading, "fr")));
            CHECK(irm::test::contains(shown, irm::message(heading, "fr")));
        }
        for (const std::string& english : irm::test::english_left(text, {"diff.", "analysis."}, "fr"))
            FAIL_CHECK("English in the French text: ", english);
        for (const std::string& english : irm::test::english_left(shown, {"diff.", "analysis."}, "fr"))
            FAIL_CHECK("English in the French document: ", english);
        const std::string english_text = irm::render_diff(every_change("en"), DiffFormat::Text);
        CHECK_FALSE(irm::test::english_left(english_text, {"diff.", "analysis."}, "fr").empty());
        // The words of the answers are French too: a move, a status, a priority.
        // A question is named in words: "article 5, paragraphe 1 a) i)", in French too.
        CHECK(irm::test::contains(text, "  article 5, paragraphe 1 a) i) — "));
        CHECK(irm::test::contains(text, " [q5_1a_i] : Non → Oui, en partie (progrès)\n"));
        CHECK(irm::test::contains(text, "  ancienne : old.yaml (version 2020.1, projet)\n"));
        CHECK(irm::test::contains(text, "Technologie, faible : Software"));
    }

    TEST_CASE("JSON keeps its keys and values in every language") {
        const std::string json = irm::render_diff(every_change("fr"), DiffFormat::Json);
        CHECK(irm::test::contains(json, "\"direction\": \"progress\""));
        CHECK(irm::test::contains(json, "\"priority\": \"low\""));
        CHECK(irm::test::contains(json, "\"status\": \"draft\""));
        CHECK(irm::test::contains(json, "\"language\": \"fr\""));
        CHECK(irm::test::contains(json, "\"requirements_moved\""));
    }

    TEST_CASE("a questionnaire without the language asked for keeps words and labels in one language") {
        const irm::test::LocalRegistry fixture({{"solo.yaml", irm::test::english_only_questionnaire()}},
                                               false);
        const irm::test::ResponseHeader header{"solo", "1", "Freedonia", "en", "draft"};
        const Response before = irm::check_response(irm::test::response_text("  q1: \"no\"\n", header),
                                                    "old.yaml", *fixture.registry);
        const Response after = irm::check_response(irm::test::response_text("  q1: \"yes\"\n", header),
                                                   "new.yaml", *fixture.registry);
        const ResponseDiff d = irm::compare_responses(before, after, "fr");
        CHECK(d.language == "en");
        CHECK(irm::diff_document(d).language == "en");
        CHECK(irm::render_diff(d, DiffFormat::Text) ==
              "Freedonia, solo\n  old: old.yaml (version 1, draft)\n  new: new.yaml (version 1, draft)\n\n"
              "Requirements that moved (1)\n  article 5, paragraph 1 — Does it? [q1]: No → Yes (progress)\n");
    }

}  // TEST_SUITE
