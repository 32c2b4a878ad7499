#include <irm/json.hpp>
#include <irm/text.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace irm::json {

std::string quote(std::string_view raw) {
    bool replaced = false;
    return quote(raw, replaced);
}

std::string quote(std::string_view raw, bool& replaced) {
    // JSON is UTF-8: a byte that is not (a file name, a damaged text) becomes U+FFFD, so that
    // the document parses whatever it quotes.
    std::string valid;
    std::string_view chars = raw;
    if (text::first_invalid_utf8(raw)) {
        valid = text::valid_utf8(raw, replaced);
        chars = valid;
    }
    std::string out;
    out.reserve(chars.size() + 2);
    out += '"';
    for (std::size_t i = 0; i < chars.size();) {
        const text::Character c = text::character_at(chars, i);
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
            case '\b':
                out += "\\b";
                break;
            case '\f':
                out += "\\f";
                break;
            default:
                // JSON must escape the C0 controls; DEL, the C1 controls and the two separators
                // JavaScript takes for line breaks are escaped too, so that a document printed or
                // pasted does not act on them.
                if (text::is_control(cp) || cp == 0x2028 || cp == 0x2029)
                    out += fmt::format("\\u{code:04x}", fmt::arg("code", static_cast<unsigned>(cp)));
                else
                    out.append(chars.substr(i, c.length == 0 ? 1 : c.length));
        }
        i += c.length == 0 ? 1 : c.length;
    }
    out += '"';
    return out;
}

void Writer::newline() {
    out_ += '\n';
    out_.append(first_.size() * 2, ' ');
}

void Writer::before_value() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (first_.empty()) return;
    if (!first_.back()) out_ += ',';
    first_.back() = false;
    newline();
}

Writer& Writer::begin_object() {
    before_value();
    out_ += '{';
    first_.push_back(true);
    return *this;
}

Writer& Writer::end_object() {
    const bool empty = first_.back();
    first_.pop_back();
    if (!empty) newline();
    out_ += '}';
    if (first_.empty()) out_ += '\n';
    return *this;
}

Writer& Writer::begin_array() {
    before_value();
    out_ += '[';
    first_.push_back(true);
    return *this;
}

Writer& Writer::end_array() {
    const bool empty = first_.back();
    first_.pop_back();
    if (!empty) newline();
    out_ += ']';
    if (first_.empty()) out_ += '\n';
    return *this;
}

Writer& Writer::key(std::string_view name) {
    before_value();
    out_ += quote(name, replaced_);
    out_ += ": ";
    after_key_ = true;
    return *this;
}

Writer& Writer::value(std::string_view text) {
    before_value();
    out_ += quote(text, replaced_);
    return *this;
}

namespace {

/// Whether a text is a JSON number without an exponent: -?(0|[1-9][0-9]*)(\.[0-9]+)?
bool is_json_number(std::string_view s) {
    if (!s.empty() && s.front() == '-') s.remove_prefix(1);
    const auto digit = [](char c) { return c >= '0' && c <= '9'; };
    const std::string_view whole = s.substr(0, s.find('.'));
    if (whole.empty() || !std::all_of(whole.begin(), whole.end(), digit)) return false;
    if (whole.size() > 1 && whole.front() == '0') return false;
    if (whole.size() == s.size()) return true;
    const std::string_view fraction = s.substr(whole.size() + 1);
    return !fraction.empty() && std::all_of(fraction.begin(), fraction.end(), digit);
}

}  // namespace

Writer& Writer::number(std::string_view text) {
    if (!is_json_number(text)) return value(text);
    before_value();
    out_ += text;
    return *this;
}

Writer& Writer::value(long long number) {
    before_value();
    out_ += std::to_string(number);
    return *this;
}

Writer& Writer::value(double number) {
    before_value();
    if (!std::isfinite(number)) {
        out_ += "null";
        return *this;
    }
    char text[32];
    std::snprintf(text, sizeof text, "%.15g", number);
    out_ += text;
    return *this;
}

Writer& Writer::value(bool flag) {
    before_value();
    out_ += flag ? "true" : "false";
    return *this;
}

Writer& Writer::null() {
    before_value();
    out_ += "null";
    return *this;
}

Writer& Writer::value(const std::optional<std::string>& text) {
    return text ? value(*text) : null();
}

Writer& Writer::value(const std::optional<int>& number) {
    return number ? value(*number) : null();
}

std::string Writer::take() {
    std::string text = std::move(out_);
    out_.clear();
    first_.clear();
    after_key_ = false;
    replaced_ = false;
    return text;
}

void write_finding(Writer& w, const Diagnostic& d, bool with_file) {
    w.begin_object();
    w.key("severity").value(to_string(d.severity));
    w.key("code").value(d.code);
    w.key("question");
    if (d.question.empty())
        w.null();
    else
        w.value(d.question);
    if (with_file) w.key("file").value(d.file);
    w.key("line").value(d.line);
    w.key("column").value(d.column);
    if (!d.cell.empty()) w.key("cell").value(d.cell);
    w.key("message").value(d.message);
    w.end_object();
}

std::string Writer::drain() {
    std::string text = std::move(out_);
    out_.clear();
    return text;
}

Value& Value::operator[](const std::string& key) {
    kind_ = Kind::Object;
    for (auto& member : members_)
        if (member.first == key) return member.second;
    members_.emplace_back(key, Value());
    return members_.back().second;
}

Value& Value::push(Value item) {
    kind_ = Kind::Array;
    items_.push_back(std::move(item));
    return *this;
}

bool Value::has(const std::string& key) const {
    for (const auto& member : members_)
        if (member.first == key) return true;
    return false;
}

void Value::write(Writer& writer) const {
    switch (kind_) {
        case Kind::Null:
            writer.null();
            break;
        case Kind::Bool:
            writer.value(flag_);
            break;
        case Kind::Number:
            if (number_ == static_cast<double>(static_cast<long long>(number_)))
                writer.value(static_cast<long long>(number_));
            else
                writer.value(number_);
            break;
        case Kind::String:
            writer.value(text_);
            break;
        case Kind::Array:
            writer.begin_array();
            for (const Value& item : items_)
                item.write(writer);
            writer.end_array();
            break;
        case Kind::Object:
            writer.begin_object();
            for (const auto& [key, value] : members_) {
                writer.key(key);
                value.write(writer);
            }
            writer.end_object();
            break;
    }
}

std::string Value::dump() const {
    Writer writer;
    write(writer);
    std::string text = writer.take();
    if (text.empty() || text.back() != '\n') text += '\n';
    return text;
}

}  // namespace irm::json
