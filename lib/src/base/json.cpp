#include <irm/json.hpp>

#include <cmath>
#include <cstdio>

namespace irm::json {

std::string quote(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 2);
    out += '"';
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
            case '\b':
                out += "\\b";
                break;
            case '\f':
                out += "\\f";
                break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    char escaped[8];
                    std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(c));
                    out += escaped;
                } else {
                    out += c;
                }
        }
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
    out_ += quote(name);
    out_ += ": ";
    after_key_ = true;
    return *this;
}

Writer& Writer::value(std::string_view text) {
    before_value();
    out_ += quote(text);
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
