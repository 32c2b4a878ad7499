// The one place that knows the kinds of response files: every command reads a
// response through load_response, and the checker below it sees YAML only.
#include <irm/catalogue.hpp>
#include <irm/files.hpp>
#include <irm/response_file.hpp>
#include <irm/workbook_import.hpp>

#include "check/prologue.hpp"
#include "fill/workbook_layout.hpp"

namespace irm {

namespace {

/// A workbook read back and checked: the findings of the reading and of the
/// checks, each pointing at a sheet and cell instead of a line.
Response check_workbook(ImportedWorkbook imported, std::string yaml, const std::string& path,
                        const Registry& registry, const CheckOptions& options) {
    if (yaml.empty()) {
        Response response;
        response.file = path;
        response.source = ResponseSource::Workbook;
        response.questionnaire_id = imported.questionnaire;
        response.version = imported.version;
        response.state = imported.state;
        response.language = imported.language;
        response.findings = std::move(imported.findings);
        return response;
    }
    CheckOptions from_workbook = options;
    from_workbook.workbook = true;
    Response response = check_response(std::move(yaml), path, registry, from_workbook);
    response.source = ResponseSource::Workbook;
    response.line_cells = std::move(imported.line_cells);
    for (Diagnostic& d : response.findings) {
        if (d.line) d.cell = response.cell_at(Position{*d.line, d.column.value_or(1)});
        if (d.cell.empty() && !d.question.empty()) {
            const auto found = imported.question_cells.find(d.question);
            if (found != imported.question_cells.end()) d.cell = found->second;
        }
        d.line.reset();
        d.column.reset();
    }
    response.findings.insert(response.findings.begin(), imported.findings.begin(), imported.findings.end());
    layout::sort_by_cell(response.findings, imported.sheets);
    return response;
}

}  // namespace

Result<ResponseText> read_response_text(const std::string& path, const Registry& registry,
                                        const Wording& wording) {
    Result<std::string> bytes = files::read(path);
    if (!bytes) return fail(bytes.error());
    ResponseText text;
    if (!files::has_extension(path, ".xlsx")) {
        text.yaml = std::move(*bytes);
        return text;
    }
    text.source = ResponseSource::Workbook;
    WorkbookImportOptions reading;
    reading.wording = wording;
    text.workbook = import_workbook(std::move(*bytes), path, registry, reading);
    text.yaml = std::move(text.workbook->yaml);
    text.workbook->yaml.clear();
    return text;
}

namespace {

/// IRM006: a spreadsheet or document that is no response format, and what to do with it.
std::optional<Response> not_a_response_format(const std::string& path, const CheckOptions& options) {
    static const std::pair<std::string_view, Key> kinds[] = {
        {".ods", "finding.IRM006.ods"_key},   {".xlsm", "finding.IRM006.xlsm"_key},
        {".xls", "finding.IRM006.xls"_key},   {".csv", "finding.IRM006.csv"_key},
        {".json", "finding.IRM006.json"_key}, {".docx", "finding.IRM006.docx"_key},
        {".pdf", "finding.IRM006.pdf"_key},
    };
    for (const auto& [ending, key] : kinds) {
        if (!files::has_extension(path, std::string(ending))) continue;
        Response response;
        response.file = path;
        Findings findings(path);
        findings.add(Severity::Error, "IRM006", message(key, options.wording.general()), std::nullopt);
        response.findings = findings.take_sorted();
        return response;
    }
    return std::nullopt;
}

}  // namespace

Response load_response(const std::string& path, const Registry& registry, const CheckOptions& options) {
    if (auto refused = not_a_response_format(path, options)) return std::move(*refused);
    Result<ResponseText> text = read_response_text(path, registry, options.wording);
    if (!text) {
        Response response;
        response.file = path;
        response.source =
            files::has_extension(path, ".xlsx") ? ResponseSource::Workbook : ResponseSource::Yaml;
        Findings findings(path);
        check::unreadable(findings, text.error(), options.wording.general());
        response.findings = findings.take_sorted();
        return response;
    }
    if (text->workbook)
        return check_workbook(std::move(*text->workbook), std::move(text->yaml), path, registry, options);
    return check_response(std::move(text->yaml), path, registry, options);
}

const std::vector<std::string>& response_extensions() {
    static const std::vector<std::string> extensions{".yaml", ".yml", ".xlsx"};
    return extensions;
}

const std::vector<std::string>& convertible_extensions() {
    static const std::vector<std::string> extensions{".ods", ".xls", ".xlsm", ".csv", ".json", ".docx", ".pdf"};
    return extensions;
}

}  // namespace irm
