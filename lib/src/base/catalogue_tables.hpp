// The catalogue's data: tables by language and by where the words are read, each in its own
// file (catalogue_en.cpp, catalogue_fr.cpp for the documents irm writes; catalogue_en_findings.cpp
// and the like for the messages of the checks and of the command line), so that a translator works
// on one file and adding a language is adding its tables. The English tables are the reference:
// they define the keys; a unit test holds every other language to the same keys and the same
// placeholders.
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

// Constant-initialized, so that they are there before any code runs. A language's words are
// the union of its tables; a key belongs to one table of each language.
extern const Table english;
extern const Table french;
extern const Table english_findings;  ///< findings of the response checks (IRM0xx, IRM06x)
extern const Table french_findings;
extern const Table english_lint;  ///< findings of the questionnaire loader (IRM1xx)
extern const Table french_lint;
extern const Table english_workbook;  ///< findings of workbook import (IRM05x) and workbook words
extern const Table french_workbook;
extern const Table english_cli;  ///< the command line: hints, headings, summaries, reports
extern const Table french_cli;
extern const Table english_review;  ///< findings of notes files and of merge
extern const Table french_review;

}  // namespace irm::catalogue
