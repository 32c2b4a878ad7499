// irm diff: what changed in one State's answers from one cycle to the next.
#include "commands.hpp"
#include "common.hpp"

#include <irm/diff.hpp>
#include <irm/files.hpp>
#include <irm/response.hpp>
#include <irm/response_file.hpp>
#include <irm/text.hpp>

#include <filesystem>

namespace irm::cli {

namespace {

struct DiffOptions {
    std::string before, after;
    std::string format = "text";
    bool format_given = false;
    std::string output;
    std::string language;
    bool force = false;  ///< compare what differs, and replace an output that exists
    std::vector<std::string> questionnaires;
};

/// The form of a text for a count: `one` for 1, and in French for 0 as well.
Key form(std::size_t n, Key one, Key other, std::string_view language) {
    return (language == "fr" ? n <= 1 : n == 1) ? one : other;
}

Response load(const std::string& path, const Registry& registry, const std::string& words) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        throw RunError(message("diff.error.directory"_key, words, {{"file", path}}));
    Response response = load_named_response(path, registry);
    if (!response.questionnaire) {
        std::string why = message("export.no-questionnaire"_key, words);
        for (const Diagnostic& d : response.findings)
            if (d.severity == Severity::Error) {
                why = d.code + ": " + d.message;
                break;
            }
        throw RunError(message("diff.error.unreadable"_key, words, {{"file", path}, {"why", why}}));
    }
    return response;
}

/// The format a --format word names (checked by its option).
DiffFormat named_format(const std::string& word) {
    return word == "json"   ? DiffFormat::Json
           : word == "md"   ? DiffFormat::Markdown
           : word == "html" ? DiffFormat::Html
           : word == "docx" ? DiffFormat::Docx
                            : DiffFormat::Text;
}

/// The format: --format, else the name given to -o (.json, .md, .html, .docx), else text.
DiffFormat format_of(const DiffOptions& options) {
    if (options.format_given || options.output.empty()) return named_format(options.format);
    if (files::has_extension(options.output, ".json")) return DiffFormat::Json;
    const std::string named = document_format(options.output);
    return named == "docx"   ? DiffFormat::Docx
           : named == "html" ? DiffFormat::Html
           : named == "md"   ? DiffFormat::Markdown
                             : DiffFormat::Text;
}

/// The name render_document gives a format that is a document; empty for text and JSON.
std::string document_name(DiffFormat format) {
    switch (format) {
        case DiffFormat::Markdown:
            return "md";
        case DiffFormat::Html:
            return "html";
        case DiffFormat::Docx:
            return "docx";
        case DiffFormat::Text:
        case DiffFormat::Json:
            break;
    }
    return {};
}

int run(const DiffOptions& options) {
    const std::string words = wording_of(options.language).general();
    const DiffFormat format = format_of(options);
    if (format == DiffFormat::Docx && options.output.empty())
        throw RunError(message("diff.error.docx-output"_key, words));
    for (const std::string* input : {&options.before, &options.after})
        if (!options.output.empty() && files::same_file(options.output, *input))
            throw RunError(message("diff.error.input"_key, words, {{"file", options.output}}));
    refuse_existing_output(options.output, options.force);
    auto registry = open_registry(options.questionnaires);
    const Response before = load(options.before, *registry, words);
    const Response after = load(options.after, *registry, words);
    if (!options.force) {
        if (before.state != after.state)
            throw RunError(message("diff.error.states"_key, words,
                                   {{"old", before.state.value_or("")}, {"new", after.state.value_or("")}}));
        if (before.questionnaire_id != after.questionnaire_id)
            throw RunError(message("diff.error.questionnaires"_key, words,
                                   {{"old", before.questionnaire_id.value_or("")},
                                    {"new", after.questionnaire_id.value_or("")}}));
    }
    bool errors = false;
    for (const Response* r : {&before, &after}) {
        const int count = r->count(Severity::Error);
        if (count == 0) continue;
        errors = true;
        std::fprintf(stderr, "irm: %s\n",
                     message(form(static_cast<std::size_t>(count), "diff.flagged.one"_key,
                                  "diff.flagged.other"_key, words),
                             words, {{"file", r->file}, {"count", std::to_string(count)}})
                         .c_str());
    }
    // Labels in the language of messages where the new questionnaire has it; the words follow the labels.
    const ResponseDiff diff = compare_responses(before, after, words);
    // Markdown, HTML and Word go through the renderers of every document, which say what they replaced.
    const std::string document = document_name(format);
    // The text comparison goes to a terminal: what answers hold is shown there, never obeyed.
    const std::string out = !document.empty()            ? render_document(diff_document(diff), document)
                            : format == DiffFormat::Text ? text::visible_lines(render_diff(diff, format))
                                                         : render_diff(diff, format);
    if (options.output.empty())
        std::fwrite(out.data(), 1, out.size(), stdout);
    else
        must(files::write_atomically(options.output, out),
             message("diff.error.cannot-write"_key, words, {{"file", options.output}}));
    return errors ? 1 : 0;
}

}  // namespace

void setup_diff(CLI::App& app, int& status) {
    auto options = std::make_shared<DiffOptions>();
    CLI::App* command = app.add_subcommand(
        "diff", "Show what changed between two responses of one State to one questionnaire");
    // A word, not an enum: CLI11 would show a wrong word with the enum's numbers ({json->1,...}).
    const std::vector<std::string> formats{"text", "json", "md", "html", "docx"};
    CLI::Option* format =
        command
            ->add_option("--format", options->format,
                         "Output: text, json, md (Markdown), html or docx (Word); default: from the name "
                         "given to -o, else text")
            ->transform(CLI::IsMember(formats, CLI::ignore_case))
            ->default_str("text");
    with_choices(format, formats);
    command
        ->add_option("-o,--output", options->output,
                     "Write to FILE, whole or not at all (required for docx); default: standard output")
        ->type_name("FILE");
    command->add_flag(
        "--force", options->force,
        "Compare even when the State or the questionnaire differs, and replace the output file if it "
        "exists (an input is never replaced)");
    add_language_option(*command, options->language,
                        "Language of headings and labels (default: the language of messages, IRM_LANG or the "
                        "locale, where the new questionnaire has it, else its first language)");
    add_questionnaires_option(*command, options->questionnaires);
    command->add_option("OLD", options->before, "The earlier response")->required();
    command->add_option("NEW", options->after, "The later response")->required();
    command->callback([options, format, &status] {
        options->format_given = format->count() > 0;
        status = run(*options);
    });
}

}  // namespace irm::cli
