#include "common.hpp"

#include <irm/files.hpp>
#include <irm/response_file.hpp>
#include <irm/text.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include <unistd.h>

namespace irm::cli {

CLI::Option* with_choices(CLI::Option* option, const std::vector<std::string>& words) {
    option->type_name(text::join(words, "|"));
    for (int i = 0;; ++i) {
        try {
            option->get_validator(i)->description("");
        } catch (const CLI::OptionNotFound&) {
            break;
        }
    }
    return option;
}

void add_format_option(CLI::App& command, Format& format) {
    const std::map<std::string, Format> names{{"text", Format::Text}, {"json", Format::Json}};
    with_choices(command.add_option("--format", format, "Output: text (like a compiler) or json")
                     ->transform(CLI::CheckedTransformer(names, CLI::ignore_case))
                     ->default_str("text"),
                 {"text", "json"});
}

void add_findings_format_option(CLI::App& command, Format& format) {
    const std::map<std::string, Format> names{
        {"text", Format::Text}, {"json", Format::Json}, {"sarif", Format::Sarif}};
    with_choices(
        command
            .add_option("--format", format,
                        "Output: text (like a compiler), json, or sarif (SARIF 2.1.0, for code scanning)")
            ->transform(CLI::CheckedTransformer(names, CLI::ignore_case))
            ->default_str("text"),
        {"text", "json", "sarif"});
}

void add_language_option(CLI::App& command, std::string& language, const std::string& help) {
    const std::vector<std::string>& languages = catalogue_languages();
    const auto known = [&languages](std::string& asked) -> std::string {
        if (has_catalogue_language(asked)) return {};
        return "irm has no language '" + asked + "'; it has " + text::join(languages, ", ");
    };
    with_choices(command.add_option("--lang", language, help)->check(CLI::Validator(known, "", "")),
                 languages);
}

void add_message_language_option(CLI::App& command, std::string& language) {
    add_language_option(command, language,
                        "Language of irm's messages and headings (default: IRM_LANG, then the locale; "
                        "findings about a response follow its language)");
}

namespace {

std::string& command_language() {
    static std::string language = language_from_environment();
    return language;
}

}  // namespace

Wording wording_of(const std::string& asked) {
    if (!asked.empty()) command_language() = asked;
    return Wording{asked, language_from_environment()};
}

std::string said(Key key, std::initializer_list<Arg> args) {
    return message(key, command_language(), args);
}

std::string counted_errors(int count) {
    if (count == 0) return said("cli.count.no-error"_key);
    return count == 1 ? said("cli.count.error"_key) : said("cli.count.errors"_key, {{"count", std::to_string(count)}});
}

std::string counted_warnings(int count) {
    if (count == 0) return said("cli.count.no-warning"_key);
    return count == 1 ? said("cli.count.warning"_key)
                      : said("cli.count.warnings"_key, {{"count", std::to_string(count)}});
}

void add_force_option(CLI::App& command, bool& force) {
    command.add_flag("--force", force, "Replace the output file if it exists (an input is never replaced)");
}

void refuse_existing_output(const std::string& output, bool force) {
    std::error_code ec;
    if (output.empty() || force || !std::filesystem::exists(std::filesystem::symlink_status(output, ec)))
        return;
    if (std::filesystem::is_directory(output, ec)) return;  // each command says what it does with a directory
    throw RunError(said("cli.error.output-exists"_key, {{"file", output}}));
}

void add_response_paths(CLI::App& command, std::vector<std::string>& paths) {
    command
        .add_option("PATH", paths, "Response files (.yaml, .yml, .xlsx), or directories searched for them")
        ->required();
}

void add_questionnaires_option(CLI::App& command, std::vector<std::string>& directories) {
    command
        .add_option(
            "--questionnaires", directories,
            "Directory of questionnaire files, searched before IRM_QUESTIONNAIRES and the shipped ones "
            "(repeatable)")
        ->type_name("DIR")
        ->allow_extra_args(false)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
}

std::unique_ptr<Registry> open_registry(const std::vector<std::string>& directories) {
    Registry::Sources sources;
    sources.directories = directories;
    sources.language = command_language();
    for (const auto& directory : Registry::environment_directories())
        sources.directories.push_back(directory);
    Result<std::unique_ptr<Registry>> opened = Registry::open(sources);
    if (!opened) throw RunError(opened.error());
    std::unique_ptr<Registry> registry = std::move(*opened);
    for (const Diagnostic& d : registry->problems()) {
        std::string where = d.file;  // worded in the command's language, as the registry was opened
        if (d.line) where += ":" + std::to_string(*d.line) + ":" + std::to_string(d.column.value_or(1));
        std::fprintf(stderr, "irm: %s\n",
                     said("cli.error.questionnaire-skipped"_key,
                          {{"file", where}, {"severity", std::string(to_string(d.severity))}, {"code", d.code},
                           {"message", d.message}})
                         .c_str());
    }
    return registry;
}

std::vector<std::string> response_search_extensions() {
    std::vector<std::string> extensions = response_extensions();
    const std::vector<std::string>& others = convertible_extensions();
    extensions.insert(extensions.end(), others.begin(), others.end());
    return extensions;
}

void report_skipped(std::size_t skipped) {
    if (skipped == 0) return;
    const std::string count = skipped == 1 ? said("cli.count.skipped"_key)
                                           : said("cli.count.skipped-many"_key, {{"count", std::to_string(skipped)}});
    std::fprintf(stderr, "irm: %s\n", said("cli.note.skipped"_key, {{"skipped", count}}).c_str());
}

std::vector<std::string> collect_inputs(const std::vector<std::string>& paths,
                                        const std::vector<std::string>& extensions, std::size_t* skipped) {
    namespace fs = std::filesystem;
    std::vector<std::string> inputs;
    for (const auto& path : paths) {
        std::error_code ec;
        const auto status = fs::status(path, ec);
        if (ec || !fs::exists(status))
            throw RunError(said("cli.error.no-such-file"_key, {{"file", path}}));
        if (fs::is_directory(status)) {
            const auto found = files::find(path, extensions, skipped);
            inputs.insert(inputs.end(), found.begin(), found.end());
        } else {
            inputs.push_back(path);
        }
    }
    std::sort(inputs.begin(), inputs.end());
    inputs.erase(std::unique(inputs.begin(), inputs.end()), inputs.end());
    return inputs;
}

Response load_named_response(const std::string& path, const Registry& registry, const Wording& wording) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        throw RunError(said("cli.error.no-such-file"_key, {{"file", path}}));
    CheckOptions options;
    options.wording = wording;
    Response response = load_response(path, registry, options);
    for (const Diagnostic& d : response.findings)
        if (d.code == "IRM005") throw RunError(said("cli.error.unreadable"_key, {{"file", path}, {"why", d.message}}));
    return response;
}

bool version_before(std::string_view a, std::string_view b) {
    // Versions compare part by part ("2020.1" < "2026.1" < "2026.10"): numbers as numbers,
    // anything else as text.
    const auto next = [](std::string_view& v) {
        const std::size_t dot = v.find('.');
        const std::string_view part = v.substr(0, dot);
        v = dot == std::string_view::npos ? std::string_view() : v.substr(dot + 1);
        return part;
    };
    const auto numeric = [](std::string_view part) {
        return !part.empty() && part.size() < 10 &&
               std::all_of(part.begin(), part.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    while (!a.empty() || !b.empty()) {
        const std::string_view x = next(a), y = next(b);
        if (x == y) continue;
        if (numeric(x) && numeric(y)) return std::stoul(std::string(x)) < std::stoul(std::string(y));
        return x < y;
    }
    return false;
}

const Questionnaire& find_questionnaire(const Registry& registry, const std::string& id,
                                        const std::string& version) {
    if (!version.empty()) {
        if (const Questionnaire* q = registry.find(id, version)) return *q;
        throw RunError(said("cli.error.no-questionnaire-version"_key, {{"id", id}, {"version", version}}));
    }
    std::vector<const Questionnaire*> found;
    for (const Questionnaire* q : registry.all())
        if (q->id == id) found.push_back(q);
    if (found.empty()) throw RunError(said("cli.error.no-questionnaire"_key, {{"id", id}}));
    // The newest version is the one a State answers today; an older one is asked for by name.
    return **std::max_element(found.begin(), found.end(), [](const Questionnaire* a, const Questionnaire* b) {
        return version_before(a->version, b->version);
    });
}

bool use_colour(std::FILE* stream) {
    const char* no_colour = std::getenv("NO_COLOR");
    if (no_colour && *no_colour) return false;
    return ::isatty(::fileno(stream)) != 0;
}

std::string document_format(const std::string& path) {
    if (files::has_extension(path, ".docx")) return "docx";
    if (files::has_extension(path, ".html") || files::has_extension(path, ".htm")) return "html";
    if (files::has_extension(path, ".md") || files::has_extension(path, ".markdown")) return "md";
    return {};
}

std::string render_document(const doc::Document& document, const std::string& format) {
    if (doc::replaces_characters(document))
        std::fprintf(
            stderr,
            "irm: note: characters that no document can carry (control characters, or bytes that are "
            "not UTF-8) are shown as U+FFFD\n");
    if (format == "docx") return doc::to_docx(document);
    if (format == "html") return doc::to_html(document);
    return doc::to_markdown(document);
}

}  // namespace irm::cli
