// The .xlsx reader and the zip limits, on workbooks made here byte by byte.
#include <irm/workbook.hpp>
#include <irm/zip.hpp>

#include <doctest/doctest.h>
#include <zip.h>

#include <map>
#include <string>
#include <vector>

using irm::xlsx::CellRef;
using irm::xlsx::Value;

namespace {

/// A zip archive in memory holding these members (deflated).
std::string make_zip(const std::vector<std::pair<std::string, std::string>>& members) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(nullptr, 0, 0, &error);
    REQUIRE(source);
    zip_t* archive = zip_open_from_source(source, ZIP_TRUNCATE, &error);
    REQUIRE(archive);
    zip_source_keep(source);
    for (const auto& [name, bytes] : members) {
        zip_source_t* member = zip_source_buffer(archive, bytes.data(), bytes.size(), 0);
        REQUIRE(zip_file_add(archive, name.c_str(), member, ZIP_FL_OVERWRITE) >= 0);
    }
    REQUIRE(zip_close(archive) == 0);
    REQUIRE(zip_source_open(source) == 0);
    zip_stat_t stat;
    zip_source_stat(source, &stat);
    std::string out(static_cast<std::size_t>(stat.size), '\0');
    REQUIRE(zip_source_read(source, out.data(), stat.size) == static_cast<zip_int64_t>(stat.size));
    zip_source_close(source);
    zip_source_free(source);
    return out;
}

const char* const workbook_rels =
    R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>)"
    R"(<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="/xl/sharedStrings.xml"/>)"
    R"(<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>)"
    R"(<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/>)"
    R"(</Relationships>)";

const char* const package_rels =
    R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>)"
    R"(</Relationships>)";

std::string workbook_xml(bool date1904 = false) {
    return std::string(
               R"(<?xml version="1.0"?><x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
               R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">)") +
           (date1904 ? R"(<x:workbookPr date1904="1"/>)" : "") +
           R"(<x:sheets><x:sheet name="Answers" sheetId="1" r:id="rId1"/><x:sheet name="map" sheetId="2" state="hidden" r:id="rId4"/></x:sheets></x:workbook>)";
}

const char* const shared_strings =
    R"(<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
    R"(<si><t>Oui, en partie</t></si>)"
    R"(<si><r><t>rich </t></r><r><rPr><b/></rPr><t>text</t></r><rPh><t>phonetic</t></rPh></si>)"
    R"(<si><t xml:space="preserve">line_x000D_
two _x005F_x0041_</t></si>)"
    R"(</sst>)";

const char* const styles =
    R"(<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
    R"(<numFmts count="2"><numFmt numFmtId="164" formatCode="General"/><numFmt numFmtId="165" formatCode="yyyy\-mm\-dd"/></numFmts>)"
    R"(<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="14"/></cellXfs></styleSheet>)";

std::string sheet(const std::string& rows) {
    return R"(<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)" +
           rows + "</sheetData></worksheet>";
}

std::string book(const std::string& rows, bool date1904 = false,
                 const std::string& strings = shared_strings) {
    return make_zip({{"_rels/.rels", package_rels},
                     {"xl/workbook.xml", workbook_xml(date1904)},
                     {"xl/_rels/workbook.xml.rels", workbook_rels},
                     {"xl/sharedStrings.xml", strings},
                     {"xl/styles.xml", styles},
                     {"xl/worksheets/sheet1.xml", sheet(rows)},
                     {"xl/worksheets/sheet2.xml",
                      sheet(R"(<row r="1"><c r="A1" t="inlineStr"><is><t>format</t></is></c></row>)")}});
}

/// A shared-strings part whose one string is `text`.
std::string one_string(const std::string& text) {
    return R"(<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>)" +
           text + "</t></si></sst>";
}

irm::xlsx::Workbook read_ok(std::string bytes) {
    auto workbook = irm::xlsx::read(std::move(bytes));
    INFO((workbook ? std::string() : workbook.error()));
    REQUIRE(workbook);
    return std::move(*workbook);
}

std::string read_error(std::string bytes, const irm::zip::Limits& limits = {}) {
    auto workbook = irm::xlsx::read(std::move(bytes), limits);
    CHECK_FALSE(workbook);
    return workbook ? std::string() : workbook.error();
}

}  // namespace

TEST_SUITE("workbook") {
    TEST_CASE("cell names go both ways") {
        CHECK(irm::xlsx::cell_name({13, 4}) == "E14");
        CHECK(irm::xlsx::cell_name({0, 26}) == "AA1");
        CHECK(irm::xlsx::column_name(16383) == "XFD");
        CHECK(irm::xlsx::parse_cell_name("$AA$1") == CellRef{0, 26});
        CHECK_FALSE(irm::xlsx::parse_cell_name("E0"));
        CHECK_FALSE(irm::xlsx::parse_cell_name("14E"));
        CHECK_FALSE(irm::xlsx::parse_cell_name("e14"));
        CHECK(irm::xlsx::quote_sheet("Answers") == "Answers");
        CHECK(irm::xlsx::quote_sheet("Technical assistance") == "'Technical assistance'");
        CHECK(irm::xlsx::quote_sheet("l'État") == "'l''État'");
    }

    TEST_CASE("serial numbers become calendar dates, the 1900 leap day excepted") {
        CHECK(irm::xlsx::serial_to_date(1) == "1900-01-01");
        CHECK_FALSE(irm::xlsx::serial_to_date(60));
        CHECK(irm::xlsx::serial_to_date(61) == "1900-03-01");
        CHECK(irm::xlsx::serial_to_date(37865.75) == "2003-09-01");
        CHECK(irm::xlsx::serial_to_date(0, true) == "1904-01-01");
        CHECK(irm::xlsx::date_to_serial(2003, 9, 1) == 37865);
        CHECK_FALSE(irm::xlsx::serial_to_date(-3));
    }

    TEST_CASE("numbers are written without exponents and without noise") {
        CHECK(irm::xlsx::format_number(12) == "12");
        CHECK(irm::xlsx::format_number(12.5) == "12.5");
        CHECK(irm::xlsx::format_number(0.1) == "0.1");
        CHECK(irm::xlsx::format_number(-0.25) == "-0.25");
        CHECK(irm::xlsx::format_number(0.000125) == "0.000125");
    }

    TEST_CASE("shared, rich and inline strings, numbers, booleans, errors and formulas are read") {
        const auto workbook = read_ok(book(
            R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>)"
            R"(<row r="3"><c r="A3"><v>2019</v></c><c r="B3" t="b"><v>1</v></c><c r="C3" t="e"><v>#DIV/0!</v></c>)"
            R"(<c r="D3" t="str"><f>A1</f><v>cached</v></c><c r="E3"><f>1/0</f></c><c r="F3" t="inlineStr"><is><t>inline</t></is></c></row>)"
            R"(<row><c><v>1.5</v></c><c s="1"><v>7</v></c></row>)"));
        REQUIRE(workbook.sheets.size() == 2);
        const irm::xlsx::Sheet& s = workbook.sheets[0];
        CHECK(s.name == "Answers");
        CHECK_FALSE(s.hidden);
        CHECK(workbook.sheets[1].hidden);
        CHECK(s.at({0, 0})->text() == "Oui, en partie");
        CHECK(s.at({0, 1})->text() == "rich text");
        CHECK(s.at({0, 2})->text() == "line\r\ntwo _x0041_");
        CHECK(s.at({2, 0})->kind == Value::Kind::Number);
        CHECK(s.at({2, 0})->number == 2019);
        CHECK(s.at({2, 1})->kind == Value::Kind::Boolean);
        CHECK(s.at({2, 2})->kind == Value::Kind::Error);
        CHECK(s.at({2, 2})->text() == "#DIV/0!");
        CHECK(s.at({2, 3})->formula);
        CHECK(s.at({2, 3})->text() == "cached");
        CHECK(s.at({2, 4})->formula);
        CHECK_FALSE(s.at({2, 4})->cached);
        CHECK(s.at({2, 5})->text() == "inline");
        // A row and cells without references follow the previous ones.
        CHECK(s.at({3, 0})->number == 1.5);
        CHECK(s.at({3, 1})->number == 7);
        CHECK_FALSE(s.at({3, 1})->date);  // "General" is not a date format
        CHECK(s.at({1, 0}) == nullptr);
    }

    TEST_CASE("a carriage return a cell holds is kept, alone, doubled or before a line feed") {
        const irm::xlsx::Workbook workbook =
            read_ok(book(R"(<row r="1"><c t="inlineStr"><is><t>mac_x000D_end_x000D__x000D_two</t></is></c>)"
                         R"(<c t="inlineStr"><is><t>ref&#13;end&#13;</t></is></c>)"
                         "<c t=\"inlineStr\"><is><t>written\r\nplain\rtoo</t></is></c>"
                         R"(<c t="str"><f>A1</f><v>mac_x000D_end</v></c></row>)"));
        const irm::xlsx::Sheet& s = workbook.sheets[0];
        CHECK(s.at({0, 0})->text() == "mac\rend\r\rtwo");
        CHECK(s.at({0, 1})->text() == "ref\rend\r");
        // Line ends written as such in the part are plain ones, as XML reads them.
        CHECK(s.at({0, 2})->text() == "written\nplain\ntoo");
        CHECK(s.at({0, 3})->text() == "mac\rend");
    }

    TEST_CASE("dates are recognised by their number format or their cell type") {
        const auto workbook =
            read_ok(book(R"(<row r="1"><c r="A1" s="2"><v>37865</v></c><c r="B1" s="3"><v>37865</v></c>)"
                         R"(<c r="C1" t="d"><v>2003-09-01T00:00:00</v></c></row>)",
                         true));
        const irm::xlsx::Sheet& s = workbook.sheets[0];
        CHECK(workbook.date1904);
        CHECK(s.at({0, 0})->date);
        CHECK(s.at({0, 1})->date);
        CHECK(s.at({0, 2})->date);
        CHECK(s.at({0, 2})->text() == "2003-09-01T00:00:00");
    }

    TEST_CASE("what is not a workbook is refused with a reason") {
        CHECK(read_error("not a zip at all") == "not a zip archive");
        CHECK(read_error(make_zip({{"hello.txt", "hi"}})).find("no workbook part") != std::string::npos);
        std::string damaged = book("");
        damaged.resize(damaged.size() / 2);
        CHECK_FALSE(read_error(damaged).empty());
        std::string bad_xml = make_zip({{"xl/workbook.xml", "<workbook><sheets>"}});
        CHECK(read_error(bad_xml).find("is damaged") != std::string::npos);
    }

    TEST_CASE("a cell or row that cannot be read is left out and named where the file puts it") {
        const irm::xlsx::Workbook workbook = read_ok(book(
            R"(<row r="1"><c r="A1" t="s"><v>99</v></c><c r="B1"><v>12abc</v></c><c r="C1"><v>7</v></c></row>)"
            R"(<row r="2"><c r="A99999999999" t="inlineStr"><is><t>lost</t></is></c><c r="XFE2"><v>1</v></c>)"
            R"(<c r="D2" t="s"><v>18446744073709551617</v></c><c r="E2" t="s"><v>-1</v></c></row>)"
            R"(<row r="-2147483648"><c><v>1</v></c></row><row r="99999999999"><c><v>1</v></c></row>)"
            R"(<row r="3"><c t="inlineStr"><is><t>kept</t></is></c></row>)"));
        std::vector<std::string> places;
        for (const irm::xlsx::Problem& problem : workbook.problems)
            places.push_back(problem.place);
        CHECK(places == std::vector<std::string>{"Answers!A1", "Answers!B1", "Answers!A99999999999",
                                                 "Answers!XFE2", "Answers!D2", "Answers!E2",
                                                 "Answers!-2147483648:-2147483648",
                                                 "Answers!99999999999:99999999999"});
        REQUIRE(workbook.problems.size() == 8);
        CHECK(workbook.problems[0].message.find("shared string \u201c99\u201d") != std::string::npos);
        CHECK(workbook.problems[1].message.find("not one: \u201c12abc\u201d") != std::string::npos);
        CHECK(workbook.problems[2].message.find("rows 1 to 1048576") != std::string::npos);
        CHECK(workbook.problems[6].message.find("outside a sheet") != std::string::npos);
        const irm::xlsx::Sheet& s = workbook.sheets[0];
        CHECK(s.cells.size() == 2);
        CHECK(s.at({0, 2})->number == 7);
        REQUIRE(s.at({2, 0}) != nullptr);
        CHECK(s.at({2, 0})->text() == "kept");
    }

    TEST_CASE("what the reader says is worded in the language asked for") {
        const std::string rows =
            R"(<row r="1"><c r="A1" t="s"><v>99</v></c><c r="B1"><v>12abc</v></c></row>)";
        auto workbook = irm::xlsx::read(book(rows), {}, "fr");
        REQUIRE(workbook.ok());
        REQUIRE(workbook->problems.size() == 2);
        CHECK(workbook->problems[0].message ==
              "cette cellule affiche la chaîne partagée «\u00A099\u00A0», que le classeur n'a pas\u00A0; la "
              "cellule est laissée de côté");
        CHECK(workbook->problems[1].message.find("n'en est pas un\u00A0: «\u00A012abc\u00A0»") !=
              std::string::npos);
        const auto refused = irm::xlsx::read(make_zip({{"hello.txt", "hi"}}), {}, "fr");
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error() == "le fichier n'est pas un classeur .xlsx\u00A0: il n'a pas de partie classeur");
    }

    TEST_CASE("a workbook with more cells that cannot be read than a damaged one has is refused") {
        std::string rows = R"(<row r="1">)";
        for (int i = 0; i <= 100; ++i)
            rows += R"(<c r="A0"><v>1</v></c>)";
        rows += "</row>";
        CHECK(read_error(book(rows)).find("more than 100 cells or rows") != std::string::npos);
    }

    TEST_CASE("a shared string shown by many cells is held once, and the text of all cells is capped") {
        std::string rows = R"(<row r="1">)";
        for (int i = 0; i < 50; ++i)
            rows += R"(<c t="s"><v>0</v></c>)";
        rows += "</row>";
        const irm::xlsx::Workbook workbook =
            read_ok(book(rows, false, one_string(std::string(1 << 20, 'x'))));
        const irm::xlsx::Sheet& s = workbook.sheets[0];
        REQUIRE(s.cells.size() == 50);
        CHECK(s.at({0, 0})->text().size() == 1u << 20);
        CHECK(&s.at({0, 0})->text() == &s.at({0, 49})->text());

        // 70 cells showing one mebibyte: more text than any response irm reads, in a workbook of kilobytes.
        for (int i = 50; i < 70; ++i)
            rows.insert(rows.size() - 6, R"(<c t="s"><v>0</v></c>)");
        const std::string small = book(rows, false, one_string(std::string(1 << 20, 'x')));
        CHECK(small.size() < 20'000);
        CHECK(read_error(small).find("more than 64 MiB of text in all") != std::string::npos);
    }

    TEST_CASE("parts with more elements than any workbook irm reads are refused before they are parsed") {
        std::string rows;
        for (int i = 0; i < 1000; ++i) {
            rows += "<row>";
            for (int j = 0; j < 1000; ++j)
                rows += "<c/>";
            rows += "</row>";
        }
        CHECK(read_error(book(rows)).find("more than 1000000 XML elements in all") != std::string::npos);
    }

    TEST_CASE("a dimension or merged range over the whole sheet costs the cells present only") {
        const std::string whole =
            R"(<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/)"
            R"(spreadsheetml/2006/main"><dimension ref="A1:XFD1048576"/><sheetData>)"
            R"(<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>)"
            R"(<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells></worksheet>)";
        const std::string bytes = make_zip({{"_rels/.rels", package_rels},
                                            {"xl/workbook.xml", workbook_xml()},
                                            {"xl/_rels/workbook.xml.rels", workbook_rels},
                                            {"xl/sharedStrings.xml", shared_strings},
                                            {"xl/styles.xml", styles},
                                            {"xl/worksheets/sheet1.xml", whole},
                                            {"xl/worksheets/sheet2.xml", sheet("")}});
        const irm::xlsx::Workbook workbook = read_ok(bytes);
        CHECK(workbook.problems.empty());
        REQUIRE(workbook.sheets[0].cells.size() == 1);
        CHECK(workbook.sheets[0].at({1'048'575, 16'383})->number == 1);
    }

    TEST_CASE("zip bombs and archives with too many entries are refused") {
        irm::zip::Limits small;
        small.max_entry_bytes = 1024 * 1024;
        const std::string zeros(8 * 1024 * 1024, '0');  // compresses to a few kilobytes
        const std::string bomb = make_zip({{"_rels/.rels", package_rels}, {"xl/workbook.xml", zeros}});
        CHECK(bomb.size() < 100 * 1024);
        CHECK(read_error(bomb, small).find("zip bomb") != std::string::npos);
        CHECK(read_error(bomb, small).find("more than 1 MiB, the most one member may hold") != std::string::npos);

        // Within the limit of one member, beyond the limit of all together: the message names the total.
        irm::zip::Limits small_total;
        small_total.max_total_bytes = 1024 * 1024;
        const std::string total = read_error(bomb, small_total);
        CHECK(total.find("more than 1 MiB together, the most an archive may hold") != std::string::npos);
        CHECK(total.find("one member") == std::string::npos);

        irm::zip::Limits few;
        few.max_entries = 3;
        CHECK(read_error(book(""), few).find("entries") != std::string::npos);
    }

}  // TEST_SUITE
