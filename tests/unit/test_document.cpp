#include <irm/document.hpp>

#include <doctest/doctest.h>

#include <zip.h>
#include <pugixml.hpp>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

using irm::doc::Block;
using irm::doc::Document;
using irm::doc::Paragraph;
using irm::doc::Span;
using irm::doc::Style;
using irm::doc::Table;

namespace {

const std::string nasty = "<script>alert('x')</script> | *star* _under_ #hash `tick` [a](b) &amp; ~tilde~";
const std::string arabic_chinese = "قانون العقوبات — 刑法第四条";

Document sample() {
    Document d;
    d.title = "Sample & <title>";
    d.language = "en";
    d.heading(1, "Sample & <title>");
    d.heading(2, "Article 5 — Participation");
    Paragraph p;
    p.spans.push_back(Span{"Answer:", Style::Strong, {}});
    p.spans.push_back(Span{" " + nasty, Style::Plain, {}});
    p.sources = {"q5_1", "q5_1_gap"};
    d.add(p);
    d.add(irm::doc::sentence(arabic_chinese, {"q5_examples"}));
    Paragraph link;
    link.spans.push_back(
        Span{"https://laws.example/a?b=1&c=\"2\"", Style::Plain, "https://laws.example/a?b=1&c=\"2\""});
    link.spans.push_back(Span{" and ", Style::Plain, {}});
    link.spans.push_back(Span{"click", Style::Plain, "javascript:alert(1)"});
    d.list({link, irm::doc::sentence("- first line\n# second line\n1. third line", {"q5_gap"})});
    Table t;
    t.header = {"Year", "Court | chamber"};
    t.rows = {{"2022", "High | Court\nsecond line"}, {"2023", "<td>"}};
    t.sources = {"q5_stats"};
    d.add(t);
    return d;
}

/// The files of a zip archive held in memory.
std::map<std::string, std::string> unzip(const std::string& bytes) {
    std::map<std::string, std::string> files;
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    REQUIRE(source != nullptr);
    zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &error);
    REQUIRE(archive != nullptr);
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        const auto index = static_cast<zip_uint64_t>(i);
        zip_stat_t stat;
        REQUIRE(zip_stat_index(archive, index, 0, &stat) == 0);
        zip_file_t* file = zip_fopen_index(archive, index, 0);
        REQUIRE(file != nullptr);
        std::string content(static_cast<std::size_t>(stat.size), '\0');
        REQUIRE(zip_fread(file, content.data(), stat.size) == static_cast<zip_int64_t>(stat.size));
        zip_fclose(file);
        files[stat.name] = content;
    }
    zip_close(archive);
    return files;
}

}  // namespace

TEST_SUITE("document") {
    TEST_CASE("a citation joins question ids in brackets") {
        CHECK(irm::doc::citation({"q5_1a_i", "q5_1a_i_law"}) == "[q5_1a_i, q5_1a_i_law]");
        CHECK(irm::doc::citation({}).empty());
    }

    TEST_CASE("words are counted without citations, dashes and quotation marks") {
        Document d;
        d.heading(1, "Two words");
        d.add(irm::doc::sentence("One — two « three »", {"q1", "q2", "q3"}));
        d.list({irm::doc::sentence("刑法 第四条")});
        Table t;
        t.header = {"Year"};
        t.rows = {{"2022"}};
        d.add(t);
        CHECK(irm::doc::count_words(d) == 2 + 3 + 2 + 2);
    }

    TEST_CASE("markdown escapes every markup character of a text") {
        const std::string md = irm::doc::to_markdown(sample());
        CHECK(md.find("<script>") == std::string::npos);
        CHECK(md.find("\\<script\\>alert('x')\\</script\\> \\| \\*star\\* \\_under\\_ \\#hash \\`tick\\` "
                      "\\[a\\](b) \\&amp; \\~tilde\\~") != std::string::npos);
        CHECK(md.find("**Answer:** \\<script") != std::string::npos);
        CHECK(md.find("[q5_1, q5_1_gap]") != std::string::npos);
        CHECK(md.find("# Sample \\& \\<title\\>\n") == 0);
    }

    TEST_CASE("markdown escapes what would start a list or a heading on a new line of an answer") {
        const std::string md = irm::doc::to_markdown(sample());
        CHECK(md.find("- \\- first line\\\n  \\# second line\\\n  1\\. third line [q5_gap]") !=
              std::string::npos);
    }

    TEST_CASE("markdown tables escape pipes and keep each row on one line") {
        const std::string md = irm::doc::to_markdown(sample());
        CHECK(md.find("| Year | Court \\| chamber |\n| --- | --- |\n| 2022 | High \\| Court second line |\n"
                      "| 2023 | \\<td\\> |\n\n[q5_stats]\n") != std::string::npos);
    }

    TEST_CASE("markdown links only web addresses") {
        const std::string md = irm::doc::to_markdown(sample());
        CHECK(md.find("<https://laws.example/a?b=1&c=\"2\">") != std::string::npos);
        CHECK(md.find("javascript") == std::string::npos);
        CHECK(md.find(" and click") != std::string::npos);
    }

    TEST_CASE("markdown keeps two lists in a row apart") {
        Document d;
        d.list({irm::doc::sentence("a")});
        d.list({irm::doc::sentence("b")});
        CHECK(irm::doc::to_markdown(d) == "- a\n\n* b\n");
    }

    TEST_CASE("html escapes every text and attribute and links only web addresses") {
        const std::string html = irm::doc::to_html(sample());
        CHECK(html.find("<script>") == std::string::npos);
        CHECK(html.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; | *star*") != std::string::npos);
        CHECK(html.find("<title>Sample &amp; &lt;title&gt;</title>") != std::string::npos);
        CHECK(html.find("<a href=\"https://laws.example/a?b=1&amp;c=&quot;2&quot;\">") != std::string::npos);
        CHECK(html.find("javascript") == std::string::npos);
        CHECK(html.find("<td dir=\"auto\">&lt;td&gt;</td>") != std::string::npos);
        CHECK(html.find("<span class=\"sources\">[q5_stats]</span>") != std::string::npos);
        CHECK(html.find("@media print") != std::string::npos);
    }

    TEST_CASE("Arabic and Chinese text passes through every format untouched") {
        const Document d = sample();
        CHECK(irm::doc::to_markdown(d).find(arabic_chinese) != std::string::npos);
        CHECK(irm::doc::to_html(d).find(arabic_chinese) != std::string::npos);
        const auto files = unzip(irm::doc::to_docx(d));
        CHECK(files.at("word/document.xml").find(arabic_chinese) != std::string::npos);
    }

    TEST_CASE("what no format can carry becomes U+FFFD in every format, and the document says so") {
        Document d;
        d.add(irm::doc::sentence(std::string("bell\x07 and nul") + '\0' + " del\x7F c1\xC2\x9B bad\xFF end"));
        CHECK(irm::doc::replaces_characters(d));
        const std::string fffd = "\xEF\xBF\xBD";
        const std::string shown =
            "bell" + fffd + " and nul" + fffd + " del" + fffd + " c1" + fffd + " bad" + fffd;
        CHECK(irm::doc::to_markdown(d) == shown + " end\n");
        CHECK(irm::doc::to_html(d).find("<p dir=\"auto\">" + shown + " end</p>") != std::string::npos);
        const auto files = unzip(irm::doc::to_docx(d));
        pugi::xml_document xml;
        CHECK(xml.load_string(files.at("word/document.xml").c_str()));
        CHECK(files.at("word/document.xml").find(shown) != std::string::npos);
        CHECK_FALSE(irm::doc::replaces_characters(sample()));
    }

    TEST_CASE("a title, a table cell and a heading are cleaned like any paragraph") {
        Document d;
        d.title = std::string("Title\x01");
        d.heading(1, "Head\x02ing");
        Table t;
        t.header = {"Cell\x1B"};
        t.rows = {{"\xEF\xBF\xBE"}};
        d.add(t);
        CHECK(irm::doc::replaces_characters(d));
        for (const std::string& out : {irm::doc::to_markdown(d), irm::doc::to_html(d)}) {
            CHECK(out.find_first_of(std::string("\x01\x02\x1B", 3)) == std::string::npos);
            CHECK(out.find("\xEF\xBF\xBE") == std::string::npos);
        }
        for (const auto& [name, part] : unzip(irm::doc::to_docx(d))) {
            INFO(name);
            pugi::xml_document xml;
            CHECK(xml.load_string(part.c_str()));
        }
    }

    TEST_CASE("NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR break the line as a line feed does") {
        Document d;
        d.add(
            irm::doc::sentence("one\xC2\x85two\xE2\x80\xA8three\xE2\x80\xA9"
                               "four"));
        CHECK_FALSE(irm::doc::replaces_characters(d));
        CHECK(irm::doc::to_markdown(d) == "one\\\ntwo\\\nthree\\\nfour\n");
        CHECK(irm::doc::to_html(d).find("one<br>two<br>three<br>four") != std::string::npos);
        CHECK(unzip(irm::doc::to_docx(d)).at("word/document.xml").find("two</w:t><w:br/>") !=
              std::string::npos);
    }

    TEST_CASE("bidirectional controls of an answer cannot turn around the text after it") {
        const std::string rlo = "\xE2\x80\xAE", pdf = "\xE2\x80\xAC", fsi = "\xE2\x81\xA8",
                          pdi = "\xE2\x81\xA9", rlm = "\xE2\x80\x8F";
        Document d;
        Paragraph p;
        p.spans.push_back(Span{"Answer:", Style::Strong, {}});
        p.spans.push_back(Span{" evil" + rlo + "txet", Style::Plain, {}});
        p.spans.push_back(Span{" after", Style::Plain, {}});
        p.sources = {"q5_1"};
        d.add(p);
        d.add(irm::doc::sentence("stray" + pdi + " closer"));
        Table t;
        t.header = {"Answer"};
        t.rows = {{"mark" + rlm}};
        d.add(t);
        const std::string html = irm::doc::to_html(d);
        CHECK(html.find("<bdi> evil" + rlo + "txet" + pdf + "</bdi> after") != std::string::npos);
        CHECK(html.find("<bdi>stray closer</bdi>") != std::string::npos);
        CHECK(html.find("<td dir=\"auto\"><bdi>mark" + rlm + "</bdi></td>") != std::string::npos);
        const std::string md = irm::doc::to_markdown(d);
        CHECK(md.find(fsi + " evil" + rlo + "txet" + pdf + pdi + " after") != std::string::npos);
        CHECK(md.find(fsi + "stray closer" + pdi) != std::string::npos);
        const std::string xml = unzip(irm::doc::to_docx(d)).at("word/document.xml");
        CHECK(xml.find(fsi + " evil" + rlo + "txet" + pdf + pdi + "</w:t>") != std::string::npos);
        // Text without controls, and Arabic text, is written as it was.
        CHECK(irm::doc::to_html(sample()).find("<bdi>") == std::string::npos);
        CHECK(irm::doc::to_markdown(sample()).find(fsi) == std::string::npos);
    }

    TEST_CASE("an address holding a bidirectional control or a control character is no link") {
        Document d;
        Paragraph p;
        const std::string spoofed = "https://example.org/\xE2\x80\xAEgro.live";
        p.spans.push_back(Span{spoofed, Style::Plain, spoofed});
        d.add(p);
        CHECK(irm::doc::to_html(d).find("<a ") == std::string::npos);
        CHECK(irm::doc::to_markdown(d).find("](<") == std::string::npos);
        CHECK(irm::doc::to_markdown(d).find("<https") == std::string::npos);
        CHECK(unzip(irm::doc::to_docx(d)).at("word/_rels/document.xml.rels").find("example.org") ==
              std::string::npos);
    }

    TEST_CASE("a Word document is a zip of well-formed WordprocessingML parts") {
        const auto files = unzip(irm::doc::to_docx(sample()));
        for (const char* name : {"[Content_Types].xml", "_rels/.rels", "word/document.xml",
                                 "word/_rels/document.xml.rels", "word/styles.xml", "word/numbering.xml",
                                 "word/settings.xml", "docProps/core.xml", "docProps/app.xml"}) {
            INFO(name);
            REQUIRE(files.count(name) == 1);
            pugi::xml_document xml;
            CHECK(xml.load_string(files.at(name).c_str()));
        }
        pugi::xml_document document;
        REQUIRE(document.load_string(files.at("word/document.xml").c_str()));
        const pugi::xml_node body = document.child("w:document").child("w:body");
        // Headings carry heading styles, list items the bullet numbering, tables a header row.
        std::vector<std::string> styles;
        int bullets = 0, tables = 0, citations = 0;
        for (const pugi::xml_node node : body.children()) {
            if (std::string(node.name()) == "w:tbl") {
                ++tables;
                CHECK(node.child("w:tr").child("w:trPr").child("w:tblHeader"));
                continue;
            }
            const pugi::xml_node ppr = node.child("w:pPr");
            if (const pugi::xml_attribute style = ppr.child("w:pStyle").attribute("w:val"))
                styles.push_back(style.value());
            if (ppr.child("w:numPr")) ++bullets;
            for (const pugi::xml_node run : node.children("w:r"))
                if (std::string(run.child("w:rPr").child("w:rStyle").attribute("w:val").value()) ==
                    "Citation")
                    ++citations;
        }
        CHECK(styles.front() == "Title");
        CHECK(std::find(styles.begin(), styles.end(), "Heading1") != styles.end());
        CHECK(bullets == 2);
        CHECK(tables == 1);
        CHECK(citations == 4);
        // User text is escaped, the web link has an external relationship, the other link none.
        CHECK(files.at("word/document.xml").find("&lt;script&gt;") != std::string::npos);
        CHECK(files.at("word/_rels/document.xml.rels").find("TargetMode=\"External\"") != std::string::npos);
        CHECK(files.at("word/_rels/document.xml.rels").find("javascript") == std::string::npos);
        CHECK(files.at("word/styles.xml").find("w:styleId=\"Citation\"") != std::string::npos);
    }

    TEST_CASE("a count column sits at the end of its cells in every rendering, text columns at the start") {
        Document d;
        Table t;
        t.header = {"Article", "Yes"};
        t.rows = {{"Article 5", "3"}};
        t.align = {irm::doc::Align::Start, irm::doc::Align::End};
        d.add(t);
        CHECK(irm::doc::to_markdown(d) == "| Article | Yes |\n| --- | ---: |\n| Article 5 | 3 |\n");
        const std::string html = irm::doc::to_html(d);
        CHECK(html.find("<th dir=\"auto\">Article</th><th dir=\"auto\" style=\"text-align: end\">Yes</th>") !=
              std::string::npos);
        CHECK(html.find("<td dir=\"auto\">Article 5</td><td dir=\"auto\" style=\"text-align: end\">3</td>") !=
              std::string::npos);
        const std::string xml = unzip(irm::doc::to_docx(d)).at("word/document.xml");
        // The header's count and the row's: two paragraphs set at the end, none other.
        const auto first = xml.find("<w:jc w:val=\"end\"/>");
        REQUIRE(first != std::string::npos);
        const auto second = xml.find("<w:jc w:val=\"end\"/>", first + 1);
        REQUIRE(second != std::string::npos);
        CHECK(xml.find("<w:jc", second + 1) == std::string::npos);
        CHECK(xml.find("<w:jc") == first);
    }

    TEST_CASE("a table without alignments is laid out as before, every column at the start") {
        const Document d = sample();
        CHECK(irm::doc::to_markdown(d).find("| --- | --- |") != std::string::npos);
        CHECK(irm::doc::to_html(d).find("text-align: end") == std::string::npos);
        CHECK(unzip(irm::doc::to_docx(d)).at("word/document.xml").find("<w:jc") == std::string::npos);
    }

    TEST_CASE("the same document gives the same Word bytes") {
        CHECK(irm::doc::to_docx(sample()) == irm::doc::to_docx(sample()));
    }

    TEST_CASE("a paragraph that starts in Arabic is right to left in Word") {
        Document d;
        d.add(irm::doc::sentence("  «قانون» then Latin"));
        d.add(irm::doc::sentence("Latin then قانون"));
        const std::string xml = unzip(irm::doc::to_docx(d)).at("word/document.xml");
        const auto first = xml.find("<w:bidi/>");
        REQUIRE(first != std::string::npos);
        CHECK(xml.find("<w:bidi/>", first + 1) == std::string::npos);
    }
}
