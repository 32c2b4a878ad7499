// The English table of the command line: summary lines, the lines of stderr, reports.
// One line per text; keys say where they are used. A pattern names its placeholders
// ({files}); literal braces are doubled. docs/WORDS.md says how to add a text.
#include "base/catalogue_tables.hpp"

#include <iterator>

namespace irm::catalogue {

namespace {

constexpr Text texts[] = {
    // The closing line of validate and lint
    {"cli.summary.checked", "{files} checked: {valid} valid, {invalid} invalid; {errors}, {warnings}"},
    {"cli.summary.with-skipped", "{summary}; {skipped}"},
    {"cli.count.response", "1 response"},
    {"cli.count.responses", "{count} responses"},
    {"cli.count.questionnaire", "1 questionnaire"},
    {"cli.count.questionnaires", "{count} questionnaires"},
    {"cli.count.error", "1 error"},
    {"cli.count.errors", "{count} errors"},
    {"cli.count.warning", "1 warning"},
    {"cli.count.warnings", "{count} warnings"},
    {"cli.count.skipped", "1 other file skipped"},
    {"cli.count.skipped-many", "{count} other files skipped"},
    // The workbook of a batch check (validate --report FILE.xlsx)
    {"report.sheet.summary", "Summary"},
    {"report.sheet.findings", "Findings"},
    {"report.header.file", "File"},
    {"report.header.state", "State"},
    {"report.header.questionnaire", "Questionnaire"},
    {"report.header.version", "Version"},
    {"report.header.status", "Status"},
    {"report.header.result", "Result"},
    {"report.header.errors", "Errors"},
    {"report.header.warnings", "Warnings"},
    {"report.header.complete", "Complete (%)"},
    {"report.header.first-code", "First error"},
    {"report.header.first-place", "Where"},
    {"report.header.first-message", "What to do"},
    {"report.header.severity", "Severity"},
    {"report.header.code", "Code"},
    {"report.header.question", "Question"},
    {"report.header.cell", "Cell"},
    {"report.header.line", "Line"},
    {"report.header.column", "Column"},
    {"report.header.message", "Message"},
    {"report.result.valid", "valid"},
    {"report.result.invalid", "invalid"},
    {"report.severity.error", "error"},
    {"report.severity.warning", "warning"},
    {"report.severity.info", "note"},
};

}  // namespace

extern const Table english_cli{"en", texts, std::size(texts)};

}  // namespace irm::catalogue
