// Fuzzing the reviewers' notes (review/): any bytes, checked as a notes file against
// the complete example response, loaded once; notes without errors are drafted from
// with that response (`irm observations --notes`, `irm summary --notes`). Holds the
// findings to their invariants (IRM001, IRM004 and IRM040-IRM044 only), and the
// notes read to the articles and questions of the questionnaire.
#include "findings.hpp"
#include "questionnaires.hpp"

#include <irm/document.hpp>
#include <irm/notes.hpp>
#include <irm/observations.hpp>
#include <irm/response.hpp>
#include <irm/response_file.hpp>

#include <cstddef>
#include <cstdint>
#include <string>

namespace {

/// The complete example response the notes review, checked against the shipped questionnaires.
const irm::Response& reviewed() {
    static const irm::Response response = irm::load_response(
        IRM_SOURCE_DIR "/examples/freedonia-untoc-c1-final.yaml", irm::fuzz::questionnaires());
    IRM_FUZZ_CHECK(response.questionnaire != nullptr && response.findings.empty(),
                   "the example response reads without a finding");
    return response;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    reviewed();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string file = "notes.yaml";
    const irm::Response& response = reviewed();
    const irm::Notes notes = irm::check_notes(irm::fuzz::input(data, size), file, response);
    const irm::fuzz::Lines lines(notes.document.source());
    irm::fuzz::check_findings(notes.findings, {file, {"IRM001", "IRM004", "IRM040-IRM044"}, &lines, true});
    if (notes.count(irm::Severity::Error) > 0) return 0;

    const irm::Questionnaire& q = *response.questionnaire;
    for (const irm::ArticleNotes& article : notes.articles) {
        bool reviewed_article = false;
        for (const irm::Section& section : q.sections)
            reviewed_article = reviewed_article || section.article == article.article;
        IRM_FUZZ_CHECK(reviewed_article, "notes without errors name the questionnaire's articles");
        IRM_FUZZ_CHECK(notes.article(article.article) != nullptr, "an article's notes are found");
    }
    for (const irm::QuestionNotes& question : notes.questions)
        IRM_FUZZ_CHECK(q.find(question.question) != nullptr,
                       "notes without errors name the questionnaire's questions");

    irm::DraftOptions draft;
    draft.language = size % 2 == 1 ? "fr" : "en";
    draft.date = "2024-05-17";
    const irm::ObservationDraft review = irm::review(response, &notes, draft);
    IRM_FUZZ_CHECK(review.articles.size() == q.sections.size(), "a draft has every article");
    const std::string observations = irm::doc::to_html(irm::observations_document(review));
    const std::string summary = irm::doc::to_markdown(irm::summary_document(review));
    IRM_FUZZ_CHECK(irm::fuzz::utf8(observations) && irm::fuzz::utf8(summary), "drafts are UTF-8 text");
    return 0;
}
