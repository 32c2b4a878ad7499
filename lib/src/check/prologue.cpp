#include "check/prologue.hpp"

#include <irm/catalogue.hpp>
#include <irm/text.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace irm::check {

namespace {

using yaml::Node;

void structure(Findings& findings, const FileKind& kind, std::string message, std::optional<Position> where) {
    findings.add(Severity::Error, std::string(kind.structure_code), std::move(message), where);
}

/// IRM004 anywhere under the root; in a mapping keyed by question id it names the question.
void report_duplicates(const Node& root, const FileKind& kind, Findings& findings, std::string_view language) {
    const auto anywhere = [&](const Node& node) {
        yaml::for_each_duplicate_key(node, [&](const Node& key) { duplicate_key(findings, key, {}, language); });
    };
    if (!root.is_map()) {
        anywhere(root);
        return;
    }
    for (const Node* key : root.duplicate_keys)
        duplicate_key(findings, *key, {}, language);
    for (const yaml::Pair& pair : root.pairs) {
        anywhere(*pair.key);
        const Node& value = *pair.value;
        const bool by_question =
            value.is_map() && std::find(kind.question_maps.begin(), kind.question_maps.end(),
                                        pair.key->text) != kind.question_maps.end();
        if (!by_question) {
            anywhere(value);
            continue;
        }
        for (const Node* key : value.duplicate_keys)
            duplicate_key(findings, *key, key->text, language);
        for (const yaml::Pair& answer : value.pairs)
            yaml::for_each_duplicate_key(*answer.value, [&](const Node& key) {
                duplicate_key(findings, key, answer.key->text, language);
            });
    }
}

/// The line of the source at a position, without its break.
std::string_view line_at(const std::string& source, int line) {
    std::size_t start = 0;
    for (int l = 1; l < line && start != std::string::npos; ++l) {
        start = source.find_first_of("\r\n", start);
        if (start == std::string::npos) return {};
        start += source.compare(start, 2, "\r\n") == 0 ? 2 : 1;
    }
    if (start == std::string::npos || start > source.size()) return {};
    const std::size_t end = source.find_first_of("\r\n", start);
    return std::string_view(source).substr(start, end == std::string::npos ? std::string::npos : end - start);
}

/// Whether a line's indentation holds a tab.
bool indented_with_tab(std::string_view line) {
    for (const char c : line) {
        if (c == '\t') return true;
        if (c != ' ') return false;
    }
    return false;
}

/// The first byte on a line that is not UTF-8, in hexadecimal ("E9" for a Latin-1 é).
std::string bad_byte(const std::string& source, Position where) {
    const std::string_view line = line_at(source, where.line);
    const auto bad = text::first_invalid_utf8(line);
    if (!bad) return "??";
    return fmt::format("{byte:02X}", fmt::arg("byte", static_cast<unsigned>(static_cast<unsigned char>(line[*bad]))));
}

}  // namespace

void syntax_error(Findings& findings, const yaml::Document& doc, std::string_view language) {
    const yaml::Document::Error& error = *doc.error();
    using Problem = yaml::Document::Problem;
    const std::string& source = doc.source();
    std::string text;
    std::optional<Position> where = error.position;
    if (error.problem == Problem::Binary) {
        text = message("finding.IRM001.binary"_key, language);
    } else {
        switch (error.problem) {
            case Problem::NulByte:
                text = message("finding.IRM001.nul"_key, language);
                break;
            case Problem::NotUtf8:
                text = message("finding.IRM001.latin1"_key, language, {{"byte", bad_byte(source, error.position)}});
                break;
            case Problem::UnclosedQuote: {
                const std::string_view line = line_at(source, error.position.line);
                const auto at = static_cast<std::size_t>(std::max(0, error.position.column - 1));
                // The column counts characters: find the quote from the column on, else the first on the line.
                std::size_t quote = line.find_first_of("\"'", std::min(at, line.size()));
                if (quote == std::string_view::npos) quote = line.find_first_of("\"'");
                text = message("finding.IRM001.unclosed-quote"_key, language,
                               {{"quote", quote == std::string_view::npos ? std::string("\"") : std::string(1, line[quote])}});
                break;
            }
            case Problem::TextNotIndented:
                text = message("finding.IRM001.text-not-indented"_key, language);
                break;
            case Problem::TooDeep:
                text = message("finding.IRM001.too-deep"_key, language);
                break;
            case Problem::TooLarge:
                text = message("finding.IRM001.too-large"_key, language);
                break;
            case Problem::UnknownAlias:
                text = message("finding.IRM001.unknown-alias"_key, language);
                break;
            case Problem::Binary:
            case Problem::Syntax: {
                // A tab in the indentation of the line the reader stopped at, or of the line
                // before it, is what stopped it, whatever words the reader found for it.
                for (const int line : {error.position.line, error.position.line - 1, error.position.line + 1})
                    if (line >= 1 && indented_with_tab(line_at(source, line))) {
                        text = message("finding.IRM001.tab"_key, language);
                        const std::string_view found = line_at(source, line);
                        where = Position{line, static_cast<int>(found.find('\t')) + 1};
                        break;
                    }
                if (text.empty()) {
                    std::string detail = error.message;
                    if (detail.rfind("YAML syntax error: ", 0) == 0) detail.erase(0, 19);
                    if (detail == "YAML syntax error") detail.clear();
                    text = message("finding.IRM001.syntax"_key, language,
                                   {{"detail", detail.empty() ? std::string("?") : text::shorten(detail, 120)}});
                }
                break;
            }
        }
    }
    findings.add(Severity::Error, "IRM001", std::move(text), where);
}

void duplicate_key(Findings& findings, const Node& key, std::string question, std::string_view language) {
    const std::string quoted = quoted_in(text::shorten(key.text, 60), language);
    const bool answer = !question.empty() && question == key.text;
    std::string text = answer ? message("finding.IRM004.answered-twice"_key, language, {{"question", quoted}})
                              : message("finding.IRM004.duplicate"_key, language, {{"key", quoted}});
    findings.add(Severity::Error, "IRM004", std::move(text), key.position, std::move(question));
}

void unreadable(Findings& findings, std::string_view why, std::string_view language) {
    findings.add(Severity::Error, "IRM005", message("finding.IRM005.unreadable"_key, language, {{"why", std::string(why)}}),
                 std::nullopt);
}

const Node* read_prologue(const yaml::Document& doc, const FileKind& kind, Findings& findings,
                          std::string_view language) {
    if (doc.error()) {
        syntax_error(findings, doc, language);
        return nullptr;
    }
    const std::string noun = message(kind.noun, language);
    const Node* root = doc.root();
    const std::string format_line = "format: " + std::string(kind.format);
    if (!root || root->is_null()) {
        structure(findings, kind, message("finding.prologue.empty"_key, language, {{"kind", noun}, {"line", format_line}}),
                  std::nullopt);
        return nullptr;
    }
    report_duplicates(*root, kind, findings, language);
    if (!root->is_map()) {
        structure(findings, kind,
                  message("finding.prologue.not-keys"_key, language, {{"kind", noun}, {"keys", message(kind.keys, language)}}),
                  root->anchor());
        return nullptr;
    }
    if (doc.has_more_documents())
        structure(findings, kind, message("finding.prologue.more-documents"_key, language), std::nullopt);
    const Node* format = root->find("format");
    if (!format) {
        structure(findings, kind, message("finding.prologue.no-format"_key, language, {{"kind", noun}, {"line", format_line}}),
                  std::nullopt);
        return nullptr;
    }
    if (!format->is_scalar() || format->text != kind.format) {
        // Another of irm's files given where this kind is wanted: say what it is and which command takes it.
        const std::string found = format->is_scalar() ? format->text : std::string();
        std::string text;
        if (found.rfind("irm-questionnaire/", 0) == 0)
            text = message("finding.prologue.is-questionnaire"_key, language, {{"kind", noun}});
        else if (found.rfind("irm-response/", 0) == 0)
            text = message("finding.prologue.is-response"_key, language, {{"kind", noun}});
        else if (found.rfind("irm-notes/", 0) == 0)
            text = message("finding.prologue.is-notes"_key, language, {{"kind", noun}});
        if (found.rfind(std::string(kind.format).substr(0, kind.format.find('/') + 1), 0) == 0) text.clear();
        if (text.empty())
            text = message("finding.prologue.wrong-format"_key, language,
                           {{"line", format_line}, {"found", found.empty() ? std::string("format: …") : "format: " + text::shorten(found, 40)}});
        structure(findings, kind, std::move(text), format->anchor());
        return nullptr;
    }
    return root;
}

}  // namespace irm::check
