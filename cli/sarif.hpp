// SARIF 2.1.0, the format code-scanning tools read: `--format sarif` of
// validate and lint, for a secretariat that checks submissions in a pipeline.
#pragma once

#include "render.hpp"

#include <irm/json.hpp>

#include <cstdio>

namespace irm::cli {

/// Writes one SARIF log, result by result, like JsonReport: one run of irm,
/// every finding code as a rule, each finding a result with its file, line and
/// column, and a workbook's cell as a logical location.
class SarifReport {
public:
    explicit SarifReport(std::FILE* out);
    /// Writes one file's findings.
    void add(const FileResult& result);
    /// Writes the rules and closes the log.
    void finish();

private:
    void flush();
    std::FILE* out_;
    json::Writer writer_;
};

/// A relative or absolute file path as a URI reference: every byte outside
/// the unreserved characters and '/' percent-encoded.
std::string uri_of_path(std::string_view path);

}  // namespace irm::cli
