// base/: the catalogue of every word a person reads — headings, sheet names, the
// sentences of drafts, templates and parts — by key, in each language, with named
// placeholders filled in by fmt. docs/WORDS.md says how to add a key or a language.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace irm {

/// A key of the catalogue. The sources write it as a literal, "draft.rule.answered-no"_key, so that
/// a unit test can find every key they use and check that the catalogue has it; a key made at run
/// time (a finding's code) comes from find_key(), which knows only keys the catalogue has.
class Key {
public:
    constexpr std::string_view name() const { return name_; }
    friend constexpr bool operator==(Key a, Key b) { return a.name_ == b.name_; }
    friend constexpr bool operator!=(Key a, Key b) { return a.name_ != b.name_; }

private:
    constexpr explicit Key(std::string_view name) : name_(name) {}
    friend constexpr Key operator""_key(const char* text, std::size_t size);
    friend const std::vector<Key>& catalogue_keys();
    std::string_view name_;
};

/// Writes a key of the catalogue: "draft.heading.points"_key.
constexpr Key operator""_key(const char* text, std::size_t size) {
    return Key(std::string_view(text, size));
}

/// A value put into a text: {"provision", "5(1)(a)"} fills `{provision}`. The value is inserted
/// as it is (braces in it are not placeholders); the name is a literal, not copied.
struct Arg {
    std::string_view name;
    std::string value;
};

/// The languages the catalogue has a table for, English first ("en", "fr").
const std::vector<std::string>& catalogue_languages();

/// Whether the catalogue has a table for the language ("fr"; not "fr_FR").
bool has_catalogue_language(std::string_view language);

/// The language of the words irm writes for a person when the command line names none
/// (FORMATS.md §4, *Language of messages*): `IRM_LANG`, then the first language of `LANGUAGE`
/// (a list, "fr:en"), `LC_ALL`, `LC_MESSAGES`, `LANG` ("fr_CA.UTF-8" reads as "fr") that the
/// catalogue has, else English. Read from the environment at each call.
std::string language_from_environment();

/// Which language a command words what it prints for a person in.
struct Wording {
    std::string asked;            ///< `--lang`, a language the catalogue has; empty when not given
    std::string fallback = "en";  ///< language_from_environment(), or "en"

    /// For words about a response (its findings): the language asked for, else the response's
    /// `language` when the catalogue has it, else the fallback.
    std::string about(std::string_view declared) const;
    /// For other words: the language asked for, else the fallback.
    const std::string& general() const { return asked.empty() ? fallback : asked; }
};

/// Every key of the catalogue, in the order of the English table.
const std::vector<Key>& catalogue_keys();

/// The key of that name when the catalogue has it; for keys made at run time, such as a finding's
/// code ("finding." + code).
std::optional<Key> find_key(std::string_view name);

/// The text of a key in a language, its placeholders filled from `args`; without `args`, the
/// lookup of a fixed text. A language the catalogue lacks reads as English. Never throws: a
/// pattern that cannot be filled (a placeholder without its value) gives the key's name, so
/// that the fault shows.
std::string message(Key key, std::string_view language, std::initializer_list<Arg> args = {});

/// The same with values gathered at run time, or kept to be worded later in another language.
std::string message(Key key, std::string_view language, const std::vector<Arg>& args);

/// The pattern of a key as its language's table writes it, empty where that table lacks it:
/// placeholders in braces, literal braces doubled. For tests and translators.
std::string_view pattern(Key key, std::string_view language);

/// What is wrong with the tables themselves: a key a table holds twice, or one English does not
/// have (a typo in a translation). Empty when all is well; for the unit test.
const std::vector<std::string>& catalogue_faults();

/// Items joined as a list in prose: "a, b and c" in English, "a, b et c" in French; `last`
/// ("words.or"_key) joins the last two.
std::string join_in_prose(const std::vector<std::string>& items, std::string_view language,
                          Key last = "words.and"_key);

/// A text quoted as the language quotes in running prose: “text” in English, « text » in French.
std::string quoted_in(std::string_view text, std::string_view language);

}  // namespace irm
