// The YAML template: a response that validates as a draft, its comments in the chosen language.
#include "model/condition_words.hpp"

#include <irm/answers.hpp>
#include <irm/catalogue.hpp>
#include <irm/template.hpp>
#include <irm/text.hpp>
#include <irm/values.hpp>
#include <irm/yaml_writer.hpp>

#include <fmt/format.h>

#include <cctype>

namespace irm {

namespace {

constexpr std::size_t comment_width = 100;

/// Appends a comment paragraph wrapped at comment_width, each line after `lead`
/// and continuation lines indented further by `hang` spaces. A questionnaire's
/// text may hold any character: each of its line breaks starts a comment line.
void comment(std::string& out, std::string_view lead, std::string_view text, std::size_t hang = 2) {
    for (std::string line :
         text::wrap(yaml::comment_text(text), comment_width - text::code_points(lead), hang)) {
        line.insert(0, lead);
        while (!line.empty() && line.back() == ' ')
            line.pop_back();
        out += line + "\n";
    }
}

std::string join_values(const std::vector<Choice>& choices, std::string_view language) {
    std::string out;
    for (const Choice& choice : choices) {
        if (!out.empty()) out += " | ";
        out += choice.value + " = " + choice.label.in(language);
    }
    return out;
}

std::string bounds_words(const Bounds& b, std::string_view language, bool dates) {
    std::optional<std::string> min, max;
    const auto number = [](double d) {
        std::string s = std::to_string(d);
        if (d == static_cast<double>(static_cast<long long>(d)))
            return std::to_string(static_cast<long long>(d));
        while (s.back() == '0')
            s.pop_back();
        return s;
    };
    if (dates) {
        min = b.min_date;
        max = b.max_date;
    } else {
        if (b.min) min = number(*b.min);
        if (b.max) max = number(*b.max);
    }
    if (min && max) return message("template.bounds.between"_key, language, {{"min", *min}, {"max", *max}});
    if (min) return message("template.bounds.at-least"_key, language, {{"min", *min}});
    if (max) return message("template.bounds.at-most"_key, language, {{"max", *max}});
    return {};
}

std::string type_words(QuestionType type, const Bounds& bounds, std::string_view language) {
    std::string out;
    switch (type) {
        case QuestionType::Integer:
            out = message("template.type.whole-number"_key, language);
            break;
        case QuestionType::Number:
            out = message("template.type.number"_key, language);
            break;
        case QuestionType::Date:
            out = message("template.type.date"_key, language);
            break;
        case QuestionType::Text:
            out = message("template.shape.text"_key, language);
            break;
        default:
            return {};
    }
    const std::string range = bounds_words(bounds, language, type == QuestionType::Date);
    return range.empty() ? out : out + ", " + range;
}

class YamlTemplate {
public:
    YamlTemplate(const Questionnaire& q, const TemplateOptions& options)
        : q_(q), options_(options), language_(options.language) {
        if (options.prefill)
            for (const auto& [id, node] : options.prefill->answers)
                carried_[id] = node;
    }

    Result<std::string> run() {
        header();
        out_ += "answers:\n";
        for (const Section& section : q_.sections) {
            out_ += "\n  # " + std::string(76, '=') + "\n";
            comment(out_, "  # ", section.title.in(language_));
            out_ += "  # " + std::string(76, '=') + "\n";
            for (std::size_t i = section.first; i < section.first + section.count; ++i)
                question(q_.questions[i]);
        }
        waivers();
        if (too_large_ || out_.size() > yaml::max_written_bytes)
            return fail(
                fmt::format("the template would be larger than {limit} MiB once the answers it carries "
                            "are written out, more than irm reads: answers that aliases (*name) "
                            "repeat are written out at every place that names them",
                            fmt::arg("limit", yaml::max_written_bytes / (1024 * 1024))));
        return out_;
    }

private:
    void header() {
        comment(out_, "# ", q_.title.in(language_), 0);
        comment(out_, "# ",
                message("template.yaml.questionnaire"_key, language_,
                        {{"id", q_.id}, {"version", q_.version}, {"language", language_}}),
                0);
        for (const Key line : {"template.yaml.intro.answer"_key, "template.yaml.intro.comments"_key,
                               "template.yaml.intro.validate"_key})
            comment(out_, "# ", message(line, language_), 0);
        out_ += "format: irm-response/1\n";
        out_ += "questionnaire: " + yaml::scalar(q_.id) + "\n";
        out_ += "version: \"" + q_.version + "\"\n";
        const std::string state =
            options_.state.empty() ? message("template.state-placeholder"_key, language_) : options_.state;
        out_ += "state: " + yaml::scalar(state) + "\n";
        out_ += "language: " + yaml::scalar(language_) + "\n";
        out_ += "status: draft\n";
    }

    std::string name_of(const Question& question) const { return question.id; }

    /// "Label: text", as the language punctuates it.
    std::string labelled(Key label, const std::string& text) const {
        return message("template.labelled"_key, language_,
                       {{"label", message(label, language_)}, {"text", text}});
    }

    void question(const Question& question) {
        const auto name = [this](const Question& other) { return name_of(other); };
        out_ += "\n";
        const std::string label = question.label.in(language_);
        if (question.type == QuestionType::Note) {
            comment(out_, "  # ", labelled("template.note"_key, label));
            if (!question.authority.empty())
                comment(out_, "  #   ", labelled("template.authority"_key, question.authority.in(language_)));
            return;
        }
        out_ += "  # " + std::string(76, '-') + "\n";
        comment(out_, "  # ", (question.provision.empty() ? "" : "[" + question.provision + "] ") + label);
        const std::string level = obligation_in_words(question, q_, language_);
        if (!level.empty()) comment(out_, "  #   ", labelled("template.obligation"_key, level));
        if (!question.help.empty())
            comment(out_, "  #   ", labelled("template.help"_key, question.help.in(language_)));
        shape(question);
        const std::string applies = applicability_in_words(question, q_, language_, name, true);
        if (!applies.empty()) comment(out_, "  #   ", applies);
        const std::string required = requirement_in_words(question, q_, language_, name, true);
        if (!required.empty()) comment(out_, "  #   ", required);
        if (!question.authority.empty())
            comment(out_, "  #   ", labelled("template.authority"_key, question.authority.in(language_)));

        const auto carried = carried_.find(question.id);
        if (carried != carried_.end())
            too_large_ = too_large_ ||
                         !yaml::write_entry(out_, question.id, *carried->second, 2, yaml::max_written_bytes);
        else
            out_ += "  " + question.id + ":\n";
    }

    void shape(const Question& question) {
        const std::string_view lead = "  #   ";
        switch (question.type) {
            case QuestionType::Choice:
                comment(out_, lead,
                        labelled("template.values"_key, join_values(question.choices, language_)));
                break;
            case QuestionType::MultiChoice:
                comment(out_, lead,
                        message("template.shape.multi-choice"_key, language_) + ". " +
                            labelled("template.values"_key, join_values(question.choices, language_)));
                break;
            case QuestionType::Legislation:
                comment(out_, lead,
                        message("template.shape.legislation"_key, language_) +
                            " - {title: ..., provision: ..., year: 2019, url: https://..., sherloc: ...}");
                break;
            case QuestionType::CourtCases:
                comment(out_, lead,
                        message("template.shape.court-cases"_key, language_) +
                            " - {court: ..., date: 2019-05-14, year: 2019, reference: ..., summary: ..., "
                            "url: https://..., sherloc: ...}");
                break;
            case QuestionType::TaNeeds: {
                comment(out_, lead,
                        message("template.shape.needs"_key, language_) +
                            " - {category: ..., description: ..., priority: high}");
                std::string categories;
                for (const auto& category : ta_categories())
                    categories += (categories.empty() ? "" : " | ") + category + " = " +
                                  ta_category_label(category, language_);
                comment(out_, lead, labelled("template.categories"_key, categories));
                std::string priorities;
                for (const auto& priority : ta_priorities())
                    priorities += (priorities.empty() ? "" : " | ") + priority + " = " +
                                  ta_priority_label(priority, language_);
                comment(out_, lead, labelled("template.priorities"_key, priorities));
                break;
            }
            case QuestionType::Table: {
                std::string example;
                comment(out_, lead, labelled("template.columns"_key, ""));
                for (const Column& column : question.columns) {
                    example += (example.empty() ? "" : ", ") + column.id + ": ...";
                    std::string what = column.label.in(language_);
                    std::string kind =
                        column.type == QuestionType::Choice
                            ? labelled("template.values"_key, join_values(column.choices, language_))
                            : type_words(column.type, column.bounds, language_);
                    if (column.type != QuestionType::Choice &&
                        !kind.empty())  // inside brackets: "(a whole number, …)"
                        kind[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(kind[0])));
                    if (column.required)
                        kind +=
                            (kind.empty() ? "" : ", ") + message("template.column-required"_key, language_);
                    if (!kind.empty()) what += " (" + kind + ")";
                    comment(out_, std::string(lead) + "  ", column.id + " = " + what, 4);
                }
                comment(out_, lead, message("template.shape.table"_key, language_) + " - {" + example + "}");
                break;
            }
            default: {
                const std::string words = type_words(question.type, question.bounds, language_);
                if (!words.empty() && question.type != QuestionType::Text) comment(out_, lead, words + ".");
            }
        }
    }

    void waivers() {
        if (!options_.prefill || options_.prefill->waivers.empty()) return;
        out_ += "\nwaivers:\n";
        for (const auto& [id, justification] : options_.prefill->waivers)
            out_ += "  " + yaml::scalar(id) + ": " + yaml::scalar(justification) + "\n";
    }

    const Questionnaire& q_;
    const TemplateOptions& options_;
    std::string language_;
    std::map<std::string, const yaml::Node*> carried_;
    std::string out_;
    bool too_large_ = false;  ///< an answer carried would not fit in what irm reads
};

}  // namespace

Result<Prefill> read_prefill(std::string yaml, const Questionnaire& target) {
    Prefill prefill;
    prefill.document = yaml::Document::parse(std::move(yaml));
    const yaml::Document& doc = prefill.document;
    if (const auto& e = doc.error())
        return fail(std::to_string(e->position.line) + ":" + std::to_string(e->position.column) + ": " +
                    e->message);
    const yaml::Node* root = doc.root();
    const yaml::Node* format = root && root->is_map() ? root->find("format") : nullptr;
    if (!format || !format->is_scalar() || format->text != "irm-response/1")
        return fail("not a response (it lacks 'format: irm-response/1')");
    const auto text = [&](const char* key) -> std::optional<std::string> {
        const yaml::Node* node = root->find(key);
        if (node && node->is_scalar() && !node->text.empty()) return node->text;
        return std::nullopt;
    };
    prefill.state = text("state");
    prefill.language = text("language");
    if (const yaml::Node* answers = root->find("answers"); answers && answers->is_map()) {
        for (const yaml::Pair& pair : answers->pairs) {
            const yaml::Node& value = *pair.value;
            const bool empty = value.is_null() || (value.is_scalar() && value.text.empty()) ||
                               (value.is_sequence() && value.items.empty());
            if (empty) continue;
            const Question* question = target.find(pair.key->text);
            if (!question || question->type == QuestionType::Note)
                prefill.dropped.push_back(pair.key->text);
            else
                prefill.answers.emplace_back(pair.key->text, &value);
        }
    }
    if (const yaml::Node* waivers = root->find("waivers"); waivers && waivers->is_map()) {
        for (const yaml::Pair& pair : waivers->pairs) {
            if (!pair.value->is_scalar() || pair.value->text.empty()) continue;
            if (target.find(pair.key->text))
                prefill.waivers.emplace_back(pair.key->text, pair.value->text);
            else
                prefill.dropped.push_back(pair.key->text + " (waiver)");
        }
    }
    return prefill;
}

Result<std::string> yaml_template(const Questionnaire& questionnaire, const TemplateOptions& options) {
    return YamlTemplate(questionnaire, options).run();
}

}  // namespace irm
