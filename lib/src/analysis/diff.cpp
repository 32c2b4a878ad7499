#include <irm/aggregate.hpp>
#include <irm/answers.hpp>
#include <irm/catalogue.hpp>
#include <irm/diff.hpp>
#include <irm/export.hpp>
#include <irm/json.hpp>
#include <irm/text.hpp>
#include <irm/values.hpp>
#include <irm/yaml_writer.hpp>

#include <algorithm>
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

/// A number compares by its exact value, however many digits it has (`4`, `+4` and `4.0` are
/// one answer; two numbers beyond a double's range or precision are not); any other text as written.
std::string number_key(const std::string& text) {
    return is_decimal_number(text) ? canonical_number(text) : text;
}

/// A text after a word that says what it is: "old: …", and "removed: …" before only the citations or rows
/// that differ, so that a reader does not take them for all.
std::string labelled(const std::string& label, const std::string& text, std::string_view language) {
    return message("analysis.labelled"_key, language, {{"label", label}, {"text", text}});
}

std::string need_text(const TaNeed& need, std::string_view language) {
    std::string out = ta_category_label(need.category, language);
    if (!need.priority.empty()) out += " (" + ta_priority_word(need.priority, language) + ")";
    return labelled(out, need.description, language);
}

/// The items of a present answer, sorted by key.
std::vector<Item> items_of(const Question& q, const AnswerState& a, std::string_view language) {
    std::vector<Item> items;
    if (!a.well_formed) {
        // As written, unless aliases make it larger than irm reads (then compared as one thing too large).
        std::string written;
        if (!yaml::write(written, *a.node, 0, yaml::max_written_bytes)) written = "…";
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
        case QuestionType::CourtCases:
            // A case is the same case when every field is, its year compared as a number.
            for (const CourtCase& c : court_cases(a))
                items.emplace_back(c.court + unit + c.date + unit + number_key(c.year) + unit + c.reference +
                                       unit + c.summary + unit + c.url + unit + c.sherloc,
                                   court_case_text(c));
            break;
        case QuestionType::Table:
            for (const auto& cells : table_cells(q, a)) {
                std::string key, text;
                for (std::size_t i = 0; i < cells.size(); ++i) {
                    const QuestionType type = q.columns[i].type;
                    const bool numeric = type == QuestionType::Integer || type == QuestionType::Number;
                    key += (numeric ? number_key(cells[i]) : cells[i]) + unit;
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

DiffQuestion where(const Questionnaire& q, const Question& question, std::string_view language) {
    const std::string& article = q.sections[question.section].article;
    const std::string place =
        provision_in_words(question.provision.empty() ? article : question.provision, language);
    const std::string label = short_label(question, language);
    return {question.id, article, question.provision, std::string(to_string(question.type)),
            label.empty()
                ? message("diff.question.no-label"_key, language, {{"provision", place}, {"id", question.id}})
                : message("diff.question"_key, language,
                          {{"provision", place}, {"label", label}, {"id", question.id}})};
}

DiffSide side(const Response& r) {
    return {r.file,   r.state.value_or(""),    r.questionnaire_id.value_or(""), r.version.value_or(""),
            r.status, r.count(Severity::Error)};
}

/// How far a response meets a requirement's alternative group: the best rank of its
/// questions answered on the scale (-1 when none is).
int group_rank(const Questionnaire& questionnaire, const Response& response, const Question& question) {
    int best = -1;
    for (const Question* member : alternative_group(questionnaire, question)) {
        const AnswerState* answer = response.answer(member->id);
        if (!answer || !answer->answered || !answer->applicable || !answer->well_formed) continue;
        const auto values = selected_values(*answer);
        if (values.size() == 1) best = std::max(best, requirement_rank(values.front()));
    }
    return best;
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
        const DiffQuestion place = where(new_q, question, language);
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
        if (is_requirement(question) && is_requirement(*old_question) && old_items.size() == 1 &&
            new_items.size() == 1) {
            const int from = requirement_rank(old_items.front().first),
                      to = requirement_rank(new_items.front().first);
            if (from >= 0 && to >= 0) {
                // An alternative moves with its group: choosing the other way is no step back.
                bool choice = !binds(question);
                if (question.obligation == Obligation::Alternative) {
                    const int group_from = group_rank(old_q, before, *old_question),
                              group_to = group_rank(new_q, after, question);
                    choice = group_from == group_to;
                }
                diff.moved.push_back({place, old_items.front().first, new_items.front().first,
                                      old_items.front().second, new_items.front().second, to > from, choice});
                continue;
            }
        }
        // For lists of citations and rows, what differs says more than the whole lists.
        const bool listed =
            old_question->type == question.type &&
            (question.type == QuestionType::Legislation || question.type == QuestionType::CourtCases ||
             question.type == QuestionType::Table);
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
            {where(old_q, question, language),
             present(then) ? join(items_of(question, then, language)) : std::string()});
    }
    return diff;
}

// ---------------------------------------------------------------------------
// Rendering: the fixed words in the language of the labels (d.language), from the catalogue

namespace {

std::string one_line(std::string_view text) {
    std::string out;
    for (const char c : text)
        out += c == '\n' || c == '\r' ? ' ' : c;
    return out;
}

/// A response's status as people read it; a status the format does not know, as written.
std::string status_of(const DiffSide& s, std::string_view language) {
    if (!s.status) return message("diff.no-status"_key, language);
    if (*s.status == "final") return message("diff.status.final"_key, language);
    if (*s.status == "draft") return message("diff.status.draft"_key, language);
    return *s.status;
}

/// One name, or both when `--force` compared two that differ.
std::string both(const std::string& before, const std::string& after) {
    return before == after ? after : before + " → " + after;
}

/// A question in a line of the text comparison: in words, with its id.
std::string named(const DiffQuestion& q) {
    return q.words;
}

/// The direction of a move as JSON writes it.
std::string direction(const RequirementMove& move) {
    return move.choice ? "choice" : move.progress ? "progress" : "backward";
}

/// The direction of a move as the other renderings show it.
std::string direction_word(const RequirementMove& move, std::string_view language) {
    return message(move.choice     ? "diff.direction.choice"_key
                   : move.progress ? "diff.direction.progress"_key
                                   : "diff.direction.backward"_key,
                   language);
}

/// What follows the id of a question that the old version does not have.
std::string new_mark(bool new_question, std::string_view language) {
    return new_question ? " (" + message("diff.new-question"_key, language) + ")" : std::string();
}

std::string text_of(const ResponseDiff& d) {
    const std::string& language = d.language;
    const auto word = [&language](Key key) { return message(key, language); };
    std::string out = both(d.before.state, d.after.state) + ", " +
                      both(d.before.questionnaire, d.after.questionnaire) + "\n";
    const auto side_line = [&](Key name, const DiffSide& s) {
        out += "  " +
               message("diff.text.side"_key, language,
                       {{"side", word(name)},
                        {"file", s.file},
                        {"version", s.version},
                        {"status", status_of(s, language)}}) +
               "\n";
    };
    side_line("diff.side.old"_key, d.before);
    side_line("diff.side.new"_key, d.after);
    if (d.same()) return out + "\n" + word("diff.no-differences"_key) + "\n";
    const auto heading = [&](Key title, std::size_t n) {
        if (n > 0) out += "\n" + word(title) + " (" + std::to_string(n) + ")\n";
    };
    const auto line = [&](const std::string& label, const std::string& said) {
        out += "  " + labelled(label, said, language) + "\n";
    };
    heading("diff.heading.moved"_key, d.moved.size());
    for (const auto& m : d.moved)
        line(named(m.question), m.before + " → " + m.after + " (" + direction_word(m, language) + ")");
    heading("diff.heading.added"_key, d.added.size());
    for (const auto& c : d.added)
        line(named(c.question), one_line(c.after) + new_mark(c.new_question, language));
    heading("diff.heading.removed"_key, d.removed.size());
    for (const auto& c : d.removed)
        line(named(c.question), one_line(c.before));
    heading("diff.heading.changed"_key, d.changed.size());
    for (const auto& c : d.changed) {
        out += "  " + named(c.question) + "\n";
        const auto answer = [&](Key name, const std::string& said) {
            out += "    " + labelled(word(name), one_line(said), language) + "\n";
        };
        if (c.items) {
            if (!c.before.empty()) answer("diff.items.removed"_key, c.before);
            if (!c.after.empty()) answer("diff.items.added"_key, c.after);
        } else {
            answer("diff.side.old"_key, c.before);
            answer("diff.side.new"_key, c.after);
        }
    }
    const auto needs = [&](Key title, const std::vector<NeedChange>& list) {
        heading(title, list.size());
        for (const auto& n : list) {
            const std::string priority = ta_priority_word(n.priority, language);
            line(labelled(named(n.question), n.label + (priority.empty() ? "" : ", " + priority), language),
                 one_line(n.description));
        }
    };
    needs("diff.heading.needs-added"_key, d.needs_added);
    needs("diff.heading.needs-dropped"_key, d.needs_dropped);
    heading("diff.heading.dropped-questions"_key, d.dropped_questions.size());
    for (const auto& q : d.dropped_questions) {
        if (q.before.empty())
            out += "  " + named(q.question) + "\n";
        else
            line(named(q.question), one_line(q.before));
    }
    return out;
}

}  // namespace

doc::Document diff_document(const ResponseDiff& d) {
    const std::string language = d.language.empty() ? "en" : d.language;
    const auto word = [&language](Key key) { return message(key, language); };
    doc::Document out;
    out.language = language;
    out.title = message("diff.title"_key, language,
                        {{"state", both(d.before.state, d.after.state)},
                         {"questionnaire", both(d.before.questionnaire, d.after.questionnaire)}});
    out.heading(1, out.title);
    doc::Table sides;
    sides.header = {"", word("analysis.header.file"_key), word("diff.header.version"_key),
                    word("diff.header.status"_key)};
    sides.rows = {
        {word("diff.header.old"_key), d.before.file, d.before.version, status_of(d.before, language)},
        {word("diff.header.new"_key), d.after.file, d.after.version, status_of(d.after, language)}};
    out.add(std::move(sides));
    if (d.same()) {
        out.add(doc::sentence(word("diff.no-differences"_key)));
        return out;
    }
    using Rows = std::vector<std::vector<std::string>>;
    const auto section = [&](Key title, std::vector<std::string> header, Rows rows) {
        out.heading(2, word(title));
        if (rows.empty()) {
            out.add(doc::sentence(word("diff.none"_key)));
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
    const std::vector<std::string> place{word("analysis.header.question"_key),
                                         word("analysis.header.article"_key),
                                         word("analysis.header.provision"_key)};
    const std::string items_removed = word("diff.items.removed"_key),
                      items_added = word("diff.items.added"_key);

    Rows rows;
    for (const auto& m : d.moved)
        rows.push_back(with(at(m.question, m.question.id), {m.before, m.after, direction_word(m, language)}));
    section("diff.heading.moved"_key,
            with(place, {word("diff.header.old"_key), word("diff.header.new"_key),
                         word("diff.header.direction"_key)}),
            std::move(rows));
    rows = {};
    for (const auto& c : d.added)
        rows.push_back(with(at(c.question, c.question.id + new_mark(c.new_question, language)), {c.after}));
    section("diff.heading.added"_key, with(place, {word("diff.header.new-answer"_key)}), std::move(rows));
    rows = {};
    for (const auto& c : d.removed)
        rows.push_back(with(at(c.question, c.question.id), {c.before}));
    section("diff.heading.removed"_key, with(place, {word("diff.header.old-answer"_key)}), std::move(rows));
    rows = {};
    for (const auto& c : d.changed) {
        const std::string before =
            c.items && !c.before.empty() ? labelled(items_removed, c.before, language) : c.before;
        const std::string after =
            c.items && !c.after.empty() ? labelled(items_added, c.after, language) : c.after;
        rows.push_back(with(at(c.question, c.question.id), {before, after}));
    }
    section("diff.heading.changed"_key,
            with(place, {word("diff.header.old"_key), word("diff.header.new"_key)}), std::move(rows));
    const auto needs = [&](Key title, const std::vector<NeedChange>& list) {
        Rows need_rows;
        for (const auto& n : list)
            need_rows.push_back({n.question.id, n.question.article, n.label,
                                 ta_priority_word(n.priority, language), n.description});
        section(title,
                {word("analysis.header.question"_key), word("analysis.header.article"_key),
                 word("analysis.header.category"_key), word("diff.header.priority"_key),
                 word("diff.header.description"_key)},
                std::move(need_rows));
    };
    needs("diff.heading.needs-added"_key, d.needs_added);
    needs("diff.heading.needs-dropped"_key, d.needs_dropped);
    // Within one version no question can go away: the section would only ever say "None".
    if (d.before.version != d.after.version) {
        rows = {};
        for (const auto& q : d.dropped_questions)
            rows.push_back(with(at(q.question, q.question.id), {q.before}));
        section("diff.heading.dropped-questions"_key, with(place, {word("diff.header.old-answer"_key)}),
                std::move(rows));
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
        w.key("direction").value(direction(m));
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
