#include "render/xlsx_style.hpp"

#include <irm/text.hpp>

#include <algorithm>
#include <cctype>
#include <cstdlib>

namespace irm::exporting {

namespace {

std::string lowercase(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
    return out;
}

/// The first `count` code points of a UTF-8 text.
std::string first_code_points(std::string_view text, std::size_t count) {
    std::size_t i = 0;
    for (std::size_t seen = 0; i < text.size() && seen < count; ++seen) {
        ++i;
        while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80)
            ++i;
    }
    return std::string(text.substr(0, i));
}

}  // namespace

Formats Formats::make(lxw_workbook* workbook) {
    Formats f;
    // Headers are bold and wrapped on a fill: blue, or red for a flagged response.
    const auto header = [workbook](lxw_color_t colour) {
        lxw_format* format = workbook_add_format(workbook);
        format_set_bold(format);
        format_set_bg_color(format, colour);
        format_set_bottom(format, LXW_BORDER_THIN);
        format_set_text_wrap(format);
        format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
        return format;
    };
    f.header = header(0xDDEBF7);
    f.flagged_header = header(0xF4CCCC);

    f.flagged = workbook_add_format(workbook);
    format_set_bg_color(f.flagged, 0xF4CCCC);
    format_set_align(f.flagged, LXW_ALIGN_VERTICAL_TOP);

    f.wrap = workbook_add_format(workbook);
    format_set_text_wrap(f.wrap);
    format_set_align(f.wrap, LXW_ALIGN_VERTICAL_TOP);

    f.top = workbook_add_format(workbook);
    format_set_align(f.top, LXW_ALIGN_VERTICAL_TOP);

    f.label = workbook_add_format(workbook);
    format_set_bold(f.label);
    format_set_align(f.label, LXW_ALIGN_RIGHT);

    f.title = workbook_add_format(workbook);
    format_set_bold(f.title);
    format_set_font_size(f.title, 13);
    return f;
}

std::string SheetNames::take(std::string_view wanted) {
    std::string base;
    for (std::size_t i = 0; i < wanted.size();) {
        const text::Character c = text::character_at(wanted, i);
        const bool refused = c.length == 0 || !text::is_carried(c.code_point) ||
                             std::string_view("[]:*?/\\").find(wanted[i]) != std::string_view::npos;
        if (refused)
            base += '-';
        else
            base.append(wanted.substr(i, c.length));
        i += c.length == 0 ? 1 : c.length;
    }
    // A name may not start or end with an apostrophe.
    while (!base.empty() && base.front() == '\'')
        base.erase(base.begin());
    while (!base.empty() && base.back() == '\'')
        base.pop_back();
    if (base.empty()) base = "Sheet";
    base = first_code_points(base, 31);
    std::string name = base;
    for (int n = 2; std::find(taken_.begin(), taken_.end(), lowercase(name)) != taken_.end(); ++n) {
        const std::string suffix = " (" + std::to_string(n) + ")";
        name = first_code_points(base, 31 - suffix.size()) + suffix;
    }
    taken_.push_back(lowercase(name));
    return name;
}

namespace {

/// Whether `_xHHHH_` starts at `i`: the escape OOXML reads in a string.
bool escape_at(std::string_view text, std::size_t i) {
    if (i + 7 > text.size() || text[i] != '_' || text[i + 1] != 'x' || text[i + 6] != '_') return false;
    return std::all_of(text.begin() + static_cast<std::ptrdiff_t>(i) + 2,
                       text.begin() + static_cast<std::ptrdiff_t>(i) + 6,
                       [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; });
}

}  // namespace

std::string cell_text(std::string_view raw, CellChanges& changes) {
    const std::string cell = text::carried(raw, changes.replaced);
    // The limit holds twice: Excel counts the UTF-16 units of the text it reads back (a character
    // beyond the BMP takes two), libxlsxwriter the characters written, escapes included. Each
    // piece counts for both: a character, or a literal `_xHHHH_`'s first `_` with its escape.
    std::string out;
    out.reserve(cell.size());
    std::size_t units = 0;
    std::size_t fits = std::string::npos;  // the bytes of `out` that fit with room for "…"
    for (std::size_t i = 0; i < cell.size();) {
        const text::Character c = text::character_at(cell, i);
        const std::size_t length = c.length == 0 ? 1 : c.length;
        const bool escaped = escape_at(cell, i);
        const std::size_t piece = (c.code_point > 0xFFFF ? 2 : 1) + (escaped ? 6 : 0);
        if (fits == std::string::npos && units + piece > max_cell_characters - 1) fits = out.size();
        if (escaped) out += "_x005F";
        out.append(cell, i, length);
        units += piece;
        i += length;
    }
    if (units <= max_cell_characters) return out;
    changes.cut = true;
    // Cut at a space in the second half of what fits, as text::shorten does, else where it must.
    std::size_t end = fits;
    if (const std::size_t space = end == 0 ? std::string::npos : out.rfind(' ', end - 1);
        space != std::string::npos && space > end / 2)
        end = space;
    out.resize(end);
    while (!out.empty() && out.back() == ' ')
        out.pop_back();
    return out + "\u2026";
}

std::vector<std::string> cell_notes(const CellChanges& changes, std::string_view whole_elsewhere) {
    std::vector<std::string> notes;
    if (changes.cut)
        notes.push_back(
            "some texts are longer than an Excel cell holds (32,767 characters) and were cut in the "
            "workbook" +
            (whole_elsewhere.empty() ? std::string() : "; " + std::string(whole_elsewhere)));
    if (changes.replaced)
        notes.emplace_back(
            "characters that a workbook cannot carry (control characters, or bytes that are not UTF-8) were "
            "replaced by U+FFFD in the workbook");
    return notes;
}

lxw_workbook* open_workbook(const std::string& path, bool constant_memory) {
    // libxlsxwriter keeps its temporary files where TMPDIR says, like ours.
    const char* tmpdir = std::getenv("TMPDIR");
    lxw_workbook_options options{};
    options.constant_memory = constant_memory ? LXW_TRUE : LXW_FALSE;
    options.tmpdir = tmpdir && *tmpdir ? const_cast<char*>(tmpdir) : nullptr;
    options.use_zip64 = LXW_FALSE;
    return workbook_new_opt(path.c_str(), &options);
}

std::string workbook_error(const std::string& path, lxw_error error) {
    return "cannot write " + path + ": " + lxw_strerror(error);
}

}  // namespace irm::exporting
