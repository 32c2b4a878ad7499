// review/: the reviewers' first drafts: the list of observations and its summary,
// drawn from a response and the reviewers' notes by named rules. Every point
// says which answers it comes from; nothing is invented.
#pragma once

#include <irm/catalogue.hpp>
#include <irm/document.hpp>
#include <irm/notes.hpp>
#include <irm/questionnaire.hpp>
#include <irm/response.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace irm {

/// Where a point goes in the drafts: successes, points for the dialogue, or what the
/// State reported on a provision that leaves it a choice (consider, optional, savings,
/// or which of several alternatives it took), which is never a gap.
enum class DraftPart { Successes, Points, Information };

/// A rule that draws points from the answers: its id, its sentence in the
/// catalogue, and the heading its points go under.
struct DraftRule {
    std::string_view id;
    Key message;
    DraftPart part;
};

/// Every rule, in the order their points are listed for one question.
const std::vector<DraftRule>& draft_rules();

/// One point of a draft: a sentence, the rule that made it ("notes" for the
/// reviewers' own words, "answers" for what the State says of its needs) and
/// the questions it comes from.
struct Observation {
    std::string rule;
    std::string text;
    std::vector<std::string> sources;
    std::string lead;  ///< a label set before the text ("Reviewing States:"), or empty
};

/// The points drawn for one article (one section of the questionnaire).
struct ArticleReview {
    const Section* section = nullptr;
    bool applicable = true;                ///< the section's show_if holds
    std::vector<Observation> successes;    ///< drawn from the answers, then the notes' good practices
    std::vector<Observation> points;       ///< points for the dialogue, with the reviewers' comments
    std::vector<Observation> information;  ///< provisions that leave the State a choice: what it chose
    std::vector<Observation> challenges;   ///< the notes' challenges
    std::vector<Observation> suggestions;  ///< the notes' suggestions
    std::vector<Observation> ta_status;    ///< what the State says of its needs as a whole
    std::vector<Observation> ta_stated;    ///< each need the State describes
    std::vector<Observation> ta_noted;     ///< each need the reviewers identified
    std::vector<Observation> cases;        ///< each court case the State cites: court, reference, date
};

/// How a draft is written.
struct DraftOptions {
    std::string language = "en";  ///< "en" or "fr": fixed texts and choice labels
    std::string date;             ///< date of the draft, YYYY-MM-DD (the notes' own date wins)
};

/// The analysis behind both drafts, independent of any output format.
struct ObservationDraft {
    const Response* response = nullptr;
    const Notes* notes = nullptr;  ///< may be null
    DraftOptions options;
    std::vector<ArticleReview> articles;  ///< one per section, in questionnaire order
};

/// Applies the rules to a response (which must have a questionnaire) and
/// gathers the reviewers' notes, if any, article by article.
ObservationDraft review(const Response& response, const Notes* notes, const DraftOptions& options);

/// The draft list of observations: title block, then per article the
/// provisions, what the State reported, points for the dialogue, the
/// reviewers' observations and the technical assistance needs.
doc::Document observations_document(const ObservationDraft& draft);

/// The draft summary: successes and good practices, challenges and issues, the
/// court decisions cited as examples of implementation, technical assistance
/// needs, in short bullets across articles.
doc::Document summary_document(const ObservationDraft& draft);

}  // namespace irm
