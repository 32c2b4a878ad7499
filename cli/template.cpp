// irm template: a response file or a workbook to fill offline, optionally
// prefilled from an earlier response.
#include "commands.hpp"
#include "common.hpp"

#include <irm/files.hpp>
#include <irm/response_file.hpp>
#include <irm/template.hpp>
#include <irm/workbook_import.hpp>

#include <cstdio>

namespace irm::cli {

namespace {

enum class TemplateFormat { Yaml, Xlsx };

struct TemplateArguments {
    std::string questionnaire;
    std::string version;
    std::string language;
    std::string state;
    std::optional<TemplateFormat> format;
    std::string output;
    std::string from;
    std::vector<std::string> questionnaires;
};

/// The earlier response, read as YAML: a workbook must be read back without an error.
Prefill read_from(const std::string& path, const Questionnaire& target, const Registry& registry) {
    Result<ResponseText> text = read_response_text(path, registry);
    if (!text) throw RunError("cannot read '" + path + "': " + text.error());
    if (text->workbook)
        for (const Diagnostic& d : text->workbook->findings)
            if (d.severity == Severity::Error)
                throw RunError("cannot take answers from " + path + (d.cell.empty() ? "" : ":" + d.cell) +
                               ": " + d.message);
    Result<Prefill> prefill = read_prefill(std::move(text->yaml), target);
    if (!prefill) throw RunError("cannot take answers from " + path + ": " + prefill.error());
    return std::move(*prefill);
}

int run(const TemplateArguments& options) {
    const auto registry = open_registry(options.questionnaires);
    const Questionnaire& questionnaire =
        find_questionnaire(*registry, options.questionnaire, options.version);

    std::optional<Prefill> prefill;
    if (!options.from.empty()) {
        if (!options.output.empty() && files::same_file(options.from, options.output))
            throw RunError("the output would overwrite the input " + options.from);
        prefill = read_from(options.from, questionnaire, *registry);
    }

    irm::TemplateOptions made;
    made.language = options.language;
    if (made.language.empty() && prefill && prefill->language &&
        questionnaire.has_language(*prefill->language))
        made.language = *prefill->language;
    if (made.language.empty()) made.language = questionnaire.languages.front();
    if (!questionnaire.has_language(made.language))
        throw RunError("questionnaire '" + questionnaire.id + "' has no language '" + made.language + "'");
    made.state = !options.state.empty() ? options.state : prefill && prefill->state ? *prefill->state : "";
    if (prefill) made.prefill = &*prefill;

    const TemplateFormat format = options.format.value_or(
        files::has_extension(options.output, ".xlsx") ? TemplateFormat::Xlsx : TemplateFormat::Yaml);
    if (format == TemplateFormat::Yaml) {
        Result<std::string> written = yaml_template(questionnaire, made);
        if (!written) throw RunError("no template written: " + written.error());
        const std::string& text = *written;
        if (options.output.empty())
            std::fwrite(text.data(), 1, text.size(), stdout);
        else
            must(files::write_atomically(options.output, text));
    } else {
        if (options.output.empty()) throw RunError("a workbook is written to a file: give -o FILE.xlsx");
        files::TemporaryOutput output(options.output);
        std::vector<std::string> not_carried;
        must(write_workbook_template(output.path(), questionnaire, made, not_carried),
             "cannot write " + options.output + ": ");
        must(output.commit());
        for (const auto& line : not_carried)
            std::fprintf(stderr, "irm: %s\n", line.c_str());
    }
    if (prefill)
        for (const auto& id : prefill->dropped)
            std::fprintf(
                stderr, "irm: %s: not carried over: questionnaire %s version %s has no question '%s'\n",
                options.from.c_str(), questionnaire.id.c_str(), questionnaire.version.c_str(), id.c_str());
    return 0;
}

}  // namespace

void setup_template(CLI::App& app, int& status) {
    auto options = std::make_shared<TemplateArguments>();
    CLI::App* command = app.add_subcommand(
        "template",
        "Write a response to fill offline: YAML with every question commented, or an Excel workbook");
    command->add_option("QUESTIONNAIRE_ID", options->questionnaire, "The questionnaire, e.g. untoc-c1")
        ->required();
    command->add_option("--version", options->version, "Its version, when several are loaded");
    command->add_option("--lang", options->language,
                        "Language of the texts (default: the language of --from, else the source language)");
    command->add_option("--state", options->state, "The State answering (default: that of --from)")
        ->type_name("NAME");
    const std::map<std::string, TemplateFormat> names{{"yaml", TemplateFormat::Yaml},
                                                      {"xlsx", TemplateFormat::Xlsx}};
    command
        ->add_option("--format", options->format,
                     "yaml or xlsx (default: from the name given to -o, else yaml)")
        ->transform(CLI::CheckedTransformer(names, CLI::ignore_case));
    command->add_option("-o,--output", options->output, "Write to FILE instead of standard output")
        ->type_name("FILE");
    command
        ->add_option("--from", options->from,
                     "Prefill with the answers of an earlier response (.yaml or .xlsx)")
        ->type_name("RESPONSE");
    add_questionnaires_option(*command, options->questionnaires);
    command->callback([options, &status] { status = run(*options); });
}

}  // namespace irm::cli
