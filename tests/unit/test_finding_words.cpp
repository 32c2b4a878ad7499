// The words of findings (FORMATS.md §4, *Language of messages*): in the response's language or the
// one asked for, naming the question by provision and label, the answers by label and value, and
// saying how to write what a person wrote another way.
#include <irm/catalogue.hpp>
#include <irm/finding_codes.hpp>
#include <irm/response.hpp>
#include <irm/response_file.hpp>
#include <irm/values.hpp>

#include <doctest/doctest.h>

#include "fixtures.hpp"

#include <string>
#include <vector>

using irm::CheckOptions;
using irm::Diagnostic;
using irm::Registry;
using irm::Response;
using irm::test::contains;

namespace {

const std::string questionnaire = irm::test::questionnaire_head("words", "Words", "Mots") +
                                  R"yaml(      - id: q5_law
        type: choice
        choices: yn
        provision: "5(1)(a)(i)"
        short_label: {en: offence established, fr: infraction établie}
        label: {en: Is the offence established, fr: L'infraction est-elle établie}
      - id: q5_years
        type: integer
        provision: "5(1)(a)(i)"
        short_label: {en: penalty in years, fr: peine en années}
        label: {en: Maximum penalty in years, fr: Peine maximale en années}
      - id: q5_since
        type: date
        provision: "5(1)(a)(i)"
        short_label: {en: in force since, fr: en vigueur depuis}
        label: {en: In force since, fr: En vigueur depuis}
      - id: q5_gap
        type: text
        provision: "5(1)(a)(i)"
        show_if: "q5_law == 'no'"
        short_label: {en: what is missing, fr: ce qui manque}
        label: {en: What is missing, fr: Ce qui manque}
)yaml";

const Registry& registry() {
    static const irm::test::LocalRegistry fixture({{"words.yaml", questionnaire}}, false);
    return *fixture.registry;
}

std::string response(const std::string& language, const std::string& answers) {
    return "format: irm-response/1\nquestionnaire: words\nversion: \"1\"\nstate: Freedonia\nlanguage: " +
           language + "\nstatus: draft\nanswers:\n" + answers;
}

std::vector<Diagnostic> findings(const std::string& text, const std::string& asked = {}) {
    CheckOptions options;
    options.wording.asked = asked;
    return irm::check_response(text, "r.yaml", registry(), options).findings;
}

const std::string mistakes = "  q5_law: peut-être\n  q5_years: 4 ans\n  q5_since: 15/03/2004\n  q5_gap: rien\n";

}  // namespace

TEST_SUITE("finding words") {
    TEST_CASE("a French response's findings are in French and name the provision and its short label") {
        const auto found = findings(response("fr", mistakes));
        REQUIRE(found.size() == 4);
        CHECK(found[0].code == "IRM012");
        CHECK(contains(found[0].message, "article 5, paragraphe 1 a) i) — infraction établie [q5_law]"));
        CHECK(contains(found[0].message, "«\u00A0Oui\u00A0» [yes] ou «\u00A0Non\u00A0» [no]"));
        CHECK(found[1].code == "IRM011");
        CHECK(contains(found[1].message, "écrivez le nombre seul, 4, sans «\u00A0ans\u00A0»"));
        CHECK(found[2].code == "IRM016");
        CHECK(contains(found[2].message, "sous la forme 2004-03-15"));
        CHECK(found[3].code == "IRM015");
        CHECK(contains(found[3].message, "ne s'applique pas"));
        for (const Diagnostic& d : found) {
            INFO(d.message);
            for (const char* english : {" is ", " the ", " write ", "show_if", "single value", "scalar", "map"})
                CHECK_FALSE(contains(d.message, english));
        }
    }

    TEST_CASE("--lang en words the same findings in English, with the same codes and places") {
        const auto french = findings(response("fr", mistakes));
        const auto english = findings(response("fr", mistakes), "en");
        REQUIRE(english.size() == french.size());
        for (std::size_t i = 0; i < english.size(); ++i) {
            CHECK(english[i].code == french[i].code);
            CHECK(english[i].line == french[i].line);
            CHECK(english[i].column == french[i].column);
        }
        CHECK(contains(english[0].message, "article 5, paragraph 1 (a) (i) — offence established [q5_law]"));
        CHECK(contains(english[1].message, "write the number alone, 4, without “ans”"));
        CHECK(contains(english[2].message, "write the date “15/03/2004” as 2004-03-15"));
    }

    TEST_CASE("a condition that makes a question not applicable is put in words") {
        const auto found = findings(response("en", "  q5_law: \"yes\"\n  q5_gap: nothing\n"));
        REQUIRE(found.size() == 1);
        CHECK(found[0].code == "IRM015");
        CHECK(contains(found[0].message, "No"));
        CHECK_FALSE(contains(found[0].message, "show_if"));
        CHECK_FALSE(contains(found[0].message, "=="));
    }

    TEST_CASE("a tab in the indentation is said, at the tab") {
        const auto found = findings(response("en", "\tq5_law: \"yes\"\n"));
        REQUIRE(found.size() == 1);
        CHECK(found[0].code == "IRM001");
        CHECK(contains(found[0].message, "indented with a tab"));
        CHECK(found[0].line == 8);
    }

    TEST_CASE("a file saved as Latin-1 is said so, with how to save it again") {
        const auto found = findings(response("fr", "  q5_gap: \"d\xe9j\xe0\"\n"));
        REQUIRE(found.size() == 1);
        CHECK(found[0].code == "IRM001");
        CHECK(contains(found[0].message, "Latin-1 ou Windows-1252"));
        CHECK(contains(found[0].message, "0xE9"));
    }

    TEST_CASE("a file that is no text is said so once, at its start, with no line of junk to show") {
        std::string bytes;
        for (int i = 0; i < 256; ++i)
            bytes += static_cast<char>(i);
        const Response r = irm::check_response(bytes, "r.yaml", registry(), {});
        REQUIRE(r.findings.size() == 1);
        CHECK(contains(r.findings[0].message, "not a text file"));
        CHECK(r.findings[0].line == 1);
        CHECK(r.document.shared_source() == nullptr);
    }

    TEST_CASE("a questionnaire or notes file given as a response says what it is and which command wants it") {
        const auto questionnaire_given = findings("format: irm-questionnaire/1\nid: x\n");
        REQUIRE(questionnaire_given.size() == 1);
        CHECK(contains(questionnaire_given[0].message, "irm lint"));
        const auto notes_given = findings("format: irm-notes/1\n");
        REQUIRE(notes_given.size() == 1);
        CHECK(contains(notes_given[0].message, "--notes"));
    }

    TEST_CASE("a spreadsheet or document met as a response is IRM006, saying how to make it one") {
        irm::test::TemporaryDirectory directory;
        directory.write("book.ods", "PK\x03\x04");
        directory.write("table.csv", "a,b\n");
        const Response ods = irm::load_response((directory.path() / "book.ods").string(), registry());
        REQUIRE(ods.findings.size() == 1);
        CHECK(ods.findings[0].code == "IRM006");
        CHECK(contains(ods.findings[0].message, ".xlsx"));
        CheckOptions french;
        french.wording.asked = "fr";
        const Response csv = irm::load_response((directory.path() / "table.csv").string(), registry(), french);
        REQUIRE(csv.findings.size() == 1);
        CHECK(contains(csv.findings[0].message, "tableau CSV"));
    }
}

TEST_SUITE("values written otherwise") {
    TEST_CASE("dates written as people write them read as YYYY-MM-DD") {
        const auto iso = [](const char* text) {
            const auto reading = irm::read_date_otherwise(text);
            return reading ? reading->iso : std::string();
        };
        CHECK(iso("15/03/2004") == "2004-03-15");
        CHECK(iso("15.03.2004") == "2004-03-15");
        CHECK(iso("15-03-2004") == "2004-03-15");
        CHECK(iso("2004/03/15") == "2004-03-15");
        CHECK(iso("15 mars 2004") == "2004-03-15");
        CHECK(iso("1er septembre 2003") == "2003-09-01");
        CHECK(iso("March 15, 2004") == "2004-03-15");
        CHECK(iso("15 de marzo de 2004") == "2004-03-15");
        CHECK(iso("03/15/2004") == "2004-03-15");  // the first cannot be the month the other way round
        CHECK(iso("31/02/2004").empty());          // no such day
        CHECK(iso("2004-03-15").empty());          // already right
        CHECK(iso("soon").empty());
        CHECK(irm::read_date_otherwise("03/04/2004")->day_first);
        CHECK_FALSE(irm::read_date_otherwise("15/03/2004")->day_first);
    }

    TEST_CASE("numbers written with a unit, a decimal comma or separators") {
        using Kind = irm::NumberReading::Kind;
        const auto four = irm::read_number_otherwise("4 ans", true);
        REQUIRE(four);
        CHECK(four->kind == Kind::Unit);
        CHECK(four->number == "4");
        CHECK(four->rest == "ans");
        const auto comma = irm::read_number_otherwise("2,5", false);
        REQUIRE(comma);
        CHECK(comma->kind == Kind::DecimalComma);
        CHECK(comma->number == "2.5");
        const auto thousands = irm::read_number_otherwise("1 234", true);
        REQUIRE(thousands);
        CHECK(thousands->kind == Kind::Thousands);
        CHECK(thousands->number == "1234");
        CHECK(irm::read_number_otherwise("1,234", true)->number == "1234");
        CHECK(irm::read_number_otherwise("1,234", false)->kind == Kind::DecimalComma);
        CHECK_FALSE(irm::read_number_otherwise("4-5", true));
        CHECK_FALSE(irm::read_number_otherwise("many", true));
        CHECK_FALSE(irm::read_number_otherwise("2,5", true));
    }
}

TEST_SUITE("values written otherwise") {
    TEST_CASE("any text reads as a real date and a well-formed number, or as nothing") {
        // Pieces people type, and bytes no text holds, put together at random (a fixed seed).
        const char* const pieces[] = {"1",  "15", "03", "2004", "31", "02", "0",    "/",   ".",  "-", " ",
                                      ",",  "'",  "er", "mars", "de", "March", "\xC2\xA0", "\xE2\x80\xAF",
                                      "\xFF", "\x80", "ans", "x", "%", "+", "99999", "août", "\t", "1,234"};
        unsigned state = 12345;
        const auto next = [&state] {
            state = state * 1103515245u + 12345u;
            return (state >> 16) & 0x7FFF;
        };
        for (int i = 0; i < 20000; ++i) {
            std::string text;
            const unsigned length = next() % 7;
            for (unsigned j = 0; j < length; ++j)
                text += pieces[next() % (sizeof pieces / sizeof *pieces)];
            INFO(text);
            if (const auto date = irm::read_date_otherwise(text)) CHECK(irm::is_date(date->iso));
            for (const bool whole : {true, false})
                if (const auto number = irm::read_number_otherwise(text, whole)) {
                    CHECK(irm::is_decimal_number(number->number));
                    if (whole && number->kind != irm::NumberReading::Kind::Unit)
                        CHECK(irm::is_whole_number(number->number));
                }
        }
    }
}
