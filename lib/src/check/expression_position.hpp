// Where a byte of an expression lies in the file that holds it.
#pragma once

#include <irm/diagnostic.hpp>
#include <irm/yaml.hpp>

#include <cstddef>
#include <vector>

namespace irm::detail {

/// The position of byte `offset` of the expression held by `scalar`. Exact
/// when the scalar sits on one line (plain or quoted); otherwise the scalar's
/// own position.
Position expression_position(const yaml::Document& doc, const yaml::Node& scalar, std::size_t offset);

/// The positions of many bytes of one expression, in the order of `offsets`:
/// the expression is walked once for all of them, so that an expression with
/// a problem at each of its names costs its length, not its length per problem.
std::vector<Position> expression_positions(const yaml::Document& doc, const yaml::Node& scalar,
                                           const std::vector<std::size_t>& offsets);

}  // namespace irm::detail
