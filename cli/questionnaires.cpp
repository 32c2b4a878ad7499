// irm questionnaires: every questionnaire irm can see, and where it came from.
#include "commands.hpp"
#include "common.hpp"

#include <irm/json.hpp>
#include <irm/registry.hpp>
#include <irm/text.hpp>
#include <irm/yaml.hpp>

#include <cstdio>
#include <set>

namespace irm::cli {

namespace {

struct QuestionnairesOptions {
    Format format = Format::Text;
    bool ids = false;
    std::vector<std::string> questionnaires;
};

std::string origin(const Registry::Listed& listed) {
    return listed.shipped ? std::string("built in") : listed.file;
}

std::string state(const Registry::Listed& listed) {
    if (!listed.questionnaire) return "refused: it has errors (irm lint " + listed.file + ")";
    if (listed.shadowed) return "hidden by an earlier one of the same id and version";
    return {};
}

void print_json(const std::vector<Registry::Listed>& listing) {
    json::Writer out;
    out.begin_array();
    for (const Registry::Listed& listed : listing) {
        out.begin_object();
        out.key("id").value(listed.id);
        out.key("version").value(listed.version);
        out.key("file").value(listed.shipped ? std::optional<std::string>() : listed.file);
        out.key("shipped").value(listed.shipped);
        out.key("usable").value(listed.questionnaire != nullptr && !listed.shadowed);
        out.key("languages").begin_array();
        if (listed.questionnaire)
            for (const std::string& language : listed.questionnaire->languages)
                out.value(language);
        out.end_array();
        out.key("title");
        if (listed.questionnaire)
            out.value(listed.questionnaire->title.in(listed.questionnaire->languages.front()));
        else
            out.null();
        out.end_object();
    }
    out.end_array();
    std::fputs(out.str().c_str(), stdout);
    std::fputc('\n', stdout);
}

void print_text(const std::vector<Registry::Listed>& listing) {
    for (const Registry::Listed& listed : listing) {
        std::string line = listed.id + " " + listed.version;
        if (listed.questionnaire) {
            line += " (" + text::join(listed.questionnaire->languages, ", ") + ")";
            line += ": " + listed.questionnaire->title.in(listed.questionnaire->languages.front());
        }
        line += "\n    " + origin(listed);
        if (const std::string why = state(listed); !why.empty()) line += "; " + why;
        std::puts(line.c_str());
    }
}

int run(const QuestionnairesOptions& options) {
    const auto registry = open_registry(options.questionnaires);
    const std::vector<Registry::Listed> listing = registry->listing();
    if (options.ids) {
        // One usable id per line, for shell completion and scripts.
        std::set<std::string> seen;
        for (const Registry::Listed& listed : listing)
            if (listed.questionnaire && seen.insert(listed.id).second) std::puts(listed.id.c_str());
    } else if (options.format == Format::Json) {
        print_json(listing);
    } else {
        print_text(listing);
    }
    return 0;
}

}  // namespace

std::string version_text() {
    std::string out = "irm " IRM_VERSION "\nYAML reader: " + std::string(yaml::reader_name()) +
                      "\nBuilt-in questionnaires:";
    Registry::Sources built_in;
    Result<std::unique_ptr<Registry>> registry = Registry::open(built_in);
    if (registry)
        for (const Registry::Listed& listed : (*registry)->listing())
            if (listed.questionnaire)
                out += "\n  " + listed.id + " " + listed.version + " (" +
                       text::join(listed.questionnaire->languages, ", ") + ")";
    return out;
}

void setup_questionnaires(CLI::App& app, int& status) {
    auto options = std::make_shared<QuestionnairesOptions>();
    CLI::App* command = app.add_subcommand(
        "questionnaires", "List every questionnaire irm can see: id, version, languages and where it came from");
    add_format_option(*command, options->format);
    command->add_flag("--ids", options->ids, "Print only the ids of the usable questionnaires, one per line");
    add_questionnaires_option(*command, options->questionnaires);
    command->callback([options, &status] { status = run(*options); });
}

}  // namespace irm::cli
