#include <irm/response.hpp>
#include <irm/status.hpp>

#include <doctest/doctest.h>

#include "fixtures.hpp"

#include <string>

using irm::Progress;
using irm::Response;
using irm::Tally;
using irm::test::shipped;

namespace {

/// Freedonia's response to untoc-c1, in English, with these answers and that status.
Response untoc(const std::string& answers, const std::string& status = "draft") {
    irm::test::ResponseHeader header;
    header.status = status;
    return irm::test::shipped_response(answers, header);
}

const irm::SectionProgress& section(const Progress& progress, const std::string& id) {
    for (const auto& s : progress.sections)
        if (s.section->id == id) return s;
    FAIL("no section ", id);
    return progress.sections.front();
}

}  // namespace

TEST_SUITE("status") {
    TEST_CASE("notes never count and questions that do not apply are left out") {
        // Article 2: a note and eleven questions. q2_a 'no' makes q2_a_law not apply and q2_a_gap apply and
        // be required; with q2_b and q2_c unanswered, neither their citations nor their gaps apply.
        const Response r = untoc("  q2_a: \"no\"\n");
        REQUIRE(r.questionnaire != nullptr);
        const Progress p = irm::progress(r);
        const Tally& art2 = section(p, "art2").tally;
        CHECK(art2.applicable == 6);  // q2_a, q2_a_gap, q2_b, q2_b_threshold, q2_c, q2_main_law_date
        CHECK(art2.answered == 1);
        CHECK(art2.required_missing == 3);  // q2_a_gap, q2_b, q2_c
        CHECK(p.missing.front()->id == "q2_a_gap");
    }

    TEST_CASE("an answer that applies is counted whatever its errors") {
        const Response r = untoc("  q2_a: maybe\n  q2_b_threshold: many\n");
        CHECK(r.count(irm::Severity::Error) == 2);
        const Progress p = irm::progress(r);
        CHECK(section(p, "art2").tally.answered == 2);
    }

    TEST_CASE("an answer to a question that does not apply is not counted") {
        const Response r = untoc("  q2_a: \"no\"\n  q2_a_law: [{title: Code}]\n");
        const Progress p = irm::progress(r);
        CHECK(section(p, "art2").tally.answered == 1);
        CHECK(section(p, "art2").tally.applicable == 6);
    }

    TEST_CASE("the percentage is rounded down to a tenth, and 100 when nothing applies") {
        CHECK(Tally{3, 1, 0}.percent() == doctest::Approx(33.3));
        CHECK(Tally{3, 2, 0}.percent() == doctest::Approx(66.6));
        CHECK(Tally{10000, 9999, 1}.percent() == doctest::Approx(99.9));
        CHECK(Tally{4, 4, 0}.percent() == doctest::Approx(100.0));
        CHECK(Tally{0, 0, 0}.percent() == doctest::Approx(100.0));
    }

    TEST_CASE("totals add up the sections, and the missing questions come in questionnaire order") {
        const Response r = irm::load_response(
            std::string(IRM_SOURCE_DIR) + "/examples/sylvania-untoc-c1-draft.yaml", shipped());
        const Progress p = irm::progress(r);
        Tally sum;
        for (const auto& s : p.sections) {
            sum.applicable += s.tally.applicable;
            sum.answered += s.tally.answered;
            sum.required_missing += s.tally.required_missing;
        }
        CHECK(sum.applicable == p.total.applicable);
        CHECK(sum.answered == p.total.answered);
        CHECK(sum.required_missing == p.total.required_missing);
        // The same counts as the completion that `irm validate --report` shows.
        const irm::Completion c = irm::completion(r);
        CHECK(c.applicable == p.total.applicable);
        CHECK(c.answered == p.total.answered);
        CHECK(c.required_missing == p.total.required_missing);
        CHECK(p.total.answered == 43);
        CHECK(p.total.applicable == 108);
        // The same 34 questions `irm validate --final` reports as IRM013.
        CHECK(p.missing.size() == 34);
        CHECK(p.missing.front()->id == "q2_a");
        const Tally& art5 = section(p, "art5").tally;
        CHECK(art5.required_missing == 0);
        CHECK(art5.answered == 18);
    }

    TEST_CASE("validate's reports and irm status round completion alike, down to a tenth") {
        const Response r = irm::load_response(
            std::string(IRM_SOURCE_DIR) + "/examples/sylvania-untoc-c1-draft.yaml", shipped());
        const irm::Completion c = irm::completion(r);
        REQUIRE(c.applicable == 108);
        CHECK(c.percent() == doctest::Approx(39.8));  // 43 of 108 is 39.81...
        CHECK(c.percent() == irm::progress(r).total.percent());
        CHECK(irm::Completion{1000, 999, 0}.percent() == doctest::Approx(99.9));  // never shown as done
    }

    TEST_CASE("a complete final response is at 100 percent with nothing missing") {
        const Response r = irm::load_response(
            std::string(IRM_SOURCE_DIR) + "/examples/freedonia-fir-c1-final.yaml", shipped());
        const Progress p = irm::progress(r);
        CHECK(p.total.answered == p.total.applicable);
        CHECK(p.total.percent() == doctest::Approx(100.0));
        CHECK(p.missing.empty());
    }

    TEST_CASE("a response without a known questionnaire has no progress") {
        const Response r = irm::check_response(
            "format: irm-response/1\nquestionnaire: nope\nversion: \"1\"\n"
            "state: X\nlanguage: en\nstatus: draft\n",
            "r.yaml", shipped());
        const Progress p = irm::progress(r);
        CHECK(p.sections.empty());
        CHECK(p.total.applicable == 0);
    }

}  // TEST_SUITE("status")
