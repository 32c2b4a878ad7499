// irm import: a filled workbook back into a response file.
#include "commands.hpp"
#include "common.hpp"
#include "render.hpp"

#include <irm/catalogue.hpp>
#include <irm/files.hpp>
#include <irm/workbook_import.hpp>

#include <cstdio>

namespace irm::cli {

namespace {

struct ImportOptions {
    std::string workbook;
    std::string output;
    bool force = false;
    std::string lang;  ///< of the messages: else the workbook's own language, else the environment's
    std::vector<std::string> questionnaires;
};

int run(const ImportOptions& options) {
    const Wording wording = wording_of(options.lang);
    const std::string& language = wording.general();
    const auto registry = open_registry(options.questionnaires);
    if (!options.output.empty() && files::same_file(options.workbook, options.output))
        throw RunError(message("import.run.output-is-input"_key, language, {{"file", options.workbook}}));
    refuse_existing_output(options.output, options.force);
    Result<std::string> bytes = files::read(options.workbook);
    if (!bytes)
        throw RunError(message("import.run.cannot-read"_key, language,
                               {{"file", options.workbook}, {"reason", bytes.error()}}));
    WorkbookImportOptions reading;
    reading.wording = wording;
    reading.output = options.output;
    ImportedWorkbook imported = import_workbook(std::move(*bytes), options.workbook, *registry, reading);

    // Findings go to stderr: stdout may be the response itself.
    FileResult result;
    result.file = options.workbook;
    result.findings = imported.findings;
    print_findings(stderr, result, use_colour(stderr));
    if (imported.failed()) return 1;
    if (options.output.empty())
        std::fwrite(imported.yaml.data(), 1, imported.yaml.size(), stdout);
    else
        must(files::write_atomically(options.output, imported.yaml));
    return 0;
}

}  // namespace

void setup_import(CLI::App& app, int& status) {
    auto options = std::make_shared<ImportOptions>();
    CLI::App* command =
        app.add_subcommand("import", "Turn a workbook filled offline back into a response file");
    command->add_option("WORKBOOK", options->workbook, "A workbook written by irm template, filled in")
        ->required();
    command
        ->add_option("-o,--output", options->output, "Write the response to FILE instead of standard output")
        ->type_name("FILE");
    add_force_option(*command, options->force);
    add_message_language_option(*command, options->lang);
    add_questionnaires_option(*command, options->questionnaires);
    command->callback([options, &status] { status = run(*options); });
}

}  // namespace irm::cli
