// irm aggregate: counts across States, as a document (Markdown, HTML, Word) or an Excel workbook with charts.
#include "commands.hpp"
#include "common.hpp"

#include <irm/aggregate.hpp>
#include <irm/files.hpp>
#include <irm/response.hpp>
#include <irm/response_file.hpp>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <set>

#include <unistd.h>

namespace irm::cli {

namespace {

struct AggregateOptions {
    std::string output;
    bool force = false;
    std::string language;
    std::vector<std::string> questionnaires;
    std::vector<std::string> paths;
};

std::string first_error(const Response& response) {
    for (const Diagnostic& d : response.findings)
        if (d.severity == Severity::Error) return d.code + ": " + d.message;
    return "no questionnaire to read it with";
}

int run(const AggregateOptions& options) {
    const bool workbook = files::has_extension(options.output, ".xlsx");
    const std::string format = options.output.empty() ? "md" : document_format(options.output);
    if (!workbook && format.empty())
        throw RunError("cannot tell what to write to " + options.output +
                       ": name it FILE.md, FILE.html, FILE.docx or FILE.xlsx");

    auto registry = open_registry(options.questionnaires);
    const auto inputs = collect_inputs(options.paths, response_extensions());
    for (const auto& path : options.paths)
        if (std::find(inputs.begin(), inputs.end(), path) != inputs.end() &&
            ::access(path.c_str(), R_OK) != 0)
            throw RunError("cannot read '" + path + "': permission denied");

    std::optional<files::TemporaryOutput> output;
    if (!options.output.empty()) {
        for (const auto& input : inputs)
            if (files::same_file(input, options.output))
                throw RunError("refusing to overwrite the input " + input + " with the counts");
        refuse_existing_output(options.output, options.force);
        std::error_code ec;
        if (std::filesystem::is_directory(options.output, ec))
            throw RunError("cannot write " + options.output + ": is a directory");
        // Fail before the work when the place cannot be written.
        output.emplace(options.output);
        std::FILE* probe = std::fopen(output->path().c_str(), "wb");
        if (!probe) throw RunError("cannot write " + options.output + ": " + std::strerror(errno));
        std::fclose(probe);
    }

    Aggregation aggregation;
    bool errors = false;
    std::set<std::pair<std::string, std::string>>
        seen;  // questionnaire + version + State, to warn of doubles
    for (const auto& file : inputs) {
        const Response response = load_response(file, *registry);
        const int count = response.count(Severity::Error);
        errors = errors || count > 0;
        if (!aggregation.add(response)) {
            std::fprintf(stderr, "irm: %s: not counted: %s\n", file.c_str(), first_error(response).c_str());
            continue;
        }
        if (count > 0)
            std::fprintf(stderr, "irm: %s: counted with %d error%s as written (irm validate %s lists them)\n",
                         file.c_str(), count, count == 1 ? "" : "s", file.c_str());
        const std::string key = *response.questionnaire_id + " " + *response.version;
        if (!seen.insert({key, response.state.value_or(file)}).second)
            std::fprintf(stderr, "irm: %s: %s answered %s more than once; each response is counted\n",
                         file.c_str(), response.state.value_or(file).c_str(), key.c_str());
    }

    const auto blocks = aggregation.blocks();
    if (workbook) {
        std::vector<std::string> notes;
        must(write_aggregate_xlsx(blocks, options.language, output->path(), &notes));
        for (const std::string& note : notes)
            std::fprintf(stderr, "irm: note: %s\n", note.c_str());
    } else {
        const std::string bytes = render_document(aggregate_document(blocks, options.language), format);
        if (output) {
            must(files::write_atomically(output->path(), bytes));
        } else {
            std::fwrite(bytes.data(), 1, bytes.size(), stdout);
        }
    }
    if (output) must(output->commit());
    return errors ? 1 : 0;
}

}  // namespace

void setup_aggregate(CLI::App& app, int& status) {
    auto options = std::make_shared<AggregateOptions>();
    CLI::App* command = app.add_subcommand(
        "aggregate", "Count answers across States: per question, per article, technical-assistance needs");
    command
        ->add_option("-o,--output", options->output,
                     "FILE.md, FILE.html, FILE.docx (Word) or FILE.xlsx (a workbook with charts), "
                     "written whole or not at all (default: Markdown on stdout)")
        ->type_name("FILE");
    add_force_option(*command, options->force);
    add_language_option(*command, options->language,
                        "Language of headings, question texts and labels (default: each questionnaire's "
                        "first language)");
    add_questionnaires_option(*command, options->questionnaires);
    add_response_paths(*command, options->paths);
    command->callback([options, &status] { status = run(*options); });
}

}  // namespace irm::cli
