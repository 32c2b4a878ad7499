#include "fill/workbook_layout.hpp"

#include <irm/catalogue.hpp>

#include <algorithm>
#include <climits>
#include <tuple>

namespace irm::layout {

std::string provision_of(const Question& question, const Questionnaire& questionnaire) {
    return effective_provision(questionnaire, question);
}

std::string question_words(const Question& question, const Questionnaire& questionnaire,
                           std::string_view language) {
    return question_in_words(questionnaire, question, language);
}

std::vector<std::string> question_labels(const std::vector<const Question*>& questions,
                                         const Questionnaire& questionnaire, std::string_view language) {
    std::vector<std::string> labels;
    for (const Question* question : questions) {
        const std::string label = short_label(*question, language);
        const std::string provision = provision_of(*question, questionnaire);
        if (provision.empty())
            labels.push_back(label.empty() ? question->id : label);
        else if (label.empty())
            labels.push_back(provision_in_words(provision, language));
        else
            labels.push_back(
                message("workbook.question-label"_key, language,
                        {{"provision", provision_in_words(provision, language)}, {"label", label}}));
    }
    // A label two questions share could not tell them apart, in the list or back from it.
    const std::vector<std::string> plain = labels;
    for (std::size_t i = 0; i < labels.size(); ++i)
        if (std::count(plain.begin(), plain.end(), plain[i]) > 1)
            labels[i] = message("words.question.label"_key, language,
                                {{"label", plain[i]}, {"id", questions[i]->id}});
    return labels;
}

std::optional<std::vector<std::string>> provision_tokens(std::string_view text) {
    // Words people write around the numbers and letters of a provision, in English and French.
    static const char* const fillers[] = {"article",    "articles",     "art",         "arts",  "paragraph",
                                          "paragraphs", "paragraphe",   "paragraphes", "para",  "paras",
                                          "par",        "subparagraph", "subpara",     "sub",   "sous",
                                          "alinea",     "alinéa",       "al",          "point", "item"};
    std::vector<std::string> tokens;
    std::string token;
    const auto flush = [&] {
        if (token.empty()) return;
        if (std::none_of(std::begin(fillers), std::end(fillers), [&](const char* f) { return token == f; }))
            tokens.push_back(token);
        token.clear();
    };
    const auto digit = [](char c) { return c >= '0' && c <= '9'; };
    for (const char raw : text) {
        const char c = raw >= 'A' && raw <= 'Z' ? static_cast<char>(raw - 'A' + 'a') : raw;
        const bool letter = (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80;
        if (!letter && !digit(c)) {
            flush();
            continue;
        }
        // "2a" is article 2, part a; "1bis" paragraph 1, part bis.
        if (!token.empty() && digit(token.back()) != digit(c)) flush();
        token += c;
    }
    flush();
    if (tokens.empty() || !digit(tokens.front().front())) return std::nullopt;
    for (const std::string& t : tokens)
        if (!digit(t.front()) && (t.size() > 4 || std::any_of(t.begin(), t.end(), [](char c) {
                                      return static_cast<unsigned char>(c) >= 0x80;
                                  })))
            return std::nullopt;
    return tokens;
}

std::string to_string(const Range& range) {
    std::string out = xlsx::quote_sheet(range.sheet) + "!" + xlsx::cell_name(range.first);
    if (!(range.first == range.last)) out += ":" + xlsx::cell_name(range.last);
    return out;
}

std::string place(std::string_view sheet, xlsx::CellRef cell) {
    return to_string(Range{std::string(sheet), cell, cell});
}

std::optional<Range> parse_range(std::string_view text) {
    Range range;
    std::size_t bang;
    if (!text.empty() && text.front() == '\'') {
        std::size_t i = 1;
        for (; i < text.size(); ++i) {
            if (text[i] != '\'') {
                range.sheet += text[i];
            } else if (i + 1 < text.size() && text[i + 1] == '\'') {
                range.sheet += '\'';
                ++i;
            } else {
                break;
            }
        }
        if (i + 1 >= text.size() || text[i + 1] != '!') return std::nullopt;
        bang = i + 1;
    } else {
        bang = text.find('!');
        if (bang == std::string_view::npos) return std::nullopt;
        range.sheet = std::string(text.substr(0, bang));
    }
    if (range.sheet.empty()) return std::nullopt;
    const std::string_view cells = text.substr(bang + 1);
    const std::size_t colon = cells.find(':');
    const auto first = xlsx::parse_cell_name(cells.substr(0, colon));
    if (!first) return std::nullopt;
    range.first = range.last = *first;
    if (colon != std::string_view::npos) {
        const auto last = xlsx::parse_cell_name(cells.substr(colon + 1));
        if (!last || last->row < first->row || last->column < first->column) return std::nullopt;
        range.last = *last;
    }
    return range;
}

void sort_by_cell(std::vector<Diagnostic>& findings, const std::vector<std::string>& sheets) {
    // Each finding's place is read once, not at every comparison.
    using Key = std::tuple<int, int, int>;
    std::vector<std::pair<Key, std::size_t>> keys;
    keys.reserve(findings.size());
    for (const Diagnostic& d : findings) {
        const auto range = d.cell.empty() ? std::nullopt : parse_range(d.cell);
        Key key{INT_MAX, INT_MAX, INT_MAX};
        if (range) {
            const auto sheet = std::find(sheets.begin(), sheets.end(), range->sheet);
            key = Key{static_cast<int>(sheet - sheets.begin()), range->first.row, range->first.column};
        }
        keys.emplace_back(key, keys.size());
    }
    std::stable_sort(keys.begin(), keys.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<Diagnostic> sorted;
    sorted.reserve(findings.size());
    for (const auto& [key, index] : keys)
        sorted.push_back(std::move(findings[index]));
    findings = std::move(sorted);
}

}  // namespace irm::layout
