#include <irm/yaml_writer.hpp>

#include <cstdio>

namespace irm::yaml {

namespace {

bool needs_quotes(std::string_view text) {
    if (text.empty()) return true;
    // Words YAML reads as null, and characters that start something else than a scalar.
    static constexpr std::string_view nulls[] = {"~", "null", "Null", "NULL"};
    for (const auto word : nulls)
        if (text == word) return true;
    const char first = text.front();
    if (std::string_view("-?:,[]{}#&*!|>'\"%@`").find(first) != std::string_view::npos) return true;
    if (first == ' ' || first == '\t' || text.back() == ' ' || text.back() == '\t') return true;
    if (text.find(": ") != std::string_view::npos || text.find(" #") != std::string_view::npos) return true;
    if (text.back() == ':') return true;
    for (const char c : text)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) return true;
    return false;
}

std::string double_quoted(std::string_view text) {
    std::string out = "\"";
    for (const char c : text) {
        switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            default:
                if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
                    char escaped[8];
                    std::snprintf(escaped, sizeof escaped, "\\x%02x",
                                  static_cast<unsigned>(static_cast<unsigned char>(c)));
                    out += escaped;
                } else {
                    out += c;
                }
        }
    }
    out += '"';
    return out;
}

}  // namespace

std::string scalar(std::string_view text) {
    return needs_quotes(text) ? double_quoted(text) : std::string(text);
}

void write(std::string& out, const Node& node, int indent) {
    const std::string pad(static_cast<std::size_t>(indent), ' ');
    switch (node.kind) {
        case Node::Kind::Null:
            out += '\n';
            return;
        case Node::Kind::Scalar:
            // Quoted text stays quoted, so `"yes"` and `yes` keep the look the author gave them.
            out += ' ';
            out += node.style == Style::Plain ? scalar(node.text) : double_quoted(node.text);
            out += '\n';
            return;
        case Node::Kind::Sequence:
            if (node.items.empty()) {
                out += " []\n";
                return;
            }
            out += '\n';
            for (const Node* item : node.items) {
                out += pad + "-";
                if (item->is_map() && !item->pairs.empty()) {
                    // The first key goes on the dash's line, the others under it.
                    bool first = true;
                    for (const Pair& pair : item->pairs) {
                        if (!first) out += pad + "  ";
                        out += first ? " " : "";
                        out += scalar(pair.key->text) + ":";
                        write(out, *pair.value, indent + 4);
                        first = false;
                    }
                } else {
                    write(out, *item, indent + 2);
                }
            }
            return;
        case Node::Kind::Map:
            if (node.pairs.empty()) {
                out += " {}\n";
                return;
            }
            out += '\n';
            for (const Pair& pair : node.pairs)
                write_entry(out, pair.key->text, *pair.value, indent);
            return;
    }
}

void write_entry(std::string& out, std::string_view key, const Node& value, int indent) {
    out += std::string(static_cast<std::size_t>(indent), ' ') + scalar(key) + ":";
    write(out, value, indent + 2);
}

}  // namespace irm::yaml
