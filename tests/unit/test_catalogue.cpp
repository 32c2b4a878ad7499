#include <irm/catalogue.hpp>

#include <irm/answers.hpp>
#include <irm/finding_codes.hpp>
#include <irm/questionnaire.hpp>
#include <irm/text.hpp>
#include <irm/values.hpp>

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <regex>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace fs = std::filesystem;

using irm::operator""_key;

namespace {

/// The placeholders of a pattern, and what in it is not a well-written placeholder.
struct Placeholders {
    std::set<std::string> names;
    std::vector<std::string> faults;
};

Placeholders placeholders_of(std::string_view text) {
    Placeholders out;
    const auto is_name = [](std::string_view name) {
        if (name.empty() || !(name[0] == '_' || (name[0] >= 'a' && name[0] <= 'z'))) return false;
        for (const char c : name)
            if (!(c == '_' || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) return false;
        return true;
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const bool doubled = i + 1 < text.size() && text[i + 1] == text[i];
        if (text[i] == '{' && !doubled) {
            const std::size_t end = text.find('}', i);
            if (end == std::string_view::npos) {
                out.faults.push_back("a '{' that is never closed");
                break;
            }
            const std::string name(text.substr(i + 1, end - i - 1));
            if (!is_name(name)) out.faults.push_back("{" + name + "} is not a named placeholder");
            out.names.insert(name);
            i = end;
        } else if (text[i] == '}' && !doubled) {
            out.faults.push_back("a '}' that closes nothing (write }} for a brace)");
        } else if (text[i] == '{' || text[i] == '}') {
            ++i;  // "{{" or "}}": a brace as text
        }
    }
    return out;
}

/// Every "…"_key literal in the sources of the library and the command line, and where it is.
std::map<std::string, std::string> keys_in_sources() {
    std::map<std::string, std::string> out;
    const std::regex literal(R"re("([^"\\]+)"_key)re");  // not operator""_key itself
    for (const char* folder : {"lib", "cli"}) {
        for (const auto& entry : fs::recursive_directory_iterator(fs::path(IRM_SOURCE_DIR) / folder)) {
            const std::string extension = entry.path().extension().string();
            if (!entry.is_regular_file() || (extension != ".cpp" && extension != ".hpp")) continue;
            std::ifstream in(entry.path(), std::ios::binary);
            const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
            for (auto it = std::sregex_iterator(text.begin(), text.end(), literal);
                 it != std::sregex_iterator(); ++it)
                out.emplace((*it)[1].str(), entry.path().lexically_relative(IRM_SOURCE_DIR).string());
        }
    }
    return out;
}

}  // namespace

TEST_SUITE("catalogue") {
    TEST_CASE("English comes first and French is there") {
        const auto& languages = irm::catalogue_languages();
        REQUIRE(languages.size() >= 2);
        CHECK(languages[0] == "en");
        CHECK(std::count(languages.begin(), languages.end(), "fr") == 1);
    }

    TEST_CASE("every key has a text in every language") {
        CHECK_FALSE(irm::catalogue_keys().empty());
        for (const irm::Key key : irm::catalogue_keys())
            for (const std::string& language : irm::catalogue_languages()) {
                INFO(key.name(), " in ", language);
                CHECK_FALSE(irm::pattern(key, language).empty());
            }
    }

    TEST_CASE("no table holds a key twice or a key that English lacks") {
        for (const std::string& fault : irm::catalogue_faults())
            FAIL_CHECK(fault);
        std::set<std::string_view> names;
        for (const irm::Key key : irm::catalogue_keys())
            CHECK(names.insert(key.name()).second);
    }

    TEST_CASE("placeholders are names, and a brace that is text is doubled") {
        for (const irm::Key key : irm::catalogue_keys())
            for (const std::string& language : irm::catalogue_languages()) {
                INFO(key.name(), " in ", language, ": ", irm::pattern(key, language));
                CHECK(placeholders_of(irm::pattern(key, language)).faults.empty());
            }
    }

    TEST_CASE("each language names the same placeholders as English") {
        for (const irm::Key key : irm::catalogue_keys()) {
            const std::set<std::string> english = placeholders_of(irm::pattern(key, "en")).names;
            for (const std::string& language : irm::catalogue_languages()) {
                INFO(key.name(), " in ", language, ": ", irm::pattern(key, language));
                CHECK(placeholders_of(irm::pattern(key, language)).names == english);
            }
        }
    }

    TEST_CASE("every pattern formats with a value for each of its placeholders") {
        for (const irm::Key key : irm::catalogue_keys())
            for (const std::string& language : irm::catalogue_languages()) {
                // An Arg holds its name as a view: the names must outlive the values.
                const Placeholders found = placeholders_of(irm::pattern(key, language));
                std::vector<irm::Arg> values;
                for (const std::string& name : found.names)
                    values.push_back({name, "<" + name + ">"});
                const std::string text = irm::message(key, language, values);
                INFO(key.name(), " in ", language, ": ", text);
                CHECK(text != key.name());
                for (const irm::Arg& value : values)
                    CHECK(text.find(value.value) != std::string::npos);
            }
    }

    TEST_CASE("every key the sources use is in the catalogue, and every key in it is used") {
        const std::map<std::string, std::string> used = keys_in_sources();
        CHECK(used.size() > 50);  // the scan found the sources
        for (const auto& [name, file] : used) {
            INFO(name, " in ", file);
            CHECK(irm::find_key(name).has_value());
        }
        for (const irm::Key key : irm::catalogue_keys()) {
            // A code's summary, "finding.IRM101", is found by find_key() from the code at run time.
            const std::string_view name = key.name();
            if (name.rfind("finding.", 0) == 0 && irm::find_finding_code(name.substr(8))) continue;
            INFO(key.name(), " is in the catalogue but no source uses it");
            CHECK(used.count(std::string(key.name())) == 1);
        }
    }

    TEST_CASE("placeholders are filled by name, and braces in values stay as they are") {
        CHECK(irm::message("draft.rule.answered-no"_key, "fr", {{"provision", "5(1)(b)"}}) ==
              "L'État indique que son droit ne donne pas effet à l'article 5(1)(b).");
        CHECK(irm::message("words.and"_key, "en", {{"right", "{left}"}, {"left", "{right}"}}) ==
              "{right} and {left}");
    }

    TEST_CASE("a language the catalogue lacks reads as English") {
        CHECK(irm::message("draft.heading.suggestions"_key, "xx") ==
              irm::message("draft.heading.suggestions"_key, "en"));
        CHECK(irm::message("words.and"_key, "ar", {{"left", "a"}, {"right", "b"}}) == "a and b");
    }

    TEST_CASE("a pattern short of a value gives the key's name rather than failing") {
        CHECK(irm::message("draft.rule.answered-no"_key, "en") == "draft.rule.answered-no");
        CHECK(irm::message("words.and"_key, "fr", {{"left", "a"}}) == "words.and");
    }

    TEST_CASE("a key made at run time is found only when the catalogue has it") {
        CHECK(irm::find_key("words.and") == "words.and"_key);
        CHECK_FALSE(irm::find_key("finding.IRM999").has_value());
        CHECK_FALSE(irm::find_key("").has_value());
    }

    TEST_CASE("a message kept as its key and values is worded later in any language") {
        const irm::Key key = *irm::find_key("draft.rule.statistics-column-empty");
        const std::vector<irm::Arg> values{{"article", "7"}, {"columns", "women"}};
        CHECK(irm::message(key, "en", values) == "The statistics for article 7 give no figures for: women.");
        CHECK(irm::message(key, "fr", values) ==
              "Les statistiques de l'article 7 ne donnent aucun chiffre pour : women.");
    }

    TEST_CASE("a priority is one word in drafts and workbooks, with a capital in lists") {
        // French drafts said haute / basse and workbooks Élevée / Faible; both now say élevée / faible.
        CHECK(irm::ta_priority_word("high", "fr") == "élevée");
        CHECK(irm::ta_priority_word("medium", "fr") == "moyenne");
        CHECK(irm::ta_priority_word("low", "fr") == "faible");
        CHECK(irm::ta_priority_label("high", "fr") == "Élevée");  // as workbooks already wrote it
        CHECK(irm::ta_priority_label("low", "fr") == "Faible");
        CHECK(irm::ta_priority_word("high", "en") == "high");
        CHECK(irm::ta_priority_label("high", "en") == "High");
        CHECK(irm::ta_priority_label("urgent", "fr") == "urgent");  // not a priority: as written
        for (const std::string& language : irm::catalogue_languages())
            for (const std::string& priority : irm::ta_priorities())
                CHECK(irm::ta_priority_label(priority, language) ==
                      irm::text::capitalised(irm::ta_priority_word(priority, language)));
    }

    TEST_CASE("lists and quotations read as prose in each language") {
        CHECK(irm::join_in_prose({}, "en").empty());
        CHECK(irm::join_in_prose({"a"}, "en") == "a");
        CHECK(irm::join_in_prose({"a", "b", "c"}, "en") == "a, b and c");
        CHECK(irm::join_in_prose({"a", "b"}, "fr") == "a et b");
        CHECK(irm::join_in_prose({"a", "b", "c"}, "fr", "words.or"_key) == "a, b ou c");
        CHECK(irm::quoted_in("x", "en") == "\u201cx\u201d");
        CHECK(irm::quoted_in("x", "fr") == "« x »");
    }

    TEST_CASE("a value whose bidirectional controls would act beyond it is isolated in its sentence") {
        const std::string rlo = "\xE2\x80\xAE", pdf = "\xE2\x80\xAC", fsi = "\xE2\x81\xA8",
                          pdi = "\xE2\x81\xA9";
        // An override left open would turn around the rest of the sentence: it is closed and isolated.
        CHECK(irm::join_in_prose({"evil" + rlo + "txet", "after"}, "en", "words.and"_key) ==
              fsi + "evil" + rlo + "txet" + pdf + pdi + " and after");
        // A value that closes what it opens, and Arabic text, go in as they are.
        CHECK(irm::quoted_in(rlo + "x" + pdf, "en") == "\u201c" + rlo + "x" + pdf + "\u201d");
        CHECK(irm::quoted_in("\xD9\x82\xD8\xA7\xD9\x86\xD9\x88\xD9\x86", "en") ==
              "\u201c\xD9\x82\xD8\xA7\xD9\x86\xD9\x88\xD9\x86\u201d");
        // An isolated value is not isolated again when the sentence goes into another one.
        const std::string once = irm::quoted_in(rlo, "en");
        CHECK(irm::quoted_in(once, "en") == "\u201c" + once + "\u201d");
    }

    TEST_CASE("a long list is joined whole, in order, with the last pair joined by the conjunction") {
        // 200,000 provisions joined pair by pair copied the list so far at each: many minutes.
        std::vector<std::string> provisions;
        for (int i = 0; i < 200'000; ++i)
            provisions.push_back("5(" + std::to_string(i) + ")");
        const std::string joined = irm::join_in_prose(provisions, "fr");
        CHECK(joined.rfind("5(0), 5(1), 5(2), ", 0) == 0);
        CHECK(joined.size() > 1'000'000);
        CHECK(joined.size() - joined.rfind("5(199998) et 5(199999)") == 22);
    }
}

TEST_SUITE("catalogue: the language of messages") {
    TEST_CASE("a provision reads in words, in each language's style") {
        CHECK(irm::provision_in_words("5(1)(a)(i)", "en") == "article 5, paragraph 1 (a) (i)");
        CHECK(irm::provision_in_words("5(1)(a)(i)", "fr") == "article 5, paragraphe 1 a) i)");
        CHECK(irm::provision_in_words("2(a)", "en") == "article 2 (a)");
        CHECK(irm::provision_in_words("2(a)", "fr") == "article 2 a)");
        CHECK(irm::provision_in_words("5(3)", "fr") == "article 5, paragraphe 3");
        CHECK(irm::provision_in_words("23", "en") == "article 23");
        // Anything else is shown as written.
        CHECK(irm::provision_in_words("Art. 5 bis", "en") == "Art. 5 bis");
        CHECK(irm::provision_in_words("5(", "en") == "5(");
    }

    TEST_CASE("a question is named by provision, short label and id") {
        irm::Question q;
        q.id = "q5_1a_i_law";
        q.provision = "5(1)(a)(i)";
        q.label.translations = {{"en", "Cite the legislation that gives effect to article 5(1)(a)(i), the agreement "
                                       "to commit a serious crime, with its title and year."}};
        CHECK(irm::question_in_words(q, "en").find("article 5, paragraph 1 (a) (i) — Cite the legislation") == 0);
        CHECK(irm::question_in_words(q, "en").size() < 120);
        q.short_label.translations = {{"en", "legislation cited"}, {"fr", "législation citée"}};
        CHECK(irm::question_in_words(q, "en") == "article 5, paragraph 1 (a) (i) — legislation cited [q5_1a_i_law]");
        CHECK(irm::question_in_words(q, "fr") == "article 5, paragraphe 1 a) i) — législation citée [q5_1a_i_law]");
        q.provision.clear();
        CHECK(irm::question_in_words(q, "en") == "legislation cited [q5_1a_i_law]");
    }

    TEST_CASE("the language comes from --lang, the response, IRM_LANG, then the locale") {
        const auto set = [](const char* name, const char* value) {
            if (value)
                setenv(name, value, 1);
            else
                unsetenv(name);
        };
        for (const char* name : {"IRM_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"})
            set(name, nullptr);
        CHECK(irm::language_from_environment() == "en");
        set("LANG", "fr_FR.UTF-8");
        CHECK(irm::language_from_environment() == "fr");
        set("LC_ALL", "C");  // names no language: the next variable decides
        CHECK(irm::language_from_environment() == "fr");
        set("LANGUAGE", "xx:en_GB");  // the first the catalogue has
        CHECK(irm::language_from_environment() == "en");
        set("IRM_LANG", "fr");
        CHECK(irm::language_from_environment() == "fr");
        for (const char* name : {"IRM_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"})
            set(name, nullptr);

        irm::Wording wording;
        wording.fallback = "fr";
        CHECK(wording.about("en") == "en");
        CHECK(wording.about("xx") == "fr");
        CHECK(wording.about("") == "fr");
        wording.asked = "en";
        CHECK(wording.about("fr") == "en");
        CHECK(wording.general() == "en");
    }
}
