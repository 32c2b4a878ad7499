// fill/: workbooks written by `irm template`, filled in a spreadsheet program,
// turned back into responses: by `irm import`, and by every command that reads
// a response (response_file.hpp).
#pragma once

#include <irm/catalogue.hpp>
#include <irm/diagnostic.hpp>
#include <irm/registry.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace irm {

/// A filled workbook read back as a response.
struct ImportedWorkbook {
    std::string yaml;  ///< the response; empty when the workbook is not one irm can read back
    std::vector<Diagnostic>
        findings;  ///< what stopped or troubled the reading, each at its cell where it has one
    std::vector<std::string> line_cells;  ///< for each line of `yaml` (0-based), the cell it came from, or ""
    std::map<std::string, std::string>
        question_cells;               ///< question id -> the cell (or first cell) of its answer
    std::vector<std::string> sheets;  ///< sheet names in tab order, to sort findings as the workbook reads
    std::optional<std::string> questionnaire, version, state, language;

    /// Whether a finding is an error: the response must not be written out then.
    bool failed() const;
};

/// How a workbook is read back.
struct WorkbookImportOptions {
    /// The language of the findings (FORMATS.md §4): `--lang` when given, else the workbook's own
    /// language (as its hidden map records it), else the fallback.
    Wording wording;
    /// The file the response will be written to, named in its first comment ("check it with: irm
    /// validate FILE"); empty: the workbook itself, which irm validate reads as well.
    std::string output;
};

/// Reads the bytes of a workbook irm wrote; `file` names it in findings.
ImportedWorkbook import_workbook(std::string bytes, const std::string& file, const Registry& registry,
                                 const WorkbookImportOptions& options = {});

}  // namespace irm
