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
};

std::string plural(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

int run(const MergeOptions& options) {
    auto registry = open_registry(options.questionnaires);
    std::error_code ec;
    if (!std::filesystem::exists(options.base, ec))
        throw RunError("cannot read '" + options.base + "': no such file or directory");
    if (std::filesystem::is_directory(options.base, ec))
        throw RunError("'" + options.base +
                       "' is a directory; BASE is the response the parts were split from");
    std::vector<std::string> inputs{options.base};
    for (const auto& part : collect_inputs(options.parts, response_extensions()))
        inputs.push_back(part);
    if (inputs.size() == 1) throw RunError("no part to merge: the directories given hold no response file");
    for (const auto& input : inputs) {
        if (input == options.output || files::same_file(input, options.output))
            throw RunError("-o " + options.output +
                           " is one of the inputs; write the merged response to a new file");
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
    MergeResult merged = merge_parts(responses.front(), parts);
    if (merged.failure) throw RunError(options.output + " not written: " + *merged.failure);
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
        const int left = written.count(Severity::Error), warnings = written.count(Severity::Warning);
        std::printf(
            "merged %s onto %s into %s: %s added, %zu changed, %zu cleared; %s\n",
            plural(parts.size(), "part", "parts").c_str(), options.base.c_str(), options.output.c_str(),
            plural(merged.added, "answer", "answers").c_str(), merged.changed, merged.cleared,
            left + warnings == 0 ? "it has no finding"
                                 : (plural(static_cast<std::size_t>(left), "error", "errors") + " and " +
                                    plural(static_cast<std::size_t>(warnings), "warning", "warnings") +
                                    ": irm validate " + options.output + " shows them")
                                       .c_str());
    } else {
        std::printf("%s not written: %s%s\n", options.output.c_str(),
                    plural(static_cast<std::size_t>(errors), "error", "errors").c_str(),
                    merged.conflicts
                        ? (", of which " + plural(merged.conflicts, "conflict", "conflicts")).c_str()
                        : "");
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
    add_questionnaires_option(*command, options->questionnaires);
    command->add_option("BASE", options->base, "The response the parts were split from")->required();
    command
        ->add_option("PART", options->parts,
                     "The parts as returned: files, or directories searched for response files")
        ->required();
    command->callback([options, &status] { status = run(*options); });
}

}  // namespace irm::cli
