// check/: loading a questionnaire file into the model, with every finding
// about it (IRM001, IRM004, IRM101-IRM108): the loader is `irm lint`.
#pragma once

#include <irm/diagnostic.hpp>
#include <irm/questionnaire.hpp>
#include <irm/yaml.hpp>

#include <memory>
#include <string>
#include <vector>

namespace irm {

/// The result of loading a questionnaire file: the model when it has no
/// error, and every finding (the findings are what `irm lint` reports).
struct LoadedQuestionnaire {
    std::shared_ptr<const Questionnaire> questionnaire;  ///< null when any error was found
    std::vector<Diagnostic> findings;
    std::string format;  ///< the file's `format` value, to skip files that are not questionnaires
};

/// Loads and checks a questionnaire from parsed YAML; `file` names it in findings.
LoadedQuestionnaire load_questionnaire(const yaml::Document& doc, const std::string& file);

}  // namespace irm
