#include <irm/aggregate.hpp>
#include <irm/catalogue.hpp>
#include <irm/document.hpp>
#include <irm/files.hpp>
#include <irm/zip.hpp>

#include <doctest/doctest.h>

#include "fixtures.hpp"

#include <algorithm>
#include <regex>
#include <string>
#include <vector>

using irm::operator""_key;
using irm::AggregateBlock;
using irm::Aggregation;
using irm::Response;
using irm::test::shipped;

namespace {

/// A draft response of a State to untoc-c1, in English, with these answers.
Response untoc(const std::string& state, const std::string& answers) {
    return irm::test::shipped_response(answers, {"untoc-c1", "2020.1", state}, state + ".yaml");
}

const irm::Questionnaire& questionnaire() {
    const irm::Questionnaire* q = shipped().find("untoc-c1", "2020.1");
    REQUIRE(q != nullptr);
    return *q;
}

/// The counts as Markdown, as irm aggregate writes them.
std::string markdown(const Aggregation& aggregation, const std::string& language) {
    return irm::doc::to_markdown(irm::aggregate_document(aggregation.blocks(), language));
}

const irm::ChoiceCounts& counts(const AggregateBlock& block, const std::string& id) {
    for (const auto& c : block.questions)
        if (c.question->id == id) return c;
    FAIL("no counts for ", id);
    return block.questions.front();
}

const irm::ArticleCounts& article(const AggregateBlock& block, const std::string& number) {
    for (const auto& a : block.articles)
        if (a.article == number) return a;
    FAIL("no article ", number);
    return block.articles.front();
}

/// Two States: Freedonia meets article 5(1)(a)(i) and cites its law, Ruritania only in part and cites
/// nothing.
Aggregation two_states() {
    Aggregation aggregation;
    CHECK(aggregation.add(untoc("Freedonia",
                                "  q5_1a_i: \"yes\"\n"
                                "  q5_1a_i_law:\n    - {title: Penal Code}\n"
                                "  q5_1b: \"no\"\n"
                                "  q5_ta_needed: \"yes\"\n"
                                "  q5_ta:\n"
                                "    - {category: capacity_building, description: Training}\n"
                                "    - {category: capacity_building, description: More training}\n"
                                "  q9_measures: [training, code_of_conduct]\n")));
    CHECK(aggregation.add(untoc("Ruritania",
                                "  q5_1a_i: yes_in_part\n"
                                "  q5_1a_ii: \"yes\"\n"
                                "  q5_3_applies: \"yes\"\n"
                                "  q5_ta_needed: \"yes\"\n"
                                "  q5_ta:\n    - {category: capacity_building, description: Equipment}\n"
                                "  q9_measures: [training]\n")));
    return aggregation;
}

/// The texts a person reads in the workbook of the counts: its sheet names, the cells, the chart titles.
std::string workbook_text(const Aggregation& aggregation, const std::string& language) {
    const irm::test::TemporaryDirectory directory;
    const std::string path = directory / "counts.xlsx";
    REQUIRE(irm::write_aggregate_xlsx(aggregation.blocks(), language, path));
    auto bytes = irm::files::read(path);
    REQUIRE(bytes);
    auto archive = irm::zip::Archive::open(std::move(*bytes));
    REQUIRE(archive);
    std::string out;
    const std::regex text(R"re(<(?:t|a:t)(?: [^>]*)?>([^<]*)</(?:t|a:t)>|<sheet name="([^"]*)")re");
    for (const std::string& name : (*archive)->names()) {
        if (name != "xl/workbook.xml" && name != "xl/sharedStrings.xml" && name.rfind("xl/charts/", 0) != 0)
            continue;
        auto part = (*archive)->read(name);
        REQUIRE(part);
        for (auto it = std::sregex_iterator(part->begin(), part->end(), text); it != std::sregex_iterator();
             ++it)
            out += (*it)[1].str() + (*it)[2].str() + "\n";
    }
    return out;
}

}  // namespace

TEST_SUITE("aggregate") {
    TEST_CASE("a requirement question is a choice among exactly yes, yes in part and no") {
        const irm::Questionnaire& q = questionnaire();
        CHECK(irm::is_requirement(*q.find("q5_1a_i")));
        CHECK_FALSE(irm::is_requirement(*q.find("q5_ta_needed")));  // yes or no
        CHECK_FALSE(irm::is_requirement(*q.find("q9_measures")));   // multi_choice
        CHECK_FALSE(irm::is_requirement(*q.find("q5_1a_i_law")));
    }

    TEST_CASE("the requirement scale runs from no through yes in part to yes") {
        CHECK(irm::requirement_rank("no") < irm::requirement_rank("yes_in_part"));
        CHECK(irm::requirement_rank("yes_in_part") < irm::requirement_rank("yes"));
        CHECK(irm::requirement_rank("partially") == -1);
    }

    TEST_CASE("the legislation of a requirement is the question whose conditions name it") {
        const irm::Questionnaire& q = questionnaire();
        const auto laws = irm::legislation_for(q, *q.find("q5_1a_i"));
        REQUIRE(laws.size() == 1);
        CHECK(laws[0]->id == "q5_1a_i_law");
        CHECK(irm::legislation_for(q, *q.find("q5_examples")).empty());
    }

    TEST_CASE("each choice, the unanswered and the questions that do not apply are counted apart") {
        const Aggregation aggregation = two_states();
        const auto blocks = aggregation.blocks();
        REQUIRE(blocks.size() == 1);
        const AggregateBlock& block = *blocks[0];
        CHECK(block.states == std::vector<std::string>{"Freedonia", "Ruritania"});

        const auto& q5_1a_i = counts(block, "q5_1a_i");
        CHECK(q5_1a_i.choices == std::vector<int>{1, 1, 0});  // yes, yes_in_part, no
        CHECK(q5_1a_i.unanswered == 0);
        const auto& q5_1b = counts(block, "q5_1b");
        CHECK(q5_1b.choices == std::vector<int>{0, 0, 1});
        CHECK(q5_1b.unanswered == 1);
        // q5_3 applies only where the agreement offence needs a group: Ruritania said so, Freedonia did not.
        const auto& q5_3 = counts(block, "q5_3");
        CHECK(q5_3.unanswered == 1);
        CHECK(q5_3.not_applicable == 1);
        // A multi_choice counts each value selected.
        const auto& measures = counts(block, "q9_measures");
        const auto training =
            std::find_if(measures.question->choices.begin(), measures.question->choices.end(),
                         [](const irm::Choice& c) { return c.value == "training"; });
        CHECK(measures.choices[static_cast<std::size_t>(training - measures.question->choices.begin())] == 2);
    }

    TEST_CASE("an article sums the States' standing on its binding provisions, an alternative group once") {
        const Aggregation aggregation = two_states();
        const auto& art5 = article(*aggregation.blocks()[0], "5");
        // 5(1)(a) is met by both: Freedonia by (i), Ruritania by (ii) though (i) only in part.
        // 5(1)(b): Freedonia no. Unanswered: Freedonia's 5(2), Ruritania's 5(1)(b), 5(2) and 5(3).
        // Freedonia's 5(3) does not apply.
        CHECK(art5.yes == 2);
        CHECK(art5.yes_in_part == 0);
        CHECK(art5.no == 1);
        CHECK(art5.unanswered == 4);
        CHECK(art5.not_applicable == 1);
        const auto& requirements = aggregation.blocks()[0]->requirements;
        const auto group =
            std::find_if(requirements.begin(), requirements.end(), [](const irm::RequirementMet& r) {
                return r.questions.size() == 2 && r.questions[0]->id == "q5_1a_i";
            });
        REQUIRE(group != requirements.end());
        CHECK(group->met == 2);
    }

    TEST_CASE("needs are counted by category, with each State that asked named once") {
        const Aggregation aggregation = two_states();
        const AggregateBlock& block = *aggregation.blocks()[0];
        const auto capacity =
            std::find_if(block.needs.begin(), block.needs.end(),
                         [](const irm::NeedCounts& n) { return n.category == "capacity_building"; });
        REQUIRE(capacity != block.needs.end());
        CHECK(capacity->needs == 3);
        CHECK(capacity->states == std::vector<std::string>{"Freedonia", "Ruritania"});
    }

    TEST_CASE("a requirement met without legislation cited is listed") {
        const Aggregation aggregation = two_states();
        const AggregateBlock& block = *aggregation.blocks()[0];
        // Ruritania's in-part and yes answers cite nothing; Freedonia's yes does, and a no needs no law.
        REQUIRE(block.uncited.size() == 2);
        CHECK(block.uncited[0].state == "Ruritania");
        CHECK(block.uncited[0].question->id == "q5_1a_i");
        CHECK(block.uncited[0].value == "yes_in_part");
        CHECK(block.uncited[1].question->id == "q5_1a_ii");
    }

    TEST_CASE("the Markdown report has the tables of each block") {
        const Aggregation aggregation = two_states();
        const std::string md = markdown(aggregation, "fr");
        CHECK(md.find("## untoc-c1 2020.1 : ") != std::string::npos);
        CHECK(md.find("| Article | Oui | Oui, en partie | Non | Sans réponse | Sans objet |") !=
              std::string::npos);
        CHECK(md.find("| Article 5 | 2 | 0 | 1 | 4 | 1 |") != std::string::npos);
        CHECK(md.find("| Renforcement des capacités | 3 | 2 | Freedonia, Ruritania |") != std::string::npos);
        CHECK(md.find("| Ruritania | q5\\_1a\\_i | 5 | 5(1)(a)(i) | Oui, en partie |") != std::string::npos);
        // Counts sit at the end of their columns.
        CHECK(md.find("| Sans objet |\n| --- | ---: | ---: | ---: | ---: | ---: |\n| Article 2 |") !=
              std::string::npos);
    }

    TEST_CASE("a pipe in a text cannot break a Markdown table") {
        Aggregation aggregation;
        CHECK(aggregation.add(untoc(
            "\"A|B\"", "  q5_ta_needed: \"yes\"\n  q5_ta:\n    - {category: other, description: x}\n")));
        const std::string md = markdown(aggregation, "en");
        CHECK(md.find("| Other | 1 | 1 | A\\|B |") != std::string::npos);
    }

    TEST_CASE("Markdown syntax in a State's name comes out escaped, in a table and in a sentence") {
        Aggregation aggregation;
        CHECK(aggregation.add(untoc("\"1. *Star* _Land_ [x](y) <b> a|b #1\"", "  q5_1a_i: yes_in_part\n")));
        const std::string md = markdown(aggregation, "en");
        // "1." starts an ordered list only at the start of a line, as in the table's first column.
        const std::string escaped = "\\*Star\\* \\_Land\\_ \\[x\\](y) \\<b\\> a\\|b \\#1";
        CHECK(md.find("\n1 response: 1. " + escaped + ".\n") != std::string::npos);
        CHECK(md.find("\n| 1\\. " + escaped + " | q5\\_1a\\_i | 5 |") != std::string::npos);
        const std::string html = irm::doc::to_html(irm::aggregate_document(aggregation.blocks(), "en"));
        CHECK(html.find("<td dir=\"auto\">1. *Star* _Land_ [x](y) &lt;b&gt; a|b #1</td>") !=
              std::string::npos);
    }

    TEST_CASE("a response with no usable questionnaire is not counted") {
        Aggregation aggregation;
        CHECK_FALSE(aggregation.add(
            irm::check_response("format: irm-response/1\nquestionnaire: nope\nversion: \"1\"\n"
                                "state: X\nlanguage: en\nstatus: draft\n",
                                "x.yaml", shipped())));
        CHECK(aggregation.blocks().empty());
        CHECK(markdown(aggregation, "en").find("No response to count.") != std::string::npos);
    }

    TEST_CASE("French counts have their words in French, in the document and in the workbook") {
        Aggregation aggregation = two_states();
        // A response with an error (a value that is no choice) is counted all the same, and flagged.
        CHECK(aggregation.add(untoc("Palméria", "  q5_1a_i: perhaps\n")));
        const irm::doc::Document doc = irm::aggregate_document(aggregation.blocks(), "fr");
        CHECK(doc.language == "fr");
        CHECK(doc.title == "Réponses de l'ensemble des États");
        const std::string shown = irm::test::document_text(doc);
        CHECK(irm::test::contains(shown,
                                  "3 réponses : Freedonia, Ruritania, Palméria. 1 comporte des erreurs"));
        CHECK(irm::test::contains(shown, "Autre valeur"));
        for (const std::string& english : irm::test::english_left(shown, {"aggregate.", "analysis."}, "fr"))
            FAIL_CHECK("English in the French document: ", english);
        const std::string english_doc =
            irm::test::document_text(irm::aggregate_document(aggregation.blocks(), "en"));
        CHECK_FALSE(irm::test::english_left(english_doc, {"aggregate.", "analysis."}, "fr").empty());

        const std::string workbook = workbook_text(aggregation, "fr");
        CHECK(irm::test::contains(workbook, irm::message("aggregate.chart.needs"_key, "fr")));
        CHECK(irm::test::contains(workbook, "1 avec des erreurs, comptée telle quelle"));
        for (const std::string& english :
             irm::test::english_left(workbook, {"aggregate.", "analysis."}, "fr"))
            FAIL_CHECK("English in the French workbook: ", english);
        // In English, the same places hold the English words.
        CHECK(irm::test::contains(workbook_text(aggregation, "en"),
                                  "Technical assistance needed: States asking"));
    }

    TEST_CASE("each block has its words in the language of its labels") {
        const irm::test::LocalRegistry fixture({{"solo.yaml", irm::test::english_only_questionnaire()}},
                                               false);
        Aggregation aggregation = two_states();
        CHECK(aggregation.add(irm::check_response(
            irm::test::response_text("  q1: \"yes\"\n", {"solo", "1", "Ruritania", "en", "draft"}),
            "solo.yaml", *fixture.registry)));
        const irm::doc::Document doc = irm::aggregate_document(aggregation.blocks(), "fr");
        // Blocks come by questionnaire id: solo, which has only English, then untoc-c1 in French.
        CHECK(doc.language == "en");
        const std::string md = irm::doc::to_markdown(doc);
        const auto solo = md.find("## solo 1: Solo\n"), untoc = md.find("## untoc-c1 2020.1 : ");
        REQUIRE(solo != std::string::npos);
        REQUIRE(untoc != std::string::npos);
        CHECK(md.find("### Requirements by article", solo) < untoc);
        CHECK(md.find("### Obligations par article", untoc) != std::string::npos);
    }

    TEST_CASE("nothing to count is said in the language asked for") {
        const Aggregation nothing;
        const irm::doc::Document doc = irm::aggregate_document(nothing.blocks(), "fr");
        CHECK(doc.language == "fr");
        CHECK(irm::test::document_text(doc) ==
              "Réponses de l'ensemble des États\nAucune réponse à décompter.\n");
        CHECK(workbook_text(nothing, "fr") == "Réponses\nAucune réponse à décompter.\n");
        CHECK(workbook_text(nothing, "") == "Answers\nNo response to count.\n");
        CHECK(irm::aggregate_document(nothing.blocks(), "es").language == "en");  // no words in Spanish yet
    }

}  // TEST_SUITE
