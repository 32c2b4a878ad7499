// irm template: a response file or a workbook to fill offline, optionally
// prefilled from an earlier response.
#include "commands.hpp"
#include "common.hpp"

#include <irm/files.hpp>
#include <irm/response_file.hpp>
#include <irm/schema.hpp>
#include <irm/template.hpp>
#include <irm/workbook_import.hpp>

#include <cstdio>
#include <filesystem>

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
    bool force = false;
    std::string from;
    std::string schema_out;        ///< write the response schema there and point the template at it
    std::string schema_reference;  ///< point the template at this schema, written elsewhere
    std::vector<std::string> questionnaires;
};

/// The first line of a YAML template that tells editors using yaml-language-server
/// (VS Code's YAML extension, and others) which JSON Schema checks the file.
std::string schema_line(const TemplateArguments& options) {
    if (!options.schema_reference.empty())
        return "# yaml-language-server: $schema=" + options.schema_reference + "\n";
    if (options.schema_out.empty()) return {};
    // Relative to the template, so that both files can move together.
    namespace fs = std::filesystem;
    const fs::path from = options.output.empty() ? fs::path(".") : fs::path(options.output).parent_path();
    std::error_code ec;
    fs::path relative =
        fs::relative(fs::absolute(options.schema_out, ec), fs::absolute(from.empty() ? "." : from, ec), ec);
    if (ec || relative.empty()) relative = fs::absolute(options.schema_out, ec);
    return "# yaml-language-server: $schema=" + relative.generic_string() + "\n";
}

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
    refuse_existing_output(options.output, options.force);

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
    if (format == TemplateFormat::Xlsx && (!options.schema_out.empty() || !options.schema_reference.empty()))
        throw RunError(
            "--schema-out and --schema are for YAML templates: a workbook checks its cells itself");
    if (!options.schema_out.empty()) {
        if (!options.output.empty() && files::same_file(options.schema_out, options.output))
            throw RunError("the schema and the template would be the same file '" + options.output + "'");
        if (!options.from.empty() && files::same_file(options.schema_out, options.from))
            throw RunError("the schema would overwrite the input " + options.from);
        refuse_existing_output(options.schema_out, options.force);
    }
    if (format == TemplateFormat::Yaml) {
        Result<std::string> made_text = yaml_template(questionnaire, made);
        if (!made_text) throw RunError("no template written: " + made_text.error());
        const std::string text = schema_line(options) + *made_text;
        if (!options.schema_out.empty())
            must(files::write_atomically(options.schema_out, response_schema(questionnaire, made.language)));
        if (options.output.empty()) {
            std::fwrite(text.data(), 1, text.size(), stdout);
        } else if (const Done written = files::write_atomically(options.output, text); !written) {
            if (!options.schema_out.empty()) std::remove(options.schema_out.c_str());
            throw RunError(written.error());
        }
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
    command->add_option("--version", options->version, "Its version (default: the newest loaded)");
    add_language_option(*command, options->language,
                        "Language of the texts (default: the language of --from, else the source language)");
    command->add_option("--state", options->state, "The State answering (default: that of --from)")
        ->type_name("NAME");
    const std::map<std::string, TemplateFormat> names{{"yaml", TemplateFormat::Yaml},
                                                      {"xlsx", TemplateFormat::Xlsx}};
    command
        ->add_option("--format", options->format,
                     "yaml or xlsx (default: from the name given to -o, else yaml)")
        ->transform(CLI::CheckedTransformer(names, CLI::ignore_case));
    with_choices(command->get_option("--format"), {"yaml", "xlsx"});
    command->add_option("-o,--output", options->output, "Write to FILE instead of standard output")
        ->type_name("FILE");
    add_force_option(*command, options->force);
    command
        ->add_option("--from", options->from,
                     "Prefill with the answers of an earlier response (.yaml or .xlsx)")
        ->type_name("RESPONSE");
    command
        ->add_option(
            "--schema-out", options->schema_out,
            "YAML only: also write the JSON Schema of the response to FILE, and name it in the "
            "template's first line, so that editors using yaml-language-server complete and check it")
        ->type_name("FILE");
    command
        ->add_option(
            "--schema", options->schema_reference,
            "YAML only: name this JSON Schema (a path or URL, e.g. an installed share/irm/schemas file) "
            "in the template's first line, without writing it")
        ->type_name("SCHEMA")
        ->excludes("--schema-out");
    add_questionnaires_option(*command, options->questionnaires);
    command->callback([options, &status] { status = run(*options); });
}

}  // namespace irm::cli
