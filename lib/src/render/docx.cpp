// The Word rendering: WordprocessingML parts zipped in memory with libzip.
// Styles carry the look (headings, lists, tables, the grey citation suffix),
// so that a reviewer who edits the draft keeps a consistent document.
#include <irm/document.hpp>

#include "render/document_text.hpp"

#include <irm/text.hpp>

#include <zip.h>

#include <memory>
#include <stdexcept>

namespace irm::doc {

namespace {

constexpr const char* xml_header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
constexpr const char* ns_w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr const char* ns_r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

// A4 with 2.54 cm margins: the width left for text, in twentieths of a point.
constexpr int text_width = 11906 - 2 * 1440;

std::string escape(std::string_view text) {
    return text::escape_markup(detail::printable(text));
}

std::string locale_of(std::string_view language) {
    return language == "fr" ? "fr-FR" : "en-GB";
}

std::string content_types() {
    return std::string(xml_header) +
           "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
           "<Default Extension=\"rels\" "
           "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
           "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
           "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
           "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
           "<Override PartName=\"/word/styles.xml\" ContentType=\"application/"
           "vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
           "<Override PartName=\"/word/numbering.xml\" ContentType=\"application/"
           "vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>"
           "<Override PartName=\"/word/settings.xml\" ContentType=\"application/"
           "vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>"
           "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/"
           "vnd.openxmlformats-package.core-properties+xml\"/>"
           "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/"
           "vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
           "</Types>";
}

std::string package_relationships() {
    return std::string(xml_header) +
           "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
           "<Relationship Id=\"rId1\" "
           "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
           "officeDocument\" Target=\"word/document.xml\"/>"
           "<Relationship Id=\"rId2\" "
           "Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
           "core-properties\" Target=\"docProps/core.xml\"/>"
           "<Relationship Id=\"rId3\" "
           "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
           "extended-properties\" Target=\"docProps/app.xml\"/>"
           "</Relationships>";
}

std::string core_properties(const Document& document) {
    // No dates: the same draft gives the same bytes.
    const std::string properties =
        "<cp:coreProperties "
        "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
        "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
        "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">";
    return std::string(xml_header) + properties + "<dc:title>" +
           escape(text::isolated(detail::printable(document.title))) + "</dc:title><dc:language>" +
           locale_of(document.language) + "</dc:language></cp:coreProperties>";
}

std::string app_properties() {
    return std::string(xml_header) +
           "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
           "<Application>irm</Application></Properties>";
}

std::string settings() {
    return std::string(xml_header) + "<w:settings xmlns:w=\"" + ns_w + "\">" +
           "<w:defaultTabStop w:val=\"720\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>"
           "<w:compat><w:compatSetting w:name=\"compatibilityMode\" "
           "w:uri=\"http://schemas.microsoft.com/office/word\" "
           "w:val=\"15\"/></w:compat></w:settings>";
}

/// A paragraph style; `extra_ppr` and `rpr` are inner XML of its properties.
std::string paragraph_style(const std::string& id, const std::string& name, const std::string& extra_ppr,
                            const std::string& rpr, int outline = -1) {
    std::string out =
        "<w:style w:type=\"paragraph\" w:styleId=\"" + id + "\"><w:name w:val=\"" + name +
        "\"/>"
        "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"9\"/><w:qFormat/>"
        "<w:pPr>" +
        extra_ppr;
    if (outline >= 0) out += "<w:outlineLvl w:val=\"" + std::to_string(outline) + "\"/>";
    return out + "</w:pPr><w:rPr>" + rpr + "</w:rPr></w:style>";
}

std::string styles(const Document& document) {
    const std::string locale = locale_of(document.language);
    std::string out = std::string(xml_header) + "<w:styles xmlns:w=\"" + ns_w + "\">";
    out +=
        "<w:docDefaults><w:rPrDefault><w:rPr>"
        "<w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\" w:eastAsia=\"Calibri\" w:cs=\"Arial\"/>"
        "<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/>"
        "<w:lang w:val=\"" +
        locale +
        "\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/>"
        "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"264\" "
        "w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>";
    out +=
        "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name "
        "w:val=\"Normal\"/><w:qFormat/>"
        "</w:style>";
    out +=
        "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">"
        "<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/></w:style>";
    out += paragraph_style(
        "Title", "Title", "<w:keepNext/><w:spacing w:after=\"240\"/>",
        "<w:b/><w:bCs/><w:color w:val=\"1F3864\"/><w:sz w:val=\"36\"/><w:szCs w:val=\"36\"/>");
    out += paragraph_style(
        "Heading1", "heading 1", "<w:keepNext/><w:keepLines/><w:spacing w:before=\"360\" w:after=\"120\"/>",
        "<w:b/><w:bCs/><w:color w:val=\"1F3864\"/><w:sz w:val=\"30\"/><w:szCs w:val=\"30\"/>", 0);
    out += paragraph_style(
        "Heading2", "heading 2", "<w:keepNext/><w:keepLines/><w:spacing w:before=\"240\" w:after=\"80\"/>",
        "<w:b/><w:bCs/><w:color w:val=\"2F5496\"/><w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/>", 1);
    out += paragraph_style("Heading3", "heading 3",
                           "<w:keepNext/><w:keepLines/><w:spacing w:before=\"200\" w:after=\"60\"/>",
                           "<w:b/><w:bCs/><w:i/><w:iCs/><w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/>", 2);
    out += paragraph_style("ListParagraph", "List Paragraph",
                           "<w:spacing w:after=\"60\"/><w:ind w:left=\"720\"/>", "");
    out += paragraph_style("TableText", "Table Text",
                           "<w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>",
                           "<w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>");
    out +=
        "<w:style w:type=\"character\" w:customStyle=\"1\" w:styleId=\"Citation\"><w:name "
        "w:val=\"Citation\"/>"
        "<w:basedOn w:val=\"DefaultParagraphFont\"/><w:uiPriority w:val=\"10\"/><w:qFormat/>"
        "<w:rPr><w:color w:val=\"767676\"/><w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/></w:rPr></w:style>";
    out +=
        "<w:style w:type=\"character\" w:styleId=\"Hyperlink\"><w:name w:val=\"Hyperlink\"/>"
        "<w:basedOn w:val=\"DefaultParagraphFont\"/><w:uiPriority w:val=\"99\"/>"
        "<w:rPr><w:color w:val=\"0563C1\"/><w:u w:val=\"single\"/></w:rPr></w:style>";
    out +=
        "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
        "<w:uiPriority w:val=\"99\"/><w:semiHidden/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/>"
        "<w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>"
        "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" "
        "w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>";
    out +=
        "<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/>"
        "<w:basedOn w:val=\"TableNormal\"/><w:uiPriority w:val=\"39\"/><w:tblPr><w:tblBorders>"
        "<w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"999999\"/>"
        "<w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"999999\"/>"
        "<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"999999\"/>"
        "<w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"999999\"/>"
        "<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"999999\"/>"
        "<w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"999999\"/>"
        "</w:tblBorders></w:tblPr></w:style>";
    return out + "</w:styles>";
}

std::string numbering() {
    return std::string(xml_header) + "<w:numbering xmlns:w=\"" + ns_w + "\">" +
           "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"singleLevel\"/>"
           "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText "
           "w:val=\"\xE2\x80\xA2\"/>"
           "<w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"720\" w:hanging=\"360\"/></w:pPr></w:lvl>"
           "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>";
}

/// The body of document.xml, and the addresses its links point to.
class BodyWriter {
public:
    std::string body;
    std::vector<std::string> links;

    void paragraph(const Paragraph& p, const std::string& style, bool bullet, Align align = Align::Start) {
        std::string text;
        for (const Span& span : p.spans)
            text += span.text;
        body += "<w:p><w:pPr>";
        if (!style.empty()) body += "<w:pStyle w:val=\"" + style + "\"/>";
        if (bullet) body += "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>";
        if (detail::starts_right_to_left(text)) body += "<w:bidi/>";
        if (align == Align::End) body += "<w:jc w:val=\"end\"/>";
        body += "</w:pPr>";
        for (const Span& span : p.spans)
            run(span);
        if (!p.sources.empty())
            body += "<w:r><w:rPr><w:rStyle w:val=\"Citation\"/></w:rPr><w:t xml:space=\"preserve\"> " +
                    escape(citation(p.sources)) + "</w:t></w:r>";
        body += "</w:p>";
    }

    void table(const Table& t) {
        const std::size_t columns = t.header.size() ? t.header.size() : 1;
        const int width = text_width / static_cast<int>(columns);
        body +=
            "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/>"
            "<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" "
            "w:lastColumn=\"0\" "
            "w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>";
        for (std::size_t i = 0; i < columns; ++i)
            body += "<w:gridCol w:w=\"" + std::to_string(width) + "\"/>";
        body += "</w:tblGrid>";
        row(t, t.header, columns, width, true);
        for (const auto& cells : t.rows)
            row(t, cells, columns, width, false);
        body += "</w:tbl>";
        // A paragraph after every table, so that two tables never merge; it holds the citation.
        Paragraph after;
        after.sources = t.sources;
        paragraph(after, "", false);
    }

private:
    void run(const Span& span) {
        std::string rpr;
        if (span.style == Style::Strong) rpr = "<w:b/><w:bCs/>";
        if (span.style == Style::Emphasis) rpr = "<w:i/><w:iCs/>";
        const bool linked = !span.link.empty() && detail::is_web_address(span.link);
        if (linked) rpr = "<w:rStyle w:val=\"Hyperlink\"/>" + rpr;
        std::string r = "<w:r>";
        if (!rpr.empty()) r += "<w:rPr>" + rpr + "</w:rPr>";
        bool first = true;
        for (const std::string& line : detail::span_lines(span.text)) {
            if (!first) r += "<w:br/>";
            // Word has no isolating element: Unicode isolates keep an answer's bidirectional
            // controls from turning around the rest of the paragraph.
            r += "<w:t xml:space=\"preserve\">" + escape(text::isolated(line)) + "</w:t>";
            first = false;
        }
        r += "</w:r>";
        if (linked) {
            links.push_back(span.link);
            body += "<w:hyperlink r:id=\"rIdLink" + std::to_string(links.size()) + "\" w:history=\"1\">" + r +
                    "</w:hyperlink>";
        } else {
            body += r;
        }
    }

    void row(const Table& t, const std::vector<std::string>& cells, std::size_t columns, int width,
             bool header) {
        body += "<w:tr>";
        if (header)
            body += "<w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>";
        else
            body += "<w:trPr><w:cantSplit/></w:trPr>";
        for (std::size_t i = 0; i < columns; ++i) {
            body += "<w:tc><w:tcPr><w:tcW w:w=\"" + std::to_string(width) + "\" w:type=\"dxa\"/>";
            if (header) body += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"EEEEEE\"/>";
            body += "</w:tcPr>";
            Paragraph p;
            p.spans.push_back(
                Span{i < cells.size() ? cells[i] : std::string(), header ? Style::Strong : Style::Plain, {}});
            paragraph(p, "TableText", false, t.column(i));
            body += "</w:tc>";
        }
        body += "</w:tr>";
    }
};

std::string document_part(const BodyWriter& writer) {
    return std::string(xml_header) + "<w:document xmlns:w=\"" + ns_w + "\" xmlns:r=\"" + ns_r +
           "\"><w:body>" + writer.body +
           "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1440\" w:right=\"1440\" "
           "w:bottom=\"1440\" w:left=\"1440\" w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/></w:sectPr>"
           "</w:body></w:document>";
}

std::string document_relationships(const BodyWriter& writer) {
    const std::string type = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    std::string out = std::string(xml_header) +
                      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                      "<Relationship Id=\"rId1\" Type=\"" +
                      type +
                      "styles\" Target=\"styles.xml\"/>"
                      "<Relationship Id=\"rId2\" Type=\"" +
                      type +
                      "numbering\" Target=\"numbering.xml\"/>"
                      "<Relationship Id=\"rId3\" Type=\"" +
                      type + "settings\" Target=\"settings.xml\"/>";
    for (std::size_t i = 0; i < writer.links.size(); ++i)
        out += "<Relationship Id=\"rIdLink" + std::to_string(i + 1) + "\" Type=\"" + type +
               "hyperlink\" Target=\"" + escape(writer.links[i]) + "\" TargetMode=\"External\"/>";
    return out + "</Relationships>";
}

/// The zip archive in memory: libzip writes into a buffer source that outlives the archive.
class MemoryZip {
public:
    MemoryZip() {
        zip_error_t error;
        zip_error_init(&error);
        source_ = zip_source_buffer_create(nullptr, 0, 0, &error);
        if (source_) archive_ = zip_open_from_source(source_, ZIP_TRUNCATE, &error);
        if (!archive_) {
            // Nothing took the source over: free it, and the error's text, before saying why.
            const std::string why = zip_error_strerror(&error);
            zip_error_fini(&error);
            if (source_) zip_source_free(source_);
            throw std::runtime_error("cannot start a zip archive in memory: " + why);
        }
        // The archive owns one reference and drops it when closed; this one keeps the bytes readable.
        zip_source_keep(source_);
        zip_error_fini(&error);
    }
    ~MemoryZip() {
        if (archive_) zip_discard(archive_);
        if (source_) zip_source_free(source_);
    }
    MemoryZip(const MemoryZip&) = delete;
    MemoryZip& operator=(const MemoryZip&) = delete;

    /// Adds a file; the text must stay alive until `finish`.
    void add(const char* name, const std::string& text) {
        zip_source_t* data = zip_source_buffer(archive_, text.data(), text.size(), 0);
        if (!data) fail("cannot add to the zip archive", zip_get_error(archive_));
        const zip_int64_t index = zip_file_add(archive_, name, data, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(data);
            fail("cannot add to the zip archive", zip_get_error(archive_));
        }
        const auto entry = static_cast<zip_uint64_t>(index);
        zip_set_file_compression(archive_, entry, ZIP_CM_DEFLATE, 0);
        // A fixed time (1 January 2000, DOS format), so the same draft gives the same bytes.
        zip_file_set_dostime(archive_, entry, 0, (20 << 9) | (1 << 5) | 1, 0);
    }

    /// Writes the archive and returns its bytes.
    std::string finish() {
        if (zip_close(archive_) != 0) fail("cannot write the zip archive", zip_get_error(archive_));
        archive_ = nullptr;
        std::string bytes;
        if (zip_source_open(source_) != 0)
            fail("cannot read the zip archive back", zip_source_error(source_));
        char buffer[65536];
        for (;;) {
            const zip_int64_t n = zip_source_read(source_, buffer, sizeof buffer);
            if (n < 0) {
                zip_source_close(source_);
                fail("cannot read the zip archive back", zip_source_error(source_));
            }
            if (n == 0) break;
            bytes.append(buffer, static_cast<std::size_t>(n));
        }
        zip_source_close(source_);
        return bytes;
    }

private:
    [[noreturn]] static void fail(const std::string& what, zip_error_t* error) {
        throw std::runtime_error(what + ": " + (error ? zip_error_strerror(error) : "unknown error"));
    }
    zip_source_t* source_ = nullptr;
    zip_t* archive_ = nullptr;
};

}  // namespace

std::string to_docx(const Document& document) {
    BodyWriter writer;
    for (const Block& block : document.blocks) {
        switch (block.kind) {
            case Block::Kind::Heading: {
                // The title, then the three heading levels the styles define.
                const int level = block.level < 1 ? 1 : block.level > 4 ? 4 : block.level;
                const std::string style = level == 1 ? "Title" : "Heading" + std::to_string(level - 1);
                writer.paragraph(block.paragraph, style, false);
                break;
            }
            case Block::Kind::Paragraph:
                writer.paragraph(block.paragraph, "", false);
                break;
            case Block::Kind::List:
                for (const Paragraph& item : block.items)
                    writer.paragraph(item, "ListParagraph", true);
                break;
            case Block::Kind::Table:
                writer.table(block.table);
                break;
        }
    }
    // Every part is kept alive here until the archive is written.
    const std::string parts[] = {content_types(),
                                 package_relationships(),
                                 core_properties(document),
                                 app_properties(),
                                 document_part(writer),
                                 document_relationships(writer),
                                 styles(document),
                                 numbering(),
                                 settings()};
    const char* names[] = {"[Content_Types].xml", "_rels/.rels",        "docProps/core.xml",
                           "docProps/app.xml",    "word/document.xml",  "word/_rels/document.xml.rels",
                           "word/styles.xml",     "word/numbering.xml", "word/settings.xml"};
    MemoryZip zip;
    for (std::size_t i = 0; i < std::size(parts); ++i)
        zip.add(names[i], parts[i]);
    return zip.finish();
}

}  // namespace irm::doc
