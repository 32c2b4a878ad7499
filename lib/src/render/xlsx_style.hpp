// What the Excel outputs of `irm export` and `irm aggregate` share: cell
// styles and sheet names Excel accepts (texts as a cell holds them: <irm/cell_text.hpp>).
#pragma once

#include <irm/cell_text.hpp>

#include <xlsxwriter.h>

#include <string>
#include <string_view>
#include <vector>

namespace irm::exporting {

/// The cell styles of a workbook.
struct Formats {
    lxw_format* header = nullptr;          ///< bold on a light fill, wrapped, with a rule below
    lxw_format* flagged_header = nullptr;  ///< a header of a response with errors
    lxw_format* flagged = nullptr;         ///< a cell that flags errors
    lxw_format* wrap = nullptr;            ///< wrapped text, aligned to the top
    lxw_format* top = nullptr;             ///< aligned to the top
    lxw_format* label = nullptr;           ///< bold, aligned right: the name of a row
    lxw_format* title = nullptr;           ///< a larger bold title

    /// Creates the styles in a workbook.
    static Formats make(lxw_workbook* workbook);
};

/// Hands out sheet names Excel accepts: at most 31 characters, none of
/// `[]:*?/\` nor a character XML cannot carry, unique without regard to case.
class SheetNames {
public:
    /// A free name as close to `wanted` as possible.
    std::string take(std::string_view wanted);

private:
    std::vector<std::string> taken_;  ///< lowercased
};

/// Opens a workbook at `path` that writes rows as it goes (libxlsxwriter's
/// constant-memory mode) or keeps them until the end; nullptr on failure.
lxw_workbook* open_workbook(const std::string& path, bool constant_memory);

/// The message for a workbook that could not be written.
std::string workbook_error(const std::string& path, lxw_error error);

}  // namespace irm::exporting
