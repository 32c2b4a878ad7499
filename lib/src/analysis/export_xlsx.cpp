// The Excel export: one sheet per questionnaire with a column per State, then
// long sheets for pivot tables (Data), table answers, citations, court cases and
// technical-assistance needs. Every cell goes through a spool first, so that
// the workbook can be written row by row in libxlsxwriter's constant-memory
// mode whatever the number of responses.
#include <irm/answers.hpp>
#include <irm/catalogue.hpp>
#include <irm/text.hpp>
#include <irm/values.hpp>
#include "analysis/export_sinks.hpp"
#include "render/xlsx_style.hpp"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <tuple>

namespace irm::exporting {

namespace {

enum class Style : std::uint8_t { Plain, Wrap, Top, Header, FlaggedHeader, Flagged };

/// One cell on its way to a sheet.
struct SheetCell {
    enum class Kind : std::uint8_t { Empty, Text, Number };
    Kind kind = Kind::Empty;
    Style style = Style::Plain;
    std::string text;
    double number = 0;
};

SheetCell text_cell(std::string text, Style style = Style::Plain) {
    SheetCell c;
    c.kind = text.empty() ? SheetCell::Kind::Empty : SheetCell::Kind::Text;
    c.style = style;
    c.text = std::move(text);
    return c;
}

SheetCell number_cell(double number, Style style = Style::Top) {
    SheetCell c;
    c.kind = SheetCell::Kind::Number;
    c.style = style;
    c.number = number;
    return c;
}

/// A number cell for a number a cell holds as written; the text otherwise: text
/// that is no number, and a number with more digits than a cell keeps (15
/// significant ones) or beyond a double's range, whose digits a text cell keeps.
SheetCell numeric_or_text(const std::string& text, bool& long_numbers, Style style = Style::Top) {
    if (is_decimal_number(text)) {
        if (fits_double(text)) return number_cell(std::strtod(text.c_str(), nullptr), style);
        long_numbers = true;
    }
    return text_cell(text, style == Style::Top ? Style::Wrap : style);
}

// Encoding: kind (1 byte), style (1 byte), payload length (4 bytes), payload.
constexpr std::size_t cell_header = 6;

void encode(std::string& out, const SheetCell& c) {
    std::string payload;
    if (c.kind == SheetCell::Kind::Text) payload = c.text;
    if (c.kind == SheetCell::Kind::Number)
        payload.assign(reinterpret_cast<const char*>(&c.number), sizeof c.number);
    const auto length = static_cast<std::uint32_t>(payload.size());
    out += static_cast<char>(c.kind);
    out += static_cast<char>(c.style);
    out.append(reinterpret_cast<const char*>(&length), sizeof length);
    out += payload;
}

/// Decodes the cell at `data`; the number of bytes it took, 0 when `size` is too short.
std::size_t decode(const char* data, std::size_t size, SheetCell& c) {
    if (size < cell_header) return 0;
    std::uint32_t length = 0;
    std::memcpy(&length, data + 2, sizeof length);
    if (size < cell_header + length) return 0;
    c.kind = static_cast<SheetCell::Kind>(data[0]);
    c.style = static_cast<Style>(data[1]);
    c.text.clear();
    if (c.kind == SheetCell::Kind::Text) c.text.assign(data + cell_header, length);
    if (c.kind == SheetCell::Kind::Number && length == sizeof c.number)
        std::memcpy(&c.number, data + cell_header, length);
    return cell_header + length;
}

/// A row for a long sheet: its encoded length, then its cells.
void append_row(Spool& spool, const std::vector<SheetCell>& cells) {
    std::string body;
    for (const SheetCell& c : cells)
        encode(body, c);
    const auto length = static_cast<std::uint32_t>(body.size());
    spool.append(std::string_view(reinterpret_cast<const char*>(&length), sizeof length));
    spool.append(body);
}

/// Reads the next row of a long sheet; false at the end.
bool next_row(SpoolReader& reader, std::vector<SheetCell>& cells) {
    std::uint32_t length = 0;
    if (!reader.read(reinterpret_cast<char*>(&length), sizeof length)) return false;
    std::string body(length, '\0');
    if (!reader.read(body.data(), length)) return false;
    cells.clear();
    for (std::size_t at = 0; at < body.size();) {
        SheetCell c;
        const std::size_t used = decode(body.data() + at, body.size() - at, c);
        if (used == 0) break;
        cells.push_back(std::move(c));
        at += used;
    }
    return true;
}

/// Reads the cell at `offset` and moves the offset past it.
SheetCell cell_at(Spool& spool, std::uint64_t& offset) {
    char buffer[512];
    const std::size_t got = spool.read(offset, buffer, sizeof buffer);
    SheetCell c;
    std::size_t used = decode(buffer, got, c);
    if (used == 0 && got >= cell_header) {
        std::uint32_t length = 0;
        std::memcpy(&length, buffer + 2, sizeof length);
        std::string whole(cell_header + length, '\0');
        spool.read(offset, whole.data(), whole.size());
        used = decode(whole.data(), whole.size(), c);
    }
    offset += used == 0 ? cell_header : used;
    return c;
}

std::string rows_text(std::size_t n, std::string_view language) {
    return message((language == "fr" ? n <= 1 : n == 1) ? "answer.rows.one"_key : "answer.rows.other"_key,
                   language, {{"count", std::to_string(n)}});
}

/// A need as the sheet of a questionnaire shows it: "Capacity building (priority: high): …".
std::string need_text(const TaNeed& need, std::string_view language) {
    const std::string category = ta_category_label(need.category, language);
    return need.priority.empty() ? message("export.need"_key, language,
                                           {{"category", category}, {"description", need.description}})
                                 : message("export.need-priority"_key, language,
                                           {{"category", category},
                                            {"priority", ta_priority_word(need.priority, language)},
                                            {"description", need.description}});
}

std::string citation_text(const Citation& c) {
    std::string out = c.title;
    if (!c.provision.empty()) out += ", " + c.provision;
    if (!c.year.empty()) out += " (" + c.year + ")";
    return out;
}

std::string case_text(const CourtCase& c) {
    std::string out = c.court;
    if (!c.reference.empty()) out += ", " + c.reference;
    const std::string& when = c.date.empty() ? c.year : c.date;
    if (!when.empty()) out += " (" + when + ")";
    return out;
}

/// What the per-questionnaire sheet shows of an answer.
SheetCell overview_cell(const ExportedAnswer& a, const std::string& language, bool& long_numbers) {
    std::string out;
    const auto join = [&out](const std::string& item, const char* separator) {
        if (!out.empty()) out += separator;
        out += item;
    };
    switch (a.shape) {
        case AnswerShape::Choice:
        case AnswerShape::Selected:
            for (const ExportedChoice& c : a.choices)
                join(c.label, "; ");
            break;
        case AnswerShape::Integer:
        case AnswerShape::Number:
            return numeric_or_text(a.text, long_numbers);
        case AnswerShape::Legislation:
            for (const Citation& c : a.citations)
                join(citation_text(c), "\n");
            break;
        case AnswerShape::CourtCases:
            for (const CourtCase& c : a.cases)
                join(case_text(c), "\n");
            break;
        case AnswerShape::Table:
            out = rows_text(a.rows.size(), language);
            break;
        case AnswerShape::TaNeeds:
            for (const TaNeed& need : a.needs)
                join(need_text(need, language), "\n");
            break;
        default:
            out = a.text;
            break;
    }
    return text_cell(std::move(out), Style::Wrap);
}

// The headings of the long sheets, for pivot tables: their English words are the names scripts
// and pivot tables already use.
const Key data_headers[] = {
    "export.header.state"_key,    "export.header.questionnaire"_key, "export.header.version"_key,
    "export.header.question"_key, "export.header.article"_key,       "export.header.provision"_key,
    "export.header.type"_key,     "export.header.value"_key,         "export.header.label"_key,
    "export.header.status"_key,   "export.header.errors"_key,        "export.header.file"_key};
const Key citation_headers[] = {
    "export.header.state"_key,    "export.header.questionnaire"_key,   "export.header.version"_key,
    "export.header.question"_key, "export.header.article"_key,         "export.header.provision"_key,
    "export.header.title"_key,    "export.header.cited-provision"_key, "export.header.year"_key,
    "export.header.url"_key,      "export.header.sherloc"_key,         "export.header.errors"_key,
    "export.header.file"_key};
const Key case_headers[] = {
    "export.header.state"_key,     "export.header.questionnaire"_key, "export.header.version"_key,
    "export.header.question"_key,  "export.header.article"_key,       "export.header.provision"_key,
    "export.header.court"_key,     "export.header.date"_key,          "export.header.year"_key,
    "export.header.reference"_key, "export.header.summary"_key,       "export.header.url"_key,
    "export.header.sherloc"_key,   "export.header.errors"_key,        "export.header.file"_key};
const Key need_headers[] = {
    "export.header.state"_key,          "export.header.questionnaire"_key, "export.header.version"_key,
    "export.header.question"_key,       "export.header.article"_key,       "export.header.category"_key,
    "export.header.category-label"_key, "export.header.priority"_key,      "export.header.priority-label"_key,
    "export.header.description"_key,    "export.header.errors"_key,        "export.header.file"_key};

class Workbook final : public Sink {
public:
    explicit Workbook(std::string words) : words_(std::move(words)) {}

    void add(const Submission& s, const Questionnaire& q, const std::string& language) override {
        auto [it, inserted] = groups_.try_emplace(GroupKey{q.id, q.version});
        Group& g = it->second;
        if (inserted) {
            g.questionnaire = &q;
            g.language = language;
            for (const Question& question : q.questions)
                if (question.type != QuestionType::Note) g.rows.push_back(&question);
        }
        const Style flag = s.errors > 0 ? Style::Flagged : Style::Top;
        const SheetCell errors = number_cell(s.errors, flag);
        const std::string status = s.status.value_or("");

        // The response's column of the per-questionnaire sheet, top to bottom; the status in words.
        std::string column;
        encode(column, text_cell(s.file, Style::Wrap));
        encode(column, text_cell(status == "final"   ? message("export.status.final"_key, language)
                                 : status == "draft" ? message("export.status.draft"_key, language)
                                                     : status,
                                 Style::Top));
        encode(column, errors);
        encode(column, text_cell(s.state.empty() ? s.file : s.state,
                                 s.errors > 0 ? Style::FlaggedHeader : Style::Header));
        auto answer = s.answers.begin();
        for (const Question* question : g.rows) {
            while (answer != s.answers.end() && answer->question->type == QuestionType::Note)
                ++answer;
            if (answer != s.answers.end() && answer->question == question) {
                encode(column, overview_cell(*answer, language, long_numbers_));
                ++answer;
            } else {
                encode(column, SheetCell{});
            }
        }
        g.starts.push_back(g.columns.size());
        g.names.push_back(s.state.empty() ? s.file : s.state);
        g.files.push_back(s.file);
        g.columns.append(column);

        // The long sheets.
        const auto lead = [&](const Question& question) {
            return std::vector<SheetCell>{text_cell(s.state), text_cell(q.id), text_cell(q.version),
                                          text_cell(question.id),
                                          text_cell(q.sections[question.section].article)};
        };
        const auto tail = [&](std::vector<SheetCell>& row) {
            row.push_back(errors);
            row.push_back(text_cell(s.file));
        };
        for (const ExportedAnswer& a : s.answers) {
            const Question& question = *a.question;
            const auto data_row = [&](SheetCell value, std::string label) {
                auto row = lead(question);
                row.push_back(text_cell(question.provision));
                row.push_back(text_cell(std::string(to_string(question.type))));
                row.push_back(std::move(value));
                row.push_back(text_cell(std::move(label), Style::Wrap));
                row.push_back(text_cell(status));
                tail(row);
                append_row(g.data, row);
            };
            switch (a.shape) {
                case AnswerShape::Choice:
                case AnswerShape::Selected:
                    for (const ExportedChoice& c : a.choices)
                        data_row(text_cell(c.value), c.label);
                    break;
                case AnswerShape::Integer:
                case AnswerShape::Number:
                    data_row(numeric_or_text(a.text, long_numbers_), {});
                    break;
                case AnswerShape::Legislation: {
                    std::string label;
                    for (const Citation& c : a.citations)
                        label += (label.empty() ? "" : "; ") + citation_text(c);
                    data_row(number_cell(static_cast<double>(a.citations.size())), label);
                    for (const Citation& c : a.citations) {
                        auto row = lead(question);
                        row.push_back(text_cell(question.provision));
                        row.push_back(text_cell(c.title, Style::Wrap));
                        row.push_back(text_cell(c.provision, Style::Wrap));
                        row.push_back(is_whole_number(c.year) ? numeric_or_text(c.year, long_numbers_)
                                                              : text_cell(c.year));
                        row.push_back(text_cell(c.url));
                        row.push_back(text_cell(c.sherloc));
                        tail(row);
                        append_row(g.citations, row);
                    }
                    break;
                }
                case AnswerShape::CourtCases: {
                    std::string label;
                    for (const CourtCase& c : a.cases)
                        label += (label.empty() ? "" : "; ") + case_text(c);
                    data_row(number_cell(static_cast<double>(a.cases.size())), label);
                    for (const CourtCase& c : a.cases) {
                        auto row = lead(question);
                        row.push_back(text_cell(question.provision));
                        row.push_back(text_cell(c.court, Style::Wrap));
                        row.push_back(text_cell(c.date));
                        row.push_back(is_whole_number(c.year) ? numeric_or_text(c.year, long_numbers_)
                                                              : text_cell(c.year));
                        row.push_back(text_cell(c.reference, Style::Wrap));
                        row.push_back(text_cell(c.summary, Style::Wrap));
                        row.push_back(text_cell(c.url));
                        row.push_back(text_cell(c.sherloc));
                        tail(row);
                        append_row(g.cases, row);
                    }
                    break;
                }
                case AnswerShape::Table: {
                    data_row(number_cell(static_cast<double>(a.rows.size())),
                             rows_text(a.rows.size(), language));
                    for (std::size_t i = 0; i < a.rows.size(); ++i) {
                        std::vector<SheetCell> row{text_cell(s.state), text_cell(q.id), text_cell(q.version),
                                                   text_cell(question.id),
                                                   number_cell(static_cast<double>(i + 1))};
                        tail(row);
                        // Then pairs of column id and value: the sheet's columns are known only at the end.
                        for (const auto& [id, value] : a.rows[i]) {
                            row.push_back(text_cell(id));
                            const Column* col = question.find_column(id);
                            const bool numeric = col && (col->type == QuestionType::Integer ||
                                                         col->type == QuestionType::Number);
                            row.push_back(numeric ? numeric_or_text(value, long_numbers_)
                                                  : text_cell(value, Style::Wrap));
                        }
                        append_row(g.tables, row);
                    }
                    break;
                }
                case AnswerShape::TaNeeds:
                    for (const TaNeed& need : a.needs) {
                        data_row(text_cell(need.category), ta_category_label(need.category, language));
                        auto row = lead(question);
                        row.push_back(text_cell(need.category));
                        row.push_back(text_cell(ta_category_label(need.category, language)));
                        row.push_back(text_cell(need.priority));
                        row.push_back(text_cell(ta_priority_label(need.priority, language)));
                        row.push_back(text_cell(need.description, Style::Wrap));
                        tail(row);
                        append_row(g.needs, row);
                    }
                    break;
                default:
                    data_row(text_cell(a.text, Style::Wrap), {});
                    break;
            }
        }
    }

    Done write(std::FILE*) override { return fail(message("export.error.stream"_key, words_)); }

    Done write(const std::string& path) override {
        lxw_workbook* workbook = open_workbook(path, true);
        if (!workbook) return fail(message("export.error.write"_key, words_, {{"file", path}}));
        formats_ = Formats::make(workbook);
        const std::string data = word("export.sheet.data"_key), tables = word("export.sheet.tables"_key),
                          citations = word("export.sheet.citations"_key),
                          cases = word("export.sheet.court-cases"_key),
                          needs = word("export.sheet.needs"_key);
        SheetNames names;
        for (const std::string* name : {&data, &tables, &citations, &cases, &needs})
            names.take(*name);
        for (auto& [key, group] : groups_)
            overview(workbook, names.take(key.first + " " + key.second), group, data);
        long_sheet(workbook, data, data_headers, &Group::data, {14, 12, 9, 16, 8, 12, 12, 24, 40, 8, 7, 30});
        tables_sheet(workbook, tables);
        long_sheet(workbook, citations, citation_headers, &Group::citations,
                   {14, 12, 9, 16, 8, 12, 40, 24, 7, 30, 30, 7, 30});
        long_sheet(workbook, cases, case_headers, &Group::cases,
                   {14, 12, 9, 16, 8, 12, 30, 11, 7, 20, 60, 30, 20, 7, 30});
        long_sheet(workbook, needs, need_headers, &Group::needs,
                   {14, 12, 9, 16, 8, 22, 26, 9, 12, 60, 7, 30});
        const lxw_error error = workbook_close(workbook);
        if (error != LXW_NO_ERROR) return fail(workbook_error(path, error));
        if (changes_.cut) note(word("export.note.cut"_key));
        if (changes_.replaced) note(word("export.note.replaced"_key));
        if (long_numbers_) note(word("export.note.long-numbers"_key));
        return {};
    }

private:
    struct Group {
        const Questionnaire* questionnaire = nullptr;
        std::string language;
        std::vector<const Question*> rows;  ///< the questions shown, notes left out
        Spool columns;                      ///< each response's column of the overview
        std::vector<std::uint64_t> starts;  ///< where each response's column starts in `columns`
        std::vector<std::string> names;     ///< each response's State (its file when it names none)
        std::vector<std::string> files;     ///< each response's file
        Spool data, tables, citations, cases, needs;
    };

    std::string word(Key key) const { return message(key, words_); }

    lxw_format* format(Style style) const {
        switch (style) {
            case Style::Plain:
                return nullptr;
            case Style::Wrap:
                return formats_.wrap;
            case Style::Top:
                return formats_.top;
            case Style::Header:
                return formats_.header;
            case Style::FlaggedHeader:
                return formats_.flagged_header;
            case Style::Flagged:
                return formats_.flagged;
        }
        return nullptr;
    }

    void put(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, const SheetCell& c) {
        switch (c.kind) {
            case SheetCell::Kind::Empty:
                if (c.style == Style::Header || c.style == Style::FlaggedHeader)
                    worksheet_write_blank(sheet, row, col, format(c.style));
                break;
            // Always a string cell, never a formula: "=SUM(A1)" in an answer stays text.
            case SheetCell::Kind::Text:
                worksheet_write_string(sheet, row, col, cell_text(c.text, changes_).c_str(), format(c.style));
                break;
            case SheetCell::Kind::Number:
                worksheet_write_number(sheet, row, col, c.number, format(c.style));
                break;
        }
    }

    void header_row(lxw_worksheet* sheet, lxw_row_t row, const std::vector<std::string>& headers) {
        for (std::size_t i = 0; i < headers.size(); ++i)
            worksheet_write_string(sheet, row, static_cast<lxw_col_t>(i), headers[i].c_str(),
                                   formats_.header);
    }

    void widths(lxw_worksheet* sheet, const std::vector<double>& widths) {
        for (std::size_t i = 0; i < widths.size(); ++i)
            worksheet_set_column(sheet, static_cast<lxw_col_t>(i), static_cast<lxw_col_t>(i), widths[i],
                                 nullptr);
    }

    /// The order of a group's responses on its sheet: alphabetical by State, as people look a State
    /// up, whatever the order of the files; one State's responses by file.
    static std::vector<std::size_t> state_order(const Group& g) {
        std::vector<std::size_t> order(g.starts.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::vector<std::string> keys;
        for (const std::string& name : g.names)
            keys.push_back(text::sort_key(name));
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            return std::tie(keys[a], g.names[a], g.files[a]) < std::tie(keys[b], g.names[b], g.files[b]);
        });
        return order;
    }

    /// The sheet of one questionnaire: a row per question, a column per response. Its words are in
    /// the language of its labels.
    void overview(lxw_workbook* workbook, const std::string& name, Group& g, const std::string& data_sheet) {
        lxw_worksheet* sheet = workbook_add_worksheet(workbook, name.c_str());
        constexpr lxw_col_t fixed = 4;
        const std::vector<std::size_t> order = state_order(g);
        std::size_t responses = order.size();
        if (responses > LXW_COL_MAX - fixed) {
            note(message("export.note.columns"_key, words_,
                         {{"questionnaire", g.questionnaire->id},
                          {"version", g.questionnaire->version},
                          {"count", std::to_string(LXW_COL_MAX - fixed)},
                          {"sheet", data_sheet}}));
            responses = LXW_COL_MAX - fixed;
        }
        widths(sheet, {16, 9, 14});
        worksheet_set_column(sheet, 3, 3, 60, formats_.wrap);
        if (responses > 0)
            worksheet_set_column(sheet, fixed, static_cast<lxw_col_t>(fixed + responses - 1), 40, nullptr);

        const auto say = [&g](Key key) { return message(key, g.language); };
        const std::string labels[] = {say("analysis.header.file"_key), say("export.overview.status"_key),
                                      say("export.overview.errors"_key)};
        constexpr lxw_row_t header = 3;
        std::vector<std::uint64_t> cursor;
        for (std::size_t s = 0; s < responses; ++s)
            cursor.push_back(g.starts[order[s]]);
        const lxw_row_t last = header + static_cast<lxw_row_t>(g.rows.size());
        for (lxw_row_t row = 0; row <= last; ++row) {
            if (row < header) {
                worksheet_write_string(sheet, row, 3, cell_text(labels[row], changes_).c_str(),
                                       formats_.label);
            } else if (row == header) {
                header_row(sheet, header,
                           {say("analysis.header.question"_key), say("analysis.header.article"_key),
                            say("analysis.header.provision"_key), say("export.overview.question-text"_key)});
            } else {
                const Question& q = *g.rows[row - header - 1];
                worksheet_write_string(sheet, row, 0, q.id.c_str(), formats_.top);
                put(sheet, row, 1, text_cell(g.questionnaire->sections[q.section].article, Style::Top));
                put(sheet, row, 2, text_cell(q.provision, Style::Top));
                put(sheet, row, 3, text_cell(q.label.in(g.language), Style::Wrap));
            }
            for (std::size_t s = 0; s < responses; ++s)
                put(sheet, row, static_cast<lxw_col_t>(fixed + s), cell_at(g.columns, cursor[s]));
        }
        worksheet_freeze_panes(sheet, header + 1, fixed);
        worksheet_autofilter(sheet, header, 0, last,
                             static_cast<lxw_col_t>(fixed + (responses ? responses : 1) - 1));
    }

    template <std::size_t N>
    void long_sheet(lxw_workbook* workbook, const std::string& name, const Key (&headers)[N],
                    Spool Group::*spool, const std::vector<double>& column_widths) {
        lxw_worksheet* sheet = workbook_add_worksheet(workbook, name.c_str());
        widths(sheet, column_widths);
        std::vector<std::string> words;
        for (const Key key : headers)
            words.push_back(word(key));
        header_row(sheet, 0, words);
        lxw_row_t row = 1;
        std::vector<SheetCell> cells;
        for (auto& [key, group] : groups_) {
            SpoolReader reader(group.*spool);
            while (next_row(reader, cells)) {
                if (row >= LXW_ROW_MAX) {
                    note(message("export.note.sheet-full"_key, words_, {{"sheet", name}}));
                    break;
                }
                for (std::size_t i = 0; i < cells.size(); ++i)
                    put(sheet, row, static_cast<lxw_col_t>(i), cells[i]);
                ++row;
            }
        }
        worksheet_freeze_panes(sheet, 1, 0);
        worksheet_autofilter(sheet, 0, 0, row - 1, static_cast<lxw_col_t>(N - 1));
    }

    /// Table answers: one row per table row, one column per column id of any table.
    void tables_sheet(lxw_workbook* workbook, const std::string& name) {
        std::vector<std::string> headers{word("export.header.state"_key),
                                         word("export.header.questionnaire"_key),
                                         word("export.header.version"_key),
                                         word("export.header.question"_key), word("export.header.row"_key)};
        constexpr std::size_t first_column = 5;
        for (const auto& [key, group] : groups_)
            for (const Question* q : group.rows)
                for (const Column& column : q->columns)
                    if (std::find(headers.begin() + first_column, headers.end(), column.id) == headers.end())
                        headers.push_back(column.id);
        headers.push_back(word("export.header.errors"_key));
        headers.push_back(word("export.header.file"_key));

        lxw_worksheet* sheet = workbook_add_worksheet(workbook, name.c_str());
        widths(sheet, {14, 12, 9, 16, 5});
        header_row(sheet, 0, headers);
        lxw_row_t row = 1;
        std::vector<SheetCell> cells;
        const auto last = static_cast<lxw_col_t>(headers.size() - 1);
        for (auto& [key, group] : groups_) {
            SpoolReader reader(group.tables);
            while (next_row(reader, cells)) {
                if (row >= LXW_ROW_MAX) {
                    note(message("export.note.sheet-full"_key, words_, {{"sheet", name}}));
                    break;
                }
                // Cells in column order, as constant-memory mode wants them.
                std::vector<const SheetCell*> line(headers.size(), nullptr);
                for (std::size_t i = 0; i < first_column && i < cells.size(); ++i)
                    line[i] = &cells[i];
                if (cells.size() >= first_column + 2) {
                    line[last - 1] = &cells[first_column];
                    line[last] = &cells[first_column + 1];
                }
                for (std::size_t i = first_column + 2; i + 1 < cells.size(); i += 2) {
                    const auto at =
                        std::find(headers.begin() + first_column, headers.end() - 2, cells[i].text);
                    if (at != headers.end() - 2)
                        line[static_cast<std::size_t>(at - headers.begin())] = &cells[i + 1];
                }
                for (std::size_t i = 0; i < line.size(); ++i)
                    if (line[i]) put(sheet, row, static_cast<lxw_col_t>(i), *line[i]);
                ++row;
            }
        }
        worksheet_freeze_panes(sheet, 1, 0);
        worksheet_autofilter(sheet, 0, 0, row - 1, last);
    }

    std::map<GroupKey, Group> groups_;
    Formats formats_;
    CellChanges changes_;
    bool long_numbers_ = false;  ///< a number written as text, since a number cell would change it
    std::string words_;          ///< the language of the sheet names, the long sheets' headings, the notes
};

}  // namespace

std::unique_ptr<Sink> make_xlsx_sink(const std::string& words) {
    return std::make_unique<Workbook>(words);
}

}  // namespace irm::exporting
