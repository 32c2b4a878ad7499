// irm observations: the reviewing States' first draft of the list of observations.
#include "commands.hpp"
#include "draft.hpp"

#include <memory>

namespace irm::cli {

void setup_observations(CLI::App& app, int& status) {
    auto options = std::make_shared<DraftCommand>();
    CLI::App* command = app.add_subcommand(
        "observations",
        "Draft the list of observations on a response, article by article, for the reviewing States");
    add_draft_options(*command, *options);
    command->footer(
        "Every sentence drawn from the answers ends with the ids of the questions it comes from.\n"
        "A response with errors still gives a draft (with a warning); notes with errors give none (exit "
        "status 1).");
    command->callback([options, &status] { status = run_draft(*options, DraftKind::Observations); });
}

}  // namespace irm::cli
