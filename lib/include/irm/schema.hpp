// fill/: JSON Schema (draft 2020-12) for the responses to one questionnaire, so that
// editors complete and check response files as they are typed.
#pragma once

#include <irm/questionnaire.hpp>

#include <string>

namespace irm {

/// The JSON Schema of responses to a questionnaire, with labels in `language`
/// as descriptions. What the schema can only approximate is listed in docs/SCHEMA.md.
std::string response_schema(const Questionnaire& questionnaire, const std::string& language);

}  // namespace irm
