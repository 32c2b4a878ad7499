// Fixtures shared by the unit tests: registries, temporary directories, texts of questionnaires and
// responses to check, and ways to look at findings. Only what several test files use is here.
#pragma once

#include <irm/catalogue.hpp>
#include <irm/diagnostic.hpp>
#include <irm/document.hpp>
#include <irm/export.hpp>
#include <irm/questionnaire.hpp>
#include <irm/questionnaire_loader.hpp>
#include <irm/registry.hpp>
#include <irm/response.hpp>
#include <irm/response_check.hpp>
#include <irm/response_file.hpp>
#include <irm/yaml.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

namespace irm::test {

// ---------------------------------------------------------------- the YAML reader

/// Whether irm reads YAML with libfyaml (the default build) rather than yaml-cpp. The two
/// parsers stop at different places in a few broken files; tests of IRM001 positions say both.
inline bool reads_with_libfyaml() {
    return yaml::reader_name().rfind("libfyaml", 0) == 0;
}

// ---------------------------------------------------------------- registries and directories

/// The registry of the shipped questionnaires only, opened once for the whole test program.
inline const Registry& shipped() {
    static const std::unique_ptr<Registry> registry = [] {
        auto opened = Registry::open(Registry::Sources{{}, true});
        INFO("error: ", (opened ? std::string() : opened.error()));
        REQUIRE(opened);
        return std::move(*opened);
    }();
    return *registry;
}

/// A directory that is removed with everything in it when it goes out of scope.
class TemporaryDirectory {
public:
    TemporaryDirectory() {
        std::string pattern = (std::filesystem::temp_directory_path() / "irm-unit-XXXXXX").string();
        std::vector<char> name(pattern.begin(), pattern.end());
        name.push_back('\0');
        REQUIRE(::mkdtemp(name.data()) != nullptr);
        path_ = name.data();
    }
    ~TemporaryDirectory() {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    TemporaryDirectory(const TemporaryDirectory&) = delete;
    TemporaryDirectory& operator=(const TemporaryDirectory&) = delete;

    const std::filesystem::path& path() const { return path_; }
    /// The path of an entry of the directory, as text.
    std::string operator/(const std::string& name) const { return (path_ / name).string(); }
    /// Writes a file (and the directories it is in) below the directory.
    void write(const std::string& name, const std::string& text) const {
        std::filesystem::create_directories((path_ / name).parent_path());
        std::ofstream out(path_ / name, std::ios::binary);
        out << text;
    }
    /// Names of the entries directly in the directory, sorted.
    std::vector<std::string> entries() const {
        std::vector<std::string> names;
        for (const auto& entry : std::filesystem::directory_iterator(path_))
            names.push_back(entry.path().filename().string());
        std::sort(names.begin(), names.end());
        return names;
    }

private:
    std::filesystem::path path_;
};

/// Questionnaires written by a test into a temporary directory of their own (file name, text), and a
/// registry opened on that directory, with the shipped questionnaires too when `with_shipped` is true.
/// Fails the test when the registry cannot be opened.
struct LocalRegistry {
    LocalRegistry(const std::vector<std::pair<std::string, std::string>>& files, bool with_shipped) {
        for (const auto& [name, text] : files)
            directory.write(name, text);
        auto opened = Registry::open(Registry::Sources{{directory.path().string()}, with_shipped});
        INFO("error: ", (opened ? std::string() : opened.error()));
        REQUIRE(opened);
        registry = std::move(*opened);
    }

    TemporaryDirectory directory;  // declared first: it outlives the registry that reads it
    std::unique_ptr<Registry> registry;
};

// ---------------------------------------------------------------- questionnaires

/// The start of a small questionnaire in English and French, up to the `questions:` key of its first
/// section (s1, article 5), with the choice list `yn` (yes, no). Questions are appended to it, indented
/// by six spaces, from its line 17 on.
inline std::string questionnaire_head(const std::string& id, const std::string& title_en,
                                      const std::string& title_fr) {
    const std::string title = "title: {en: " + title_en + ", fr: " + title_fr + "}\n";
    return "format: irm-questionnaire/1\nid: " + id + "\nversion: \"1\"\ninstrument: UNTOC\ncluster: 1\n" +
           "languages: [en, fr]\n" + title + R"yaml(choice_lists:
  yn:
    - {value: "yes", label: {en: "Yes", fr: Oui}}
    - {value: "no", label: {en: "No", fr: Non}}
sections:
  - id: s1
    title: {en: One, fr: Un}
    article: "5"
    questions:
)yaml";
}

/// A questionnaire in English only, solo version 1: one requirement, q1 (article 5, provision 5(1)).
inline std::string english_only_questionnaire() {
    return R"yaml(format: irm-questionnaire/1
id: solo
version: "1"
instrument: UNTOC
cluster: 1
languages: [en]
title: {en: Solo}
choice_lists:
  ynp:
    - {value: "yes", label: {en: "Yes"}}
    - {value: yes_in_part, label: {en: "Yes, in part"}}
    - {value: "no", label: {en: "No"}}
sections:
  - id: s1
    title: {en: One}
    article: "5"
    questions:
      - {id: q1, type: choice, provision: "5(1)", choices: ynp, label: {en: "Does it?"}}
)yaml";
}

/// Loads a questionnaire from its text, as if read from `file`.
inline LoadedQuestionnaire load(const std::string& source, const std::string& file = "q.yaml") {
    const yaml::Document doc = yaml::Document::parse(source);
    return irm::load_questionnaire(doc, file);
}

// ---------------------------------------------------------------- responses

/// The header of a response built by a test; by default a draft in English from Freedonia to untoc-c1.
struct ResponseHeader {
    std::string questionnaire = "untoc-c1";
    std::string version = "2020.1";
    std::string state = "Freedonia";
    std::string language = "en";
    std::string status = "draft";
};

/// The text of a response: the header, then `answers:` and the text given, which holds the answers
/// (indented by two spaces, each line ending with a line break) and whatever follows them.
inline std::string response_text(const std::string& answers, const ResponseHeader& header = {}) {
    return "format: irm-response/1\nquestionnaire: " + header.questionnaire + "\nversion: \"" +
           header.version + "\"\nstate: " + header.state + "\nlanguage: " + header.language +
           "\nstatus: " + header.status + "\nanswers:\n" + answers;
}

/// A response to a shipped questionnaire with these answers, checked as if read from `file`.
inline Response shipped_response(const std::string& answers, const ResponseHeader& header = {},
                                 const std::string& file = "r.yaml") {
    return irm::check_response(response_text(answers, header), file, shipped());
}

// ---------------------------------------------------------------- words of the catalogue

/// Every text of a document, one a line: headings, paragraphs, list items, table headers and cells.
inline std::string document_text(const doc::Document& document) {
    std::string out;
    const auto paragraph = [&out](const doc::Paragraph& p) {
        for (const doc::Span& span : p.spans)
            out += span.text;
        out += "\n";
    };
    for (const doc::Block& block : document.blocks) {
        paragraph(block.paragraph);
        for (const doc::Paragraph& item : block.items)
            paragraph(item);
        for (const std::string& cell : block.table.header)
            out += cell + "\n";
        for (const auto& row : block.table.rows)
            for (const std::string& cell : row)
                out += cell + "\n";
    }
    return out;
}

/// What is left of English in a text written in `language`: the English texts of the catalogue's keys
/// that start with one of `prefixes`, found in `text` although `language` words them otherwise. A text
/// is cut at its placeholders and each piece trimmed; a piece the language's own text also has
/// ("Article", "(version") is no fault, and pieces shorter than five characters ("old", "No") are
/// passed over, as they stand inside too many other words.
inline std::vector<std::string> english_left(const std::string& text,
                                             const std::vector<std::string>& prefixes,
                                             std::string_view language) {
    std::vector<std::string> found;
    for (const Key key : catalogue_keys()) {
        const std::string_view name = key.name();
        if (std::none_of(prefixes.begin(), prefixes.end(),
                         [&](const std::string& prefix) { return name.substr(0, prefix.size()) == prefix; }))
            continue;
        const std::string_view english = pattern(key, "en"), own = pattern(key, language);
        std::size_t start = 0;
        while (start <= english.size()) {
            const std::size_t open = std::min(english.find('{', start), english.size());
            std::string_view piece = english.substr(start, open - start);
            while (!piece.empty() && piece.front() == ' ')
                piece.remove_prefix(1);
            while (!piece.empty() && piece.back() == ' ')
                piece.remove_suffix(1);
            if (piece.size() >= 5 && own.find(piece) == std::string_view::npos &&
                text.find(piece) != std::string::npos)
                found.push_back(std::string(name) + ": " + std::string(piece));
            if (open == english.size()) break;
            start = english.find('}', open) + 1;
        }
    }
    return found;
}

// ---------------------------------------------------------------- findings

/// Whether `part` occurs in `text`.
inline bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

/// The codes of the findings of a checked file (a response, a loaded questionnaire, notes), in order.
template <class Checked>
inline std::vector<std::string> codes(const Checked& checked) {
    std::vector<std::string> result;
    for (const Diagnostic& d : checked.findings)
        result.push_back(d.code);
    return result;
}

/// The findings of a checked file, one a line, to show when a check fails.
template <class Checked>
inline std::string listing(const Checked& checked) {
    std::string out;
    for (const Diagnostic& d : checked.findings) {
        const std::string place =
            d.line ? std::to_string(*d.line) + ":" + std::to_string(d.column.value_or(0)) : std::string("-");
        out += d.code + " " + std::string(irm::to_string(d.severity)) + " " + place + " [" + d.question +
               "] " + d.message + "\n";
    }
    return out;
}

/// The one finding of a checked file with that code; fails when there is not exactly one.
template <class Checked>
inline Diagnostic only(const Checked& checked, const std::string& code) {
    INFO("findings:\n", listing(checked));
    const auto is_it = [&](const Diagnostic& d) { return d.code == code; };
    const auto n = std::count_if(checked.findings.begin(), checked.findings.end(), is_it);
    REQUIRE(n == 1);
    return *std::find_if(checked.findings.begin(), checked.findings.end(), is_it);
}

/// The 1-based position of the first occurrence of `marker` in an ASCII text.
inline Position where(const std::string& text, std::string_view marker) {
    const auto offset = text.find(marker);
    INFO("marker: ", std::string(marker));
    REQUIRE(offset != std::string::npos);
    const auto line_start = text.rfind('\n', offset);
    const std::size_t column = line_start == std::string::npos ? offset : offset - line_start - 1;
    const auto line = std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n');
    return Position{static_cast<int>(line) + 1, static_cast<int>(column) + 1};
}

/// Checks that a finding is at the expected line and column.
inline void at(const Diagnostic& d, Position expected) {
    INFO(d.code, ": ", d.message);
    REQUIRE(d.line.has_value());
    REQUIRE(d.column.has_value());
    CHECK(*d.line == expected.line);
    CHECK(*d.column == expected.column);
}

/// What an export writes to a stream, as text.
inline std::string written(Export& exporter) {
    std::FILE* file = std::tmpfile();
    REQUIRE(file != nullptr);
    CHECK(exporter.write(file).ok());
    std::fflush(file);
    std::rewind(file);
    std::string text;
    char buffer[4096];
    for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, file)) > 0;)
        text.append(buffer, n);
    std::fclose(file);
    return text;
}

}  // namespace irm::test
