#include "check/expression_position.hpp"

#include <irm/text.hpp>

namespace irm::detail {

Position expression_position(const yaml::Document& doc, const yaml::Node& scalar, std::size_t offset) {
    const std::string& source = doc.source();
    const std::size_t start = scalar.offset;
    if (scalar.style == yaml::Style::Block || start >= source.size() || offset > scalar.text.size())
        return scalar.position;

    const char quote = scalar.style == yaml::Style::Quoted ? source[start] : '\0';
    if (scalar.style == yaml::Style::Quoted && quote != '\'' && quote != '"') return scalar.position;

    // Walk the raw text, counting decoded bytes, until `offset` of them are behind us.
    std::size_t raw = start + (quote ? 1 : 0);
    std::size_t decoded = 0;
    while (decoded < offset) {
        if (raw >= source.size()) return scalar.position;
        const char c = source[raw];
        if (c == '\n' || c == '\r') return scalar.position;
        if (quote == '\'' && c == '\'') {
            raw += 2;  // '' stands for one quote
        } else if (quote == '"' && c == '\\') {
            const char next = raw + 1 < source.size() ? source[raw + 1] : '\0';
            if (next == 'x' || next == 'u' || next == 'U') return scalar.position;
            raw += 2;
        } else {
            ++raw;
        }
        ++decoded;
    }
    Position position = scalar.position;
    position.column +=
        static_cast<int>(text::code_points(std::string_view(source).substr(start, raw - start)));
    return position;
}

}  // namespace irm::detail
