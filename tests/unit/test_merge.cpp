#include <irm/answers.hpp>
#include <irm/parts.hpp>
#include <irm/response.hpp>
#include <irm/yaml_writer.hpp>

#include <doctest/doctest.h>

#include "fixtures.hpp"

#include <algorithm>
#include <chrono>
#include <string>
#include <vector>

using irm::Diagnostic;
using irm::MergeResult;
using irm::Part;
using irm::Registry;
using irm::Response;
using irm::Severity;

namespace {

// A questionnaire where splitting has something to get right: a condition and a
// section that read another authority's answer, a question with no authority,
// two authorities whose names give the same file name, and a waivable warning.
const std::string parts_questionnaire = irm::test::questionnaire_head("pt", "Parts", "Parties") +
                                        R"yaml(      - id: intro
        type: note
        label: {en: Read this first., fr: Lisez ceci d'abord.}
        authority: {en: Ministry of Justice, fr: Ministère de la justice}
      - id: a
        type: choice
        choices: yn
        required: true
        label: {en: "Is there a law?", fr: "Y a-t-il une loi ?"}
        authority: {en: Ministry of Justice, fr: Ministère de la justice}
      - id: b
        type: text
        show_if: "a == 'yes'"
        label: {en: Describe it., fr: Décrivez-la.}
        authority: {en: Prosecution service, fr: Ministère public}
      - id: c
        type: text
        label: {en: "Anything else?", fr: "Autre chose ?"}
      - id: c2
        type: text
        label: {en: "Who else?", fr: "Qui d'autre ?"}
        authority: {en: Focal point, fr: Point focal}
      - id: d
        type: integer
        constraint: ". <= 10"
        constraint_severity: warning
        label: {en: "How many?", fr: "Combien ?"}
        authority: {en: "Ministry of Justice!", fr: "Ministère de la justice !"}
      - id: laws
        type: legislation
        label: {en: Cite the laws., fr: Citez les lois.}
        authority: {en: Ministry of Justice, fr: Ministère de la justice}
  - id: s2
    title: {en: Two, fr: Deux}
    article: "6"
    show_if: "a == 'yes'"
    questions:
      - id: e
        type: multi_choice
        choices: yn
        label: {en: "Which?", fr: "Lesquels ?"}
        authority: {en: Prosecution service, fr: Ministère public}
)yaml";

/// The shipped questionnaires and the one above.
const Registry& registry() {
    static const irm::test::LocalRegistry fixture({{"pt.yaml", parts_questionnaire}}, true);
    return *fixture.registry;
}

Response check(const std::string& text, const std::string& file) {
    return irm::check_response(text, file, registry());
}

Response example(const std::string& name) {
    return irm::load_response(std::string(IRM_SOURCE_DIR) + "/examples/" + name, registry());
}

/// The text of a State's draft response to pt, in English: these answers, then `more` (such as waivers).
std::string pt(const std::string& answers, const std::string& state = "Freedonia",
               const std::string& more = {}) {
    return irm::test::response_text(answers + more, {"pt", "1", state});
}

/// The parts of a response, each read back as a response of its own.
std::vector<Response> reread(const std::vector<Part>& parts) {
    std::vector<Response> out;
    out.reserve(parts.size());
    for (const Part& part : parts)
        out.push_back(check(part.text, part.name + ".yaml"));
    return out;
}

MergeResult merge(const Response& base, const std::vector<Response>& parts) {
    std::vector<const Response*> pointers;
    for (const Response& part : parts)
        pointers.push_back(&part);
    return irm::merge_parts(base, pointers);
}

std::vector<std::string> codes(const MergeResult& result) {
    std::vector<std::string> out;
    for (const auto& list : result.findings)
        for (const Diagnostic& d : list)
            out.push_back(d.code);
    return out;
}

Part& part_named(std::vector<Part>& parts, const std::string& name) {
    const auto found =
        std::find_if(parts.begin(), parts.end(), [&](const Part& p) { return p.name == name; });
    REQUIRE(found != parts.end());
    return *found;
}

const irm::yaml::Node* node_of(const Response& response, const std::string& question) {
    const irm::AnswerState* answer = response.answer(question);
    REQUIRE(answer != nullptr);
    return answer->node;
}

/// Split then merge of untouched parts gives the base back: the same header,
/// the same answers in questionnaire order, the same waivers.
void check_round_trip(const std::string& name) {
    INFO("example: ", name);
    const Response base = example(name);
    REQUIRE(base.questionnaire != nullptr);
    REQUIRE(base.count(Severity::Error) == 0);
    const std::vector<Part> parts = *irm::split_by_authority(base);
    REQUIRE(parts.size() > 1);
    const std::vector<Response> reread_parts = reread(parts);
    for (const Response& part : reread_parts) {
        INFO("part: ", part.file);
        CHECK(part.findings.empty());
        CHECK(part.status == std::optional<std::string>("draft"));
    }

    const MergeResult merged = merge(base, reread_parts);
    CHECK(codes(merged).empty());
    REQUIRE(merged.text);
    CHECK(merged.added + merged.changed + merged.cleared == 0);
    // Untouched parts change nothing: the text is the base written back on its own.
    const MergeResult alone = merge(base, {});
    REQUIRE(alone.text);
    CHECK(*merged.text == *alone.text);

    const Response out = check(*merged.text, "out.yaml");
    CHECK(out.findings.empty());
    CHECK(out.questionnaire_id == base.questionnaire_id);
    CHECK(out.version == base.version);
    CHECK(out.state == base.state);
    CHECK(out.language == base.language);
    CHECK(out.status == base.status);
    for (const irm::Question& question : base.questionnaire->questions) {
        INFO("question: ", question.id);
        CHECK(irm::same_answer(node_of(out, question.id), node_of(base, question.id)));
    }
    // Answers come in questionnaire order.
    const irm::yaml::Node* answers = out.document.root()->find("answers");
    REQUIRE(answers != nullptr);
    std::vector<std::size_t> order;
    for (const auto& pair : answers->pairs) {
        const irm::Question* q = base.questionnaire->find(pair.key->text);
        REQUIRE(q != nullptr);
        order.push_back(static_cast<std::size_t>(q - base.questionnaire->questions.data()));
    }
    CHECK(std::is_sorted(order.begin(), order.end()));
    CHECK(out.waivers.size() == base.waivers.size());
}

}  // namespace

TEST_SUITE("parts") {
    TEST_CASE("a slug is lowercase ASCII, spells accented letters plainly and cuts long names at a word") {
        CHECK(irm::slug("Ministère de l'intérieur") == "ministere-de-l-interieur");
        CHECK(irm::slug("  Œuvres d'État — Forêts  ") == "oeuvres-d-etat-forets");
        CHECK(irm::slug("Straße 12") == "strasse-12");
        CHECK(irm::slug("وزارة العدل").empty());
        CHECK(irm::slug("司法部").empty());
        const std::string long_slug =
            irm::slug("Ministry of Interior, with the authorities that issue travel and identity documents");
        CHECK(long_slug.size() <= 60);
        CHECK(long_slug == "ministry-of-interior-with-the-authorities-that-issue-travel");
    }

    TEST_CASE("a slug is never a name Windows keeps for a device") {
        CHECK(irm::slug("CON") == "con-part");
        CHECK(irm::slug("Prn") == "prn-part");
        CHECK(irm::slug("aux") == "aux-part");
        CHECK(irm::slug("COM1") == "com1-part");
        CHECK(irm::slug("lpt0") == "lpt0-part");
        CHECK(irm::slug("Nul!") == "nul-part");
        CHECK(irm::slug("COM10") == "com10");
        CHECK(irm::slug("Console") == "console");
        CHECK(irm::slug("Ministère aux armées") == "ministere-aux-armees");
    }

    TEST_CASE("answers are compared as YAML reads them, not as they are written") {
        const Response r = check(pt("  c: [1, {x: \"yes\", y: [a, b]}]\n"), "a.yaml");
        const Response s = check(pt("  c:\n    - \"1\"\n    - y: [a, b]\n      x: yes\n"), "b.yaml");
        CHECK(irm::same_answer(node_of(r, "c"), node_of(s, "c")));
        const Response t = check(pt("  c: [1, {x: \"yes\", y: [b, a]}]\n"), "c.yaml");
        CHECK_FALSE(irm::same_answer(node_of(r, "c"), node_of(t, "c")));
        const Response empty = check(pt("  a:\n  b: \"\"\n  e: []\n"), "d.yaml");
        CHECK(irm::same_answer(node_of(empty, "a"), node_of(empty, "b")));
        CHECK(irm::same_answer(node_of(empty, "e"), nullptr));
        CHECK_FALSE(irm::same_answer(node_of(r, "c"), nullptr));
        const Response quoted_null = check(pt("  c: \"null\"\n"), "e.yaml");
        CHECK_FALSE(irm::same_answer(node_of(quoted_null, "c"), nullptr));
    }

    TEST_CASE("a split gives one part per authority, the focal point's part for questions without one") {
        const Response base = check(pt("  a: \"yes\"\n  b: Article 12 of the Code.\n  d: 3\n"), "base.yaml");
        REQUIRE(base.questionnaire != nullptr);
        std::vector<Part> parts = *irm::split_by_authority(base);
        std::vector<std::string> names;
        for (const Part& part : parts)
            names.push_back(part.name);
        // "Focal point" is an authority like another: the part of questions without one keeps its name.
        CHECK(names == std::vector<std::string>{"ministry-of-justice", "prosecution-service", "focal-point",
                                                "focal-point-2", "ministry-of-justice-2"});
        // Every question that takes an answer is in exactly one part; the note is not a question to answer.
        std::vector<std::size_t> all;
        for (const Part& part : parts)
            all.insert(all.end(), part.questions.begin(), part.questions.end());
        std::sort(all.begin(), all.end());
        CHECK(all == std::vector<std::size_t>{1, 2, 3, 4, 5, 6, 7});
        CHECK(part_named(parts, "ministry-of-justice").answered == 1);
        CHECK(part_named(parts, "focal-point").authority.empty());
    }

    TEST_CASE("a part carries the answers its conditions read, so that it validates as the whole does") {
        const Response base =
            check(pt("  a: \"yes\"\n  b: Article 12 of the Code.\n  e: [\"yes\"]\n"), "base.yaml");
        std::vector<Part> parts = *irm::split_by_authority(base);
        const Part& prosecution = part_named(parts, "prosecution-service");
        CHECK(prosecution.context == std::vector<std::size_t>{1});  // a
        const Response part = check(prosecution.text, "prosecution-service.yaml");
        CHECK(part.findings.empty());
        CHECK(part.answer("b")->applicable);
        CHECK(part.answer("e")->applicable);
        CHECK(part.answer("c")->node == nullptr);  // not this part's question
        CHECK(part.answer("b")->answered);
    }

    TEST_CASE("a part keeps the header and is a draft, with its waivers") {
        const std::string text =
            "format: irm-response/1\nquestionnaire: pt\nversion: \"1\"\nstate: Freedonia\nlanguage: "
            "fr\nstatus: final\n"
            "answers:\n  d: 12\nwaivers:\n  d: \"Counted twice on purpose.\"\n";
        const Response base = check(text, "base.yaml");
        std::vector<Part> parts = *irm::split_by_authority(base);
        REQUIRE(!parts.empty());
        CHECK(parts.front().name == "ministere-de-la-justice");
        const Part& d = part_named(parts, "ministere-de-la-justice-2");
        CHECK(d.text.find("version: \"1\"\n") != std::string::npos);
        CHECK(d.text.find("status: draft\n") != std::string::npos);
        const Response part = check(d.text, "d.yaml");
        CHECK(part.language == std::optional<std::string>("fr"));
        REQUIRE(part.findings.size() == 1);
        CHECK(part.findings.front().code == "IRM020");  // the warning is waived, as in the base
    }

    TEST_CASE("split then merge of untouched parts reproduces the Convention's final example") {
        check_round_trip("freedonia-untoc-c1-final.yaml");
    }

    TEST_CASE("split then merge of untouched parts reproduces a Protocol's final example") {
        check_round_trip("freedonia-fir-c1-final.yaml");
        check_round_trip("freedonia-tip-c1-final.yaml");
    }

    TEST_CASE("split then merge of untouched parts reproduces the draft example") {
        check_round_trip("sylvania-untoc-c1-draft.yaml");
    }

    TEST_CASE("parts that fill gaps merge silently into a response that validates") {
        const Response base = example("sylvania-untoc-c1-draft.yaml");
        std::vector<Part> parts = *irm::split_by_authority(base);
        Part& justice = part_named(parts, "ministry-of-justice");
        const std::string empty_a = "  q2_a:\n";
        REQUIRE(justice.text.find(empty_a) != std::string::npos);
        justice.text.replace(justice.text.find(empty_a), empty_a.size(), "  q2_a: \"no\"\n");
        justice.text.replace(justice.text.find("  q2_a_gap:\n"), std::string("  q2_a_gap:\n").size(),
                             "  q2_a_gap: \"The law has no definition yet; a bill is drafted.\"\n");
        Part& focal = part_named(parts, "national-focal-point-with-the-authorities-concerned");
        const std::string empty_ta = "  q8_ta_needed:\n";
        REQUIRE(focal.text.find(empty_ta) != std::string::npos);
        focal.text.replace(focal.text.find(empty_ta), empty_ta.size(), "  q8_ta_needed: \"no\"\n");

        const MergeResult merged = merge(base, reread(parts));
        CHECK(codes(merged).empty());
        CHECK(merged.added == 3);
        CHECK(merged.changed == 0);
        REQUIRE(merged.text);
        const Response out = check(*merged.text, "out.yaml");
        CHECK(out.findings.empty());
        CHECK(irm::scalar_text(*out.answer("q2_a")) == "no");
    }

    TEST_CASE("two parts that answer one question differently are a conflict and nothing is merged") {
        const Response base = check(pt("  a: \"yes\"\n"), "base.yaml");
        const Response one = check(pt("  a: \"yes\"\n  c: First answer.\n"), "one.yaml");
        const Response two = check(pt("  a: \"yes\"\n\n  c: Second answer.\n"), "two.yaml");
        const MergeResult merged = merge(base, {one, two});
        CHECK_FALSE(merged.text);
        CHECK(merged.conflicts == 1);
        REQUIRE(merged.findings.size() == 3);
        REQUIRE(merged.findings[2].size() == 1);
        const Diagnostic& d = merged.findings[2].front();
        CHECK(d.code == "IRM030");
        CHECK(d.severity == Severity::Error);
        CHECK(d.question == "c");
        CHECK(d.file == "two.yaml");
        CHECK(d.line == 10);
        CHECK(d.message.find("one.yaml:9") != std::string::npos);
        CHECK(d.message.find("two.yaml:10") != std::string::npos);
        CHECK(d.message.find("First answer.") != std::string::npos);
        CHECK(d.message.find("Second answer.") != std::string::npos);
    }

    TEST_CASE(
        "a conflict names the question in words and both answers by their labels, in the response's "
        "language") {
        const auto french = [](const std::string& answers) {
            return irm::test::response_text(answers, {"pt", "1", "Freedonia", "fr"});
        };
        const Response base = check(french("  c: Base.\n"), "base.yaml");
        const Response one = check(french("  a: \"yes\"\n"), "one.yaml");
        const Response two = check(french("  a: \"no\"\n"), "two.yaml");
        MergeResult merged = merge(base, {one, two});
        REQUIRE(codes(merged) == std::vector<std::string>{"IRM030"});
        const std::string nbsp = "\u00A0";
        const std::string& french_message = merged.findings[2].front().message;
        CHECK(irm::test::contains(french_message, "conflit sur la réponse à Y a-t-il une loi ? [a]"));
        CHECK(irm::test::contains(french_message, "one.yaml:8:6 donne «" + nbsp + "Oui" + nbsp + "» [yes]"));
        CHECK(irm::test::contains(french_message, "two.yaml:8:6 donne «" + nbsp + "Non" + nbsp + "» [no]"));
        CHECK(irm::test::contains(french_message, "aucune réponse"));

        // --lang says otherwise: the words and the labels are English.
        std::vector<const Response*> pointers{&one, &two};
        merged = irm::merge_parts(base, pointers, irm::Wording{"en", "fr"});
        const std::string& english = merged.findings[2].front().message;
        CHECK(irm::test::contains(english, "conflict on the answer to Is there a law? [a]"));
        CHECK(irm::test::contains(english, "gives \u201cYes\u201d [yes]"));
        CHECK(irm::test::contains(english, "(the base has no answer)"));
        CHECK_FALSE(irm::test::contains(english, "'yes'"));
    }

    TEST_CASE("an answer in a message says what a person reads: labels, citations, needs") {
        const irm::Questionnaire& q = *check(pt(""), "x.yaml").questionnaire;
        const Response r = check(pt("  a: \"yes\"\n  e: [\"yes\", \"no\"]\n"
                                    "  laws: [{title: Penal Code, provision: art. 2, year: 2001}]\n"),
                                 "r.yaml");
        CHECK(irm::describe_answer(*q.find("a"), node_of(r, "a"), "en") == "\u201cYes\u201d [yes]");
        CHECK(irm::describe_answer(*q.find("e"), node_of(r, "e"), "fr") ==
              "«\u00A0Oui\u00A0» [yes] et «\u00A0Non\u00A0» [no]");
        CHECK(irm::describe_answer(*q.find("laws"), node_of(r, "laws"), "en") ==
              "1 citation: Penal Code, art. 2 (2001)");
        CHECK(irm::describe_answer(*q.find("laws"), nullptr, "fr") == "aucune réponse");
        // An answer not in its question's shape is shown as written.
        const Response odd = check(pt("  a: [x]\n"), "odd.yaml");
        CHECK(irm::describe_answer(*q.find("a"), node_of(odd, "a"), "en") == "\u201c[x]\u201d");
    }

    TEST_CASE("an answer changed from the base in two places is a conflict even when one part empties it") {
        const Response base = check(pt("  a: \"yes\"\n  c: Base text.\n"), "base.yaml");
        const Response one = check(pt("  c: New text.\n"), "one.yaml");
        const Response two = check(pt("  c:\n"), "two.yaml");
        const MergeResult merged = merge(base, {one, two});
        CHECK(codes(merged) == std::vector<std::string>{"IRM030"});
        CHECK(merged.findings[2].front().message.find("Base text.") != std::string::npos);
        CHECK_FALSE(merged.text);
    }

    TEST_CASE("parts that agree are no conflict, and a change to the base's answer is noted") {
        const Response base = check(pt("  a: \"no\"\n  c: Old.\n"), "base.yaml");
        const Response one = check(pt("  a: yes\n"), "one.yaml");
        const Response two = check(pt("  a: \"yes\"\n  c: \"\"\n"), "two.yaml");
        const MergeResult merged = merge(base, {one, two});
        CHECK(codes(merged) == std::vector<std::string>{"IRM032", "IRM032", "IRM032"});
        CHECK(merged.changed == 1);
        CHECK(merged.cleared == 1);
        REQUIRE(merged.text);
        const Response out = check(*merged.text, "out.yaml");
        CHECK(irm::scalar_text(*out.answer("a")) == "yes");
        CHECK_FALSE(out.answer("c")->answered);
    }

    TEST_CASE("a workbook part holding an answer cut to a cell's limit never shortens the base's answer") {
        const std::string whole(40000, 'x');
        const Response base = check(pt("  c: " + whole + "\n"), "base.yaml");
        Response cut = check(pt("  c: " + std::string(32766, 'x') + "\xE2\x80\xA6\n"), "justice.xlsx");
        cut.source = irm::ResponseSource::Workbook;
        const MergeResult merged = merge(base, {cut});
        CHECK(codes(merged) == std::vector<std::string>{"IRM033"});
        CHECK(merged.changed == 0);
        REQUIRE(merged.text);
        CHECK(irm::scalar_text(*check(*merged.text, "out.yaml").answer("c")) == whole);

        // From a YAML part the same text is a change like any other.
        const Response yaml = check(pt("  c: " + std::string(32766, 'x') + "\xE2\x80\xA6\n"), "justice.yaml");
        CHECK(merge(base, {yaml}).changed == 1);
    }

    TEST_CASE("a part of another questionnaire or State is refused with IRM031") {
        const Response base = check(pt("  a: \"yes\"\n"), "base.yaml");
        const Response other_state = check(pt("  c: Hello.\n", "Sylvania"), "sylvania.yaml");
        const Response other_questionnaire = example("freedonia-fir-c1-final.yaml");
        const MergeResult merged = merge(base, {other_state, other_questionnaire});
        CHECK_FALSE(merged.text);
        REQUIRE(merged.findings[1].size() == 1);
        CHECK(merged.findings[1].front().code == "IRM031");
        CHECK(merged.findings[1].front().line == 4);  // the state
        REQUIRE(merged.findings[2].size() == 1);
        CHECK(merged.findings[2].front().code == "IRM031");
    }

    TEST_CASE("a part that cannot be read whole stops the merge with its own findings") {
        const Response base = check(pt("  a: \"yes\"\n"), "base.yaml");
        const Response broken = check(pt("  c: [unclosed\n"), "broken.yaml");
        const Response unknown = check(pt("  zz: 1\n"), "unknown.yaml");
        const Response duplicate = check(pt("  c: one\n  c: two\n"), "duplicate.yaml");
        const MergeResult merged = merge(base, {broken, unknown, duplicate});
        CHECK_FALSE(merged.text);
        CHECK(codes(merged) == std::vector<std::string>{"IRM001", "IRM010", "IRM004"});
    }

    TEST_CASE("content errors do not stop a merge: the output keeps them for irm validate") {
        const Response base = check(pt("  a: \"yes\"\n"), "base.yaml");
        const Response part = check(pt("  d: many\n"), "part.yaml");
        CHECK(part.count(Severity::Error) == 1);  // IRM011
        const MergeResult merged = merge(base, {part});
        CHECK(codes(merged).empty());
        REQUIRE(merged.text);
        CHECK(check(*merged.text, "out.yaml").count(Severity::Error) == 1);
    }

    TEST_CASE("waivers merge like answers, and a part never removes one") {
        const std::string waiver = "\nwaivers:\n  d: \"Counted twice on purpose.\"\n";
        const Response base = check(pt("  d: 12\n", "Freedonia", waiver), "base.yaml");
        const Response silent = check(pt("  d: 12\n"), "silent.yaml");
        const Response changed =
            check(pt("  d: 12\n", "Freedonia", "\nwaivers:\n  d: Another reason.\n"), "changed.yaml");
        MergeResult merged = merge(base, {silent, changed});
        CHECK(codes(merged) == std::vector<std::string>{"IRM032"});
        REQUIRE(merged.text);
        const Response out = check(*merged.text, "out.yaml");
        REQUIRE(out.waivers.size() == 1);
        CHECK(out.waivers.front().justification == "Another reason.");

        const Response other =
            check(pt("  d: 12\n", "Freedonia", "\nwaivers:\n  d: A third reason.\n"), "other.yaml");
        merged = merge(base, {changed, other});
        CHECK(codes(merged) == std::vector<std::string>{"IRM030"});
        CHECK_FALSE(merged.text);
    }

    TEST_CASE("answers aliases repeat deep down are not written out beyond what irm reads") {
        // 17 KB: a list nested 490 deep, named 4,000 times. Its text is a byte, but each copy is
        // written a line per level, indented by its depth: a gigabyte once written out.
        std::string nested = std::string(490, '[') + "x" + std::string(490, ']');
        std::string copies;
        for (int i = 0; i < 4000; ++i)
            copies += i ? ", *d" : "*d";
        const Response base =
            check(pt("  a: \"yes\"\n  b: &d " + nested + "\n  c: [" + copies + "]\n"), "deep.yaml");
        REQUIRE(base.questionnaire != nullptr);
        const auto start = std::chrono::steady_clock::now();
        const irm::Result<std::vector<Part>> parts = irm::split_by_authority(base);
        REQUIRE_FALSE(parts.ok());
        CHECK(irm::test::contains(parts.error(), "larger than 64 MiB"));
        const MergeResult merged = merge(base, {});
        CHECK_FALSE(merged.text.has_value());
        REQUIRE(merged.failure.has_value());
        CHECK(irm::test::contains(*merged.failure, "larger than 64 MiB"));
        CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(10));

        // What fits is written whole, and a writer stopped at its limit leaves its output as it was.
        const irm::yaml::Document doc = irm::yaml::Document::parse("a: &x [1, [2, 3]]\nb: [*x, *x]\n");
        REQUIRE(doc.root() != nullptr);
        std::string out = "kept\n";
        CHECK(irm::yaml::write_entry(out, "b", *doc.root()->find("b"), 0, 1000));
        CHECK(out ==
              "kept\nb:\n"
              "  -\n    - 1\n    -\n      - 2\n      - 3\n"
              "  -\n    - 1\n    -\n      - 2\n      - 3\n");
        out = "kept\n";
        CHECK_FALSE(irm::yaml::write_entry(out, "b", *doc.root()->find("b"), 0, 30));
        CHECK(out == "kept\n");
    }

    TEST_CASE("the merged response keeps the base's opening comments, not the others") {
        const Response base = check(
            "# Freedonia's answers.\n# Second line.\n\n" + pt("  # a comment\n  a: \"yes\"\n"), "base.yaml");
        const MergeResult merged = merge(base, {});
        REQUIRE(merged.text);
        CHECK(merged.text->rfind("# Freedonia's answers.\n# Second line.\nformat: irm-response/1\n", 0) == 0);
        CHECK(merged.text->find("a comment") == std::string::npos);
    }

}  // TEST_SUITE("parts")
