// irm template: a response file or a workbook to fill offline, optionally
// prefilled from an earlier response.
#include "commands.hpp"
#include "common.hpp"

#include <irm/catalogue.hpp>
#include <irm/files.hpp>
#include <irm/parts.hpp>
#include <irm/response_file.hpp>
#include <irm/schema.hpp>
#include <irm/template.hpp>
#include <irm/text.hpp>
#include <irm/workbook_import.hpp>

#include <cctype>
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
Prefill read_from(const std::string& path, const Questionnaire& target, const Registry& registry,
                  const Wording& wording) {
    const std::string& language = wording.general();
    Result<ResponseText> text = read_response_text(path, registry, wording);
    if (!text)
        throw RunError(
            message("template.run.cannot-read"_key, language, {{"file", path}, {"reason", text.error()}}));
    if (text->workbook)
        for (const Diagnostic& d : text->workbook->findings)
            if (d.severity == Severity::Error)
                throw RunError(
                    message("template.run.from-refused"_key, language,
                            {{"file", path + (d.cell.empty() ? "" : ":" + d.cell)}, {"reason", d.message}}));
    Result<Prefill> prefill = read_prefill(std::move(text->yaml), target);
    if (!prefill)
        throw RunError(message("template.run.from-refused"_key, language,
                               {{"file", path}, {"reason", prefill.error()}}));
    return std::move(*prefill);
}

/// The name a workbook takes when -o names none: the questionnaire, its version and the State,
/// "untoc-c1-2026.1-Freedonia.xlsx", in letters, digits, '.', '-' and '_' only (accented Latin
/// letters lose their accents; what has no such spelling, a space among them, becomes '-'), so
/// that it travels by e-mail and through every file system.
std::string default_workbook_name(const Questionnaire& questionnaire, const std::string& state) {
    std::string name;
    bool gap = false;
    const auto add = [&](std::string_view text) {
        for (std::size_t i = 0; i < text.size();) {
            const text::Character c = text::character_at(text, i);
            const std::size_t length = c.length == 0 ? 1 : c.length;
            const std::string_view piece = text.substr(i, length);
            i += length;
            const char ascii = length == 1 ? piece[0] : '\0';
            std::string kept;
            if (std::isalnum(static_cast<unsigned char>(ascii)) || ascii == '.' || ascii == '_')
                kept = std::string(1, ascii);
            else if (length > 1)
                kept = slug(piece);  // "é" is "e"; a letter of another script gives nothing
            if (kept.empty()) {
                gap = !name.empty();
                continue;
            }
            if (gap) name += '-';
            gap = false;
            // An accented capital keeps its capital: "État" gives "Etat".
            if (length > 1 && text::capitalised(piece) == piece && text::capitalised(kept) != kept)
                kept = text::capitalised(kept);
            name += kept;
        }
        gap = !name.empty();
    };
    add(questionnaire.id);
    add(questionnaire.version);
    const std::size_t before_state = name.size();
    add(state);
    // A long State name is cut, and a name of dots alone is no name.
    if (name.size() - before_state > 61) name.resize(before_state + 61);
    while (!name.empty() && (name.back() == '-' || name.back() == '.'))
        name.pop_back();
    return name + ".xlsx";
}

int run(const TemplateArguments& options) {
    const Wording wording = wording_of(options.language);
    const std::string& language = wording.general();
    const auto words = [&](Key key, std::initializer_list<Arg> args = {}) {
        return message(key, language, args);
    };
    const auto registry = open_registry(options.questionnaires);
    const Questionnaire& questionnaire =
        find_questionnaire(*registry, options.questionnaire, options.version);

    std::optional<Prefill> prefill;
    if (!options.from.empty()) {
        if (!options.output.empty() && files::same_file(options.from, options.output))
            throw RunError(words("template.run.output-is-input"_key, {{"file", options.from}}));
        prefill = read_from(options.from, questionnaire, *registry, wording);
    }

    irm::TemplateOptions made;
    made.language = options.language;
    if (made.language.empty() && prefill && prefill->language &&
        questionnaire.has_language(*prefill->language))
        made.language = *prefill->language;
    if (made.language.empty()) made.language = questionnaire.languages.front();
    if (!questionnaire.has_language(made.language))
        throw RunError(words("template.run.no-language"_key,
                             {{"questionnaire", questionnaire.id}, {"language", made.language}}));
    made.state = !options.state.empty() ? options.state : prefill && prefill->state ? *prefill->state : "";
    if (prefill) made.prefill = &*prefill;

    const TemplateFormat format = options.format.value_or(
        files::has_extension(options.output, ".xlsx") ? TemplateFormat::Xlsx : TemplateFormat::Yaml);
    // A workbook cannot go to standard output: without -o it takes a name of its own, beside.
    const std::string output = format == TemplateFormat::Xlsx && options.output.empty()
                                   ? default_workbook_name(questionnaire, made.state)
                                   : options.output;
    if (output != options.output && !options.from.empty() && files::same_file(options.from, output))
        throw RunError(words("template.run.output-is-input"_key, {{"file", options.from}}));
    refuse_existing_output(output, options.force);
    if (format == TemplateFormat::Xlsx && (!options.schema_out.empty() || !options.schema_reference.empty()))
        throw RunError(words("template.run.schema-for-yaml"_key));
    if (!options.schema_out.empty()) {
        if (!options.output.empty() && files::same_file(options.schema_out, options.output))
            throw RunError(words("template.run.schema-is-template"_key, {{"file", options.output}}));
        if (!options.from.empty() && files::same_file(options.schema_out, options.from))
            throw RunError(words("template.run.schema-is-input"_key, {{"file", options.from}}));
        refuse_existing_output(options.schema_out, options.force);
    }
    if (format == TemplateFormat::Yaml) {
        Result<std::string> made_text = yaml_template(questionnaire, made);
        if (!made_text)
            throw RunError(words("template.run.not-written"_key, {{"reason", made_text.error()}}));
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
        files::TemporaryOutput written(output);
        std::vector<std::string> not_carried;
        must(write_workbook_template(written.path(), questionnaire, made, not_carried),
             words("template.run.cannot-write"_key, {{"file", output}}));
        must(written.commit());
        for (const auto& line : not_carried)
            std::fprintf(stderr, "irm: %s\n", line.c_str());
        // Told where it went, since no -o said so.
        if (output != options.output)
            std::fprintf(stderr, "irm: %s\n",
                         words("template.run.written-to"_key, {{"file", output}}).c_str());
    }
    if (prefill)
        for (const auto& id : prefill->dropped)
            std::fprintf(stderr, "irm: %s\n",
                         words("template.run.dropped"_key, {{"file", options.from},
                                                            {"questionnaire", questionnaire.id},
                                                            {"version", questionnaire.version},
                                                            {"id", id}})
                             .c_str());
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
    command
        ->add_option(
            "-o,--output", options->output,
            "Write to FILE instead of standard output; a workbook without -o is written to a file "
            "named after the questionnaire, its version and the State (untoc-c1-2026.1-Freedonia.xlsx)")
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
