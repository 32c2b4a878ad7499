// The Markdown rendering: CommonMark, with pipe tables. Any text may come from
// an answer, so every character that could start markup is escaped.
#include <irm/document.hpp>

#include "render/document_text.hpp"

#include <irm/text.hpp>

namespace irm::doc {

namespace {

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

std::string escape_markup_line(std::string_view line);

/// One line of text with every markup character escaped, set between Unicode
/// isolates when its bidirectional controls could act beyond it (Markdown has
/// no markup for that), so that an answer cannot turn around the text it is in.
std::string escape_line(std::string_view line) {
    return escape_markup_line(text::isolated(line));
}

/// One line of text with every markup character escaped. Escaping `#`, `>` and
/// the emphasis characters anywhere (not only where they would act) keeps the
/// rule simple and the output still reads as the text.
std::string escape_markup_line(std::string_view line) {
    std::string out;
    // What only acts at the start of a line (after up to three blanks): list
    // markers, setext underlines, ordered lists.
    std::size_t start = 0;
    while (start < line.size() && line[start] == ' ')
        out += line[start++];
    const std::string_view rest = line.substr(start);
    if (!rest.empty() && (rest[0] == '-' || rest[0] == '+' || rest[0] == '=')) {
        out += '\\';
        out += rest[0];
        start += 1;
    } else {
        std::size_t digits = 0;
        while (digits < rest.size() && digits < 10 && is_digit(rest[digits]))
            ++digits;
        if (digits > 0 && digits < 10 && digits < rest.size() &&
            (rest[digits] == '.' || rest[digits] == ')')) {
            out.append(rest.substr(0, digits));
            out += '\\';
            out += rest[digits];
            start += digits + 1;
        }
    }
    for (std::size_t i = start; i < line.size(); ++i) {
        const char c = line[i];
        switch (c) {
            case '\\':
            case '`':
            case '*':
            case '_':
            case '[':
            case ']':
            case '<':
            case '>':
            case '&':
            case '#':
            case '~':
            case '!':
            case '|':
                out += '\\';
                out += c;
                break;
            default:
                out += c;
        }
    }
    return out;
}

/// A text as inline Markdown: each line escaped, lines joined by a hard line
/// break (a backslash at the end of the line), continued at `indent`.
std::string escape_text(std::string_view text, const std::string& indent) {
    std::string out;
    bool first = true;
    for (const std::string& line : detail::span_lines(text)) {
        if (!first) out += "\\\n" + indent;
        out += escape_line(line);
        first = false;
    }
    return out;
}

/// A table cell: one line, pipes escaped.
std::string escape_cell(std::string_view text) {
    std::string out;
    for (const std::string& line : detail::lines_of(text)) {
        if (!out.empty()) out += ' ';
        out += escape_line(line);
    }
    return out;
}

std::string render_span(const Span& span, const std::string& indent) {
    if (!span.link.empty() && detail::is_web_address(span.link) &&
        span.link.find_first_of("<>") == std::string::npos) {
        if (span.text == span.link) return "<" + span.link + ">";
        return "[" + escape_text(span.text, indent) + "](<" + span.link + ">)";
    }
    if (span.style == Style::Plain) return escape_text(span.text, indent);
    // Emphasis markers must touch the text: blanks stay outside them, and a
    // styled span is kept on one line.
    std::string flat;
    for (const std::string& line : detail::lines_of(span.text))
        flat += (flat.empty() ? "" : " ") + line;
    if (flat.empty()) return {};
    const std::string marker = span.style == Style::Strong ? "**" : "*";
    const bool space_before = !span.text.empty() && (span.text.front() == ' ' || span.text.front() == '\n');
    const bool space_after = !span.text.empty() && (span.text.back() == ' ' || span.text.back() == '\n');
    return (space_before ? " " : "") + marker + escape_line(flat) + marker + (space_after ? " " : "");
}

std::string render_paragraph(const Paragraph& paragraph, const std::string& indent) {
    std::string out;
    for (const Span& span : paragraph.spans)
        out += render_span(span, indent);
    // Question ids are [a-z][a-z0-9_]*: an underscore inside a word never
    // starts emphasis in CommonMark, and we write no link definitions that the
    // brackets could refer to, so the suffix is written as it reads.
    if (!paragraph.sources.empty()) out += (out.empty() ? "" : " ") + citation(paragraph.sources);
    return out;
}

}  // namespace

std::string to_markdown(const Document& document) {
    std::string out;
    bool previous_list = false;
    char bullet = '*';
    for (const Block& block : document.blocks) {
        if (!out.empty()) out += '\n';
        switch (block.kind) {
            case Block::Kind::Heading: {
                const int level = block.level < 1 ? 1 : block.level > 6 ? 6 : block.level;
                out += std::string(static_cast<std::size_t>(level), '#') + ' ';
                std::string text;
                for (const Span& span : block.paragraph.spans)
                    text += span.text;
                out += escape_cell(text) + '\n';
                break;
            }
            case Block::Kind::Paragraph:
                out += render_paragraph(block.paragraph, "") + '\n';
                break;
            case Block::Kind::List:
                // Two lists in a row would merge into one unless the bullet changes.
                bullet = previous_list && bullet == '-' ? '*' : '-';
                for (const Paragraph& item : block.items)
                    out += std::string(1, bullet) + ' ' + render_paragraph(item, "  ") + '\n';
                break;
            case Block::Kind::Table: {
                const Table& table = block.table;
                const std::size_t columns = table.header.size();
                auto row_text = [&](const std::vector<std::string>& cells) {
                    std::string line = "|";
                    for (std::size_t i = 0; i < columns; ++i) {
                        const std::string cell = i < cells.size() ? escape_cell(cells[i]) : std::string();
                        line += cell.empty() ? "  |" : " " + cell + " |";
                    }
                    return line + '\n';
                };
                out += row_text(table.header);
                out += '|';
                for (std::size_t i = 0; i < columns; ++i)
                    out += table.column(i) == Align::End ? " ---: |" : " --- |";
                out += '\n';
                for (const auto& row : table.rows)
                    out += row_text(row);
                if (!table.sources.empty()) out += '\n' + citation(table.sources) + '\n';
                break;
            }
        }
        previous_list = block.kind == Block::Kind::List;
    }
    return out;
}

}  // namespace irm::doc
