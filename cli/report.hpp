// Report files of a validation run: JSON (the contract's document), CSV and
// XLSX for the secretariat's spreadsheets. Written while results come in and
// put in place whole at the end.
#pragma once

#include "render.hpp"

#include <memory>
#include <string>

namespace irm::cli {

/// A report file being written.
class Report {
public:
    /// Opens a report; the format follows the extension (.json, .csv, .xlsx). The workbook's
    /// sheets, headers and words are in `language`; the JSON and CSV keys never change.
    /// A RunError when the extension is unknown or the folder cannot be written.
    static std::unique_ptr<Report> open(const std::string& path, const std::string& language = "en");

    virtual ~Report() = default;
    /// Adds one file's result.
    virtual void add(const FileResult& result) = 0;
    /// Closes the report and moves it into place; a RunError when that fails.
    virtual void finish(const Summary& summary) = 0;
};

/// A cell's text made safe for spreadsheets: text that a spreadsheet would
/// read as a formula (starting with =, +, -, @, or a tab or carriage return)
/// gets a leading apostrophe.
std::string spreadsheet_text(const std::string& text);

}  // namespace irm::cli
