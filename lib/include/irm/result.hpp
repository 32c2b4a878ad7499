// base/: the one result type of functions that can fail without findings
// (reading a file, writing an output): a value, or why it could not be had.
// Checks and readers of documents return findings instead (diagnostic.hpp).
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace irm {

/// Why something could not be done, as one sentence for a person.
struct Failure {
    std::string message;
};

/// A failure with its message.
inline Failure fail(std::string message) {
    return Failure{std::move(message)};
}

/// A value of type T, or the failure that stopped it.
template <typename T>
class [[nodiscard]] Result {
public:
    // Two constructors rather than one by value, so that `return local;` moves the local.
    Result(const T& value) : state_(std::in_place_index<0>, value) {}
    Result(T&& value) : state_(std::in_place_index<0>, std::move(value)) {}
    Result(Failure failure) : state_(std::in_place_index<1>, std::move(failure)) {}

    /// Whether there is a value.
    bool ok() const { return state_.index() == 0; }
    explicit operator bool() const { return ok(); }

    /// The value; only when ok().
    T& value() & { return std::get<0>(state_); }
    const T& value() const& { return std::get<0>(state_); }
    T&& value() && { return std::get<0>(std::move(state_)); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T&& operator*() && { return std::move(*this).value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

    /// Why there is no value; only when !ok().
    const std::string& error() const { return std::get<1>(state_).message; }

private:
    std::variant<T, Failure> state_;
};

/// The outcome of an action that gives nothing back but may fail.
template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Failure failure) : failure_(std::move(failure)) {}

    bool ok() const { return !failure_; }
    explicit operator bool() const { return ok(); }
    /// Why it failed; only when !ok().
    const std::string& error() const { return failure_->message; }

private:
    std::optional<Failure> failure_;
};

/// An action done, or the failure that stopped it.
using Done = Result<void>;

}  // namespace irm
