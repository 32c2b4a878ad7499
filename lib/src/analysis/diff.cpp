#include <irm/values.hpp>
#include <irm/aggregate.hpp>
#include <irm/answers.hpp>
#include <irm/diff.hpp>
#include <irm/export.hpp>
#include <irm/json.hpp>
#include <irm/text.hpp>
#include <irm/yaml_writer.hpp>

#include "analysis/words.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <utility>

namespace irm {

bool ResponseDiff::same() const {
    return moved.empty() && added.empty() && removed.empty() && changed.empty() && needs_added.empty() &&
           needs_dropped.empty() && dropped_questions.empty();
}

namespace {

/// One item of an answer: a key that compares as the answer means (order of
/// list items aside, numbers by value), and how people read it.
using Item = std::pair<std::string, std::string>;

constexpr char unit = '\x1f';

std::string citation_text(const Citation& c) {
    std::string out = c.title;
    if (!c.provision.empty()) out += ", " + c.provision;
    if (!c.year.empty()) out += " (" + c.year + ")";
    return out;
}

std::string number_key(const std::string& text) {
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%.17g", std::strtod(text.c_str(), nullptr));
    return buffer;
}

std::string need_text(const TaNeed& need, std::string_view language) {
    std::string out = ta_category_label(need.category, language);
    if (!need.priority.empty()) out += " (" + need.priority + ")";
    return out + ": " + need.description;
}

/// The items of a present answer, sorted by key.
std::vector<Item> items_of(const Question& q, const AnswerState& a, std::string_view language) {
    std::vector<Item> items;
    if (!a.well_formed) {
        std::string written;
        yaml::write(written, *a.node, 0);
        while (!written.empty() && (written.back() == '\n' || written.back() == ' '))
            written.pop_back();
        items.emplace_back("?" + written, answer_summary(q, a, language));
        return items;
    }
    switch (q.type) {
        case QuestionType::Choice:
        case QuestionType::MultiChoice:
            for (const auto& value : selected_values(a))
                items.emplace_back(value, choice_label(q.choices, value, language));
            break;
        case QuestionType::Integer:
        case QuestionType::Number:
            items.emplace_back(number_key(scalar_text(a)), scalar_text(a));
            break;
        case QuestionType::Legislation:
            for (const Citation& c : citations(a))
                items.emplace_back(
                    c.title + unit + c.provision + unit + c.year + unit + c.url + unit + c.sherloc,
                    citation_text(c));
            break;
        case QuestionType::Table:
            for (const auto& cells : table_cells(q, a)) {
                std::string key, text;
                for (std::size_t i = 0; i < cells.size(); ++i) {
                    key += cells[i] + unit;
                    if (cells[i].empty()) continue;
                    if (!text.empty()) text += ", ";
                    text += q.columns[i].label.in(language) + " = " + cells[i];
                }
                items.emplace_back(key, text);
            }
            break;
        case QuestionType::TaNeeds:
            for (const TaNeed& need : ta_needs(a))
                items.emplace_back(need.category + unit + need.description + unit + need.priority,
                                   need_text(need, language));
            break;
        default:
            items.emplace_back(scalar_text(a), scalar_text(a));
            break;
    }
    std::stable_sort(items.begin(), items.end(),
                     [](const Item& x, const Item& y) { return x.first < y.first; });
    return items;
}

bool same_keys(const std::vector<Item>& a, const std::vector<Item>& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const Item& x, const Item& y) { return x.first == y.first; });
}

/// The items of `a` that `b` lacks, counting repeats.
std::vector<Item> minus(const std::vector<Item>& a, const std::vector<Item>& b) {
    std::vector<Item> out;
    std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out),
                        [](const Item& x, const Item& y) { return x.first < y.first; });
    return out;
}

/// How people read the items: their texts, one after the other.
std::string join(const std::vector<Item>& items) {
    std::vector<std::string> texts;
    for (const Item& item : items)
        texts.push_back(item.second);
    return text::join(texts, "; ");
}

bool present(const AnswerState& a) {
    return a.answered && a.applicable;
}

DiffQuestion where(const Questionnaire& q, const Question& question) {
    return {question.id, q.sections[question.section].article, question.provision,
            std::string(to_string(question.type))};
}

DiffSide side(const Response& r) {
    return {r.file,   r.state.value_or(""),    r.questionnaire_id.value_or(""), r.version.value_or(""),
            r.status, r.count(Severity::Error)};
}

}  // namespace

ResponseDiff compare_responses(const Response& before, const Response& after, std::string_view wanted) {
    ResponseDiff diff;
    diff.before = side(before);
    diff.after = side(after);
    if (!before.questionnaire || !after.questionnaire) return diff;
    const Questionnaire& old_q = *before.questionnaire;
    const Questionnaire& new_q = *after.questionnaire;
    diff.language = export_language(new_q, wanted);
    const std::string& language = diff.language;
    const AnswerState absent;

    for (std::size_t i = 0; i < new_q.questions.size(); ++i) {
        const Question& question = new_q.questions[i];
        if (question.type == QuestionType::Note) continue;
        const Question* old_question = old_q.find(question.id);
        const AnswerState& now = after.answers[i];
        const AnswerState& then = old_question ? *before.answer(question.id) : absent;
        const bool had = present(then), has = present(now);
        if (!had && !has) continue;
        const DiffQuestion place = where(new_q, question);
        const auto old_items = had ? items_of(*old_question, then, language) : std::vector<Item>{};
        const auto new_items = has ? items_of(question, now, language) : std::vector<Item>{};

        if (question.type == QuestionType::TaNeeds &&
            (!old_question || old_question->type == question.type)) {
            const auto record = [&](const std::vector<Item>& from, const std::vector<Item>& other,
                                    const AnswerState& answer, std::vector<NeedChange>& into) {
                if (!present(answer) || !answer.well_formed) return;
                const auto gone = minus(from, other);
                for (const TaNeed& need : ta_needs(answer)) {
                    const std::string key = need.category + unit + need.description + unit + need.priority;
                    if (std::none_of(gone.begin(), gone.end(),
                                     [&](const Item& item) { return item.first == key; }))
                        continue;
                    into.push_back({place, need.category, ta_category_label(need.category, language),
                                    need.priority, need.description});
                }
            };
            record(new_items, old_items, now, diff.needs_added);
            record(old_items, new_items, then, diff.needs_dropped);
            continue;
        }
        if (!had) {
            diff.added.push_back({place, {}, join(new_items), old_question == nullptr, false});
            continue;
        }
        if (!has) {
            diff.removed.push_back({place, join(old_items), {}, false, false});
            continue;
        }
        if (same_keys(old_items, new_items) && old_question->type == question.type) continue;
        if (is_requirement(question) && is_requirement(*old_question) &&
            old_items.size() == 1 && new_items.size() == 1) {
            const int from = requirement_rank(old_items.front().first),
                      to = requirement_rank(new_items.front().first);
            if (from >= 0 && to >= 0) {
                diff.moved.push_back({place, old_items.front().first, new_items.front().first,
                                      old_items.front().second, new_items.front().second, to > from});
                continue;
            }
        }
        // For lists of citations and rows, what differs says more than the whole lists.
        const bool listed =
            old_question->type == question.type &&
            (question.type == QuestionType::Legislation || question.type == QuestionType::Table);
        if (listed)
            diff.changed.push_back(
                {place, join(minus(old_items, new_items)), join(minus(new_items, old_items)), false, true});
        else
            diff.changed.push_back({place, join(old_items), join(new_items), false, false});
    }

    for (std::size_t i = 0; i < old_q.questions.size(); ++i) {
        const Question& question = old_q.questions[i];
        if (question.type == QuestionType::Note || new_q.find(question.id)) continue;
        const AnswerState& then = before.answers[i];
        diff.dropped_questions.push_back(
            {where(old_q, question),
             present(then) ? join(items_of(question, then, language)) : std::string()});
    }
    return diff;
}

// ---------------------------------------------------------------------------
// Rendering

namespace {

namespace words = analysis::words;

std::string one_line(std::string_view text) {
    std::string out;
    for (const char c : text)
        out += c == '\n' || c == '\r' ? ' ' : c;
    return out;
}

std::string status_of(const DiffSide& s) {
    return s.status.value_or(words::no_status);
}

/// One name, or both when `--force` compared two that differ.
std::string both(const std::string& before, const std::string& after) {
    return before == after ? after : before + " → " + after;
}

/// " (article 5)", after a question's id.
std::string in_article(const std::string& article) {
    return std::string(" (") + words::in_article + " " + article + ")";
}

std::string named(const DiffQuestion& q) {
    return q.id + (q.provision.empty() ? in_article(q.article) : " [" + q.provision + "]");
}

/// The direction of a move as JSON writes it, and as the other renderings show it.
std::string direction(bool progress) {
    return progress ? "progress" : "backward";
}

/// A text after a word that says what it is: "old: …", and "removed: …" before only the citations or rows
/// that differ, so that a reader does not take them for all.
std::string labelled(const char* label, const std::string& text) {
    return std::string(label) + ": " + text;
}

/// What follows the id of a question that the old version does not have.
std::string new_mark(bool new_question) {
    return new_question ? std::string(" (") + words::new_question + ")" : std::string();
}

std::string text_of(const ResponseDiff& d) {
    std::string out = both(d.before.state, d.after.state) + ", " +
                      both(d.before.questionnaire, d.after.questionnaire) + "\n";
    const auto side_line = [&out](const char* name, const DiffSide& s) {
        out += "  " + labelled(name, s.file) + " (" + words::version + " " + s.version + ", " + status_of(s) +
               ")\n";
    };
    side_line(words::old_side, d.before);
    side_line(words::new_side, d.after);
    if (d.same()) return out + "\n" + words::no_differences + "\n";
    const auto heading = [&out](const std::string& title, std::size_t n) {
        if (n > 0) out += "\n" + title + " (" + std::to_string(n) + ")\n";
    };
    heading(words::moved, d.moved.size());
    for (const auto& m : d.moved)
        out += "  " + named(m.question) + ": " + m.before + " → " + m.after + " (" + direction(m.progress) +
               ")\n";
    heading(words::added, d.added.size());
    for (const auto& c : d.added)
        out += "  " + named(c.question) + ": " + one_line(c.after) + new_mark(c.new_question) + "\n";
    heading(words::removed, d.removed.size());
    for (const auto& c : d.removed)
        out += "  " + named(c.question) + ": " + one_line(c.before) + "\n";
    heading(words::changed, d.changed.size());
    for (const auto& c : d.changed) {
        out += "  " + named(c.question) + "\n";
        if (c.items) {
            if (!c.before.empty()) out += "    " + labelled(words::items_removed, one_line(c.before)) + "\n";
            if (!c.after.empty()) out += "    " + labelled(words::items_added, one_line(c.after)) + "\n";
        } else {
            out += "    " + labelled(words::old_side, one_line(c.before)) + "\n";
            out += "    " + labelled(words::new_side, one_line(c.after)) + "\n";
        }
    }
    const auto needs = [&](const std::string& title, const std::vector<NeedChange>& list) {
        heading(title, list.size());
        for (const auto& n : list)
            out += "  " + n.question.id + in_article(n.question.article) + ": " + n.label +
                   (n.priority.empty() ? "" : ", " + n.priority) + ": " + one_line(n.description) + "\n";
    };
    needs(words::needs_added, d.needs_added);
    needs(words::needs_dropped, d.needs_dropped);
    heading(words::dropped_questions, d.dropped_questions.size());
    for (const auto& q : d.dropped_questions)
        out += "  " + named(q.question) + (q.before.empty() ? "" : ": " + one_line(q.before)) + "\n";
    return out;
}

}  // namespace

doc::Document diff_document(const ResponseDiff& d) {
    doc::Document out;
    out.language = "en";  // the language of the fixed words; the labels are in d.language
    out.title = words::changes_title(both(d.before.state, d.after.state),
                                     both(d.before.questionnaire, d.after.questionnaire));
    out.heading(1, out.title);
    doc::Table sides;
    sides.header = {"", words::file, words::version_column, words::status};
    sides.rows = {{words::old_row, d.before.file, d.before.version, status_of(d.before)},
                  {words::new_row, d.after.file, d.after.version, status_of(d.after)}};
    out.add(std::move(sides));
    if (d.same()) {
        out.add(doc::sentence(words::no_differences));
        return out;
    }
    using Rows = std::vector<std::vector<std::string>>;
    const auto section = [&out](const char* title, std::vector<std::string> header, Rows rows) {
        out.heading(2, title);
        if (rows.empty()) {
            out.add(doc::sentence(words::none));
            return;
        }
        doc::Table table;
        table.header = std::move(header);
        table.rows = std::move(rows);
        out.add(std::move(table));
    };
    // Every table but the needs' starts with where the question sits.
    const auto at = [](const DiffQuestion& q, std::string id) {
        return std::vector<std::string>{std::move(id), q.article, q.provision};
    };
    const auto with = [](std::vector<std::string> cells, std::initializer_list<std::string> more) {
        cells.insert(cells.end(), more);
        return cells;
    };
    const std::vector<std::string> place{words::question, words::article, words::provision};

    Rows rows;
    for (const auto& m : d.moved)
        rows.push_back(with(at(m.question, m.question.id), {m.before, m.after, direction(m.progress)}));
    section(words::moved, with(place, {words::old_row, words::new_row, words::direction}), std::move(rows));
    rows = {};
    for (const auto& c : d.added)
        rows.push_back(with(at(c.question, c.question.id + new_mark(c.new_question)), {c.after}));
    section(words::added, with(place, {words::new_answer}), std::move(rows));
    rows = {};
    for (const auto& c : d.removed)
        rows.push_back(with(at(c.question, c.question.id), {c.before}));
    section(words::removed, with(place, {words::old_answer}), std::move(rows));
    rows = {};
    for (const auto& c : d.changed) {
        const std::string before =
            c.items && !c.before.empty() ? labelled(words::items_removed, c.before) : c.before;
        const std::string after =
            c.items && !c.after.empty() ? labelled(words::items_added, c.after) : c.after;
        rows.push_back(with(at(c.question, c.question.id), {before, after}));
    }
    section(words::changed, with(place, {words::old_row, words::new_row}), std::move(rows));
    const auto needs = [&](const char* title, const std::vector<NeedChange>& list) {
        Rows need_rows;
        for (const auto& n : list)
            need_rows.push_back({n.question.id, n.question.article, n.label, n.priority, n.description});
        section(title,
                {words::question, words::article, words::category, words::priority, words::description},
                std::move(need_rows));
    };
    needs(words::needs_added, d.needs_added);
    needs(words::needs_dropped, d.needs_dropped);
    // Within one version no question can go away: the section would only ever say "None".
    if (d.before.version != d.after.version) {
        rows = {};
        for (const auto& q : d.dropped_questions)
            rows.push_back(with(at(q.question, q.question.id), {q.before}));
        section(words::dropped_questions, with(place, {words::old_answer}), std::move(rows));
    }
    return out;
}

namespace {

void question_fields(json::Writer& w, const DiffQuestion& q) {
    w.key("question").value(q.id);
    w.key("article").value(q.article);
    w.key("provision");
    if (q.provision.empty())
        w.null();
    else
        w.value(q.provision);
    w.key("type").value(q.type);
}

void optional_text(json::Writer& w, const std::string& text) {
    if (text.empty())
        w.null();
    else
        w.value(text);
}

std::string json_of(const ResponseDiff& d) {
    json::Writer w;
    w.begin_object();
    const auto side_of = [&w](const char* key, const DiffSide& s) {
        w.key(key).begin_object();
        w.key("file").value(s.file);
        w.key("state").value(s.state);
        w.key("questionnaire").value(s.questionnaire);
        w.key("version").value(s.version);
        w.key("status").value(s.status);
        w.key("errors").value(s.errors);
        w.end_object();
    };
    side_of("old", d.before);
    side_of("new", d.after);
    w.key("language").value(d.language);
    w.key("differ").value(!d.same());
    w.key("requirements_moved").begin_array();
    for (const auto& m : d.moved) {
        w.begin_object();
        question_fields(w, m.question);
        w.key("old")
            .begin_object()
            .key("value")
            .value(m.before_value)
            .key("label")
            .value(m.before)
            .end_object();
        w.key("new")
            .begin_object()
            .key("value")
            .value(m.after_value)
            .key("label")
            .value(m.after)
            .end_object();
        w.key("direction").value(direction(m.progress));
        w.end_object();
    }
    w.end_array();
    const auto changes = [&w](const char* key, const std::vector<AnswerChange>& list) {
        w.key(key).begin_array();
        for (const auto& c : list) {
            w.begin_object();
            question_fields(w, c.question);
            w.key("old");
            optional_text(w, c.before);
            w.key("new");
            optional_text(w, c.after);
            w.key("new_question").value(c.new_question);
            w.key("only_differences").value(c.items);
            w.end_object();
        }
        w.end_array();
    };
    changes("answers_added", d.added);
    changes("answers_removed", d.removed);
    changes("answers_changed", d.changed);
    const auto needs = [&w](const char* key, const std::vector<NeedChange>& list) {
        w.key(key).begin_array();
        for (const auto& n : list) {
            w.begin_object();
            w.key("question").value(n.question.id);
            w.key("article").value(n.question.article);
            w.key("category").value(n.category);
            w.key("label").value(n.label);
            w.key("priority");
            optional_text(w, n.priority);
            w.key("description").value(n.description);
            w.end_object();
        }
        w.end_array();
    };
    needs("ta_needs_added", d.needs_added);
    needs("ta_needs_dropped", d.needs_dropped);
    w.key("questions_no_longer_asked").begin_array();
    for (const auto& q : d.dropped_questions) {
        w.begin_object();
        question_fields(w, q.question);
        w.key("old");
        optional_text(w, q.before);
        w.end_object();
    }
    w.end_array();
    w.end_object();
    return w.take();
}

}  // namespace

std::string render_diff(const ResponseDiff& diff, DiffFormat format) {
    switch (format) {
        case DiffFormat::Json:
            return json_of(diff);
        case DiffFormat::Markdown:
            return doc::to_markdown(diff_document(diff));
        case DiffFormat::Html:
            return doc::to_html(diff_document(diff));
        case DiffFormat::Docx:
            return doc::to_docx(diff_document(diff));
        case DiffFormat::Text:
            break;
    }
    return text_of(diff);
}

}  // namespace irm
