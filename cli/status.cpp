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
    std::string language;
};

/// The form of a text for a count: `one` for 1, and in French for 0 as well.
Key form(std::size_t n, Key one, Key other, std::string_view language) {
    return (language == "fr" ? n <= 1 : n == 1) ? one : other;
}

std::string pad_right(const std::string& text, std::size_t width) {
    const std::size_t length = text::code_points(text);
    return length >= width ? text : text + std::string(width - length, ' ');
}

std::string pad_left(const std::string& text, std::size_t width) {
    const std::size_t length = text::code_points(text);
    return length >= width ? text : std::string(width - length, ' ') + text;
}

/// A percentage as the language writes it: "39.8%", "39,8 %"; "40%" without a decimal of 0.
std::string format_percent(double percent, std::string_view language) {
    char digits[32];
    std::snprintf(digits, sizeof digits, "%.1f", percent);
    const std::string number = digits;
    const std::size_t point = number.find('.');
    const std::string whole = number.substr(0, point);
    const std::string fraction = point == std::string::npos ? std::string() : number.substr(point + 1);
    const std::string written =
        fraction.empty() || fraction == "0"
            ? whole
            : message("status.decimal"_key, language, {{"whole", whole}, {"fraction", fraction}});
    return message("status.percent"_key, language, {{"number", written}});
}

/// The response, or a RunError when no status can be given: it cannot be read
/// or its questionnaire is unknown.
Response load(const std::string& path, const Registry& registry, const Wording& wording) {
    Response response = load_named_response(path, registry);
    if (response.questionnaire) return response;
    const std::string language = wording.about(response.language.value_or(""));
    // The first error says why: unreadable, not YAML, no header, unknown questionnaire.
    for (const Diagnostic& d : response.findings) {
        if (d.severity != Severity::Error) continue;
        std::string where = d.file;
        if (d.line) where += ":" + std::to_string(*d.line) + ":" + std::to_string(d.column.value_or(1));
        throw RunError(message("status.error.finding"_key, language,
                               {{"where", where}, {"message", text::one_line(d.message)}, {"code", d.code}}));
    }
    throw RunError(message("status.error.no-questionnaire"_key, language, {{"file", path}}));
}

/// The language of the words: --lang, else the response's, else the environment's.
std::string words_of(const Response& response, const Wording& wording) {
    return wording.about(response.language.value_or(""));
}

/// The language of the questionnaire's texts: the words' language when the questionnaire has it,
/// else the response's, else the questionnaire's first.
std::string language_of(const Response& response, const std::string& words) {
    const Questionnaire& q = *response.questionnaire;
    if (q.has_language(words)) return words;
    if (response.language && q.has_language(*response.language)) return *response.language;
    return q.languages.empty() ? std::string() : q.languages.front();
}

/// A response's status as people read it; a status the format does not know, as written.
std::string status_word(const std::optional<std::string>& status, std::string_view language) {
    if (!status || *status == "draft") return message("status.status.draft"_key, language);
    if (*status == "final") return message("status.status.final"_key, language);
    return *status;
}

void print_text(const Response& response, const Progress& progress, const StatusOptions& options,
                const std::string& words) {
    const Questionnaire& q = *response.questionnaire;
    const std::string language = language_of(response, words);
    const auto say = [&words](Key key, std::initializer_list<Arg> args = {}) {
        return message(key, words, args);
    };
    // Names and texts are shown, never sent: a control character in them must not reach the terminal.
    std::printf("%s\n",
                text::visible(say("status.heading"_key, {{"file", response.file},
                                                         {"state", response.state.value_or("?")},
                                                         {"questionnaire", q.id},
                                                         {"version", q.version},
                                                         {"status", status_word(response.status, words)}}))
                    .c_str());

    // Sections in columns: the id, three counts right-aligned under their headings, the title.
    const std::string section = say("status.header.section"_key), total = say("status.total"_key);
    const std::vector<std::string> heads{say("status.header.answered"_key),
                                         say("status.header.applicable"_key),
                                         say("status.header.missing"_key)};
    std::size_t id_width = std::max(text::code_points(section), text::code_points(total));
    for (const SectionProgress& s : progress.sections)
        id_width = std::max(id_width, text::code_points(s.section->id));
    std::vector<std::size_t> widths;
    for (const std::string& head : heads)
        widths.push_back(std::max<std::size_t>(text::code_points(head), 5));
    const auto line = [&](const std::string& id, const std::vector<std::string>& cells,
                          const std::string& tail) {
        std::string out = "  " + pad_right(id, id_width);
        for (std::size_t i = 0; i < cells.size(); ++i)
            out += "  " + pad_left(cells[i], widths[i]);
        std::printf("%s  %s\n", out.c_str(), tail.c_str());
    };
    const auto row = [&](const std::string& id, const Tally& t, const std::string& tail) {
        line(id,
             {std::to_string(t.answered), std::to_string(t.applicable), std::to_string(t.required_missing)},
             tail);
    };
    line(section, heads, say("status.header.title"_key));
    for (const SectionProgress& s : progress.sections)
        row(s.section->id, s.tally,
            text::visible(text::shorten(text::one_line(s.section->title.in(language)), 60)));
    row(total, progress.total,
        say("status.total-answered"_key, {{"percent", format_percent(progress.total.percent(), words)}}));

    // How binding the provisions asked about are, so that a focal point sees which answers
    // the review reads as obligations.
    if (!progress.levels.empty()) {
        std::printf("\n%s\n", say("status.levels"_key).c_str());
        std::vector<std::string> levels;
        std::size_t levels_width = 0;
        for (const LevelProgress& level : progress.levels) {
            levels.push_back(level_in_words(level.level, words));
            levels_width = std::max(levels_width, text::code_points(levels.back()));
        }
        for (std::size_t i = 0; i < levels.size(); ++i)
            std::printf(
                "  %s  %s\n", pad_right(levels[i], levels_width).c_str(),
                say("status.level"_key, {{"answered", std::to_string(progress.levels[i].tally.answered)},
                                         {"applicable", std::to_string(progress.levels[i].tally.applicable)}})
                    .c_str());
    }

    const std::size_t missing = progress.missing.size();
    if (missing == 0) {
        std::printf("\n%s\n", say("status.all-answered"_key).c_str());
        return;
    }
    const std::size_t shown =
        options.next <= 0 ? missing : std::min(missing, static_cast<std::size_t>(options.next));
    std::printf("\n%s\n", say(form(shown, "status.next.one"_key, "status.next.other"_key, words),
                              {{"shown", std::to_string(shown)}, {"missing", std::to_string(missing)}})
                              .c_str());
    // Each named as a message names a question: the provision in words, a short label, the id.
    for (std::size_t i = 0; i < shown; ++i) {
        const Question& question = *progress.missing[i];
        const std::string named = question_in_words(question, language);
        const std::string level = obligation_in_words(question, q, words);
        std::printf("  %s\n", text::visible(level.empty() ? named
                                                          : say("status.next.level"_key,
                                                                {{"question", named}, {"level", level}}))
                                  .c_str());
    }
    if (shown < missing)
        std::printf("  %s\n", say("status.more"_key,
                                  {{"count", std::to_string(missing - shown)}, {"file", response.file}})
                                  .c_str());
}

void write_tally(json::Writer& w, const Tally& t) {
    w.key("answered").value(t.answered);
    w.key("applicable").value(t.applicable);
    w.key("required_missing").value(t.required_missing);
}

void print_json(const Response& response, const Progress& progress, const StatusOptions& options,
                const std::string& words) {
    const Questionnaire& q = *response.questionnaire;
    const std::string language = language_of(response, words);
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
        w.key("words").value(level_in_words(level.level, words));
        write_tally(w, level.tally);
        w.end_object();
    }
    w.end_array();
    w.end_object();
    const std::string text = w.take() + "\n";
    std::fwrite(text.data(), 1, text.size(), stdout);
}

int run(const StatusOptions& options) {
    const Wording wording = wording_of(options.language);
    auto registry = open_registry(options.questionnaires);
    const Response response = load(options.path, *registry, wording);
    const std::string words = words_of(response, wording);
    const int errors = response.count(Severity::Error);
    if (errors > 0)
        std::fprintf(stderr, "irm: warning: %s\n",
                     message(form(static_cast<std::size_t>(errors), "status.warning.errors.one"_key,
                                  "status.warning.errors.other"_key, words),
                             words, {{"file", response.file}, {"count", std::to_string(errors)}})
                         .c_str());
    const Progress result = progress(response);
    if (options.format == Format::Json)
        print_json(response, result, options, words);
    else
        print_text(response, result, options, words);
    return 0;
}

}  // namespace

void setup_status(CLI::App& app, int& status) {
    auto options = std::make_shared<StatusOptions>();
    CLI::App* command = app.add_subcommand(
        "status", "Show how far a response has come, section by section, and the next required questions");
    add_format_option(*command, options->format);
    add_message_language_option(*command, options->language);
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
