// irm summary: the first draft of the summary of the list of observations.
#include "commands.hpp"
#include "draft.hpp"

#include <limits>
#include <memory>

namespace irm::cli {

void setup_summary(CLI::App& app, int& status) {
    auto options = std::make_shared<DraftCommand>();
    CLI::App* command = app.add_subcommand(
        "summary", "Draft the summary: successes, challenges and technical assistance needs across articles");
    add_draft_options(*command, *options);
    command->add_option("--max-words", options->max_words, "Warn when the summary is longer than N words")
        ->type_name("N")
        ->check(CLI::Range(1, std::numeric_limits<int>::max()).description(""));
    command->footer(
        "Words are counted without the citation suffixes [question ids], which are for the reviewers.");
    command->callback([options, &status] { status = run_draft(*options, DraftKind::Summary); });
}

}  // namespace irm::cli
