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
    {"cli.count.no-error", "0 errors"},
    {"cli.count.no-warning", "0 warnings"},
    {"cli.count.error", "1 error"},
    {"cli.count.errors", "{count} errors"},
    {"cli.count.warning", "1 warning"},
    {"cli.count.warnings", "{count} warnings"},
    {"cli.count.skipped", "1 other file skipped"},
    {"cli.count.skipped-many", "{count} other files skipped"},
    {"cli.note.skipped", "note: {skipped}: responses are .yaml, .yml and .xlsx files"},
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
    // Lines of stderr: why a command stops (exit status 2), notes and warnings
    {"cli.error.output-exists", "“{file}” already exists; give --force to replace it, or another name with -o"},
    {"cli.error.questionnaire-skipped", "questionnaire skipped: {file}: {severity}[{code}]: {message}"},
    {"cli.error.no-such-file", "cannot read “{file}”: there is no such file or folder"},
    {"cli.error.permission", "cannot read “{file}”: permission denied"},
    {"cli.error.unreadable", "cannot read “{file}”: {why}"},
    {"cli.error.no-questionnaire-version", "no questionnaire “{id}” has the version “{version}”"},
    {"cli.error.no-questionnaire",
     "no questionnaire “{id}” is loaded: irm questionnaires lists them; give the folder of another with "
     "--questionnaires"},
    {"cli.error.report-over-input", "the report “{file}” would replace an input; choose another name"},
    {"cli.error.report-unwritable", "cannot write the report “{file}”"},
    {"cli.error.report-unwritable-why", "cannot write the report “{file}”: {why}"},
    {"cli.error.report-no-directory", "cannot write the report “{file}”: its folder does not exist"},
    {"cli.error.report-format", "“{file}” is no report format irm writes: name it .json, .csv or .xlsx"},
    {"cli.note.report-replaced",
     "note: characters the report {file} cannot carry (control characters, or bytes that are not "
     "UTF-8) were replaced by U+FFFD"},
    {"cli.error.draft-format",
     "cannot tell the format of “{file}” from its name (.docx, .html or .md); give --format docx, html "
     "or md"},
    {"cli.error.output-is-input", "will not replace the input “{file}”; choose another -o"},
    {"cli.error.docx-to-file", "a Word draft is written to a file: give -o FILE.docx"},
    {"cli.error.draft-no-questionnaire", "no draft written: “{file}” cannot be read against a questionnaire"},
    {"cli.error.draft-notes-errors", "no draft written: the notes have {errors}"},
    {"cli.warning.draft-response-errors",
     "warning: “{file}” has {errors} and {warnings} (irm validate lists them); the draft shows the "
     "answers as written"},
    {"cli.warning.summary-words", "warning: the summary has {words} words, more than the {limit} of --max-words"},
    {"cli.error.stdout", "cannot write the draft to standard output"},
    {"cli.error.cannot-write", "cannot write “{file}”: "},
    {"cli.error.questionnaire-language", "the questionnaire “{id}” has no language “{language}”; it has {languages}"},
    {"cli.error.cannot-create", "cannot create “{file}”: {why}"},
    {"cli.error.out-of-memory", "out of memory"},
    {"cli.error.internal", "internal error: {what}"},
    {"cli.error.output", "cannot write the output"},
};

}  // namespace

extern const Table english_cli{"en", texts, std::size(texts)};

}  // namespace irm::catalogue
