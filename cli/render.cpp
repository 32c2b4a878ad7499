#include "render.hpp"

#include <irm/text.hpp>

#include <algorithm>
#include <string_view>

namespace irm::cli {

namespace {

const char* colour_of(Severity severity) {
    switch (severity) {
        case Severity::Error:
            return "\033[1;31m";
        case Severity::Warning:
            return "\033[1;35m";
        case Severity::Info:
            return "\033[1;36m";
    }
    return "";
}

constexpr const char* bold = "\033[1m";
constexpr const char* reset = "\033[0m";
constexpr const char* green = "\033[1;32m";

/// Line `number` (1-based) of a text, without its line break.
std::optional<std::string_view> line_of(const std::string& source, int number) {
    std::size_t start = 0;
    for (int line = 1; line < number; ++line) {
        const std::size_t next = source.find('\n', start);
        if (next == std::string::npos) return std::nullopt;
        start = next + 1;
    }
    std::size_t end = source.find('\n', start);
    if (end == std::string::npos) end = source.size();
    if (end > start && source[end - 1] == '\r') --end;
    return std::string_view(source).substr(start, end - start);
}

/// A source line made safe to print: control characters and bytes that are
/// not UTF-8 become '?', the bidirectional controls that reorder text are shown
/// as `\u202E` (a terminal that applies them would turn the line around), and a
/// long line is cut to a window around the column, which is moved to match.
struct Excerpt {
    std::string text;
    int column = 1;
};

Excerpt excerpt(std::string_view line, int column) {
    constexpr int width = 100;
    // Split into characters first, so the window never cuts one in half.
    std::vector<std::string> characters;
    for (std::size_t i = 0; i < line.size();) {
        const text::Character c = text::character_at(line, i);
        if (c.length == 0 || text::is_control(c.code_point) || c.code_point == 0xFFFE ||
            c.code_point == 0xFFFF)
            characters.emplace_back("?");
        else if (text::is_bidi_formatting(c.code_point))
            characters.push_back(text::visible(line.substr(i, c.length)));
        else
            characters.emplace_back(line.substr(i, c.length));
        i += c.length == 0 ? 1 : c.length;
    }
    const int total = static_cast<int>(characters.size());
    int first = 0;
    if (total > width) first = std::clamp(column - 1 - width / 2, 0, total - width);
    const int last = std::min(total, first + width);
    Excerpt out;
    if (first > 0) out.text += "...";
    out.column = first > 0 ? 4 : 1;
    for (int i = first; i < last; ++i) {
        const std::string& shown = characters[static_cast<std::size_t>(i)];
        out.text += shown;
        // A character shown as an escape takes the columns of its escape.
        if (i < column - 1) out.column += static_cast<int>(text::code_points(shown));
    }
    if (last < total) out.text += "...";
    return out;
}

/// The caret line: spaces up to the column (tabs kept so the caret lines up).
std::string caret_under(std::string_view line, int column) {
    std::string pad;
    int seen = 1;
    for (std::size_t i = 0; i < line.size() && seen < column; ++i) {
        const auto byte = static_cast<unsigned char>(line[i]);
        if ((byte & 0xC0) == 0x80) continue;  // inside a multi-byte character
        pad += line[i] == '\t' ? '\t' : ' ';
        ++seen;
    }
    return pad + "^";
}

}  // namespace

void Summary::add(const FileResult& result, bool strict) {
    ++files;
    errors += result.errors;
    warnings += result.warnings;
    if (result.errors > 0 || (strict && result.warnings > 0))
        ++invalid;
    else
        ++valid;
}

void print_findings(std::FILE* out, const FileResult& result, bool colour) {
    for (const Diagnostic& d : result.findings) {
        // A file name, like a message, may hold anything a directory holds.
        std::string where = text::visible(d.file);
        if (!d.cell.empty()) where += ":" + d.cell;
        if (d.line) where += ":" + std::to_string(*d.line) + ":" + std::to_string(d.column.value_or(1));
        const std::string severity(to_string(d.severity));
        // A message may quote an answer: a NUL must not cut it, nor an escape reach the terminal.
        const std::string message = text::visible(d.message);
        if (colour)
            std::fprintf(out, "%s%s:%s %s%s[%s]:%s %s\n", bold, where.c_str(), reset, colour_of(d.severity),
                         severity.c_str(), d.code.c_str(), reset, message.c_str());
        else
            std::fprintf(out, "%s: %s[%s]: %s\n", where.c_str(), severity.c_str(), d.code.c_str(),
                         message.c_str());
        if (!d.line || !result.source) continue;
        const auto line = line_of(*result.source, *d.line);
        if (!line) continue;
        const std::string number = std::to_string(*d.line);
        const std::string gutter(number.size(), ' ');
        const Excerpt shown = excerpt(*line, d.column.value_or(1));
        const std::string caret = caret_under(shown.text, shown.column);
        std::fprintf(out, "%s | %s\n", number.c_str(), shown.text.c_str());
        if (colour)
            std::fprintf(out, "%s | %s%s%s\n", gutter.c_str(), green, caret.c_str(), reset);
        else
            std::fprintf(out, "%s | %s\n", gutter.c_str(), caret.c_str());
    }
}

void print_summary(std::FILE* out, const Summary& summary, std::string_view noun) {
    const auto plural = [](int n, const char* one, const char* many) {
        return std::to_string(n) + " " + (n == 1 ? one : many);
    };
    std::fprintf(out, "%s checked: %d valid, %d invalid; %s, %s\n",
                 plural(summary.files, std::string(noun).c_str(), (std::string(noun) + "s").c_str()).c_str(),
                 summary.valid, summary.invalid, plural(summary.errors, "error", "errors").c_str(),
                 plural(summary.warnings, "warning", "warnings").c_str());
}

JsonReport::JsonReport(std::FILE* out) : out_(out) {
    writer_.begin_object().key("results").begin_array();
    flush();
}

void JsonReport::add(const FileResult& result) {
    json::Writer& w = writer_;
    w.begin_object();
    w.key("file").value(result.file);
    w.key("questionnaire").value(result.questionnaire);
    w.key("version").value(result.version);
    w.key("state").value(result.state);
    w.key("status").value(result.status);
    w.key("errors").value(result.errors);
    w.key("warnings").value(result.warnings);
    w.key("diagnostics").begin_array();
    for (const Diagnostic& d : result.findings)
        json::write_finding(w, d);
    w.end_array();
    w.end_object();
    flush();
}

void JsonReport::finish(const Summary& summary) {
    json::Writer& w = writer_;
    w.end_array();
    w.key("summary").begin_object();
    w.key("files").value(summary.files);
    w.key("valid").value(summary.valid);
    w.key("invalid").value(summary.invalid);
    w.key("errors").value(summary.errors);
    w.key("warnings").value(summary.warnings);
    w.end_object();
    w.end_object();
    flush();
}

void JsonReport::flush() {
    const std::string text = writer_.drain();
    std::fwrite(text.data(), 1, text.size(), out_);
}

}  // namespace irm::cli
