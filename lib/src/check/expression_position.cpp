#include "check/expression_position.hpp"

#include <irm/text.hpp>

#include <algorithm>
#include <numeric>

namespace irm::detail {

std::vector<Position> expression_positions(const yaml::Document& doc, const yaml::Node& scalar,
                                           const std::vector<std::size_t>& offsets) {
    std::vector<Position> positions(offsets.size(), scalar.position);
    const std::string& source = doc.source();
    const std::size_t start = scalar.offset;
    if (scalar.style == yaml::Style::Block || start >= source.size()) return positions;
    const char quote = scalar.style == yaml::Style::Quoted ? source[start] : '\0';
    if (scalar.style == yaml::Style::Quoted && quote != '\'' && quote != '"') return positions;

    // One walk of the raw text for every offset, the nearest first: counting decoded
    // bytes until each offset is behind us, and the columns of the raw bytes walked.
    std::vector<std::size_t> order(offsets.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return offsets[a] < offsets[b]; });
    std::size_t raw = start + (quote ? 1 : 0);
    std::size_t decoded = 0, counted = start, columns = 0;
    for (const std::size_t index : order) {
        const std::size_t offset = offsets[index];
        if (offset > scalar.text.size()) continue;
        while (decoded < offset) {
            if (raw >= source.size()) return positions;
            const char c = source[raw];
            if (c == '\n' || c == '\r') return positions;
            if (quote == '\'' && c == '\'') {
                raw += 2;  // '' stands for one quote
            } else if (quote == '"' && c == '\\') {
                const char next = raw + 1 < source.size() ? source[raw + 1] : '\0';
                if (next == 'x' || next == 'u' || next == 'U') return positions;
                raw += 2;
            } else {
                ++raw;
            }
            ++decoded;
        }
        columns += text::code_points(std::string_view(source).substr(counted, raw - counted));
        counted = raw;
        positions[index].column += static_cast<int>(columns);
    }
    return positions;
}

Position expression_position(const yaml::Document& doc, const yaml::Node& scalar, std::size_t offset) {
    return expression_positions(doc, scalar, {offset}).front();
}

}  // namespace irm::detail
