// The catalogue's data: one table per language, each in its own file
// (catalogue_en.cpp, catalogue_fr.cpp), so that a translator works on one file
// and adding a language is adding one table. The English table is the
// reference: it defines the keys; a unit test holds every other table to the
// same keys and the same placeholders.
#pragma once

#include <cstddef>
#include <string_view>

namespace irm::catalogue {

/// One text of a language: its key and its pattern (`{name}` placeholders, `{{` `}}` for braces).
struct Text {
    std::string_view key, text;
};

/// The texts of one language.
struct Table {
    std::string_view language;
    const Text* texts;
    std::size_t size;
};

// Constant-initialized, so that they are there before any code runs.
extern const Table english;
extern const Table french;

}  // namespace irm::catalogue
