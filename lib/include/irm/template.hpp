// fill/: templates to fill offline: a response file with every question in order,
// each after a comment block, or a workbook for Excel and LibreOffice.
#pragma once

#include <irm/questionnaire.hpp>
#include <irm/result.hpp>
#include <irm/yaml.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace irm {

/// Answers carried over from an earlier response (the previous cycle, or a
/// partly filled file) into a template.
struct Prefill {
    yaml::Document document;  ///< the earlier response; the nodes below point into it
    std::optional<std::string> state, language;
    std::vector<std::pair<std::string, const yaml::Node*>> answers;  ///< ids the target has, answered
    std::vector<std::pair<std::string, std::string>> waivers;        ///< ids the target has
    std::vector<std::string> dropped;  ///< answers and waivers to ids the target does not have
};

/// Reads the answers of an earlier response for `target`; fails when the text
/// is not a YAML response at all.
[[nodiscard]] Result<Prefill> read_prefill(std::string yaml, const Questionnaire& target);

/// The questions of one part of a split response, for a workbook that holds
/// that part only (`irm split --format xlsx`).
struct TemplatePart {
    std::string name;     ///< recorded in the workbook's map: the authority, or the part's name
    std::string heading;  ///< what the part is and what to do with it, first on Instructions
    std::vector<std::size_t> questions;  ///< indexes in questionnaire order, notes included
    /// Questions of other parts whose answers the part's conditions read, each
    /// with a sentence saying whose they are: shown with their answer, locked.
    std::vector<std::pair<std::size_t, std::string>> context;
};

/// What a template is made for.
struct TemplateOptions {
    std::string language;  ///< one of the questionnaire's languages
    std::string state;     ///< empty: a placeholder (YAML) or an empty cell (workbook)
    const Prefill* prefill = nullptr;
    const TemplatePart* part = nullptr;  ///< workbooks only: the questions of one part; all when null
};

/// A response file that is already a valid draft: every question in order,
/// each after a comment block (section, provision, label, help, values, when
/// it applies and is required, likely authority), its key with an empty value
/// or the answer carried over. Notes appear as comments only.
/// Fails when the answers carried over would make it larger than irm reads
/// (yaml::max_written_bytes): aliases repeat answers that are written out in full.
[[nodiscard]] Result<std::string> yaml_template(const Questionnaire& questionnaire,
                                                const TemplateOptions& options);

/// Writes the workbook template to `path` (a temporary file the caller
/// commits). Answers of the prefill that no cell can hold are described in `not_carried`.
[[nodiscard]] Done write_workbook_template(const std::string& path, const Questionnaire& questionnaire,
                                           const TemplateOptions& options,
                                           std::vector<std::string>& not_carried);

}  // namespace irm
