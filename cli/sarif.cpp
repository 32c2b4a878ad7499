#include "sarif.hpp"

#include <irm/finding_codes.hpp>

namespace irm::cli {

namespace {

/// SARIF's level of a severity: its own name, but "note" for info.
std::string_view level_of(Severity severity) { return severity == Severity::Info ? "note" : to_string(severity); }

void write_location(json::Writer& w, const Diagnostic& finding, const std::string& file) {
    w.key("locations").begin_array().begin_object();
    w.key("physicalLocation").begin_object();
    w.key("artifactLocation").begin_object().key("uri").value(uri_of_path(file)).end_object();
    if (finding.line) {
        w.key("region").begin_object().key("startLine").value(*finding.line);
        if (finding.column) w.key("startColumn").value(*finding.column);
        w.end_object();
    }
    w.end_object();
    if (!finding.cell.empty() || !finding.question.empty()) {
        w.key("logicalLocations").begin_array();
        if (!finding.cell.empty())
            w.begin_object().key("fullyQualifiedName").value(finding.cell).key("kind").value("element").end_object();
        if (!finding.question.empty())
            w.begin_object().key("name").value(finding.question).key("kind").value("member").end_object();
        w.end_array();
    }
    w.end_object().end_array();
}

}  // namespace

std::string uri_of_path(std::string_view path) {
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string out;
    for (const char c : path) {
        const auto byte = static_cast<unsigned char>(c);
        const bool unreserved = (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') ||
                                (byte >= '0' && byte <= '9') || c == '-' || c == '.' || c == '_' || c == '~' ||
                                c == '/';
        if (unreserved) {
            out += c;
        } else {
            out += '%';
            out += hex[byte >> 4];
            out += hex[byte & 0xF];
        }
    }
    return out;
}

SarifReport::SarifReport(std::FILE* out) : out_(out) {
    writer_.begin_object();
    writer_.key("$schema").value("https://json.schemastore.org/sarif-2.1.0.json");
    writer_.key("version").value("2.1.0");
    writer_.key("runs").begin_array().begin_object();
    writer_.key("columnKind").value("unicodeCodePoints");
    writer_.key("results").begin_array();
    flush();
}

void SarifReport::add(const FileResult& result) {
    json::Writer& w = writer_;
    const auto& codes = finding_codes();
    for (const Diagnostic& finding : result.findings) {
        w.begin_object();
        w.key("ruleId").value(finding.code);
        if (const FindingCode* code = find_finding_code(finding.code))
            w.key("ruleIndex").value(static_cast<long long>(code - codes.data()));
        w.key("level").value(level_of(finding.severity));
        w.key("message").begin_object().key("text").value(finding.message).end_object();
        write_location(w, finding, finding.file.empty() ? result.file : finding.file);
        if (!finding.question.empty())
            w.key("properties").begin_object().key("question").value(finding.question).end_object();
        w.end_object();
    }
    flush();
}

void SarifReport::finish() {
    json::Writer& w = writer_;
    w.end_array();
    w.key("tool").begin_object().key("driver").begin_object();
    w.key("name").value("irm");
    w.key("version").value(IRM_VERSION);
    w.key("rules").begin_array();
    for (const FindingCode& code : finding_codes()) {
        w.begin_object();
        w.key("id").value(code.code);
        w.key("name").value(code.name);
        w.key("shortDescription").begin_object().key("text").value(code.summary).end_object();
        w.key("help").begin_object().key("text").value(std::string(code.summary) +
                                                       " See docs/FINDINGS.md of irm for what gives it.")
            .end_object();
        w.key("defaultConfiguration").begin_object().key("level").value(level_of(code.severity)).end_object();
        w.end_object();
    }
    w.end_array();
    w.end_object().end_object();
    w.end_object().end_array();
    w.end_object();
    flush();
    std::fputc('\n', out_);
}

void SarifReport::flush() {
    const std::string text = writer_.drain();
    std::fwrite(text.data(), 1, text.size(), out_);
}

}  // namespace irm::cli
