// base/: a small streaming JSON writer: enough for reports, without a dependency.
#pragma once

#include <irm/diagnostic.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace irm::json {

/// A JSON string literal for a text, quotes included; a byte that is not UTF-8 becomes U+FFFD.
std::string quote(std::string_view text);
/// quote, setting `replaced` when a byte had to be replaced.
std::string quote(std::string_view text, bool& replaced);

/// Writes one JSON document, indented by two spaces.
class Writer {
public:
    /// Starts an object (as a value, or after key()).
    Writer& begin_object();
    /// Ends the innermost object.
    Writer& end_object();
    /// Starts an array.
    Writer& begin_array();
    /// Ends the innermost array.
    Writer& end_array();
    /// Names the next value of the current object.
    Writer& key(std::string_view name);
    /// A string value.
    Writer& value(std::string_view text);
    /// A string value.
    Writer& value(const std::string& text) { return value(std::string_view(text)); }
    /// A string value, for literals.
    Writer& value(const char* text) { return value(std::string_view(text)); }
    /// A whole number.
    Writer& value(long long number);
    /// An int.
    Writer& value(int number) { return value(static_cast<long long>(number)); }
    /// A decimal number.
    Writer& value(double number);
    /// A number given by its text, written as it is: JSON numbers are text of any
    /// length, so no digit is lost. Text that is not JSON's number grammar
    /// (`-`, digits without leading zeros, an optional fraction) is written as a string.
    Writer& number(std::string_view text);
    /// A boolean.
    Writer& value(bool flag);
    /// null.
    Writer& null();
    /// A string, or null when absent.
    Writer& value(const std::optional<std::string>& text);
    /// A number, or null when absent.
    Writer& value(const std::optional<int>& number);

    /// The text so far; complete once every object and array is closed.
    const std::string& str() const { return out_; }
    /// Takes the text out and starts over.
    std::string take();
    /// Takes the text written so far but keeps the writer's place, to stream a document.
    std::string drain();
    /// Whether a key or string held bytes that are not UTF-8, written as U+FFFD.
    bool replaced() const { return replaced_; }

private:
    void before_value();
    void newline();
    std::string out_;
    std::vector<bool> first_;  ///< per open container: no member written yet
    bool after_key_ = false;
    bool replaced_ = false;
};

/// Writes a finding as the contract's JSON object; `with_file` adds its file
/// (left out where the enclosing object already names it).
void write_finding(Writer& writer, const Diagnostic& finding, bool with_file = true);

/// A JSON value built in memory, for documents assembled piece by piece
/// (schemas); members keep the order they were set in.
class Value {
public:
    enum class Kind { Null, Bool, Number, String, Array, Object };

    Value() = default;
    Value(bool flag) : kind_(Kind::Bool), flag_(flag) {}
    Value(double number) : kind_(Kind::Number), number_(number) {}
    Value(int number) : kind_(Kind::Number), number_(number) {}
    Value(const char* text) : kind_(Kind::String), text_(text) {}
    Value(std::string text) : kind_(Kind::String), text_(std::move(text)) {}

    /// An empty array.
    static Value array() {
        Value v;
        v.kind_ = Kind::Array;
        return v;
    }
    /// An empty object.
    static Value object() {
        Value v;
        v.kind_ = Kind::Object;
        return v;
    }

    /// The member of an object, added (as null) when missing.
    Value& operator[](const std::string& key);
    /// Appends to an array and returns *this.
    Value& push(Value item);
    /// Whether the value is an object with that member.
    bool has(const std::string& key) const;
    /// Whether the value is an array or object with no element.
    bool empty() const { return items_.empty() && members_.empty(); }
    Kind kind() const { return kind_; }

    /// Writes the value.
    void write(Writer& writer) const;
    /// The value as an indented JSON document.
    std::string dump() const;

private:
    Kind kind_ = Kind::Null;
    bool flag_ = false;
    double number_ = 0;
    std::string text_;
    std::vector<Value> items_;
    std::vector<std::pair<std::string, Value>> members_;
};

}  // namespace irm::json
