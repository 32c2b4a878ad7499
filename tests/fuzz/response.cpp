// Fuzzing the response checker (check/, `irm validate`): any bytes, checked as a
// response file against the shipped questionnaires (and the tests' small one), loaded once; a response whose
// questionnaire is known is also drafted from (`irm observations`, `irm summary`),
// as a response with errors still is. Holds the findings to their invariants
// (IRM001-IRM021, IRM060 and IRM061 only), the waivers and the completion.
#include "findings.hpp"
#include "questionnaires.hpp"

#include <irm/document.hpp>
#include <irm/observations.hpp>
#include <irm/response.hpp>
#include <irm/response_check.hpp>

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    irm::fuzz::questionnaires();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string file = "response.yaml";
    irm::CheckOptions options;
    options.final = size % 2 == 1;  // both ways of checking, as `--final` asks or not
    const irm::Response response =
        irm::check_response(irm::fuzz::input(data, size), file, irm::fuzz::questionnaires(), options);
    const irm::fuzz::Lines lines(response.document.source());
    irm::fuzz::check_findings(response.findings,
                              {file, {"IRM001-IRM004", "IRM010-IRM021", "IRM060", "IRM061"}, &lines, true});
    IRM_FUZZ_CHECK(response.source == irm::ResponseSource::Yaml, "a YAML response is read as YAML");
    for (const irm::Waiver& waiver : response.waivers)
        IRM_FUZZ_CHECK(lines.inside(waiver.position), "a waiver is inside the file");
    if (!response.questionnaire) return 0;

    const irm::Questionnaire& q = *response.questionnaire;
    IRM_FUZZ_CHECK(response.answers.size() == q.questions.size(), "every question has its answer's state");
    for (std::size_t i = 0; i < q.questions.size(); ++i) {
        const irm::AnswerState& answer = response.answers[i];
        IRM_FUZZ_CHECK(response.answer(q.questions[i].id) == &answer, "an answer is found by its question");
        IRM_FUZZ_CHECK(!answer.well_formed || answer.answered, "a well-formed answer is an answer");
        if (answer.node) IRM_FUZZ_CHECK(lines.inside(answer.node->position), "an answer is inside the file");
    }
    const irm::Completion done = irm::completion(response);
    IRM_FUZZ_CHECK(0 <= done.answered && done.answered <= done.applicable, "answered questions apply");
    IRM_FUZZ_CHECK(0 <= done.required_missing && done.required_missing <= done.applicable,
                   "missing required answers apply");
    IRM_FUZZ_CHECK(0 <= done.percent() && done.percent() <= 100, "completion is a percentage");

    // The reviewers' drafts of this response, in both languages of the catalogue by turns.
    irm::DraftOptions draft;
    draft.language = size % 3 == 0 ? "fr" : "en";
    draft.date = "2024-05-17";
    const irm::ObservationDraft review = irm::review(response, nullptr, draft);
    IRM_FUZZ_CHECK(review.articles.size() == q.sections.size(), "a draft has every article");
    const std::string observations = irm::doc::to_markdown(irm::observations_document(review));
    const std::string summary = irm::doc::to_html(irm::summary_document(review));
    IRM_FUZZ_CHECK(irm::fuzz::utf8(observations) && irm::fuzz::utf8(summary), "drafts are UTF-8 text");
    return 0;
}
