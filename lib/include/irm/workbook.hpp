// io/: reading .xlsx workbooks as the spreadsheet programs write them: sheets and
// typed cell values. Knows Office Open XML, not questionnaires.
#pragma once

#include <irm/files.hpp>
#include <irm/result.hpp>
#include <irm/zip.hpp>

#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace irm::xlsx {

/// A cell's place: 0-based row and column, as libxlsxwriter counts them.
struct CellRef {
    int row = 0;
    int column = 0;
    bool operator<(const CellRef& other) const {
        return std::pair{row, column} < std::pair{other.row, other.column};
    }
    bool operator==(const CellRef& other) const { return row == other.row && column == other.column; }
};

/// The A1 name of a cell: {13, 4} is "E14".
std::string cell_name(CellRef ref);
/// The letters of a 0-based column: 4 is "E".
std::string column_name(int column);
/// Parses "E14" (or "$E$14"); nullopt when it is not a cell name.
std::optional<CellRef> parse_cell_name(std::string_view name);
/// A sheet name as a formula or a finding writes it: quoted when it holds
/// anything but letters, digits and underscores ('Technical assistance').
std::string quote_sheet(std::string_view sheet);

/// The text a workbook's cells may hold in all, a shared string counted once for
/// every cell that shows it: as much as the largest response irm reads, so that
/// a small workbook whose cells all show one long text is refused, not copied.
inline constexpr std::size_t max_text_bytes = files::max_input_bytes;
/// The XML elements the parts of a workbook may hold in all (a cell with a value
/// is two): parsed, each costs about a hundred bytes, and each cell read stays,
/// so parts of small elements that compress well cannot make the reader take
/// gigabytes. A workbook irm writes holds a few thousand.
inline constexpr std::size_t max_elements = 1'000'000;
/// The cells and rows that cannot be read (Problem) after which a workbook is
/// taken as damaged and not read further.
inline constexpr std::size_t max_problems = 100;

/// One cell's value as stored, after shared strings and formulas are resolved.
struct Value {
    enum class Kind { Empty, Text, Number, Boolean, Error };
    Kind kind = Kind::Empty;
    double number = 0;     ///< Number; 1 or 0 for Boolean
    bool date = false;     ///< a number shown with a date format, or an ISO date cell
    bool formula = false;  ///< the cell holds a formula (the value is its cached result)
    bool cached = true;    ///< false for a formula with no cached result
    /// The text held characters no text can carry (half of a surrogate pair written `&#xD800;`),
    /// each now U+FFFD: the reader says so rather than pass them on.
    bool replaced = false;

    /// The text; the number as written in the file; the error code ("#DIV/0!").
    const std::string& text() const;
    /// Gives the cell a text of its own.
    void set_text(std::string text);
    /// Gives the cell a text other cells show too (a shared string): held once, never copied.
    void share_text(std::shared_ptr<const std::string> text);

private:
    std::shared_ptr<const std::string> text_;
};

/// One worksheet's cells (empty cells are absent).
struct Sheet {
    std::string name;
    bool hidden = false;
    std::map<CellRef, Value> cells;

    /// The value at a place, or nullptr when the cell is empty or absent.
    const Value* at(CellRef ref) const;
};

/// A cell or row that could not be read, left out of its sheet: where, as the file
/// names it ("Answers!A99999999999"), and why, as a sentence about that place.
struct Problem {
    std::string place;
    std::string message;
};

/// The worksheets of a workbook, in tab order.
struct Workbook {
    std::vector<Sheet> sheets;
    bool date1904 = false;          ///< serial numbers count from 1904 (old Mac workbooks)
    std::vector<Problem> problems;  ///< cells and rows left out, in the order of the file

    /// The sheet of that name, or nullptr.
    const Sheet* find(std::string_view name) const;
};

/// Reads a workbook from the bytes of an .xlsx file; fails when it is not one,
/// is damaged, its parts hold more than max_elements, its cells hold more
/// than max_text_bytes of text, or more than max_problems cells or rows cannot
/// be read. Every member is read within `limits`; a cell or row that cannot be
/// read is left out and listed in `problems`. Why it fails, and the problems, are
/// worded in `language` (of the catalogue; what the zip reader says stays English).
[[nodiscard]] Result<Workbook> read(std::string bytes, const zip::Limits& limits = {},
                                    std::string_view language = "en");

/// The calendar date YYYY-MM-DD of a spreadsheet serial number (its whole
/// part; the time of day is dropped); nullopt outside years 1900-9999.
std::optional<std::string> serial_to_date(double serial, bool date1904 = false);

/// The spreadsheet serial number of a YYYY-MM-DD date (1900 system).
double date_to_serial(int year, int month, int day);

/// A number as text the way the format reads numbers: "12", "12.5", "-0.25";
/// never an exponent.
std::string format_number(double number);

}  // namespace irm::xlsx
