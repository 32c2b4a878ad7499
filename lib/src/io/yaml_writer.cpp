#include <irm/text.hpp>
#include <irm/yaml_writer.hpp>

namespace irm::yaml {

namespace {

/// Whether a character must be escaped in a double-quoted scalar, and cannot stand in a
/// plain one: what YAML does not allow in a file (control characters but tab, line feed
/// and carriage return, DEL, the C1 controls, U+FFFE, U+FFFF), what some readers take for
/// a line break (NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR) and the byte-order mark.
bool needs_escape(char32_t c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 || c == 0xFEFF || c == 0xFFFE ||
           c == 0xFFFF;
}

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
    // A line that starts with "..." ends the document when it stands at the start of a line (a key).
    if (text.rfind("...", 0) == 0) return true;
    for (std::size_t i = 0; i < text.size();) {
        const text::Character c = text::character_at(text, i);
        if (c.length == 0 || needs_escape(c.code_point)) return true;
        i += c.length;
    }
    return false;
}

std::string double_quoted(std::string_view text) {
    std::string out = "\"";
    out.reserve(text.size() + 2);
    for (std::size_t i = 0; i < text.size();) {
        const text::Character c = text::character_at(text, i);
        // A byte that is not UTF-8 has no escape: YAML is text. It reads back as U+FFFD.
        if (c.length == 0) {
            out += "\\uFFFD";
            ++i;
            continue;
        }
        const char32_t cp = c.code_point;
        switch (cp) {
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
                if (needs_escape(cp)) {
                    char escaped[16];
                    if (cp < 0x100)
                        std::snprintf(escaped, sizeof escaped, "\\x%02x", static_cast<unsigned>(cp));
                    else
                        std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(cp));
                    out += escaped;
                } else {
                    out.append(text.substr(i, c.length));
                }
        }
        i += c.length;
    }
    out += '"';
    return out;
}

}  // namespace

std::string comment_text(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const text::Character c = text::character_at(text, i);
        const char32_t cp = c.code_point;
        if (c.length == 0) {
            out += text::replacement_character;
        } else if (cp == '\r' || cp == 0x85 || cp == 0x2028 || cp == 0x2029) {
            out += '\n';
            if (cp == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
        } else if (cp != '\n' && cp != '\t' && needs_escape(cp)) {
            out += text::replacement_character;
        } else {
            out.append(text.substr(i, c.length));
        }
        i += c.length == 0 ? 1 : c.length;
    }
    return out;
}

std::string scalar(std::string_view text) {
    return needs_quotes(text) ? double_quoted(text) : std::string(text);
}

namespace {

/// Appends a node; false as soon as `out` is longer than `limit`, however much of the node is left.
bool append(std::string& out, const Node& node, int indent, std::size_t limit);

bool append_entry(std::string& out, std::string_view key, const Node& value, int indent, std::size_t limit) {
    out.append(static_cast<std::size_t>(indent), ' ');
    out += scalar(key);
    out += ':';
    return out.size() <= limit && append(out, value, indent + 2, limit);
}

bool append(std::string& out, const Node& node, int indent, std::size_t limit) {
    const auto pad = static_cast<std::size_t>(indent);
    switch (node.kind) {
        case Node::Kind::Null:
            out += '\n';
            break;
        case Node::Kind::Scalar:
            if (out.size() + node.text.size() > limit) return false;  // quoted, it only grows
            // Quoted text stays quoted, so `"yes"` and `yes` keep the look the author gave them.
            out += ' ';
            out += node.style == Style::Plain ? scalar(node.text) : double_quoted(node.text);
            out += '\n';
            break;
        case Node::Kind::Sequence:
            if (node.items.empty()) {
                out += " []\n";
                break;
            }
            out += '\n';
            for (const Node* item : node.items) {
                out.append(pad, ' ');
                out += '-';
                if (item->is_map() && !item->pairs.empty()) {
                    // The first key goes on the dash's line, the others under it.
                    bool first = true;
                    for (const Pair& pair : item->pairs) {
                        if (!first) out.append(pad + 2, ' ');
                        out += first ? " " : "";
                        out += scalar(pair.key->text) + ":";
                        if (!append(out, *pair.value, indent + 4, limit)) return false;
                        first = false;
                    }
                } else if (!append(out, *item, indent + 2, limit)) {
                    return false;
                }
            }
            break;
        case Node::Kind::Map:
            if (node.pairs.empty()) {
                out += " {}\n";
                break;
            }
            out += '\n';
            for (const Pair& pair : node.pairs)
                if (!append_entry(out, pair.key->text, *pair.value, indent, limit)) return false;
            break;
    }
    return out.size() <= limit;
}

}  // namespace

bool write(std::string& out, const Node& node, int indent, std::size_t limit) {
    const std::size_t before = out.size();
    if (append(out, node, indent, limit)) return true;
    out.resize(before);
    return false;
}

bool write_entry(std::string& out, std::string_view key, const Node& value, int indent, std::size_t limit) {
    const std::size_t before = out.size();
    if (append_entry(out, key, value, indent, limit)) return true;
    out.resize(before);
    return false;
}

}  // namespace irm::yaml
