// The start of every file of irm's formats is checked alike: questionnaires,
// responses and reviewer notes give the same findings for the same mistakes,
// each with its format's structure code.
#include <irm/notes.hpp>
#include <irm/questionnaire_loader.hpp>
#include <irm/response_check.hpp>

#include <doctest/doctest.h>

#include "fixtures.hpp"

#include <string>
#include <vector>

using irm::Diagnostic;
using irm::test::shipped;

namespace {

struct Format {
    const char* name;
    const char* structure_code;
    std::vector<Diagnostic> (*check)(const std::string& text);
};

std::vector<Diagnostic> lint(const std::string& text) {
    return irm::load_questionnaire(irm::yaml::Document::parse(text), "q.yaml").findings;
}

std::vector<Diagnostic> validate(const std::string& text) {
    return irm::check_response(text, "r.yaml", shipped()).findings;
}

std::vector<Diagnostic> review(const std::string& text) {
    static const irm::Response response = irm::load_response(
        std::string(IRM_SOURCE_DIR) + "/examples/freedonia-untoc-c1-final.yaml", shipped());
    return irm::check_notes(text, "n.yaml", response).findings;
}

const Format formats[] = {
    {"irm-questionnaire/1", "IRM101", lint},
    {"irm-response/1", "IRM002", validate},
    {"irm-notes/1", "IRM040", review},
};

std::vector<std::string> codes_of(const std::vector<Diagnostic>& findings) {
    std::vector<std::string> out;
    for (const Diagnostic& d : findings)
        out.push_back(d.code);
    return out;
}

}  // namespace

TEST_SUITE("prologue") {
    TEST_CASE("a syntax error is IRM001 alone, in every format") {
        for (const Format& f : formats) {
            INFO(f.name);
            const auto found = f.check("format: [\n");
            REQUIRE(codes_of(found) == std::vector<std::string>{"IRM001"});
        }
    }

    TEST_CASE("an empty file says which format it should start with") {
        for (const Format& f : formats) {
            INFO(f.name);
            const auto found = f.check("# nothing yet\n");
            REQUIRE(codes_of(found) == std::vector<std::string>{f.structure_code});
            CHECK(found[0].message.find(std::string("the line format: ") + f.name) != std::string::npos);
            CHECK_FALSE(found[0].line.has_value());
        }
    }

    TEST_CASE("a root that is not a mapping is the format's structure code at the root") {
        for (const Format& f : formats) {
            INFO(f.name);
            const auto found = f.check("- format\n- answers\n");
            REQUIRE(codes_of(found) == std::vector<std::string>{f.structure_code});
            CHECK(found[0].line == 1);
            CHECK(found[0].message.find("is a list of keys, one per line") != std::string::npos);
        }
    }

    TEST_CASE("a wrong format names the right one and the one written") {
        for (const Format& f : formats) {
            INFO(f.name);
            const auto found = f.check("format: irm-other/9\n");
            REQUIRE(codes_of(found) == std::vector<std::string>{f.structure_code});
            CHECK(found[0].message == std::string("the first line must be format: ") + f.name + ", not format: irm-other/9");
            CHECK(found[0].line == 1);
            CHECK(found[0].column == 9);
        }
    }

    TEST_CASE("a duplicate key is IRM004 at its second occurrence, in every format") {
        for (const Format& f : formats) {
            INFO(f.name);
            const auto found = f.check(std::string("format: ") + f.name + "\nformat: again\n");
            const auto codes = codes_of(found);
            REQUIRE(std::count(codes.begin(), codes.end(), "IRM004") == 1);
            const Diagnostic& duplicate = *std::find_if(
                found.begin(), found.end(), [](const Diagnostic& d) { return d.code == "IRM004"; });
            CHECK(duplicate.line == 2);
            CHECK(duplicate.column == 1);
        }
    }

    TEST_CASE("a second document is said once, and the first is read") {
        for (const Format& f : formats) {
            INFO(f.name);
            const auto found = f.check(std::string("format: ") + f.name + "\n---\nformat: again\n");
            const auto said = std::count_if(found.begin(), found.end(), [](const Diagnostic& d) {
                return d.message.find("more than one YAML document") != std::string::npos;
            });
            CHECK(said == 1);
        }
    }
}
