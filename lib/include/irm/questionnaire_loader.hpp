// check/: loading a questionnaire file into the model, with every finding
// about it (IRM001, IRM004, IRM101-IRM113): the loader is `irm lint`.
#pragma once

#include <irm/diagnostic.hpp>
#include <irm/questionnaire.hpp>
#include <irm/yaml.hpp>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace irm {

/// The result of loading a questionnaire file: the model when it has no
/// error, and every finding (the findings are what `irm lint` reports).
struct LoadedQuestionnaire {
    std::shared_ptr<const Questionnaire> questionnaire;  ///< null when any error was found
    std::vector<Diagnostic> findings;
    std::string format;  ///< the file's `format` value, to skip files that are not questionnaires
};

/// Loads and checks a questionnaire from parsed YAML; `file` names it in findings, whose messages
/// are in `language` (a language of the catalogue; another reads as English).
LoadedQuestionnaire load_questionnaire(const yaml::Document& doc, const std::string& file,
                                       std::string_view language = "en");

}  // namespace irm
