// The HTML rendering: one standalone page, styled for the screen and for print.
// Every text is escaped, whatever its origin.
#include <irm/document.hpp>

#include "render/document_text.hpp"

#include <irm/text.hpp>

namespace irm::doc {

namespace {

constexpr const char* style_sheet =
    R"(body { font: 11pt/1.45 "Liberation Serif", "Times New Roman", serif; color: #111;
       max-width: 48em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 1.6em; margin: 0 0 .8em; }
h2 { font-size: 1.3em; border-bottom: 1px solid #999; margin-top: 1.6em; }
h3 { font-size: 1.1em; margin-top: 1.2em; }
h4 { font-size: 1em; font-style: italic; margin-top: 1em; }
h1, h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
p, li { overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; margin: .5em 0; font-size: .9em; }
th, td { border: 1px solid #999; padding: .2em .4em; text-align: start; vertical-align: top; }
th { background: #eee; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
.sources { color: #767676; font-size: .8em; }
@media print {
  @page { margin: 2cm; }
  body { max-width: none; margin: 0; padding: 0; }
  a { color: inherit; text-decoration: none; }
}
)";

std::string escape(std::string_view text) {
    return text::escape_markup(detail::printable(text));
}

/// One line of a text, escaped; isolated in <bdi> when its bidirectional controls
/// could act beyond it, and with those controls closed inside, so that an answer
/// cannot turn around the sentence or the page it is written in.
std::string escape_line(std::string_view line) {
    if (!text::leaks_direction(line)) return escape(line);
    return "<bdi>" + escape(text::balanced_direction(line)) + "</bdi>";
}

/// A text with its line breaks kept as <br>.
std::string escape_lines(std::string_view text) {
    std::string out;
    bool first = true;
    for (const std::string& line : detail::span_lines(text)) {
        if (!first) out += "<br>";
        out += escape_line(line);
        first = false;
    }
    return out;
}

std::string render_span(const Span& span) {
    std::string inner = escape_lines(span.text);
    if (!span.link.empty() && detail::is_web_address(span.link))
        inner = "<a href=\"" + escape(span.link) + "\">" + inner + "</a>";
    switch (span.style) {
        case Style::Strong:
            return "<strong>" + inner + "</strong>";
        case Style::Emphasis:
            return "<em>" + inner + "</em>";
        case Style::Plain:
            break;
    }
    return inner;
}

std::string render_inline(const Paragraph& paragraph) {
    std::string out;
    for (const Span& span : paragraph.spans)
        out += render_span(span);
    if (!paragraph.sources.empty())
        out += (out.empty() ? "" : " ") + std::string("<span class=\"sources\">") +
               escape(citation(paragraph.sources)) + "</span>";
    return out;
}

}  // namespace

std::string to_html(const Document& document) {
    const std::string language = document.language.empty() ? "en" : document.language;
    std::string out = "<!DOCTYPE html>\n<html lang=\"" + escape(language) +
                      "\">\n<head>\n<meta charset=\"utf-8\">\n"
                      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                      "<title>" +
                      escape(text::isolated(detail::printable(document.title))) + "</title>\n<style>\n" +
                      style_sheet + "</style>\n</head>\n<body>\n<main>\n";
    for (const Block& block : document.blocks) {
        switch (block.kind) {
            case Block::Kind::Heading: {
                const int level = block.level < 1 ? 1 : block.level > 6 ? 6 : block.level;
                const std::string tag = "h" + std::to_string(level);
                out += "<" + tag + " dir=\"auto\">" + render_inline(block.paragraph) + "</" + tag + ">\n";
                break;
            }
            case Block::Kind::Paragraph:
                out += "<p dir=\"auto\">" + render_inline(block.paragraph) + "</p>\n";
                break;
            case Block::Kind::List:
                out += "<ul>\n";
                for (const Paragraph& item : block.items)
                    out += "<li dir=\"auto\">" + render_inline(item) + "</li>\n";
                out += "</ul>\n";
                break;
            case Block::Kind::Table: {
                const Table& table = block.table;
                // A count column sits at the end of its cells; the style sheet sets the rest.
                const auto cell_attributes = [&](std::size_t i) {
                    std::string attributes = " dir=\"auto\"";
                    if (table.column(i) == Align::End) attributes += " style=\"text-align: end\"";
                    return attributes;
                };
                out += "<table>\n<thead>\n<tr>";
                for (std::size_t i = 0; i < table.header.size(); ++i)
                    out += "<th" + cell_attributes(i) + ">" + escape_lines(table.header[i]) + "</th>";
                out += "</tr>\n</thead>\n<tbody>\n";
                for (const auto& row : table.rows) {
                    out += "<tr>";
                    for (std::size_t i = 0; i < table.header.size(); ++i)
                        out += "<td" + cell_attributes(i) + ">" +
                               (i < row.size() ? escape_lines(row[i]) : std::string()) + "</td>";
                    out += "</tr>\n";
                }
                out += "</tbody>\n</table>\n";
                if (!table.sources.empty())
                    out += "<p><span class=\"sources\">" + escape(citation(table.sources)) + "</span></p>\n";
                break;
            }
        }
    }
    return out + "</main>\n</body>\n</html>\n";
}

}  // namespace irm::doc
