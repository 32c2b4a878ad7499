// The invariants of findings, held by every harness that gets some: a known code
// that the reader may give, a message, the file it was told, a position inside
// the text it is about, and a JSON rendering that is JSON (held by the strict
// reader the unit tests use too, ../unit/json_check.hpp).
#pragma once

#include "fuzz.hpp"
#include "../unit/json_check.hpp"

#include <irm/diagnostic.hpp>
#include <irm/finding_codes.hpp>
#include <irm/json.hpp>

#include <algorithm>
#include <climits>
#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace irm::fuzz {

/// What a harness expects of the findings it gets.
struct Expect {
    std::string file;                     ///< the name the file was given
    std::vector<std::string_view> codes;  ///< the codes this reader may give
    const Lines* lines = nullptr;         ///< the text positions point into; null: findings have none
    bool sorted = true;                   ///< sorted by position, those without one last
};

/// Whether a code lies in a list of codes and ranges ("IRM010-IRM021").
inline bool allowed(std::string_view code, const std::vector<std::string_view>& codes) {
    for (const std::string_view entry : codes) {
        if (entry == code) return true;
        // A series ("IRM1xx": every questionnaire code), which grows as codes are added to it.
        if (entry.size() == code.size() && entry.substr(entry.size() - 2) == "xx" &&
            code.substr(0, code.size() - 2) == entry.substr(0, entry.size() - 2) && find_finding_code(code))
            return true;
        const std::size_t dash = entry.find('-');
        if (dash != std::string_view::npos && code.size() == dash && code >= entry.substr(0, dash) &&
            code <= entry.substr(dash + 1))
            return true;
    }
    return false;
}

/// Holds findings to the invariants every reader of input keeps, and their JSON to JSON.
inline void check_findings(const std::vector<Diagnostic>& findings, const Expect& expect) {
    json::Writer writer;
    writer.begin_array();
    std::pair<int, int> previous{0, 0};
    for (const Diagnostic& d : findings) {
        IRM_FUZZ_CHECK(find_finding_code(d.code) != nullptr, "every finding has a known code");
        IRM_FUZZ_CHECK(allowed(d.code, expect.codes), "every finding has a code this reader gives");
        IRM_FUZZ_CHECK(!d.message.empty(), "every finding says something");
        IRM_FUZZ_CHECK(utf8(d.message) && utf8(d.question) && utf8(d.cell), "findings are UTF-8 text");
        IRM_FUZZ_CHECK(d.file == expect.file, "a finding names the file it is about");
        IRM_FUZZ_CHECK(d.line.has_value() == d.column.has_value(), "a position has a line and a column");
        if (d.line) {
            IRM_FUZZ_CHECK(expect.lines != nullptr, "findings of this reader point at cells, not lines");
            IRM_FUZZ_CHECK(expect.lines->inside(*d.line, *d.column),
                           "a finding's position is inside the file");
        }
        const std::pair<int, int> position{d.line.value_or(INT_MAX), d.column.value_or(INT_MAX)};
        if (expect.sorted) IRM_FUZZ_CHECK(previous <= position, "findings are sorted by position");
        previous = position;
        json::write_finding(writer, d);
    }
    writer.end_array();
    IRM_FUZZ_CHECK(!writer.replaced(), "no finding needs a byte replaced to be JSON");
    IRM_FUZZ_CHECK(irm::test::valid_json(writer.str()), "findings written as JSON are JSON");
}

/// The number of findings of a severity, as the readers count them.
inline int count(const std::vector<Diagnostic>& findings, Severity severity) {
    return static_cast<int>(std::count_if(findings.begin(), findings.end(),
                                          [&](const Diagnostic& d) { return d.severity == severity; }));
}

}  // namespace irm::fuzz
