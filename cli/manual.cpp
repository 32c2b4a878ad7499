// irm completion SHELL and the hidden irm manual DIR: the shell completions and
// the man pages, both read from the same command-line definition as --help, so
// that none of them can drift from the others.
#include "commands.hpp"
#include "common.hpp"

#include <irm/files.hpp>

#include <cstdio>
#include <ctime>
#include <filesystem>
#include <string_view>

namespace irm::cli {

namespace {

// ---------------------------------------------------------------- the definition

/// What an option's value (or a positional argument) is, for completion.
enum class Kind {
    None,           ///< a number or a free text: nothing to offer
    Words,          ///< one of the words of its type name `a|b|c`
    Questionnaire,  ///< a questionnaire id irm can see
    Directory,
    AnyFile,    ///< an output file, of any name
    Response,   ///< a response: .yaml, .yml or .xlsx, or a directory of them
    Workbook,   ///< .xlsx
    YamlFile,   ///< a questionnaire or notes file: .yaml or .yml, or a directory of them
};

/// The one vocabulary of value names used in the command definitions.
Kind kind_of(const CLI::Option& option) {
    if (option.get_type_name().find('|') != std::string::npos) return Kind::Words;
    const std::string name = option.get_positional() ? option.get_name() : option.get_type_name();
    if (name == "QUESTIONNAIRE_ID") return Kind::Questionnaire;
    if (name == "DIR") return Kind::Directory;
    if (name == "FILE" || name == "OUT") return Kind::AnyFile;
    if (name == "PATH" || name == "RESPONSE" || name == "BASE" || name == "PART" || name == "OLD" ||
        name == "NEW")
        return Kind::Response;
    if (name == "WORKBOOK") return Kind::Workbook;
    if (name == "QUESTIONNAIRE" || name == "NOTES") return Kind::YamlFile;
    return Kind::None;
}

std::vector<std::string> words_of(const CLI::Option& option) {
    std::vector<std::string> words;
    const std::string type = option.get_type_name();
    std::size_t start = 0;
    for (std::size_t bar; (bar = type.find('|', start)) != std::string::npos; start = bar + 1)
        words.push_back(type.substr(start, bar - start));
    words.push_back(type.substr(start));
    return words;
}

/// The file name endings a kind of file has.
std::vector<std::string> endings_of(Kind kind) {
    switch (kind) {
    case Kind::Response: return {"yaml", "yml", "xlsx"};
    case Kind::Workbook: return {"xlsx"};
    case Kind::YamlFile: return {"yaml", "yml"};
    default: return {};
    }
}

bool takes_value(const CLI::Option& option) { return option.get_type_size() != 0; }

/// Every public subcommand, in the order --help lists them.
std::vector<const CLI::App*> commands_of(const CLI::App& app) {
    std::vector<const CLI::App*> out;
    for (const CLI::App* command : app.get_subcommands({}))
        if (!command->get_group().empty()) out.push_back(command);
    return out;
}

std::vector<const CLI::Option*> options_of(const CLI::App& command) {
    std::vector<const CLI::Option*> out;
    for (const CLI::Option* option : command.get_options())
        if (!option->get_positional()) out.push_back(option);
    return out;
}

std::vector<const CLI::Option*> positionals_of(const CLI::App& command) {
    std::vector<const CLI::Option*> out;
    for (const CLI::Option* option : command.get_options())
        if (option->get_positional()) out.push_back(option);
    return out;
}

/// `-j`, `--jobs`: every name an option answers to.
std::vector<std::string> flags_of(const CLI::Option& option) {
    std::vector<std::string> out;
    for (const std::string& name : option.get_snames())
        out.push_back("-" + name);
    for (const std::string& name : option.get_lnames())
        out.push_back("--" + name);
    return out;
}

bool repeats(const CLI::Option& option) { return option.get_items_expected_max() > 1; }

// ---------------------------------------------------------------- what the pages add

struct Example {
    std::string_view command, what;
};

struct PageText {
    std::string_view command;
    std::string_view description;  ///< paragraphs separated by blank lines
    std::vector<Example> examples;
};

const std::vector<PageText>& page_texts() {
    static const std::vector<PageText> texts{
        {"validate",
         "Reads each response (YAML, or a workbook written by irm template), finds the questionnaire it names, "
         "and reports every finding: a code, a severity and the place (line and column, or the sheet and cell "
         "of a workbook). Directories are searched for .yaml, .yml and .xlsx files. Findings are printed like a "
         "compiler's, or as one JSON document with --format json; --report writes a JSON, CSV or Excel report "
         "for a batch as well.",
         {{"irm validate freedonia.yaml", "Check one response."},
          {"irm validate --final --report submissions.xlsx submissions/",
           "Check every submission of a cycle as final and write a workbook the secretariat can sort."}}},
        {"lint",
         "Checks questionnaire definitions against the format: ids, choice lists, conditions and their "
         "expressions, tables, translations.",
         {{"irm lint questionnaires/", "Check every questionnaire of a directory."}}},
        {"schema",
         "Writes the JSON Schema of a response to one questionnaire, so that an editor that knows JSON Schema "
         "(any yaml-language-server client) completes ids and checks values while a response is typed.",
         {{"irm schema untoc-c1 --lang fr -o untoc-c1.schema.json", "Descriptions in French."}}},
        {"status",
         "Shows, section by section, the questions that apply, how many are answered, how many required ones "
         "are missing, and the next required questions with their labels.",
         {{"irm status freedonia.yaml --next 10", "The ten next required questions."}}},
        {"split",
         "Writes one draft part per authority named by the questions into a new directory, each holding that "
         "authority's questions and the answers already given, as YAML or as workbooks. The parts go to the "
         "ministries; irm merge brings their answers back.",
         {{"irm split freedonia.yaml -o parts/ --format xlsx", "One workbook per ministry."}}},
        {"merge",
         "Applies the parts returned by the authorities onto the response they were split from. An answer given "
         "differently in two parts is a conflict, reported and left as the base had it; nothing is lost.",
         {{"irm merge freedonia.yaml parts/ -o freedonia-merged.yaml", "Merge every returned part."}}},
        {"observations",
         "Drafts the list of observations on a response for the reviewing States, article by article: what is "
         "in place, the points for the dialogue, and each point traceable to the answers it comes from. "
         "--notes adds the reviewing States' written feedback.",
         {{"irm observations freedonia.yaml --notes notes.yaml --lang fr -o observations.docx",
           "A Word draft in French."}}},
        {"summary",
         "Drafts the summary of the review: successes and good practices, challenges and issues, and technical "
         "assistance needs across articles, every sentence traceable to its answers.",
         {{"irm summary freedonia.yaml -o summary.html", "An HTML draft."}}},
        {"export",
         "Exports the answers of many responses to one Excel workbook, XML document or JSON document, one row "
         "or record per State and question.",
         {{"irm export submissions/ -o answers.xlsx", "One workbook of every submission."}}},
        {"aggregate",
         "Counts answers across States: per question, per article, and the technical-assistance needs, written "
         "as text, Markdown, HTML, Word or a workbook.",
         {{"irm aggregate submissions/ -o needs.xlsx", "The counts as a workbook."}}},
        {"diff",
         "Shows what changed between two responses of one State to one questionnaire, such as two cycles: "
         "answers added, removed or changed, and provisions that moved up or down the scale of implementation.",
         {{"irm diff freedonia-2020.yaml freedonia-2026.yaml --format md", "The changes as Markdown."}}},
        {"template",
         "Writes a response to fill offline: YAML with every question in order under a comment with its help "
         "and allowed values, or an Excel workbook with drop-down lists and checks. --from prefills it with an "
         "earlier response.",
         {{"irm template untoc-c1 --lang fr --state Freedonia -o freedonia.xlsx", "A workbook in French."},
          {"irm template untoc-c1 --from freedonia-2020.yaml -o freedonia-2026.yaml",
           "Start the new cycle from the last one's answers."}}},
        {"import",
         "Turns a workbook filled offline back into a response file. Nothing is written when the workbook has "
         "an error; every finding names its sheet and cell.",
         {{"irm import freedonia.xlsx -o freedonia.yaml", "Read the filled workbook."}}},
        {"questionnaires",
         "Lists every questionnaire irm can see, in the order searched: its id, version, languages and title, "
         "and where it came from; one hidden by an earlier one of the same id and version, or refused for its "
         "errors, is said so.",
         {{"irm questionnaires --questionnaires drafts/", "See whether a draft version is picked up."}}},
        {"completion",
         "Prints the completion script of a shell. The packages install them where each shell looks; to load "
         "one by hand, source its output.",
         {{"source <(irm completion bash)", "Completion in the current bash."}}},
    };
    return texts;
}

const PageText* page_text(std::string_view command) {
    for (const PageText& text : page_texts())
        if (text.command == command) return &text;
    return nullptr;
}

// ---------------------------------------------------------------- man pages

/// Text for roff: backslashes, lines opening with a control character, and
/// everything beyond ASCII written as groff's escapes.
std::string roff(std::string_view text) {
    std::string out;
    bool line_start = true;
    for (std::size_t i = 0; i < text.size();) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte < 0x80) {
            const char c = text[i++];
            if (line_start && (c == '.' || c == '\'')) out += "\\&";
            if (c == '\\')
                out += "\\e";
            else if (c == '-')
                out += "\\-";
            else
                out += c;
            line_start = c == '\n';
            continue;
        }
        const std::size_t length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1;
        char32_t c = length == 1 ? U'\uFFFD' : static_cast<char32_t>(byte & (0xFF >> (length + 1)));
        for (std::size_t k = 1; k < length && i + k < text.size(); ++k)
            c = (c << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
        i += length;
        char escape[16];
        std::snprintf(escape, sizeof escape, "\\[u%04X]", static_cast<unsigned>(c));
        out += escape;
        line_start = false;
    }
    return out;
}

std::string bold(std::string_view text) { return "\\fB" + roff(text) + "\\fR"; }
std::string italic(std::string_view text) { return "\\fI" + roff(text) + "\\fR"; }

std::string upper(std::string text) {
    for (char& c : text)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return text;
}

/// The month of the build, or of SOURCE_DATE_EPOCH, so that pages are reproducible.
std::string page_date() {
    std::time_t now = std::time(nullptr);
    if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch)
        now = static_cast<std::time_t>(std::strtoll(epoch, nullptr, 10));
    std::tm utc{};
    gmtime_r(&now, &utc);
    char text[16];
    std::strftime(text, sizeof text, "%Y-%m", &utc);
    return text;
}

std::string header(const std::string& name, std::string_view summary) {
    return ".TH " + upper(name) + " 1 \"" + page_date() + "\" \"irm " IRM_VERSION "\" \"irm manual\"\n" +
           ".SH NAME\n" + roff(name) + " \\- " + roff(summary) + "\n";
}

std::string paragraphs(std::string_view text) {
    std::string out;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = text.find("\n\n", start);
        out += ".PP\n" + roff(text.substr(start, end == std::string_view::npos ? end : end - start)) + "\n";
        if (end == std::string_view::npos) break;
        start = end + 2;
    }
    return out;
}

const char* const exit_status_section =
    ".SH EXIT STATUS\n"
    ".TP\n\\fB0\\fR\nNo error finding (with \\fB\\-\\-strict\\fR, no warning either).\n"
    ".TP\n\\fB1\\fR\nAt least one error finding in an input (with \\fB\\-\\-strict\\fR, warnings count too).\n"
    ".TP\n\\fB2\\fR\nThe command could not do its job: bad usage, an unreadable file, an unusable questionnaire "
    "directory, an output that exists or cannot be written. One line on standard error says why.\n";

const char* const environment_section =
    ".SH ENVIRONMENT\n"
    ".TP\n\\fBIRM_LANG\\fR\nThe language of the words irm writes itself \\(em findings, headings, the closing "
    "line \\(em when \\fB\\-\\-lang\\fR is not given: \\fBen\\fR or \\fBfr\\fR (\\fBfr_FR.UTF\\-8\\fR reads as "
    "\\fBfr\\fR). Findings about a response follow the response's own \\fBlanguage\\fR before this.\n"
    ".TP\n\\fBLANGUAGE\\fR, \\fBLC_ALL\\fR, \\fBLC_MESSAGES\\fR, \\fBLANG\\fR\nRead in this order after "
    "\\fBIRM_LANG\\fR: the first language irm has words in is used, else English. \\fBLANGUAGE\\fR may list "
    "several, separated by colons.\n"
    ".TP\n\\fBIRM_QUESTIONNAIRES\\fR\nDirectories of questionnaire files, separated by colons, searched after "
    "\\fB\\-\\-questionnaires\\fR and before the built-in questionnaires.\n"
    ".TP\n\\fBNO_COLOR\\fR\nWhen set, findings are never coloured (they are coloured only on a terminal).\n"
    ".TP\n\\fBSOURCE_DATE_EPOCH\\fR\nThe date written into drafts, for reproducible documents.\n"
    ".TP\n\\fBTMPDIR\\fR\nWhere large exports keep their working data.\n";

const char* const files_section =
    ".SH FILES\n"
    "The questionnaires are built into \\fBirm\\fR, which needs no file to run. Copies are installed under "
    "\\fIshare/irm/questionnaires/\\fR and the JSON Schemas of responses under \\fIshare/irm/schemas/\\fR, "
    "beside the binary's prefix, for reading and for editors.\n";

std::string option_entry(const CLI::Option& option) {
    std::string names;
    for (const std::string& flag : flags_of(option))
        names += (names.empty() ? "" : ", ") + bold(flag);
    if (takes_value(option)) names += " " + italic(option.get_type_name());
    const std::string text = roff(option.get_description());
    return ".TP\n" + names + "\n" + text + "\n";
}

std::string synopsis(const CLI::App& command) {
    std::string out = ".SH SYNOPSIS\n.B irm " + roff(command.get_name()) + "\n[\\fIOPTIONS\\fR]";
    for (const CLI::Option* positional : positionals_of(command)) {
        const std::string name = italic(positional->get_name()) + (repeats(*positional) ? "..." : "");
        out += positional->get_required() ? " " + name : " [" + name + "]";
    }
    return out + "\n";
}

std::string command_page(const CLI::App& command) {
    const std::string name = "irm-" + command.get_name();
    std::string out = header(name, command.get_description()) + synopsis(command);
    out += ".SH DESCRIPTION\n";
    const PageText* text = page_text(command.get_name());
    out += paragraphs(text ? text->description : command.get_description());
    if (const auto positionals = positionals_of(command); !positionals.empty()) {
        out += ".SH ARGUMENTS\n";
        for (const CLI::Option* positional : positionals)
            out += ".TP\n" + italic(positional->get_name()) + "\n" + roff(positional->get_description()) + "\n";
    }
    out += ".SH OPTIONS\n";
    for (const CLI::Option* option : options_of(command))
        out += option_entry(*option);
    out += exit_status_section;
    out += environment_section;
    if (text && !text->examples.empty()) {
        out += ".SH EXAMPLES\n";
        for (const Example& example : text->examples)
            out += ".PP\n" + roff(example.what) + "\n.PP\n.RS\n.nf\n" + roff(example.command) + "\n.fi\n.RE\n";
    }
    out += ".SH SEE ALSO\n\\fBirm\\fR(1)\n";
    return out;
}

std::string main_page(const CLI::App& app) {
    std::string out = header("irm", "the questionnaires of the review mechanism of UNTOC and its Protocols");
    out += ".SH SYNOPSIS\n.B irm\n\\fICOMMAND\\fR [\\fIOPTIONS\\fR] [\\fIARGUMENTS\\fR]\n.br\n"
           ".B irm \\-\\-version\n";
    out += ".SH DESCRIPTION\n";
    out += paragraphs(
        "irm reads the self-assessment questionnaires of the Implementation Review Mechanism of the United "
        "Nations Convention against Transnational Organized Crime and its Protocols, checks the responses of "
        "States, helps national focal points fill them offline and share the work between ministries, drafts "
        "the documents of the reviewing States, and exports and counts answers for the secretariat.\n\n"
        "Every command has its own page, irm-COMMAND(1), and its own --help.");
    out += ".SH COMMANDS\n";
    for (const CLI::App* command : commands_of(app))
        out += ".TP\n\\fBirm\\-" + roff(command->get_name()) + "\\fR(1)\n" + roff(command->get_description()) +
               "\n";
    out += ".SH OPTIONS\n.TP\n\\fB\\-h\\fR, \\fB\\-\\-help\\fR\nPrint the help and exit.\n"
           ".TP\n\\fB\\-\\-version\\fR\nPrint the version, the YAML reader and the built-in questionnaires.\n";
    out += exit_status_section;
    out += environment_section;
    out += files_section;
    out += ".SH EXAMPLES\n.PP\n.RS\n.nf\n"
           "irm template untoc\\-c1 \\-\\-lang fr \\-o freedonia.xlsx\n"
           "irm import freedonia.xlsx \\-o freedonia.yaml\n"
           "irm validate \\-\\-final freedonia.yaml\n"
           ".fi\n.RE\n";
    out += ".SH SEE ALSO\n";
    std::string see;
    for (const CLI::App* command : commands_of(app))
        see += (see.empty() ? "" : ",\n") + std::string("\\fBirm\\-") + roff(command->get_name()) + "\\fR(1)";
    return out + see + "\n";
}

int write_manual(const CLI::App& app, const std::string& directory) {
    std::error_code ec;
    std::filesystem::create_directories(directory, ec);
    if (ec) throw RunError(said("cli.error.cannot-create"_key, {{"file", directory}, {"why", ec.message()}}));
    const auto write = [&](const std::string& name, const std::string& page) {
        const std::string path = (std::filesystem::path(directory) / (name + ".1")).string();
        must(files::write_atomically(path, page));
    };
    write("irm", main_page(app));
    for (const CLI::App* command : commands_of(app))
        write("irm-" + command->get_name(), command_page(*command));
    return 0;
}

// ---------------------------------------------------------------- bash

std::string joined(const std::vector<std::string>& words) {
    std::string out;
    for (const std::string& word : words)
        out += (out.empty() ? "" : " ") + word;
    return out;
}

/// The bash lines that complete a value of that kind into COMPREPLY.
std::string bash_value(const CLI::Option& option) {
    switch (kind_of(option)) {
    case Kind::Words: return "COMPREPLY=($(compgen -W \"" + joined(words_of(option)) + "\" -- \"$cur\"))";
    case Kind::Questionnaire:
        return "COMPREPLY=($(compgen -W \"$(irm questionnaires --ids 2>/dev/null)\" -- \"$cur\"))";
    case Kind::Directory: return "COMPREPLY=($(compgen -d -- \"$cur\"))";
    case Kind::AnyFile: return "COMPREPLY=($(compgen -f -- \"$cur\"))";
    case Kind::Response:
    case Kind::Workbook:
    case Kind::YamlFile: return "_irm_files '" + joined(endings_of(kind_of(option))) + "'";
    case Kind::None: return "COMPREPLY=()";
    }
    return "COMPREPLY=()";
}

std::string bash_script(const CLI::App& app) {
    std::string names;
    for (const CLI::App* command : commands_of(app))
        names += (names.empty() ? "" : " ") + command->get_name();
    std::string out =
        "# bash completion for irm, written by `irm completion bash`.\n"
        "\n"
        "# Files with one of the endings given (any case), and directories.\n"
        "_irm_files() {\n"
        "    local -a endings\n"
        "    read -r -a endings <<< \"$1\"\n"
        "    local IFS=$'\\n' ending file\n"
        "    COMPREPLY=($(compgen -d -- \"$cur\"))\n"
        "    for file in $(compgen -f -- \"$cur\"); do\n"
        "        [[ -d $file ]] && continue\n"
        "        for ending in \"${endings[@]}\"; do\n"
        "            if [[ ${file,,} == *.$ending ]]; then COMPREPLY+=(\"$file\"); break; fi\n"
        "        done\n"
        "    done\n"
        "}\n"
        "\n"
        "_irm() {\n"
        "    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}\n"
        "    local command='' i\n"
        "    for ((i = 1; i < COMP_CWORD; i++)); do\n"
        "        if [[ ${COMP_WORDS[i]} != -* ]]; then command=${COMP_WORDS[i]}; break; fi\n"
        "    done\n"
        "    if [[ -z $command ]]; then\n"
        "        COMPREPLY=($(compgen -W \"" +
        names +
        " --help --version\" -- \"$cur\"))\n"
        "        return\n"
        "    fi\n"
        "    case $command in\n";
    for (const CLI::App* command : commands_of(app)) {
        out += "    " + command->get_name() + ")\n";
        std::string flags;
        std::string value_cases;
        for (const CLI::Option* option : options_of(*command)) {
            const std::vector<std::string> names_of_option = flags_of(*option);
            flags += (flags.empty() ? "" : " ") + joined(names_of_option);
            if (!takes_value(*option)) continue;
            std::string pattern;
            for (const std::string& flag : names_of_option)
                pattern += (pattern.empty() ? "" : "|") + flag;
            value_cases += "        " + pattern + ") " + bash_value(*option) + "; return ;;\n";
        }
        if (!value_cases.empty()) out += "        case $prev in\n" + value_cases + "        esac\n";
        out += "        if [[ $cur == -* ]]; then\n"
               "            COMPREPLY=($(compgen -W \"" +
               flags +
               "\" -- \"$cur\"))\n"
               "            return\n"
               "        fi\n";
        // Positionals: the first that takes a value of its own kind decides (they share one in every command).
        const auto positionals = positionals_of(*command);
        out += "        " + (positionals.empty() ? std::string("COMPREPLY=()") : bash_value(*positionals.front())) +
               "\n        ;;\n";
    }
    out += "    *) COMPREPLY=() ;;\n"
           "    esac\n"
           "}\n"
           "complete -F _irm irm\n";
    return out;
}

// ---------------------------------------------------------------- zsh

/// Text inside a zsh single-quoted _arguments spec: quote, brackets and colons escaped.
std::string zsh_text(std::string_view text) {
    std::string out;
    for (const char c : text) {
        if (c == '\'')
            out += "'\\''";
        else if (c == '[' || c == ']' || c == ':' || c == '\\')
            out += std::string("\\") + c;
        else
            out += c;
    }
    return out;
}

std::string zsh_action(const CLI::Option& option) {
    const std::string label = zsh_text(option.get_positional() ? option.get_name() : option.get_type_name());
    switch (kind_of(option)) {
    case Kind::Words: return ":" + zsh_text(option.get_name()) + ":(" + joined(words_of(option)) + ")";
    case Kind::Questionnaire: return ":questionnaire:{compadd -- $(irm questionnaires --ids 2>/dev/null)}";
    case Kind::Directory: return ":" + label + ":_files -/";
    case Kind::AnyFile: return ":" + label + ":_files";
    case Kind::Response: return ":" + label + ":_files -g \"*.(#i)(yaml|yml|xlsx)(-.)\"";
    case Kind::Workbook: return ":" + label + ":_files -g \"*.(#i)xlsx(-.)\"";
    case Kind::YamlFile: return ":" + label + ":_files -g \"*.(#i)(yaml|yml)(-.)\"";
    case Kind::None: return ":" + label + ": ";
    }
    return ":" + label + ": ";
}

std::string zsh_script(const CLI::App& app) {
    std::string out =
        "#compdef irm\n"
        "# zsh completion for irm, written by `irm completion zsh`.\n"
        "\n"
        "_irm() {\n"
        "    local -a commands\n"
        "    commands=(\n";
    for (const CLI::App* command : commands_of(app))
        out += "        '" + zsh_text(command->get_name()) + ":" + zsh_text(command->get_description()) + "'\n";
    out += "    )\n"
           "    if (( CURRENT == 2 )); then\n"
           "        _describe -t commands 'irm command' commands\n"
           "        return\n"
           "    fi\n"
           "    local command=$words[2]\n"
           "    shift words\n"
           "    (( CURRENT-- ))\n"
           "    case $command in\n";
    for (const CLI::App* command : commands_of(app)) {
        out += "    " + command->get_name() + ")\n        _arguments -s";
        for (const CLI::Option* option : options_of(*command)) {
            const std::string description = "[" + zsh_text(option->get_description()) + "]";
            for (const std::string& flag : flags_of(*option)) {
                const std::string repeat = repeats(*option) ? "*" : "";
                out += " \\\n            '" + repeat + flag + description +
                       (takes_value(*option) ? zsh_action(*option) : "") + "'";
            }
        }
        for (const CLI::Option* positional : positionals_of(*command))
            out += " \\\n            '" + std::string(repeats(*positional) ? "*" : "") + zsh_action(*positional) +
                   "'";
        out += "\n        ;;\n";
    }
    out += "    esac\n"
           "}\n"
           "\n"
           "if [[ $zsh_eval_context[-1] == loadautofunc ]]; then\n"
           "    _irm \"$@\"\n"
           "else\n"
           "    compdef _irm irm\n"
           "fi\n";
    return out;
}

// ---------------------------------------------------------------- fish

std::string fish_text(std::string_view text) {
    std::string out = "'";
    for (const char c : text) {
        if (c == '\'' || c == '\\') out += '\\';
        out += c;
    }
    return out + "'";
}

std::string fish_value(const CLI::Option& option) {
    switch (kind_of(option)) {
    case Kind::Words: return " -x -a " + fish_text(joined(words_of(option)));
    case Kind::Questionnaire: return " -x -a '(irm questionnaires --ids 2>/dev/null)'";
    case Kind::Directory: return " -x -a '(__fish_complete_directories)'";
    case Kind::AnyFile:
    case Kind::Response:
    case Kind::Workbook:
    case Kind::YamlFile: return " -r -F";
    case Kind::None: return " -x";
    }
    return " -x";
}

std::string fish_script(const CLI::App& app) {
    std::string out =
        "# fish completion for irm, written by `irm completion fish`.\n"
        "complete -c irm -f\n"
        "complete -c irm -n __fish_use_subcommand -l help -s h -d 'Print the help and exit'\n"
        "complete -c irm -n __fish_use_subcommand -l version -d " +
        fish_text("Print the version, the YAML reader and the built-in questionnaires") + "\n";
    for (const CLI::App* command : commands_of(app))
        out += "complete -c irm -n __fish_use_subcommand -a " + command->get_name() + " -d " +
               fish_text(command->get_description()) + "\n";
    for (const CLI::App* command : commands_of(app)) {
        const std::string when = " -n '__fish_seen_subcommand_from " + command->get_name() + "'";
        for (const CLI::Option* option : options_of(*command)) {
            std::string line = "complete -c irm" + when;
            for (const std::string& name : option->get_snames())
                line += " -s " + name;
            for (const std::string& name : option->get_lnames())
                line += " -l " + name;
            if (takes_value(*option)) line += fish_value(*option);
            out += line + " -d " + fish_text(option->get_description()) + "\n";
        }
        const auto positionals = positionals_of(*command);
        if (positionals.empty()) continue;
        const CLI::Option& first = *positionals.front();
        if (kind_of(first) == Kind::Questionnaire)
            out += "complete -c irm" + when + " -a '(irm questionnaires --ids 2>/dev/null)'\n";
        else if (kind_of(first) != Kind::None)
            out += "complete -c irm" + when + " -F\n";
    }
    return out;
}

}  // namespace

void setup_completion(CLI::App& app, int& status) {
    auto shell = std::make_shared<std::string>();
    CLI::App* command =
        app.add_subcommand("completion", "Print the completion script of a shell: bash, zsh or fish");
    with_choices(command->add_option("SHELL", *shell, "bash, zsh or fish")
                     ->required()
                     ->check(CLI::IsMember({"bash", "zsh", "fish"})),
                 {"bash", "zsh", "fish"});
    command->callback([&app, shell, &status] {
        const std::string script = *shell == "bash" ? bash_script(app)
                                   : *shell == "zsh" ? zsh_script(app)
                                                     : fish_script(app);
        std::fputs(script.c_str(), stdout);
        status = 0;
    });
}

void setup_manual(CLI::App& app, int& status) {
    auto directory = std::make_shared<std::string>();
    // Not listed in --help: the build writes the man pages with it.
    CLI::App* command = app.add_subcommand("manual", "Write the man pages into a directory")->group("");
    command->add_option("DIR", *directory, "Where to write irm.1 and irm-COMMAND.1")->required();
    command->callback([&app, directory, &status] { status = write_manual(app, *directory); });
}

}  // namespace irm::cli
