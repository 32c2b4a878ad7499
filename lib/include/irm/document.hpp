// render/: the document model of the reviewer drafts: headings, paragraphs of spans
// that end with the ids they come from, bullet lists and tables. A draft is
// built once in this model; Word, HTML and Markdown are renderings of it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace irm::doc {

/// How a span of text is set.
enum class Style { Plain, Strong, Emphasis };

/// A piece of running text. A line break inside it is '\n' (answers keep theirs).
struct Span {
    std::string text;
    Style style = Style::Plain;
    std::string link;  ///< an http(s) address the span points to; empty for none
};

/// A paragraph or a list item: its spans, then the ids of the questions it
/// comes from, shown as a citation suffix `[a, b]`.
struct Paragraph {
    std::vector<Span> spans;
    std::vector<std::string> sources;
};

/// Where the cells of a table column sit: text at the start, counts at the end, so that digits line up.
enum class Align { Start, End };

/// A table with a header row; cells are plain text.
struct Table {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> sources;  ///< cited once, after the table
    std::vector<Align> align;          ///< per column; a column not listed is Align::Start

    /// The alignment of column `i`.
    Align column(std::size_t i) const { return i < align.size() ? align[i] : Align::Start; }
};

/// One block of the document.
struct Block {
    enum class Kind { Heading, Paragraph, List, Table };

    Kind kind = Kind::Paragraph;
    int level = 0;                 ///< heading level, 1 (the title) to 4
    Paragraph paragraph;           ///< heading text or paragraph
    std::vector<Paragraph> items;  ///< list items
    Table table;
};

/// A whole draft in one language.
struct Document {
    std::string title;
    std::string language;  ///< "en" or "fr": the language of the fixed texts
    std::vector<Block> blocks;

    /// Appends a heading (level 1 is the document title).
    void heading(int level, std::string text);
    /// Appends a paragraph.
    void add(Paragraph paragraph);
    /// Appends a bullet list; an empty list adds nothing.
    void list(std::vector<Paragraph> items);
    /// Appends a table.
    void add(Table table);
};

/// A paragraph of one plain span, citing `sources`.
Paragraph sentence(std::string text, std::vector<std::string> sources = {});

/// The citation suffix of a list of question ids: "[a, b]"; empty for none.
std::string citation(const std::vector<std::string>& sources);

/// The number of words of a document's text (whitespace-separated), leaving
/// out the citation suffixes, which are for the reviewers and not part of the text.
std::size_t count_words(const Document& document);

/// Whether the renderers put U+FFFD in place of characters that no document
/// format can carry (control characters, bytes that are not UTF-8), so that a
/// command can say so.
bool replaces_characters(const Document& document);

/// CommonMark with pipe tables; every text from the answers is escaped.
std::string to_markdown(const Document& document);

/// A standalone HTML page with print-friendly CSS; every text is escaped.
std::string to_html(const Document& document);

/// The bytes of a Word document (WordprocessingML in a zip); throws
/// std::runtime_error if the zip cannot be built in memory.
std::string to_docx(const Document& document);

}  // namespace irm::doc
