// A small streaming JSON writer: enough for reports, without a dependency.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace irm::json {

/// A JSON string literal for a UTF-8 text, quotes included.
std::string quote(std::string_view text);

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

private:
    void before_value();
    void newline();
    std::string out_;
    std::vector<bool> first_;  ///< per open container: no member written yet
    bool after_key_ = false;
};

}  // namespace irm::json
