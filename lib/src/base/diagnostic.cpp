#include <irm/diagnostic.hpp>

#include <algorithm>
#include <climits>

namespace irm {

std::string_view to_string(Severity severity) {
    switch (severity) {
        case Severity::Error:
            return "error";
        case Severity::Warning:
            return "warning";
        case Severity::Info:
            return "info";
    }
    return "error";
}

void Findings::add(Severity severity, std::string code, std::string message, std::optional<Position> where,
                   std::string question) {
    Diagnostic d;
    d.severity = severity;
    d.code = std::move(code);
    d.message = std::move(message);
    d.file = file_;
    if (where) {
        d.line = where->line;
        d.column = where->column;
    }
    d.question = std::move(question);
    items_.push_back(std::move(d));
}

std::vector<Diagnostic> Findings::take_sorted() {
    sort_by_position(items_);
    return std::move(items_);
}

int Findings::count(Severity severity) const {
    return static_cast<int>(std::count_if(items_.begin(), items_.end(),
                                          [&](const Diagnostic& d) { return d.severity == severity; }));
}

void sort_by_position(std::vector<Diagnostic>& findings) {
    const auto key = [](const Diagnostic& d) {
        return std::pair{d.line.value_or(INT_MAX), d.column.value_or(INT_MAX)};
    };
    std::stable_sort(findings.begin(), findings.end(),
                     [&](const Diagnostic& a, const Diagnostic& b) { return key(a) < key(b); });
}

}  // namespace irm
