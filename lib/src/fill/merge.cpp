#include <irm/answers.hpp>
#include <irm/catalogue.hpp>
#include <irm/parts.hpp>
#include <irm/text.hpp>
#include <irm/workbook_import.hpp>

#include "render/xlsx_style.hpp"

#include <algorithm>

namespace irm {

namespace {

using text::quoted;

using yaml::Node;

bool same_node(const Node& a, const Node& b) {
    if (a.kind != b.kind) return false;
    switch (a.kind) {
        case Node::Kind::Null:
            return true;
        case Node::Kind::Scalar:
            return a.text == b.text;
        case Node::Kind::Sequence:
            if (a.items.size() != b.items.size()) return false;
            for (std::size_t i = 0; i < a.items.size(); ++i)
                if (!same_node(*a.items[i], *b.items[i])) return false;
            return true;
        case Node::Kind::Map:
            if (a.pairs.size() != b.pairs.size()) return false;
            for (const yaml::Pair& pair : a.pairs) {
                const Node* other = b.find(pair.key->text);
                if (!other || !same_node(*pair.value, *other)) return false;
            }
            return true;
    }
    return false;
}

/// An answer as written, in one line (YAML's flow style): for an answer whose shape is not its
/// question's, which cannot be read as labels.
void describe(std::string& out, const Node& node) {
    switch (node.kind) {
        case Node::Kind::Null:
            out += "~";
            return;
        case Node::Kind::Scalar:
            out += node.text;
            return;
        case Node::Kind::Sequence:
            out += "[";
            for (const Node* item : node.items) {
                if (item != node.items.front()) out += ", ";
                describe(out, *item);
            }
            out += "]";
            return;
        case Node::Kind::Map:
            out += "{";
            for (const yaml::Pair& pair : node.pairs) {
                if (&pair != &node.pairs.front()) out += ", ";
                out += pair.key->text + ": ";
                describe(out, *pair.value);
            }
            out += "}";
            return;
    }
}

/// A text a person wrote (an answer, a justification, a State's name) quoted as the language
/// quotes in a message: “text” in English, « text » in French.
std::string quoted_text(std::string_view text, std::string_view language) {
    return message("review.quoted"_key, language, {{"text", std::string(text)}});
}

/// Where a finding points in a file: a line and column, or, in a workbook read
/// as a response (which has no lines of its own to show), the cell.
std::optional<Position> place(const Response& input, Position position) {
    if (input.source == ResponseSource::Workbook) return std::nullopt;
    return position;
}

std::string where(const Response& input, Position position) {
    if (input.source == ResponseSource::Workbook) {
        const std::string cell = input.cell_at(position);
        return cell.empty() ? input.file : input.file + ":" + cell;
    }
    return input.file + ":" + std::to_string(position.line) + ":" + std::to_string(position.column);
}

/// The comment lines at the top of a file, before its first key, kept as they are.
std::string leading_comments(const std::string& source) {
    const std::size_t start = source.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
    std::size_t at = start, kept = start;
    while (at < source.size()) {
        std::size_t end = source.find('\n', at);
        end = end == std::string::npos ? source.size() : end + 1;
        const std::string_view line(source.data() + at, end - at);
        const std::size_t first = line.find_first_not_of(" \t\r\n");
        if (first != std::string_view::npos && line[first] != '#') break;
        at = end;
        if (first != std::string_view::npos) kept = end;  // blank lines after the last comment are dropped
    }
    std::string out = source.substr(start, kept - start);
    if (!out.empty() && out.back() != '\n') out += '\n';
    return out;
}

/// One part's say about one answer or waiver.
struct Change {
    std::size_t input = 0;       ///< index into MergeResult::findings
    const Node* node = nullptr;  ///< answers
    const Waiver* waiver = nullptr;
};

/// Builds the findings of a merge; each code's message is made here only.
class Merger {
public:
    Merger(const Response& base, const std::vector<const Response*>& parts, const Wording& wording)
        : base_(base), parts_(parts), wording_(wording) {
        for (std::size_t k = 0; k <= parts.size(); ++k)
            findings_.emplace_back(input(k).file);
        kept_.resize(parts.size() + 1);
    }

    MergeResult run() {
        MergeResult result;
        std::vector<bool> blocked(parts_.size() + 1, false);
        for (std::size_t k = 0; k <= parts_.size(); ++k)
            for (const Diagnostic& d : input(k).findings)
                if (blocks_parts(d)) {
                    kept_[k].push_back(d);
                    blocked[k] = true;
                }
        // Parts that can be compared are, even when another input stops the merge,
        // so that one run reports every problem.
        const Questionnaire* q = base_.questionnaire;
        if (q) {
            std::vector<std::size_t> usable;
            for (std::size_t k = 1; k <= parts_.size(); ++k)
                if (belongs(k) && !blocked[k]) usable.push_back(k);
            std::vector<WrittenAnswer> entries;
            for (std::size_t i = 0; i < q->questions.size(); ++i)
                merge_answer(i, usable, entries, result);
            std::vector<std::pair<std::string, std::string>> waivers;
            for (const Question& question : q->questions)
                merge_waiver(question, usable, waivers);
            Result<std::string> text =
                write_response(base_, std::nullopt, entries, waivers,
                               leading_comments(base_.document.source()), language_of(0));
            if (text)
                result.text = std::move(*text);
            else
                result.failure = message("merge.cannot-write"_key, language_of(0), {{"why", text.error()}});
        }
        result.conflicts = conflicts_;
        for (std::size_t k = 0; k <= parts_.size(); ++k) {
            std::vector<Diagnostic> all = kept_[k];
            for (Diagnostic& d : findings_[k].take_sorted())
                all.push_back(std::move(d));
            sort_by_position(all);
            result.findings.push_back(std::move(all));
        }
        if (result.errors() > 0) result.text.reset();
        return result;
    }

private:
    // -- finding factories, one per code -------------------------------------------

    /// IRM030 on the later of two parts that disagree. `answer` says whether it is about an
    /// answer (else a waiver); `first`, `second` and `base` are the two parts' say and the base's.
    void conflict(const Change& first, const Change& second, bool answer, const Question& question) {
        ++conflicts_;
        const std::string language = language_of(second.input);
        const Position a = position_of(first), b = position_of(second);
        const std::vector<Arg> args{
            {"question", question_in_words(question, language)},
            {"first_place", where(input(first.input), a)},
            {"first", said(first, question, language)},
            {"second_place", where(input(second.input), b)},
            {"second", said(second, question, language)},
            {"base", answer ? describe_answer(question, base_.answers[index_of(question)].node, language)
                            : base_waiver(question, language)}};
        add(second.input, Severity::Error, "IRM030",
            message(answer ? "finding.IRM030.answer"_key : "finding.IRM030.waiver"_key, language, args), b,
            question.id);
    }
    void foreign_questionnaire(std::size_t k, const Node* at) {
        const Response& part = input(k);
        add(k, Severity::Error, "IRM031",
            message("finding.IRM031.questionnaire"_key, language_of(k),
                    {{"base", base_.file},
                     {"questionnaire", quoted(part.questionnaire_id.value_or(""))},
                     {"version", quoted(part.version.value_or(""))},
                     {"base_questionnaire", quoted(base_.questionnaire_id.value_or(""))},
                     {"base_version", quoted(base_.version.value_or(""))}}),
            at ? std::optional<Position>(at->anchor()) : std::nullopt);
    }
    void foreign_state(std::size_t k, const Node* at) {
        const std::string language = language_of(k);
        add(k, Severity::Error, "IRM031",
            message("finding.IRM031.state"_key, language,
                    {{"base", base_.file},
                     {"state", quoted_text(input(k).state.value_or(""), language)},
                     {"base_state", quoted_text(base_.state.value_or(""), language)}}),
            at ? std::optional<Position>(at->anchor()) : std::nullopt);
    }
    /// IRM032: a part changes or clears the base's answer (`after` null: cleared).
    void answer_changed(const Change& change, const Question& question, const Node* before,
                        const Node* after) {
        const std::string language = language_of(change.input);
        const std::string name = question_in_words(question, language);
        add(change.input, Severity::Info, "IRM032",
            is_unanswered(after)
                ? message("finding.IRM032.cleared"_key, language,
                          {{"question", name}, {"before", describe_answer(question, before, language)}})
                : message("finding.IRM032.changed"_key, language,
                          {{"question", name},
                           {"before", describe_answer(question, before, language)},
                           {"after", describe_answer(question, after, language)}}),
            position_of(change), question.id);
    }
    void waiver_changed(const Change& change, const Question& question, const Waiver& before,
                        const Waiver& after) {
        const std::string language = language_of(change.input);
        add(change.input, Severity::Info, "IRM032",
            message(
                "finding.IRM032.waiver"_key, language,
                {{"question", question_in_words(question, language)},
                 {"before", quoted_text(text::shorten(text::one_line(before.justification), 81), language)},
                 {"after", quoted_text(text::shorten(text::one_line(after.justification), 81), language)}}),
            position_of(change), question.id);
    }

    void kept_whole(std::size_t k, const Node& cut, const Question& question) {
        const std::string language = language_of(k);
        add(k, Severity::Info, "IRM033",
            message("finding.IRM033.cut"_key, language,
                    {{"question", question_in_words(question, language)},
                     {"limit", std::to_string(exporting::max_cell_characters)}}),
            cut.anchor(), question.id);
    }

    /// What one part gives: its answer or its waiver, as a person reads it.
    std::string said(const Change& change, const Question& question, const std::string& language) const {
        if (change.waiver)
            return quoted_text(text::shorten(text::one_line(change.waiver->justification), 81), language);
        return describe_answer(question, change.node, language);
    }

    std::string base_waiver(const Question& question, const std::string& language) const {
        const Waiver* waiver = waiver_of(base_, question.id);
        return waiver ? quoted_text(text::shorten(text::one_line(waiver->justification), 81), language)
                      : message("merge.answer.no-waiver"_key, language);
    }

    /// The language of the findings about input k: the one asked for, else the input's own.
    std::string language_of(std::size_t k) const { return wording_.about(input(k).language.value_or("")); }

    std::size_t index_of(const Question& question) const {
        return static_cast<std::size_t>(&question - base_.questionnaire->questions.data());
    }

    /// Adds a finding about input k at a place of its text: a line and column, or a workbook's cell.
    void add(std::size_t k, Severity severity, std::string code, std::string message,
             std::optional<Position> at, std::string question = {}) {
        const Response& about = input(k);
        findings_[k].add(severity, std::move(code), std::move(message), at ? place(about, *at) : std::nullopt,
                         std::move(question));
        if (at) findings_[k].items().back().cell = about.cell_at(*at);
    }

    // -- merging ---------------------------------------------------------------------

    const Response& input(std::size_t k) const { return k == 0 ? base_ : *parts_[k - 1]; }

    Position position_of(const Change& change) const {
        return change.waiver ? change.waiver->position : change.node->anchor();
    }

    const Node* header(std::size_t k, const char* key) const {
        const Node* root = input(k).document.root();
        return root && root->is_map() ? root->find(key) : nullptr;
    }

    /// Whether a part answers the same questionnaire, version and State as the base (IRM031 if not).
    bool belongs(std::size_t k) {
        const Response& part = input(k);
        if (!part.questionnaire) return false;  // its own findings say why
        if (part.questionnaire_id != base_.questionnaire_id || part.version != base_.version) {
            foreign_questionnaire(
                k, header(k, part.questionnaire_id != base_.questionnaire_id ? "questionnaire" : "version"));
            return false;
        }
        if (part.state != base_.state) {
            foreign_state(k, header(k, "state"));
            return false;
        }
        return true;
    }

    void merge_answer(std::size_t i, const std::vector<std::size_t>& usable,
                      std::vector<WrittenAnswer>& entries, MergeResult& result) {
        const Question& question = base_.questionnaire->questions[i];
        const Node* base = base_.answers[i].node;
        std::vector<Change> changes;
        for (const std::size_t k : usable) {
            const Node* node = input(k).answers[i].node;
            if (!node || same_answer(node, base)) continue;
            if (cut_by_a_cell(input(k), *node, base)) {
                kept_whole(k, *node, question);
                continue;
            }
            changes.push_back(Change{k, node, nullptr});
        }
        const Node* chosen = base;
        if (!changes.empty()) {
            const Change& first = changes.front();
            bool agreed = true;
            for (std::size_t c = 1; c < changes.size(); ++c) {
                if (same_answer(changes[c].node, first.node)) continue;
                agreed = false;
                conflict(first, changes[c], true, question);
            }
            if (agreed) {
                chosen = first.node;
                if (is_unanswered(base)) {
                    ++result.added;
                } else {
                    if (is_unanswered(chosen))
                        ++result.cleared;
                    else
                        ++result.changed;
                    for (const Change& change : changes)
                        answer_changed(change, question, base, chosen);
                }
            }
        }
        // Keys the base had stay, even empty; a part adds only the answers it gives.
        if (base || !is_unanswered(chosen))
            entries.push_back(WrittenAnswer{i, is_unanswered(chosen) ? nullptr : chosen, {}});
    }

    /// Whether a workbook part holds the base's text cut to what a cell holds, as
    /// parts written before they left such answers out did: that is no change.
    static bool cut_by_a_cell(const Response& part, const Node& node, const Node* base) {
        if (part.source != ResponseSource::Workbook || !base || !base->is_scalar() || !node.is_scalar())
            return false;
        static const std::string ellipsis = "…";
        const std::string& cut = node.text;
        if (text::utf16_units(base->text) <= exporting::max_cell_characters || cut.size() < ellipsis.size() ||
            cut.compare(cut.size() - ellipsis.size(), ellipsis.size(), ellipsis) != 0)
            return false;
        const std::string_view kept(cut.data(), cut.size() - ellipsis.size());
        return base->text.compare(0, kept.size(), kept) == 0;
    }

    static const Waiver* waiver_of(const Response& response, const std::string& question) {
        for (const Waiver& waiver : response.waivers)
            if (waiver.question == question) return &waiver;
        return nullptr;
    }

    /// Waivers merge like answers, except that a part never removes one.
    void merge_waiver(const Question& question, const std::vector<std::size_t>& usable,
                      std::vector<std::pair<std::string, std::string>>& waivers) {
        const Waiver* base = waiver_of(base_, question.id);
        std::vector<Change> changes;
        for (const std::size_t k : usable)
            if (const Waiver* waiver = waiver_of(input(k), question.id);
                waiver && (!base || waiver->justification != base->justification))
                changes.push_back(Change{k, nullptr, waiver});
        const Waiver* chosen = base;
        if (!changes.empty()) {
            const Change& first = changes.front();
            bool agreed = true;
            for (std::size_t c = 1; c < changes.size(); ++c) {
                if (changes[c].waiver->justification == first.waiver->justification) continue;
                agreed = false;
                conflict(first, changes[c], false, question);
            }
            if (agreed) {
                chosen = first.waiver;
                if (base)
                    for (const Change& change : changes)
                        waiver_changed(change, question, *base, *chosen);
            }
        }
        if (chosen) waivers.emplace_back(question.id, chosen->justification);
    }

    const Response& base_;
    const std::vector<const Response*>& parts_;
    const Wording& wording_;
    std::vector<Findings> findings_;             ///< new findings, per input
    std::vector<std::vector<Diagnostic>> kept_;  ///< the inputs' own findings that block the merge
    std::size_t conflicts_ = 0;
};

}  // namespace

bool blocks_parts(const Diagnostic& finding) {
    static const std::vector<std::string> codes{"IRM001", "IRM002", "IRM003", "IRM004", "IRM005", "IRM010"};
    return std::find(codes.begin(), codes.end(), finding.code) != codes.end();
}

bool same_answer(const Node* a, const Node* b) {
    if (is_unanswered(a) || is_unanswered(b)) return is_unanswered(a) && is_unanswered(b);
    return same_node(*a, *b);
}

std::string describe_answer(const Question& question, const Node* answer, std::string_view language) {
    if (is_unanswered(answer)) return message("merge.answer.none"_key, language);
    AnswerState state;
    state.node = answer;
    state.answered = true;
    // Items of a list, shown until the line is long enough to tell two answers apart.
    const auto listed = [&](std::size_t count, Key one, Key other, const std::vector<std::string>& items) {
        return message(count == 1 ? one : other, language,
                       {{"count", std::to_string(count)},
                        {"items", text::shorten(text::one_line(text::join(items, "; ")), 121)}});
    };
    const auto choice = [&](const std::string& value) {
        return question.find_choice(value)
                   ? message("merge.answer.choice"_key, language,
                             {{"label", choice_label(question.choices, value, language)}, {"value", value}})
                   : quoted_text(text::shorten(text::one_line(value), 81), language);
    };
    switch (question.type) {
        case QuestionType::Choice:
            if (answer->is_scalar()) return choice(answer->text);
            break;
        case QuestionType::MultiChoice:
            if (answer->is_sequence() && std::all_of(answer->items.begin(), answer->items.end(),
                                                     [](const Node* item) { return item->is_scalar(); })) {
                std::vector<std::string> items;
                for (const Node* item : answer->items)
                    items.push_back(choice(item->text));
                return join_in_prose(items, language);
            }
            break;
        case QuestionType::Legislation:
            if (answer->is_sequence()) {
                std::vector<std::string> items;
                for (const Citation& c : citations(state)) {
                    std::string item = c.title;
                    if (!c.provision.empty()) item += ", " + c.provision;
                    if (!c.year.empty()) item += " (" + c.year + ")";
                    items.push_back(std::move(item));
                }
                return listed(answer->items.size(), "merge.answer.citations.one"_key,
                              "merge.answer.citations.other"_key, items);
            }
            break;
        case QuestionType::CourtCases:
            if (answer->is_sequence()) {
                std::vector<std::string> items;
                for (const CourtCase& c : court_cases(state))
                    items.push_back(court_case_text(c));
                return listed(answer->items.size(), "merge.answer.cases.one"_key,
                              "merge.answer.cases.other"_key, items);
            }
            break;
        case QuestionType::Table:
            if (answer->is_sequence()) {
                std::vector<std::string> items;
                for (const auto& cells : table_cells(question, state)) {
                    std::vector<std::string> shown;
                    for (std::size_t i = 0; i < cells.size(); ++i)
                        if (!cells[i].empty())
                            shown.push_back(message(
                                "merge.answer.cell"_key, language,
                                {{"column", question.columns[i].label.in(language)}, {"value", cells[i]}}));
                    items.push_back(text::join(shown));
                }
                return listed(answer->items.size(), "merge.answer.rows.one"_key,
                              "merge.answer.rows.other"_key, items);
            }
            break;
        case QuestionType::TaNeeds:
            if (answer->is_sequence()) {
                std::vector<std::string> items;
                for (const TaNeed& need : ta_needs(state))
                    items.push_back(need.priority.empty()
                                        ? message("merge.answer.need"_key, language,
                                                  {{"category", ta_category_label(need.category, language)},
                                                   {"description", need.description}})
                                        : message("merge.answer.need-priority"_key, language,
                                                  {{"category", ta_category_label(need.category, language)},
                                                   {"priority", ta_priority_word(need.priority, language)},
                                                   {"description", need.description}}));
                return listed(answer->items.size(), "merge.answer.needs.one"_key,
                              "merge.answer.needs.other"_key, items);
            }
            break;
        default:
            if (answer->is_scalar())
                return quoted_text(text::shorten(text::one_line(answer->text), 81), language);
            break;
    }
    // Not the shape of its question: shown as written.
    std::string written;
    describe(written, *answer);
    return quoted_text(text::shorten(text::one_line(written), 81), language);
}

int MergeResult::errors() const {
    int n = 0;
    for (const auto& list : findings)
        n += static_cast<int>(std::count_if(
            list.begin(), list.end(), [](const Diagnostic& d) { return d.severity == Severity::Error; }));
    return n;
}

MergeResult merge_parts(const Response& base, const std::vector<const Response*>& parts,
                        const Wording& wording) {
    return Merger(base, parts, wording).run();
}

}  // namespace irm
