#include <irm/notes.hpp>
#include <irm/values.hpp>

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
class NotesChecker {
public:
    NotesChecker(Notes& notes, const Response& response)
        : n_(notes), response_(response), q_(*response.questionnaire), findings_(notes.file) {
        for (const Section& section : q_.sections)
            if (std::find(articles_.begin(), articles_.end(), section.article) == articles_.end())
                articles_.push_back(section.article);
    }

    void run() {
        static const check::FileKind notes_kind{
            notes_format, "IRM040", "a notes file", "'format', 'questionnaire', 'state' and 'articles'", {}};
        if (const Node* root = check::read_prologue(n_.document, notes_kind, findings_)) read(*root);
        n_.findings = findings_.take_sorted();
    }

private:
    // ---- Findings, one function per code and kind ------------------------------------------

    void structure(const std::string& message, std::optional<Position> where) {
        findings_.add(Severity::Error, "IRM040", message, where);
    }
    void unknown_key(const Node& key, const std::vector<std::string>& allowed, std::string_view where) {
        structure("unknown key " + quoted(key.text) + " in " + std::string(where) +
                      text::did_you_mean(key.text, allowed) + "; allowed: " + join(allowed),
                  key.position);
    }
    void unknown_article(const Node& key) {
        findings_.add(Severity::Error, "IRM041",
                      "questionnaire " + quoted(q_.id) + " has no article " + quoted(key.text) +
                          text::did_you_mean(key.text, articles_) + "; its articles: " + join(articles_),
                      key.position);
    }
    void unknown_question(const Node& node) {
        findings_.add(Severity::Error, "IRM042",
                      "questionnaire " + quoted(q_.id) + " has no question " + quoted(node.text) +
                          text::did_you_mean(node.text, q_.ids()),
                      node.position);
    }
    void other_state(const Node& node) {
        findings_.add(Severity::Error, "IRM043",
                      "these notes are about " + quoted(node.text) + ", but the response is from " +
                          quoted(response_.state.value_or("")),
                      node.anchor());
    }
    void other_questionnaire(const Node& node, const std::string& what, const std::string& expected) {
        findings_.add(Severity::Error, "IRM044",
                      "these notes are for " + what + " " + quoted(node.text) +
                          ", but the response answers " + expected,
                      node.anchor());
    }

    // ---- Reading ---------------------------------------------------------------------------

    /// A non-empty scalar, or a finding saying what was expected.
    std::optional<std::string> text_of(const Node& node, const std::string& what) {
        if (node.is_scalar() && !node.text.empty()) return node.text;
        if (node.is_null() || (node.is_scalar() && node.text.empty()))
            structure(what + " is empty", node.anchor());
        else
            structure(what + " must be a text, not a " + (node.is_map() ? "mapping" : "list"), node.anchor());
        return std::nullopt;
    }

    /// The keys of a map, with unknown ones reported.
    bool check_keys(const Node& map, const std::vector<std::string>& allowed, std::string_view where) {
        bool ok = true;
        for (const yaml::Pair& pair : map.pairs) {
            if (std::find(allowed.begin(), allowed.end(), pair.key->text) != allowed.end()) continue;
            unknown_key(*pair.key, allowed, where);
            ok = false;
        }
        return ok;
    }

    /// The items of "a text or a list of them" (so that one remark needs no list).
    std::vector<const Node*> items_of(const Node& node, const std::string& what) {
        if (node.is_sequence()) return node.items;
        if (node.is_scalar()) return {&node};
        if (node.is_map()) structure(what + " must be a list", node.anchor());
        return {};
    }

    void read(const Node& root) {
        static const std::vector<std::string> keys{"format",    "questionnaire", "version",  "state",
                                                   "reviewers", "dates",         "articles", "questions"};
        check_keys(root, keys, "a notes file");
        n_.questionnaire_id = header(root, "questionnaire");
        n_.version = header(root, "version");
        n_.state = header(root, "state");

        bool same_questionnaire = true;
        if (n_.questionnaire_id && *n_.questionnaire_id != q_.id) {
            other_questionnaire(*root.find("questionnaire"), "questionnaire", quoted(q_.id));
            same_questionnaire = false;
        } else if (n_.questionnaire_id && n_.version && *n_.version != q_.version) {
            other_questionnaire(*root.find("version"), "version",
                                quoted(q_.id) + " version " + quoted(q_.version));
            same_questionnaire = false;
        }
        if (n_.state && response_.state && *n_.state != *response_.state) other_state(*root.find("state"));

        if (const Node* reviewers = root.find("reviewers"))
            for (const Node* item : items_of(*reviewers, "reviewers"))
                if (auto name = text_of(*item, "the name of a reviewing State"))
                    n_.reviewers.push_back(*name);
        if (const Node* dates = root.find("dates")) read_dates(*dates);
        // Ids of another questionnaire would only add noise to the finding that says so.
        if (const Node* articles = root.find("articles")) read_articles(*articles, same_questionnaire);
        if (const Node* questions = root.find("questions")) read_questions(*questions, same_questionnaire);
    }

    std::optional<std::string> header(const Node& root, const char* key) {
        const Node* node = root.find(key);
        if (!node) {
            structure(std::string("missing '") + key +
                          "': notes name the questionnaire, version and State they review",
                      std::nullopt);
            return std::nullopt;
        }
        return text_of(*node, std::string("'") + key + "'");
    }

    void read_dates(const Node& dates) {
        if (!dates.is_map()) {
            if (!dates.is_null())
                structure("'dates' must be a mapping (received, dialogue, draft)", dates.anchor());
            return;
        }
        static const std::vector<std::string> keys{"received", "dialogue", "draft"};
        check_keys(dates, keys, "'dates'");
        const auto date = [&](const char* key, std::optional<std::string>& out) {
            const Node* node = dates.find(key);
            if (!node) return;
            const auto value = text_of(*node, std::string("the date '") + key + "'");
            if (!value) return;
            if (!is_date(*value)) {
                structure(quoted(*value) + " is not a real date written YYYY-MM-DD", node->anchor());
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
        for (const Node* item : items_of(node, "'questions'")) {
            const auto id = text_of(*item, "a question id");
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
            const auto value = text_of(node, "a note");
            if (!value) return std::nullopt;
            return NoteItem{*value, {}};
        }
        static const std::vector<std::string> keys{"text", "questions"};
        check_keys(node, keys, "a note");
        NoteItem item;
        const Node* text = node.find("text");
        if (!text) {
            structure("a note written as a mapping needs 'text'", node.anchor());
            return std::nullopt;
        }
        const auto value = text_of(*text, "'text'");
        if (!value) return std::nullopt;
        item.text = *value;
        if (const Node* questions = node.find("questions"))
            item.questions = question_ids(*questions, check_ids);
        return item;
    }

    std::vector<NoteItem> note_items(const Node& node, const std::string& what, bool check_ids) {
        std::vector<NoteItem> out;
        for (const Node* item : items_of(node, what))
            if (auto note = note_item(*item, check_ids)) out.push_back(std::move(*note));
        return out;
    }

    std::optional<NoteNeed> need(const Node& node, bool check_ids) {
        if (!node.is_map()) {
            structure("a technical-assistance need is a mapping: category, description, priority",
                      node.anchor());
            return std::nullopt;
        }
        static const std::vector<std::string> keys{"category", "description", "priority", "questions"};
        check_keys(node, keys, "a technical-assistance need");
        NoteNeed out;
        bool ok = true;
        const Node* category = node.find("category");
        const Node* description = node.find("description");
        if (!category || !description) {
            structure(std::string("a technical-assistance need needs '") +
                          (category ? "description" : "category") + "'",
                      node.anchor());
            return std::nullopt;
        }
        if (auto value = text_of(*category, "'category'")) {
            if (std::find(ta_categories().begin(), ta_categories().end(), *value) == ta_categories().end()) {
                structure(quoted(*value) + " is not a technical-assistance category" +
                              text::did_you_mean(*value, ta_categories()) +
                              "; allowed: " + join(ta_categories()),
                          category->anchor());
                ok = false;
            }
            out.need.category = *value;
        } else {
            ok = false;
        }
        if (auto value = text_of(*description, "'description'"))
            out.need.description = *value;
        else
            ok = false;
        if (const Node* priority = node.find("priority")) {
            if (auto value = text_of(*priority, "'priority'")) {
                if (std::find(ta_priorities().begin(), ta_priorities().end(), *value) ==
                    ta_priorities().end()) {
                    structure(quoted(*value) + " is not a priority" +
                                  text::did_you_mean(*value, ta_priorities()) +
                                  "; allowed: " + join(ta_priorities()),
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
            if (!articles.is_null())
                structure(
                    "'articles' must be a mapping from article to notes, e.g. \"5\": {challenges: [...]}",
                    articles.anchor());
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
            if (!value.is_map()) {
                structure("the notes on article " + quoted(article) +
                              " must be a mapping: good_practices, challenges, suggestions, ta_needs",
                          value.anchor());
                continue;
            }
            check_keys(value, keys, "the notes on article " + quoted(article));
            ArticleNotes notes;
            notes.article = article;
            if (const Node* n = value.find("good_practices"))
                notes.good_practices = note_items(*n, "'good_practices'", check_ids);
            if (const Node* n = value.find("challenges"))
                notes.challenges = note_items(*n, "'challenges'", check_ids);
            if (const Node* n = value.find("suggestions"))
                notes.suggestions = note_items(*n, "'suggestions'", check_ids);
            if (const Node* n = value.find("ta_needs")) {
                if (n->is_sequence()) {
                    for (const Node* item : n->items)
                        if (auto found = need(*item, check_ids)) notes.ta_needs.push_back(std::move(*found));
                } else if (!n->is_null()) {
                    structure("'ta_needs' must be a list of needs", n->anchor());
                }
            }
            n_.articles.push_back(std::move(notes));
        }
    }

    void read_questions(const Node& questions, bool check_ids) {
        if (!questions.is_map()) {
            if (!questions.is_null())
                structure("'questions' must be a mapping from question id to {comments: [...]}",
                          questions.anchor());
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
            if (!value.is_map()) {
                structure("the notes on question " + quoted(pair.key->text) + " must be a mapping: comments",
                          value.anchor());
                continue;
            }
            check_keys(value, keys, "the notes on question " + quoted(pair.key->text));
            QuestionNotes notes;
            notes.question = pair.key->text;
            if (const Node* n = value.find("comments"))
                notes.comments = note_items(*n, "'comments'", check_ids);
            n_.questions.push_back(std::move(notes));
        }
    }

    Notes& n_;
    const Response& response_;
    const Questionnaire& q_;
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

Notes check_notes(std::string bytes, std::string file, const Response& response) {
    Notes notes;
    notes.file = std::move(file);
    notes.document = yaml::Document::parse(std::move(bytes));
    if (!response.questionnaire) {
        // Without the questionnaire there is nothing to hold the ids and the header to.
        Findings findings(notes.file);
        findings.add(Severity::Error, "IRM044",
                     "the response has no usable questionnaire to check these notes against", std::nullopt);
        notes.findings = findings.take_sorted();
        return notes;
    }
    NotesChecker(notes, response).run();
    return notes;
}

Notes load_notes(const std::string& path, const Response& response) {
    Result<std::string> bytes = files::read(path);
    if (!bytes) {
        Notes notes;
        notes.file = path;
        Findings findings(path);
        check::unreadable(findings, bytes.error());
        notes.findings = findings.take_sorted();
        return notes;
    }
    return check_notes(std::move(*bytes), path, response);
}

}  // namespace irm
