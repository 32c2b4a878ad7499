// Rendering findings: compiler-style text, or the contract's JSON document.
#pragma once

#include <irm/diagnostic.hpp>
#include <irm/json.hpp>

#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace irm::cli {

/// The outcome of checking one file, as the reports show it.
struct FileResult {
    std::string file;
    std::optional<std::string> questionnaire, version, state, status;
    std::optional<std::string> language;  ///< the response's own `language`, when it says one
    std::vector<Diagnostic> findings;
    std::shared_ptr<const std::string> source;  ///< to quote the offending line; may be null
    int errors = 0;
    int warnings = 0;
    std::optional<double> percent;  ///< answered share of the applicable questions, when known
};

/// Counts across files.
struct Summary {
    int files = 0, valid = 0, invalid = 0, errors = 0, warnings = 0;
    std::size_t skipped = 0;  ///< other files met in the directories searched, not read

    /// Adds one file; with `strict`, warnings make it invalid.
    void add(const FileResult& result, bool strict);
};

/// Prints a file's findings like a compiler: `file:line:col: severity[CODE]: message`,
/// then the source line and a caret.
void print_findings(std::FILE* out, const FileResult& result, bool colour);

/// Prints the closing line of a text report in a language: `noun` is "response" or "questionnaire".
void print_summary(std::FILE* out, const Summary& summary, std::string_view noun, std::string_view language = "en");

/// Writes the contract's JSON document result by result, so that memory does
/// not grow with the number of files.
class JsonReport {
public:
    explicit JsonReport(std::FILE* out);
    /// Writes one result.
    void add(const FileResult& result);
    /// Writes the summary and closes the document.
    void finish(const Summary& summary);

private:
    void flush();
    std::FILE* out_;
    json::Writer writer_;
};

}  // namespace irm::cli
