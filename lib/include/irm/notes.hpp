// review/: the reviewer notes file (`format: irm-notes/1`): what the reviewing States
// observe on a response, article by article and question by question, for the
// drafts of the list of observations and its summary (docs/NOTES.md).
#pragma once

#include <irm/answers.hpp>
#include <irm/diagnostic.hpp>
#include <irm/response.hpp>
#include <irm/yaml.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace irm {

/// One observation of the reviewers, with the questions it is about (may be none).
struct NoteItem {
    std::string text;
    std::vector<std::string> questions;
};

/// A technical-assistance need the reviewers identified.
struct NoteNeed {
    TaNeed need;
    std::vector<std::string> questions;
};

/// The reviewers' notes on one article.
struct ArticleNotes {
    std::string article;  ///< as the questionnaire's sections name it, e.g. "5"
    std::vector<NoteItem> good_practices, challenges, suggestions;
    std::vector<NoteNeed> ta_needs;
};

/// The reviewers' comments on one question.
struct QuestionNotes {
    std::string question;
    std::vector<NoteItem> comments;
};

/// A notes file, read and checked against the response it reviews.
struct Notes {
    std::string file;
    yaml::Document document;
    std::optional<std::string> questionnaire_id, version, state;
    std::vector<std::string> reviewers;                    ///< the reviewing States
    std::optional<std::string> received, dialogue, draft;  ///< dates, YYYY-MM-DD
    std::vector<ArticleNotes> articles;                    ///< in the order written
    std::vector<QuestionNotes> questions;                  ///< in the order written
    std::vector<Diagnostic> findings;                      ///< sorted by position

    /// Number of findings of a severity.
    int count(Severity severity) const;
    /// The notes on an article, or nullptr.
    const ArticleNotes* article(std::string_view article) const;
    /// The comments on a question, or nullptr.
    const QuestionNotes* question(std::string_view id) const;
};

/// Parses notes held in memory and checks them against the response they
/// review: the questionnaire, version and State must be the response's, and
/// every article and question id must be the questionnaire's (IRM040–IRM044).
/// `response` must have a questionnaire. The findings' messages are in `language`.
Notes check_notes(std::string bytes, std::string file, const Response& response,
                  std::string_view language = "en");

/// Reads and checks a notes file; a file that cannot be read gives notes whose only finding is IRM005.
Notes load_notes(const std::string& path, const Response& response, std::string_view language = "en");

/// The `format` value of notes files.
constexpr std::string_view notes_format = "irm-notes/1";

}  // namespace irm
