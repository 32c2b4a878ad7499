#include <irm/export.hpp>
#include <irm/text.hpp>
#include <irm/workbook.hpp>

#include <doctest/doctest.h>
#include <pugixml.hpp>

#include "fixtures.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include <unistd.h>

using irm::AnswerShape;
using irm::Export;
using irm::ExportFormat;
using irm::Response;
using irm::Submission;
using irm::test::shipped;
using irm::test::written;

namespace {

/// A draft response of a State to a shipped questionnaire, in English, with these answers.
Response response(const std::string& answers, const std::string& questionnaire = "untoc-c1",
                  const std::string& state = "Freedonia") {
    return irm::test::shipped_response(answers, {questionnaire, "2020.1", state}, state + ".yaml");
}

const irm::ExportedAnswer& answer(const Submission& s, const std::string& id) {
    for (const auto& a : s.answers)
        if (a.question->id == id) return a;
    FAIL("no answer to ", id);
    return s.answers.front();
}

/// The bytes of a workbook export, written to a temporary file and read back.
std::string workbook_bytes(Export& exporter) {
    const irm::test::TemporaryDirectory directory;
    const std::string path = directory / "export.xlsx";
    REQUIRE(exporter.write(path).ok());
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

/// The cells of a column of a sheet, top to bottom, as text.
std::vector<const irm::xlsx::Value*> column(const irm::xlsx::Sheet& sheet, int col) {
    std::vector<const irm::xlsx::Value*> out;
    for (const auto& [ref, value] : sheet.cells)
        if (ref.column == col) out.push_back(&value);
    return out;
}

const std::string arabic = "قضت المحكمة بإدانة أحد عشر عضواً";
const std::string chinese = "最高法院确认了定罪。";

}  // namespace

TEST_SUITE("export") {
    TEST_CASE("each answer is typed by the shape of its question") {
        const Response r = response(
            "  q2_a: yes_in_part\n"
            "  q2_a_law:\n    - {title: Penal Code, provision: art. 3, year: 2001}\n"
            "  q2_b_threshold: 4\n"
            "  q2_main_law_date: 2003-09-01\n"
            "  q9_measures: [training, code_of_conduct]\n"
            "  q5_examples: \"" +
            arabic +
            "\"\n"
            "  q5_ta_needed: \"yes\"\n"
            "  q5_ta:\n    - {category: data_collection, description: Case statistics, priority: low}\n"
            "  q5_stats:\n    - {year: 2021, investigations: 4}\n");
        REQUIRE(r.questionnaire != nullptr);
        const Submission s = irm::extract_submission(r, "fr");
        CHECK(s.state == "Freedonia");
        CHECK(s.errors == 0);

        const auto& choice = answer(s, "q2_a");
        CHECK(choice.shape == AnswerShape::Choice);
        CHECK(choice.choices.at(0).value == "yes_in_part");
        CHECK(choice.choices.at(0).label == "Oui, en partie");

        const auto& selected = answer(s, "q9_measures");
        CHECK(selected.shape == AnswerShape::Selected);
        REQUIRE(selected.choices.size() == 2);
        CHECK(selected.choices[0].value == "training");  // in the order written

        CHECK(answer(s, "q2_a_law").shape == AnswerShape::Legislation);
        CHECK(answer(s, "q2_a_law").citations.at(0).year == "2001");
        CHECK(answer(s, "q2_b_threshold").shape == AnswerShape::Integer);
        CHECK(answer(s, "q2_b_threshold").text == "4");
        CHECK(answer(s, "q2_main_law_date").shape == AnswerShape::Date);
        CHECK(answer(s, "q5_examples").text == arabic);
        CHECK(answer(s, "q5_ta").needs.at(0).category == "data_collection");

        const auto& table = answer(s, "q5_stats");
        CHECK(table.shape == AnswerShape::Table);
        REQUIRE(table.rows.size() == 1);
        // Only the cells given, by column id.
        CHECK(table.rows[0] ==
              std::vector<std::pair<std::string, std::string>>{{"year", "2021"}, {"investigations", "4"}});
    }

    TEST_CASE("an answer of the wrong shape is carried as written, and flagged by the response's errors") {
        const Response r = response("  q2_a: [\"yes\", \"no\"]\n  q2_main_law_date: 2019-02-30\n");
        const Submission s = irm::extract_submission(r, "en");
        CHECK(s.errors == 2);
        CHECK(answer(s, "q2_a").shape == AnswerShape::Unreadable);
        CHECK(answer(s, "q2_a").text == "[yes, no]");  // scalars are text: yes and "yes" are the same answer
        CHECK(answer(s, "q2_main_law_date").shape == AnswerShape::Unreadable);
        CHECK(answer(s, "q2_main_law_date").text == "2019-02-30");
    }

    TEST_CASE("an answer to a question that does not apply is kept and marked") {
        const Response r = response("  q2_a: \"no\"\n  q2_a_law:\n    - {title: Penal Code}\n");
        const Submission s = irm::extract_submission(r, "en");
        CHECK_FALSE(answer(s, "q2_a_law").applicable);
        CHECK(answer(s, "q2_a").applicable);
        CHECK(s.warnings == 1);
    }

    TEST_CASE("texts fall back to the questionnaire's first language") {
        const irm::Questionnaire* q = shipped().find("untoc-c1", "2020.1");
        REQUIRE(q != nullptr);
        CHECK(irm::export_language(*q, "fr") == "fr");
        CHECK(irm::export_language(*q, "ar") == "en");
        CHECK(irm::export_language(*q, "") == "en");
    }

    TEST_CASE("the XML export escapes markup and keeps Arabic and Chinese text byte for byte") {
        Export exporter({ExportFormat::Xml, "ar"});
        CHECK(exporter.add(response("  q5_examples: \"<b>staff</b> & \\\"time\\\"\"\n  q6_examples: \"" +
                                        chinese + "\"\n  q8_examples: \"" + arabic + "\"\n",
                                    "untoc-c1", "R&D <State>")));
        const std::string xml = written(exporter);
        CHECK(xml.find("state=\"R&amp;D &lt;State&gt;\"") != std::string::npos);
        CHECK(xml.find("<text>&lt;b&gt;staff&lt;/b&gt; &amp; \"time\"</text>") != std::string::npos);
        CHECK(xml.find("<text>" + chinese + "</text>") != std::string::npos);
        CHECK(xml.find("<text>" + arabic + "</text>") != std::string::npos);
        // No Arabic texts in the questionnaire: its source language, with a note saying so.
        CHECK(xml.find("label-language=\"en\"") != std::string::npos);
        REQUIRE(exporter.notes().size() == 1);
        CHECK(exporter.notes()[0].find("no texts in 'ar'") != std::string::npos);
    }

    TEST_CASE("characters XML cannot carry are replaced, with a note") {
        Export exporter({ExportFormat::Xml, ""});
        CHECK(exporter.add(response("  q5_examples: \"bell\\a here\"\n")));
        const std::string xml = written(exporter);
        CHECK(xml.find("<text>bell\xEF\xBF\xBD here</text>") != std::string::npos);
        CHECK(exporter.notes().size() == 1);
    }

    TEST_CASE("bytes that are not UTF-8 become U+FFFD in the XML and JSON exports, which stay well-formed") {
        // A file name comes from the command line, in whatever encoding the system has.
        const Response r = irm::test::shipped_response("  q2_a: \"yes\"\n", {}, "caf\xE9.yaml");
        Export xml({ExportFormat::Xml, ""});
        CHECK(xml.add(r));
        const std::string xml_text = written(xml);
        pugi::xml_document parsed;
        CHECK(parsed.load_string(xml_text.c_str()));
        CHECK_FALSE(irm::text::first_invalid_utf8(xml_text));
        CHECK(xml_text.find("file=\"caf\xEF\xBF\xBD.yaml\"") != std::string::npos);
        CHECK(xml.notes().size() == 1);
        Export json({ExportFormat::Json, ""});
        CHECK(json.add(r));
        const std::string json_text = written(json);
        CHECK_FALSE(irm::text::first_invalid_utf8(json_text));
        CHECK(json_text.find("\"file\": \"caf\xEF\xBF\xBD.yaml\"") != std::string::npos);
        REQUIRE(json.notes().size() == 1);
        CHECK(json.notes()[0].find("U+FFFD") != std::string::npos);
    }

    TEST_CASE("the JSON export carries control characters escaped, and the XML export as U+FFFD") {
        const Response r = response("  q5_examples: \"nul\\0 bell\\a \\x85 end\"\n");
        CHECK(irm::test::codes(r) == std::vector<std::string>{"IRM060"});  // a warning: exported all the same
        Export json({ExportFormat::Json, ""});
        CHECK(json.add(r));
        const std::string text = written(json);
        // JSON escapes every control character, the C1 ones (NEL) too.
        CHECK(text.find("\"text\": \"nul\\u0000 bell\\u0007 \\u0085 end\"") != std::string::npos);
        CHECK(json.notes().empty());
        Export xml({ExportFormat::Xml, ""});
        CHECK(xml.add(r));
        CHECK(written(xml).find("<text>nul\xEF\xBF\xBD bell\xEF\xBF\xBD \xC2\x85 end</text>") !=
              std::string::npos);
    }

    TEST_CASE("a whole number larger than a double holds keeps every digit in every export") {
        const std::string big = "1" + std::string(400, '0');
        const std::string long_one = "12345678901234567891";  // fits no double exactly
        const Response r = response("  q5_stats:\n    - {year: 2020, investigations: " + big +
                                    ", prosecutions: +0007}\n  q2_b_threshold: " + long_one + "\n");
        // Only the threshold's maximum (30) speaks of its size; the statistics have none. What a double
        // cannot hold is said, once per number, and exported all the same.
        INFO(irm::test::listing(r));
        CHECK(r.count(irm::Severity::Error) == 1);
        const auto codes = irm::test::codes(r);
        CHECK(std::count(codes.begin(), codes.end(), "IRM061") == 2);

        Export json({ExportFormat::Json, ""});
        CHECK(json.add(r));
        const std::string json_text = written(json);
        CHECK(json_text.find("\"integer\": " + long_one) != std::string::npos);
        CHECK(json_text.find("\"investigations\": " + big) != std::string::npos);
        CHECK(json_text.find("\"prosecutions\": 7") != std::string::npos);
        CHECK(json_text.find("null") == std::string::npos);

        Export xml({ExportFormat::Xml, ""});
        CHECK(xml.add(r));
        const std::string xml_text = written(xml);
        CHECK(xml_text.find("<integer>" + long_one + "</integer>") != std::string::npos);
        CHECK(xml_text.find("<cell column=\"investigations\">" + big + "</cell>") != std::string::npos);

        // A workbook's number cell keeps 15 digits: the others are text cells, every digit as written.
        Export workbook({ExportFormat::Xlsx, ""});
        CHECK(workbook.add(r));
        const auto book = irm::xlsx::read(workbook_bytes(workbook));
        REQUIRE(book);
        const irm::xlsx::Sheet* data = book->find("Data");
        REQUIRE(data != nullptr);
        bool found = false;
        for (const irm::xlsx::Value* value : column(*data, 7))
            if (value->text() == long_one) found = value->kind == irm::xlsx::Value::Kind::Text;
        CHECK(found);
        const irm::xlsx::Sheet* tables = book->find("Tables");
        REQUIRE(tables != nullptr);
        bool big_found = false, small_number = false;
        for (const auto& [ref, value] : tables->cells) {
            if (value.text() == big) big_found = value.kind == irm::xlsx::Value::Kind::Text;
            if (value.kind == irm::xlsx::Value::Kind::Number && value.number == 7) small_number = true;
        }
        CHECK(big_found);
        CHECK(small_number);
        bool noted = false;
        for (const std::string& note : workbook.notes())
            noted = noted || note.find("15 significant digits") != std::string::npos;
        CHECK(noted);
    }

    TEST_CASE("a workbook export replaces what XML cannot carry and keeps a literal _xHHHH_ as written") {
        const Response r =
            response("  q5_examples: \"a\\x01b _x0041_ \\uFFFF c\"\n", "untoc-c1", "\"Free\\x02donia\"");
        Export exporter({ExportFormat::Xlsx, ""});
        CHECK(exporter.add(r));
        const std::string bytes = workbook_bytes(exporter);
        const auto book = irm::xlsx::read(bytes);  // every part well-formed, or the reader says so
        INFO((book ? std::string() : book.error()));
        REQUIRE(book);
        const irm::xlsx::Sheet* data = book->find("Data");
        REQUIRE(data != nullptr);
        bool found = false;
        for (const irm::xlsx::Value* value : column(*data, 7))
            found = found || value->text() ==
                                 "a\xEF\xBF\xBD"
                                 "b _x0041_ \xEF\xBF\xBD c";
        CHECK(found);
        bool state = false;
        for (const irm::xlsx::Value* value : column(*data, 0))
            state = state || value->text() ==
                                 "Free\xEF\xBF\xBD"
                                 "donia";
        CHECK(state);
        bool noted = false;
        for (const std::string& note : exporter.notes())
            noted = noted || note.find("U+FFFD") != std::string::npos;
        CHECK(noted);
    }

    TEST_CASE("responses to different questionnaires are grouped, not merged") {
        Export exporter({ExportFormat::Json, ""});
        CHECK(exporter.add(response("  q2_a: \"yes\"\n", "untoc-c1", "Ruritania")));
        CHECK(exporter.add(response("  q3_a: \"yes\"\n", "som-c1", "Freedonia")));
        CHECK(exporter.add(response("  q2_a: \"no\"\n", "untoc-c1", "Freedonia")));
        CHECK(exporter.size() == 3);
        const std::string json = written(exporter);
        const auto som = json.find("\"id\": \"som-c1\"");
        const auto untoc = json.find("\"id\": \"untoc-c1\"");
        REQUIRE(som != std::string::npos);
        REQUIRE(untoc != std::string::npos);
        CHECK(som < untoc);  // groups in order of id and version
        // Both untoc-c1 responses sit in the one untoc-c1 group, in the order added.
        const auto ruritania = json.find("\"state\": \"Ruritania\"");
        const auto freedonia = json.rfind("\"state\": \"Freedonia\"");
        CHECK(untoc < ruritania);
        CHECK(ruritania < freedonia);
        CHECK(json.find("\"responses\": 3") != std::string::npos);
    }

    TEST_CASE("an empty export is still one whole document") {
        Export json({ExportFormat::Json, ""});
        CHECK(written(json) ==
              "{\n  \"format\": \"irm-export/1\",\n  \"responses\": 0,\n  \"questionnaires\": []\n}\n");
        Export xml({ExportFormat::Xml, ""});
        CHECK(written(xml) ==
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<irm-export format=\"irm-export/1\" "
              "responses=\"0\">\n"
              "</irm-export>\n");
    }

    TEST_CASE("a response with no usable questionnaire cannot be exported") {
        Export exporter({ExportFormat::Xml, ""});
        CHECK_FALSE(exporter.add(response("  q2_a: \"yes\"\n", "untoc-c9")));
        CHECK(exporter.size() == 0);
    }

    TEST_CASE("a questionnaire's sheet gives the States in the order of their names, not of the files") {
        Export exporter({ExportFormat::Xlsx, ""});
        const auto add = [&](const std::string& state, const std::string& file) {
            CHECK(exporter.add(
                irm::test::shipped_response("  q2_a: \"yes\"\n", {"untoc-c1", "2020.1", state}, file)));
        };
        add("Ruritania", "a.yaml");
        add("Égypte", "b.yaml");  // an accent sorts as its letter, not after every ASCII one
        add("Danemark", "d.yaml");
        add("Danemark", "c.yaml");  // one State twice: by file
        const auto book = irm::xlsx::read(workbook_bytes(exporter));
        REQUIRE(book);
        const irm::xlsx::Sheet* sheet = book->find("untoc-c1 2020.1");
        REQUIRE(sheet != nullptr);
        std::vector<std::string> states, files;
        for (int col = 4; col < 8; ++col) {
            REQUIRE(sheet->at({3, col}) != nullptr);
            states.push_back(sheet->at({3, col})->text());
            files.push_back(sheet->at({0, col})->text());
        }
        CHECK(states == std::vector<std::string>{"Danemark", "Danemark", "Égypte", "Ruritania"});
        CHECK(files == std::vector<std::string>{"c.yaml", "d.yaml", "b.yaml", "a.yaml"});
    }

    TEST_CASE("a workbook export speaks the language asked for: sheet names, headings, priorities") {
        Export exporter({ExportFormat::Xlsx, "", "fr"});
        CHECK(exporter.add(
            response("  q5_ta_needed: \"yes\"\n"
                     "  q5_ta: [{category: capacity_building, description: Former, priority: high}]\n")));
        const auto book = irm::xlsx::read(workbook_bytes(exporter));
        REQUIRE(book);
        CHECK(book->find("Data") == nullptr);
        const irm::xlsx::Sheet* data = book->find("Données");
        REQUIRE(data != nullptr);
        CHECK(data->at({0, 0})->text() == "État");
        CHECK(data->at({0, 8})->text() == "libellé");
        // The questionnaire has French: its sheet is French, labels and words alike.
        const irm::xlsx::Sheet* sheet = book->find("untoc-c1 2020.1");
        REQUIRE(sheet != nullptr);
        CHECK(sheet->at({0, 3})->text() == "Fichier");
        CHECK(sheet->at({1, 4})->text() == "projet");
        CHECK(sheet->at({3, 3})->text() == "Texte de la question");
        const irm::xlsx::Sheet* needs = book->find("Assistance technique");
        REQUIRE(needs != nullptr);
        CHECK(needs->at({0, 8})->text() == "libellé de la priorité");
        CHECK(needs->at({1, 6})->text() == "Renforcement des capacités");
        CHECK(needs->at({1, 7})->text() == "high");  // the value, as the file holds it
        CHECK(needs->at({1, 8})->text() == "Élevée");
        bool need_cell = false;
        for (const irm::xlsx::Value* value : column(*sheet, 4))
            need_cell = need_cell ||
                        value->text() == "Renforcement des capacités (priorité\u00A0: élevée)\u00A0: Former";
        CHECK(need_cell);
    }

    TEST_CASE("a workbook is written to a file, never to a stream") {
        Export exporter({ExportFormat::Xlsx, ""});
        CHECK(exporter.add(response("  q2_a: \"yes\"\n  q5_examples: \"=SUM(A1:A2)\"\n")));
        CHECK_FALSE(exporter.write(stdout).ok());

        const std::string path =
            (std::filesystem::temp_directory_path() / ("irm-unit-" + std::to_string(::getpid()) + ".xlsx"))
                .string();
        CHECK(exporter.write(path).ok());
        std::ifstream in(path, std::ios::binary);
        char magic[2] = {};
        in.read(magic, 2);
        CHECK(std::string(magic, 2) == "PK");  // a zip container
        std::remove(path.c_str());
    }

}  // TEST_SUITE
