#include <irm/parts.hpp>
#include <irm/text.hpp>
#include <irm/workbook_import.hpp>

#include "render/xlsx_style.hpp"

#include <algorithm>

namespace irm {

namespace {

using text::join;
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
    Merger(const Response& base, const std::vector<const Response*>& parts) : base_(base), parts_(parts) {
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
                merge_waiver(question.id, usable, waivers);
            Result<std::string> text = write_response(base_, std::nullopt, entries, waivers,
                                                      leading_comments(base_.document.source()));
            if (text)
                result.text = std::move(*text);
            else
                result.failure = "cannot write the merged response: " + text.error();
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

    void conflict(const Change& first, const Change& second, const std::string& subject,
                  const std::string& first_value, const std::string& second_value,
                  const std::string& base_value, const std::string& question) {
        ++conflicts_;
        const Position a = position_of(first), b = position_of(second);
        add(second.input, Severity::Error, "IRM030",
            "conflict on " + subject + ": " + where(input(first.input), a) + " gives " + first_value + ", " +
                where(input(second.input), b) + " gives " + second_value + " (the base has " + base_value +
                "); keep one of them in one part",
            b, question);
    }
    void foreign_part(std::size_t k, const std::string& what, const Node* at) {
        add(k, Severity::Error, "IRM031",
            "this part does not belong to the base " + base_.file + ": " + what + "; nothing of it is merged",
            at ? std::optional<Position>(at->anchor()) : std::nullopt);
    }
    void change_noted(const Change& change, const std::string& subject, const std::string& before,
                      const std::string& after, const std::string& question) {
        add(change.input, Severity::Info, "IRM032",
            after.empty() ? "clears the base's " + subject + " (it was " + before + ")"
                          : "changes the base's " + subject + " from " + before + " to " + after,
            position_of(change), question);
    }

    void kept_whole(std::size_t k, const Node& cut, const std::string& question) {
        add(k, Severity::Info, "IRM033",
            "the part holds the answer to " + quoted(question) + " cut to the " +
                std::to_string(exporting::max_cell_characters) +
                " characters a workbook cell holds; the base's whole answer is kept",
            cut.anchor(), question);
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
            foreign_part(
                k,
                "it answers questionnaire " + quoted(part.questionnaire_id.value_or("")) + " version " +
                    quoted(part.version.value_or("")) + ", the base " +
                    quoted(base_.questionnaire_id.value_or("")) + " version " +
                    quoted(base_.version.value_or("")),
                header(k, part.questionnaire_id != base_.questionnaire_id ? "questionnaire" : "version"));
            return false;
        }
        if (part.state != base_.state) {
            foreign_part(k,
                         "it is the response of " + quoted(part.state.value_or("")) + ", the base of " +
                             quoted(base_.state.value_or("")),
                         header(k, "state"));
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
                kept_whole(k, *node, question.id);
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
                conflict(first, changes[c], "the answer to " + quoted(question.id),
                         describe_answer(first.node), describe_answer(changes[c].node), describe_answer(base),
                         question.id);
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
                        change_noted(change, "answer to " + quoted(question.id), describe_answer(base),
                                     is_unanswered(chosen) ? std::string() : describe_answer(chosen),
                                     question.id);
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
        if (part.source != ResponseSource::Workbook || !base || !base->is_scalar() || !node.is_scalar()) return false;
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
    void merge_waiver(const std::string& question, const std::vector<std::size_t>& usable,
                      std::vector<std::pair<std::string, std::string>>& waivers) {
        const Waiver* base = waiver_of(base_, question);
        std::vector<Change> changes;
        for (const std::size_t k : usable)
            if (const Waiver* waiver = waiver_of(input(k), question);
                waiver && (!base || waiver->justification != base->justification))
                changes.push_back(Change{k, nullptr, waiver});
        const Waiver* chosen = base;
        if (!changes.empty()) {
            const Change& first = changes.front();
            bool agreed = true;
            for (std::size_t c = 1; c < changes.size(); ++c) {
                if (changes[c].waiver->justification == first.waiver->justification) continue;
                agreed = false;
                conflict(first, changes[c], "the waiver of " + quoted(question),
                         quoted(first.waiver->justification), quoted(changes[c].waiver->justification),
                         base ? quoted(base->justification) : "no waiver", question);
            }
            if (agreed) {
                chosen = first.waiver;
                if (base)
                    for (const Change& change : changes)
                        change_noted(change, "waiver of " + quoted(question), quoted(base->justification),
                                     quoted(chosen->justification), question);
            }
        }
        if (chosen) waivers.emplace_back(question, chosen->justification);
    }

    const Response& base_;
    const std::vector<const Response*>& parts_;
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

std::string describe_answer(const Node* answer) {
    if (is_unanswered(answer)) return "no answer";
    std::string text;
    describe(text, *answer);
    return quoted(text::shorten(text::one_line(text), 81));
}

int MergeResult::errors() const {
    int n = 0;
    for (const auto& list : findings)
        n += static_cast<int>(std::count_if(
            list.begin(), list.end(), [](const Diagnostic& d) { return d.severity == Severity::Error; }));
    return n;
}

MergeResult merge_parts(const Response& base, const std::vector<const Response*>& parts) {
    return Merger(base, parts).run();
}

}  // namespace irm
