// irm schema: the JSON Schema of responses to one questionnaire, for editors.
#include "commands.hpp"
#include "common.hpp"

#include <irm/files.hpp>
#include <irm/schema.hpp>
#include <irm/text.hpp>

#include <cstdio>

namespace irm::cli {

namespace {

struct SchemaOptions {
    std::string questionnaire;
    std::string version;
    std::string language;
    std::string output;
    bool force = false;
    std::vector<std::string> questionnaires;
};

int run(const SchemaOptions& options) {
    const auto registry = open_registry(options.questionnaires);
    const Questionnaire& questionnaire =
        find_questionnaire(*registry, options.questionnaire, options.version);
    const std::string language =
        options.language.empty() ? questionnaire.languages.front() : options.language;
    if (!questionnaire.has_language(language))
        throw RunError(said("cli.error.questionnaire-language"_key,
                            {{"id", questionnaire.id},
                             {"language", language},
                             {"languages", text::join(questionnaire.languages, ", ")}}));
    refuse_existing_output(options.output, options.force);
    const std::string schema = response_schema(questionnaire, language);
    if (options.output.empty()) {
        std::fwrite(schema.data(), 1, schema.size(), stdout);
    } else {
        must(files::write_atomically(options.output, schema));
    }
    return 0;
}

}  // namespace

void setup_schema(CLI::App& app, int& status) {
    auto options = std::make_shared<SchemaOptions>();
    CLI::App* command = app.add_subcommand(
        "schema",
        "Write the JSON Schema of responses to a questionnaire, for completion and checks in editors");
    command->add_option("QUESTIONNAIRE_ID", options->questionnaire, "The questionnaire, e.g. untoc-c1")
        ->required();
    command->add_option("--version", options->version, "Its version (default: the newest loaded)");
    add_language_option(*command, options->language,
                        "Language of the descriptions (default: the source language)");
    command->add_option("-o,--output", options->output, "Write to FILE instead of standard output")
        ->type_name("FILE");
    add_force_option(*command, options->force);
    add_questionnaires_option(*command, options->questionnaires);
    command->callback([options, &status] { status = run(*options); });
}

}  // namespace irm::cli
