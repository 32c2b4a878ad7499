// Where a byte of an expression lies in the file that holds it.
#pragma once

#include <irm/diagnostic.hpp>
#include <irm/yaml.hpp>

#include <cstddef>

namespace irm::detail {

/// The position of byte `offset` of the expression held by `scalar`. Exact
/// when the scalar sits on one line (plain or quoted); otherwise the scalar's
/// own position.
Position expression_position(const yaml::Document& doc, const yaml::Node& scalar, std::size_t offset);

}  // namespace irm::detail
