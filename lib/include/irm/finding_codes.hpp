// base/: every finding code irm gives, with its usual severity and what it
// means in a few words: the rules of a SARIF log, and one list the tests hold
// the code and the documentation to.
#pragma once

#include <irm/diagnostic.hpp>

#include <string_view>
#include <vector>

namespace irm {

/// One finding code.
struct FindingCode {
    std::string_view code;      ///< "IRM012"
    std::string_view name;      ///< a SARIF rule name, in PascalCase: "ValueNotAChoice"
    Severity severity;          ///< the usual severity (a questionnaire may lower IRM014)
    std::string_view summary;   ///< one sentence
};

/// Every code, in code order.
const std::vector<FindingCode>& finding_codes();

/// The code's entry, or nullptr for a code the list does not have.
const FindingCode* find_finding_code(std::string_view code);

}  // namespace irm
