// How binding each provision is, read by every product: drafts, counts, comparisons,
// status and templates. One small questionnaire with every level.
#include <irm/aggregate.hpp>
#include <irm/diff.hpp>
#include <irm/document.hpp>
#include <irm/observations.hpp>
#include <irm/response_check.hpp>
#include <irm/status.hpp>
#include <irm/template.hpp>

#include <doctest/doctest.h>

#include "fixtures.hpp"

#include <algorithm>
#include <string>
#include <vector>

using irm::ArticleReview;
using irm::Obligation;
using irm::Observation;
using irm::Response;

namespace {

// Article 5: two ways of meeting one obligation (5(1)(a)(i) or (ii)), and a mandatory 5(1)(b).
// Article 15: an optional ground, a measure to consider, a savings clause.
const std::string levels_questionnaire = R"yaml(format: irm-questionnaire/1
id: lv
version: "1"
instrument: UNTOC
cluster: 1
languages: [en, fr]
title: {en: Levels, fr: Niveaux}
choice_lists:
  ynp:
    - {value: "yes", label: {en: "Yes", fr: "Oui"}}
    - {value: yes_in_part, label: {en: "Yes, in part", fr: "Oui, en partie"}}
    - {value: "no", label: {en: "No", fr: "Non"}}
  yn:
    - {value: "yes", label: {en: "Yes", fr: "Oui"}}
    - {value: "no", label: {en: "No", fr: "Non"}}
  considered:
    - {value: adopted, label: {en: "Adopted", fr: "Adoptée"}}
    - {value: considered, label: {en: "Considered, not adopted", fr: "Envisagée, non adoptée"}}
    - {value: not_considered, label: {en: "Not considered", fr: "Non envisagée"}}
sections:
  - id: art5
    title: {en: Article 5, fr: Article 5}
    article: "5"
    questions:
      - id: q_a
        type: choice
        choices: ynp
        provision: "5(1)(a)(i)"
        obligation: alternative
        alternatives: [q_b]
        label: {en: "Agreement?", fr: "Entente ?"}
      - id: q_a_law
        type: legislation
        show_if: "q_a in ['yes', 'yes_in_part']"
        label: {en: "Law for (i)", fr: "Loi pour (i)"}
      - id: q_a_gap
        type: text
        show_if: "q_a in ['yes_in_part', 'no'] and q_b != 'yes'"
        label: {en: "Missing for (i)", fr: "Manque pour (i)"}
      - id: q_b
        type: choice
        choices: ynp
        provision: "5(1)(a)(ii)"
        obligation: alternative
        alternatives: [q_a]
        label: {en: "Participation?", fr: "Participation ?"}
      - id: q_b_law
        type: legislation
        show_if: "q_b in ['yes', 'yes_in_part']"
        label: {en: "Law for (ii)", fr: "Loi pour (ii)"}
      - id: q_b_gap
        type: text
        show_if: "q_b in ['yes_in_part', 'no'] and q_a != 'yes'"
        label: {en: "Missing for (ii)", fr: "Manque pour (ii)"}
      - id: q_m
        type: choice
        choices: ynp
        provision: "5(1)(b)"
        label: {en: "Organizing?", fr: "Organisation ?"}
      - id: q_m_law
        type: legislation
        show_if: "q_m in ['yes', 'yes_in_part']"
        label: {en: "Law for (b)", fr: "Loi pour (b)"}
      - id: q_notified
        type: choice
        choices: yn
        provision: "5(3)"
        label: {en: "Secretary-General informed?", fr: "Secrétaire général informé ?"}
  - id: art15
    title: {en: Article 15, fr: Article 15}
    article: "15"
    questions:
      - id: q_opt
        type: choice
        choices: yn
        provision: "15(2)(a)"
        obligation: optional
        label: {en: "Victims who are nationals?", fr: "Victimes ressortissantes ?"}
      - id: q_con
        type: choice
        choices: considered
        provision: "15(5)"
        obligation: consider
        label: {en: "Consultations?", fr: "Consultations ?"}
      - id: q_sav
        type: choice
        choices: yn
        provision: "15(6)"
        obligation: savings
        label: {en: "Other grounds?", fr: "Autres chefs ?"}
)yaml";

const irm::Registry& registry() {
    static const irm::test::LocalRegistry fixture({{"lv.yaml", levels_questionnaire}}, false);
    return *fixture.registry;
}

Response respond(const std::string& answers, const std::string& state = "Freedonia",
                 const std::string& language = "en") {
    irm::test::ResponseHeader header{"lv", "1", state, language, "final"};
    Response r = irm::check_response(irm::test::response_text(answers, header), state + ".yaml", registry());
    REQUIRE(r.questionnaire != nullptr);
    return r;
}

// A State that uses the agreement model only and adopted no optional ground.
const std::string agreement_only =
    "  q_a: \"yes\"\n  q_a_law: [{title: Penal Code, url: \"https://laws.example/1\", provision: art. 450}]\n"
    "  q_b: \"no\"\n"
    "  q_m: \"yes\"\n  q_m_law: [{title: Penal Code, url: \"https://laws.example/1\", provision: art. 451}]\n"
    "  q_notified: \"yes\"\n"
    "  q_opt: \"no\"\n  q_con: not_considered\n  q_sav: \"yes\"\n";

const ArticleReview& article(const irm::ObservationDraft& draft, const std::string& number) {
    for (const ArticleReview& review : draft.articles)
        if (review.section->article == number) return review;
    FAIL("no article " << number);
    return draft.articles.front();
}

std::vector<std::string> rules(const std::vector<Observation>& list) {
    std::vector<std::string> out;
    for (const Observation& o : list)
        out.push_back(o.rule);
    return out;
}

using Ids = std::vector<std::string>;

}  // namespace

TEST_SUITE("obligations") {
    TEST_CASE("a lawful choice of one alternative and no optional ground is no point for the dialogue") {
        const Response r = respond(agreement_only);
        const auto draft = irm::review(r, nullptr, {});
        CHECK(article(draft, "5").points.empty());
        CHECK(article(draft, "15").points.empty());
        CHECK(rules(article(draft, "5").information) == Ids{"alternative-chosen"});
        CHECK(article(draft, "5").information[0].sources == Ids{"q_a"});
        CHECK(article(draft, "5").information[0].text ==
              "Article 5(1)(a)(i) or 5(1)(a)(ii) may be met in more than one way: the State reports that its "
              "law gives effect to article 5(1)(a)(i).");
        CHECK(rules(article(draft, "15").information) ==
              Ids{"optional-measure", "considered", "savings-clause"});
        CHECK(article(draft, "15").information[0].text ==
              "Article 15(2)(a) leaves the measure to each State; the State answered “No”.");
        CHECK(article(draft, "15").information[1].text ==
              "Article 15(5) asks States to consider the measure; the State answered “Not considered”.");
        // The chosen alternative and the mandatory provision count as compliance; the choices do not.
        REQUIRE(article(draft, "5").successes.size() == 1);
        CHECK(article(draft, "5").successes[0].sources == Ids{"q_a", "q_a_law", "q_m", "q_m_law"});
        CHECK(article(draft, "15").successes.empty());
    }

    TEST_CASE(
        "an alternative group none of whose questions is met is one point, with the explanations asked") {
        const Response r =
            respond("  q_a: \"no\"\n  q_b: \"no\"\n  q_b_gap: \"Neither model is followed.\"\n");
        const auto draft = irm::review(r, nullptr, {});
        const auto& art5 = article(draft, "5");
        CHECK(rules(art5.points) == Ids{"alternatives-none-met", "no-without-explanation", "no-answer"});
        CHECK(art5.points[0].sources == Ids{"q_a", "q_b", "q_b_gap"});
        CHECK(art5.points[1].sources == Ids{"q_a", "q_a_gap"});
        CHECK(art5.points[2].sources ==
              Ids{"q_m", "q_notified"});  // the mandatory 5(1)(b) and 5(3), unanswered
        CHECK(art5.information.empty());
    }

    TEST_CASE("an alternative group met only in part says so once") {
        const Response r = respond(
            "  q_a: yes_in_part\n  q_a_law: [{title: Code, url: \"https://laws.example/1\"}]\n  q_a_gap: "
            "\"No structure needed.\"\n"
            "  q_b: \"no\"\n  q_b_gap: \"Not followed.\"\n  q_notified: \"yes\"\n  q_m: \"yes\"\n  q_m_law: "
            "[{title: Code, url: "
            "\"https://laws.example/1\"}]\n");
        const auto draft = irm::review(r, nullptr, {});
        const auto& art5 = article(draft, "5");
        CHECK(rules(art5.points) == Ids{"alternatives-in-part"});
        CHECK(art5.points[0].sources == Ids{"q_a", "q_b", "q_a_gap", "q_b_gap"});
    }

    TEST_CASE("an alternative left unanswered may be the one that meets the obligation") {
        const Response r = respond(
            "  q_b: \"no\"\n  q_m: \"yes\"\n  q_m_law: [{title: Code, url: \"https://laws.example/1\"}]\n");
        const auto draft = irm::review(r, nullptr, {});
        const auto& art5 = article(draft, "5");
        CHECK(rules(art5.points) == Ids{"no-answer"});
        CHECK(art5.points[0].sources == Ids{"q_a", "q_notified"});
    }

    TEST_CASE("a mandatory provision answered Yes or No is a requirement: a No is a point") {
        std::string answers = agreement_only;
        answers.replace(answers.find("q_notified: \"yes\""), 17, "q_notified: \"no\"");
        const Response r = respond(answers);
        const auto draft = irm::review(r, nullptr, {});
        const auto& art5 = article(draft, "5");
        REQUIRE(rules(art5.points) == Ids{"answered-no"});
        CHECK(art5.points[0].text == "The State reports that its law does not give effect to article 5(3).");
    }

    TEST_CASE(
        "the drafts head each provision that leaves a choice with its level, and keep it out of the "
        "challenges") {
        for (const std::string language : {"en", "fr"}) {
            INFO(language);
            const Response r = respond(agreement_only, "Freedonia", language);
            irm::DraftOptions options;
            options.language = language;
            const auto draft = irm::review(r, nullptr, options);
            const std::string list = irm::doc::to_markdown(irm::observations_document(draft));
            const std::string summary = irm::doc::to_markdown(irm::summary_document(draft));
            if (language == "en") {
                CHECK(irm::test::contains(list, "#### Article 15(2)(a) (Optional)"));
                CHECK(irm::test::contains(list,
                                          "#### Article 5(1)(a)(i) (Either this or article 5(1)(a)(ii))"));
                CHECK(irm::test::contains(list, "#### Article 5(1)(b)\n"));
                CHECK(irm::test::contains(list, "### Provisions that leave the State a choice"));
                CHECK(irm::test::contains(summary, "## Provisions that leave the State a choice"));
                CHECK(irm::test::contains(summary, "## Challenges and issues\n\nNone so far."));
            } else {
                CHECK(irm::test::contains(list, "#### Article 15(2)(a) (Facultatif)"));
                CHECK(irm::test::contains(list, "#### Article 15(5) (À envisager)"));
                CHECK(irm::test::contains(list, "### Dispositions qui laissent un choix à l'État"));
                CHECK(irm::test::contains(summary, "## Difficultés et problèmes\n\nAucun pour l'instant."));
            }
        }
    }

    TEST_CASE("counts are of States per binding provision, an alternative group once") {
        irm::Aggregation aggregation;
        CHECK(aggregation.add(respond(agreement_only, "Freedonia")));
        CHECK(
            aggregation.add(respond("  q_a: \"no\"\n  q_b: \"yes\"\n  q_b_law: [{title: Code, url: "
                                    "\"https://laws.example/1\"}]\n  q_m: \"no\"\n"
                                    "  q_opt: \"yes\"\n",
                                    "Ruritania")));
        CHECK(aggregation.add(respond("  q_a: \"no\"\n  q_b: \"no\"\n  q_m: yes_in_part\n", "Sylvania")));
        const irm::AggregateBlock& block = *aggregation.blocks().front();
        REQUIRE(block.requirements.size() == 3);  // the group, 5(1)(b), and 5(3) answered Yes or No
        const irm::RequirementMet& group = block.requirements[0];
        REQUIRE(group.questions.size() == 2);
        CHECK(group.questions[0]->id == "q_a");
        CHECK(group.met == 2);  // Freedonia by (i), Ruritania by (ii)
        CHECK(group.not_met == 1);
        const irm::RequirementMet& mandatory = block.requirements[1];
        CHECK(mandatory.questions[0]->id == "q_m");
        CHECK(mandatory.met == 1);
        CHECK(mandatory.in_part == 1);
        CHECK(mandatory.not_met == 1);
        // Article 5: three provisions for three States, whatever the number of answers; only Freedonia
        // answered 5(3).
        REQUIRE(block.articles.size() == 1);
        CHECK(block.articles[0].yes == 4);
        CHECK(block.articles[0].unanswered == 2);
        CHECK(block.articles[0].yes_in_part == 1);
        CHECK(block.articles[0].no == 2);
        // The levels, with the questions of each and their answers across the three States.
        REQUIRE(block.levels.size() == 5);
        CHECK(block.levels[0].level == Obligation::Mandatory);
        CHECK(block.levels[0].questions == 2);
        CHECK(block.levels[1].level == Obligation::Alternative);
        CHECK(block.levels[1].questions == 2);
        CHECK(block.levels[1].answered == 6);
        CHECK(block.levels[3].level == Obligation::Optional);
        CHECK(block.levels[3].answered == 2);
        CHECK(block.levels[3].unanswered == 1);
        const std::string md = irm::doc::to_markdown(irm::aggregate_document(aggregation.blocks(), "en"));
        CHECK(irm::test::contains(
            md, "| 5(1)(a)(i) or 5(1)(a)(ii) | Alternatives (one suffices) | q\\_a, q\\_b | 2 | 0 | 1 |"));
        CHECK(irm::test::contains(md, "| 5(1)(b) | Mandatory | q\\_m | 1 | 1 | 1 | 0 | 0 |"));
        CHECK(irm::test::contains(md, "| 5(3) | Mandatory | q\\_notified | 1 | 0 | 0 | 2 | 0 |"));
        CHECK(irm::test::contains(md, "| Optional | 1 | 2 | 1 | 0 |"));
    }

    TEST_CASE("a change on a provision that leaves a choice is neither progress nor a step back") {
        const Response before = respond(agreement_only);
        const Response after = respond(
            "  q_a: \"no\"\n  q_b: \"yes\"\n  q_b_law: [{title: Code, url: \"https://laws.example/1\"}]\n"
            "  q_m: \"no\"\n  q_m_law: [{title: Code, url: \"https://laws.example/1\"}]\n"
            "  q_opt: \"yes\"\n  q_con: not_considered\n  q_sav: \"yes\"\n");
        const irm::ResponseDiff d = irm::compare_responses(before, after, "en");
        const auto move = [&](const std::string& id) -> const irm::RequirementMove& {
            for (const auto& m : d.moved)
                if (m.question.id == id) return m;
            FAIL("no move of " << id);
            return d.moved.front();
        };
        CHECK(move("q_a").choice);  // the group is met as before, by the other way
        CHECK(move("q_b").choice);
        CHECK_FALSE(move("q_m").choice);
        CHECK_FALSE(move("q_m").progress);  // a mandatory provision no longer met: a step back
        const std::string text = irm::render_diff(d, irm::DiffFormat::Text);
        CHECK(irm::test::contains(text, "q_a"));
        CHECK(irm::test::contains(text, "(a choice the treaty leaves to the State)"));
        CHECK(irm::test::contains(irm::render_diff(d, irm::DiffFormat::Json), "\"direction\": \"choice\""));
    }

    TEST_CASE("status counts the provisions of each level") {
        const irm::Progress p = irm::progress(respond("  q_a: \"yes\"\n  q_opt: \"no\"\n"));
        REQUIRE(p.levels.size() == 5);
        CHECK(p.levels[1].level == Obligation::Alternative);
        CHECK(p.levels[1].tally.applicable == 2);
        CHECK(p.levels[1].tally.answered == 1);
        CHECK(p.levels[3].tally.answered == 1);
    }

    TEST_CASE("templates say how binding each provision is, in the template's language") {
        const irm::Questionnaire& q = *registry().find("lv", "1");
        irm::TemplateOptions options;
        options.language = "en";
        const auto en = irm::yaml_template(q, options);
        REQUIRE(en);
        CHECK(irm::test::contains(*en, "#   Level of obligation: Either this or article 5(1)(a)(ii)\n"));
        CHECK(irm::test::contains(*en, "#   Level of obligation: Mandatory\n"));
        CHECK(irm::test::contains(*en, "#   Level of obligation: Optional\n"));
        CHECK(irm::test::contains(*en, "#   Level of obligation: Shall consider\n"));
        CHECK(irm::test::contains(*en, "#   Level of obligation: Savings clause\n"));
        options.language = "fr";
        const auto fr = irm::yaml_template(q, options);
        REQUIRE(fr);
        CHECK(irm::test::contains(
            *fr, "Niveau d'obligation\u00a0: Soit cette disposition, soit l'article 5(1)(a)(ii)\n"));
        CHECK(irm::test::contains(*fr, "Niveau d'obligation\u00a0: Facultatif\n"));
        // Follow-up questions (legislation, explanations) carry no level of their own.
        const std::size_t law = en->find("q_a_law:");
        const std::size_t block = en->rfind("# ----", law);
        CHECK(en->substr(block, law - block).find("Level of obligation") == std::string::npos);
    }
}
