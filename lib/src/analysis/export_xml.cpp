// The XML export: one document, one <questionnaire> per id and version, one
// <submission> per response; schemas/irm-export-1.xsd describes it.
#include "analysis/export_sinks.hpp"

#include <irm/catalogue.hpp>

#include <irm/text.hpp>

namespace irm::exporting {

namespace {

/// Escapes text for XML content (`attribute` false) or a double-quoted
/// attribute. Markup characters become entities; carriage returns, and in
/// attributes tabs and line feeds, become character references so that
/// parsers give them back unchanged; what XML 1.0 cannot carry at all (most
/// control characters, U+FFFE, U+FFFF, and bytes that are not UTF-8) becomes U+FFFD.
std::string escape(std::string_view raw, bool attribute, bool& replaced) {
    std::string out;
    out.reserve(raw.size() + 16);
    for (std::size_t i = 0; i < raw.size();) {
        const text::Character c = text::character_at(raw, i);
        if (c.length == 0 || !text::is_carried(c.code_point)) {
            out += text::replacement_character;
            replaced = true;
            i += c.length == 0 ? 1 : c.length;
            continue;
        }
        switch (c.code_point) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += attribute ? "&quot;" : "\"";
                break;
            case '\r':
                out += "&#13;";
                break;
            case '\n':
                out += attribute ? "&#10;" : "\n";
                break;
            case '\t':
                out += attribute ? "&#9;" : "\t";
                break;
            default:
                out.append(raw.substr(i, c.length));
        }
        i += c.length;
    }
    return out;
}

class XmlDocument final : public TextDocument {
public:
    explicit XmlDocument(std::string words) : words_(std::move(words)) {}

private:
    std::string text(std::string_view s) { return escape(s, false, replaced_); }
    std::string attr(std::string_view s) { return escape(s, true, replaced_); }

    /// `<name>text</name>` at an indentation, or nothing when the text is empty.
    void element(std::string& out, int indent, std::string_view name, std::string_view content) {
        if (content.empty()) return;
        out.append(static_cast<std::size_t>(indent), ' ');
        out += '<';
        out += name;
        out += '>';
        out += text(content);
        out += "</";
        out += name;
        out += ">\n";
    }

    std::unique_ptr<GroupState> start() override { return std::make_unique<GroupState>(); }

    std::string group_header(GroupState&, const Questionnaire& q, const std::string& language) override {
        std::string out = "  <questionnaire id=\"" + attr(q.id) + "\" version=\"" + attr(q.version) +
                          "\" instrument=\"" + attr(q.instrument) + "\" cluster=\"" +
                          std::to_string(q.cluster) + "\" label-language=\"" + attr(language) + "\">\n";
        element(out, 4, "title", q.title.in(language));
        out += "    <questions>\n";
        for (const Question& question : q.questions) {
            if (question.type == QuestionType::Note) continue;
            const Section& section = q.sections[question.section];
            out += "      <question id=\"" + attr(question.id) + "\" type=\"" +
                   attr(to_string(question.type)) + "\" section=\"" + attr(section.id) + "\" article=\"" +
                   attr(section.article) + "\"";
            if (!question.provision.empty()) out += " provision=\"" + attr(question.provision) + "\"";
            out += ">\n";
            element(out, 8, "label", question.label.in(language));
            for (const Choice& choice : question.choices)
                out += "        <choice value=\"" + attr(choice.value) + "\">" +
                       text(choice.label.in(language)) + "</choice>\n";
            for (const Column& column : question.columns)
                out += "        <column id=\"" + attr(column.id) + "\" type=\"" +
                       attr(to_string(column.type)) + "\">" + text(column.label.in(language)) + "</column>\n";
            out += "      </question>\n";
        }
        out += "    </questions>\n";
        return out;
    }

    std::string submission(GroupState&, const Submission& s) override {
        std::string out = "    <submission file=\"" + attr(s.file) + "\" state=\"" + attr(s.state) + "\"";
        if (s.language) out += " language=\"" + attr(*s.language) + "\"";
        if (s.status) out += " status=\"" + attr(*s.status) + "\"";
        out += " valid=\"" + std::string(s.errors == 0 ? "true" : "false") + "\" errors=\"" +
               std::to_string(s.errors) + "\" warnings=\"" + std::to_string(s.warnings) + "\">\n";
        for (const Diagnostic& d : s.findings) {
            out += "      <finding severity=\"" + std::string(to_string(d.severity)) + "\" code=\"" +
                   attr(d.code) + "\"";
            if (!d.question.empty()) out += " question=\"" + attr(d.question) + "\"";
            if (d.line) out += " line=\"" + std::to_string(*d.line) + "\"";
            if (d.column) out += " column=\"" + std::to_string(*d.column) + "\"";
            out += ">" + text(d.message) + "</finding>\n";
        }
        for (const ExportedAnswer& a : s.answers)
            answer(out, a);
        out += "    </submission>\n";
        return out;
    }

    void answer(std::string& out, const ExportedAnswer& a) {
        const Question& q = *a.question;
        out += "      <answer question=\"" + attr(q.id) + "\" type=\"" + attr(to_string(q.type)) + "\"";
        if (!a.applicable) out += " applicable=\"false\"";
        out += ">";
        const std::string name(element_name(a.shape));
        switch (a.shape) {
            case AnswerShape::Choice:
                for (const ExportedChoice& c : a.choices)
                    out += "<choice value=\"" + attr(c.value) + "\">" + text(c.label) + "</choice>";
                break;
            case AnswerShape::Selected:
                out += "\n        <selected>";
                for (const ExportedChoice& c : a.choices)
                    out +=
                        "\n          <choice value=\"" + attr(c.value) + "\">" + text(c.label) + "</choice>";
                out += "\n        </selected>\n      ";
                break;
            case AnswerShape::Text:
            case AnswerShape::Integer:
            case AnswerShape::Number:
            case AnswerShape::Date:
            case AnswerShape::Unreadable:
                out += "<" + name + ">" + text(a.text) + "</" + name + ">";
                break;
            case AnswerShape::Legislation:
                out += "\n        <legislation>\n";
                for (const Citation& c : a.citations) {
                    out += "          <citation>\n";
                    element(out, 12, "title", c.title);
                    element(out, 12, "provision", c.provision);
                    element(out, 12, "year", c.year);
                    element(out, 12, "url", c.url);
                    element(out, 12, "sherloc", c.sherloc);
                    out += "          </citation>\n";
                }
                out += "        </legislation>\n      ";
                break;
            case AnswerShape::CourtCases:
                out += "\n        <court_cases>\n";
                for (const CourtCase& c : a.cases) {
                    out += "          <court_case>\n";
                    element(out, 12, "court", c.court);
                    element(out, 12, "date", c.date);
                    element(out, 12, "year", c.year);
                    element(out, 12, "reference", c.reference);
                    element(out, 12, "summary", c.summary);
                    element(out, 12, "url", c.url);
                    element(out, 12, "sherloc", c.sherloc);
                    out += "          </court_case>\n";
                }
                out += "        </court_cases>\n      ";
                break;
            case AnswerShape::Table:
                out += "\n        <table>\n";
                for (const auto& row : a.rows) {
                    out += "          <row>";
                    for (const auto& [column, value] : row)
                        out += "<cell column=\"" + attr(column) + "\">" + text(value) + "</cell>";
                    out += "</row>\n";
                }
                out += "        </table>\n      ";
                break;
            case AnswerShape::TaNeeds:
                out += "\n        <ta_needs>\n";
                for (const TaNeed& need : a.needs) {
                    out += "          <need category=\"" + attr(need.category) + "\" label=\"" +
                           attr(ta_category_label(need.category, label_language_)) + "\"";
                    if (!need.priority.empty()) out += " priority=\"" + attr(need.priority) + "\"";
                    out += ">" + text(need.description) + "</need>\n";
                }
                out += "        </ta_needs>\n      ";
                break;
        }
        out += "</answer>\n";
    }

    std::string group_footer(GroupState&) override { return "  </questionnaire>\n"; }

    std::string prologue(std::size_t responses) override {
        if (replaced_) note(message("export.note.xml-replaced"_key, words_));
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<irm-export format=\"irm-export/1\" "
               "responses=\"" +
               std::to_string(responses) + "\">\n";
    }

    std::string separator() override { return {}; }

    std::string epilogue(bool) override { return "</irm-export>\n"; }

public:
    void add(const Submission& submission, const Questionnaire& questionnaire,
             const std::string& language) override {
        label_language_ = language;
        TextDocument::add(submission, questionnaire, language);
    }

private:
    bool replaced_ = false;
    std::string label_language_;
    std::string words_;  ///< the language of the notes
};

}  // namespace

std::unique_ptr<Sink> make_xml_sink(const std::string& words) {
    return std::make_unique<XmlDocument>(words);
}

}  // namespace irm::exporting
