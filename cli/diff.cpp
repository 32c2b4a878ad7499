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

Response load(const std::string& path, const Registry& registry) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        throw RunError("cannot compare '" + path + "': it is a directory; give two response files");
    Response response = load_named_response(path, registry);
    if (!response.questionnaire) {
        std::string why = "no questionnaire to read it with";
        for (const Diagnostic& d : response.findings)
            if (d.severity == Severity::Error) {
                why = d.code + ": " + d.message;
                break;
            }
        throw RunError("cannot compare " + path + ": " + why);
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
    const DiffFormat format = format_of(options);
    if (format == DiffFormat::Docx && options.output.empty())
        throw RunError("a Word document is written to a file: give -o FILE.docx");
    for (const std::string* input : {&options.before, &options.after})
        if (!options.output.empty() && files::same_file(options.output, *input))
            throw RunError("will not overwrite the input '" + options.output + "'; choose another -o");
    refuse_existing_output(options.output, options.force);
    auto registry = open_registry(options.questionnaires);
    const Response before = load(options.before, *registry);
    const Response after = load(options.after, *registry);
    if (!options.force) {
        if (before.state != after.state)
            throw RunError("the responses are from different States ('" + before.state.value_or("") +
                           "' and '" + after.state.value_or("") + "'); use --force to compare them anyway");
        if (before.questionnaire_id != after.questionnaire_id)
            throw RunError("the responses answer different questionnaires (" +
                           before.questionnaire_id.value_or("") + " and " +
                           after.questionnaire_id.value_or("") + "); use --force to compare them anyway");
    }
    bool errors = false;
    for (const Response* r : {&before, &after}) {
        const int count = r->count(Severity::Error);
        if (count == 0) continue;
        errors = true;
        std::fprintf(stderr, "irm: %s: compared with %d error%s as written (irm validate %s lists them)\n",
                     r->file.c_str(), count, count == 1 ? "" : "s", r->file.c_str());
    }
    const ResponseDiff diff = compare_responses(before, after, options.language);
    // Markdown, HTML and Word go through the renderers of every document, which say what they replaced.
    const std::string document = document_name(format);
    // The text comparison goes to a terminal: what answers hold is shown there, never obeyed.
    const std::string out = !document.empty()            ? render_document(diff_document(diff), document)
                            : format == DiffFormat::Text ? text::visible_lines(render_diff(diff, format))
                                                         : render_diff(diff, format);
    if (options.output.empty())
        std::fwrite(out.data(), 1, out.size(), stdout);
    else
        must(files::write_atomically(options.output, out), "cannot write '" + options.output + "': ");
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
                        "Language of headings and labels (default: the new questionnaire's first language)");
    add_questionnaires_option(*command, options->questionnaires);
    command->add_option("OLD", options->before, "The earlier response")->required();
    command->add_option("NEW", options->after, "The later response")->required();
    command->callback([options, format, &status] {
        options->format_given = format->count() > 0;
        status = run(*options);
    });
}

}  // namespace irm::cli
