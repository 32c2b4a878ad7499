// The workbook template, written with libxlsxwriter: Instructions, Answers,
// one sheet per table question, Legislation, Court cases, Technical assistance, and two
// hidden sheets (the map of cells to questions, the labels of drop-downs).
#include "fill/workbook_layout.hpp"
#include "model/condition_words.hpp"
#include "render/xlsx_style.hpp"

#include <irm/answers.hpp>
#include <irm/catalogue.hpp>
#include <irm/template.hpp>
#include <irm/text.hpp>
#include <irm/values.hpp>

#include <xlsxwriter.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <functional>
#include <map>
#include <set>

namespace irm {

namespace {

using xlsx::CellRef;

constexpr std::size_t max_message_chars = 255;  // data-validation input messages
constexpr std::size_t max_title_chars = 32;     // and their titles
constexpr int legislation_rows = 300;           // empty rows offered on the list sheets
constexpr int need_rows = 100;
constexpr int case_rows = 100;
constexpr int default_table_rows = 50;

/// Answer columns of the Answers sheet.
enum AnswerColumn { SectionColumn, ProvisionColumn, QuestionColumn, HelpColumn, AnswerCell, WaiverColumn };

lxw_datetime to_datetime(const std::string& date) {
    lxw_datetime d{};
    d.year = std::stoi(date.substr(0, 4));
    d.month = std::stoi(date.substr(5, 2));
    d.day = std::stoi(date.substr(8, 2));
    return d;
}

/// Rows needed to show a text in a column of `width` characters.
int lines_for(std::string_view text, double width) {
    int lines = 0;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        const auto chars = static_cast<double>(text::code_points(text.substr(start, end - start)));
        lines += std::max(1, static_cast<int>(std::ceil(chars * 1.1 / width)));
        if (end >= text.size()) break;
        start = end + 1;
    }
    return lines;
}

class WorkbookTemplate {
public:
    WorkbookTemplate(const Questionnaire& q, const TemplateOptions& options,
                     std::vector<std::string>& not_carried)
        : q_(q), options_(options), language_(options.language), not_carried_(not_carried) {
        if (options.prefill)
            for (const auto& [id, node] : options.prefill->answers)
                carried_[id] = node;
        if (options.prefill)
            for (const auto& [id, justification] : options.prefill->waivers)
                waivers_[id] = justification;
        if (!options.part) {
            questions_.assign(q.questions.begin(), q.questions.end());
            return;
        }
        std::set<std::size_t> indexes(options.part->questions.begin(), options.part->questions.end());
        for (const auto& [index, whose] : options.part->context) {
            indexes.insert(index);
            if (index < q.questions.size()) context_[q.questions[index].id] = whose;
        }
        for (const std::size_t index : indexes)
            if (index < q.questions.size()) questions_.emplace_back(q.questions[index]);
    }

    Done write(const std::string& path) {
        lxw_workbook_options workbook_options{};
        workbook_options.tmpdir = nullptr;
        book_ = workbook_new_opt(path.c_str(), &workbook_options);
        if (!book_) return fail(words("workbook.cannot-create"_key));
        formats();
        plan_sheets();
        instructions();
        answers();
        tables();
        legislation();
        court_cases();
        needs();
        map();
        worksheet_hide(lists_);
        worksheet_hide(map_);
        worksheet_activate(instructions_);
        const lxw_error closed = workbook_close(book_);
        book_ = nullptr;
        if (closed != LXW_NO_ERROR) return fail(lxw_strerror(closed));
        if (!error_.empty()) return fail(error_);
        for (std::string& note : exporting::cell_notes(changes_))
            not_carried_.push_back(std::move(note));
        return {};
    }

    ~WorkbookTemplate() {
        if (book_) workbook_close(book_);
    }

private:
    /// A fixed text of the workbook in its language.
    std::string words(Key key) const { return message(key, language_); }

    /// A text quoted in running text, as the language quotes (no-break spaces inside French guillemets).
    std::string quote(const std::string& value) const {
        return message("condition.quoted"_key, language_, {{"text", value}});
    }

    /// "Label: text", as the language punctuates it.
    std::string labelled(Key label, const std::string& value) const {
        return message("template.labelled"_key, language_, {{"label", words(label)}, {"text", value}});
    }

    // -- formats and sheets -------------------------------------------------------

    lxw_format* format(bool locked, bool bold = false) {
        lxw_format* f = workbook_add_format(book_);
        format_set_text_wrap(f);
        format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
        if (!locked) format_set_unlocked(f);
        if (bold) format_set_bold(f);
        return f;
    }

    /// A cell to answer in: filled with a colour, a thin border, dates shown as dates.
    lxw_format* fill_format(bool locked, lxw_color_t colour, bool date) {
        lxw_format* f = format(locked);
        format_set_bg_color(f, colour);
        format_set_border(f, LXW_BORDER_THIN);
        if (date) format_set_num_format(f, "yyyy-mm-dd");
        return f;
    }

    void formats() {
        header_ = format(true, true);
        format_set_bg_color(header_, 0xD9E1F2);
        format_set_border(header_, LXW_BORDER_THIN);
        body_ = format(true);
        format_set_border(body_, LXW_BORDER_HAIR);
        note_ = format(true);
        format_set_italic(note_);
        format_set_bg_color(note_, 0xF2F2F2);
        format_set_border(note_, LXW_BORDER_HAIR);
        // Yellow cells to fill in; grey, locked ones for the answers of another part.
        answer_ = fill_format(false, 0xFFF2CC, false);
        date_ = fill_format(false, 0xFFF2CC, true);
        context_answer_ = fill_format(true, 0xEDEDED, false);
        context_date_ = fill_format(true, 0xEDEDED, true);
        pointer_ = format(true);
        format_set_italic(pointer_);
        format_set_font_color(pointer_, 0x595959);
        format_set_border(pointer_, LXW_BORDER_THIN);
        title_ = format(true, true);
        format_set_font_size(title_, 14);
        plain_ = workbook_add_format(book_);
    }

    /// The name of a table's sheet, by article and subject: "Art. 5 — statistics", or the table's
    /// short label for a subject when the questionnaire gives one ("Art. 5 — victims identified"),
    /// cut to fit Excel's 31 characters. unique_name makes it one Excel accepts, and unique.
    std::string table_sheet_name(const Question& question) const {
        constexpr std::size_t limit = 31;
        const std::string& own = question.short_label.in(language_);
        std::string subject;
        // Excel refuses a colon in a name: "victims: by sex" reads "victims, by sex" (French "victimes,
        // par").
        for (const char c : own.empty() ? words("workbook.sheet.statistics"_key) : own) {
            if (c != ':') {
                subject += c;
                continue;
            }
            while (!subject.empty() && subject.back() == ' ')
                subject.pop_back();
            if (subject.size() >= 2 && subject.compare(subject.size() - 2, 2, "\xC2\xA0") == 0)
                subject.resize(subject.size() - 2);
            subject += ',';
        }
        const std::string& article =
            question.section < q_.sections.size() ? q_.sections[question.section].article : std::string();
        if (article.empty()) return text::capitalised(text::shorten(subject, limit));
        const auto named = [&](const std::string& what) {
            return message("workbook.sheet.table"_key, language_, {{"article", article}, {"subject", what}});
        };
        const std::size_t around = text::code_points(named(""));
        if (around + text::code_points(subject) > limit && around < limit)
            subject = text::shorten(subject, limit - around);
        return named(subject);
    }

    /// A sheet name Excel accepts, unique whatever the case.
    std::string unique_name(const std::string& name) { return sheet_names_.take(name); }

    void plan_sheets() {
        for (const Key name :
             {"workbook.sheet.instructions"_key, "workbook.sheet.answers"_key,
              "workbook.sheet.legislation"_key, "workbook.sheet.court-cases"_key, "workbook.sheet.needs"_key})
            unique_name(words(name));
        unique_name(std::string(layout::map_sheet));
        unique_name(std::string(layout::lists_sheet));
        answers_name_ = words("workbook.sheet.answers"_key);
        for (const Question& question : questions_) {
            has_legislation_ |= question.type == QuestionType::Legislation;
            has_cases_ |= question.type == QuestionType::CourtCases;
            has_needs_ |= question.type == QuestionType::TaNeeds;
            if (question.type == QuestionType::Table)
                table_names_[question.id] = unique_name(table_sheet_name(question));
        }
        // The questions of the list sheets, as their first column offers them.
        for (const QuestionType type :
             {QuestionType::Legislation, QuestionType::CourtCases, QuestionType::TaNeeds}) {
            std::vector<const Question*> listed;
            for (const Question& question : questions_)
                if (question.type == type) listed.push_back(&question);
            const std::vector<std::string> labels = layout::question_labels(listed, q_, language_);
            for (std::size_t i = 0; i < listed.size(); ++i)
                list_labels_[listed[i]->id] = labels[i];
        }
        instructions_ = workbook_add_worksheet(book_, words("workbook.sheet.instructions"_key).c_str());
        answers_sheet_ = workbook_add_worksheet(book_, answers_name_.c_str());
        for (const Question& question : questions_)
            if (question.type == QuestionType::Table)
                table_sheets_[question.id] = workbook_add_worksheet(book_, table_names_[question.id].c_str());
        if (has_legislation_)
            legislation_ = workbook_add_worksheet(book_, words("workbook.sheet.legislation"_key).c_str());
        if (has_cases_)
            cases_ = workbook_add_worksheet(book_, words("workbook.sheet.court-cases"_key).c_str());
        if (has_needs_) needs_ = workbook_add_worksheet(book_, words("workbook.sheet.needs"_key).c_str());
        map_ = workbook_add_worksheet(book_, std::string(layout::map_sheet).c_str());
        lists_ = workbook_add_worksheet(book_, std::string(layout::lists_sheet).c_str());
        // Answer rows are known before anything is written, so conditions can name rows.
        int row = 1;
        for (const Question& question : questions_)
            answer_rows_[question.id] = row++;
    }

    void protect(lxw_worksheet* sheet) {
        lxw_protection protection{};
        protection.format_columns = 1;  // people may still widen columns and rows
        protection.format_rows = 1;
        worksheet_protect(sheet, nullptr, &protection);
        // Printed, a sheet keeps its columns side by side.
        worksheet_set_landscape(sheet);
        worksheet_set_paper(sheet, 9);  // A4
        worksheet_fit_to_pages(sheet, 1, 0);
    }

    // -- writing cells, collecting the first error ---------------------------------

    void check(lxw_error e, const std::string& what) {
        if (e != LXW_NO_ERROR && error_.empty()) error_ = what + ": " + lxw_strerror(e);
    }

    void text(lxw_worksheet* sheet, int row, int column, const std::string& value, lxw_format* f) {
        if (value.empty()) {
            check(
                worksheet_write_blank(sheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column), f),
                "a blank cell");
            return;
        }
        check(worksheet_write_string(sheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column),
                                     exporting::cell_text(value, changes_).c_str(), f),
              "a text cell");
    }

    void number(lxw_worksheet* sheet, int row, int column, double value, lxw_format* f) {
        check(worksheet_write_number(sheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column),
                                     value, f),
              "a number cell");
    }

    void date(lxw_worksheet* sheet, int row, int column, const std::string& value, lxw_format* f) {
        lxw_datetime d = to_datetime(value);
        check(worksheet_write_datetime(sheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column), &d,
                                       f),
              "a date cell");
    }

    /// The format of an answer cell: open to edit, or locked for an answer of another part.
    lxw_format* answer_format(QuestionType type, bool locked) const {
        if (type == QuestionType::Date) return locked ? context_date_ : date_;
        return locked ? context_answer_ : answer_;
    }

    /// Writes a value carried over into a cell of a given type: numbers and dates as such, the rest as text.
    void typed(lxw_worksheet* sheet, int row, int column, QuestionType type,
               const std::vector<Choice>& choices, const std::string& value, bool locked = false) {
        lxw_format* f = answer_format(type, locked);
        // A number with more digits than a number cell keeps stays text, every digit as written.
        if ((type == QuestionType::Integer || type == QuestionType::Number) && is_decimal_number(value) &&
            fits_double(value))
            number(sheet, row, column, std::strtod(value.c_str(), nullptr), f);
        else if (type == QuestionType::Date && is_date(value))
            date(sheet, row, column, value, f);
        else if (type == QuestionType::Choice)
            text(sheet, row, column, choice_label(choices, value, language_), f);
        else
            text(sheet, row, column, value, f);
    }

    void not_carried(const std::string& id, const std::string& why) {
        const Question* question = q_.find(id);
        not_carried_.push_back(message(
            "workbook.not-carried"_key, language_,
            {{"question", question ? layout::question_words(*question, q_, language_) : id}, {"why", why}}));
    }

    /// Whether a text carried over is longer than a cell holds: then it is not
    /// carried at all (cut, it would come back from the workbook as a shorter answer).
    bool too_long(const Question& question, const std::string& value) {
        if (text::utf16_units(value) <= exporting::max_cell_characters) return false;
        not_carried(question.id, message("workbook.not-carried.too-long"_key, language_,
                                         {{"limit", std::to_string(exporting::max_cell_characters)}}));
        return true;
    }

    // -- drop-down lists -----------------------------------------------------------

    /// The range of the hidden list sheet holding these labels, written once per distinct list.
    std::string list_range(const std::vector<std::string>& labels) {
        auto it = lists_by_labels_.find(labels);
        if (it == lists_by_labels_.end()) {
            const int column = static_cast<int>(lists_by_labels_.size());
            for (std::size_t i = 0; i < labels.size(); ++i)
                text(lists_, static_cast<int>(i), column, labels[i], plain_);
            const std::string range = "=" + std::string(layout::lists_sheet) + "!$" +
                                      xlsx::column_name(column) + "$1:$" + xlsx::column_name(column) + "$" +
                                      std::to_string(std::max<std::size_t>(1, labels.size()));
            it = lists_by_labels_.emplace(labels, range).first;
        }
        return it->second;
    }

    std::vector<std::string> labels(const std::vector<Choice>& choices) const {
        std::vector<std::string> out;
        for (const Choice& choice : choices)
            out.push_back(choice.label.in(language_));
        return out;
    }

    // -- data validation -----------------------------------------------------------

    struct Validation {
        lxw_data_validation v{};
        std::string formula, title, message;
        std::string error_title, error_message;  ///< when set: what the program says of another value
    };

    Validation validation_for(QuestionType type, const std::vector<Choice>& choices, const Bounds& bounds,
                              const std::string& title, const std::string& help) {
        Validation out;
        lxw_data_validation& v = out.v;
        out.title = text::shorten(title, max_title_chars - 1);
        out.message = text::shorten(help, max_message_chars - 1);
        v.ignore_blank = LXW_VALIDATION_ON;
        switch (type) {
            case QuestionType::Choice:
                out.formula = list_range(labels(choices));
                v.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
                break;
            case QuestionType::MultiChoice: {
                std::string listed;
                for (std::size_t i = 0; i < choices.size(); ++i)
                    listed += (i ? "; " : "") + choices[i].label.in(language_);
                out.message = text::shorten(labelled("workbook.several"_key, listed), max_message_chars - 1);
                v.validate = LXW_VALIDATION_TYPE_ANY;
                break;
            }
            case QuestionType::Integer:
            case QuestionType::Number:
                v.validate =
                    type == QuestionType::Integer ? LXW_VALIDATION_TYPE_INTEGER : LXW_VALIDATION_TYPE_DECIMAL;
                v.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
                // Without bounds, the widest range every spreadsheet program takes.
                v.minimum_number = bounds.min.value_or(type == QuestionType::Integer ? -2147483647.0 : -1e15);
                v.maximum_number = bounds.max.value_or(type == QuestionType::Integer ? 2147483647.0 : 1e15);
                break;
            case QuestionType::Date:
                v.validate = LXW_VALIDATION_TYPE_DATE;
                v.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
                v.minimum_datetime = to_datetime(bounds.min_date.value_or("1900-01-01"));
                v.maximum_datetime = to_datetime(bounds.max_date.value_or("9999-12-31"));
                break;
            default:
                v.validate = LXW_VALIDATION_TYPE_ANY;
        }
        return out;
    }

    void validate(lxw_worksheet* sheet, int first_row, int last_row, int column, Validation& validation) {
        lxw_data_validation& v = validation.v;
        if (!validation.formula.empty()) v.value_formula = validation.formula.data();
        if (!validation.message.empty()) {
            v.show_input = LXW_VALIDATION_ON;
            v.input_title = validation.title.data();
            v.input_message = validation.message.data();
        }
        if (!validation.error_message.empty()) {
            v.show_error = LXW_VALIDATION_ON;
            v.error_title = validation.error_title.data();
            v.error_message = validation.error_message.data();
        }
        const auto c = static_cast<lxw_col_t>(column);
        check(worksheet_data_validation_range(sheet, static_cast<lxw_row_t>(first_row), c,
                                              static_cast<lxw_row_t>(last_row), c, &v),
              "a data validation");
    }

    // -- the sheets ------------------------------------------------------------------

    void instructions() {
        lxw_worksheet* s = instructions_;
        worksheet_set_column(s, 0, 0, 18, nullptr);
        worksheet_set_column(s, 1, 1, 110, nullptr);
        // The title spans both columns: column A alone is too narrow for it.
        check(worksheet_merge_range(s, 0, 0, 0, 1,
                                    exporting::cell_text(q_.title.in(language_), changes_).c_str(), title_),
              "the title");
        worksheet_set_row(s, 0, 40, nullptr);
        const auto field = [&](int row, Key key, const std::string& value, lxw_format* f) {
            text(s, row, 0, words(key), header_);
            text(s, row, 1, value, f);
        };
        field(2, "workbook.field.questionnaire"_key,
              message("workbook.questionnaire-version"_key, language_,
                      {{"id", q_.id}, {"version", q_.version}}),
              body_);
        field(3, "workbook.field.language"_key, language_, body_);
        // A part belongs to the State of the response it was split from: merge refuses another.
        field(4, "workbook.field.state"_key, options_.state, options_.part ? body_ : answer_);
        state_cell_ = CellRef{4, 1};
        if (!options_.part) {
            Validation v = validation_for(QuestionType::Text, {}, {}, words("workbook.field.state"_key),
                                          words("template.state-placeholder"_key));
            validate(s, 4, 4, 1, v);
        }
        int row = 6;
        const auto paragraph = [&](const std::string& line, lxw_format* f) {
            text(s, row, 1, line, f);
            worksheet_set_row(s, static_cast<lxw_row_t>(row), 15.0 * lines_for(line, 100) + 3, nullptr);
            ++row;
        };
        if (options_.part) {
            paragraph(options_.part->heading, header_);
            ++row;
        }
        paragraph(words("workbook.instructions.title"_key), header_);
        // The steps name the sheets this workbook has, and only those: a part may have no
        // Legislation sheet, or no table.
        std::vector<std::string> steps;
        const auto step = [&](Key key, std::initializer_list<Arg> args = {}) {
            steps.push_back(message(key, language_, args));
        };
        step("workbook.instructions.answer"_key,
             {{"sheet", quote(answers_name_)}, {"separator", quote(";")}});
        if (std::any_of(questions_.begin(), questions_.end(), [&](const Question& question) {
                return question.show_if || q_.sections[question.section].show_if;
            }))
            step("workbook.instructions.conditions"_key);
        if (legislation_)
            step("workbook.instructions.legislation"_key,
                 {{"sheet", quote(words("workbook.sheet.legislation"_key))}});
        if (cases_)
            step("workbook.instructions.court-cases"_key,
                 {{"sheet", quote(words("workbook.sheet.court-cases"_key))}});
        if (needs_)
            step("workbook.instructions.needs"_key, {{"sheet", quote(words("workbook.sheet.needs"_key))}});
        std::vector<std::string> tables;
        for (const Question& question : questions_)
            if (question.type == QuestionType::Table) tables.push_back(quote(table_names_[question.id]));
        if (!tables.empty())
            step(tables.size() == 1 ? "workbook.instructions.table"_key : "workbook.instructions.tables"_key,
                 {{"sheets", join_in_prose(tables, language_)}});
        if (std::any_of(questions_.begin(), questions_.end(), [&](const Question& question) {
                return question.type != QuestionType::Note && !context_.count(question.id) &&
                       may_warn(question);
            }))
            step("workbook.instructions.waivers"_key,
                 {{"column", quote(words("workbook.header.waiver"_key))}});
        if (!options_.part) step("workbook.instructions.copies"_key);
        step("workbook.instructions.layout"_key);
        step("workbook.instructions.import"_key);
        for (std::size_t i = 0; i < steps.size(); ++i)
            paragraph(message("workbook.instructions.step"_key, language_,
                              {{"number", std::to_string(i + 1)}, {"text", steps[i]}}),
                      body_);
        for (const Key line :
             {"workbook.instructions.import-command"_key, "workbook.instructions.validate-command"_key})
            paragraph(words(line), body_);
        protect(s);
    }

    /// Whether a check can warn about the question's answer, which a waiver then sets aside: a
    /// constraint of warning severity (of the answer, or of a table's rows), or a condition that can
    /// make it not apply, its own or its section's (an answer given then is a warning, IRM015).
    bool may_warn(const Question& question) const {
        const bool section_condition =
            question.section < q_.sections.size() && q_.sections[question.section].show_if.has_value();
        return (question.constraint && question.constraint_severity == Severity::Warning) ||
               (question.row_constraint && question.row_constraint_severity == Severity::Warning) ||
               question.show_if.has_value() || section_condition;
    }

    /// How conditions name a question: its provision and row, or, when the
    /// workbook does not hold it (another part's question), its provision and id.
    std::string row_name(const Question& question) const {
        const auto found = answer_rows_.find(question.id);
        const std::string row =
            found == answer_rows_.end()
                ? question.id
                : message("workbook.row"_key, language_, {{"number", std::to_string(found->second + 1)}});
        return question.provision.empty() ? row : question.provision + " (" + row + ")";
    }

    void answers() {
        lxw_worksheet* s = answers_sheet_;
        const double widths[] = {22, 11, 60, 50, 40, 30};
        for (int c = 0; c < 6; ++c)
            worksheet_set_column(s, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), widths[c], nullptr);
        const Key headers[] = {"workbook.header.section"_key,  "workbook.header.provision"_key,
                               "workbook.header.question"_key, "template.help"_key,
                               "workbook.header.answer"_key,   "workbook.header.waiver"_key};
        for (int c = 0; c < 6; ++c)
            text(s, 0, c, words(headers[c]), header_);
        // What a waiver is and when to write one, as a note on its header.
        lxw_comment_options note{};
        note.width = 420;
        note.height = 170;
        check(worksheet_write_comment_opt(
                  s, 0, WaiverColumn,
                  exporting::cell_text(words("workbook.waiver.note"_key), changes_).c_str(), &note),
              "the note on waivers");
        worksheet_freeze_panes(s, 1, 0);
        const auto name = [this](const Question& q) { return row_name(q); };
        for (const Question& question : questions_) {
            const int row = answer_rows_[question.id];
            const Section& section = q_.sections[question.section];
            std::string label = question.label.in(language_);
            text(s, row, SectionColumn, section.title.in(language_), body_);
            if (question.type == QuestionType::Note) {
                text(s, row, ProvisionColumn, "", note_);
                text(s, row, QuestionColumn, label, note_);
                for (int c = HelpColumn; c <= WaiverColumn; ++c)
                    text(s, row, c, "", note_);
                worksheet_set_row(s, static_cast<lxw_row_t>(row),
                                  std::min(409.0, 15.0 * lines_for(label, 60) + 3), nullptr);
                continue;
            }
            const std::string level = obligation_in_words(question, q_, language_);
            const std::string applies = applicability_in_words(question, q_, language_, name, false);
            const std::string required = requirement_in_words(question, q_, language_, name, false);
            std::string conditions;
            for (const std::string& line :
                 {level.empty() ? level : labelled("template.obligation"_key, level), applies, required})
                if (!line.empty()) conditions += (conditions.empty() ? "" : "\n") + line;
            if (!conditions.empty()) label += "\n\n" + conditions;
            std::string help = question.help.in(language_);
            if (question.type == QuestionType::MultiChoice) {
                help += std::string(help.empty() ? "" : "\n\n") + words("workbook.several-heading"_key);
                for (const Choice& choice : question.choices)
                    help += "\n- " + choice.label.in(language_);
            }
            if (!question.authority.empty())
                help += std::string(help.empty() ? "" : "\n\n") +
                        labelled("template.authority"_key, question.authority.in(language_));
            const auto whose = context_.find(question.id);
            const bool locked = whose != context_.end();
            if (locked) help = whose->second + (help.empty() ? "" : "\n\n" + help);
            text(s, row, ProvisionColumn, question.provision, body_);
            text(s, row, QuestionColumn, label, body_);
            text(s, row, HelpColumn, help, body_);
            // Tall enough for the label, the help and an answer carried over (a waiver is short).
            const auto carried = carried_.find(question.id);
            const std::string answer =
                carried != carried_.end() && carried->second->is_scalar() ? carried->second->text : "";
            const int lines = std::max({lines_for(label, 60), lines_for(help, 50), lines_for(answer, 40)});
            worksheet_set_row(s, static_cast<lxw_row_t>(row), std::min(409.0, 15.0 * lines + 3), nullptr);

            const std::string here = layout::place(answers_name_, CellRef{row, AnswerCell});
            const std::string waiver = layout::place(answers_name_, CellRef{row, WaiverColumn});
            // A waiver is open where a warning can arise, or where one is carried over (to be kept
            // or cleared); elsewhere it could only be refused (IRM021), so the cell is grey and locked.
            const auto w = waivers_.find(question.id);
            const bool waivable = !locked && (may_warn(question) || w != waivers_.end());
            text(s, row, WaiverColumn, w == waivers_.end() ? "" : w->second,
                 waivable ? answer_ : context_answer_);
            if (waivable) {
                Validation about =
                    validation_for(QuestionType::Text, {}, {}, words("workbook.waiver.title"_key),
                                   words("workbook.waiver.input"_key));
                validate(s, row, row, WaiverColumn, about);
            }
            switch (question.type) {
                case QuestionType::Legislation:
                    text(s, row, AnswerCell,
                         message("workbook.see-legislation"_key, language_,
                                 {{"question", quote(list_labels_.at(question.id))}}),
                         pointer_);
                    map_rows_.push_back({question.id, "legislation", legislation_range(), waiver});
                    continue;
                case QuestionType::CourtCases:
                    text(s, row, AnswerCell,
                         message("workbook.see-court-cases"_key, language_,
                                 {{"question", quote(list_labels_.at(question.id))}}),
                         pointer_);
                    map_rows_.push_back({question.id, "court_cases", cases_range(), waiver});
                    continue;
                case QuestionType::TaNeeds:
                    text(s, row, AnswerCell,
                         message("workbook.see-needs"_key, language_,
                                 {{"question", quote(list_labels_.at(question.id))}}),
                         pointer_);
                    map_rows_.push_back({question.id, "ta_needs", needs_range(), waiver});
                    continue;
                case QuestionType::Table:
                    text(s, row, AnswerCell,
                         message("workbook.see-table"_key, language_,
                                 {{"sheet", quote(table_names_[question.id])}}),
                         pointer_);
                    map_rows_.push_back({question.id, "table", "", waiver});  // the range is set by tables()
                    continue;
                default:
                    break;
            }
            map_rows_.push_back({question.id, std::string(to_string(question.type)), here, waiver});
            if (!locked) {
                Validation v = validation_for(
                    question.type, question.choices, question.bounds,
                    question.provision.empty() ? words("workbook.header.answer"_key) : question.provision,
                    question.help.in(language_));
                validate(s, row, row, AnswerCell, v);
            }
            write_answer(question, row, locked);
        }
        protect(s);
    }

    void write_answer(const Question& question, int row, bool locked) {
        lxw_format* blank = answer_format(question.type, locked);
        const auto found = carried_.find(question.id);
        if (found == carried_.end()) {
            text(answers_sheet_, row, AnswerCell, "", blank);
            return;
        }
        const yaml::Node& node = *found->second;
        if (question.type == QuestionType::MultiChoice) {
            std::vector<const yaml::Node*> items;
            if (node.is_scalar()) items.push_back(&node);
            if (node.is_sequence()) items = node.items;
            std::string joined;
            for (const yaml::Node* item : items) {
                if (!item->is_scalar()) {
                    not_carried(question.id, words("workbook.not-carried.not-a-list"_key));
                    text(answers_sheet_, row, AnswerCell, "", blank);
                    return;
                }
                joined +=
                    (joined.empty() ? "" : "; ") + choice_label(question.choices, item->text, language_);
            }
            text(answers_sheet_, row, AnswerCell, too_long(question, joined) ? "" : joined, blank);
            return;
        }
        if (!node.is_scalar()) {
            not_carried(question.id, words("workbook.not-carried.not-one-value"_key));
            text(answers_sheet_, row, AnswerCell, "", blank);
            return;
        }
        if (too_long(question, node.text)) {
            text(answers_sheet_, row, AnswerCell, "", blank);
            return;
        }
        typed(answers_sheet_, row, AnswerCell, question.type, question.choices, node.text, locked);
    }

    std::string legislation_range() const {
        return layout::to_string({words("workbook.sheet.legislation"_key), CellRef{1, 0},
                                  CellRef{legislation_last_row(), layout::LawColumns - 1}});
    }
    std::string cases_range() const {
        return layout::to_string({words("workbook.sheet.court-cases"_key), CellRef{1, 0},
                                  CellRef{case_rows_, layout::CaseColumns - 1}});
    }
    std::string needs_range() const {
        return layout::to_string({words("workbook.sheet.needs"_key), CellRef{1, 0},
                                  CellRef{needs_last_row(), layout::NeedColumns - 1}});
    }

    /// The items of a list answer carried over, or none (noting why) when it is not a list of maps.
    std::vector<const yaml::Node*> carried_items(const Question& question) {
        const auto found = carried_.find(question.id);
        if (found == carried_.end()) return {};
        const yaml::Node& node = *found->second;
        if (!node.is_sequence() || std::any_of(node.items.begin(), node.items.end(),
                                               [](const yaml::Node* item) { return !item->is_map(); })) {
            not_carried(question.id, words("workbook.not-carried.not-items"_key));
            return {};
        }
        // One field too long for its cell and the whole list stays out: rows left out
        // would come back as a shorter list.
        for (const yaml::Node* item : node.items)
            for (const yaml::Pair& pair : item->pairs)
                if (pair.value->is_scalar() && too_long(question, pair.value->text)) return {};
        return node.items;
    }

    static std::string field(const yaml::Node& map, std::string_view key) {
        const yaml::Node* node = map.find(key);
        return node && node->is_scalar() ? node->text : std::string();
    }

    int count_items(QuestionType type) {
        int n = 0;
        for (const Question& question : questions_)
            if (question.type == type)
                if (const auto found = carried_.find(question.id);
                    found != carried_.end() && found->second->is_sequence())
                    n += static_cast<int>(found->second->items.size());
        return n;
    }

    int legislation_last_row() const { return legislation_rows_; }
    int needs_last_row() const { return need_rows_; }

    void list_sheet_header(lxw_worksheet* s, const std::vector<std::pair<Key, double>>& columns) {
        for (std::size_t c = 0; c < columns.size(); ++c) {
            const auto column = static_cast<lxw_col_t>(c);
            worksheet_set_column(s, column, column, columns[c].second, nullptr);
            text(s, 0, static_cast<int>(c), words(columns[c].first), header_);
        }
        worksheet_freeze_panes(s, 1, 0);
    }

    /// The labels the first column of a list sheet offers: its questions, in order.
    std::vector<std::string> labels_of(QuestionType type) const {
        std::vector<std::string> labels;
        for (const Question& question : questions_)
            if (question.type == type) labels.push_back(list_labels_.at(question.id));
        return labels;
    }

    /// The drop-down of a list sheet's first column: its questions by label; a provision or an id
    /// typed instead is let through with a warning, since import reads those too.
    void question_column(lxw_worksheet* s, int last_row, QuestionType type) {
        Validation question =
            validation_for(QuestionType::Choice, {}, {}, words("workbook.header.question"_key),
                           words("workbook.pick-question"_key));
        question.formula = list_range(labels_of(type));
        question.v.error_type = LXW_VALIDATION_ERROR_TYPE_WARNING;
        question.error_title = text::shorten(words("workbook.header.question"_key), max_title_chars - 1);
        question.error_message =
            text::shorten(words("workbook.pick-question.other"_key), max_message_chars - 1);
        validate(s, 1, last_row, 0, question);
    }

    void legislation() {
        if (!legislation_) return;
        lxw_worksheet* s = legislation_;
        list_sheet_header(s, {{"workbook.header.question"_key, 55},
                              {"workbook.header.title"_key, 45},
                              {"workbook.header.provision"_key, 25},
                              {"workbook.header.year"_key, 8},
                              {"workbook.header.url"_key, 45},
                              {"workbook.header.sherloc"_key, 20}});
        int row = 1;
        for (const Question& question : questions_) {
            if (question.type != QuestionType::Legislation) continue;
            lxw_format* f = answer_format(QuestionType::Text, context_.count(question.id) > 0);
            for (const yaml::Node* item : carried_items(question)) {
                text(s, row, layout::LawQuestion, list_labels_.at(question.id), f);
                text(s, row, layout::LawTitle, field(*item, "title"), f);
                text(s, row, layout::LawProvision, field(*item, "provision"), f);
                const std::string year = field(*item, "year");
                if (is_whole_number(year) && fits_double(year))
                    number(s, row, layout::LawYear, std::strtod(year.c_str(), nullptr), f);
                else
                    text(s, row, layout::LawYear, year, f);
                text(s, row, layout::LawUrl, field(*item, "url"), f);
                text(s, row, layout::LawSherloc, field(*item, "sherloc"), f);
                ++row;
            }
        }
        for (; row <= legislation_rows_; ++row)
            for (int c = 0; c < layout::LawColumns; ++c)
                text(s, row, c, "", answer_);
        question_column(s, legislation_rows_, QuestionType::Legislation);
        Bounds years;
        years.min = 1000;
        years.max = 2999;
        Validation year =
            validation_for(QuestionType::Integer, {}, years, words("workbook.header.year"_key), "");
        validate(s, 1, legislation_rows_, layout::LawYear, year);
        protect(s);
    }

    /// The Court cases sheet: one row per case, the question it answers in column A.
    void court_cases() {
        if (!cases_) return;
        lxw_worksheet* s = cases_;
        list_sheet_header(s, {{"workbook.header.question"_key, 55},
                              {"workbook.header.court"_key, 30},
                              {"workbook.header.date"_key, 14},
                              {"workbook.header.year"_key, 8},
                              {"workbook.header.reference"_key, 20},
                              {"workbook.header.summary"_key, 60},
                              {"workbook.header.url"_key, 40},
                              {"workbook.header.sherloc"_key, 20}});
        int row = 1;
        for (const Question& question : questions_) {
            if (question.type != QuestionType::CourtCases) continue;
            const bool locked = context_.count(question.id) > 0;
            lxw_format* f = answer_format(QuestionType::Text, locked);
            for (const yaml::Node* item : carried_items(question)) {
                text(s, row, layout::CaseQuestion, list_labels_.at(question.id), f);
                text(s, row, layout::CaseCourt, field(*item, "court"), f);
                typed(s, row, layout::CaseDate, QuestionType::Date, {}, field(*item, "date"), locked);
                const std::string year = field(*item, "year");
                if (is_whole_number(year) && fits_double(year))
                    number(s, row, layout::CaseYear, std::strtod(year.c_str(), nullptr), f);
                else
                    text(s, row, layout::CaseYear, year, f);
                text(s, row, layout::CaseReference, field(*item, "reference"), f);
                text(s, row, layout::CaseSummary, field(*item, "summary"), f);
                text(s, row, layout::CaseUrl, field(*item, "url"), f);
                text(s, row, layout::CaseSherloc, field(*item, "sherloc"), f);
                ++row;
            }
        }
        for (; row <= case_rows_; ++row)
            for (int c = 0; c < layout::CaseColumns; ++c)
                text(s, row, c, "", c == layout::CaseDate ? date_ : answer_);
        question_column(s, case_rows_, QuestionType::CourtCases);
        Validation date = validation_for(QuestionType::Date, {}, {}, words("workbook.header.date"_key), "");
        validate(s, 1, case_rows_, layout::CaseDate, date);
        Bounds years;
        years.min = 1000;
        years.max = 2999;
        Validation year =
            validation_for(QuestionType::Integer, {}, years, words("workbook.header.year"_key), "");
        validate(s, 1, case_rows_, layout::CaseYear, year);
        protect(s);
    }

    void needs() {
        if (!needs_) return;
        lxw_worksheet* s = needs_;
        list_sheet_header(s, {{"workbook.header.question"_key, 55},
                              {"workbook.header.category"_key, 30},
                              {"workbook.header.description"_key, 70},
                              {"workbook.header.priority"_key, 12}});
        int row = 1;
        for (const Question& question : questions_) {
            if (question.type != QuestionType::TaNeeds) continue;
            lxw_format* f = answer_format(QuestionType::Text, context_.count(question.id) > 0);
            for (const yaml::Node* item : carried_items(question)) {
                text(s, row, layout::NeedQuestion, list_labels_.at(question.id), f);
                text(s, row, layout::NeedCategory, ta_category_label(field(*item, "category"), language_), f);
                text(s, row, layout::NeedDescription, field(*item, "description"), f);
                text(s, row, layout::NeedPriority, ta_priority_label(field(*item, "priority"), language_), f);
                ++row;
            }
        }
        for (; row <= need_rows_; ++row)
            for (int c = 0; c < layout::NeedColumns; ++c)
                text(s, row, c, "", answer_);
        question_column(s, need_rows_, QuestionType::TaNeeds);
        std::vector<std::string> categories, priorities;
        for (const auto& c : ta_categories())
            categories.push_back(ta_category_label(c, language_));
        for (const auto& p : ta_priorities())
            priorities.push_back(ta_priority_label(p, language_));
        Validation category =
            validation_for(QuestionType::Choice, {}, {}, words("workbook.header.category"_key), "");
        category.formula = list_range(categories);
        validate(s, 1, need_rows_, layout::NeedCategory, category);
        Validation priority =
            validation_for(QuestionType::Choice, {}, {}, words("workbook.header.priority"_key), "");
        priority.formula = list_range(priorities);
        validate(s, 1, need_rows_, layout::NeedPriority, priority);
        protect(s);
    }

    /// A text across the columns of a row up to `last_column`: merged cells, or the
    /// first cell alone when there is one column (a range of one cell is no merge).
    void across(lxw_worksheet* s, lxw_row_t row, lxw_col_t last_column, const std::string& value,
                lxw_format* f, const char* what) {
        if (last_column == 0)
            text(s, static_cast<int>(row), 0, value, f);
        else
            check(worksheet_merge_range(s, row, 0, row, last_column,
                                        exporting::cell_text(value, changes_).c_str(), f),
                  what);
    }

    /// The width of a table's column, in characters: room for a text, a label or a number.
    static double column_width(const Column& column) {
        return column.type == QuestionType::Text ? 40 : column.type == QuestionType::Choice ? 24 : 16;
    }

    void tables() {
        for (const Question& question : questions_) {
            if (question.type != QuestionType::Table) continue;
            lxw_worksheet* s = table_sheets_[question.id];
            const bool locked = context_.count(question.id) > 0;
            const std::vector<const yaml::Node*> rows = carried_items(question);
            const int offered =
                std::max(static_cast<int>(question.bounds.max_count.value_or(default_table_rows)),
                         static_cast<int>(rows.size()));
            const int first = 3, last = first + offered - 1;
            const int columns = static_cast<int>(question.columns.size());
            const auto last_column = static_cast<lxw_col_t>(std::max(0, columns - 1));
            across(s, 0, last_column, question.label.in(language_), title_, "a table title");
            across(s, 1, last_column, question.help.in(language_), body_, "a table help");
            worksheet_set_row(
                s, 0, std::min(409.0, 18.0 * lines_for(question.label.in(language_), 14.0 * columns) + 4),
                nullptr);
            worksheet_set_row(
                s, 1, std::min(409.0, 15.0 * lines_for(question.help.in(language_), 14.0 * columns) + 3),
                nullptr);
            // The header row is as tall as its longest label needs, wrapped in its column: "Persons
            // convicted: men" and "Persons convicted: women" must not both read "Persons convi".
            int header_lines = 1;
            for (int c = 0; c < columns; ++c) {
                const Column& column = question.columns[static_cast<std::size_t>(c)];
                const std::string heading = column.label.in(language_) + (column.required ? " *" : "");
                // Bold letters are wider: a few characters less to a line than the column holds.
                const auto wrapped = text::wrap(heading, static_cast<std::size_t>(column_width(column) - 3));
                header_lines = std::max(header_lines, static_cast<int>(wrapped.size()));
            }
            worksheet_set_row(s, 2, std::min(409.0, 15.0 * header_lines + 4), nullptr);
            for (int c = 0; c < columns; ++c) {
                const Column& column = question.columns[static_cast<std::size_t>(c)];
                const double width = column_width(column);
                worksheet_set_column(s, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), width, nullptr);
                std::string heading = column.label.in(language_);
                if (column.required) heading += " *";
                text(s, 2, c, heading, header_);
                for (int r = first; r <= last; ++r) {
                    const std::size_t item = static_cast<std::size_t>(r - first);
                    const std::string value =
                        item < rows.size() ? field(*rows[item], column.id) : std::string();
                    if (value.empty())
                        text(s, r, c, "", answer_format(column.type, locked));
                    else
                        typed(s, r, c, column.type, column.choices, value, locked);
                }
                Validation v = validation_for(column.type, column.choices, column.bounds,
                                              column.label.in(language_), column.label.in(language_));
                validate(s, first, last, c, v);
            }
            for (const yaml::Node* row : rows)
                for (const yaml::Pair& pair : row->pairs)
                    if (!question.find_column(pair.key->text))
                        not_carried(question.id, message("workbook.not-carried.column"_key, language_,
                                                         {{"column", quote(pair.key->text)}}));
            worksheet_freeze_panes(s, first, 0);
            protect(s);
            for (auto& map_row : map_rows_)
                if (map_row.id == question.id)
                    map_row.place = layout::to_string(
                        {table_names_[question.id], CellRef{first, 0}, CellRef{last, columns - 1}});
        }
    }

    void map() {
        lxw_worksheet* s = map_;
        const std::string values[layout::HeaderRows] = {
            std::string(layout::format),
            q_.id,
            q_.version,
            language_,
            layout::place(words("workbook.sheet.instructions"_key), state_cell_),
            "draft",
            options_.part ? options_.part->name : std::string()};
        for (int r = 0; r < layout::HeaderRows; ++r) {
            text(s, r, 0, layout::header_keys[r], plain_);
            text(s, r, 1, values[r], plain_);
        }
        const char* headers[] = {"question", "type", "answer", "waiver"};
        for (int c = 0; c < 4; ++c)
            text(s, layout::questions_header_row, c, headers[c], plain_);
        int row = layout::questions_header_row + 1;
        for (const MapRow& m : map_rows_) {
            text(s, row, 0, m.id, plain_);
            text(s, row, 1, m.type, plain_);
            text(s, row, 2, m.place, plain_);
            text(s, row, 3, m.waiver, plain_);
            ++row;
        }
        protect(s);
    }

    struct MapRow {
        std::string id, type, place, waiver;
    };

    const Questionnaire& q_;
    const TemplateOptions& options_;
    /// The questions the workbook holds: all, or those of one part and its context.
    std::vector<std::reference_wrapper<const Question>> questions_;
    /// Questions of other parts shown for their answers only: why they are there.
    std::map<std::string, std::string> context_;
    std::string language_;
    std::vector<std::string>& not_carried_;
    std::map<std::string, const yaml::Node*> carried_;
    std::map<std::string, std::string> waivers_;

    lxw_workbook* book_ = nullptr;
    lxw_format *header_ = nullptr, *body_ = nullptr, *note_ = nullptr, *answer_ = nullptr, *date_ = nullptr,
               *context_answer_ = nullptr, *context_date_ = nullptr, *pointer_ = nullptr, *title_ = nullptr,
               *plain_ = nullptr;
    lxw_worksheet *instructions_ = nullptr, *answers_sheet_ = nullptr, *legislation_ = nullptr,
                  *cases_ = nullptr, *needs_ = nullptr, *map_ = nullptr, *lists_ = nullptr;
    std::map<std::string, lxw_worksheet*> table_sheets_;
    std::map<std::string, std::string> table_names_;
    exporting::SheetNames sheet_names_;
    std::string answers_name_;
    std::map<std::string, int> answer_rows_;
    std::map<std::string, std::string> list_labels_;  ///< question id -> its label on its list sheet
    std::map<std::vector<std::string>, std::string> lists_by_labels_;
    std::vector<MapRow> map_rows_;
    CellRef state_cell_;
    bool has_legislation_ = false, has_cases_ = false, has_needs_ = false;
    int legislation_rows_ = legislation_rows, case_rows_ = case_rows, need_rows_ = need_rows;
    std::string error_;
    exporting::CellChanges changes_;  ///< what cells could not hold as it was

public:
    /// Sizes the list sheets for what is carried over, plus room to add.
    void size_lists() {
        legislation_rows_ = std::max(legislation_rows, count_items(QuestionType::Legislation) + 100);
        case_rows_ = std::max(case_rows, count_items(QuestionType::CourtCases) + 50);
        need_rows_ = std::max(need_rows, count_items(QuestionType::TaNeeds) + 50);
    }
};

}  // namespace

Done write_workbook_template(const std::string& path, const Questionnaire& questionnaire,
                             const TemplateOptions& options, std::vector<std::string>& not_carried) {
    WorkbookTemplate workbook(questionnaire, options, not_carried);
    workbook.size_lists();
    return workbook.write(path);
}

}  // namespace irm
