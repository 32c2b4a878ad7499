// irm status: how far a response has come, and which required questions are next.
#include "commands.hpp"
#include "common.hpp"

#include <irm/answers.hpp>
#include <irm/catalogue.hpp>
#include <irm/json.hpp>
#include <irm/response.hpp>
#include <irm/response_file.hpp>
#include <irm/status.hpp>
#include <irm/text.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>

namespace irm::cli {

namespace {

struct StatusOptions {
    Format format = Format::Text;
    int next = 5;
    std::vector<std::string> questionnaires;
    std::string path;
};

std::string pad_right(const std::string& text, std::size_t width) {
    const std::size_t length = text::code_points(text);
    return length >= width ? text : text + std::string(width - length, ' ');
}

std::string format_percent(double percent) {
    char text[16];
    std::snprintf(text, sizeof text, "%.1f", percent);
    std::string out = text;
    if (out.size() > 2 && out.compare(out.size() - 2, 2, ".0") == 0) out.resize(out.size() - 2);
    return out + "%";
}

/// The response, or a RunError when no status can be given: it cannot be read
/// or its questionnaire is unknown.
Response load(const std::string& path, const Registry& registry) {
    Response response = load_named_response(path, registry);
    if (response.questionnaire) return response;
    // The first error says why: unreadable, not YAML, no header, unknown questionnaire.
    for (const Diagnostic& d : response.findings) {
        if (d.severity != Severity::Error) continue;
        std::string where = d.file;
        if (d.line) where += ":" + std::to_string(*d.line) + ":" + std::to_string(d.column.value_or(1));
        throw RunError(where + ": cannot give a status: " + text::one_line(d.message) + " [" + d.code + "]");
    }
    throw RunError(path + ": cannot give a status without a known questionnaire");
}

std::string language_of(const Response& response) {
    const Questionnaire& q = *response.questionnaire;
    if (response.language && q.has_language(*response.language)) return *response.language;
    return q.languages.empty() ? std::string() : q.languages.front();
}

void print_text(const Response& response, const Progress& progress, const StatusOptions& options) {
    const Questionnaire& q = *response.questionnaire;
    const std::string language = language_of(response);
    // Names and texts are shown, never sent: a control character in them must not reach the terminal.
    std::printf("%s: %s, %s version %s, %s\n", text::visible(response.file).c_str(),
                text::visible(response.state.value_or("?")).c_str(), q.id.c_str(),
                text::visible(q.version).c_str(), text::visible(response.status.value_or("draft")).c_str());

    std::size_t id_width = std::string("section").size();
    for (const SectionProgress& s : progress.sections)
        id_width = std::max(id_width, s.section->id.size());
    const auto row = [&](const std::string& id, const Tally& t, const std::string& tail) {
        std::printf("  %s  %8s  %10s  %16s  %s\n", pad_right(id, id_width).c_str(),
                    std::to_string(t.answered).c_str(), std::to_string(t.applicable).c_str(),
                    std::to_string(t.required_missing).c_str(), tail.c_str());
    };
    std::printf("  %s  %8s  %10s  %16s  %s\n", pad_right("section", id_width).c_str(), "answered",
                "applicable", "required missing", "title");
    for (const SectionProgress& s : progress.sections)
        row(s.section->id, s.tally,
            text::visible(text::shorten(text::one_line(s.section->title.in(language)), 60)));
    row("total", progress.total, format_percent(progress.total.percent()) + " answered");

    // How binding the provisions asked about are, so that a focal point sees which answers
    // the review reads as obligations.
    if (!progress.levels.empty()) {
        std::printf("\nProvisions by level of obligation (answered of applicable):\n");
        std::vector<std::string> words;
        std::size_t words_width = 0;
        for (const LevelProgress& level : progress.levels) {
            words.push_back(level_in_words(level.level, language));
            words_width = std::max(words_width, text::code_points(words.back()));
        }
        for (std::size_t i = 0; i < words.size(); ++i)
            std::printf("  %s  %d of %d\n", pad_right(words[i], words_width).c_str(),
                        progress.levels[i].tally.answered, progress.levels[i].tally.applicable);
    }

    const std::size_t missing = progress.missing.size();
    if (missing == 0) {
        std::printf("\nEvery required question is answered.\n");
        return;
    }
    const std::size_t shown =
        options.next <= 0 ? missing : std::min(missing, static_cast<std::size_t>(options.next));
    std::printf("\nNext required question%s (%zu of %zu):\n", shown == 1 ? "" : "s", shown, missing);
    std::size_t width = 0;
    for (std::size_t i = 0; i < shown; ++i)
        width = std::max(width, progress.missing[i]->id.size());
    for (std::size_t i = 0; i < shown; ++i) {
        const Question& question = *progress.missing[i];
        const std::string level = obligation_in_words(question, q, language);
        const std::string provision =
            question.provision.empty()
                ? std::string()
                : "[" + question.provision + (level.empty() ? "" : ", " + level) + "] ";
        std::printf("  %s  %s%s\n", pad_right(question.id, width).c_str(), text::visible(provision).c_str(),
                    text::visible(text::shorten(text::one_line(question.label.in(language)), 90)).c_str());
    }
    if (shown < missing)
        std::printf("  ... and %zu more: irm status --next 0 %s lists them all\n", missing - shown,
                    response.file.c_str());
}

void write_tally(json::Writer& w, const Tally& t) {
    w.key("answered").value(t.answered);
    w.key("applicable").value(t.applicable);
    w.key("required_missing").value(t.required_missing);
}

void print_json(const Response& response, const Progress& progress, const StatusOptions& options) {
    const Questionnaire& q = *response.questionnaire;
    const std::string language = language_of(response);
    json::Writer w;
    w.begin_object();
    w.key("file").value(response.file);
    w.key("questionnaire").value(q.id);
    w.key("version").value(q.version);
    w.key("state").value(response.state);
    w.key("status").value(response.status);
    w.key("language").value(language);
    write_tally(w, progress.total);
    w.key("percent").value(progress.total.percent());
    w.key("sections").begin_array();
    for (const SectionProgress& s : progress.sections) {
        w.begin_object();
        w.key("id").value(s.section->id);
        w.key("article").value(s.section->article);
        w.key("title").value(s.section->title.in(language));
        write_tally(w, s.tally);
        w.end_object();
    }
    w.end_array();
    const std::size_t missing = progress.missing.size();
    const std::size_t shown =
        options.next <= 0 ? missing : std::min(missing, static_cast<std::size_t>(options.next));
    w.key("next").begin_array();
    for (std::size_t i = 0; i < shown; ++i) {
        const Question& question = *progress.missing[i];
        w.begin_object();
        w.key("question").value(question.id);
        w.key("section").value(q.sections[question.section].id);
        w.key("label").value(question.label.in(language));
        if (!question.provision.empty()) w.key("provision").value(question.provision);
        if (is_provision_question(question))
            w.key("obligation").value(std::string(to_string(question.obligation)));
        w.end_object();
    }
    w.end_array();
    w.key("levels").begin_array();
    for (const LevelProgress& level : progress.levels) {
        w.begin_object();
        w.key("obligation").value(std::string(to_string(level.level)));
        w.key("words").value(level_in_words(level.level, language));
        write_tally(w, level.tally);
        w.end_object();
    }
    w.end_array();
    w.end_object();
    const std::string text = w.take() + "\n";
    std::fwrite(text.data(), 1, text.size(), stdout);
}

int run(const StatusOptions& options) {
    auto registry = open_registry(options.questionnaires);
    const Response response = load(options.path, *registry);
    const int errors = response.count(Severity::Error);
    if (errors > 0)
        std::fprintf(stderr,
                     "irm: warning: %s has %d error%s (irm validate %s shows them); answers with errors "
                     "count as answered\n",
                     response.file.c_str(), errors, errors == 1 ? "" : "s", response.file.c_str());
    const Progress result = progress(response);
    if (options.format == Format::Json)
        print_json(response, result, options);
    else
        print_text(response, result, options);
    return 0;
}

}  // namespace

void setup_status(CLI::App& app, int& status) {
    auto options = std::make_shared<StatusOptions>();
    CLI::App* command = app.add_subcommand(
        "status", "Show how far a response has come, section by section, and the next required questions");
    add_format_option(*command, options->format);
    command
        ->add_option("--next", options->next, "How many of the missing required questions to list (0: all)")
        ->type_name("N")
        ->check(CLI::NonNegativeNumber.description(""))
        ->default_str("5");
    add_questionnaires_option(*command, options->questionnaires);
    command->add_option("RESPONSE", options->path, "The response file")->required();
    command->callback([options, &status] { status = run(*options); });
}

}  // namespace irm::cli
