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

/// The form of a text for a count: `one` for 1, and in French for 0 as well.
Key form(std::size_t n, Key one, Key other, std::string_view language) {
    return (language == "fr" ? n <= 1 : n == 1) ? one : other;
}

std::string first_error(const Response& response, const std::string& words) {
    for (const Diagnostic& d : response.findings)
        if (d.severity == Severity::Error) return d.code + ": " + d.message;
    return message("export.no-questionnaire"_key, words);
}

int run(const AggregateOptions& options) {
    const std::string words = wording_of(options.language).general();
    const bool workbook = files::has_extension(options.output, ".xlsx");
    const std::string format = options.output.empty() ? "md" : document_format(options.output);
    if (!workbook && format.empty())
        throw RunError(message("aggregate.error.format"_key, words, {{"file", options.output}}));

    auto registry = open_registry(options.questionnaires);
    // Spreadsheets and documents in the folders are each a finding; other files are counted.
    std::size_t skipped = 0;
    const auto inputs = collect_inputs(options.paths, response_search_extensions(), &skipped);
    report_skipped(skipped);
    CheckOptions checking;
    checking.wording = wording_of(options.language);
    for (const auto& path : options.paths)
        if (std::find(inputs.begin(), inputs.end(), path) != inputs.end() &&
            ::access(path.c_str(), R_OK) != 0)
            throw RunError(message("export.error.permission"_key, words, {{"file", path}}));

    std::optional<files::TemporaryOutput> output;
    if (!options.output.empty()) {
        for (const auto& input : inputs)
            if (files::same_file(input, options.output))
                throw RunError(message("aggregate.error.input"_key, words, {{"file", input}}));
        refuse_existing_output(options.output, options.force);
        std::error_code ec;
        if (std::filesystem::is_directory(options.output, ec))
            throw RunError(message("export.error.directory"_key, words, {{"file", options.output}}));
        // Fail before the work when the place cannot be written.
        output.emplace(options.output);
        std::FILE* probe = std::fopen(output->path().c_str(), "wb");
        if (!probe)
            throw RunError(message("export.error.cannot-write"_key, words,
                                   {{"file", options.output}, {"why", std::strerror(errno)}}));
        std::fclose(probe);
    }

    Aggregation aggregation;
    bool errors = false;
    std::set<std::pair<std::string, std::string>>
        seen;  // questionnaire + version + State, to warn of doubles
    for (const auto& file : inputs) {
        const Response response = load_response(file, *registry, checking);
        const int count = response.count(Severity::Error);
        errors = errors || count > 0;
        if (!aggregation.add(response)) {
            std::fprintf(stderr, "irm: %s\n",
                         message("aggregate.not-counted"_key, words,
                                 {{"file", file}, {"why", first_error(response, words)}})
                             .c_str());
            continue;
        }
        if (count > 0)
            std::fprintf(stderr, "irm: %s\n",
                         message(form(static_cast<std::size_t>(count), "aggregate.flagged-run.one"_key,
                                      "aggregate.flagged-run.other"_key, words),
                                 words, {{"file", file}, {"count", std::to_string(count)}})
                             .c_str());
        const std::string key = *response.questionnaire_id + " " + *response.version;
        if (!seen.insert({key, response.state.value_or(file)}).second)
            std::fprintf(
                stderr, "irm: %s\n",
                message("aggregate.twice"_key, words,
                        {{"file", file}, {"state", response.state.value_or(file)}, {"questionnaire", key}})
                    .c_str());
    }

    const auto blocks = aggregation.blocks();
    if (workbook) {
        std::vector<std::string> notes;
        must(write_aggregate_xlsx(blocks, words, output->path(), &notes));
        for (const std::string& note : notes)
            std::fprintf(stderr, "irm: note: %s\n", note.c_str());
    } else {
        const std::string bytes = render_document(aggregate_document(blocks, words), format);
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
                        "Language of headings, question texts and labels (default: the language of messages, "
                        "IRM_LANG or the locale, where a questionnaire has it, else its first language)");
    add_questionnaires_option(*command, options->questionnaires);
    add_response_paths(*command, options->paths);
    command->callback([options, &status] { status = run(*options); });
}

}  // namespace irm::cli
