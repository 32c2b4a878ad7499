#include "report.hpp"

#include "common.hpp"

#include <irm/catalogue.hpp>
#include <irm/cell_text.hpp>
#include <irm/files.hpp>
#include <irm/text.hpp>

#include <xlsxwriter.h>

#include <cstdio>
#include <filesystem>

namespace irm::cli {

namespace {

const Diagnostic* first_error(const FileResult& result) {
    for (const Diagnostic& d : result.findings)
        if (d.severity == Severity::Error) return &d;
    return nullptr;
}

std::string number_or_empty(const std::optional<int>& number) {
    return number ? std::to_string(*number) : std::string();
}

/// Where a finding is, as a person finds it: the workbook cell ("Réponses!E14"), else line and column.
std::string place_of(const Diagnostic& d) {
    if (!d.cell.empty()) return d.cell;
    if (d.line) return std::to_string(*d.line) + ":" + std::to_string(d.column.value_or(1));
    return {};
}

std::string percent_text(const FileResult& result) {
    if (!result.percent) return {};
    char text[16];
    std::snprintf(text, sizeof text, "%.1f", *result.percent);
    return text;
}

/// A stdio file written at a temporary path beside the target.
class TemporaryFile {
public:
    explicit TemporaryFile(const std::string& path) : output_(path) {
        file_ = std::fopen(output_.path().c_str(), "wb");
        if (!file_) throw RunError(said("cli.error.report-unwritable"_key, {{"file", path}}));
    }
    ~TemporaryFile() {
        if (file_) std::fclose(file_);
    }
    std::FILE* get() { return file_; }
    void commit(const std::string& path) {
        const bool written = std::fflush(file_) == 0 && !std::ferror(file_);
        std::fclose(file_);
        file_ = nullptr;
        if (!written) throw RunError(said("cli.error.report-unwritable"_key, {{"file", path}}));
        must(output_.commit());
    }

private:
    files::TemporaryOutput output_;
    std::FILE* file_ = nullptr;
};

class JsonFileReport final : public Report {
public:
    explicit JsonFileReport(std::string path) : path_(std::move(path)), file_(path_), json_(file_.get()) {}
    void add(const FileResult& result) override { json_.add(result); }
    void finish(const Summary& summary) override {
        json_.finish(summary);
        file_.commit(path_);
    }

private:
    std::string path_;
    TemporaryFile file_;
    JsonReport json_;
};

/// Says once on stderr that a report holds U+FFFD in place of what it could not carry.
void note_replaced(bool replaced, const std::string& path) {
    if (replaced)
        std::fprintf(stderr, "irm: %s\n", said("cli.note.report-replaced"_key, {{"file", path}}).c_str());
}

/// RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled. What XML
/// cannot carry is no more welcome in a spreadsheet's CSV (a NUL ends a field for many): U+FFFD.
std::string csv_field(const std::string& raw, bool& replaced) {
    const std::string field = spreadsheet_text(text::carried(raw, replaced));
    if (field.find_first_of(",\"\r\n") == std::string::npos) return field;
    std::string out = "\"";
    for (const char c : field) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

class CsvReport final : public Report {
public:
    explicit CsvReport(std::string path) : path_(std::move(path)), file_(path_) {
        // The byte-order mark makes spreadsheet programs read the file as UTF-8.
        write_row(
            {"\xEF\xBB\xBF"
             "file",
             "state", "questionnaire", "version", "status", "errors", "warnings", "percent_complete",
             "first_error_code", "first_error_message", "first_error_line", "first_error_column",
             "first_error_cell"});
    }
    void add(const FileResult& r) override {
        const Diagnostic* error = first_error(r);
        write_row({r.file, r.state.value_or(""), r.questionnaire.value_or(""), r.version.value_or(""),
                   r.status.value_or(""), std::to_string(r.errors), std::to_string(r.warnings),
                   percent_text(r), error ? error->code : std::string(), error ? error->message : std::string(),
                   error ? number_or_empty(error->line) : std::string(),
                   error ? number_or_empty(error->column) : std::string(), error ? error->cell : std::string()});
    }
    void finish(const Summary&) override {
        file_.commit(path_);
        note_replaced(replaced_, path_);
    }

private:
    void write_row(const std::vector<std::string>& fields) {
        std::string line;
        for (std::size_t i = 0; i < fields.size(); ++i) {
            if (i) line += ',';
            // The header's byte-order mark must not be quoted away.
            line += i == 0 && !fields[i].empty() && fields[i][0] == '\xEF' ? fields[i]
                                                                           : csv_field(fields[i], replaced_);
        }
        line += "\r\n";
        std::fwrite(line.data(), 1, line.size(), file_.get());
    }
    std::string path_;
    TemporaryFile file_;
    bool replaced_ = false;
};

/// Summary and Findings sheets, rows written in order so that libxlsxwriter's
/// constant-memory mode keeps memory flat however many files there are.
class XlsxReport final : public Report {
public:
    XlsxReport(std::string path, std::string language)
        : path_(std::move(path)), language_(std::move(language)), output_(path_) {
        lxw_workbook_options options{};
        options.constant_memory = LXW_TRUE;
        book_ = workbook_new_opt(output_.path().c_str(), &options);
        if (!book_) throw RunError(said("cli.error.report-unwritable"_key, {{"file", path_}}));
        const std::string summary_name = message("report.sheet.summary"_key, language_);
        const std::string findings_name = message("report.sheet.findings"_key, language_);
        summary_ = workbook_add_worksheet(book_, summary_name.c_str());
        findings_ = workbook_add_worksheet(book_, findings_name.c_str());
        header_ = workbook_add_format(book_);
        format_set_bold(header_);
        format_set_bg_color(header_, 0xD9E1F2);
        format_set_border(header_, LXW_BORDER_THIN);
        red_ = fill(0xF8CBAD);
        amber_ = fill(0xFFE699);
        green_ = fill(0xC6EFCE);

        const Key summary_columns[] = {"report.header.file"_key,          "report.header.state"_key,
                                       "report.header.questionnaire"_key, "report.header.version"_key,
                                       "report.header.status"_key,        "report.header.result"_key,
                                       "report.header.errors"_key,        "report.header.warnings"_key,
                                       "report.header.complete"_key,      "report.header.first-code"_key,
                                       "report.header.first-place"_key,   "report.header.first-message"_key};
        const double summary_widths[] = {30, 16, 13, 8, 8, 9, 7, 8, 10, 10, 14, 60};
        header(summary_, summary_columns, summary_widths, summary_columns_);
        const Key finding_columns[] = {"report.header.file"_key, "report.header.severity"_key,
                                       "report.header.code"_key, "report.header.question"_key,
                                       "report.header.cell"_key, "report.header.line"_key,
                                       "report.header.column"_key, "report.header.message"_key};
        const double finding_widths[] = {30, 9, 9, 18, 14, 6, 7, 80};
        header(findings_, finding_columns, finding_widths, finding_columns_);
        // The secretariat prints the summary: one page wide, landscape, its header on every page.
        for (lxw_worksheet* sheet : {summary_, findings_}) {
            worksheet_set_landscape(sheet);
            worksheet_set_paper(sheet, 9);  // A4
            worksheet_fit_to_pages(sheet, 1, 0);
            worksheet_repeat_rows(sheet, 0, 0);
            worksheet_set_margins(sheet, 0.4, 0.4, 0.5, 0.5);
        }
        wrap_ = workbook_add_format(book_);
        format_set_text_wrap(wrap_);
        format_set_align(wrap_, LXW_ALIGN_VERTICAL_TOP);
    }
    ~XlsxReport() override {
        if (book_) workbook_close(book_);
    }

    void add(const FileResult& r) override {
        ++summary_row_;
        lxw_format* shade = r.errors > 0 ? red_ : r.warnings > 0 ? amber_ : green_;
        const lxw_row_t row = summary_row_;
        text(summary_, row, 0, r.file, shade);
        text(summary_, row, 1, r.state.value_or(""), shade);
        text(summary_, row, 2, r.questionnaire.value_or(""), shade);
        text(summary_, row, 3, r.version.value_or(""), shade);
        text(summary_, row, 4, r.status.value_or(""), shade);
        text(summary_, row, 5,
             message(r.errors > 0 ? "report.result.invalid"_key : "report.result.valid"_key, language_), shade);
        worksheet_write_number(summary_, row, 6, r.errors, shade);
        worksheet_write_number(summary_, row, 7, r.warnings, shade);
        if (r.percent)
            worksheet_write_number(summary_, row, 8, *r.percent, shade);
        else
            worksheet_write_blank(summary_, row, 8, shade);
        const Diagnostic* error = first_error(r);
        text(summary_, row, 9, error ? error->code : std::string(), shade);
        text(summary_, row, 10, error ? place_of(*error) : std::string(), shade);
        text(summary_, row, 11, error ? error->message : std::string(), shade);
        for (const Diagnostic& d : r.findings) {
            const lxw_row_t f = ++findings_row_;
            text(findings_, f, 0, d.file, nullptr);
            text(findings_, f, 1, severity_word(d.severity), nullptr);
            text(findings_, f, 2, d.code, nullptr);
            text(findings_, f, 3, d.question, nullptr);
            text(findings_, f, 4, d.cell, nullptr);
            if (d.line) worksheet_write_number(findings_, f, 5, *d.line, nullptr);
            if (d.column) worksheet_write_number(findings_, f, 6, *d.column, nullptr);
            text(findings_, f, 7, d.message, wrap_);
        }
    }

    void finish(const Summary&) override {
        worksheet_autofilter(summary_, 0, 0, summary_row_, summary_columns_ - 1);
        worksheet_autofilter(findings_, 0, 0, findings_row_, finding_columns_ - 1);
        const lxw_error error = workbook_close(book_);
        book_ = nullptr;
        if (error != LXW_NO_ERROR)
            throw RunError(said("cli.error.report-unwritable-why"_key, {{"file", path_}, {"why", lxw_strerror(error)}}));
        must(output_.commit());
        note_replaced(changes_.replaced, path_);
    }

private:
    lxw_format* fill(lxw_color_t colour) {
        lxw_format* format = workbook_add_format(book_);
        format_set_bg_color(format, colour);
        return format;
    }
    void header(lxw_worksheet* sheet, const Key* names, const double* widths, lxw_col_t count) {
        for (lxw_col_t column = 0; column < count; ++column) {
            worksheet_set_column(sheet, column, column, widths[column], nullptr);
            worksheet_write_string(sheet, 0, column, message(names[column], language_).c_str(), header_);
        }
        worksheet_freeze_panes(sheet, 1, 0);
    }
    std::string severity_word(Severity severity) const {
        switch (severity) {
            case Severity::Error:
                return message("report.severity.error"_key, language_);
            case Severity::Warning:
                return message("report.severity.warning"_key, language_);
            case Severity::Info:
                return message("report.severity.info"_key, language_);
        }
        return {};
    }
    /// Strings are always written as strings, so text like "=1+1" is never a formula.
    void text(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t column, const std::string& value,
              lxw_format* format) {
        // An empty cell is a blank (shaded when it has a format), never an empty string.
        if (value.empty()) {
            if (format) worksheet_write_blank(sheet, row, column, format);
            return;
        }
        worksheet_write_string(sheet, row, column, exporting::cell_text(value, changes_).c_str(), format);
    }

    static constexpr lxw_col_t summary_columns_ = 12, finding_columns_ = 8;
    std::string path_;
    std::string language_;
    files::TemporaryOutput output_;
    lxw_workbook* book_ = nullptr;
    lxw_worksheet* summary_ = nullptr;
    lxw_worksheet* findings_ = nullptr;
    lxw_format *header_ = nullptr, *red_ = nullptr, *amber_ = nullptr, *green_ = nullptr, *wrap_ = nullptr;
    lxw_row_t summary_row_ = 0, findings_row_ = 0;
    exporting::CellChanges changes_;
};

}  // namespace

std::string spreadsheet_text(const std::string& text) {
    if (!text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos)
        return "'" + text;
    return text;
}

std::unique_ptr<Report> Report::open(const std::string& path, const std::string& language) {
    const auto parent = std::filesystem::path(path).parent_path();
    std::error_code ec;
    if (!parent.empty() && !std::filesystem::is_directory(parent, ec))
        throw RunError(said("cli.error.report-no-directory"_key, {{"file", path}}));
    if (files::has_extension(path, ".json")) return std::make_unique<JsonFileReport>(path);
    if (files::has_extension(path, ".csv")) return std::make_unique<CsvReport>(path);
    if (files::has_extension(path, ".xlsx")) return std::make_unique<XlsxReport>(path, language);
    throw RunError(said("cli.error.report-format"_key, {{"file", path}}));
}

}  // namespace irm::cli
