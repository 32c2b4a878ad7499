// Reading back a workbook irm wrote, altered here part by part as a hostile or
// damaged file would be: the map of cells, and cells outside any sheet.
#include <irm/catalogue.hpp>
#include <irm/files.hpp>
#include <irm/template.hpp>
#include <irm/workbook_import.hpp>
#include <irm/zip.hpp>

#include <doctest/doctest.h>

#include "fixtures.hpp"
#include "zip_fixtures.hpp"

#include <chrono>
#include <functional>
#include <map>
#include <regex>
#include <string>
#include <utility>
#include <vector>

using irm::test::contains;
using irm::test::shipped;

namespace {

/// The workbook `irm template untoc-c1 --version 2020.1 --lang LANGUAGE` writes, as bytes.
std::string template_bytes(const std::string& language = "en") {
    static std::map<std::string, std::string> made;
    auto found = made.find(language);
    if (found == made.end()) {
        const irm::test::TemporaryDirectory directory;
        const irm::Questionnaire* q = shipped().find("untoc-c1", "2020.1");
        REQUIRE(q != nullptr);
        irm::TemplateOptions options;
        options.language = language;
        std::vector<std::string> not_carried;
        const std::string path = directory / "template.xlsx";
        REQUIRE(irm::write_workbook_template(path, *q, options, not_carried).ok());
        auto read = irm::files::read(path);
        REQUIRE(read.ok());
        found = made.emplace(language, std::move(*read)).first;
    }
    return found->second;
}

/// The template with each member passed through `edit` (name, bytes), zipped again.
std::string altered(const std::function<void(const std::string&, std::string&)>& edit,
                    const std::string& language = "en") {
    return irm::test::rezipped(template_bytes(language), edit);
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

/// The cell, without its sheet, that holds a question's answer in the template of a language.
std::string answer_cell(const std::string& question, const std::string& language = "en") {
    const irm::ImportedWorkbook plain =
        irm::import_workbook(template_bytes(language), "book.xlsx", shipped());
    const auto found = plain.question_cells.find(question);
    REQUIRE(found != plain.question_cells.end());
    return found->second.substr(found->second.find('!') + 1);
}

/// The template of a language with `text` typed in the (empty) answer cell of a question of the
/// Answers sheet.
std::string with_answer(const std::string& question, const std::string& text,
                        const std::string& language = "en") {
    const std::string cell = answer_cell(question, language);
    return altered(
        [&](const std::string& name, std::string& bytes) {
            if (name != "xl/worksheets/sheet2.xml") return;
            const std::regex empty_cell("<c r=\"" + cell + "\"[^>]*/>");
            REQUIRE(std::regex_search(bytes, empty_cell));
            bytes = std::regex_replace(
                bytes, empty_cell, "<c r=\"" + cell + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>",
                std::regex_constants::format_first_only);
        },
        language);
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
        CHECK(contains(d->message, "\u201cAnswers!E99999999999\u201d, which is not a place in a workbook"));
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
        const irm::ImportedWorkbook imported = irm::import_workbook(
            with_answer("q2_a_gap", "Half of a pair &#xD800; then more &#xDFFF;, and the rest."), "book.xlsx",
            shipped());
        REQUIRE_FALSE(imported.failed());
        const irm::Diagnostic* d = finding(imported, "IRM060");
        REQUIRE(d != nullptr);
        CHECK(d->severity == irm::Severity::Warning);
        CHECK(d->cell == "Answers!" + answer_cell("q2_a_gap"));
        CHECK(d->question == "q2_a_gap");
        // The response holds the text with one replacement character for each, and reads back clean.
        CHECK(contains(imported.yaml, "Half of a pair \xEF\xBF\xBD then more \xEF\xBF\xBD, and the rest."));
        const irm::Response back = irm::check_response(imported.yaml, "back.yaml", shipped());
        // The template names no State, which the response must, and 2(a) is not answered, so its gap
        // does not apply: the text itself reads back with no finding of its own.
        INFO(irm::test::listing(back));
        CHECK(irm::test::codes(back) == std::vector<std::string>{"IRM002", "IRM015"});
    }

    TEST_CASE("findings speak the workbook's own language, unless another is asked for") {
        const std::string book = with_answer("q2_a", "Peut-être", "fr");
        const irm::ImportedWorkbook french = irm::import_workbook(book, "livre.xlsx", shipped());
        const irm::Diagnostic* d = finding(french, "IRM053");
        REQUIRE(d != nullptr);
        // The question in words and its id, the cell and its sheet, the labels to pick, never the values.
        INFO(d->message);
        CHECK(d->message.rfind("article 2 a) \u2014 ", 0) == 0);
        CHECK(contains(d->message, "[q2_a], cellule " + answer_cell("q2_a", "fr") +
                                       " de la feuille «\u00A0Réponses\u00A0»\u00A0: «\u00A0Peut-être\u00A0» "
                                       "n'est pas une des réponses de la liste"));
        CHECK(contains(d->message,
                       "choisissez «\u00A0Oui\u00A0», «\u00A0Oui, en partie\u00A0» ou «\u00A0Non\u00A0»"));
        CHECK_FALSE(contains(d->message, "yes_in_part"));

        irm::WorkbookImportOptions english;
        english.wording.asked = "en";
        const irm::ImportedWorkbook in_english = irm::import_workbook(book, "livre.xlsx", shipped(), english);
        const irm::Diagnostic* asked = finding(in_english, "IRM053");
        REQUIRE(asked != nullptr);
        CHECK(contains(asked->message,
                       "\u201cPeut-\u00EAtre\u201d is not one of the answers of the list; pick "
                       "\u201cOui\u201d, \u201cOui, en partie\u201d or \u201cNon\u201d"));
        // Codes and places stay as they are.
        CHECK(asked->code == d->code);
        CHECK(asked->cell == d->cell);

        // Before the map is read, the language to fall back on.
        irm::WorkbookImportOptions fallback;
        fallback.wording.fallback = "fr";
        const irm::ImportedWorkbook broken =
            irm::import_workbook("not a workbook", "x.xlsx", shipped(), fallback);
        REQUIRE(finding(broken, "IRM051") != nullptr);
        CHECK(finding(broken, "IRM051")->message.rfind("impossible de lire le classeur\u00A0: ", 0) == 0);
    }

    TEST_CASE("a label near one of the list's is suggested") {
        const irm::ImportedWorkbook imported =
            irm::import_workbook(with_answer("q2_a", "Yes in prat"), "book.xlsx", shipped());
        const irm::Diagnostic* d = finding(imported, "IRM053");
        REQUIRE(d != nullptr);
        CHECK(contains(d->message, "(did you mean \u201cYes, in part\u201d?)"));
    }

    TEST_CASE("the response's first comment names the file to check") {
        CHECK(irm::import_workbook(template_bytes(), "dir/book.xlsx", shipped())
                  .yaml.rfind("# Imported by irm from book.xlsx; check it with: irm validate book.xlsx\n",
                              0) == 0);
        irm::WorkbookImportOptions options;
        options.output = "out/freedonia.yaml";
        CHECK(irm::import_workbook(template_bytes(), "book.xlsx", shipped(), options)
                  .yaml.rfind(
                      "# Imported by irm from book.xlsx; check it with: irm validate freedonia.yaml\n", 0) ==
              0);
        // In the language of the response, as a template's comments are.
        CHECK(
            irm::import_workbook(template_bytes("fr"), "livre.xlsx", shipped(), options)
                .yaml.rfind("# Importé par irm depuis livre.xlsx\u00A0; vérifiez-le avec\u00A0: irm validate "
                            "freedonia.yaml\n",
                            0) == 0);
    }

    TEST_CASE("every code of workbook import has its summary in every language") {
        for (const char* code : {"IRM050", "IRM051", "IRM052", "IRM053", "IRM054"}) {
            const auto key = irm::find_key(std::string("finding.") + code);
            REQUIRE_MESSAGE(key.has_value(), code);
            for (const std::string& language : irm::catalogue_languages()) {
                INFO(code, " in ", language);
                CHECK_FALSE(irm::pattern(*key, language).empty());
            }
        }
    }
}
