#include <irm/files.hpp>
#include <irm/json.hpp>
#include <irm/text.hpp>

#include <doctest/doctest.h>

#include "fixtures.hpp"
#include "json_check.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace fs = std::filesystem;

using irm::test::contains;
using irm::test::TemporaryDirectory;
using irm::test::valid_json;

namespace {

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

}  // namespace

TEST_SUITE("text") {
    TEST_CASE("code points are counted, not bytes") {
        using irm::text::code_points;
        CHECK(code_points("") == 0);
        CHECK(code_points("abc") == 3);
        CHECK(code_points("\xC3\xA9t\xC3\xA9") == 3);         // été
        CHECK(code_points("\xE6\x97\xA5\xE6\x9C\xAC") == 2);  // 日本
        CHECK(code_points("\xF0\x9F\x98\x80!") == 2);         // an emoji and '!'
        CHECK(code_points("a\xFF"
                          "b") == 3);     // an invalid byte counts one
        CHECK(code_points("\xC3") == 1);  // a lead byte cut short
    }

    TEST_CASE("UTF-16 units are counted as Excel counts a cell's characters") {
        using irm::text::utf16_units;
        CHECK(utf16_units("abc") == 3);
        CHECK(utf16_units("\xC3\xA9t\xC3\xA9") == 3);         // été
        CHECK(utf16_units("\xE6\x97\xA5\xE6\x9C\xAC") == 2);  // 日本: one unit each
        CHECK(utf16_units("\xF0\x9F\x98\x80!") == 3);         // an emoji takes two
        CHECK(utf16_units("a\xFF") == 2);                     // an invalid byte counts one
    }

    // Invalid bytes count one each, a stray continuation byte included.
    TEST_CASE("a stray continuation byte counts as one code point") {
        CHECK(irm::text::code_points("\x80") == 1);
        CHECK(irm::text::code_points("a\xBF"
                                     "b") == 3);
    }

    TEST_CASE("valid UTF-8 has no invalid byte") {
        using irm::text::first_invalid_utf8;
        CHECK_FALSE(first_invalid_utf8("").has_value());
        CHECK_FALSE(first_invalid_utf8("plain ASCII\n\t").has_value());
        CHECK_FALSE(first_invalid_utf8("\xC2\x80").has_value());          // U+0080, the smallest two-byte
        CHECK_FALSE(first_invalid_utf8("\xDF\xBF").has_value());          // U+07FF
        CHECK_FALSE(first_invalid_utf8("\xE0\xA0\x80").has_value());      // U+0800, the smallest three-byte
        CHECK_FALSE(first_invalid_utf8("\xED\x9F\xBF").has_value());      // U+D7FF, just below the surrogates
        CHECK_FALSE(first_invalid_utf8("\xEE\x80\x80").has_value());      // U+E000, just above them
        CHECK_FALSE(first_invalid_utf8("\xEF\xBB\xBF").has_value());      // the byte-order mark
        CHECK_FALSE(first_invalid_utf8("\xF0\x90\x80\x80").has_value());  // U+10000
        CHECK_FALSE(first_invalid_utf8("\xF4\x8F\xBF\xBF").has_value());  // U+10FFFF, the largest
        CHECK_FALSE(first_invalid_utf8(std::string_view("a\0b", 3)).has_value());
    }

    TEST_CASE("the first invalid byte is found by offset") {
        using irm::text::first_invalid_utf8;
        CHECK(first_invalid_utf8("abc\xFF") == 3u);
        CHECK(first_invalid_utf8("\xC3\xA9\xFE") == 2u);
        CHECK(first_invalid_utf8("ok\x80") == 2u);             // a continuation byte alone
        CHECK(first_invalid_utf8("ab\xE2\x82") == 2u);         // cut short at the end
        CHECK(first_invalid_utf8("\xE2\x28\xA1") == 0u);       // a bad continuation byte
        CHECK(first_invalid_utf8("x\xF5\x80\x80\x80") == 1u);  // a lead byte beyond Unicode
        CHECK(first_invalid_utf8("\xF4\x90\x80\x80") == 0u);   // above U+10FFFF
        CHECK(first_invalid_utf8("\xC3\xA9\xC3\xA9\xFF\xFF") == 4u);
    }

    TEST_CASE("overlong encodings are invalid") {
        using irm::text::first_invalid_utf8;
        CHECK(first_invalid_utf8("\xC0\xAF") == 0u);  // '/' in two bytes
        CHECK(first_invalid_utf8("\xC1\xBF") == 0u);
        CHECK(first_invalid_utf8("a\xE0\x80\xAF") == 1u);     // '/' in three bytes
        CHECK(first_invalid_utf8("\xE0\x9F\xBF") == 0u);      // U+07FF in three bytes
        CHECK(first_invalid_utf8("\xF0\x80\x80\xAF") == 0u);  // '/' in four bytes
        CHECK(first_invalid_utf8("\xF0\x8F\xBF\xBF") == 0u);  // U+FFFF in four bytes
    }

    TEST_CASE("UTF-16 surrogates are invalid") {
        using irm::text::first_invalid_utf8;
        CHECK(first_invalid_utf8("\xED\xA0\x80") == 0u);              // U+D800
        CHECK(first_invalid_utf8("ab\xED\xBF\xBF") == 2u);            // U+DFFF
        CHECK(first_invalid_utf8("\xED\xA0\xBD\xED\xB8\x80") == 0u);  // a surrogate pair written out
    }

    TEST_CASE("edit distance counts insertions, deletions and substitutions") {
        using irm::text::edit_distance;
        CHECK(edit_distance("", "") == 0);
        CHECK(edit_distance("abc", "") == 3);
        CHECK(edit_distance("", "abc") == 3);
        CHECK(edit_distance("same", "same") == 0);
        CHECK(edit_distance("kitten", "sitting") == 3);
        CHECK(edit_distance("flaw", "lawn") == 2);
        CHECK(edit_distance("yes", "yse") == 2);  // a transposition is two edits
        CHECK(edit_distance("q_choice", "q_choise") == 1);
        CHECK(edit_distance("sitting", "kitten") == edit_distance("kitten", "sitting"));
        CHECK(edit_distance("\xC3\xA9", "e") == 2);  // by bytes
    }

    TEST_CASE("the closest candidate is suggested only when it is near") {
        using irm::text::closest;
        const std::vector<std::string> functions{"answered", "count", "selected", "len", "sum"};
        CHECK(closest("cout", functions) == std::string("count"));
        CHECK(closest("answerd", functions) == std::string("answered"));
        CHECK(closest("selcted", functions) == std::string("selected"));
        CHECK(closest("count", functions) == std::string("count"));
        CHECK_FALSE(closest("xyz", functions).has_value());
        CHECK_FALSE(closest("cout", {}).has_value());
        // A third of the word's length is allowed, at least one edit and at most three.
        CHECK(closest("ab", {"ax"}) == std::string("ax"));
        CHECK_FALSE(closest("ab", {"xy"}).has_value());
        CHECK(closest("abcdefghijkl", {"abcdefghiXYZ"}) == std::string("abcdefghiXYZ"));
        CHECK_FALSE(closest("abcdefghijklmnop", {"abcdefghijklWXYZ"}).has_value());
    }

    TEST_CASE("ties go to the first candidate and a nearer one wins") {
        using irm::text::closest;
        CHECK(closest("cat", {"bat", "hat"}) == std::string("bat"));
        CHECK(closest("cat", {"bat", "cat"}) == std::string("cat"));
        CHECK(closest("colour", {"color", "colours", "colour_x"}) == std::string("color"));
    }

    TEST_CASE("did you mean makes a suffix for a message, or nothing") {
        using irm::text::did_you_mean;
        CHECK(did_you_mean("cout", {"count"}) == " (did you mean 'count'?)");
        CHECK(did_you_mean("zzzz", {"count"}).empty());
        CHECK(did_you_mean("x", {}).empty());
    }

    TEST_CASE("a capital starts a label in Latin and Cyrillic letters; other scripts stay as they are") {
        const std::pair<std::string_view, std::string_view> cases[] = {
            {"high", "High"}, {"élevée", "Élevée"}, {"ÿ", "Ÿ"},
            {"łódź", "Łódź"}, {"ąb", "Ąb"},         {"высокий", "Высокий"},
            {"ёлка", "Ёлка"}, {"Élevée", "Élevée"}, {"÷", "÷"},
            {"ı", "ı"},       {"عالية", "عالية"},   {"高", "高"},
            {"", ""},         {"\xC3", "\xC3"},  // invalid UTF-8 is left alone
        };
        for (const auto& [text, capital] : cases)
            CHECK(irm::text::capitalised(text) == capital);
    }

    TEST_CASE("a text too long is cut at a word, by code points, and ends with an ellipsis") {
        using irm::text::shorten;
        CHECK(shorten("short", 5) == "short");
        CHECK(shorten("one two three four", 10) == "one two…");
        CHECK(shorten("abcdefghijkl", 5) == "abcd…");
        CHECK(shorten("ééééé", 3) == "éé…");
    }

    TEST_CASE("a character is read with its code point and length; a bad byte has length 0") {
        CHECK(irm::text::character_at("a", 0).code_point == U'a');
        CHECK(irm::text::character_at("\xC3\xA9", 0).code_point == 0xE9);
        CHECK(irm::text::character_at("\xF0\x9F\x98\x80", 0).code_point == 0x1F600);
        CHECK(irm::text::character_at("\xF0\x9F\x98\x80", 0).length == 4);
        CHECK(irm::text::character_at("\xC3", 0).length == 0);
        std::string out;
        for (const char32_t c : {U'a', char32_t{0xE9}, char32_t{0x20AC}, char32_t{0x1F600}})
            irm::text::append_utf8(out, c);
        CHECK(out == "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80");
    }

    TEST_CASE("what XML 1.0 cannot carry is what no output carries") {
        for (char32_t c = 0; c < 0x20; ++c)
            CHECK(irm::text::is_carried(c) == (c == '\t' || c == '\n' || c == '\r'));
        CHECK_FALSE(irm::text::is_carried(0xFFFE));
        CHECK_FALSE(irm::text::is_carried(0xFFFF));
        // DEL, the C1 controls (NEL among them), astral characters and the other noncharacters are XML.
        for (const char32_t c : {char32_t{0x7F}, char32_t{0x85}, char32_t{0x9F}, char32_t{0x2028},
                                 char32_t{0xFEFF}, char32_t{0xFDD0}, char32_t{0x1FFFE}, char32_t{0x10FFFF}})
            CHECK(irm::text::is_carried(c));
        CHECK_FALSE(irm::text::first_uncarried("tab\t, line\n, return\r, \xC2\x85, \xF0\x9F\x98\x80"));
        CHECK(irm::text::first_uncarried(std::string_view("ab\0", 3)) == 2);
        CHECK(irm::text::first_uncarried("a\x1B[0m") == 1);
        CHECK(irm::text::first_uncarried("a\xEF\xBF\xBF") == 1);
        CHECK(irm::text::first_uncarried("caf\xE9") == 3);
    }

    TEST_CASE("what cannot be carried becomes U+FFFD, and the caller is told") {
        bool replaced = false;
        CHECK(irm::text::carried("plain \xC3\xA9 text", replaced) == "plain \xC3\xA9 text");
        CHECK_FALSE(replaced);
        CHECK(irm::text::carried(std::string_view("a\0b\x01"
                                                  "c\xEF\xBF\xBE\xFF",
                                                  9),
                                 replaced) ==
              "a\xEF\xBF\xBD"
              "b\xEF\xBF\xBD"
              "c\xEF\xBF\xBD\xEF\xBF\xBD");
        CHECK(replaced);
        replaced = false;
        CHECK(irm::text::valid_utf8("a\x01"
                                    "b",
                                    replaced) ==
              "a\x01"
              "b");  // only bytes that are not UTF-8
        CHECK_FALSE(replaced);
        CHECK(irm::text::valid_utf8("a\xFF"
                                    "b",
                                    replaced) ==
              "a\xEF\xBF\xBD"
              "b");
        CHECK(replaced);
    }

    TEST_CASE("a text made visible shows its control characters instead of acting on them") {
        CHECK(irm::text::visible(std::string_view("nul\0 here", 9)) == "nul\\0 here");
        CHECK(irm::text::visible("\x1B[31mred") == "\\x1B[31mred");
        CHECK(irm::text::visible("a\nb\r\tc") == "a\\nb\\r\tc");
        CHECK(irm::text::visible("\xC2\x9B") == "\\x9B");  // a C1 control, which terminals may obey
        CHECK(irm::text::visible("caf\xC3\xA9 \xFF") == "caf\xC3\xA9 \xEF\xBF\xBD");
        // The controls that reorder text are shown, not obeyed; marks and Arabic letters are text.
        CHECK(irm::text::visible("a\xE2\x80\xAE"
                                 "b\xE2\x81\xA9") == "a\\u202Eb\\u2069");
        CHECK(irm::text::visible("\xD8\xA7\xE2\x80\x8F") == "\xD8\xA7\xE2\x80\x8F");
        // visible_lines keeps a text's line feeds, and only those.
        CHECK(irm::text::visible_lines(std::string_view("one\ntwo\r\n\0", 10)) == "one\ntwo\\r\n\\0");
    }

    TEST_CASE("the control characters no answer means: C0 but tab and line breaks, DEL, C1") {
        for (char32_t c = 0; c < 0x20; ++c)
            CHECK(irm::text::is_control(c) == (c != '\t' && c != '\n' && c != '\r'));
        for (char32_t c = 0x7F; c <= 0x9F; ++c)
            CHECK(irm::text::is_control(c));
        CHECK_FALSE(irm::text::is_control(0xA0));
        CHECK_FALSE(irm::text::is_control(0x2028));
        CHECK(irm::text::first_control("ab\xC2\x85") == 2);
        CHECK(irm::text::first_control("a\xEF\xBF\xBE") == 1);
        CHECK_FALSE(irm::text::first_control("tab\t line\n return\r \xC2\xA0 \xF0\x9F\x98\x80 caf\xE9"));
        CHECK(irm::text::is_bidi_formatting(0x202A));
        CHECK(irm::text::is_bidi_formatting(0x2069));
        CHECK_FALSE(irm::text::is_bidi_formatting(0x200F));
    }

    TEST_CASE("bidirectional controls are confined to the text that holds them") {
        const std::string rlo = "\xE2\x80\xAE", pdf = "\xE2\x80\xAC", rli = "\xE2\x81\xA7",
                          pdi = "\xE2\x81\xA9", fsi = "\xE2\x81\xA8", rlm = "\xE2\x80\x8F";
        CHECK(irm::text::is_bidi_control(0x202E));
        CHECK(irm::text::is_bidi_control(0x061C));
        CHECK_FALSE(irm::text::is_bidi_control(0x0627));  // an Arabic letter is no control
        // Plain text, and controls that close what they open inside an isolate, stay as they are.
        for (const std::string& text :
             std::vector<std::string>{"plain", "\xD8\xA7\xD9\x84", rli + "x" + rlm + pdi, rlo + "x" + pdf}) {
            CHECK_FALSE(irm::text::leaks_direction(text));
            CHECK(irm::text::isolated(text) == text);
        }
        // An override left open is closed; a closing control with nothing to close is dropped.
        CHECK(irm::text::leaks_direction(rlo + "evil"));
        CHECK(irm::text::balanced_direction(rlo + "evil") == rlo + "evil" + pdf);
        CHECK(irm::text::balanced_direction(pdi + "a" + pdf + "b") == "ab");
        CHECK(irm::text::balanced_direction(rli + rlo + "a") == rli + rlo + "a" + pdf + pdi);
        // A PDI closes the embeddings opened inside its isolate.
        CHECK(irm::text::balanced_direction(rli + rlo + "a" + pdi + pdf) == rli + rlo + "a" + pdi);
        CHECK(irm::text::isolated(rlo + "evil") == fsi + rlo + "evil" + pdf + pdi);
        // A mark cannot be closed: only an isolate keeps it to its text.
        CHECK(irm::text::isolated("x" + rlm) == fsi + "x" + rlm + pdi);
        CHECK_FALSE(irm::text::leaks_direction(irm::text::isolated(pdi + rlo + rlm)));
    }

    TEST_CASE("a long value is quoted by its start, so that a message never copies a whole pasted text") {
        CHECK(irm::text::quoted("q5_1") == "'q5_1'");
        const std::string pasted(20'000'000, 'x');
        const std::string shown = irm::text::quoted(pasted);
        CHECK(shown.size() < 1'000);
        CHECK(shown.rfind("'xxx", 0) == 0);
        CHECK(shown.find("…'") != std::string::npos);
    }

    TEST_CASE("a candidate much longer or shorter than the word is not measured") {
        // Measuring them would cost the product of their lengths: minutes for these two.
        const std::string answer(400'000, 'a');
        CHECK_FALSE(irm::text::closest(answer, {std::string(200'000, 'a'), "yes"}).has_value());
        CHECK(irm::text::closest("yess", {std::string(200'000, 'a'), "yes"}) == "yes");
    }

    TEST_CASE("names sort as people expect, accents and case aside") {
        CHECK(irm::text::sort_key("Égypte") == "egypte");
        CHECK(irm::text::sort_key("Côte d'Ivoire") == "cote d'ivoire");
        CHECK(irm::text::sort_key("ŒUVRE") == "oeuvre");
        CHECK(irm::text::sort_key("Danemark") < irm::text::sort_key("Égypte"));
        CHECK(irm::text::sort_key("Égypte") < irm::text::sort_key("Finlande"));
        // Other scripts, and bytes that are not UTF-8, stay as they are.
        CHECK(irm::text::sort_key("مصر") == "مصر");
        CHECK(irm::text::sort_key("\xC3") == "\xC3");
    }
}  // TEST_SUITE("text")

TEST_SUITE("json") {
    TEST_CASE("quote wraps text in double quotes") {
        CHECK(irm::json::quote("") == "\"\"");
        CHECK(irm::json::quote("abc") == "\"abc\"");
        CHECK(irm::json::quote("a b/c") == "\"a b/c\"");
    }

    TEST_CASE("quote escapes quotes and backslashes") {
        CHECK(irm::json::quote("say \"hi\"") == R"("say \"hi\"")");
        CHECK(irm::json::quote("C:\\dir\\") == R"("C:\\dir\\")");
        CHECK(irm::json::quote("\\\"") == R"("\\\"")");
    }

    TEST_CASE("quote escapes control characters") {
        CHECK(irm::json::quote("a\nb") == R"("a\nb")");
        CHECK(irm::json::quote("\r\t") == R"("\r\t")");
        CHECK(irm::json::quote("\b\f") == R"("\b\f")");
        CHECK(irm::json::quote("\x01") == R"("\u0001")");
        CHECK(lower(irm::json::quote("\x1F")) == R"("\u001f")");
        CHECK(lower(irm::json::quote("\x1B[0m")) == R"("\u001b[0m")");
        CHECK(irm::json::quote(std::string_view("a\0b", 3)) == R"("a\u0000b")");
        CHECK(irm::json::quote("\x7F") == R"("\u007f")");  // JSON allows DEL as is; irm escapes it
        for (int c = 0; c < 0x20; ++c) {
            const std::string quoted = irm::json::quote(std::string(1, static_cast<char>(c)));
            INFO("character ", c, ": ", quoted);
            CHECK(valid_json(quoted));
            CHECK(quoted.find(static_cast<char>(c)) == std::string::npos);
        }
    }

    TEST_CASE("quote passes UTF-8 through unchanged") {
        const std::string text = "caf\xC3\xA9 \xE6\x97\xA5\xE6\x9C\xAC \xF0\x9F\x98\x80 \xE2\x80\x94";
        CHECK(irm::json::quote(text) == "\"" + text + "\"");
    }

    TEST_CASE("quote replaces every byte that is not UTF-8, so that the text is still JSON") {
        // A file name in Latin-1, a cut sequence, a stray continuation byte, a surrogate, an overlong form.
        for (const std::string_view raw : {"caf\xE9.yaml", "\xC3",
                                           "a\x80"
                                           "b",
                                           "\xED\xA0\x80", "\xC0\xAF"}) {
            const std::string quoted = irm::json::quote(raw);
            INFO(quoted);
            CHECK(valid_json(quoted));
            CHECK(contains(quoted, "\xEF\xBF\xBD"));
        }
        CHECK(irm::json::quote("caf\xE9") == "\"caf\xEF\xBF\xBD\"");
        CHECK(irm::json::quote("a\x80\x80"
                               "b") ==
              "\"a\xEF\xBF\xBD\xEF\xBF\xBD"
              "b\"");
        irm::json::Writer w;
        w.begin_object().key("file\xFF").value("\xFE").end_object();
        CHECK(valid_json(w.str()));
    }

    TEST_CASE("quote escapes every control character, and the separators JavaScript breaks lines at") {
        CHECK(irm::json::quote(std::string_view("\0\x01\x1F", 3)) == "\"\\u0000\\u0001\\u001f\"");
        CHECK(irm::json::quote("del\x7F nel\xC2\x85 csi\xC2\x9B") == "\"del\\u007f nel\\u0085 csi\\u009b\"");
        CHECK(irm::json::quote("ls\xE2\x80\xA8ps\xE2\x80\xA9") == "\"ls\\u2028ps\\u2029\"");
        // A no-break space, Arabic, an override and an emoji are written as they are.
        const std::string text = "\xC2\xA0\xD8\xA7\xE2\x80\xAE\xF0\x9F\x98\x80";
        CHECK(irm::json::quote(text) == "\"" + text + "\"");
    }

    TEST_CASE("the writer produces indented nested JSON") {
        irm::json::Writer w;
        w.begin_object();
        w.key("name").value("x");
        w.key("list").begin_array().value(1).value(2).end_array();
        w.key("empty").begin_object().end_object();
        w.key("none").null();
        w.end_object();
        CHECK(w.str() ==
              "{\n"
              "  \"name\": \"x\",\n"
              "  \"list\": [\n"
              "    1,\n"
              "    2\n"
              "  ],\n"
              "  \"empty\": {},\n"
              "  \"none\": null\n"
              "}\n");
        CHECK(valid_json(w.str()));
    }

    TEST_CASE("the writer's output is valid JSON for every kind of value") {
        irm::json::Writer w;
        w.begin_object();
        w.key("results").begin_array();
        for (int i = 0; i < 3; ++i) {
            w.begin_object();
            w.key("file").value(std::string("dir/\"odd\"\\name\n.yaml"));
            w.key("line").value(std::optional<int>(i));
            w.key("column").value(std::optional<int>());
            w.key("question").value(std::optional<std::string>());
            w.key("state").value(std::optional<std::string>("Freedonia"));
            w.key("valid").value(i % 2 == 0);
            w.key("ratio").value(0.25 * i);
            w.key("big").value(1e20);
            w.key("small").value(-1.5e-7);
            w.key("count").value(-12345678901LL);
            w.key("nested").begin_array();
            w.begin_array().end_array();
            w.begin_object().key("k").value("v").end_object();
            w.end_array();
            w.end_object();
        }
        w.end_array();
        w.key("summary").begin_object().key("files").value(3).end_object();
        w.end_object();
        INFO(w.str());
        CHECK(valid_json(w.str()));
        CHECK(contains(w.str(), "\"line\": 2"));
        CHECK(contains(w.str(), "\"column\": null"));
        CHECK(contains(w.str(), "\"valid\": false"));
        CHECK(contains(w.str(), "\"ratio\": 0.5"));
        CHECK(contains(w.str(), "\"count\": -12345678901"));
    }

    TEST_CASE("a number that JSON cannot hold is written as null") {
        irm::json::Writer w;
        w.begin_array()
            .value(std::numeric_limits<double>::quiet_NaN())
            .value(std::numeric_limits<double>::infinity())
            .value(-std::numeric_limits<double>::infinity())
            .end_array();
        CHECK(w.str() == "[\n  null,\n  null,\n  null\n]\n");
    }

    TEST_CASE("a top-level array and scalars are fine too") {
        irm::json::Writer w;
        w.begin_array().end_array();
        CHECK(w.str() == "[]\n");
        irm::json::Writer scalar;
        scalar.value("only");
        CHECK(scalar.str() == "\"only\"");
        CHECK(valid_json(scalar.str()));
    }

    TEST_CASE("take returns the text and starts over") {
        irm::json::Writer w;
        w.begin_object().key("a").value(1).end_object();
        const std::string first = w.take();
        CHECK(first == "{\n  \"a\": 1\n}\n");
        CHECK(w.str().empty());
        w.begin_array().value(true).end_array();
        CHECK(w.take() == "[\n  true\n]\n");
    }

    TEST_CASE("drain streams a document piece by piece") {
        irm::json::Writer w;
        std::string streamed;
        w.begin_object().key("results").begin_array();
        streamed += w.drain();
        w.begin_object().key("n").value(1).end_object();
        streamed += w.drain();
        w.begin_object().key("n").value(2).end_object();
        streamed += w.drain();
        w.end_array().end_object();
        streamed += w.drain();
        CHECK(w.str().empty());

        irm::json::Writer whole;
        whole.begin_object().key("results").begin_array();
        whole.begin_object().key("n").value(1).end_object();
        whole.begin_object().key("n").value(2).end_object();
        whole.end_array().end_object();
        CHECK(streamed == whole.str());
        CHECK(valid_json(streamed));
    }

    TEST_CASE("the JSON validator of these tests rejects what is not JSON") {
        CHECK(valid_json("{\"a\": [1, 2.5, -0.5e3, true, false, null, \"\\u00e9\"]}"));
        CHECK_FALSE(valid_json("{\"a\": 1,}"));
        CHECK_FALSE(valid_json("[1 2]"));
        CHECK_FALSE(valid_json("\"a\nb\""));
        CHECK_FALSE(valid_json("\"\\x\""));
        CHECK_FALSE(valid_json("{} {}"));
        CHECK_FALSE(valid_json("01"));
        CHECK_FALSE(valid_json("nan"));
    }

}  // TEST_SUITE("json")

TEST_SUITE("files") {
    TEST_CASE("write_atomically writes the whole file and leaves no temporary behind") {
        const TemporaryDirectory dir;
        const std::string path = dir / "out.json";
        std::string bytes(200000, 'x');
        bytes[0] = '\0';
        bytes.back() = '\n';
        CHECK(irm::files::write_atomically(path, bytes).ok());
        CHECK(slurp(path) == bytes);
        CHECK(dir.entries() == std::vector<std::string>{"out.json"});
        const auto perms = fs::status(path).permissions();
        CHECK((perms & fs::perms::owner_read) != fs::perms::none);
        CHECK((perms & fs::perms::others_read) != fs::perms::none);
    }

    TEST_CASE("write_atomically replaces an existing file") {
        const TemporaryDirectory dir;
        dir.write("out.txt", "old contents that are longer than the new ones");
        CHECK(irm::files::write_atomically(dir / "out.txt", "new").ok());
        CHECK(slurp(dir / "out.txt") == "new");
        CHECK(dir.entries() == std::vector<std::string>{"out.txt"});
        CHECK(irm::files::write_atomically(dir / "empty.txt", "").ok());
        CHECK(slurp(dir / "empty.txt").empty());
        CHECK(fs::exists(dir / "empty.txt"));
    }

    TEST_CASE("write_atomically fails cleanly for a directory that does not exist") {
        const TemporaryDirectory dir;
        const std::string path = dir / "missing/out.txt";
        const auto written = irm::files::write_atomically(path, "data");
        REQUIRE_FALSE(written.ok());
        CHECK(contains(written.error(), path));
        CHECK(contains(written.error(), "No such file or directory"));
        CHECK_FALSE(fs::exists(path));
        CHECK(dir.entries().empty());
    }

    TEST_CASE("write_atomically onto a directory fails and cleans up") {
        const TemporaryDirectory dir;
        fs::create_directory(dir.path() / "taken");
        dir.write("taken/inside.txt", "x");
        const auto written = irm::files::write_atomically(dir / "taken", "data");
        REQUIRE_FALSE(written.ok());
        CHECK(contains(written.error(), "taken"));
        CHECK(fs::is_directory(dir / "taken"));
        CHECK(dir.entries() == std::vector<std::string>{"taken"});
    }

    TEST_CASE("read returns the bytes of a file or why it could not") {
        const TemporaryDirectory dir;
        dir.write("a.bin", std::string("a\0b\xFF", 4));
        const auto contents = irm::files::read(dir / "a.bin");
        REQUIRE(contents.ok());
        CHECK(*contents == std::string("a\0b\xFF", 4));

        const auto missing = irm::files::read(dir / "nothing.yaml");
        CHECK_FALSE(missing.ok());
        CHECK_FALSE(missing.error().empty());

        const auto directory = irm::files::read(dir.path().string());
        CHECK_FALSE(directory.ok());
        CHECK(contains(directory.error(), "directory"));
    }

    TEST_CASE("find walks a directory recursively, sorted, by extension") {
        const TemporaryDirectory dir;
        dir.write("b.yaml", "x");
        dir.write("a.yml", "x");
        dir.write("c.txt", "x");
        dir.write("yaml", "x");
        dir.write("d.yaml.bak", "x");
        dir.write("sub/z.yaml", "x");
        dir.write("sub/deeper/m.yaml", "x");
        dir.write("sub/deeper/n.json", "x");
        dir.write("a-sub/k.yaml", "x");
        const std::string root = dir.path().string();
        const auto found = irm::files::find(root, {".yaml", ".yml"});
        CHECK(found == std::vector<std::string>{root + "/a-sub/k.yaml", root + "/a.yml", root + "/b.yaml",
                                                root + "/sub/deeper/m.yaml", root + "/sub/z.yaml"});
        CHECK(irm::files::find(root, {".json"}) == std::vector<std::string>{root + "/sub/deeper/n.json"});
        CHECK(irm::files::find(root, {}).empty());
    }

    TEST_CASE("a file's kind is told by the ending of its name, whatever its case") {
        CHECK(irm::files::has_extension("parts/Justice.XLSX", ".xlsx"));
        CHECK(irm::files::has_extension("r.yaml", ".YAML"));
        CHECK(irm::files::has_extension(".xlsx", ".xlsx"));
        CHECK_FALSE(irm::files::has_extension("r.yaml.bak", ".yaml"));
        CHECK_FALSE(irm::files::has_extension("xlsx", ".xlsx"));
        CHECK_FALSE(irm::files::has_extension("", ".md"));

        const TemporaryDirectory dir;
        dir.write("A.YAML", "x");
        dir.write("b.Yml", "x");
        dir.write("sub/C.XLSX", "x");
        const std::string root = dir.path().string();
        CHECK(irm::files::find(root, {".yaml", ".yml", ".xlsx"}) ==
              std::vector<std::string>{root + "/A.YAML", root + "/b.Yml", root + "/sub/C.XLSX"});
        CHECK(irm::files::list(root, {".yaml"}) == std::vector<std::string>{root + "/A.YAML"});
    }

    TEST_CASE("list reads only the directory itself") {
        const TemporaryDirectory dir;
        dir.write("b.yaml", "x");
        dir.write("a.yml", "x");
        dir.write("sub/z.yaml", "x");
        const std::string root = dir.path().string();
        CHECK(irm::files::list(root, {".yaml", ".yml"}) ==
              std::vector<std::string>{root + "/a.yml", root + "/b.yaml"});
    }

    TEST_CASE("find does not loop on a symbolic link cycle") {
        const TemporaryDirectory dir;
        dir.write("top.yaml", "x");
        dir.write("sub/inner.yaml", "x");
        fs::create_directory_symlink(dir.path(), dir.path() / "sub" / "loop");
        fs::create_directory_symlink(dir.path() / "sub", dir.path() / "sub" / "self");
        const std::string root = dir.path().string();
        const auto found = irm::files::find(root, {".yaml"});
        CHECK(found == std::vector<std::string>{root + "/sub/inner.yaml", root + "/top.yaml"});
    }

    TEST_CASE("find and list of a directory that does not exist are empty") {
        const TemporaryDirectory dir;
        CHECK(irm::files::find(dir / "missing", {".yaml"}).empty());
        CHECK(irm::files::list(dir / "missing", {".yaml"}).empty());
    }

}  // TEST_SUITE("files")
