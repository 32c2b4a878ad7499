#include "draft.hpp"

#include "common.hpp"
#include "render.hpp"

#include <irm/catalogue.hpp>
#include <irm/document.hpp>
#include <irm/files.hpp>
#include <irm/notes.hpp>
#include <irm/observations.hpp>
#include <irm/response.hpp>
#include <irm/response_file.hpp>

#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <optional>

namespace irm::cli {

namespace {

/// The format of the draft: --format, else the output's name, else Markdown on standard output.
std::string format_of(const DraftCommand& options) {
    if (!options.format.empty()) return options.format;
    if (options.output.empty()) return "md";
    if (std::string named = document_format(options.output); !named.empty()) return named;
    throw RunError(said("cli.error.draft-format"_key, {{"file", options.output}}));
}

/// Today's date, YYYY-MM-DD; SOURCE_DATE_EPOCH, when set, fixes it (reproducible drafts and tests).
std::string today() {
    std::time_t now = std::time(nullptr);
    std::tm parts{};
    const char* epoch = std::getenv("SOURCE_DATE_EPOCH");
    char* end = nullptr;
    const long long fixed = epoch && *epoch ? std::strtoll(epoch, &end, 10) : -1;
    if (fixed >= 0 && end && *end == '\0') {
        now = static_cast<std::time_t>(fixed);
        gmtime_r(&now, &parts);
    } else {
        localtime_r(&now, &parts);
    }
    char text[16];
    std::strftime(text, sizeof text, "%Y-%m-%d", &parts);
    return text;
}

FileResult result_of(const std::string& file, std::vector<Diagnostic> findings,
                     std::shared_ptr<const std::string> source) {
    FileResult result;
    result.file = file;
    result.findings = std::move(findings);
    result.source = std::move(source);
    return result;
}

}  // namespace

void add_draft_options(CLI::App& command, DraftCommand& options) {
    command
        .add_option("RESPONSE", options.response, "The response under review (.yaml, or a workbook .xlsx)")
        ->required();
    command
        .add_option("--notes", options.notes,
                    "The reviewing States' notes on it (format irm-notes/1, see docs/NOTES.md)")
        ->type_name("NOTES");
    with_choices(command
                     .add_option("--lang", options.language,
                                 "Language of the draft's headings and sentences (answers stay as written)")
                     ->transform(CLI::IsMember(catalogue_languages(), CLI::ignore_case))
                     ->default_str("en"),
                 catalogue_languages());
    with_choices(command
                     .add_option("--format", options.format,
                                 "docx (Word), html or md (Markdown); default: from the name given to -o, else md")
                     ->transform(CLI::IsMember({"docx", "html", "md"}, CLI::ignore_case)),
                 {"docx", "html", "md"});
    command
        .add_option("-o,--output", options.output,
                    "Write the draft to FILE (required for docx); default: standard output")
        ->type_name("FILE");
    add_force_option(command, options.force);
    add_questionnaires_option(command, options.questionnaires);
}

int run_draft(const DraftCommand& options, DraftKind kind) {
    const Wording wording = wording_of(options.language);
    if (!options.output.empty() &&
        (files::same_file(options.output, options.response) ||
         (!options.notes.empty() && files::same_file(options.output, options.notes))))
        throw RunError(said("cli.error.output-is-input"_key, {{"file", options.output}}));
    refuse_existing_output(options.output, options.force);
    const std::string format = format_of(options);
    if (format == "docx" && options.output.empty())
        throw RunError(said("cli.error.docx-to-file"_key));
    auto registry = open_registry(options.questionnaires);

    // The response: a draft needs its questionnaire; anything less stops here with its findings.
    const Response response = load_named_response(options.response, *registry, wording);
    const bool colour = use_colour(stderr);
    if (!response.questionnaire) {
        print_findings(stderr, result_of(response.file, response.findings, response.document.shared_source()),
                       colour);
        std::fprintf(stderr, "irm: %s\n", said("cli.error.draft-no-questionnaire"_key, {{"file", options.response}}).c_str());
        return 1;
    }

    // The notes: checked against the response; any error and nothing is written.
    std::optional<Notes> notes;
    if (!options.notes.empty()) {
        Result<std::string> notes_bytes = files::read(options.notes);
        if (!notes_bytes) throw RunError(said("cli.error.unreadable"_key, {{"file", options.notes}, {"why", notes_bytes.error()}}));
        notes = check_notes(std::move(*notes_bytes), options.notes, response, wording.about(response.language.value_or("")));
        if (!notes->findings.empty())
            print_findings(stderr, result_of(notes->file, notes->findings, notes->document.shared_source()),
                           colour);
        if (const int errors = notes->count(Severity::Error); errors > 0) {
            std::fprintf(stderr, "irm: %s\n", said("cli.error.draft-notes-errors"_key, {{"errors", counted_errors(errors)}}).c_str());
            return 1;
        }
    }

    if (const int errors = response.count(Severity::Error); errors > 0)
        std::fprintf(stderr, "irm: %s\n",
                     said("cli.warning.draft-response-errors"_key,
                          {{"file", options.response},
                           {"errors", counted_errors(errors)},
                           {"warnings", counted_warnings(response.count(Severity::Warning))}})
                         .c_str());

    DraftOptions draft_options;
    draft_options.language = options.language;
    draft_options.date = today();
    const ObservationDraft draft = review(response, notes ? &*notes : nullptr, draft_options);
    const doc::Document document =
        kind == DraftKind::Observations ? observations_document(draft) : summary_document(draft);

    if (kind == DraftKind::Summary && options.max_words > 0) {
        const std::size_t words = doc::count_words(document);
        if (words > static_cast<std::size_t>(options.max_words))
            std::fprintf(stderr, "irm: %s\n",
                         said("cli.warning.summary-words"_key,
                              {{"words", std::to_string(words)}, {"limit", std::to_string(options.max_words)}})
                             .c_str());
    }

    const std::string bytes = render_document(document, format);
    if (options.output.empty()) {
        if (std::fwrite(bytes.data(), 1, bytes.size(), stdout) != bytes.size())
            throw RunError(said("cli.error.stdout"_key));
        return 0;
    }
    must(files::write_atomically(options.output, bytes), said("cli.error.cannot-write"_key, {{"file", options.output}}));
    return 0;
}

}  // namespace irm::cli
