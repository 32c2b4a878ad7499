// check/: checking a response held as YAML text against its questionnaire
// (IRM001-IRM021): the shapes, choices, bounds, conditions, constraints and
// waivers of docs/FORMATS.md sections 2 to 4; and IRM060 (a text that holds a
// control character) and IRM061 (a number more precise than irm computes with),
// docs/FINDINGS.md.
#pragma once

#include <irm/catalogue.hpp>
#include <irm/registry.hpp>
#include <irm/response.hpp>

#include <string>

namespace irm {

/// Options of a check.
struct CheckOptions {
    bool final = false;  ///< check as a final response whatever its status says (`--final`)
    Wording wording;     ///< the language of the messages (FORMATS.md §4, *Language of messages*)
    bool workbook = false;  ///< the YAML was read from a workbook: messages say which label to pick
};

/// Parses and checks a response held in memory; `file` names it in findings.
Response check_response(std::string bytes, std::string file, const Registry& registry,
                        const CheckOptions& options = {});

}  // namespace irm
