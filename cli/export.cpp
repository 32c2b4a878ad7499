// irm export: the answers of many responses as one Excel workbook, XML or JSON document.
#include "commands.hpp"
#include "common.hpp"

#include <irm/export.hpp>
#include <irm/files.hpp>
#include <irm/response.hpp>
#include <irm/response_file.hpp>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include <unistd.h>

namespace irm::cli {

namespace {

struct ExportOptions {
    std::string format;
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

/// The format named by --format, else the one the output file's name suggests.
ExportFormat format_of(const ExportOptions& options, const std::string& words) {
    // --format is checked by its option; the output's name is told by its ending, whatever its case.
    const auto named = [&](const char* format) {
        return options.format.empty() ? files::has_extension(options.output, std::string(".") + format)
                                      : options.format == format;
    };
    if (named("xlsx")) return ExportFormat::Xlsx;
    if (named("xml")) return ExportFormat::Xml;
    if (named("json")) return ExportFormat::Json;
    throw RunError(message("export.error.format"_key, words));
}

/// The first error of a response, to say why it was not exported.
std::string first_error(const Response& response, const std::string& words) {
    for (const Diagnostic& d : response.findings)
        if (d.severity == Severity::Error) return d.code + ": " + d.message;
    return message("export.no-questionnaire"_key, words);
}

int run(const ExportOptions& options) {
    const std::string words = wording_of(options.language).general();
    const ExportFormat format = format_of(options, words);
    if (format == ExportFormat::Xlsx && options.output.empty())
        throw RunError(message("export.error.xlsx-output"_key, words));

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

    // The output is checked before any work: a path that cannot be written
    // is exit status 2 at once, and an input is never overwritten.
    std::optional<files::TemporaryOutput> output;
    std::FILE* stream = stdout;
    if (!options.output.empty()) {
        for (const auto& input : inputs)
            if (files::same_file(input, options.output))
                throw RunError(message("export.error.input"_key, words, {{"file", input}}));
        refuse_existing_output(options.output, options.force);
        std::error_code ec;
        if (std::filesystem::is_directory(options.output, ec))
            throw RunError(message("export.error.directory"_key, words, {{"file", options.output}}));
        output.emplace(options.output);
        stream = std::fopen(output->path().c_str(), "wb");
        if (!stream)
            throw RunError(message("export.error.cannot-write"_key, words,
                                   {{"file", options.output}, {"why", std::strerror(errno)}}));
        if (format == ExportFormat::Xlsx) {
            // libxlsxwriter opens the file by its name when the workbook is closed.
            std::fclose(stream);
            stream = nullptr;
        }
    }
    const auto close_stream = [&] {
        if (stream && stream != stdout) std::fclose(stream);
        stream = nullptr;
    };

    bool errors = false;
    try {
        Export exporter({format, options.language, words});
        for (const auto& file : inputs) {
            const Response response = load_response(file, *registry, checking);
            const int count = response.count(Severity::Error);
            errors = errors || count > 0;
            if (!exporter.add(response)) {
                std::fprintf(stderr, "irm: %s\n",
                             message("export.not-exported"_key, words,
                                     {{"file", file}, {"why", first_error(response, words)}})
                                 .c_str());
                continue;
            }
            if (count > 0)
                std::fprintf(stderr, "irm: %s\n",
                             message(form(static_cast<std::size_t>(count), "export.flagged.one"_key,
                                          "export.flagged.other"_key, words),
                                     words, {{"file", file}, {"count", std::to_string(count)}})
                                 .c_str());
        }
        if (format == ExportFormat::Xlsx) {
            must(exporter.write(output->path()));
        } else {
            // A stream names no file: a failure to write it is said of the output asked for.
            const Done written = exporter.write(stream);
            if (!written)
                throw RunError(options.output.empty() ? message("export.error.stdout"_key, words)
                                                      : message("export.error.cannot-write-file"_key, words,
                                                                {{"file", options.output}}));
            if (stream != stdout && (std::fflush(stream) != 0 || ::fsync(::fileno(stream)) != 0))
                throw RunError(message("export.error.cannot-write"_key, words,
                                       {{"file", options.output}, {"why", std::strerror(errno)}}));
        }
        close_stream();
        for (const auto& note : exporter.notes())
            std::fprintf(stderr, "irm: note: %s\n", note.c_str());
    } catch (const RunError&) {
        close_stream();
        throw;
    } catch (const std::runtime_error& e) {
        close_stream();
        throw RunError(e.what());
    }
    if (output) must(output->commit());
    return errors ? 1 : 0;
}

}  // namespace

void setup_export(CLI::App& app, int& status) {
    auto options = std::make_shared<ExportOptions>();
    CLI::App* command = app.add_subcommand(
        "export", "Export the answers of many responses to one Excel workbook, XML or JSON document");
    with_choices(command
                     ->add_option("--format", options->format,
                                  "xlsx, xml or json (default: from the name given to -o)")
                     ->transform(CLI::IsMember({"xlsx", "xml", "json"}, CLI::ignore_case)),
                 {"xlsx", "xml", "json"});
    command
        ->add_option("-o,--output", options->output,
                     "File to write, whole or not at all (xml and json go to stdout without it)")
        ->type_name("FILE");
    add_force_option(*command, options->force);
    add_language_option(
        *command, options->language,
        "Language of question texts, labels, sheet names and headings (default: the language of "
        "messages, IRM_LANG or the locale, where a questionnaire has it, else its first language)");
    add_questionnaires_option(*command, options->questionnaires);
    add_response_paths(*command, options->paths);
    command->callback([options, &status] { status = run(*options); });
}

}  // namespace irm::cli
