// base/: findings: what a check says about a file, as data. Rendering is the CLI's job.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace irm {

/// How serious a finding is.
enum class Severity { Error, Warning, Info };

/// The lowercase name of a severity, as in the JSON output: "error", "warning", "info".
std::string_view to_string(Severity severity);

/// A 1-based place in a file.
struct Position {
    int line = 0;
    int column = 0;
};

/// One finding about one file.
struct Diagnostic {
    Severity severity = Severity::Error;
    std::string code;
    std::string message;
    std::string file;
    std::optional<int> line;
    std::optional<int> column;
    std::string question;  ///< question id, empty when the finding is not about one question
    std::string cell;      ///< where in a workbook ("Answers!E14"); empty for other files
};

/// Findings collected by a check, with the file they are about.
class Findings {
public:
    explicit Findings(std::string file = {}) : file_(std::move(file)) {}

    /// Adds a finding at a position (or with no position).
    void add(Severity severity, std::string code, std::string message, std::optional<Position> where,
             std::string question = {});

    /// The findings so far, in the order they were added.
    const std::vector<Diagnostic>& all() const { return items_; }
    /// The findings so far, to amend (a waiver turns warnings into notes).
    std::vector<Diagnostic>& items() { return items_; }
    /// Moves the findings out, sorted by position (findings without a position last).
    std::vector<Diagnostic> take_sorted();

    /// Number of findings of a severity.
    int count(Severity severity) const;
    /// The file the findings are about.
    const std::string& file() const { return file_; }

private:
    std::string file_;
    std::vector<Diagnostic> items_;
};

/// Sorts findings by line and column, keeping the order of equal positions;
/// findings without a position come last.
void sort_by_position(std::vector<Diagnostic>& findings);

}  // namespace irm
