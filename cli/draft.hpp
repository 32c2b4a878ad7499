// What `irm observations` and `irm summary` share: their options, reading the
// response and the reviewers' notes, and writing the draft in the format asked for.
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace irm::cli {

/// Which draft a command writes.
enum class DraftKind { Observations, Summary };

/// The options of a draft command.
struct DraftCommand {
    std::string response;
    std::string notes;
    std::string language = "en";
    std::string format;  ///< "docx", "html", "md", or empty to choose from the output's name
    std::string output;  ///< empty: standard output
    bool force = false;  ///< replace an output that exists
    std::vector<std::string> questionnaires;
    int max_words = 0;  ///< summary only; 0 when not given
};

/// Adds RESPONSE, --notes, --lang, --format, -o and --questionnaires.
void add_draft_options(CLI::App& command, DraftCommand& options);

/// Writes the draft; returns the exit status (1 when an input has errors that stop the draft).
int run_draft(const DraftCommand& options, DraftKind kind);

}  // namespace irm::cli
