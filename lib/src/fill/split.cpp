#include <irm/answers.hpp>
#include <irm/catalogue.hpp>
#include <irm/parts.hpp>
#include <irm/template.hpp>
#include <irm/text.hpp>
#include <irm/values.hpp>
#include <irm/yaml_writer.hpp>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace irm {

namespace {

std::string replace_all(std::string text, std::string_view from, std::string_view to) {
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
    return text;
}

/// A comment block at an indentation, one `# ` line per wrapped line. The text may
/// hold a State's name or a questionnaire's text: each of its line breaks starts a
/// comment line, so that nothing after one is read as YAML.
std::string comment_lines(std::string_view text, int indent) {
    std::string out;
    const std::string pad(static_cast<std::size_t>(indent), ' ');
    for (const auto& line : text::wrap(yaml::comment_text(text), static_cast<std::size_t>(100 - indent - 2)))
        out += pad + (line.empty() ? "#" : "# " + line) + "\n";
    return out;
}

std::string language_of(const Response& response) {
    const Questionnaire& q = *response.questionnaire;
    if (response.language && q.has_language(*response.language)) return *response.language;
    return q.languages.empty() ? std::string() : q.languages.front();
}

std::string choice_list(const std::vector<Choice>& choices, std::string_view language) {
    std::string out;
    for (const Choice& choice : choices) {
        if (!out.empty()) out += "; ";
        out += choice.value + " (" + choice.label.in(language) + ")";
    }
    return out;
}

/// Values a YAML file holds, each with what it means in the language: "legislative_assistance
/// (Legislative assistance)"; a value that reads as its label is shown once.
std::string values_with_labels(const std::vector<std::pair<std::string, std::string>>& values) {
    std::string out;
    for (const auto& [value, label] : values) {
        if (!out.empty()) out += ", ";
        out += value;
        if (!label.empty() && label != value) out += " (" + label + ")";
    }
    return out;
}

/// What a part's reader is told above a question: provision, label, and the answer's shape.
std::string question_comment(const Question& q, std::string_view language) {
    std::string out = q.provision.empty() ? q.label.in(language)
                                          : message("part.question"_key, language,
                                                    {{"provision", provision_in_words(q.provision, language)},
                                                     {"label", q.label.in(language)}});
    std::string shape;
    switch (q.type) {
        case QuestionType::Choice:
            shape =
                message("part.shape.choice"_key, language, {{"values", choice_list(q.choices, language)}});
            break;
        case QuestionType::MultiChoice:
            shape = message("part.shape.multi-choice"_key, language,
                            {{"values", choice_list(q.choices, language)}});
            break;
        case QuestionType::Legislation:
            shape = message("part.shape.legislation"_key, language);
            break;
        case QuestionType::CourtCases:
            shape = message("part.shape.court-cases"_key, language);
            break;
        case QuestionType::Table: {
            std::vector<std::pair<std::string, std::string>> columns;
            for (const Column& column : q.columns)
                columns.emplace_back(column.id, column.label.in(language));
            shape = message("part.shape.table"_key, language, {{"columns", values_with_labels(columns)}});
            break;
        }
        case QuestionType::TaNeeds: {
            std::vector<std::pair<std::string, std::string>> categories;
            for (const auto& category : ta_categories())
                categories.emplace_back(category, ta_category_label(category, language));
            shape =
                message("part.shape.needs"_key, language, {{"categories", values_with_labels(categories)}});
            break;
        }
        case QuestionType::Date:
            shape = message("part.shape.date"_key, language);
            break;
        case QuestionType::Integer:
            shape = message("part.shape.whole-number"_key, language);
            break;
        case QuestionType::Number:
            shape = message("part.shape.number"_key, language);
            break;
        case QuestionType::Note:
        case QuestionType::Text:
            break;
    }
    if (!shape.empty()) out += "\n" + shape;
    return out;
}

/// The questions a question's conditions read: its show_if, required and
/// constraint, and its section's show_if.
std::vector<std::size_t> dependencies(const Questionnaire& q, std::size_t index) {
    const Question& question = q.questions[index];
    std::vector<const Condition*> conditions{question.show_if ? &*question.show_if : nullptr,
                                             question.required_if ? &*question.required_if : nullptr,
                                             question.constraint ? &*question.constraint : nullptr};
    const Section& section = q.sections[question.section];
    if (section.show_if) conditions.push_back(&*section.show_if);
    std::vector<std::size_t> out;
    for (const Condition* condition : conditions) {
        if (!condition) continue;
        for (const auto& name : expr::names(condition->expr))
            if (const Question* named = q.find(name))
                out.push_back(static_cast<std::size_t>(named - q.questions.data()));
    }
    return out;
}

/// Answers of other parts that the part's conditions read, so that its
/// questions apply and its constraints hold exactly as in the whole response.
std::vector<std::size_t> context_of(const Response& response, const std::vector<std::size_t>& own) {
    const Questionnaire& q = *response.questionnaire;
    std::set<std::size_t> seen(own.begin(), own.end());
    std::vector<std::size_t> todo(own.begin(), own.end());
    std::vector<std::size_t> context;
    while (!todo.empty()) {
        const std::size_t index = todo.back();
        todo.pop_back();
        for (const std::size_t dependency : dependencies(q, index)) {
            if (!seen.insert(dependency).second) continue;
            todo.push_back(dependency);
            if (q.questions[dependency].type != QuestionType::Note && response.answers[dependency].answered)
                context.push_back(dependency);
        }
    }
    std::sort(context.begin(), context.end());
    return context;
}

/// The base's first answer node for a question, as written (nullptr when absent).
const yaml::Node* written_answer(const Response& response, std::size_t index) {
    const AnswerState& answer = response.answers[index];
    return answer.answered ? answer.node : nullptr;
}

/// Every question a part holds, in questionnaire order: its own, its notes and its context.
std::vector<std::size_t> held_by(const Part& part) {
    std::vector<std::size_t> held = part.questions;
    held.insert(held.end(), part.notes.begin(), part.notes.end());
    held.insert(held.end(), part.context.begin(), part.context.end());
    std::sort(held.begin(), held.end());
    return held;
}

/// The waivers of these questions, in their order.
std::vector<std::pair<std::string, std::string>> waivers_of(const Response& response,
                                                            const std::vector<std::size_t>& questions) {
    std::vector<std::pair<std::string, std::string>> waivers;
    for (const std::size_t index : questions)
        for (const Waiver& waiver : response.waivers)
            if (waiver.question == response.questionnaire->questions[index].id)
                waivers.emplace_back(waiver.question, waiver.justification);
    return waivers;
}

/// What a part says of another part's answer that it holds as context.
std::string context_note(const Question& question, std::string_view language) {
    return message("part.context"_key, language, {{"authority", question.authority.in(language)}}) + "\n" +
           message("part.context-why"_key, language);
}

/// Deduplicates a file name stem among those already taken: `name`, `name-2`, `name-3`...
std::string unique_name(const std::string& name, std::set<std::string>& taken) {
    std::string candidate = name;
    for (int n = 2; !taken.insert(candidate).second; ++n)
        candidate = name + "-" + std::to_string(n);
    return candidate;
}

/// Names Windows keeps for devices, whatever follows the dot: a part called
/// `con.xlsx` or `com1.yaml` cannot be saved or opened there, where parts travel.
bool reserved_on_windows(std::string_view name) {
    static constexpr std::string_view devices[] = {"con", "prn", "aux", "nul"};
    for (const std::string_view device : devices)
        if (name == device) return true;
    return name.size() == 4 && (name.substr(0, 3) == "com" || name.substr(0, 3) == "lpt") && name[3] >= '0' &&
           name[3] <= '9';
}

}  // namespace

std::string slug(std::string_view text) {
    constexpr std::size_t max_length = 60;
    std::string out;
    bool hyphen = false;
    const auto add = [&](std::string_view ascii) {
        if (hyphen && !out.empty()) out += '-';
        hyphen = false;
        out += ascii;
    };
    for (std::size_t i = 0; i < text.size();) {
        const auto byte = static_cast<unsigned char>(text[i]);
        const std::size_t length = byte < 0x80    ? 1
                                   : byte >= 0xF0 ? 4
                                   : byte >= 0xE0 ? 3
                                   : byte >= 0xC0 ? 2
                                                  : 1;
        char32_t c = byte;
        if (length > 1 && i + length <= text.size()) {
            c = byte & (0xFF >> (length + 1));
            for (std::size_t k = 1; k < length; ++k)
                c = (c << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
        }
        i += length;
        if (c < 0x80 && std::isalnum(static_cast<int>(c)))
            add(std::string(1, static_cast<char>(std::tolower(static_cast<int>(c)))));
        else if (const std::string_view ascii = text::ascii_spelling(c); !ascii.empty())
            add(ascii);
        else
            hyphen = true;
    }
    if (out.size() > max_length) {
        // Cut at a word boundary so that the name still reads.
        const std::size_t cut = out.rfind('-', max_length);
        out.resize(cut != std::string::npos && cut > max_length / 2 ? cut : max_length);
        while (!out.empty() && out.back() == '-')
            out.pop_back();
    }
    if (reserved_on_windows(out)) out += "-part";
    return out;
}

Result<std::vector<Part>> split_by_authority(const Response& response, std::string_view words) {
    std::vector<Part> parts;
    const Questionnaire* q = response.questionnaire;
    if (!q) return parts;
    const std::string language = language_of(response);

    // Groups in order of first appearance; notes stay with their authority as comments.
    std::map<std::string, std::size_t> group_of;
    for (std::size_t i = 0; i < q->questions.size(); ++i) {
        const std::string authority = q->questions[i].authority.in(language);
        const auto [found, inserted] = group_of.emplace(authority, parts.size());
        if (inserted) {
            parts.emplace_back();
            parts.back().authority = authority;
        }
        (q->questions[i].type == QuestionType::Note ? parts[found->second].notes
                                                    : parts[found->second].questions)
            .push_back(i);
    }

    // The focal point's part keeps its name even if an authority's name spells the same.
    std::set<std::string> taken;
    for (const Part& part : parts)
        if (part.authority.empty() && !part.questions.empty()) taken.insert(std::string(focal_point_part));
    std::vector<Part> out;
    for (Part& part : parts) {
        if (part.questions.empty()) continue;  // notes only: nothing to answer
        std::string name = part.authority.empty() ? std::string(focal_point_part) : slug(part.authority);
        if (name.empty() && !q->languages.empty())
            name = slug(q->questions[part.questions.front()].authority.in(q->languages.front()));
        if (name.empty()) name = "authority";
        part.name = part.authority.empty() ? name : unique_name(name, taken);
        part.context = context_of(response, part.questions);

        const std::vector<std::size_t> order = held_by(part);
        const std::set<std::size_t> context(part.context.begin(), part.context.end());
        std::vector<WrittenAnswer> entries;
        for (const std::size_t index : order) {
            const Question& question = q->questions[index];
            WrittenAnswer entry;
            entry.question = index;
            if (context.count(index)) {
                entry.value = written_answer(response, index);
                entry.comment = context_note(question, language);
            } else {
                entry.comment = question.type == QuestionType::Note ? question.label.in(language)
                                                                    : question_comment(question, language);
                if (question.type != QuestionType::Note) {
                    entry.value = written_answer(response, index);
                    if (entry.value) ++part.answered;
                }
            }
            entries.push_back(std::move(entry));
        }

        const std::string header =
            message("part.of"_key, language,
                    {{"state", response.state.value_or("")}, {"id", q->id}, {"version", q->version}}) +
            "\n" +
            message("part.for"_key, language,
                    {{"authority",
                      part.authority.empty() ? message("part.focal-point"_key, language) : part.authority}}) +
            "\n" + message("part.instructions"_key, language);
        part.heading = header;
        Result<std::string> text =
            write_response(response, std::string("draft"), entries, waivers_of(response, order),
                           comment_lines(header, 0), words);
        if (!text)
            return fail(
                message("split.cannot-write-part"_key, words, {{"part", part.name}, {"why", text.error()}}));
        part.text = std::move(*text);
        out.push_back(std::move(part));
    }
    return out;
}

Done write_part_workbook(const std::string& path, const Response& response, const Part& part,
                         std::vector<std::string>& not_carried) {
    const Questionnaire* q = response.questionnaire;
    if (!q) return fail("the response has no questionnaire");
    const std::string language = language_of(response);

    TemplatePart scope;
    scope.name = part.authority.empty() ? part.name : part.authority;
    // The YAML heading marks commands with backticks; a cell shows them as they are.
    scope.heading = replace_all(part.heading, "`", "");
    scope.questions = part.questions;
    scope.questions.insert(scope.questions.end(), part.notes.begin(), part.notes.end());
    std::sort(scope.questions.begin(), scope.questions.end());
    for (const std::size_t index : part.context)
        scope.context.emplace_back(index, context_note(q->questions[index], language));

    // The answers already given, carried into the cells as `irm template --from` carries them.
    Prefill answers;
    const std::vector<std::size_t> held = held_by(part);
    for (const std::size_t index : held)
        if (const yaml::Node* node = written_answer(response, index))
            answers.answers.emplace_back(q->questions[index].id, node);
    answers.waivers = waivers_of(response, held);

    TemplateOptions options;
    options.language = language;
    options.state = response.state.value_or("");
    options.prefill = &answers;
    options.part = &scope;
    return write_workbook_template(path, *q, options, not_carried);
}

Result<std::string> write_response(const Response& base, const std::optional<std::string>& status,
                                   const std::vector<WrittenAnswer>& answers,
                                   const std::vector<std::pair<std::string, std::string>>& waivers,
                                   const std::string& preamble, std::string_view words) {
    const auto too_large = [words] {
        return fail(message("split.too-large"_key, words,
                            {{"limit", std::to_string(yaml::max_written_bytes / (1024 * 1024))}}));
    };
    constexpr std::size_t limit = yaml::max_written_bytes;
    std::string out = preamble;
    out += "format: irm-response/1\n";
    const yaml::Node* root = base.document.root();
    bool fits = true;
    const auto header = [&](const char* key, const std::optional<std::string>& fallback) {
        const yaml::Node* node = root && root->is_map() ? root->find(key) : nullptr;
        if (node && node->is_scalar())
            fits = fits && yaml::write_entry(out, key, *node, 0, limit);
        else if (fallback)
            out += std::string(key) + ": " + yaml::scalar(*fallback) + "\n";
    };
    header("questionnaire", base.questionnaire_id);
    header("version", base.version);
    header("state", base.state);
    header("language", base.language);
    if (status)
        out += "status: " + yaml::scalar(*status) + "\n";
    else
        header("status", base.status);

    const Questionnaire* q = base.questionnaire;
    const std::string language = q ? language_of(base) : std::string();
    bool any = false;
    std::optional<std::size_t> section;
    std::string body;
    for (const WrittenAnswer& entry : answers) {
        if (!q || entry.question >= q->questions.size()) continue;
        const Question& question = q->questions[entry.question];
        if (section != question.section) {
            if (section) body += "\n";
            section = question.section;
            body += "  # " + std::string(64, '-') + " " +
                    text::one_line(yaml::comment_text(q->sections[question.section].title.in(language))) +
                    "\n";
        }
        if (!entry.comment.empty()) body += comment_lines(entry.comment, 2);
        if (question.type == QuestionType::Note && !entry.value) continue;
        any = true;
        if (!entry.value)
            body += "  " + yaml::scalar(question.id) + ":\n";
        else if (!fits ||
                 !yaml::write_entry(body, question.id, *entry.value, 2, limit - std::min(limit, out.size())))
            return too_large();
    }
    out += any ? "answers:\n" + body : "answers: {}\n" + body;

    if (!waivers.empty()) {
        out += "waivers:\n";
        for (const auto& [question, justification] : waivers) {
            if (out.size() + justification.size() > limit) return too_large();
            out += "  " + yaml::scalar(question) + ": " + yaml::scalar(justification) + "\n";
        }
    }
    if (!fits || out.size() > limit) return too_large();
    return out;
}

}  // namespace irm
