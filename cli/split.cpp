// irm split: one draft part per authority, to share the work between ministries.
#include "commands.hpp"
#include "common.hpp"
#include "render.hpp"

#include <irm/files.hpp>
#include <irm/parts.hpp>
#include <irm/response.hpp>
#include <irm/response_file.hpp>
#include <irm/text.hpp>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <functional>

#include <stdlib.h>

namespace fs = std::filesystem;

namespace irm::cli {

namespace {

struct SplitOptions {
    std::string by = "authority";
    std::string format = "yaml";
    std::vector<std::string> questionnaires;
    std::string path;
    std::string output;
    std::string language;
};

/// The form of a text for a count: `one` for 1 ("1 question"), and in French for 0 as well.
Key form(std::size_t n, Key one, Key other, std::string_view language) {
    return (language == "fr" ? n <= 1 : n == 1) ? one : other;
}

/// A count in words: "1 question", "2 questions".
std::string counted(std::size_t n, Key one, Key other, std::string_view language) {
    return message(form(n, one, other, language), language, {{"count", std::to_string(n)}});
}

/// Writes one part into a file (a temporary one, that the caller renames);
/// returns an error message on failure.
using PartWriter = std::function<Done(const Part& part, const std::string& path)>;

/// The file of a part in the output directory.
fs::path part_file(const fs::path& directory, const Part& part, const std::string& format) {
    return directory / (part.name + "." + format);
}

/// Writes every part into a directory that does not exist yet: first into a
/// temporary directory beside it, which is then renamed, so that either all
/// the parts appear or none.
void write_new_directory(const fs::path& directory, const std::vector<Part>& parts, const std::string& format,
                         const PartWriter& write, std::string_view language) {
    const fs::path parent = directory.has_parent_path() ? directory.parent_path() : fs::path(".");
    std::error_code ec;
    fs::create_directories(parent, ec);
    if (ec)
        throw RunError(message("split.error.create"_key, language,
                               {{"directory", parent.string()}, {"why", ec.message()}}));
    std::string pattern = (parent / ("." + directory.filename().string() + ".XXXXXX")).string();
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    if (!::mkdtemp(name.data()))
        throw RunError(message("split.error.write-into"_key, language,
                               {{"directory", parent.string()}, {"why", std::strerror(errno)}}));
    const fs::path temporary(name.data());
    // Held so that a signal leaves no half-written directory: the parts, then the directory.
    const files::PendingPath pending_directory(temporary.string());
    std::vector<std::unique_ptr<files::PendingPath>> pending_parts;
    const auto fail = [&](const std::string& message) {
        fs::remove_all(temporary, ec);
        throw RunError(message);
    };
    for (const Part& part : parts) {
        pending_parts.push_back(
            std::make_unique<files::PendingPath>(part_file(temporary, part, format).string()));
        if (const Done written = write(part, pending_parts.back()->path()); !written) fail(written.error());
    }
    // mkdtemp makes the directory private; the parts are meant to be shared.
    fs::permissions(temporary,
                    fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                        fs::perms::others_read | fs::perms::others_exec,
                    ec);
    if (std::rename(temporary.c_str(), directory.c_str()) != 0)
        fail(message("split.error.write"_key, language,
                     {{"directory", directory.string()}, {"why", std::strerror(errno)}}));
}

/// Writes every part into an existing directory: each into a temporary file,
/// then all renamed into place; if one rename fails, the parts already in place are removed.
void write_existing_directory(const fs::path& directory, const std::vector<Part>& parts,
                              const std::string& format, const PartWriter& write, std::string_view language) {
    std::vector<std::unique_ptr<files::TemporaryOutput>> outputs;
    for (const Part& part : parts) {
        outputs.push_back(
            std::make_unique<files::TemporaryOutput>(part_file(directory, part, format).string()));
        must(write(part, outputs.back()->path()));
    }
    std::vector<fs::path> done;
    for (std::size_t i = 0; i < outputs.size(); ++i) {
        const fs::path target = part_file(directory, parts[i], format);
        std::error_code ec;
        const Done committed =
            fs::exists(fs::symlink_status(target, ec))
                ? fail(message("split.error.appeared"_key, language, {{"file", target.string()}}))
                : outputs[i]->commit();
        if (!committed) {
            for (const fs::path& written : done)
                fs::remove(written, ec);
            throw RunError(committed.error());
        }
        done.push_back(target);
    }
}

/// The directory -o names, without the separator a shell's completion leaves at its end
/// ("parts/" is the directory "parts", which the parts are written into).
fs::path output_directory(const std::string& output) {
    fs::path directory(output);
    while (directory.has_parent_path() && !directory.has_filename() && directory != directory.root_path())
        directory = directory.parent_path();
    return directory;
}

int run(const SplitOptions& options) {
    const Wording wording = wording_of(options.language);
    const std::string& words = wording.general();
    auto registry = open_registry(options.questionnaires);
    std::error_code ec;
    if (!fs::exists(options.path, ec))
        throw RunError(message("split.error.no-input"_key, words, {{"file", options.path}}));
    const fs::path directory = output_directory(options.output);
    const bool exists = fs::exists(fs::symlink_status(directory, ec));
    if (exists && !fs::is_directory(directory, ec))
        throw RunError(message("split.error.not-directory"_key, words, {{"output", options.output}}));

    const Response response = load_named_response(options.path, *registry);
    // What is said of the parts is said in the response's language unless --lang says otherwise.
    const std::string language = wording.about(response.language.value_or(""));
    FileResult blocking;
    blocking.file = response.file;
    blocking.source = response.document.shared_source();
    for (const Diagnostic& d : response.findings)
        if (blocks_parts(d)) blocking.findings.push_back(d);
    if (!blocking.findings.empty() || !response.questionnaire) {
        print_findings(stdout, blocking, use_colour(stdout));
        std::printf("%s\n", message("split.blocked"_key, language, {{"file", response.file}}).c_str());
        return 1;
    }
    const int errors = response.count(Severity::Error);
    if (errors > 0)
        std::fprintf(stderr, "irm: warning: %s\n",
                     message(form(static_cast<std::size_t>(errors), "split.warning.errors.one"_key,
                                  "split.warning.errors.other"_key, language),
                             language, {{"file", response.file}, {"count", std::to_string(errors)}})
                         .c_str());

    Result<std::vector<Part>> split = split_by_authority(response, language);
    if (!split) throw RunError(message("split.error.failed"_key, language, {{"why", split.error()}}));
    const std::vector<Part> parts = std::move(*split);
    // A part already in the directory may be an authority's returned work: never overwrite it.
    for (const Part& part : parts) {
        const fs::path target = part_file(directory, part, options.format);
        if (exists && fs::exists(fs::symlink_status(target, ec)))
            throw RunError(message("split.error.exists"_key, language, {{"file", target.string()}}));
    }
    std::vector<std::string> not_carried;
    const PartWriter write = [&](const Part& part, const std::string& path) -> Done {
        if (options.format == "xlsx") {
            if (const Done written = write_part_workbook(path, response, part, not_carried); !written)
                return fail(message("split.error.workbook"_key, language,
                                    {{"part", part.name}, {"why", written.error()}}));
            return {};
        }
        return files::write_atomically(path, part.text);
    };
    if (exists)
        write_existing_directory(directory, parts, options.format, write, language);
    else
        write_new_directory(directory, parts, options.format, write, language);
    // Such an answer stays in the base only; merge keeps it, since a part without it says nothing of it.
    for (const std::string& line : not_carried)
        std::fprintf(
            stderr, "irm: warning: %s\n",
            message("split.warning.not-carried"_key, language, {{"what", line}, {"file", response.file}})
                .c_str());

    std::printf(
        "%s\n",
        message(
            form(parts.size(), "split.written.one"_key, "split.written.other"_key, language), language,
            {{"count", std::to_string(parts.size())}, {"file", response.file}, {"output", options.output}})
            .c_str());
    // One line per part, in columns: its file, its questions, those answered, its authority.
    std::vector<std::vector<std::string>> rows;
    std::vector<std::size_t> widths(3, 0);
    for (const Part& part : parts) {
        rows.push_back(
            {part.name + "." + options.format,
             counted(part.questions.size(), "split.questions.one"_key, "split.questions.other"_key, language),
             counted(part.answered, "split.answered.one"_key, "split.answered.other"_key, language)});
        for (std::size_t c = 0; c < widths.size(); ++c)
            widths[c] = std::max(widths[c], text::code_points(rows.back()[c]));
    }
    for (std::size_t i = 0; i < parts.size(); ++i) {
        std::string line = " ";
        for (std::size_t c = 0; c < widths.size(); ++c)
            line += " " + rows[i][c] + std::string(widths[c] - text::code_points(rows[i][c]), ' ') + " ";
        line += " ";
        line += parts[i].authority.empty() ? message("split.no-authority"_key, language) : parts[i].authority;
        std::printf("%s\n", line.c_str());
    }
    return 0;
}

}  // namespace

void setup_split(CLI::App& app, int& status) {
    auto options = std::make_shared<SplitOptions>();
    CLI::App* command = app.add_subcommand(
        "split", "Split a response into one draft part per authority, to share the work between ministries");
    with_choices(command
                     ->add_option("--by", options->by,
                                  "How to split: authority (the authority named by each question)")
                     ->check(CLI::IsMember({"authority"}))
                     ->default_str("authority"),
                 {"authority"});
    command
        ->add_option("-o,--output", options->output, "Directory that receives the parts (created if needed)")
        ->type_name("DIR")
        ->required();
    command
        ->add_option(
            "--format", options->format,
            "Format of the parts: yaml (a response file) or xlsx (a workbook, as irm template writes)")
        ->check(CLI::IsMember({"yaml", "xlsx"}))
        ->default_str("yaml");
    with_choices(command->get_option("--format"), {"yaml", "xlsx"});
    add_message_language_option(*command, options->language);
    add_questionnaires_option(*command, options->questionnaires);
    command->add_option("RESPONSE", options->path, "The response file to split")->required();
    command->callback([options, &status] { status = run(*options); });
}

}  // namespace irm::cli
