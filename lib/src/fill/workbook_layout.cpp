#include "fill/workbook_layout.hpp"

#include <algorithm>
#include <climits>
#include <tuple>

namespace irm::layout {

std::string to_string(const Range& range) {
    std::string out = xlsx::quote_sheet(range.sheet) + "!" + xlsx::cell_name(range.first);
    if (!(range.first == range.last)) out += ":" + xlsx::cell_name(range.last);
    return out;
}

std::string place(std::string_view sheet, xlsx::CellRef cell) {
    return to_string(Range{std::string(sheet), cell, cell});
}

std::optional<Range> parse_range(std::string_view text) {
    Range range;
    std::size_t bang;
    if (!text.empty() && text.front() == '\'') {
        std::size_t i = 1;
        for (; i < text.size(); ++i) {
            if (text[i] != '\'') {
                range.sheet += text[i];
            } else if (i + 1 < text.size() && text[i + 1] == '\'') {
                range.sheet += '\'';
                ++i;
            } else {
                break;
            }
        }
        if (i + 1 >= text.size() || text[i + 1] != '!') return std::nullopt;
        bang = i + 1;
    } else {
        bang = text.find('!');
        if (bang == std::string_view::npos) return std::nullopt;
        range.sheet = std::string(text.substr(0, bang));
    }
    if (range.sheet.empty()) return std::nullopt;
    const std::string_view cells = text.substr(bang + 1);
    const std::size_t colon = cells.find(':');
    const auto first = xlsx::parse_cell_name(cells.substr(0, colon));
    if (!first) return std::nullopt;
    range.first = range.last = *first;
    if (colon != std::string_view::npos) {
        const auto last = xlsx::parse_cell_name(cells.substr(colon + 1));
        if (!last || last->row < first->row || last->column < first->column) return std::nullopt;
        range.last = *last;
    }
    return range;
}

void sort_by_cell(std::vector<Diagnostic>& findings, const std::vector<std::string>& sheets) {
    // Each finding's place is read once, not at every comparison.
    using Key = std::tuple<int, int, int>;
    std::vector<std::pair<Key, std::size_t>> keys;
    keys.reserve(findings.size());
    for (const Diagnostic& d : findings) {
        const auto range = d.cell.empty() ? std::nullopt : parse_range(d.cell);
        Key key{INT_MAX, INT_MAX, INT_MAX};
        if (range) {
            const auto sheet = std::find(sheets.begin(), sheets.end(), range->sheet);
            key = Key{static_cast<int>(sheet - sheets.begin()), range->first.row, range->first.column};
        }
        keys.emplace_back(key, keys.size());
    }
    std::stable_sort(keys.begin(), keys.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<Diagnostic> sorted;
    sorted.reserve(findings.size());
    for (const auto& [key, index] : keys)
        sorted.push_back(std::move(findings[index]));
    findings = std::move(sorted);
}

}  // namespace irm::layout
