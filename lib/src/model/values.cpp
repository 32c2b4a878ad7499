#include <irm/values.hpp>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cmath>
#include <cstdio>
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

namespace {

/// The months by name in the languages people write dates in here, lower case; "sept." and the
/// like are read by their first letters.
int month_named(std::string word) {
    for (char& c : word)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    while (!word.empty() && word.back() == '.')
        word.pop_back();
    static const std::array<std::vector<std::string_view>, 12> names{{
        {"january", "janvier", "enero", "jan", "janv", "ene"},
        {"february", "février", "fevrier", "febrero", "feb", "fév", "fev", "févr", "fevr"},
        {"march", "mars", "marzo", "mar"},
        {"april", "avril", "abril", "apr", "avr", "abr"},
        {"may", "mai", "mayo"},
        {"june", "juin", "junio", "jun"},
        {"july", "juillet", "julio", "jul", "juil"},
        {"august", "août", "aout", "agosto", "aug", "ago"},
        {"september", "septembre", "septiembre", "setiembre", "sep", "sept", "set"},
        {"october", "octobre", "octubre", "oct"},
        {"november", "novembre", "noviembre", "nov"},
        {"december", "décembre", "decembre", "diciembre", "dec", "déc", "dic"},
    }};
    for (std::size_t m = 0; m < names.size(); ++m)
        for (const std::string_view name : names[m])
            if (word == name) return static_cast<int>(m) + 1;
    return 0;
}

std::optional<std::string> iso_date(int year, int month, int day) {
    if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
    char out[11];
    std::snprintf(out, sizeof out, "%04d-%02d-%02d", year, month, day);
    if (!is_date(out)) return std::nullopt;
    return std::string(out);
}

/// The text cut into runs of digits and runs of other characters, spaces and punctuation
/// dropped: "15 mars 2004" is {"15", "mars", "2004"}.
std::vector<std::string> date_words(std::string_view text) {
    std::vector<std::string> words;
    std::string word;
    const auto flush = [&] {
        if (!word.empty()) words.push_back(std::move(word));
        word.clear();
    };
    for (const char c : text) {
        const bool digit = is_digit(c);
        const bool letter = !digit && (static_cast<unsigned char>(c) >= 0x80 || (c >= 'a' && c <= 'z') ||
                                       (c >= 'A' && c <= 'Z') || c == '.');
        if (!digit && !letter) {
            flush();
            continue;
        }
        if (!word.empty() && is_digit(word.back()) != digit) flush();
        if (digit || c != '.' || !word.empty()) word += c;
    }
    flush();
    return words;
}

int number_of(const std::string& digits) {
    return digits.size() <= 4 ? std::atoi(digits.c_str()) : -1;
}

bool all_digits(const std::string& word) {
    return !word.empty() && std::all_of(word.begin(), word.end(), is_digit);
}

}  // namespace

std::optional<DateReading> read_date_otherwise(std::string_view text) {
    if (text.size() > 40 || is_date(text)) return std::nullopt;
    std::vector<std::string> words = date_words(text);
    // Words that only carry a date along: "1er", "de", "the", "of", "le".
    words.erase(std::remove_if(words.begin(), words.end(),
                               [](const std::string& w) {
                                   return w == "er" || w == "de" || w == "del" || w == "the" || w == "of" ||
                                          w == "le" || w == "st" || w == "nd" || w == "rd" || w == "th";
                               }),
                words.end());
    if (words.size() != 3) return std::nullopt;
    const bool numeric = all_digits(words[0]) && all_digits(words[1]) && all_digits(words[2]);
    if (numeric) {
        const int a = number_of(words[0]), b = number_of(words[1]), c = number_of(words[2]);
        if (words[0].size() == 4) {  // 2004/03/15
            if (auto iso = iso_date(a, b, c)) return DateReading{*iso, false};
            return std::nullopt;
        }
        if (words[2].size() != 4) return std::nullopt;
        // Day first, as in most of the world; month first only when the first cannot be a month
        // the other way round (03/15/2004).
        if (b > 12 && a <= 12) {
            if (auto iso = iso_date(c, a, b)) return DateReading{*iso, false};
            return std::nullopt;
        }
        if (auto iso = iso_date(c, b, a)) return DateReading{*iso, a <= 12 && a != b};
        return std::nullopt;
    }
    // A month by name: 15 mars 2004, March 15 2004, 2004 March 15.
    for (std::size_t m = 0; m < 3; ++m) {
        const int month = month_named(words[m]);
        if (month == 0) continue;
        std::vector<std::string> others;
        for (std::size_t i = 0; i < 3; ++i)
            if (i != m) others.push_back(words[i]);
        if (!all_digits(others[0]) || !all_digits(others[1])) return std::nullopt;
        const bool year_first = others[0].size() == 4;
        const int year = number_of(year_first ? others[0] : others[1]);
        const int day = number_of(year_first ? others[1] : others[0]);
        if (auto iso = iso_date(year, month, day)) return DateReading{*iso, false};
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<NumberReading> read_number_otherwise(std::string_view text, bool whole) {
    if (text.size() > 200) return std::nullopt;
    std::size_t end = 0;
    if (end < text.size() && (text[end] == '-' || text[end] == '+')) ++end;
    const std::size_t digits_from = end;
    while (end < text.size() && is_digit(text[end]))
        ++end;
    if (end == digits_from) return std::nullopt;
    const std::string_view lead = text.substr(0, end);
    std::string_view rest = text.substr(end);

    // Groups of three digits after a space, a no-break space, an apostrophe or a comma: 1 234, 1,234.
    std::string grouped(lead);
    std::string_view after = rest;
    int groups = 0;
    bool commas_only = true;
    for (;;) {
        std::size_t skip = 0;
        if (!after.empty() && (after[0] == ' ' || after[0] == ',' || after[0] == '\''))
            skip = 1;
        else if (after.rfind("\xC2\xA0", 0) == 0)
            skip = 2;
        else if (after.rfind("\xE2\x80\xAF", 0) == 0)
            skip = 3;
        if (skip == 0 || after.size() < skip + 3 || !is_digit(after[skip]) || !is_digit(after[skip + 1]) ||
            !is_digit(after[skip + 2]) || (after.size() > skip + 3 && is_digit(after[skip + 3])))
            break;
        commas_only = commas_only && after[0] == ',';
        grouped += after.substr(skip, 3);
        after.remove_prefix(skip + 3);
        ++groups;
    }
    // "2,500" in a question that takes decimals is read as a decimal comma, as most of its
    // readers write one; more groups, or other separators, are thousands.
    if (groups > 0 && after.empty() && (whole || !commas_only || groups > 1))
        return NumberReading{NumberReading::Kind::Thousands, canonical_number(grouped), {}};

    if (!whole && rest.size() > 1 && rest[0] == ',' && std::all_of(rest.begin() + 1, rest.end(), is_digit))
        return NumberReading{NumberReading::Kind::DecimalComma,
                             canonical_number(std::string(lead) + "." + std::string(rest.substr(1))), {}};

    // A number, then a space and a word: "4 ans", "12 persons", "3 cases".
    std::string_view number = lead;
    std::string decimal;
    if (!whole && rest.size() > 1 && (rest[0] == '.' || rest[0] == ',') && is_digit(rest[1])) {
        std::size_t f = 1;
        while (f < rest.size() && is_digit(rest[f]))
            ++f;
        decimal = std::string(lead) + "." + std::string(rest.substr(1, f - 1));
        number = decimal;
        rest.remove_prefix(f);
    }
    std::size_t spaces = 0;
    while (spaces < rest.size() && rest[spaces] == ' ')
        ++spaces;
    const std::string_view unit = rest.substr(spaces);
    if (unit.empty()) return std::nullopt;
    const auto first = static_cast<unsigned char>(unit[0]);
    const bool word = first >= 0x80 || (first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z') ||
                      first == '%';
    // A unit is words: "4-5", or a number cut by a control character, is no number and its unit.
    if (!word || std::any_of(unit.begin(), unit.end(), is_digit)) return std::nullopt;
    return NumberReading{NumberReading::Kind::Unit, canonical_number(number), std::string(unit)};
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
