// analysis/: comparing two responses of one State to one questionnaire, from one review
// cycle to the next: what was added, removed, changed, and how requirements moved.
#pragma once

#include <irm/document.hpp>
#include <irm/response.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace irm {

/// Formats of `irm diff`: Markdown, HTML and Word are renderings of one document (diff_document).
enum class DiffFormat { Text, Json, Markdown, Html, Docx };

/// Which response one side of a comparison is.
struct DiffSide {
    std::string file, state, questionnaire, version;
    std::optional<std::string> status;
    int errors = 0;
};

/// Where a question sits, as the comparison names it.
struct DiffQuestion {
    std::string id, article, provision, type;
    /// As a person reads it, in the diff's language: its provision (else its article) in words, a
    /// short label and the id, "article 5, paragraph 1 (b) — leading a group [q5_1b]".
    std::string words;
};

/// An answer present on one side only, or different on both; texts as people read them (labels, citations,
/// rows).
struct AnswerChange {
    DiffQuestion question;
    std::string before, after;  ///< empty on the side where the answer is absent
    bool new_question = false;  ///< the old response's questionnaire version does not have the question
    bool items = false;         ///< citations or rows: before and after hold only the items that differ
};

/// A requirement whose answer moved on the scale no < yes in part < yes.
struct RequirementMove {
    DiffQuestion question;
    std::string before_value, after_value;  ///< choice values
    std::string before, after;              ///< their labels
    bool progress = false;                  ///< moved up the scale (binding provisions only)
    /// The provision leaves the State a choice: an optional measure, one to consider, a savings
    /// clause, or an alternative whose group is met as well (or as little) before as after. Such a
    /// move is neither progress nor a step back.
    bool choice = false;
};

/// A technical-assistance need that one side has and the other does not.
struct NeedChange {
    DiffQuestion question;
    std::string category, label, priority, description;
};

/// A question of the old response's version that the new version no longer has.
struct DroppedQuestion {
    DiffQuestion question;
    std::string before;  ///< the old answer, empty when there was none
};

/// Everything that differs between an old and a new response.
struct ResponseDiff {
    DiffSide before, after;
    std::string language;  ///< of the labels
    std::vector<RequirementMove> moved;
    std::vector<AnswerChange> added, removed, changed;
    std::vector<NeedChange> needs_added, needs_dropped;
    std::vector<DroppedQuestion> dropped_questions;

    /// Whether the two responses say the same.
    bool same() const;
};

/// Compares two checked responses whose questionnaires are known (possibly
/// different versions); labels are in `language` where the new questionnaire
/// has it, else in its first language. Questions are matched by id.
ResponseDiff compare_responses(const Response& before, const Response& after, std::string_view language);

/// A comparison as a document: the two responses, then a section with a table for each kind of change.
doc::Document diff_document(const ResponseDiff& diff);

/// Renders a comparison as text, JSON, Markdown, HTML or Word (the bytes of a .docx); throws
/// std::runtime_error when the Word document cannot be built.
std::string render_diff(const ResponseDiff& diff, DiffFormat format);

}  // namespace irm
