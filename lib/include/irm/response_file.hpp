// fill/: reading a response file of any kind, the one way every command reads
// a response: a YAML file is checked as it is, a workbook irm wrote is read
// back into YAML first, its findings pointing at cells.
#pragma once

#include <irm/registry.hpp>
#include <irm/response.hpp>
#include <irm/response_check.hpp>
#include <irm/result.hpp>
#include <irm/workbook_import.hpp>

#include <optional>

#include <string>
#include <string_view>
#include <vector>

namespace irm {

/// A response file as YAML text, before any check.
struct ResponseText {
    ResponseSource source = ResponseSource::Yaml;
    std::string yaml;  ///< the response; empty when a workbook could not be read back
    /// For a workbook: what troubled its reading (findings at cells), its header and
    /// the cell each line of `yaml` came from (its own `yaml` is moved to the member above).
    std::optional<ImportedWorkbook> workbook;
};

/// Reads a response file of any kind as YAML text: a YAML file's bytes, or the
/// response read back from a workbook irm wrote (told by the name's ending,
/// whatever its case). Fails when the file cannot be read at all. A workbook's findings are
/// worded as `wording` says (FORMATS.md §4).
[[nodiscard]] Result<ResponseText> read_response_text(const std::string& path, const Registry& registry,
                                                      const Wording& wording = {});

/// Reads and checks a response file, YAML or workbook. A file that cannot be
/// read gives a response whose only finding is IRM005 (see docs/FINDINGS.md).
Response load_response(const std::string& path, const Registry& registry, const CheckOptions& options = {});

/// The file name endings of response files that load_response reads.
const std::vector<std::string>& response_extensions();

/// The endings of spreadsheets and documents a person may have meant as a response
/// (".ods", ".xls", ".xlsm", ".csv", ".json", ".docx", ".pdf"): load_response gives such a file
/// one finding, IRM006, saying how to make it a response (FORMATS.md §6).
const std::vector<std::string>& convertible_extensions();

}  // namespace irm
