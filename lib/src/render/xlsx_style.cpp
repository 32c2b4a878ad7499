#include "render/xlsx_style.hpp"

#include <irm/text.hpp>

#include <algorithm>
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
    for (const char c : wanted)
        base += std::string_view("[]:*?/\\").find(c) == std::string_view::npos ? c : '-';
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

std::string fit_cell(std::string_view text, bool& cut) {
    if (text::code_points(text) <= max_cell_characters) return std::string(text);
    cut = true;
    return text::shorten(text, max_cell_characters);
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
