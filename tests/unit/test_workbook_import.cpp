// Reading back a workbook irm wrote, altered here part by part as a hostile or
// damaged file would be: the map of cells, and cells outside any sheet.
#include <irm/files.hpp>
#include <irm/template.hpp>
#include <irm/workbook_import.hpp>
#include <irm/zip.hpp>

#include <doctest/doctest.h>
#include <zip.h>

#include "fixtures.hpp"

#include <chrono>
#include <functional>
#include <regex>
#include <string>
#include <utility>
#include <vector>

using irm::test::contains;
using irm::test::shipped;

namespace {

/// The workbook `irm template untoc-c1 --lang en` writes, as bytes.
std::string template_bytes() {
    static const std::string bytes = [] {
        const irm::test::TemporaryDirectory directory;
        const irm::Questionnaire* q = shipped().find("untoc-c1", "2020.1");
        REQUIRE(q != nullptr);
        irm::TemplateOptions options;
        options.language = "en";
        std::vector<std::string> not_carried;
        const std::string path = directory / "template.xlsx";
        REQUIRE(irm::write_workbook_template(path, *q, options, not_carried).ok());
        auto read = irm::files::read(path);
        REQUIRE(read.ok());
        return std::move(*read);
    }();
    return bytes;
}

/// The template with each member passed through `edit` (name, bytes), zipped again.
std::string altered(const std::function<void(const std::string&, std::string&)>& edit) {
    auto archive = irm::zip::Archive::open(template_bytes());
    REQUIRE(archive.ok());
    std::vector<std::pair<std::string, std::string>> members;
    for (const std::string& name : (*archive)->names()) {
        auto bytes = (*archive)->read(name);
        REQUIRE(bytes.ok());
        edit(name, *bytes);
        members.emplace_back(name, std::move(*bytes));
    }
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(nullptr, 0, 0, &error);
    REQUIRE(source);
    zip_t* out = zip_open_from_source(source, ZIP_TRUNCATE, &error);
    REQUIRE(out);
    zip_source_keep(source);
    for (const auto& [name, bytes] : members) {
        zip_source_t* member = zip_source_buffer(out, bytes.data(), bytes.size(), 0);
        REQUIRE(zip_file_add(out, name.c_str(), member, ZIP_FL_OVERWRITE) >= 0);
    }
    REQUIRE(zip_close(out) == 0);
    REQUIRE(zip_source_open(source) == 0);
    zip_stat_t stat;
    zip_source_stat(source, &stat);
    std::string bytes(static_cast<std::size_t>(stat.size), '\0');
    REQUIRE(zip_source_read(source, bytes.data(), stat.size) == static_cast<zip_int64_t>(stat.size));
    zip_source_close(source);
    zip_source_free(source);
    return bytes;
}

/// Replaces every `from` in one member.
std::function<void(const std::string&, std::string&)> replace(const std::string& member,
                                                              const std::string& from,
                                                              const std::string& to) {
    return [=](const std::string& name, std::string& bytes) {
        if (name != member) return;
        const std::size_t found = bytes.find(from);
        REQUIRE(found != std::string::npos);
        for (std::size_t at = found; at != std::string::npos; at = bytes.find(from, at + to.size()))
            bytes.replace(at, from.size(), to);
    };
}

const irm::Diagnostic* finding(const irm::ImportedWorkbook& imported, const std::string& code) {
    for (const irm::Diagnostic& d : imported.findings)
        if (d.code == code) return &d;
    return nullptr;
}

}  // namespace

TEST_SUITE("workbook import") {
    TEST_CASE("the template as written reads back") {
        const irm::ImportedWorkbook imported = irm::import_workbook(template_bytes(), "book.xlsx", shipped());
        CHECK_FALSE(imported.failed());
        CHECK(imported.findings.empty());
    }

    TEST_CASE("a map that gives the citations every column of the sheet is refused, not walked") {
        // 'Legislation'!A2:XFD1048576 spans seventeen billion cells: visiting them took a minute.
        const auto start = std::chrono::steady_clock::now();
        const irm::ImportedWorkbook imported = irm::import_workbook(
            altered(replace("xl/sharedStrings.xml", "Legislation!A2:F301", "Legislation!A2:XFD1048576")),
            "book.xlsx", shipped());
        CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(5));
        REQUIRE(imported.failed());
        const irm::Diagnostic* d = finding(imported, "IRM050");
        REQUIRE(d != nullptr);
        CHECK(contains(d->message, "takes 6 columns"));
        CHECK(d->cell.rfind("irm!C", 0) == 0);
    }

    TEST_CASE("citations are read from the rows present, however far down the map says they go") {
        const auto start = std::chrono::steady_clock::now();
        const irm::ImportedWorkbook imported = irm::import_workbook(
            altered(replace("xl/sharedStrings.xml", "Legislation!A2:F301", "Legislation!A2:F1048576")),
            "book.xlsx", shipped());
        CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(5));
        CHECK_FALSE(imported.failed());
    }

    TEST_CASE("a place in the map that is no cell is refused as an altered map, whatever its digits") {
        const irm::ImportedWorkbook imported = irm::import_workbook(
            altered(replace("xl/sharedStrings.xml", "Answers!E3<", "Answers!E99999999999<")), "book.xlsx",
            shipped());
        REQUIRE(imported.failed());
        const irm::Diagnostic* d = finding(imported, "IRM050");
        REQUIRE(d != nullptr);
        CHECK(contains(d->message, "'Answers!E99999999999', which is not a place in a workbook"));
    }

    TEST_CASE("a cell or row outside any sheet is a finding at the place the file gives it") {
        const irm::ImportedWorkbook imported = irm::import_workbook(
            altered(replace("xl/worksheets/sheet2.xml", "</sheetData>",
                            R"(<row r="-2147483648"><c><v>1</v></c></row>)"
                            R"(<row r="9000"><c r="A99999999999" t="inlineStr"><is><t>x</t></is></c></row>)"
                            "</sheetData>")),
            "book.xlsx", shipped());
        REQUIRE(imported.failed());
        std::vector<std::string> cells;
        for (const irm::Diagnostic& d : imported.findings)
            if (d.code == "IRM051") cells.push_back(d.cell);
        CHECK(cells == std::vector<std::string>{"Answers!-2147483648:-2147483648", "Answers!A99999999999"});
        CHECK(imported.yaml.empty());
    }

    TEST_CASE("a character no text can carry comes back as one U+FFFD, with a warning at its cell") {
        // The gap explanation of article 2(a), a text answer: its cell, as the map of the template gives it.
        const irm::ImportedWorkbook plain = irm::import_workbook(template_bytes(), "book.xlsx", shipped());
        const auto found = plain.question_cells.find("q2_a_gap");
        REQUIRE(found != plain.question_cells.end());
        const std::string cell = found->second.substr(found->second.find('!') + 1);
        const std::string text = "Half of a pair &#xD800; then more &#xDFFF;, and the rest.";
        const irm::ImportedWorkbook imported = irm::import_workbook(
            altered([&](const std::string& name, std::string& bytes) {
                if (name != "xl/worksheets/sheet2.xml") return;
                const std::regex empty_cell("<c r=\"" + cell + "\"[^>]*/>");
                REQUIRE(std::regex_search(bytes, empty_cell));
                bytes = std::regex_replace(
                    bytes, empty_cell,
                    "<c r=\"" + cell + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>",
                    std::regex_constants::format_first_only);
            }),
            "book.xlsx", shipped());
        REQUIRE_FALSE(imported.failed());
        const irm::Diagnostic* d = finding(imported, "IRM060");
        REQUIRE(d != nullptr);
        CHECK(d->severity == irm::Severity::Warning);
        CHECK(d->cell == found->second);
        CHECK(d->question == "q2_a_gap");
        // The response holds the text with one replacement character for each, and reads back clean.
        CHECK(contains(imported.yaml, "Half of a pair \xEF\xBF\xBD then more \xEF\xBF\xBD, and the rest."));
        const irm::Response back = irm::check_response(imported.yaml, "back.yaml", shipped());
        // The template names no State, which the response must, and 2(a) is not answered, so its gap
        // does not apply: the text itself reads back with no finding of its own.
        INFO(irm::test::listing(back));
        CHECK(irm::test::codes(back) == std::vector<std::string>{"IRM002", "IRM015"});
    }
}
