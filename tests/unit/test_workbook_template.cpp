// The workbook template as a person fills it: the questions of the list sheets by provision and
// label, read back from whatever a person picks or types; the sheets of the tables named by article.
#include <irm/answers.hpp>
#include <irm/files.hpp>
#include <irm/response_file.hpp>
#include <irm/template.hpp>
#include <irm/text.hpp>
#include <irm/values.hpp>
#include <irm/workbook.hpp>
#include <irm/workbook_import.hpp>
#include <irm/zip.hpp>

#include <doctest/doctest.h>

#include "fixtures.hpp"
#include "zip_fixtures.hpp"

#include <cstdio>
#include <functional>
#include <regex>
#include <string>
#include <utility>
#include <vector>

using irm::test::contains;

namespace {

/// Three questions on article 5(1)(a) that take citations, two of them on item (i), and one on the
/// article as a whole.
const std::string lists_questionnaire =
    irm::test::questionnaire_head("lists", "Lists", "Listes") +
    R"yaml(      - {id: q_a, type: choice, provision: "5(1)(a)(i)", choices: yn, label: {en: "Agreement?", fr: "Entente ?"}}
      - id: q_a_law
        type: legislation
        show_if: "q_a == 'yes'"
        short_label: {en: legislation cited, fr: législation citée}
        label: {en: "Cite the law on the agreement.", fr: "Citez la loi sur l'entente."}
      - id: q_a_amended
        type: legislation
        show_if: "q_a == 'yes'"
        short_label: {en: amendments, fr: modifications}
        label: {en: "Cite the amendments.", fr: "Citez les modifications."}
      - {id: q_b, type: choice, provision: "5(1)(a)(ii)", choices: yn, label: {en: "Conduct?", fr: "Comportement ?"}}
      - id: q_b_law
        type: legislation
        show_if: "q_b == 'yes'"
        short_label: {en: legislation cited, fr: législation citée}
        label: {en: "Cite the law on the conduct.", fr: "Citez la loi sur le comportement."}
      - id: q_other_law
        type: legislation
        short_label: {en: other laws, fr: autres lois}
        label: {en: "Other laws.", fr: "Autres lois."}
)yaml";

const irm::test::LocalRegistry& lists_registry() {
    static const irm::test::LocalRegistry local({{"lists.yaml", lists_questionnaire}}, false);
    return local;
}

/// The workbook of a questionnaire of `registry`, prefilled from a response's answers, as bytes.
std::string workbook(const irm::Registry& registry, const std::string& id, const std::string& answers,
                     const std::string& language = "en", const irm::TemplatePart* part = nullptr) {
    const irm::Questionnaire* q = registry.find(id, "1");
    REQUIRE(q != nullptr);
    irm::test::ResponseHeader header;
    header.questionnaire = id;
    header.version = "1";
    header.language = language;
    auto prefill = irm::read_prefill(irm::test::response_text(answers, header), *q);
    REQUIRE(prefill.ok());
    irm::TemplateOptions options;
    options.language = language;
    options.state = "Freedonia";
    options.prefill = &*prefill;
    options.part = part;
    const irm::test::TemporaryDirectory directory;
    const std::string path = directory / "book.xlsx";
    std::vector<std::string> not_carried;
    const irm::Done written = irm::write_workbook_template(path, *q, options, not_carried);
    INFO((written ? std::string() : written.error()));
    REQUIRE(written.ok());
    CHECK(not_carried.empty());
    auto bytes = irm::files::read(path);
    REQUIRE(bytes.ok());
    return std::move(*bytes);
}

/// The workbook with these cells of one worksheet part ("xl/worksheets/sheet3.xml") holding texts
/// typed in them, in place of what they held.
std::string typed(const std::string& original, const std::string& part,
                  const std::vector<std::pair<std::string, std::string>>& cells) {
    return irm::test::rezipped(original, [&](const std::string& name, std::string& bytes) {
        if (name != part) return;
        for (const auto& [cell, text] : cells) {
            const std::regex written("<c r=\"" + cell + "\"[^>]*?(/>|>.*?</c>)");
            REQUIRE(std::regex_search(bytes, written));
            bytes = std::regex_replace(
                bytes, written, "<c r=\"" + cell + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>",
                std::regex_constants::format_first_only);
        }
    });
}

const std::string cited = R"yaml(  q_a: "yes"
  q_a_law: [{title: A}]
  q_a_amended: [{title: B}]
  q_b: "yes"
  q_b_law: [{title: C}]
  q_other_law: [{title: D}, {title: E}, {title: F}]
)yaml";

/// Every text of a sheet, one a line, in the order of its cells.
std::string sheet_text(const irm::xlsx::Workbook& book, const std::string& name) {
    const irm::xlsx::Sheet* sheet = book.find(name);
    REQUIRE(sheet != nullptr);
    std::string out;
    for (const auto& [ref, value] : sheet->cells)
        out += value.text() + "\n";
    return out;
}

/// A member of a workbook's archive.
std::string member(const std::string& bytes, const std::string& name) {
    auto archive = irm::zip::Archive::open(bytes);
    REQUIRE(archive.ok());
    auto read = (*archive)->read(name);
    REQUIRE(read.ok());
    return std::move(*read);
}

const irm::Diagnostic* finding(const irm::ImportedWorkbook& imported, const std::string& code,
                               const std::string& cell) {
    for (const irm::Diagnostic& d : imported.findings)
        if (d.code == code && d.cell == cell) return &d;
    return nullptr;
}

}  // namespace

TEST_SUITE("workbook template: the list sheets") {
    TEST_CASE("the first column names each question by its provision and short label") {
        const std::string bytes = workbook(*lists_registry().registry, "lists", cited);
        auto book = irm::xlsx::read(bytes);
        REQUIRE(book.ok());
        const irm::xlsx::Sheet* sheet = book->find("Legislation");
        REQUIRE(sheet != nullptr);
        const std::vector<std::string> expected{"article 5, paragraph 1 (a) (i) \u2014 legislation cited",
                                                "article 5, paragraph 1 (a) (i) \u2014 amendments",
                                                "article 5, paragraph 1 (a) (ii) \u2014 legislation cited",
                                                "article 5 \u2014 other laws",
                                                "article 5 \u2014 other laws",
                                                "article 5 \u2014 other laws"};
        for (std::size_t row = 0; row < expected.size(); ++row) {
            const irm::xlsx::Value* owner = sheet->at({static_cast<int>(row) + 1, 0});
            REQUIRE(owner != nullptr);
            CHECK(owner->text() == expected[row]);
        }
        // The drop-down offers the same labels, and the Answers sheet sends the reader to them.
        const irm::xlsx::Sheet* lists = book->find("irm_lists");
        REQUIRE(lists != nullptr);
        std::vector<std::string> offered;
        for (const auto& [ref, value] : lists->cells)
            if (value.text().rfind("article 5", 0) == 0) offered.push_back(value.text());
        CHECK(offered.size() == 4);
        const irm::xlsx::Sheet* answers = book->find("Answers");
        REQUIRE(answers != nullptr);
        bool pointed = false;
        for (const auto& [ref, value] : answers->cells)
            pointed |=
                value.text() == "Cite the laws on the Legislation sheet, one row each, picking \u201c" +
                                    expected[0] + "\u201d in column A.";
        CHECK(pointed);

        const irm::ImportedWorkbook imported =
            irm::import_workbook(bytes, "book.xlsx", *lists_registry().registry);
        INFO(imported.yaml);
        REQUIRE_FALSE(imported.failed());
        CHECK(contains(imported.yaml, "  q_a_law:\n    - title: A\n  q_a_amended:\n    - title: B\n"));
        CHECK(contains(imported.yaml, "  q_other_law:\n    - title: D\n    - title: E\n    - title: F\n"));
    }

    TEST_CASE(
        "a question is read back from its label in any case, its id or its provision as people type it") {
        const std::string bytes =
            typed(workbook(*lists_registry().registry, "lists", cited), "xl/worksheets/sheet3.xml",
                  {{"A2", "art. 5 para. 1 (a) (i) \u2014 LEGISLATION CITED"},
                   {"A4", "5 1 a ii"},
                   {"A5", "q_other_law"},
                   {"A6", "article 5, paragraphe 1 a) ii) \u2014 l\u00e9gislation cit\u00e9e"},
                   {"A7", "Art. 5"}});
        const irm::ImportedWorkbook imported =
            irm::import_workbook(bytes, "book.xlsx", *lists_registry().registry);
        std::string said;
        for (const irm::Diagnostic& d : imported.findings)
            said += d.cell + ": " + d.message + "\n";
        INFO(said);
        REQUIRE_FALSE(imported.failed());
        CHECK(contains(imported.yaml, "  q_a_law:\n    - title: A\n"));
        CHECK(contains(imported.yaml, "  q_b_law:\n    - title: C\n    - title: E\n"));
        CHECK(contains(imported.yaml, "  q_other_law:\n    - title: D\n    - title: F\n"));
    }

    TEST_CASE("a question the text does not name is IRM053 at its cell, naming the labels there are") {
        const std::string bytes =
            typed(workbook(*lists_registry().registry, "lists", cited, "fr"), "xl/worksheets/sheet3.xml",
                  {{"A2", "5(1)(a)(i)"}, {"A4", "5(1)(a)"}, {"A5", "Loi"}});
        const irm::ImportedWorkbook imported =
            irm::import_workbook(bytes, "livre.xlsx", *lists_registry().registry);
        REQUIRE(imported.failed());
        // Two questions on item (i): which is meant cannot be told.
        const irm::Diagnostic* two = finding(imported, "IRM053", "Législation!A2");
        REQUIRE(two != nullptr);
        CHECK(two->message ==
              "cellule A2 de la feuille «\u00A0Législation\u00A0»\u00A0: «\u00A05(1)(a)(i)\u00A0» désigne "
              "plusieurs "
              "questions de cette feuille\u00A0; choisissez «\u00A0article 5, paragraphe 1 a) i) \u2014 "
              "législation "
              "citée\u00A0» ou «\u00A0article 5, paragraphe 1 a) i) \u2014 modifications\u00A0»");
        // A paragraph: the questions within it.
        const irm::Diagnostic* within = finding(imported, "IRM053", "Législation!A4");
        REQUIRE(within != nullptr);
        CHECK(contains(within->message,
                       "choisissez «\u00A0article 5, paragraphe 1 a) i) \u2014 législation citée\u00A0», "
                       "«\u00A0article 5, paragraphe 1 a) i) \u2014 modifications\u00A0» ou "
                       "«\u00A0article 5, paragraphe 1 a) ii) \u2014 législation citée\u00A0»"));
        // Anything else: every label.
        const irm::Diagnostic* none = finding(imported, "IRM053", "Législation!A5");
        REQUIRE(none != nullptr);
        CHECK(contains(none->message, "«\u00A0article 5 \u2014 autres lois\u00A0»"));
        CHECK_FALSE(contains(none->message, "q_other_law"));
    }
}

TEST_SUITE("workbook template: the sheets of the tables") {
    TEST_CASE("a table's sheet is named by its article and subject, within Excel's rules") {
        const std::string text =
            irm::test::questionnaire_head("tables", "Tables", "Tableaux") + R"yaml(      - id: q_stats
        type: table
        label: {en: "Cases by year", fr: "Affaires par année"}
        columns: [{id: year, type: integer, label: {en: Year, fr: Année}}]
      - id: q_victims
        type: table
        short_label: {en: "victims: by sex and age", fr: "victimes : par sexe et par âge"}
        label: {en: "Victims", fr: "Victimes"}
        columns: [{id: year, type: integer, label: {en: Year, fr: Année}}]
      - id: q_more
        type: table
        short_label: {en: "statistics of the prosecutions brought and of the convictions", fr: "statistiques"}
        label: {en: "More", fr: "Plus"}
        columns: [{id: year, type: integer, label: {en: Year, fr: Année}}]
      - id: q_again
        type: table
        label: {en: "Again", fr: "Encore"}
        columns: [{id: year, type: integer, label: {en: Year, fr: Année}}]
)yaml";
        const irm::test::LocalRegistry local({{"tables.yaml", text}}, false);
        for (const char* language : {"en", "fr"}) {
            const std::string bytes = workbook(*local.registry, "tables", "", language);
            auto book = irm::xlsx::read(bytes);
            REQUIRE(book.ok());
            std::vector<std::string> names;
            for (const irm::xlsx::Sheet& sheet : book->sheets)
                if (sheet.name.rfind("Art. ", 0) == 0) names.push_back(sheet.name);
            INFO(language, ": ", irm::text::join(names, " | "));
            if (std::string(language) == "en")
                CHECK(names == std::vector<std::string>{
                                   "Art. 5 \u2014 statistics", "Art. 5 \u2014 victims, by sex and\u2026",
                                   "Art. 5 \u2014 statistics of the\u2026", "Art. 5 \u2014 statistics (2)"});
            else
                CHECK(names == std::vector<std::string>{
                                   "Art. 5 \u2014 statistiques", "Art. 5 \u2014 victimes, par sexe et\u2026",
                                   "Art. 5 \u2014 statistiques (2)", "Art. 5 \u2014 statistiques (3)"});
            for (const std::string& name : names)
                CHECK(irm::text::code_points(name) <= 31);
            // The Answers sheet sends the reader there, and the import finds the rows.
            const irm::ImportedWorkbook imported = irm::import_workbook(bytes, "book.xlsx", *local.registry);
            CHECK_FALSE(imported.failed());
            CHECK(imported.question_cells.at("q_victims").rfind("'" + names[1] + "'!A", 0) == 0);
        }
    }
}

TEST_SUITE("workbook template: the headers of the tables") {
    TEST_CASE("a table's header row is tall enough for its longest label, wrapped") {
        const std::string text =
            irm::test::questionnaire_head("heads", "Heads", "Titres") + R"yaml(      - id: q_stats
        type: table
        label: {en: "Convictions", fr: "Condamnations"}
        columns:
          - {id: year, type: integer, label: {en: Year, fr: Année}}
          - {id: men, type: integer, label: {en: "Persons convicted: men", fr: "Personnes condamnées : hommes"}}
          - {id: minors, type: integer, label: {en: "Persons convicted: under 18", fr: "Personnes condamnées : moins de 18 ans"}}
)yaml";
        const irm::test::LocalRegistry local({{"heads.yaml", text}}, false);
        for (const char* language : {"en", "fr"}) {
            const std::string bytes = workbook(*local.registry, "heads", "", language);
            auto archive = irm::zip::Archive::open(bytes);
            REQUIRE(archive.ok());
            auto sheet = (*archive)->read("xl/worksheets/sheet3.xml");  // Instructions, Answers, the table
            REQUIRE(sheet.ok());
            std::smatch row;
            REQUIRE(std::regex_search(*sheet, row, std::regex("<row r=\"3\"[^>]*>")));
            const std::string header = row.str();
            std::smatch height;
            REQUIRE(std::regex_search(header, height, std::regex("ht=\"([0-9.]+)\"")));
            INFO(language, ": ", header);
            // Three lines at least ("Persons / convicted: / under 18"), four in French.
            CHECK(std::stod(height[1]) >= (std::string(language) == "en" ? 49 : 64));
            CHECK(contains(header, "customHeight=\"1\""));
            // The whole label is there to read, in a header that wraps.
            auto book = irm::xlsx::read(bytes);
            REQUIRE(book.ok());
            const irm::xlsx::Sheet& table = book->sheets[2];
            REQUIRE(table.at({2, 2}) != nullptr);
            CHECK(table.at({2, 2})->text() == (std::string(language) == "en"
                                                   ? "Persons convicted: under 18"
                                                   : "Personnes condamnées : moins de 18 ans"));
        }
    }
}

TEST_SUITE("workbook template: instructions and waivers") {
    TEST_CASE("the instructions name the sheets the workbook has, and only those") {
        const irm::Registry& registry = *lists_registry().registry;
        auto whole = irm::xlsx::read(workbook(registry, "lists", ""));
        REQUIRE(whole.ok());
        const std::string all = sheet_text(*whole, "Instructions");
        CHECK(contains(all, "3. Cite the legislation on the \u201cLegislation\u201d sheet, one row per law"));
        CHECK(contains(all, "Several ministries can fill in copies"));
        CHECK_FALSE(contains(all, "Court cases"));
        CHECK_FALSE(contains(all, "Technical assistance"));
        CHECK_FALSE(contains(all, "table"));

        // A part with one question and no citation: no Legislation sheet, and no word of one.
        irm::TemplatePart part;
        part.name = "Ministry of Justice";
        part.heading = "Part for the Ministry of Justice.";
        part.questions = {0};
        auto one = irm::xlsx::read(workbook(registry, "lists", "", "fr", &part));
        REQUIRE(one.ok());
        CHECK(one->find("Législation") == nullptr);
        const std::string instructions = sheet_text(*one, "Instructions");
        CHECK(contains(instructions,
                       "1. Répondez dans les cellules jaunes de la feuille «\u00A0Réponses\u00A0»"));
        CHECK_FALSE(contains(instructions, "Législation"));
        CHECK_FALSE(contains(instructions, "copies"));
        CHECK_FALSE(contains(instructions, "Dérogation"));  // q_a can give no warning
        CHECK(contains(instructions, "3. Une fois le classeur rempli"));
    }

    TEST_CASE("the waiver column says what a waiver is, and is open only where a warning can arise") {
        const std::string bytes = workbook(*lists_registry().registry, "lists", "");
        // A note on its header, in the comments of the Answers sheet.
        CHECK(contains(member(bytes, "xl/comments1.xml"),
                       "A waiver sets aside a warning irm gives on this answer"));
        // q_a (row 2) can give no warning; q_a_law (row 3) applies only when q_a is Yes: an answer given
        // otherwise is a warning, which a waiver may set aside.
        const std::string answers = member(bytes, "xl/worksheets/sheet2.xml");
        CHECK(contains(answers, "sqref=\"F3\""));
        CHECK_FALSE(contains(answers, "sqref=\"F2\""));
        CHECK(contains(answers, "Only if a warning of irm does not fit this answer"));
        auto book = irm::xlsx::read(bytes);
        REQUIRE(book.ok());
        CHECK(contains(sheet_text(*book, "Instructions"),
                       "write why in the column \u201cWaiver: why a warning does not apply\u201d"));
    }

    TEST_CASE("French help says how to choose several answers, with French spacing") {
        const std::string text =
            irm::test::questionnaire_head("multi", "Multi", "Multi") + R"yaml(      - id: q_m
        type: multi_choice
        choices: yn
        label: {en: "Which?", fr: "Lesquels ?"}
)yaml";
        const irm::test::LocalRegistry local({{"multi.yaml", text}}, false);
        const std::string bytes = workbook(*local.registry, "multi", "", "fr");
        auto book = irm::xlsx::read(bytes);
        REQUIRE(book.ok());
        CHECK(contains(sheet_text(*book, "Réponses"),
                       "Choisissez une ou plusieurs de ces réponses, séparées par «\u00A0;\u00A0»\u00A0:\n- "
                       "Oui\n- Non"));
        CHECK(contains(member(bytes, "xl/worksheets/sheet2.xml"),
                       "Choisissez une ou plusieurs réponses, séparées par «\u00A0;\u00A0»\u00A0: Oui; Non"));
    }
}

TEST_SUITE("workbook template: fields left empty") {
    TEST_CASE("a citation without its title is reported at the title's cell") {
        const irm::test::TemporaryDirectory directory;
        const std::string path = directory / "book.xlsx";
        {
            const std::string bytes =
                workbook(*lists_registry().registry, "lists",
                         "  q_other_law:\n    - {provision: art. 3, url: \"https://x.example\"}\n"
                         "    - {title: Penal code}\n    - {sherloc: SH-1}\n");
            std::FILE* out = std::fopen(path.c_str(), "wb");
            REQUIRE(out != nullptr);
            CHECK(std::fwrite(bytes.data(), 1, bytes.size(), out) == bytes.size());
            std::fclose(out);
        }
        const irm::Response response = irm::load_response(path, *lists_registry().registry);
        std::vector<std::string> cells;
        for (const irm::Diagnostic& d : response.findings)
            if (d.code == "IRM018") cells.push_back(d.cell);
        INFO(irm::test::listing(response));
        // Not at the provision's cell (C2), nor at the last cell filled (F4): where the title goes.
        CHECK(cells == std::vector<std::string>{"Legislation!B2", "Legislation!B4"});
    }
}

TEST_SUITE("workbook template: the words of technical assistance") {
    TEST_CASE("categories and priorities are offered in the words drafts use") {
        const std::string text =
            irm::test::questionnaire_head("needs", "Needs", "Besoins") + R"yaml(      - id: q_ta
        type: ta_needs
        label: {en: "Needs?", fr: "Besoins ?"}
)yaml";
        const irm::test::LocalRegistry local({{"needs.yaml", text}}, false);
        for (const char* language : {"en", "fr"}) {
            auto book = irm::xlsx::read(workbook(*local.registry, "needs",
                                                 "  q_ta: [{category: data_collection, "
                                                 "description: A register, priority: high}]\n",
                                                 language));
            REQUIRE(book.ok());
            const std::string offered = sheet_text(*book, "irm_lists");
            INFO(language, ": ", offered);
            for (const std::string& category : irm::ta_categories())
                CHECK(contains(offered, irm::ta_category_label(category, language) + "\n"));
            for (const std::string& priority : irm::ta_priorities())
                CHECK(contains(offered,
                               irm::text::capitalised(irm::ta_priority_word(priority, language)) + "\n"));
            // The need carried over shows the same words.
            const std::string needs = sheet_text(
                *book, std::string(language) == "en" ? "Technical assistance" : "Assistance technique");
            CHECK(contains(needs, irm::ta_category_label("data_collection", language) + "\n"));
            CHECK(contains(needs, std::string(language) == "en" ? "High\n" : "\u00c9lev\u00e9e\n"));
        }
    }
}
