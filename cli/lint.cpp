// irm lint: check questionnaire definitions.
#include "commands.hpp"
#include "common.hpp"
#include "render.hpp"
#include "sarif.hpp"

#include <irm/files.hpp>
#include <irm/questionnaire_loader.hpp>

namespace irm::cli {

namespace {

struct LintOptions {
    Format format = Format::Text;
    std::string lang;  ///< --lang: the language of the messages
    std::vector<std::string> paths;
};

FileResult lint_one(const std::string& file, const std::string& language) {
    FileResult result;
    result.file = file;
    Result<std::string> bytes = files::read(file);
    if (!bytes) throw RunError(said("cli.error.unreadable"_key, {{"file", file}, {"why", bytes.error()}}));
    const yaml::Document doc = yaml::Document::parse(std::move(*bytes));
    LoadedQuestionnaire loaded = load_questionnaire(doc, file, language);
    if (const yaml::Node* root = doc.root(); root && root->is_map()) {
        if (const yaml::Node* id = root->find("id"); id && id->is_scalar()) result.questionnaire = id->text;
        if (const yaml::Node* version = root->find("version"); version && version->is_scalar())
            result.version = version->text;
    }
    for (const Diagnostic& d : loaded.findings) {
        if (d.severity == Severity::Error) ++result.errors;
        if (d.severity == Severity::Warning) ++result.warnings;
    }
    result.findings = std::move(loaded.findings);
    result.source = doc.shared_source();
    return result;
}

int run(const LintOptions& options) {
    const auto inputs = collect_inputs(options.paths, {".yaml", ".yml"});
    const bool colour = options.format == Format::Text && use_colour(stdout);
    std::optional<JsonReport> report;
    std::optional<SarifReport> sarif;
    if (options.format == Format::Json) report.emplace(stdout);
    if (options.format == Format::Sarif) sarif.emplace(stdout);
    Summary summary;
    // The reader is the questionnaire's author: the findings are in the language asked for, not the
    // questionnaire's.
    const std::string language = wording_of(options.lang).general();
    for (const auto& file : inputs) {
        const FileResult result = lint_one(file, language);
        summary.add(result, false);
        if (report)
            report->add(result);
        else if (sarif)
            sarif->add(result);
        else
            print_findings(stdout, result, colour);
    }
    if (report)
        report->finish(summary);
    else if (sarif)
        sarif->finish();
    else
        print_summary(stdout, summary, "questionnaire");
    return summary.errors > 0 ? 1 : 0;
}

}  // namespace

void setup_lint(CLI::App& app, int& status) {
    auto options = std::make_shared<LintOptions>();
    CLI::App* command = app.add_subcommand("lint", "Check questionnaire definitions");
    add_findings_format_option(*command, options->format);
    add_message_language_option(*command, options->lang);
    command->add_option("QUESTIONNAIRE", options->paths, "Questionnaire files, or directories of them")
        ->required();
    command->callback([options, &status] { status = run(*options); });
}

}  // namespace irm::cli
