// irm merge: bring the parts returned by the authorities back into one response.
#include "commands.hpp"
#include "common.hpp"
#include "render.hpp"

#include <irm/files.hpp>
#include <irm/parts.hpp>
#include <irm/response.hpp>
#include <irm/response_file.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>

namespace irm::cli {

namespace {

struct MergeOptions {
    Format format = Format::Text;
    std::vector<std::string> questionnaires;
    std::string base;
    std::vector<std::string> parts;
    std::string output;
    bool force = false;
    std::string language;
};

/// A count in words: "1 part", "2 parts". French says the singular for 0 and 1 as well.
std::string counted(std::size_t n, Key one, Key other, std::string_view language) {
    const bool singular = language == "fr" ? n <= 1 : n == 1;
    return message(singular ? one : other, language, {{"count", std::to_string(n)}});
}

int run(const MergeOptions& options) {
    const Wording wording = wording_of(options.language);
    const std::string& words = wording.general();
    auto registry = open_registry(options.questionnaires);
    std::error_code ec;
    if (!std::filesystem::exists(options.base, ec))
        throw RunError(message("merge.error.no-base"_key, words, {{"file", options.base}}));
    if (std::filesystem::is_directory(options.base, ec))
        throw RunError(message("merge.error.base-directory"_key, words, {{"file", options.base}}));
    std::vector<std::string> inputs{options.base};
    for (const auto& part : collect_inputs(options.parts, response_extensions()))
        inputs.push_back(part);
    if (inputs.size() == 1) throw RunError(message("merge.error.no-part"_key, words));
    for (const auto& input : inputs) {
        if (input == options.output || files::same_file(input, options.output))
            throw RunError(message("merge.error.output-is-input"_key, words, {{"output", options.output}}));
    }
    refuse_existing_output(options.output, options.force);

    std::vector<Response> responses;
    responses.reserve(inputs.size());
    for (const auto& input : inputs) {
        // A file named on the command line that cannot be read stops the run; one found in a
        // directory is a finding, and the others are still checked.
        const bool named = input == options.base || std::find(options.parts.begin(), options.parts.end(),
                                                              input) != options.parts.end();
        responses.push_back(named ? load_named_response(input, *registry) : load_response(input, *registry));
    }
    std::vector<const Response*> parts;
    for (std::size_t i = 1; i < responses.size(); ++i)
        parts.push_back(&responses[i]);
    MergeResult merged = merge_parts(responses.front(), parts, wording);
    // What is said of the merge as a whole is said in the base's language, as its findings are.
    const std::string language = wording.about(responses.front().language.value_or(""));
    if (merged.failure)
        throw RunError(message("merge.not-written"_key, language,
                               {{"output", options.output}, {"why", *merged.failure}}));
    const int errors = merged.errors();

    if (merged.text) must(files::write_atomically(options.output, *merged.text));

    Summary summary;
    std::optional<JsonReport> report;
    if (options.format == Format::Json) report.emplace(stdout);
    const bool colour = options.format == Format::Text && use_colour(stdout);
    for (std::size_t i = 0; i < responses.size(); ++i) {
        const Response& response = responses[i];
        FileResult result;
        result.file = response.file;
        result.questionnaire = response.questionnaire_id;
        result.version = response.version;
        result.state = response.state;
        result.status = response.status;
        result.source = response.document.shared_source();
        result.findings = std::move(merged.findings[i]);
        for (const Diagnostic& d : result.findings) {
            if (d.severity == Severity::Error) ++result.errors;
            if (d.severity == Severity::Warning) ++result.warnings;
        }
        summary.add(result, false);
        if (report)
            report->add(result);
        else
            print_findings(stdout, result, colour);
    }
    if (report) {
        report->finish(summary);
    } else if (merged.text) {
        const Response written = check_response(*merged.text, options.output, *registry);
        const auto left = static_cast<std::size_t>(written.count(Severity::Error)),
                   warnings = static_cast<std::size_t>(written.count(Severity::Warning));
        const std::string findings =
            left + warnings == 0
                ? message("merge.done.clean"_key, language)
                : message(
                      "merge.done.findings"_key, language,
                      {{"errors", counted(left, "merge.errors.one"_key, "merge.errors.other"_key, language)},
                       {"warnings",
                        counted(warnings, "merge.warnings.one"_key, "merge.warnings.other"_key, language)},
                       {"output", options.output}});
        const std::string line = message(
            "merge.done"_key, language,
            {{"parts", counted(parts.size(), "merge.parts.one"_key, "merge.parts.other"_key, language)},
             {"base", options.base},
             {"output", options.output},
             {"added", counted(merged.added, "merge.added.one"_key, "merge.added.other"_key, language)},
             {"changed",
              counted(merged.changed, "merge.changed.one"_key, "merge.changed.other"_key, language)},
             {"cleared",
              counted(merged.cleared, "merge.cleared.one"_key, "merge.cleared.other"_key, language)},
             {"findings", findings}});
        std::printf("%s\n", line.c_str());
    } else {
        const std::string count = counted(static_cast<std::size_t>(errors), "merge.errors.one"_key,
                                          "merge.errors.other"_key, language);
        const std::string line =
            merged.conflicts
                ? message("merge.refused.conflicts"_key, language,
                          {{"output", options.output},
                           {"errors", count},
                           {"conflicts", counted(merged.conflicts, "merge.conflicts.one"_key,
                                                 "merge.conflicts.other"_key, language)}})
                : message("merge.refused"_key, language, {{"output", options.output}, {"errors", count}});
        std::printf("%s\n", line.c_str());
    }
    return merged.text ? 0 : 1;
}

}  // namespace

void setup_merge(CLI::App& app, int& status) {
    auto options = std::make_shared<MergeOptions>();
    CLI::App* command = app.add_subcommand(
        "merge", "Apply the parts returned by the authorities onto the response they were split from");
    command
        ->add_option("-o,--output", options->output, "The merged response to write (not one of the inputs)")
        ->type_name("OUT")
        ->required();
    add_force_option(*command, options->force);
    add_format_option(*command, options->format);
    add_message_language_option(*command, options->language);
    add_questionnaires_option(*command, options->questionnaires);
    command->add_option("BASE", options->base, "The response the parts were split from")->required();
    command
        ->add_option("PART", options->parts,
                     "The parts as returned: files, or directories searched for response files")
        ->required();
    command->callback([options, &status] { status = run(*options); });
}

}  // namespace irm::cli
