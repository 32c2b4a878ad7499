// render/: texts as a workbook cell holds them, the one rule of every workbook irm writes.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace irm::exporting {

/// Most characters an Excel cell holds (counted as Excel counts them, in UTF-16 units).
constexpr std::size_t max_cell_characters = 32767;

/// What was done to texts so that a workbook could hold them, to be said once.
struct CellChanges {
    bool cut = false;       ///< a text longer than a cell holds was cut, ending with "…"
    bool replaced = false;  ///< a character XML cannot carry, or a byte that is not UTF-8, became U+FFFD
};

/// A text as a cell holds it, ready for libxlsxwriter: what XML 1.0 cannot carry
/// (most control characters, U+FFFE, U+FFFF, bytes that are not UTF-8) replaced by
/// U+FFFD, cut to what a cell holds, and a literal `_xHHHH_` written `_x005F_xHHHH_`,
/// so that Excel, LibreOffice and irm's own reader, which read `_xHHHH_` as an
/// escaped character, give back the text as it was.
std::string cell_text(std::string_view text, CellChanges& changes);

/// The notes that say what `changes` records, for the user; `whole_elsewhere`, when
/// given, says where the texts cut can be read whole.
std::vector<std::string> cell_notes(const CellChanges& changes, std::string_view whole_elsewhere = {});

}  // namespace irm::exporting
