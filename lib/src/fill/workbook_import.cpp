// Reading back a workbook irm wrote: the hidden map says which cell holds
// which answer, so nothing is guessed from labels or positions.
#include "fill/workbook_layout.hpp"

#include <irm/answers.hpp>
#include <irm/catalogue.hpp>
#include <irm/text.hpp>
#include <irm/values.hpp>
#include <irm/workbook.hpp>
#include <irm/workbook_import.hpp>
#include <irm/yaml_writer.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <climits>
#include <set>
#include <tuple>

namespace irm {

namespace {

using xlsx::CellRef;
using xlsx::Value;

/// Workbooks are small: these limits leave a wide margin and still refuse bombs.
zip::Limits workbook_limits() {
    zip::Limits limits;
    limits.max_entries = 2'000;
    limits.max_entry_bytes = 32u * 1024u * 1024u;
    limits.max_total_bytes = 128u * 1024u * 1024u;
    return limits;
}

std::string_view trimmed(std::string_view s) {
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!s.empty() && space(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && space(s.back()))
        s.remove_suffix(1);
    // No-break spaces at either end too.
    for (const std::string_view nbsp : {std::string_view("\xC2\xA0"), std::string_view("\xE2\x80\xAF")}) {
        while (s.size() >= nbsp.size() && s.substr(0, nbsp.size()) == nbsp)
            s.remove_prefix(nbsp.size());
        while (s.size() >= nbsp.size() && s.substr(s.size() - nbsp.size()) == nbsp)
            s.remove_suffix(nbsp.size());
    }
    return s;
}

std::string trim(std::string_view s) {
    return std::string(trimmed(s));
}

/// Whether a cell holds nothing but spaces: looked at, not copied.
bool blank(const Value& value) {
    return value.kind == Value::Kind::Empty ||
           (value.kind == Value::Kind::Text && trimmed(value.text()).empty());
}

/// The rows of `range` that hold a cell inside it, in order. The cells present are walked, never
/// every row and column the range spans: a map that declares a whole sheet costs what the sheet holds.
std::vector<int> rows_present(const xlsx::Sheet& sheet, const layout::Range& range) {
    std::vector<int> rows;
    auto at = sheet.cells.lower_bound(range.first);
    while (at != sheet.cells.end() && at->first.row <= range.last.row) {
        const CellRef cell = at->first;
        if (cell.column < range.first.column) {
            at = sheet.cells.lower_bound({cell.row, range.first.column});
            continue;
        }
        if (cell.column <= range.last.column) rows.push_back(cell.row);
        at = sheet.cells.lower_bound({cell.row + 1, range.first.column});
    }
    return rows;
}

/// The columns irm writes for an answer to a question that takes a list of rows or a table; 0 for
/// a question answered in one cell.
int answer_columns(const Question& question) {
    switch (question.type) {
        case QuestionType::Legislation:
            return layout::LawColumns;
        case QuestionType::CourtCases:
            return layout::CaseColumns;
        case QuestionType::TaNeeds:
            return layout::NeedColumns;
        case QuestionType::Table:
            return static_cast<int>(question.columns.size());
        default:
            return 0;
    }
}

/// For matching labels: trimmed, inner runs of spaces made one, ASCII letters lowercased.
std::string normal(std::string_view s) {
    std::string out;
    bool space = false;
    for (const char c : trim(s)) {
        if (c == ' ' || c == '\n' || c == '\t') {
            space = true;
            continue;
        }
        if (space && !out.empty()) out += ' ';
        space = false;
        out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return out;
}

/// A number typed as text the way people type them: spaces between thousands,
/// a decimal comma (number questions only), a sign.
std::string normal_number(const std::string& text, bool decimal) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const std::string_view rest = std::string_view(text).substr(i);
        if (text[i] == ' ' || text[i] == '\'') continue;
        if (rest.substr(0, 2) == "\xC2\xA0") {
            ++i;
            continue;
        }
        if (rest.substr(0, 3) == "\xE2\x80\xAF") {
            i += 2;
            continue;
        }
        out += text[i];
    }
    if (decimal && out.find('.') == std::string::npos && std::count(out.begin(), out.end(), ',') == 1)
        std::replace(out.begin(), out.end(), ',', '.');
    return out;
}

/// What YAML 1.1 readers take for booleans: written quoted so that other tools read text too.
bool looks_boolean(std::string_view text) {
    static const char* const words[] = {"y", "n", "yes", "no", "true", "false", "on", "off"};
    if (text.size() > 32) return false;  // a long text is no such word, however many spaces it has
    const std::string lower = normal(text);
    return std::any_of(std::begin(words), std::end(words), [&](const char* w) { return lower == w; });
}

std::string scalar(const std::string& text) {
    if (looks_boolean(text)) return "\"" + text + "\"";
    return yaml::scalar(text);
}

/// One answer read from the workbook, to be written as YAML.
struct Entry {
    std::string id;
    std::string place;  ///< where the answer is (or starts)
    enum class Shape { Scalar, List, Maps } shape = Shape::Scalar;
    std::vector<std::pair<std::string, std::string>> values;  ///< Scalar: one; List: items; (value, place)
    std::vector<std::vector<std::tuple<std::string, std::string, std::string>>> maps;  ///< key, value, place
};

class Importer {
public:
    Importer(std::string bytes, const std::string& file, const Registry& registry,
             const WorkbookImportOptions& options)
        : bytes_(std::move(bytes)),
          file_(file),
          registry_(registry),
          options_(options),
          lang_(options.wording.about({})) {}

    ImportedWorkbook run() {
        read();
        return std::move(out_);
    }

private:
    // -- the questions of a list sheet, and the question a row of one names -------------------

    /// The questions a list range holds (those mapped to it, in questionnaire order), with the
    /// labels its first column offers for them in each language of the questionnaire.
    struct Listed {
        std::vector<const Question*> questions;
        std::vector<std::vector<std::string>> labels;  ///< by language, the workbook's first; then by question
    };

    /// What the first cell of a row says, read back: the question, or why none.
    struct Owner {
        std::optional<std::string> id;
        std::vector<const Question*> near;  ///< when none: the questions the text comes closest to naming
        bool ambiguous = false;             ///< the text names several questions (their provision)
    };

    /// The rows of one list range, by the question their first cell names.
    struct Owners {
        Listed listed;
        std::map<std::string, std::vector<int>> rows;  ///< question id -> rows, in order
        std::vector<std::pair<int, Owner>> unknown;    ///< rows whose first cell names no question of the range
        std::map<int, std::string> said;               ///< row -> what its first cell says
    };

    // -- finding factories, one per code ----------------------------------------------

    void add(Severity severity, const char* code, std::string message, std::string cell,
             std::string question = {}) {
        Diagnostic d;
        d.severity = severity;
        d.code = code;
        d.message = std::move(message);
        d.file = file_;
        d.cell = std::move(cell);
        d.question = std::move(question);
        out_.findings.push_back(std::move(d));
    }

    /// A fixed text in the language of the messages.
    std::string words(Key key) const { return message(key, lang_); }

    /// A value, a name or a label put into a message: quoted as the language quotes (no-break
    /// spaces inside French guillemets), and cut short, since a cell may hold a whole pasted text.
    std::string quote(std::string_view text) const {
        return message("condition.quoted"_key, lang_, {{"text", text::shorten(text::one_line(text), 100)}});
    }

    /// Labels as a list in prose, each quoted: “Yes”, “Yes, in part” or “No”.
    std::string quoted_labels(const std::vector<std::string>& labels) const {
        std::vector<std::string> quoted;
        for (const std::string& label : labels)
            quoted.push_back(quote(label));
        return join_in_prose(quoted, lang_, "words.or"_key);
    }

    /// " (did you mean “Yes”?)" when one of the labels is near the text, else nothing.
    std::string suggestion(const std::string& text, const std::vector<std::string>& labels) const {
        const auto best = text::closest(text, labels);
        return best ? message("workbook.did-you-mean"_key, lang_, {{"label", quote(*best)}}) : std::string();
    }

    /// A question as a person knows it: its provision and short label, its id in brackets; an id
    /// the questionnaire lacks, quoted.
    std::string question_words(const std::string& id) const {
        const Question* question = q_ ? q_->find(id) : nullptr;
        return question ? layout::question_words(*question, *q_, lang_) : quote(id);
    }

    /// Where a finding is, in words: the question it is about, then its cell and sheet ("article 2
    /// (a) — … [q2_a], cell E4 of sheet “Answers”").
    std::string where(const std::string& cell, const std::string& question) const {
        const auto range = layout::parse_range(cell);
        const std::string name = range ? xlsx::cell_name(range->first) : cell;
        const std::string sheet = range ? quote(range->sheet) : std::string();
        if (question.empty())
            return message("workbook.where.cell"_key, lang_, {{"cell", name}, {"sheet", sheet}});
        return message("workbook.where.question"_key, lang_,
                       {{"question", question_words(question)}, {"cell", name}, {"sheet", sheet}});
    }

    void replaced_characters(std::string cell, const std::string& question) {
        std::string text = message("finding.IRM060.workbook-replaced"_key, lang_, {{"where", where(cell, question)}});
        add(Severity::Warning, "IRM060", std::move(text), std::move(cell), question);
    }
    void unknown_questionnaire(const std::string& id, const std::string& version, std::string cell) {
        const std::vector<Arg> args{{"questionnaire", quote(id)}, {"version", quote(version)}};
        std::string text;
        if (auto refusal = registry_.refusal(id, version)) {
            std::vector<Arg> with_reason = args;
            with_reason.push_back({"reason", *refusal});
            text = message("finding.IRM003.workbook-refused"_key, lang_, with_reason);
        } else {
            text = message(registry_.has_id(id) ? "finding.IRM003.workbook-other-version"_key
                                                : "finding.IRM003.workbook"_key,
                           lang_, args);
        }
        add(Severity::Error, "IRM003", std::move(text), std::move(cell));
    }
    void not_ours(std::string text, std::string cell = {}) {
        add(Severity::Error, "IRM050", std::move(text), std::move(cell));
    }
    /// An IRM050 about the map: the question it names, the questionnaire and the version.
    void map_does_not_fit(Key key, const std::string& id, std::string cell) {
        not_ours(message(key, lang_,
                         {{"question", question_words(id)},
                          {"id", quote(id)},
                          {"questionnaire", quote(q_->id)},
                          {"version", quote(q_->version)}}),
                 std::move(cell));
    }
    void unreadable(const std::string& reason) {
        add(Severity::Error, "IRM051", message("finding.IRM051.unreadable"_key, lang_, {{"reason", reason}}),
            {});
    }
    void too_large() {
        add(Severity::Error, "IRM051",
            message("finding.IRM051.too-large"_key, lang_,
                    {{"limit", std::to_string(yaml::max_written_bytes / (1024 * 1024))}}),
            {});
    }
    void unreadable_cell(const xlsx::Problem& problem) {
        add(Severity::Error, "IRM051", problem.message, problem.place);
    }
    void formula_problem(const Value& value, std::string cell, const std::string& question) {
        std::string text =
            value.kind == Value::Kind::Error
                ? message("finding.IRM052.formula-error"_key, lang_,
                          {{"where", where(cell, question)}, {"error", value.text()}})
                : message("finding.IRM052.not-computed"_key, lang_, {{"where", where(cell, question)}});
        add(Severity::Error, "IRM052", std::move(text), std::move(cell), question);
    }

    /// What a list a value is picked from holds, for the message that says it holds no such label.
    struct List {
        Key kind;                         ///< finding.IRM053.<kind>
        std::vector<std::string> labels;  ///< as the workbook offers them, in its language
        std::string column;               ///< a table's column: its label
    };

    void no_such_label(const std::string& text, const List& list, std::string cell,
                       const std::string& question) {
        std::string said = message(list.kind, lang_,
                                   {{"where", where(cell, question)},
                                    {"value", quote(text)},
                                    {"suggestion", suggestion(text, list.labels)},
                                    {"labels", quoted_labels(list.labels)},
                                    {"column", quote(list.column)},
                                    {"separator", quote(";")}});
        add(Severity::Error, "IRM053", std::move(said), std::move(cell), question);
    }
    /// IRM053 for a row of a list sheet whose first cell names none of its questions: the labels
    /// to pick, those the text comes near first (the questions of the provision or article typed);
    /// a long list is left to the drop-down.
    void unknown_owner(const std::string& text, const Owner& owner, const Listed& listed, std::string cell,
                       const std::string& column) {
        constexpr std::size_t listed_in_full = 12;
        std::vector<std::string> near, all = listed.labels.front();
        for (const Question* question : owner.near)
            near.push_back(all[static_cast<std::size_t>(
                std::find(listed.questions.begin(), listed.questions.end(), question) - listed.questions.begin())]);
        const std::vector<std::string>& shown = near.empty() ? all : near;
        const Key key = owner.ambiguous                    ? "finding.IRM053.question-ambiguous"_key
                        : shown.size() <= listed_in_full ? "finding.IRM053.question"_key
                                                           : "finding.IRM053.question-many"_key;
        std::string said = message(key, lang_,
                                   {{"where", where(cell, {})},
                                    {"value", quote(text)},
                                    {"suggestion", owner.ambiguous ? std::string() : suggestion(text, all)},
                                    {"labels", quoted_labels(shown)},
                                    {"count", std::to_string(all.size())},
                                    {"column", column}});
        add(Severity::Error, "IRM053", std::move(said), std::move(cell));
    }

    void stray(Key key, std::string cell, const std::string& column = {}) {
        std::string said = message(key, lang_, {{"where", where(cell, {})}, {"column", column}});
        add(Severity::Error, "IRM054", std::move(said), std::move(cell));
    }
    void not_a_place(Key key, const std::string& id, const std::string& text, std::string cell) {
        not_ours(message(key, lang_, {{"question", question_words(id)}, {"place", quote(text)}}),
                 std::move(cell));
    }
    void misshapen(const std::string& id, const layout::Range& range, int columns, std::string cell) {
        const std::vector<Arg> args{{"question", question_words(id)},
                                    {"place", quote(layout::to_string(range))},
                                    {"count", std::to_string(columns)}};
        not_ours(message(columns == 0 ? "finding.IRM050.one-cell"_key : "finding.IRM050.columns"_key, lang_, args),
                 std::move(cell));
    }

    // -- the workbook ------------------------------------------------------------------

    void read() {
        auto workbook = xlsx::read(std::move(bytes_), workbook_limits(), lang_);
        if (!workbook) {
            unreadable(workbook.error());
            return;
        }
        book_ = std::move(*workbook);
        for (const auto& sheet : book_.sheets)
            out_.sheets.push_back(sheet.name);
        for (const xlsx::Problem& problem : book_.problems)
            unreadable_cell(problem);
        map_ = book_.find(layout::map_sheet);
        const Value* format = map_ ? map_->at({layout::FormatRow, 1}) : nullptr;
        if (!format || format->text() != layout::format) {
            not_ours(message(map_ ? "finding.IRM050.other-format"_key : "finding.IRM050.no-map"_key, lang_,
                             {{"sheet", quote(layout::map_sheet)}, {"format", quote(layout::format)}}),
                     map_ ? place(*map_, {layout::FormatRow, 1}) : std::string());
            return;
        }
        out_.questionnaire = header(layout::QuestionnaireRow);
        out_.version = header(layout::VersionRow);
        out_.language = header(layout::LanguageRow);
        // The findings speak the workbook's own language from here on, unless --lang said another.
        if (out_.language) lang_ = options_.wording.about(*out_.language);
        if (!out_.questionnaire || !out_.version || !out_.language) {
            not_ours(message("finding.IRM050.header"_key, lang_, {{"sheet", quote(layout::map_sheet)}}),
                     place(*map_, {layout::QuestionnaireRow, 1}));
            return;
        }
        q_ = registry_.find(*out_.questionnaire, *out_.version);
        if (!q_) {
            unknown_questionnaire(*out_.questionnaire, *out_.version, place(*map_, {layout::VersionRow, 1}));
            return;
        }
        language_ = *out_.language;
        if (!q_->has_language(language_)) {
            not_ours(message("finding.IRM050.language"_key, lang_,
                             {{"language", quote(language_)}, {"questionnaire", quote(q_->id)}}),
                     place(*map_, {layout::LanguageRow, 1}));
            return;
        }
        if (!read_map()) return;
        read_state();
        for (const Question& question : q_->questions)
            read_question(question);
        read_waivers();
        check_owners(QuestionType::Legislation);
        check_owners(QuestionType::CourtCases);
        check_owners(QuestionType::TaNeeds);
        check_strays();
        if (!out_.failed()) write_yaml();
    }

    std::string place(const xlsx::Sheet& sheet, CellRef cell) const {
        return layout::place(sheet.name, cell);
    }

    std::optional<std::string> header(int row) const {
        const Value* v = map_->at({row, 1});
        if (!v || v->kind == Value::Kind::Empty) return std::nullopt;
        const std::string text = trim(v->text());
        return text.empty() ? std::nullopt : std::optional<std::string>(text);
    }

    struct Mapped {
        const Question* question = nullptr;
        layout::Range answer;
        std::optional<layout::Range> waiver;
        const xlsx::Sheet* sheet = nullptr;
    };

    bool read_map() {
        std::set<std::string> seen;
        for (int row = layout::questions_header_row + 1;; ++row) {
            const Value* id = map_->at({row, 0});
            if (!id || id->text().empty()) break;
            const std::string here = place(*map_, {row, 0});
            const Question* question = q_->find(id->text());
            const Value* type = map_->at({row, 1});
            const Value* answer = map_->at({row, 2});
            const Value* waiver = map_->at({row, 3});
            if (!question || !type || type->text() != to_string(question->type)) {
                map_does_not_fit(question ? "finding.IRM050.other-type"_key : "finding.IRM050.unknown-question"_key,
                                 id->text(), here);
                return false;
            }
            Mapped m;
            m.question = question;
            const auto range = answer ? layout::parse_range(answer->text()) : std::nullopt;
            if (answer && !answer->text().empty() && !range) {
                not_a_place("finding.IRM050.answer-not-a-place"_key, question->id, answer->text(),
                            place(*map_, {row, 2}));
                return false;
            }
            m.sheet = range ? book_.find(range->sheet) : nullptr;
            if (!m.sheet) {
                not_a_place("finding.IRM050.sheet-gone"_key, question->id, answer ? answer->text() : "",
                            place(*map_, {row, 2}));
                return false;
            }
            m.answer = *range;
            // A list or a table spans the columns irm writes for it, any other answer one cell: a
            // place of another shape would leave cells unread, or read cells that answer nothing.
            const int columns = answer_columns(*question);
            if (columns == 0 ? !(range->first == range->last)
                             : range->last.column - range->first.column + 1 != columns) {
                misshapen(question->id, *range, columns, place(*map_, {row, 2}));
                return false;
            }
            if (waiver && !waiver->text().empty()) {
                m.waiver = layout::parse_range(waiver->text());
                if (!m.waiver || !(m.waiver->first == m.waiver->last)) {
                    not_a_place("finding.IRM050.waiver-not-a-place"_key, question->id, waiver->text(),
                                place(*map_, {row, 3}));
                    return false;
                }
            }
            seen.insert(question->id);
            mapped_[question->id] = m;
        }
        // A part of a split response holds its own questions only; a whole workbook holds them all.
        if (header(layout::PartRow)) return true;
        for (const Question& question : q_->questions)
            if (question.type != QuestionType::Note && !seen.count(question.id)) {
                map_does_not_fit("finding.IRM050.no-cell"_key, question.id, {});
                return false;
            }
        return true;
    }

    void read_state() {
        const auto state_place = header(layout::StateRow);
        const auto range = state_place ? layout::parse_range(*state_place) : std::nullopt;
        const xlsx::Sheet* sheet = range ? book_.find(range->sheet) : nullptr;
        state_place_ = range ? layout::to_string(*range) : place(*map_, {layout::StateRow, 1});
        if (!sheet) return;
        if (const Value* v = sheet->at(range->first)) {
            if (auto text = cell_text(*v, QuestionType::Text, state_place_, {})) state_ = trim(*text);
        }
        out_.state = state_.empty() ? std::nullopt : std::optional<std::string>(state_);
    }

    // -- cells as text ------------------------------------------------------------------

    /// The text of a cell read as an answer of `type`; nullopt when empty or unusable (then reported).
    std::optional<std::string> cell_text(const Value& v, QuestionType type, const std::string& where,
                                         const std::string& question) {
        if (v.kind == Value::Kind::Error || (v.formula && !v.cached)) {
            formula_problem(v, where, question);
            return std::nullopt;
        }
        switch (v.kind) {
            case Value::Kind::Empty:
            case Value::Kind::Error:
                return std::nullopt;
            case Value::Kind::Boolean:
                return v.text();
            case Value::Kind::Number:
                if (type == QuestionType::Date || (v.date && type == QuestionType::Text))
                    if (auto date = xlsx::serial_to_date(v.number, book_.date1904)) return *date;
                return is_decimal_number(v.text()) ? v.text() : xlsx::format_number(v.number);
            case Value::Kind::Text: {
                if (v.replaced) replaced_characters(where, question);
                std::string text = v.text();
                if (type != QuestionType::Text)
                    text = trim(text);
                else if (trimmed(text).empty())
                    text.clear();
                if (text.empty()) return std::nullopt;
                if (type == QuestionType::Integer || type == QuestionType::Number) {
                    const std::string number = normal_number(text, type == QuestionType::Number);
                    if (is_decimal_number(number)) return number;
                }
                if (type == QuestionType::Date && text.size() > 10 && is_date(text.substr(0, 10))) {
                    const std::string rest = text.substr(10);
                    if (rest == "T00:00:00" || rest == " 00:00:00" || rest == "T00:00:00Z" ||
                        rest == "T00:00")
                        return text.substr(0, 10);
                }
                return text;
            }
        }
        return std::nullopt;
    }

    /// The labels a value of a vocabulary may be typed as: in the workbook's language first, then in
    /// every language of the catalogue (a copy filled by someone reading another language).
    std::vector<std::string> in_every_language(const std::string& value,
                                               std::string (*label)(std::string_view,
                                                                    std::string_view)) const {
        std::vector<std::string> labels{label(value, language_)};
        for (const std::string& language : catalogue_languages())
            labels.push_back(label(value, language));
        return labels;
    }

    /// A label (or value) of a list mapped back to its value; nullopt and IRM053 when it matches none.
    std::optional<std::string> match(const std::string& text, const std::vector<std::string>& values,
                                     const std::vector<std::vector<std::string>>& labels_by_value,
                                     const List& list, const std::string& where, const std::string& question) {
        for (std::size_t i = 0; i < values.size(); ++i)
            if (!labels_by_value[i].empty() && labels_by_value[i].front() == text) return values[i];
        for (const auto& value : values)
            if (value == text) return value;
        const std::string wanted = normal(text);
        for (std::size_t i = 0; i < values.size(); ++i) {
            if (normal(values[i]) == wanted) return values[i];
            for (const auto& label : labels_by_value[i])
                if (normal(label) == wanted) return values[i];
        }
        no_such_label(text, list, where, question);
        return std::nullopt;
    }

    /// A choice typed or picked in a cell mapped back to its value; `kind` says what the list is
    /// for the message when it matches none (finding.IRM053.choice, .multi-choice, .column).
    std::optional<std::string> match_choice(const std::string& text, const std::vector<Choice>& choices,
                                            const std::string& where, const std::string& question,
                                            bool boolean, Key kind, const std::string& column = {}) {
        std::vector<std::string> values, shown;
        std::vector<std::vector<std::string>> labels;
        for (const Choice& choice : choices) {
            values.push_back(choice.value);
            shown.push_back(choice.label.in(language_));
            std::vector<std::string> all{choice.label.in(language_)};
            for (const auto& translation : choice.label.translations)
                all.push_back(translation.second);
            labels.push_back(std::move(all));
        }
        // A TRUE or FALSE typed where the choices are yes and no.
        if (boolean) {
            const std::string word = text == "TRUE" ? "yes" : "no";
            if (std::find(values.begin(), values.end(), word) != values.end()) return word;
        }
        return match(text, values, labels, List{kind, shown, column}, where, question);
    }

    // -- answers --------------------------------------------------------------------------

    void read_question(const Question& question) {
        const auto found = mapped_.find(question.id);
        if (found == mapped_.end()) return;
        const Mapped& m = found->second;
        out_.question_cells[question.id] = layout::place(m.answer.sheet, m.answer.first);
        switch (question.type) {
            case QuestionType::Legislation:
            case QuestionType::CourtCases:
            case QuestionType::TaNeeds:
                return read_list_rows(question, m);
            case QuestionType::Table:
                return read_table(question, m);
            default:
                break;
        }
        const Value* v = m.sheet->at(m.answer.first);
        const std::string where = layout::place(m.answer.sheet, m.answer.first);
        if (!v) return;
        const auto text = cell_text(*v, question.type, where, question.id);
        if (!text) return;
        Entry entry{question.id, where, Entry::Shape::Scalar, {}, {}};
        if (question.type == QuestionType::Choice) {
            const auto value =
                match_choice(*text, question.choices, where, question.id, v->kind == Value::Kind::Boolean,
                             "finding.IRM053.choice"_key);
            if (!value) return;
            entry.values.emplace_back(*value, where);
        } else if (question.type == QuestionType::MultiChoice) {
            entry.shape = Entry::Shape::List;
            std::string part;
            const auto flush = [&] {
                const std::string item = trim(part);
                part.clear();
                if (item.empty()) return;
                if (const auto value = match_choice(item, question.choices, where, question.id, false,
                                                          "finding.IRM053.multi-choice"_key))
                    entry.values.emplace_back(*value, where);
            };
            for (const char c : *text + ";") {
                if (c == ';' || c == '\n')
                    flush();
                else
                    part += c;
            }
            if (entry.values.empty()) return;
        } else {
            entry.values.emplace_back(*text, where);
        }
        entries_.push_back(std::move(entry));
    }

    /// Rows of the Legislation, Court cases or Technical assistance sheet that name this question.
    void read_list_rows(const Question& question, const Mapped& m) {
        Entry entry{question.id, "", Entry::Shape::Maps, {}, {}};
        const xlsx::Sheet& sheet = *m.sheet;
        for (const int row : owned_rows(m, question.id)) {
            const CellRef first{row, m.answer.first.column};
            std::vector<std::tuple<std::string, std::string, std::string>> fields;
            const auto cell = [&](int column, QuestionType type = QuestionType::Text)
                -> std::pair<std::string, std::optional<std::string>> {
                const CellRef ref{row, m.answer.first.column + column};
                const std::string where = layout::place(sheet.name, ref);
                const Value* v = sheet.at(ref);
                return {where, v ? cell_text(*v, type, where, question.id) : std::nullopt};
            };
            if (question.type == QuestionType::CourtCases) {
                static const char* keys[] = {nullptr,     "court",   "date", "year",
                                             "reference", "summary", "url",  "sherloc"};
                for (int c = layout::CaseCourt; c < layout::CaseColumns; ++c) {
                    auto [where, text] =
                        cell(c, c == layout::CaseDate ? QuestionType::Date : QuestionType::Text);
                    if (text && c == layout::CaseYear)
                        text = normal_number(trim(*text), false);
                    else if (text && c != layout::CaseSummary)
                        text = trim(*text);
                    if (text && !trim(*text).empty()) fields.emplace_back(keys[c], *text, where);
                }
            } else if (question.type == QuestionType::Legislation) {
                static const char* keys[] = {nullptr, "title", "provision", "year", "url", "sherloc"};
                for (int c = layout::LawTitle; c < layout::LawColumns; ++c) {
                    auto [where, text] = cell(c);
                    if (text && c == layout::LawYear)
                        text = normal_number(trim(*text), false);
                    else if (text)
                        text = trim(*text);
                    if (text && !text->empty()) fields.emplace_back(keys[c], *text, where);
                }
            } else {
                if (auto [where, text] = cell(layout::NeedCategory); text) {
                    std::vector<std::string> values = ta_categories(), shown;
                    std::vector<std::vector<std::string>> labels;
                    for (const auto& c : values) {
                        shown.push_back(ta_category_label(c, language_));
                        labels.push_back(in_every_language(c, ta_category_label));
                    }
                    if (auto value = match(trim(*text), values, labels,
                                           List{"finding.IRM053.category"_key, shown, {}}, where, question.id))
                        fields.emplace_back("category", *value, where);
                }
                if (auto [where, text] = cell(layout::NeedDescription); text && !trim(*text).empty())
                    fields.emplace_back("description", *text, where);
                if (auto [where, text] = cell(layout::NeedPriority); text) {
                    std::vector<std::string> values = ta_priorities(), shown;
                    std::vector<std::vector<std::string>> labels;
                    for (const auto& p : values) {
                        shown.push_back(ta_priority_label(p, language_));
                        labels.push_back(in_every_language(p, ta_priority_label));
                    }
                    if (auto value = match(trim(*text), values, labels,
                                           List{"finding.IRM053.priority"_key, shown, {}}, where, question.id))
                        fields.emplace_back("priority", *value, where);
                }
            }
            if (fields.empty()) continue;
            // A required field left empty is written first, with no value: the check reports a
            // missing field at its entry's first key, and so at the cell where it is to be typed,
            // not at whichever cell of the row happens to be filled first.
            std::vector<std::tuple<std::string, std::string, std::string>> missing;
            const auto required = [&](const char* key, int column) {
                if (std::none_of(fields.begin(), fields.end(), [&](const auto& f) { return std::get<0>(f) == key; }))
                    missing.emplace_back(key, "", layout::place(sheet.name, {row, m.answer.first.column + column}));
            };
            const auto has = [&](const char* key) {
                return std::any_of(fields.begin(), fields.end(), [&](const auto& f) { return std::get<0>(f) == key; });
            };
            if (question.type == QuestionType::Legislation) {
                required("title", layout::LawTitle);
            } else if (question.type == QuestionType::CourtCases) {
                required("court", layout::CaseCourt);
                if (!has("date") && !has("year")) required("date", layout::CaseDate);
                required("summary", layout::CaseSummary);
            } else {
                required("category", layout::NeedCategory);
                required("description", layout::NeedDescription);
            }
            fields.insert(fields.begin(), missing.begin(), missing.end());
            if (entry.place.empty()) entry.place = layout::place(sheet.name, first);
            entry.maps.push_back(std::move(fields));
        }
        if (!entry.maps.empty()) {
            out_.question_cells[question.id] = entry.place;
            entries_.push_back(std::move(entry));
        }
    }

    // -- the question a row of a list sheet answers --------------------------------------------

    /// A label as it may be typed: no case (ASCII), no spaces, every dash one hyphen.
    static std::string label_key(std::string_view text) {
        std::string out;
        for (std::size_t i = 0; i < text.size(); ++i) {
            const std::string_view rest = text.substr(i);
            if (rest.substr(0, 3) == "\xE2\x80\x94" || rest.substr(0, 3) == "\xE2\x80\x93") {
                out += '-';
                i += 2;
            } else if (rest.substr(0, 2) == "\xC2\xA0") {
                ++i;
            } else if (rest.substr(0, 3) == "\xE2\x80\xAF") {
                i += 2;
            } else if (text[i] != ' ' && text[i] != '\t' && text[i] != '\n' && text[i] != '\r') {
                out += static_cast<char>(std::tolower(static_cast<unsigned char>(text[i])));
            }
        }
        return out;
    }

    /// The question a text of a list sheet's first column names: the label the drop-down offers (in
    /// any language of the questionnaire, with any case and spacing), the id (alone or in brackets
    /// after a label), or the provision as a person types it ("2(a)", "art. 5 para. 1 (a)") when
    /// only one question of the range has it. Nothing is guessed beyond that.
    Owner owner_of(const std::string& text, const Listed& listed) const {
        const auto& questions = listed.questions;
        for (std::size_t i = 0; i < questions.size(); ++i)
            if (listed.labels.front()[i] == text || questions[i]->id == text) return {questions[i]->id, {}, false};
        const std::string wanted = label_key(text);
        for (const auto& labels : listed.labels)
            for (std::size_t i = 0; i < questions.size(); ++i)
                if (label_key(labels[i]) == wanted || label_key(questions[i]->id) == wanted)
                    return {questions[i]->id, {}, false};
        // "… [q5_1a_law]": the id the label ends with.
        if (const std::size_t open = text.rfind('['); open != std::string::npos) {
            const std::size_t close = text.find(']', open);
            if (close != std::string::npos && trimmed(std::string_view(text).substr(close + 1)).empty()) {
                const std::string id = trim(std::string_view(text).substr(open + 1, close - open - 1));
                for (const Question* question : questions)
                    if (question->id == id) return {id, {}, false};
            }
        }
        // A provision, alone or before the short label ("2 a) — legislation cited").
        std::optional<std::vector<std::string>> typed = layout::provision_tokens(text);
        std::string rest;
        for (const std::string_view dash : {"\xE2\x80\x94", "\xE2\x80\x93", " - "})
            if (!typed && text.find(dash) != std::string::npos) {
                typed = layout::provision_tokens(std::string_view(text).substr(0, text.find(dash)));
                rest = label_key(std::string_view(text).substr(text.find(dash) + dash.size()));
            }
        Owner out;
        if (!typed) return out;
        std::vector<const Question*> same, within, article;
        for (const Question* question : questions) {
            const auto own = layout::provision_tokens(layout::provision_of(*question, *q_));
            if (!own) continue;
            if (*own == *typed) same.push_back(question);
            if (own->size() >= typed->size() && std::equal(typed->begin(), typed->end(), own->begin()))
                within.push_back(question);
            if (own->front() == typed->front()) article.push_back(question);
        }
        if (same.size() > 1 && !rest.empty()) {
            // Several questions on that provision: the short label typed after it says which.
            std::vector<const Question*> named;
            for (const Question* question : same)
                if (std::any_of(q_->languages.begin(), q_->languages.end(), [&](const std::string& language) {
                        return label_key(short_label(*question, language)) == rest;
                    }))
                    named.push_back(question);
            if (named.size() == 1) return {named.front()->id, {}, false};
        }
        if (same.size() == 1) return {same.front()->id, {}, false};
        out.ambiguous = same.size() > 1;
        out.near = !same.empty() ? same : !within.empty() ? within : article;
        return out;
    }

    /// The rows of a list sheet's range by the question they name in their first column. The sheet
    /// is walked once for all the questions it lists, so that each costs its own rows only.
    const Owners& owners(const Mapped& m) {
        const auto [found, added] = owners_.try_emplace(layout::to_string(m.answer));
        Owners& owners = found->second;
        if (!added) return owners;
        for (const Question& question : q_->questions) {
            const auto mapped = mapped_.find(question.id);
            if (mapped != mapped_.end() && question.type == m.question->type &&
                layout::to_string(mapped->second.answer) == found->first)
                owners.listed.questions.push_back(&question);
        }
        owners.listed.labels.push_back(layout::question_labels(owners.listed.questions, *q_, language_));
        for (const std::string& language : q_->languages)
            if (language != language_)
                owners.listed.labels.push_back(layout::question_labels(owners.listed.questions, *q_, language));
        for (const int row : rows_present(*m.sheet, m.answer)) {
            const Value* cell = m.sheet->at({row, m.answer.first.column});
            const std::string text = cell ? trim(cell->text()) : std::string();
            if (text.empty()) continue;
            owners.said[row] = text;
            Owner owner = owner_of(text, owners.listed);
            if (owner.id)
                owners.rows[*owner.id].push_back(row);
            else
                owners.unknown.emplace_back(row, std::move(owner));
        }
        return owners;
    }

    const std::vector<int>& owned_rows(const Mapped& m, const std::string& id) {
        const Owners& list = owners(m);
        static const std::vector<int> none;
        const auto found = list.rows.find(id);
        return found == list.rows.end() ? none : found->second;
    }

    void read_table(const Question& question, const Mapped& m) {
        Entry entry{question.id, "", Entry::Shape::Maps, {}, {}};
        const xlsx::Sheet& sheet = *m.sheet;
        for (const int row : rows_present(sheet, m.answer)) {
            std::vector<std::tuple<std::string, std::string, std::string>> fields;
            for (std::size_t c = 0; c < question.columns.size(); ++c) {
                const Column& column = question.columns[c];
                const CellRef ref{row, m.answer.first.column + static_cast<int>(c)};
                const Value* v = sheet.at(ref);
                if (!v) continue;
                const std::string where = layout::place(sheet.name, ref);
                auto text = cell_text(*v, column.type, where, question.id);
                if (!text) continue;
                if (column.type == QuestionType::Choice) {
                    text = match_choice(*text, column.choices, where, question.id,
                                        v->kind == Value::Kind::Boolean, "finding.IRM053.column"_key,
                                        column.label.in(language_));
                    if (!text) continue;
                }
                fields.emplace_back(column.id, *text, where);
            }
            if (fields.empty()) continue;
            if (entry.place.empty()) entry.place = layout::place(sheet.name, {row, m.answer.first.column});
            entry.maps.push_back(std::move(fields));
        }
        if (!entry.maps.empty()) entries_.push_back(std::move(entry));
    }

    void read_waivers() {
        for (const Question& question : q_->questions) {
            const auto found = mapped_.find(question.id);
            if (found == mapped_.end() || !found->second.waiver) continue;
            const layout::Range& range = *found->second.waiver;
            const xlsx::Sheet* sheet = book_.find(range.sheet);
            const Value* v = sheet ? sheet->at(range.first) : nullptr;
            if (!v) continue;
            const std::string where = layout::place(range.sheet, range.first);
            if (auto text = cell_text(*v, QuestionType::Text, where, question.id))
                waivers_.emplace_back(question.id, *text, where);
        }
    }

    /// Every filled row of a list sheet (Legislation, Court cases, Technical assistance) must name a
    /// question of its kind.
    void check_owners(QuestionType type) {
        const Mapped* any = nullptr;
        for (const Question& question : q_->questions) {
            // A part's workbook maps its own questions only.
            const auto found = mapped_.find(question.id);
            if (question.type == type && found != mapped_.end()) {
                any = &found->second;
                break;
            }
        }
        if (!any) return;
        const xlsx::Sheet& sheet = *any->sheet;
        const layout::Range& range = any->answer;
        const Owners& list = owners(*any);
        for (const auto& [row, owner] : list.unknown)
            unknown_owner(list.said.at(row), owner, list.listed,
                          layout::place(sheet.name, {row, range.first.column}), xlsx::column_name(range.first.column));
        for (const int row : rows_present(sheet, range)) {
            const CellRef first{row, range.first.column};
            if (list.said.count(row)) continue;
            // The cells of the row after the question's, as many as it holds.
            for (auto at = sheet.cells.upper_bound(first);
                 at != sheet.cells.end() && at->first.row == row && at->first.column <= range.last.column;
                 ++at) {
                if (!blank(at->second)) {
                    stray("finding.IRM054.no-question"_key, layout::place(sheet.name, first),
                          xlsx::column_name(range.first.column));
                    break;
                }
            }
        }
    }

    /// Content below or right of the cells irm reads in a sheet would be lost: say so.
    void check_strays() {
        std::map<std::string, layout::Range> boxes;  // per sheet, the block that spans every place read there
        const auto extend = [&](const layout::Range& r) {
            auto [it, added] = boxes.emplace(r.sheet, r);
            layout::Range& box = it->second;
            if (added) return;
            box.first = {std::min(box.first.row, r.first.row), std::min(box.first.column, r.first.column)};
            box.last = {std::max(box.last.row, r.last.row), std::max(box.last.column, r.last.column)};
        };
        for (const auto& [id, m] : mapped_) {
            extend(m.answer);
            if (m.waiver) extend(*m.waiver);
        }
        for (const auto& [name, box] : boxes) {
            const xlsx::Sheet* sheet = book_.find(name);
            if (!sheet) continue;
            for (const auto& [ref, value] : sheet->cells) {
                if (ref.row < box.first.row || ref.column < box.first.column)
                    continue;  // headers, labels, help
                if (ref.row <= box.last.row && ref.column <= box.last.column) continue;
                if (blank(value)) continue;
                stray("finding.IRM054.outside"_key, layout::place(name, ref));
            }
        }
    }

    // -- the response ------------------------------------------------------------------------

    void line(const std::string& text, const std::string& cell) {
        // Escaped, a text can take four times the bytes its cells held: what irm could not read
        // back is not written.
        if (too_large_ || out_.yaml.size() + text.size() + 1 > yaml::max_written_bytes) {
            too_large_ = true;
            return;
        }
        out_.yaml += text + "\n";
        out_.line_cells.push_back(cell);
    }

    void write_yaml() {
        const std::string map_place = place(*map_, {layout::FormatRow, 1});
        // In the response's language, as the comments of a YAML template are.
        line("# " + message("workbook.imported"_key, language_,
                            {{"workbook", yaml::scalar(base_name(file_))},
                             {"file", yaml::scalar(base_name(options_.output.empty() ? file_ : options_.output))}}),
             "");
        line("format: irm-response/1", map_place);
        line("questionnaire: " + scalar(q_->id), place(*map_, {layout::QuestionnaireRow, 1}));
        line("version: \"" + q_->version + "\"", place(*map_, {layout::VersionRow, 1}));
        line("state: " + (state_.empty() ? std::string() : scalar(state_)), state_place_);
        line("language: " + scalar(language_), place(*map_, {layout::LanguageRow, 1}));
        line("status: draft", place(*map_, {layout::StatusRow, 1}));
        if (entries_.empty()) {
            line("answers: {}", "");
        } else {
            line("answers:", "");
        }
        for (const Entry& entry : entries_) {
            switch (entry.shape) {
                case Entry::Shape::Scalar:
                    line("  " + entry.id + ": " + scalar(entry.values.front().first),
                         entry.values.front().second);
                    break;
                case Entry::Shape::List:
                    line("  " + entry.id + ":", entry.place);
                    for (const auto& [value, where] : entry.values)
                        line("    - " + scalar(value), where);
                    break;
                case Entry::Shape::Maps:
                    line("  " + entry.id + ":", entry.place);
                    for (const auto& fields : entry.maps) {
                        bool first = true;
                        for (const auto& [key, value, where] : fields) {
                            // A required field left empty: its key alone, with no value.
                            line(std::string(first ? "    - " : "      ") + key + ":" +
                                     (value.empty() ? std::string() : " " + scalar(value)),
                                 where);
                            first = false;
                        }
                    }
                    break;
            }
        }
        if (!waivers_.empty()) {
            line("waivers:", "");
            for (const auto& [id, text, where] : waivers_)
                line("  " + id + ": " + scalar(text), where);
        }
        if (too_large_) {
            out_.yaml.clear();
            out_.line_cells.clear();
            too_large();
        }
    }

    /// A path's last name: the comment names the files as they sit side by side.
    static std::string base_name(const std::string& path) {
        const std::size_t slash = path.find_last_of('/');
        return slash == std::string::npos ? path : path.substr(slash + 1);
    }

    std::string bytes_;
    std::string file_;
    const Registry& registry_;
    const WorkbookImportOptions& options_;
    /// The language of the findings: --lang, else the workbook's own once its map is read, else the
    /// fallback (FORMATS.md §4). `language_` is the workbook's, that of its labels.
    std::string lang_;
    ImportedWorkbook out_;
    xlsx::Workbook book_;
    const xlsx::Sheet* map_ = nullptr;
    const Questionnaire* q_ = nullptr;
    std::string language_, state_, state_place_;
    std::map<std::string, Mapped> mapped_;
    std::vector<Entry> entries_;
    /// For each list range read, its rows by the question they name (owners).
    std::map<std::string, Owners> owners_;
    bool too_large_ = false;  ///< the response written out would be larger than irm reads
    std::vector<std::tuple<std::string, std::string, std::string>> waivers_;
};

}  // namespace

bool ImportedWorkbook::failed() const {
    return std::any_of(findings.begin(), findings.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::Error; });
}

ImportedWorkbook import_workbook(std::string bytes, const std::string& file, const Registry& registry,
                                 const WorkbookImportOptions& options) {
    ImportedWorkbook imported = Importer(std::move(bytes), file, registry, options).run();
    layout::sort_by_cell(imported.findings, imported.sheets);
    return imported;
}

}  // namespace irm
