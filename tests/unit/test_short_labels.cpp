// The short labels of the shipped questionnaires: every question of a 2026.1 questionnaire is
// named in a few words beside its provision, in each language of its file (docs/QUESTIONNAIRES.md).
#include <irm/questionnaire.hpp>
#include <irm/text.hpp>

#include <doctest/doctest.h>

#include "fixtures.hpp"

#include <algorithm>
#include <map>
#include <string>
#include <tuple>
#include <vector>

using irm::test::shipped;

namespace {

const std::vector<std::string>& current_questionnaires() {
    static const std::vector<std::string> ids{"untoc-c1", "tip-c1", "som-c1", "fir-c1"};
    return ids;
}

}  // namespace

TEST_SUITE("short labels") {
    TEST_CASE("the 2026.1 questionnaires load without a finding, short labels and all") {
        for (const irm::ShippedQuestionnaire& file : irm::shipped_questionnaires()) {
            const std::string name = file.name;
            if (name.find("-2026.1.") == std::string::npos) continue;
            INFO(name);
            const auto loaded = irm::test::load(std::string(file.text, file.size), name);
            for (const irm::Diagnostic& d : loaded.findings)
                FAIL_CHECK(d.code << " at line " << d.line.value_or(0) << ": " << d.message);
            CHECK(loaded.questionnaire);
        }
    }

    TEST_CASE(
        "every question has a short label in each language of its questionnaire, of 60 characters at most") {
        for (const std::string& id : current_questionnaires()) {
            const irm::Questionnaire* q = shipped().find(id, "2026.1");
            REQUIRE(q);
            CHECK(q->questions.size() > 40);
            for (const irm::Question& question : q->questions)
                for (const std::string& language : q->languages) {
                    INFO(id, " ", question.id, " in ", language);
                    const auto own = std::find_if(question.short_label.translations.begin(),
                                                  question.short_label.translations.end(),
                                                  [&](const auto& text) { return text.first == language; });
                    REQUIRE(own != question.short_label.translations.end());
                    CHECK_FALSE(own->second.empty());
                    CHECK(irm::text::code_points(own->second) <= 60);
                    CHECK(irm::text::one_line(own->second) == own->second);  // one line, no stray spaces
                    CHECK(irm::short_label(question, language) == own->second);
                }
        }
    }

    TEST_CASE("no two questions of one provision share a short label in a language") {
        // A question without a provision of its own is named by the provision it follows from
        // (effective_provision), so that is the group its label must be told apart in.
        for (const std::string& id : current_questionnaires()) {
            const irm::Questionnaire* q = shipped().find(id, "2026.1");
            REQUIRE(q);
            std::map<std::tuple<std::string, std::string, std::string>, std::string> seen;
            for (const irm::Question& question : q->questions)
                for (const std::string& language : q->languages) {
                    const auto key =
                        std::make_tuple(irm::effective_provision(*q, question), language, irm::short_label(question, language));
                    const auto [at, added] = seen.emplace(key, question.id);
                    INFO(id, ": ", question.id, " and ", at->second, " in ", language, ": ",
                         std::get<2>(key));
                    CHECK(added);
                }
        }
    }

    TEST_CASE("a question is named in messages by its provision and short label") {
        const irm::Questionnaire* q = shipped().find("untoc-c1", "2026.1");
        REQUIRE(q);
        const irm::Question* agreement = q->find("q5_1a_i");
        REQUIRE(agreement);
        CHECK(irm::question_in_words(*agreement, "en") ==
              "article 5, paragraph 1 (a) (i) — agreement to commit a serious crime [q5_1a_i]");
        CHECK(irm::question_in_words(*agreement, "fr") ==
              "article 5, paragraphe 1 a) i) — entente en vue de commettre une infraction grave [q5_1a_i]");
        // A question the file gives no provision is named by the provision it follows from.
        const irm::Question* law = q->find("q5_1a_i_law");
        REQUIRE(law);
        CHECK(irm::question_in_words(*q, *law, "en") ==
              "article 5, paragraph 1 (a) (i) — legislation cited [q5_1a_i_law]");
        CHECK(irm::question_in_words(*q, *law, "fr") ==
              "article 5, paragraphe 1 a) i) — législation citée [q5_1a_i_law]");
    }
}
