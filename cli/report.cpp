#include "report.hpp"

#include "common.hpp"

#include <irm/cell_text.hpp>
#include <irm/files.hpp>
#include <irm/text.hpp>

#include <xlsxwriter.h>

#include <cstdio>
#include <filesystem>

namespace irm::cli {

namespace {

std::string first_error(const FileResult& result, bool message) {
    for (const Diagnostic& d : result.findings)
        if (d.severity == Severity::Error) return message ? d.message : d.code;
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
        if (!file_) throw RunError("cannot write report '" + path + "'");
    }
    ~TemporaryFile() {
        if (file_) std::fclose(file_);
    }
    std::FILE* get() { return file_; }
    void commit(const std::string& path) {
        const bool written = std::fflush(file_) == 0 && !std::ferror(file_);
        std::fclose(file_);
        file_ = nullptr;
        if (!written) throw RunError("cannot write report '" + path + "'");
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
        std::fprintf(
            stderr,
            "irm: note: characters that the report %s cannot carry (control characters, or bytes that "
            "are not UTF-8) were replaced by U+FFFD\n",
            path.c_str());
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
             "first_error_code", "first_error_message"});
    }
    void add(const FileResult& r) override {
        write_row({r.file, r.state.value_or(""), r.questionnaire.value_or(""), r.version.value_or(""),
                   r.status.value_or(""), std::to_string(r.errors), std::to_string(r.warnings),
                   percent_text(r), first_error(r, false), first_error(r, true)});
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
    explicit XlsxReport(std::string path) : path_(std::move(path)), output_(path_) {
        lxw_workbook_options options{};
        options.constant_memory = LXW_TRUE;
        book_ = workbook_new_opt(output_.path().c_str(), &options);
        if (!book_) throw RunError("cannot write report '" + path_ + "'");
        summary_ = workbook_add_worksheet(book_, "Summary");
        findings_ = workbook_add_worksheet(book_, "Findings");
        header_ = workbook_add_format(book_);
        format_set_bold(header_);
        format_set_bg_color(header_, 0xD9E1F2);
        format_set_border(header_, LXW_BORDER_THIN);
        red_ = fill(0xF8CBAD);
        amber_ = fill(0xFFE699);
        green_ = fill(0xC6EFCE);

        const char* summary_columns[] = {"File",
                                         "State",
                                         "Questionnaire",
                                         "Version",
                                         "Status",
                                         "Result",
                                         "Errors",
                                         "Warnings",
                                         "Complete (%)",
                                         "First error code",
                                         "First error message"};
        const double summary_widths[] = {40, 18, 14, 9, 8, 9, 8, 9, 12, 14, 70};
        header(summary_, summary_columns, summary_widths, 11);
        const char* finding_columns[] = {"File", "Severity", "Code", "Question", "Line", "Column", "Message"};
        const double finding_widths[] = {40, 9, 9, 18, 6, 7, 90};
        header(findings_, finding_columns, finding_widths, 7);
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
        text(summary_, row, 5, r.errors > 0 ? "invalid" : "valid", shade);
        worksheet_write_number(summary_, row, 6, r.errors, shade);
        worksheet_write_number(summary_, row, 7, r.warnings, shade);
        if (r.percent)
            worksheet_write_number(summary_, row, 8, *r.percent, shade);
        else
            worksheet_write_blank(summary_, row, 8, shade);
        text(summary_, row, 9, first_error(r, false), shade);
        text(summary_, row, 10, first_error(r, true), shade);
        for (const Diagnostic& d : r.findings) {
            const lxw_row_t f = ++findings_row_;
            text(findings_, f, 0, d.file, nullptr);
            text(findings_, f, 1, std::string(to_string(d.severity)), nullptr);
            text(findings_, f, 2, d.code, nullptr);
            text(findings_, f, 3, d.question, nullptr);
            if (d.line) worksheet_write_number(findings_, f, 4, *d.line, nullptr);
            if (d.column) worksheet_write_number(findings_, f, 5, *d.column, nullptr);
            text(findings_, f, 6, d.message, nullptr);
        }
    }

    void finish(const Summary&) override {
        worksheet_autofilter(summary_, 0, 0, summary_row_, 10);
        worksheet_autofilter(findings_, 0, 0, findings_row_, 6);
        const lxw_error error = workbook_close(book_);
        book_ = nullptr;
        if (error != LXW_NO_ERROR)
            throw RunError("cannot write report '" + path_ + "': " + lxw_strerror(error));
        must(output_.commit());
        note_replaced(changes_.replaced, path_);
    }

private:
    lxw_format* fill(lxw_color_t colour) {
        lxw_format* format = workbook_add_format(book_);
        format_set_bg_color(format, colour);
        return format;
    }
    void header(lxw_worksheet* sheet, const char* const* names, const double* widths, int count) {
        for (int i = 0; i < count; ++i) {
            const auto column = static_cast<lxw_col_t>(i);
            worksheet_set_column(sheet, column, column, widths[i], nullptr);
            worksheet_write_string(sheet, 0, column, names[i], header_);
        }
        worksheet_freeze_panes(sheet, 1, 0);
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

    std::string path_;
    files::TemporaryOutput output_;
    lxw_workbook* book_ = nullptr;
    lxw_worksheet* summary_ = nullptr;
    lxw_worksheet* findings_ = nullptr;
    lxw_format *header_ = nullptr, *red_ = nullptr, *amber_ = nullptr, *green_ = nullptr;
    lxw_row_t summary_row_ = 0, findings_row_ = 0;
    exporting::CellChanges changes_;
};

}  // namespace

std::string spreadsheet_text(const std::string& text) {
    if (!text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos)
        return "'" + text;
    return text;
}

std::unique_ptr<Report> Report::open(const std::string& path) {
    const auto parent = std::filesystem::path(path).parent_path();
    std::error_code ec;
    if (!parent.empty() && !std::filesystem::is_directory(parent, ec))
        throw RunError("cannot write report '" + path + "': no such directory");
    if (files::has_extension(path, ".json")) return std::make_unique<JsonFileReport>(path);
    if (files::has_extension(path, ".csv")) return std::make_unique<CsvReport>(path);
    if (files::has_extension(path, ".xlsx")) return std::make_unique<XlsxReport>(path);
    throw RunError("unknown report format '" + path + "': use a .json, .csv or .xlsx file name");
}

}  // namespace irm::cli
