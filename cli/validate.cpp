// irm validate: check responses against their questionnaires.
#include "commands.hpp"
#include "common.hpp"
#include "render.hpp"

#include <irm/response.hpp>

#include <unistd.h>

namespace irm::cli {

namespace {

struct ValidateOptions {
    bool final = false;
    bool strict = false;
    Format format = Format::Text;
    std::vector<std::string> questionnaires;
    std::vector<std::string> paths;
};

FileResult validate_one(const std::string& file, const Registry& registry, const CheckOptions& options) {
    Response response = load_response(file, registry, options);
    FileResult result;
    result.file = file;
    result.questionnaire = response.questionnaire_id;
    result.version = response.version;
    result.state = response.state;
    result.status = response.status;
    result.errors = response.count(Severity::Error);
    result.warnings = response.count(Severity::Warning);
    result.source = response.document.shared_source();
    result.findings = std::move(response.findings);
    // The status in the report is the file's own word, even when it is not a valid one.
    if (!result.status && response.document.root() && response.document.root()->is_map())
        if (const yaml::Node* status = response.document.root()->find("status"); status && status->is_scalar())
            result.status = status->text;
    return result;
}

int run(const ValidateOptions& options) {
    auto registry = open_registry(options.questionnaires);
    const auto inputs = collect_inputs(options.paths, response_extensions());
    for (const auto& path : options.paths)
        if (std::find(inputs.begin(), inputs.end(), path) != inputs.end() && ::access(path.c_str(), R_OK) != 0)
            throw RunError("cannot read '" + path + "': permission denied");

    CheckOptions check;
    check.final = options.final;
    const bool colour = options.format == Format::Text && use_colour(stdout);
    std::optional<JsonReport> report;
    if (options.format == Format::Json) report.emplace(stdout);

    Summary summary;
    for (const auto& file : inputs) {
        FileResult result = validate_one(file, *registry, check);
        summary.add(result, options.strict);
        if (report)
            report->add(result);
        else
            print_findings(stdout, result, colour);
    }
    if (report)
        report->finish(summary);
    else
        print_summary(stdout, summary, "response");
    const bool failed = summary.errors > 0 || (options.strict && summary.warnings > 0);
    return failed ? 1 : 0;
}

}  // namespace

void setup_validate(CLI::App& app, int& status) {
    auto options = std::make_shared<ValidateOptions>();
    CLI::App* command = app.add_subcommand("validate", "Check responses against their questionnaires");
    command->add_flag("--final", options->final, "Check every response as final: required questions must be answered");
    command->add_flag("--strict", options->strict, "Count warnings as errors for the exit status");
    add_format_option(*command, options->format);
    add_questionnaires_option(*command, options->questionnaires);
    command->add_option("PATH", options->paths, "Response files, or directories searched for *.yaml and *.yml")
        ->required();
    command->callback([options, &status] { status = run(*options); });
}

}  // namespace irm::cli
