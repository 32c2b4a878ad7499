// What the subcommands share: errors of the run, questionnaire sources, inputs, document formats.
#pragma once

#include <irm/catalogue.hpp>
#include <irm/document.hpp>
#include <irm/registry.hpp>
#include <irm/response.hpp>
#include <irm/result.hpp>

#include <CLI/CLI.hpp>

#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace irm::cli {

/// The command cannot do its job: exit status 2, the message on one line of stderr.
struct RunError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

/// Stops the command (exit status 2) when an action failed: its message, after `context` when given.
inline void must(const Done& done, const std::string& context = {}) {
    if (!done) throw RunError(context.empty() ? done.error() : context + done.error());
}

/// Output formats of findings.
enum class Format { Text, Json, Sarif };

/// Adds `--format text|json`.
void add_format_option(CLI::App& command, Format& format);
/// Adds `--format text|json|sarif`, for the commands that report findings.
void add_findings_format_option(CLI::App& command, Format& format);

/// Adds `--lang LANG` with its help text: the languages irm has words in (catalogue_languages());
/// asking for another stops the command with a line that names the languages there are.
void add_language_option(CLI::App& command, std::string& language, const std::string& help);

/// Adds `--lang LANG` to a command that prints findings or headings: the language of the words irm
/// writes itself (FORMATS.md §4, *Language of messages*).
void add_message_language_option(CLI::App& command, std::string& language);

/// How a command words what it prints: the `--lang` given (empty when none), else the language of
/// the environment (IRM_LANG, the locale), else English. A `--lang` given also becomes the
/// language of the command's lines on stderr (said()).
Wording wording_of(const std::string& asked);

/// A line of irm's own for stderr or a RunError, in the language of the command: its `--lang`
/// once wording_of() has seen it, else the environment's.
std::string said(Key key, std::initializer_list<Arg> args = {});

/// "1 error", "3 errors" (and warnings) in the language of said().
std::string counted_errors(int count);
std::string counted_warnings(int count);

/// Shows the words an option allows as `a|b|c` in --help, instead of its
/// validator's own description; the man pages and the shell completions read
/// them from there (cli/manual.cpp).
CLI::Option* with_choices(CLI::Option* option, const std::vector<std::string>& words);

/// Adds `--force`: replace an output file that exists already.
void add_force_option(CLI::App& command, bool& force);

/// Stops the command (exit status 2) when `output` names a file that exists and
/// `force` is false: irm never replaces a file it was not told to (the workbook a
/// ministry filled may be sitting there). An input is never replaced, --force or not.
void refuse_existing_output(const std::string& output, bool force);

/// Adds the required `PATH...` of response files or directories.
void add_response_paths(CLI::App& command, std::vector<std::string>& paths);

/// Adds the repeatable `--questionnaires DIR`.
void add_questionnaires_option(CLI::App& command, std::vector<std::string>& directories);

/// Opens the questionnaire sources in contract order: the directories given,
/// IRM_QUESTIONNAIRES, then the shipped questionnaires. Questionnaires that
/// have errors are reported on stderr.
std::unique_ptr<Registry> open_registry(const std::vector<std::string>& directories);

/// The files named by PATH arguments: files as given, directories searched
/// recursively for the extensions; sorted by path, without repeats.
/// A path that does not exist is a RunError. `skipped`, when given, counts the
/// other files met in the directories.
std::vector<std::string> collect_inputs(const std::vector<std::string>& paths,
                                        const std::vector<std::string>& extensions,
                                        std::size_t* skipped = nullptr);

/// The endings a directory of responses is searched for: the response files, and the
/// spreadsheets and documents a person may have meant as one, so that each of those gets a
/// finding saying how to make it a response instead of being skipped in silence (FORMATS.md §6).
std::vector<std::string> response_search_extensions();

/// Says on stderr how many other files the directories held, which were not read (none: nothing).
void report_skipped(std::size_t skipped);

/// A response named on the command line, read as every response is read
/// (load_response): a file that does not exist or cannot be read at all stops
/// the command (exit status 2); any other problem is among its findings.
/// Its findings are worded as `wording` says (by default: the response's language, else the
/// environment's).
Response load_named_response(const std::string& path, const Registry& registry,
                             const Wording& wording = wording_of(""));

/// Whether questionnaire version `a` comes before `b` ("2020.1" before "2026.1").
bool version_before(std::string_view a, std::string_view b);

/// The questionnaire of that id and version; without a version, its newest version.
const Questionnaire& find_questionnaire(const Registry& registry, const std::string& id,
                                        const std::string& version);

/// The document format a file's name asks for: "docx", "html" (.html, .htm) or "md" (.md,
/// .markdown); empty for any other name.
std::string document_format(const std::string& path);

/// A document in a format document_format names: Word, HTML, else Markdown. A note on
/// stderr says when characters no document can carry are shown as U+FFFD.
std::string render_document(const doc::Document& document, const std::string& format);

/// Whether to colour output written to a stream (a terminal, and no NO_COLOR).
bool use_colour(std::FILE* stream);

}  // namespace irm::cli
