#include <irm/notes.hpp>
#include <irm/values.hpp>

#include <irm/answers.hpp>
#include <irm/catalogue.hpp>
#include <irm/files.hpp>
#include <irm/text.hpp>

#include "check/prologue.hpp"

#include <algorithm>

namespace irm {

namespace {

using text::join;
using text::quoted;

using yaml::Node;

/// Reads and checks one notes file. Each finding code has its message built in one function below.
/// The reader is a reviewing State's expert who wrote the file: its keys, ids and values are named as
/// written, in single quotes, so that they can be found in it; questions are also named in words.
class NotesChecker {
public:
    NotesChecker(Notes& notes, const Response& response, std::string_view language)
        : n_(notes),
          response_(response),
          q_(*response.questionnaire),
          language_(language),
          findings_(notes.file) {
        for (const Section& section : q_.sections)
            if (std::find(articles_.begin(), articles_.end(), section.article) == articles_.end())
                articles_.push_back(section.article);
    }

    void run() {
        static const check::FileKind notes_kind{
            notes_format, "IRM040", "finding.file.notes"_key, "finding.prologue.keys.notes"_key, {}};
        if (const Node* root = check::read_prologue(n_.document, notes_kind, findings_, language_)) read(*root);
        n_.findings = findings_.take_sorted();
    }

private:
    // ---- Findings, one function per code and kind ------------------------------------------

    std::string say(Key key, std::initializer_list<Arg> args = {}) const {
        return message(key, language_, args);
    }

    /// " (did you mean 'x'?)" after a name close to one of the candidates, else nothing.
    std::string suggestion(std::string_view word, const std::vector<std::string>& candidates) const {
        const std::optional<std::string> near = text::closest(word, candidates);
        return near ? say("notes.did-you-mean"_key, {{"name", quoted(*near)}}) : std::string();
    }

    /// A question as the notes name it: in words when the questionnaire has it, else its id quoted.
    std::string question_named(const std::string& id) const {
        const Question* question = q_.find(id);
        return question ? question_in_words(*question, language_) : quoted(id);
    }

    /// Values with what each means, "capacity_building (Capacity building)"; a value that reads as
    /// its label is shown once.
    std::string allowed(const std::vector<std::string>& values,
                        std::string (*label)(std::string_view, std::string_view)) const {
        std::vector<std::string> out;
        for (const std::string& value : values) {
            const std::string words = label(value, language_);
            out.push_back(words == value ? value : value + " (" + words + ")");
        }
        return join(out);
    }

    void structure(const std::string& message, std::optional<Position> where) {
        findings_.add(Severity::Error, "IRM040", message, where);
    }
    void unknown_key(const Node& key, const std::vector<std::string>& allowed_keys,
                     const std::string& where) {
        structure(say("finding.IRM040.unknown-key"_key, {{"key", quoted(key.text)},
                                                         {"where", where},
                                                         {"suggestion", suggestion(key.text, allowed_keys)},
                                                         {"allowed", join(allowed_keys)}}),
                  key.position);
    }
    void unknown_article(const Node& key) {
        findings_.add(
            Severity::Error, "IRM041",
            say("finding.IRM041.unknown-article"_key, {{"questionnaire", quoted(q_.id)},
                                                       {"article", quoted(key.text)},
                                                       {"suggestion", suggestion(key.text, articles_)},
                                                       {"articles", join(articles_)}}),
            key.position);
    }
    void unknown_question(const Node& node) {
        const std::optional<std::string> near = text::closest(node.text, q_.ids());
        findings_.add(
            Severity::Error, "IRM042",
            say("finding.IRM042.unknown-question"_key,
                {{"questionnaire", quoted(q_.id)},
                 {"question", quoted(node.text)},
                 {"suggestion",
                  near ? say("notes.did-you-mean"_key, {{"name", question_named(*near)}}) : std::string()}}),
            node.position);
    }
    void other_state(const Node& node) {
        findings_.add(Severity::Error, "IRM043",
                      say("finding.IRM043.other-state"_key,
                          {{"notes_state", say("review.quoted"_key, {{"text", node.text}})},
                           {"state", say("review.quoted"_key, {{"text", response_.state.value_or("")}})}}),
                      node.anchor());
    }
    void other_questionnaire(const Node& node) {
        findings_.add(Severity::Error, "IRM044",
                      say("finding.IRM044.other-questionnaire"_key,
                          {{"questionnaire", quoted(node.text)}, {"expected", quoted(q_.id)}}),
                      node.anchor());
    }
    void other_version(const Node& node) {
        findings_.add(Severity::Error, "IRM044",
                      say("finding.IRM044.other-version"_key, {{"version", quoted(node.text)},
                                                               {"questionnaire", quoted(q_.id)},
                                                               {"expected", quoted(q_.version)}}),
                      node.anchor());
    }

    /// A key of the file in a message: 'dates'.
    static std::string key_named(std::string_view key) { return quoted(key); }

    // ---- Reading ---------------------------------------------------------------------------

    /// A non-empty scalar, or a finding saying what was expected.
    std::optional<std::string> text_of(const Node& node, const std::string& what) {
        if (node.is_scalar() && !node.text.empty()) return node.text;
        if (node.is_null() || (node.is_scalar() && node.text.empty()))
            structure(say("finding.IRM040.empty"_key, {{"what", what}}), node.anchor());
        else
            structure(
                say(node.is_map() ? "finding.IRM040.text-not-fields"_key : "finding.IRM040.text-not-list"_key,
                    {{"what", what}}),
                node.anchor());
        return std::nullopt;
    }

    /// The keys of a map, with unknown ones reported.
    bool check_keys(const Node& map, const std::vector<std::string>& keys, const std::string& where) {
        bool ok = true;
        for (const yaml::Pair& pair : map.pairs) {
            if (std::find(keys.begin(), keys.end(), pair.key->text) != keys.end()) continue;
            unknown_key(*pair.key, keys, where);
            ok = false;
        }
        return ok;
    }

    /// The items of "a text or a list of them" (so that one remark needs no list).
    std::vector<const Node*> items_of(const Node& node, const std::string& what) {
        if (node.is_sequence()) return node.items;
        if (node.is_scalar()) return {&node};
        if (node.is_map()) structure(say("finding.IRM040.not-list"_key, {{"what", what}}), node.anchor());
        return {};
    }

    void read(const Node& root) {
        static const std::vector<std::string> keys{"format",    "questionnaire", "version",  "state",
                                                   "reviewers", "dates",         "articles", "questions"};
        check_keys(root, keys, say("notes.what.file"_key));
        n_.questionnaire_id = header(root, "questionnaire");
        n_.version = header(root, "version");
        n_.state = header(root, "state");

        bool same_questionnaire = true;
        if (n_.questionnaire_id && *n_.questionnaire_id != q_.id) {
            other_questionnaire(*root.find("questionnaire"));
            same_questionnaire = false;
        } else if (n_.questionnaire_id && n_.version && *n_.version != q_.version) {
            other_version(*root.find("version"));
            same_questionnaire = false;
        }
        if (n_.state && response_.state && *n_.state != *response_.state) other_state(*root.find("state"));

        if (const Node* reviewers = root.find("reviewers"))
            for (const Node* item : items_of(*reviewers, key_named("reviewers")))
                if (auto name = text_of(*item, say("notes.what.reviewer"_key))) n_.reviewers.push_back(*name);
        if (const Node* dates = root.find("dates")) read_dates(*dates);
        // Ids of another questionnaire would only add noise to the finding that says so.
        if (const Node* articles = root.find("articles")) read_articles(*articles, same_questionnaire);
        if (const Node* questions = root.find("questions")) read_questions(*questions, same_questionnaire);
    }

    std::optional<std::string> header(const Node& root, const char* key) {
        const Node* node = root.find(key);
        if (!node) {
            structure(say("finding.IRM040.missing-header"_key, {{"key", key_named(key)}}), std::nullopt);
            return std::nullopt;
        }
        return text_of(*node, key_named(key));
    }

    void read_dates(const Node& dates) {
        if (!dates.is_map()) {
            if (!dates.is_null()) structure(say("finding.IRM040.dates-shape"_key), dates.anchor());
            return;
        }
        static const std::vector<std::string> keys{"received", "dialogue", "draft"};
        check_keys(dates, keys, key_named("dates"));
        const auto date = [&](const char* key, std::optional<std::string>& out) {
            const Node* node = dates.find(key);
            if (!node) return;
            const auto value = text_of(*node, say("notes.what.date"_key, {{"key", key_named(key)}}));
            if (!value) return;
            if (!is_date(*value)) {
                structure(say("finding.IRM040.bad-date"_key, {{"value", quoted(*value)}}), node->anchor());
                return;
            }
            out = value;
        };
        date("received", n_.received);
        date("dialogue", n_.dialogue);
        date("draft", n_.draft);
    }

    std::vector<std::string> question_ids(const Node& node, bool check_ids) {
        std::vector<std::string> ids;
        for (const Node* item : items_of(node, key_named("questions"))) {
            const auto id = text_of(*item, say("notes.what.question-id"_key));
            if (!id) continue;
            if (check_ids && !q_.find(*id)) {
                unknown_question(*item);
                continue;
            }
            ids.push_back(*id);
        }
        return ids;
    }

    /// "a text" or {text, questions}.
    std::optional<NoteItem> note_item(const Node& node, bool check_ids) {
        if (!node.is_map()) {
            const auto value = text_of(node, say("notes.what.note"_key));
            if (!value) return std::nullopt;
            return NoteItem{*value, {}};
        }
        static const std::vector<std::string> keys{"text", "questions"};
        check_keys(node, keys, say("notes.what.note"_key));
        NoteItem item;
        const Node* text = node.find("text");
        if (!text) {
            structure(say("finding.IRM040.note-without-text"_key), node.anchor());
            return std::nullopt;
        }
        const auto value = text_of(*text, key_named("text"));
        if (!value) return std::nullopt;
        item.text = *value;
        if (const Node* questions = node.find("questions"))
            item.questions = question_ids(*questions, check_ids);
        return item;
    }

    std::vector<NoteItem> note_items(const Node& node, std::string_view key, bool check_ids) {
        const std::string what = key_named(key);
        std::vector<NoteItem> out;
        for (const Node* item : items_of(node, what))
            if (auto note = note_item(*item, check_ids)) out.push_back(std::move(*note));
        return out;
    }

    std::optional<NoteNeed> need(const Node& node, bool check_ids) {
        if (!node.is_map()) {
            structure(say("finding.IRM040.need-shape"_key), node.anchor());
            return std::nullopt;
        }
        static const std::vector<std::string> keys{"category", "description", "priority", "questions"};
        check_keys(node, keys, say("notes.what.need"_key));
        NoteNeed out;
        bool ok = true;
        const Node* category = node.find("category");
        const Node* description = node.find("description");
        if (!category || !description) {
            structure(say("finding.IRM040.need-missing"_key,
                          {{"key", key_named(category ? "description" : "category")}}),
                      node.anchor());
            return std::nullopt;
        }
        if (auto value = text_of(*category, key_named("category"))) {
            if (std::find(ta_categories().begin(), ta_categories().end(), *value) == ta_categories().end()) {
                structure(say("finding.IRM040.bad-category"_key,
                              {{"value", quoted(*value)},
                               {"suggestion", suggestion(*value, ta_categories())},
                               {"allowed", allowed(ta_categories(), ta_category_label)}}),
                          category->anchor());
                ok = false;
            }
            out.need.category = *value;
        } else {
            ok = false;
        }
        if (auto value = text_of(*description, key_named("description")))
            out.need.description = *value;
        else
            ok = false;
        if (const Node* priority = node.find("priority")) {
            if (auto value = text_of(*priority, key_named("priority"))) {
                if (std::find(ta_priorities().begin(), ta_priorities().end(), *value) ==
                    ta_priorities().end()) {
                    structure(say("finding.IRM040.bad-priority"_key,
                                  {{"value", quoted(*value)},
                                   {"suggestion", suggestion(*value, ta_priorities())},
                                   {"allowed", allowed(ta_priorities(), ta_priority_word)}}),
                              priority->anchor());
                    ok = false;
                }
                out.need.priority = *value;
            } else {
                ok = false;
            }
        }
        if (const Node* questions = node.find("questions"))
            out.questions = question_ids(*questions, check_ids);
        if (!ok) return std::nullopt;
        return out;
    }

    void read_articles(const Node& articles, bool check_ids) {
        if (!articles.is_map()) {
            if (!articles.is_null()) structure(say("finding.IRM040.articles-shape"_key), articles.anchor());
            return;
        }
        static const std::vector<std::string> keys{"good_practices", "challenges", "suggestions", "ta_needs"};
        for (const yaml::Pair& pair : articles.pairs) {
            const std::string& article = pair.key->text;
            if (check_ids && std::find(articles_.begin(), articles_.end(), article) == articles_.end()) {
                unknown_article(*pair.key);
                continue;
            }
            const Node& value = *pair.value;
            if (value.is_null()) continue;
            const std::string where = say("notes.what.article"_key, {{"article", quoted(article)}});
            if (!value.is_map()) {
                structure(say("finding.IRM040.article-shape"_key, {{"what", where}, {"keys", join(keys)}}),
                          value.anchor());
                continue;
            }
            check_keys(value, keys, where);
            ArticleNotes notes;
            notes.article = article;
            if (const Node* n = value.find("good_practices"))
                notes.good_practices = note_items(*n, "good_practices", check_ids);
            if (const Node* n = value.find("challenges"))
                notes.challenges = note_items(*n, "challenges", check_ids);
            if (const Node* n = value.find("suggestions"))
                notes.suggestions = note_items(*n, "suggestions", check_ids);
            if (const Node* n = value.find("ta_needs")) {
                if (n->is_sequence()) {
                    for (const Node* item : n->items)
                        if (auto found = need(*item, check_ids)) notes.ta_needs.push_back(std::move(*found));
                } else if (!n->is_null()) {
                    structure(say("finding.IRM040.needs-not-list"_key), n->anchor());
                }
            }
            n_.articles.push_back(std::move(notes));
        }
    }

    void read_questions(const Node& questions, bool check_ids) {
        if (!questions.is_map()) {
            if (!questions.is_null())
                structure(say("finding.IRM040.questions-shape"_key), questions.anchor());
            return;
        }
        static const std::vector<std::string> keys{"comments"};
        for (const yaml::Pair& pair : questions.pairs) {
            if (check_ids && !q_.find(pair.key->text)) {
                unknown_question(*pair.key);
                continue;
            }
            const Node& value = *pair.value;
            if (value.is_null()) continue;
            const std::string where =
                say("notes.what.question"_key, {{"question", question_named(pair.key->text)}});
            if (!value.is_map()) {
                structure(say("finding.IRM040.question-shape"_key, {{"what", where}}), value.anchor());
                continue;
            }
            check_keys(value, keys, where);
            QuestionNotes notes;
            notes.question = pair.key->text;
            if (const Node* n = value.find("comments"))
                notes.comments = note_items(*n, "comments", check_ids);
            n_.questions.push_back(std::move(notes));
        }
    }

    Notes& n_;
    const Response& response_;
    const Questionnaire& q_;
    std::string language_;
    Findings findings_;
    std::vector<std::string> articles_;
};

}  // namespace

int Notes::count(Severity severity) const {
    return static_cast<int>(std::count_if(findings.begin(), findings.end(),
                                          [&](const Diagnostic& d) { return d.severity == severity; }));
}

const ArticleNotes* Notes::article(std::string_view id) const {
    for (const ArticleNotes& notes : articles)
        if (notes.article == id) return &notes;
    return nullptr;
}

const QuestionNotes* Notes::question(std::string_view id) const {
    for (const QuestionNotes& notes : questions)
        if (notes.question == id) return &notes;
    return nullptr;
}

Notes check_notes(std::string bytes, std::string file, const Response& response, std::string_view language) {
    Notes notes;
    notes.file = std::move(file);
    notes.document = yaml::Document::parse(std::move(bytes));
    if (!response.questionnaire) {
        // Without the questionnaire there is nothing to hold the ids and the header to.
        Findings findings(notes.file);
        findings.add(Severity::Error, "IRM044", message("finding.IRM044.no-questionnaire"_key, language),
                     std::nullopt);
        notes.findings = findings.take_sorted();
        return notes;
    }
    NotesChecker(notes, response, language).run();
    return notes;
}

Notes load_notes(const std::string& path, const Response& response, std::string_view language) {
    Result<std::string> bytes = files::read(path);
    if (!bytes) {
        Notes notes;
        notes.file = path;
        Findings findings(path);
        check::unreadable(findings, bytes.error());
        notes.findings = findings.take_sorted();
        return notes;
    }
    return check_notes(std::move(*bytes), path, response, language);
}

}  // namespace irm
