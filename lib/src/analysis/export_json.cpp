// The JSON export: the same content as the XML export, as one JSON document
// (docs/EXPORT.md).
#include "analysis/export_sinks.hpp"

#include <irm/catalogue.hpp>
#include <irm/json.hpp>
#include <irm/values.hpp>

#include <initializer_list>
#include <string_view>
#include <utility>

namespace irm::exporting {

namespace {

/// Writes a number as the format reads numbers: a JSON number with every digit
/// written, whatever its size; only what says nothing of its value goes (a `+`,
/// leading zeros, which JSON does not allow, and zeros that end a fraction).
void number(json::Writer& w, const std::string& text) {
    w.number(canonical_number(text));
}

/// A citation or a court case: an object of its fields that are given, a whole year as a number.
void entry(json::Writer& w, std::initializer_list<std::pair<const char*, const std::string*>> fields) {
    w.begin_object();
    for (const auto& [key, field] : fields) {
        if (field->empty()) continue;
        w.key(key);
        if (std::string_view(key) == "year" && is_whole_number(*field))
            number(w, *field);
        else
            w.value(*field);
    }
    w.end_object();
}

/// A table cell: a number in a numeric column when it reads as one, text otherwise.
void cell(json::Writer& w, const Column* column, const std::string& text) {
    if (column && column->type == QuestionType::Integer && is_whole_number(text))
        number(w, text);
    else if (column && column->type == QuestionType::Number && is_decimal_number(text))
        number(w, text);
    else
        w.value(text);
}

class JsonDocument final : public TextDocument {
public:
    explicit JsonDocument(std::string words) : words_(std::move(words)) {}

private:
    struct Place final : GroupState {
        json::Writer writer;
        std::string language;
    };

    std::unique_ptr<GroupState> start() override {
        auto place = std::make_unique<Place>();
        // The group's writer starts where a group sits in the whole document,
        // so that indentation and commas come out as if one writer wrote it all.
        place->writer.begin_object().key("questionnaires").begin_array();
        place->writer.drain();
        return place;
    }

    std::string group_header(GroupState& state, const Questionnaire& q,
                             const std::string& language) override {
        auto& place = static_cast<Place&>(state);
        place.language = language;
        json::Writer& w = place.writer;
        w.begin_object();
        w.key("id").value(q.id);
        w.key("version").value(q.version);
        w.key("instrument").value(q.instrument);
        w.key("cluster").value(q.cluster);
        w.key("label_language").value(language);
        w.key("title").value(q.title.in(language));
        w.key("questions").begin_array();
        for (const Question& question : q.questions) {
            if (question.type == QuestionType::Note) continue;
            const Section& section = q.sections[question.section];
            w.begin_object();
            w.key("id").value(question.id);
            w.key("type").value(to_string(question.type));
            w.key("section").value(section.id);
            w.key("article").value(section.article);
            if (!question.provision.empty()) w.key("provision").value(question.provision);
            w.key("label").value(question.label.in(language));
            if (!question.choices.empty()) {
                w.key("choices").begin_array();
                for (const Choice& choice : question.choices)
                    w.begin_object()
                        .key("value")
                        .value(choice.value)
                        .key("label")
                        .value(choice.label.in(language))
                        .end_object();
                w.end_array();
            }
            if (!question.columns.empty()) {
                w.key("columns").begin_array();
                for (const Column& column : question.columns)
                    w.begin_object()
                        .key("id")
                        .value(column.id)
                        .key("type")
                        .value(to_string(column.type))
                        .key("label")
                        .value(column.label.in(language))
                        .end_object();
                w.end_array();
            }
            w.end_object();
        }
        w.end_array();
        w.key("submissions").begin_array();
        return w.drain();
    }

    std::string submission(GroupState& state, const Submission& s) override {
        auto& place = static_cast<Place&>(state);
        json::Writer& w = place.writer;
        w.begin_object();
        w.key("file").value(s.file);
        w.key("state").value(s.state);
        w.key("language").value(s.language);
        w.key("status").value(s.status);
        w.key("valid").value(s.errors == 0);
        w.key("errors").value(s.errors);
        w.key("warnings").value(s.warnings);
        w.key("findings").begin_array();
        for (const Diagnostic& d : s.findings)
            json::write_finding(w, d, false);
        w.end_array();
        w.key("answers").begin_array();
        for (const ExportedAnswer& a : s.answers)
            answer(w, a, place.language);
        w.end_array();
        w.end_object();
        replaced_ = replaced_ || w.replaced();
        return w.drain();
    }

    void answer(json::Writer& w, const ExportedAnswer& a, const std::string& language) {
        const Question& q = *a.question;
        w.begin_object();
        w.key("question").value(q.id);
        w.key("type").value(to_string(q.type));
        w.key("applicable").value(a.applicable);
        w.key(element_name(a.shape));
        switch (a.shape) {
            case AnswerShape::Choice:
                w.begin_object()
                    .key("value")
                    .value(a.choices.front().value)
                    .key("label")
                    .value(a.choices.front().label)
                    .end_object();
                break;
            case AnswerShape::Selected:
                w.begin_array();
                for (const ExportedChoice& c : a.choices)
                    w.begin_object().key("value").value(c.value).key("label").value(c.label).end_object();
                w.end_array();
                break;
            case AnswerShape::Integer:
            case AnswerShape::Number:
                number(w, a.text);
                break;
            case AnswerShape::Text:
            case AnswerShape::Date:
            case AnswerShape::Unreadable:
                w.value(a.text);
                break;
            case AnswerShape::Legislation:
                w.begin_array();
                for (const Citation& c : a.citations) {
                    entry(w, {{"title", &c.title},
                              {"provision", &c.provision},
                              {"year", &c.year},
                              {"url", &c.url},
                              {"sherloc", &c.sherloc}});
                }
                w.end_array();
                break;
            case AnswerShape::CourtCases:
                w.begin_array();
                for (const CourtCase& c : a.cases) {
                    entry(w, {{"court", &c.court},
                              {"date", &c.date},
                              {"year", &c.year},
                              {"reference", &c.reference},
                              {"summary", &c.summary},
                              {"url", &c.url},
                              {"sherloc", &c.sherloc}});
                }
                w.end_array();
                break;
            case AnswerShape::Table:
                w.begin_array();
                for (const auto& row : a.rows) {
                    w.begin_object();
                    for (const auto& [column, value] : row) {
                        w.key(column);
                        cell(w, q.find_column(column), value);
                    }
                    w.end_object();
                }
                w.end_array();
                break;
            case AnswerShape::TaNeeds:
                w.begin_array();
                for (const TaNeed& need : a.needs) {
                    w.begin_object();
                    w.key("category").value(need.category);
                    w.key("label").value(ta_category_label(need.category, language));
                    w.key("priority");
                    if (need.priority.empty())
                        w.null();
                    else
                        w.value(need.priority);
                    w.key("description").value(need.description);
                    w.end_object();
                }
                w.end_array();
                break;
        }
        w.end_object();
    }

    std::string group_footer(GroupState& state) override {
        json::Writer& w = static_cast<Place&>(state).writer;
        w.end_array();
        w.end_object();
        return w.drain();
    }

    std::string prologue(std::size_t responses) override {
        if (replaced_) note(message("export.note.json-replaced"_key, words_));
        json::Writer w;
        w.begin_object();
        w.key("format").value("irm-export/1");
        w.key("responses").value(static_cast<long long>(responses));
        w.key("questionnaires").begin_array();
        return w.drain();
    }

    std::string separator() override { return ","; }

    std::string epilogue(bool any_group) override { return any_group ? "\n  ]\n}\n" : "]\n}\n"; }

    bool replaced_ = false;
    std::string words_;  ///< the language of the notes
};

}  // namespace

std::unique_ptr<Sink> make_json_sink(const std::string& words) {
    return std::make_unique<JsonDocument>(words);
}

}  // namespace irm::exporting
