#include <irm/values.hpp>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cmath>
#include <cstdlib>

namespace irm {

namespace {

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

}  // namespace

bool is_whole_number(std::string_view s) {
    if (!s.empty() && (s.front() == '+' || s.front() == '-')) s.remove_prefix(1);
    return !s.empty() && std::all_of(s.begin(), s.end(), is_digit);
}

bool is_decimal_number(std::string_view s) {
    if (!s.empty() && (s.front() == '+' || s.front() == '-')) s.remove_prefix(1);
    const auto dot = s.find('.');
    const std::string_view whole = s.substr(0, dot);
    if (dot == std::string_view::npos)
        return is_whole_number(whole) && whole.front() != '+' && whole.front() != '-';
    const std::string_view fraction = s.substr(dot + 1);
    const auto digits = [](std::string_view part) { return std::all_of(part.begin(), part.end(), is_digit); };
    // `1.5` and `.5` are numbers; `1.` and `.` are not.
    return !fraction.empty() && digits(fraction) && digits(whole);
}

std::optional<double> to_number(std::string_view s) {
    const std::string text(s);
    errno = 0;
    char* end = nullptr;
    const double value = std::strtod(text.c_str(), &end);
    if (end == text.c_str() || errno == ERANGE || !std::isfinite(value)) return std::nullopt;
    return value;
}

namespace {

/// A number split into its sign and the digits of its magnitude, without the
/// zeros that say nothing; both parts empty for zero.
struct Digits {
    bool negative = false;
    std::string_view whole, fraction;
};

Digits digits_of(std::string_view s) {
    Digits d;
    if (!s.empty() && (s.front() == '+' || s.front() == '-')) {
        d.negative = s.front() == '-';
        s.remove_prefix(1);
    }
    const auto dot = s.find('.');
    d.whole = s.substr(0, dot);
    d.fraction = dot == std::string_view::npos ? std::string_view() : s.substr(dot + 1);
    while (!d.whole.empty() && d.whole.front() == '0')
        d.whole.remove_prefix(1);
    while (!d.fraction.empty() && d.fraction.back() == '0')
        d.fraction.remove_suffix(1);
    if (d.whole.empty() && d.fraction.empty()) d.negative = false;
    return d;
}

/// Compares the magnitudes of two numbers.
int compare_magnitudes(const Digits& a, const Digits& b) {
    if (a.whole.size() != b.whole.size()) return a.whole.size() < b.whole.size() ? -1 : 1;
    if (const int c = a.whole.compare(b.whole); c != 0) return c;
    // Without zeros at their end, fractions compare digit by digit as text does.
    return a.fraction.compare(b.fraction);
}

}  // namespace

std::string canonical_number(std::string_view s) {
    const Digits d = digits_of(s);
    std::string out = d.negative ? "-" : "";
    out += d.whole.empty() ? std::string_view("0") : d.whole;
    if (!d.fraction.empty()) {
        out += '.';
        out += d.fraction;
    }
    return out;
}

int compare_numbers(std::string_view a, std::string_view b) {
    const Digits x = digits_of(a), y = digits_of(b);
    if (x.negative != y.negative) return x.negative ? -1 : 1;
    const int magnitude = compare_magnitudes(x, y);
    const int sign = magnitude < 0 ? -1 : magnitude > 0 ? 1 : 0;
    return x.negative ? -sign : sign;
}

bool fits_double(std::string_view s) {
    const Digits d = digits_of(s);
    if (d.whole.empty() && d.fraction.empty()) return true;
    // The significant digits run from the first non-zero digit to the last one.
    std::size_t significant = 0;
    long exponent = 0;
    if (!d.whole.empty()) {
        std::string_view all = d.whole;
        exponent = static_cast<long>(d.whole.size()) - 1;
        if (d.fraction.empty())
            while (!all.empty() && all.back() == '0')
                all.remove_suffix(1);
        significant = all.size() + d.fraction.size();
    } else {
        const std::size_t zeros = d.fraction.find_first_not_of('0');
        exponent = -static_cast<long>(zeros) - 1;
        significant = d.fraction.size() - zeros;
    }
    return significant <= 15 && exponent <= 307 && exponent >= -307;
}

bool is_date(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    for (const std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
        if (!is_digit(s[i])) return false;
    const auto number = [&](std::size_t from, std::size_t length) {
        int value = 0;
        for (std::size_t i = from; i < from + length; ++i)
            value = value * 10 + (s[i] - '0');
        return value;
    };
    const int year = number(0, 4), month = number(5, 2), day = number(8, 2);
    if (month < 1 || month > 12 || day < 1) return false;
    static constexpr std::array<int, 12> days{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    const int last = days[static_cast<std::size_t>(month - 1)] + (month == 2 && leap ? 1 : 0);
    return day <= last;
}

const std::vector<std::string>& ta_categories() {
    static const std::vector<std::string> categories{
        "legislative_assistance", "institution_building",      "policy_making", "capacity_building",
        "data_collection",        "international_cooperation", "technology",    "other"};
    return categories;
}

const std::vector<std::string>& ta_priorities() {
    static const std::vector<std::string> priorities{"high", "medium", "low"};
    return priorities;
}
}  // namespace irm
