#include <irm/catalogue.hpp>

#include <irm/text.hpp>

#include "base/catalogue_tables.hpp"

#include <fmt/args.h>
#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <deque>
#include <unordered_map>

namespace irm {

namespace {

/// The tables indexed once: the position of each key in English, and each language's text by that position.
struct Index {
    std::vector<std::string> languages;
    std::vector<std::string_view> keys;
    std::unordered_map<std::string_view, std::size_t> position;
    std::vector<std::vector<std::string_view>> texts;  ///< by language, then key; empty where missing
    std::vector<std::string> faults;                   ///< keys a table holds twice, or that English lacks

    Index() {
        // Every table, English ones first; a language is the union of its tables. A new
        // language is its tables here.
        const catalogue::Table tables[] = {
            catalogue::english,         catalogue::english_findings, catalogue::english_lint,
            catalogue::english_workbook, catalogue::english_cli,     catalogue::english_review,
            catalogue::french,          catalogue::french_findings,  catalogue::french_lint,
            catalogue::french_workbook,  catalogue::french_cli,      catalogue::french_review,
        };
        for (const catalogue::Table& table : tables) {
            if (table.language != tables[0].language) continue;
            for (std::size_t i = 0; i < table.size; ++i)
                if (position.emplace(table.texts[i].key, keys.size()).second)
                    keys.push_back(table.texts[i].key);
                else
                    faults.push_back("en: " + std::string(table.texts[i].key) + " is there twice");
        }
        for (const catalogue::Table& table : tables) {
            auto language = std::find(languages.begin(), languages.end(), table.language);
            if (language == languages.end()) {
                languages.emplace_back(table.language);
                texts.emplace_back(keys.size());
                language = languages.end() - 1;
            }
            std::vector<std::string_view>& by_key = texts[static_cast<std::size_t>(language - languages.begin())];
            for (std::size_t i = 0; i < table.size; ++i) {
                const auto found = position.find(table.texts[i].key);
                if (found == position.end())
                    faults.push_back(std::string(table.language) + ": " + std::string(table.texts[i].key) +
                                     " is not a key of the English table");
                else if (!by_key[found->second].empty() && table.language != tables[0].language)
                    faults.push_back(std::string(table.language) + ": " + std::string(table.texts[i].key) +
                                     " is there twice");
                else if (by_key[found->second].empty())
                    by_key[found->second] = table.texts[i].text;
            }
        }
    }

    /// The text of a key in a language's own table; empty where it has none.
    std::string_view own(std::string_view key, std::string_view language) const {
        const auto found = position.find(key);
        if (found == position.end()) return {};
        for (std::size_t l = 0; l < languages.size(); ++l)
            if (languages[l] == language) return texts[l][found->second];
        return {};
    }

    /// The text of a key in a language, else in English; nullopt for a key the catalogue lacks.
    std::optional<std::string_view> find(std::string_view key, std::string_view language) const {
        const auto found = position.find(key);
        if (found == position.end()) return std::nullopt;
        const std::string_view text = own(key, language);
        return text.empty() ? texts[0][found->second] : text;
    }
};

const Index& index() {
    static const Index built;
    return built;
}

std::string format(Key key, std::string_view language, const Arg* begin, const Arg* end) {
    const std::optional<std::string_view> text = index().find(key.name(), language);
    if (!text) return std::string(key.name());
    fmt::dynamic_format_arg_store<fmt::format_context> values;
    // A value whose bidirectional controls could act beyond it (an override typed into an
    // answer) is isolated, so that it cannot turn the rest of the sentence around. The store
    // keeps views: the isolated texts live here until the sentence is made.
    std::deque<std::string> isolated;
    for (const Arg* arg = begin; arg != end; ++arg) {
        fmt::string_view value(arg->value);
        if (text::leaks_direction(arg->value)) {
            isolated.push_back(text::isolated(arg->value));
            value = fmt::string_view(isolated.back());
        }
        values.push_back(fmt::arg(std::string(arg->name).c_str(), value));
    }
    try {
        return fmt::vformat(fmt::string_view(text->data(), text->size()), values);
    } catch (const fmt::format_error&) {
        return std::string(key.name());
    }
}

}  // namespace

const std::vector<std::string>& catalogue_languages() {
    return index().languages;
}

bool has_catalogue_language(std::string_view language) {
    const auto& languages = index().languages;
    return std::find(languages.begin(), languages.end(), language) != languages.end();
}

namespace {

/// The language a locale name names when the catalogue has it: "fr_FR.UTF-8@euro" is "fr";
/// "C", "POSIX" and an empty name name none.
std::optional<std::string> locale_language(std::string_view locale) {
    const std::size_t end = locale.find_first_of("_.@-");
    const std::string language(locale.substr(0, end));
    if (language.empty() || !has_catalogue_language(language)) return std::nullopt;
    return language;
}

}  // namespace

std::string language_from_environment() {
    if (const char* asked = std::getenv("IRM_LANG"))
        if (const auto language = locale_language(asked)) return *language;
    if (const char* list = std::getenv("LANGUAGE")) {
        std::string_view rest(list);
        while (!rest.empty()) {
            const std::size_t colon = rest.find(':');
            if (const auto language = locale_language(rest.substr(0, colon))) return *language;
            rest = colon == std::string_view::npos ? std::string_view() : rest.substr(colon + 1);
        }
    }
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"})
        if (const char* value = std::getenv(name))
            if (const auto language = locale_language(value)) return *language;
    return "en";
}

std::string Wording::about(std::string_view declared) const {
    if (!asked.empty()) return asked;
    if (!declared.empty() && has_catalogue_language(declared)) return std::string(declared);
    return fallback;
}

const std::vector<Key>& catalogue_keys() {
    static const std::vector<Key> keys = [] {
        std::vector<Key> out;
        for (const std::string_view key : index().keys)
            out.push_back(Key(key));
        return out;
    }();
    return keys;
}

std::optional<Key> find_key(std::string_view name) {
    const auto found = index().position.find(name);
    if (found == index().position.end()) return std::nullopt;
    return catalogue_keys()[found->second];
}

std::string message(Key key, std::string_view language, std::initializer_list<Arg> args) {
    return format(key, language, args.begin(), args.end());
}

std::string message(Key key, std::string_view language, const std::vector<Arg>& args) {
    return format(key, language, args.data(), args.data() + args.size());
}

std::string_view pattern(Key key, std::string_view language) {
    return index().own(key.name(), language);
}

const std::vector<std::string>& catalogue_faults() {
    return index().faults;
}

namespace {

/// What a text that joins two sides puts before, between and after them: "{left}, {right}" is
/// {"", ", ", ""}. Nullopt when the text does not hold {left} once, then {right} once.
struct Around {
    std::string before, between, after;
};

std::optional<Around> around(Key key, std::string_view language) {
    // Two bytes no text of the catalogue holds stand for the sides.
    const std::string text = message(key, language, {{"left", "\x01"}, {"right", "\x02"}});
    const std::size_t left = text.find('\x01'), right = text.find('\x02');
    if (left == std::string::npos || right == std::string::npos || right < left ||
        text.find('\x01', left + 1) != std::string::npos || text.find('\x02', right + 1) != std::string::npos)
        return std::nullopt;
    return Around{text.substr(0, left), text.substr(left + 1, right - left - 1), text.substr(right + 1)};
}

}  // namespace

std::string join_in_prose(const std::vector<std::string>& items, std::string_view language, Key last) {
    if (items.empty()) return {};
    const std::optional<Around> comma = around("words.comma"_key, language), final = around(last, language);
    if (!comma || !final) {
        // Each pair wraps the list so far: a cost that grows with the square of the items, for texts
        // that cannot be cut into their parts only.
        std::string out = items.front();
        for (std::size_t i = 1; i < items.size(); ++i)
            out = message(i + 1 == items.size() ? last : "words.comma"_key, language,
                          {{"left", std::move(out)}, {"right", items[i]}});
        return out;
    }
    // The same text, built once from the outside in: the last pair wraps all the others, each
    // comma the ones before it, so their openings come first and the first item inside them all.
    std::string out;
    if (items.size() > 1) out += final->before;
    for (std::size_t i = 2; i < items.size(); ++i)
        out += comma->before;
    // Each item confined as message() confines a value, so that none turns the sentence around.
    out += text::isolated(items.front());
    for (std::size_t i = 1; i < items.size(); ++i) {
        const Around& pair = i + 1 == items.size() ? *final : *comma;
        out += pair.between;
        out += text::isolated(items[i]);
        out += pair.after;
    }
    return out;
}

std::string quoted_in(std::string_view text, std::string_view language) {
    return message("words.quoted"_key, language, {{"text", std::string(text)}});
}

}  // namespace irm
