#include "render.hpp"

#include <irm/catalogue.hpp>
#include <irm/text.hpp>

#include <algorithm>
#include <string_view>
#include <unordered_map>

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

/// A source line made safe to print: control characters and bytes that are
/// not UTF-8 become '?', the bidirectional controls that reorder text are shown
/// as `\u202E` (a terminal that applies them would turn the line around), and a
/// long line is cut to a window around the column, which is moved to match.
struct Excerpt {
    std::string text;
    int column = 1;
};

/// The lines of one file's text, found once for all its findings: where each
/// line starts, and for a long line where every 64th of its characters is, so
/// that the window around a column is cut without walking the line from its
/// start. Lines break where YAML breaks them (\n, \r\n, a lone \r), as the
/// positions of findings count them.
class SourceLines {
public:
    explicit SourceLines(std::string_view source) : source_(source) {
        starts_.push_back(0);
        for (std::size_t i = 0; i < source.size(); ++i)
            if (source[i] == '\n' || (source[i] == '\r' && (i + 1 == source.size() || source[i + 1] != '\n')))
                starts_.push_back(i + 1);
    }

    /// Line `number` (1-based) around `column`, or nullopt when the text has no such line.
    std::optional<Excerpt> excerpt(int number, int column) {
        if (number < 1 || static_cast<std::size_t>(number) > starts_.size()) return std::nullopt;
        const auto index = static_cast<std::size_t>(number) - 1;
        const std::string_view line = line_at(index);

        constexpr std::size_t width = 100;
        const Characters& characters = characters_of(index, line);
        const std::size_t total = characters.count;
        std::size_t first = 0;
        if (total > width)
            first = static_cast<std::size_t>(
                std::clamp<long>(static_cast<long>(column) - 1 - static_cast<long>(width / 2), 0,
                                 static_cast<long>(total - width)));
        const std::size_t last = std::min(total, first + width);

        Excerpt out;
        if (first > 0) out.text += "...";
        std::size_t at = characters.every_64th.empty() ? 0 : characters.every_64th[first / every];
        for (std::size_t skipped = first - first % every; skipped < first; ++skipped)
            at += length_at(line, at);
        out.column = first > 0 ? 4 : 1;
        for (std::size_t shown = first; shown < last; ++shown) {
            const text::Character c = text::character_at(line, at);
            const std::size_t length = c.length == 0 ? 1 : c.length;
            std::string piece;
            if (c.length == 0 || text::is_control(c.code_point) || c.code_point == 0xFFFE || c.code_point == 0xFFFF)
                piece = "?";
            else if (text::is_bidi_formatting(c.code_point))
                piece = text::visible(line.substr(at, length));
            else
                piece = std::string(line.substr(at, length));
            out.text += piece;
            // A character shown as an escape takes the columns of its escape.
            if (static_cast<long>(shown) < static_cast<long>(column) - 1)
                out.column += static_cast<int>(text::code_points(piece));
            at += length;
        }
        if (last < total) out.text += "...";
        return out;
    }

private:
    static constexpr std::size_t every = 64;
    /// Lines up to this long are walked whenever one of their findings is shown.
    static constexpr std::size_t short_line = 4096;

    struct Characters {
        std::size_t count = 0;
        std::vector<std::size_t> every_64th;  ///< byte offset of characters 0, 64, 128, ...
    };

    /// The bytes of a character: a UTF-8 sequence, or one byte that is not part of one.
    static std::size_t length_at(std::string_view line, std::size_t at) {
        const std::size_t length = text::sequence_length(line, at);
        return length == 0 ? 1 : length;
    }

    std::string_view line_at(std::size_t index) const {
        const std::size_t start = starts_[index];
        std::size_t end = index + 1 < starts_.size() ? starts_[index + 1] : source_.size();
        if (end > start && source_[end - 1] == '\n') --end;
        if (end > start && source_[end - 1] == '\r') --end;
        return source_.substr(start, end - start);
    }

    const Characters& characters_of(std::size_t index, std::string_view line) {
        if (line.size() <= short_line) {
            scratch_ = count(line);
            return scratch_;
        }
        const auto found = long_lines_.find(index);
        if (found != long_lines_.end()) return found->second;
        return long_lines_.emplace(index, count(line)).first->second;
    }

    static Characters count(std::string_view line) {
        Characters out;
        for (std::size_t at = 0; at < line.size(); ++out.count) {
            if (out.count % every == 0) out.every_64th.push_back(at);
            at += length_at(line, at);
        }
        return out;
    }

    std::string_view source_;
    std::vector<std::size_t> starts_;
    std::unordered_map<std::size_t, Characters> long_lines_;
    Characters scratch_;
};

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
    std::optional<SourceLines> lines;
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
        if (!lines) lines.emplace(*result.source);
        const std::optional<Excerpt> shown = lines->excerpt(*d.line, d.column.value_or(1));
        if (!shown) continue;
        const std::string number = std::to_string(*d.line);
        const std::string gutter(number.size(), ' ');
        const std::string caret = caret_under(shown->text, shown->column);
        std::fprintf(out, "%s | %s\n", number.c_str(), shown->text.c_str());
        if (colour)
            std::fprintf(out, "%s | %s%s%s\n", gutter.c_str(), green, caret.c_str(), reset);
        else
            std::fprintf(out, "%s | %s\n", gutter.c_str(), caret.c_str());
    }
}

void print_summary(std::FILE* out, const Summary& summary, std::string_view noun, std::string_view language) {
    const auto counted = [language](long n, Key one, Key many) {
        return n == 1 ? message(one, language) : message(many, language, {{"count", std::to_string(n)}});
    };
    const bool questionnaires = noun == "questionnaire";
    std::string line = message(
        "cli.summary.checked"_key, language,
        {{"files", questionnaires ? counted(summary.files, "cli.count.questionnaire"_key, "cli.count.questionnaires"_key)
                                  : counted(summary.files, "cli.count.response"_key, "cli.count.responses"_key)},
         {"valid", std::to_string(summary.valid)},
         {"invalid", std::to_string(summary.invalid)},
         {"errors", summary.errors == 0 ? message("cli.count.no-error"_key, language)
                                        : counted(summary.errors, "cli.count.error"_key, "cli.count.errors"_key)},
         {"warnings", summary.warnings == 0
                          ? message("cli.count.no-warning"_key, language)
                          : counted(summary.warnings, "cli.count.warning"_key, "cli.count.warnings"_key)}});
    if (summary.skipped > 0)
        line = message("cli.summary.with-skipped"_key, language,
                       {{"summary", std::move(line)},
                        {"skipped", counted(static_cast<long>(summary.skipped), "cli.count.skipped"_key,
                                            "cli.count.skipped-many"_key)}});
    std::fprintf(out, "%s\n", line.c_str());
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
