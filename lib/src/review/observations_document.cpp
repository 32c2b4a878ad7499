// The two drafts in the document model: the list of observations (what the
// State reported, then the points drawn by the rules and the reviewers'
// notes) and its summary. Nothing here depends on the output format.
#include <irm/observations.hpp>

#include "review/observations_layout.hpp"

#include <irm/answers.hpp>

#include <algorithm>

namespace irm {

namespace {

using drafting::condition_names;
using drafting::lay_out;
using drafting::RequirementBlock;
using drafting::SectionLayout;

using doc::Paragraph;
using doc::Span;
using doc::Style;

Span plain(std::string text) {
    return Span{std::move(text), Style::Plain, {}};
}
Span strong(std::string text) {
    return Span{std::move(text), Style::Strong, {}};
}
Span emphasis(std::string text) {
    return Span{std::move(text), Style::Emphasis, {}};
}

/// "Label:" in bold (as the language punctuates it), then the value.
Paragraph labelled(std::string_view label, const std::string& value, std::string_view language) {
    Paragraph p;
    p.spans.push_back(strong(message("draft.title.field"_key, language, {{"label", std::string(label)}})));
    p.spans.push_back(plain(" " + value));
    return p;
}

Paragraph from_observation(const Observation& o, const std::string& lead = {}) {
    Paragraph p;
    std::string full_lead = lead;
    if (!o.lead.empty()) full_lead += (full_lead.empty() ? "" : " ") + o.lead;
    if (!full_lead.empty()) {
        p.spans.push_back(strong(full_lead));
        p.spans.push_back(plain(" " + o.text));
    } else {
        p.spans.push_back(plain(o.text));
    }
    p.sources = o.sources;
    return p;
}

std::vector<Paragraph> items_of(const std::vector<Observation>& observations) {
    std::vector<Paragraph> items;
    for (const Observation& o : observations)
        items.push_back(from_observation(o));
    return items;
}

/// The instrument's full name, when it is one of the Convention and its Protocols.
std::optional<Key> instrument_name(const std::string& instrument) {
    static const std::pair<std::string_view, Key> names[] = {{"UNTOC", "instrument.untoc"_key},
                                                             {"TIP", "instrument.tip"_key},
                                                             {"SOM", "instrument.som"_key},
                                                             {"FIR", "instrument.fir"_key}};
    for (const auto& [id, name] : names)
        if (id == instrument) return name;
    return std::nullopt;
}

std::string language_name(const std::string& code, std::string_view lang) {
    static const std::pair<std::string_view, Key> names[] = {
        {"ar", "language.ar"_key}, {"en", "language.en"_key}, {"es", "language.es"_key},
        {"fr", "language.fr"_key}, {"ru", "language.ru"_key}, {"zh", "language.zh"_key}};
    for (const auto& [id, name] : names)
        if (id == code) return message(name, lang);
    return code;
}

/// Builds the documents from the draft; `lang_` is the language of every fixed text.
class Writer {
public:
    explicit Writer(const ObservationDraft& draft)
        : d_(draft), r_(*draft.response), q_(*draft.response->questionnaire), lang_(draft.options.language) {}

    doc::Document observations() {
        start("draft.title.observations"_key);
        for (const ArticleReview& review : d_.articles)
            article(review);
        return std::move(out_);
    }

    doc::Document summary() {
        start("draft.title.summary"_key);
        std::vector<Paragraph> successes, challenges, choices, cases, needs;
        for (const ArticleReview& review : d_.articles) {
            const std::string lead =
                message("draft.summary.article"_key, lang_, {{"article", review.section->article}});
            for (const Observation& o : review.successes)
                successes.push_back(from_observation(o, lead));
            for (const Observation& o : review.points) {
                // The summary keeps conclusions: comments for the dialogue and
                // checks the State has already answered stay in the list of observations.
                if (o.rule == "notes" || o.rule == "waived-warning") continue;
                challenges.push_back(from_observation(o, lead));
            }
            for (const Observation& o : review.challenges)
                challenges.push_back(from_observation(o, lead));
            const std::string suggestion = lead + " " + message("draft.summary.suggestion"_key, lang_);
            for (const Observation& o : review.suggestions)
                challenges.push_back(from_observation(o, suggestion));
            for (const Observation& o : review.information)
                choices.push_back(from_observation(o, lead));
            for (const Observation& o : review.cases)
                cases.push_back(from_observation(o, lead));
            for (const Observation& o : review.ta_stated)
                needs.push_back(from_observation(o, lead));
            for (const Observation& o : review.ta_noted)
                needs.push_back(from_observation(o, lead));
        }
        section("draft.heading.successes"_key, 2, std::move(successes), "draft.placeholder.nothing"_key);
        section("draft.heading.challenges"_key, 2, std::move(challenges), "draft.placeholder.nothing"_key);
        if (!choices.empty())
            section("draft.heading.information"_key, 2, std::move(choices), "draft.placeholder.nothing"_key);
        if (!cases.empty())
            section("draft.heading.court-cases"_key, 2, std::move(cases), "draft.placeholder.nothing"_key);
        section("draft.heading.ta-needs"_key, 2, std::move(needs), "draft.placeholder.nothing"_key);
        return std::move(out_);
    }

private:
    std::string text(Key key) const { return message(key, lang_); }

    void start(Key title) {
        out_.language = lang_;
        out_.title = text(title);
        out_.heading(1, out_.title);
        title_block();
        out_.add(Paragraph{{emphasis(text("draft.title.notice"_key))}, {}});
    }

    void title_block() {
        const Notes* notes = d_.notes;
        out_.add(labelled(message("draft.title.state"_key, lang_),
                          r_.state.value_or(text("draft.title.not-stated"_key)), lang_));
        const std::optional<Key> instrument = instrument_name(q_.instrument);
        out_.add(labelled(message("draft.title.instrument"_key, lang_),
                          instrument ? text(*instrument) : q_.instrument, lang_));
        const Key clusters[] = {"cluster.1"_key, "cluster.2"_key, "cluster.3"_key, "cluster.4"_key};
        out_.add(labelled(
            message("draft.title.cluster"_key, lang_),
            q_.cluster >= 1 && q_.cluster <= 4 ? text(clusters[q_.cluster - 1]) : std::to_string(q_.cluster),
            lang_));
        out_.add(labelled(
            message("draft.title.questionnaire"_key, lang_),
            message("draft.title.questionnaire-version"_key, lang_, {{"id", q_.id}, {"version", q_.version}}),
            lang_));
        out_.add(labelled(message("draft.title.reviewers"_key, lang_),
                          notes && !notes->reviewers.empty() ? join_in_prose(notes->reviewers, lang_)
                                                             : text("draft.title.to-be-named"_key),
                          lang_));
        if (notes && notes->received)
            out_.add(labelled(message("draft.title.received"_key, lang_), *notes->received, lang_));
        if (notes && notes->dialogue)
            out_.add(labelled(message("draft.title.dialogue"_key, lang_), *notes->dialogue, lang_));
        out_.add(labelled(message("draft.title.date"_key, lang_),
                          d_.options.date.empty() ? text("draft.title.not-stated"_key) : d_.options.date,
                          lang_));
        std::string status = r_.status.value_or(text("draft.title.not-stated"_key));
        if (status == "final") status = text("draft.status.final"_key);
        if (status == "draft") status = text("draft.status.draft"_key);
        out_.add(labelled(message("draft.title.status"_key, lang_), status, lang_));
        out_.add(labelled(
            message("draft.title.language"_key, lang_),
            r_.language ? language_name(*r_.language, lang_) : text("draft.title.not-stated"_key), lang_));
    }

    /// A heading, then the items as a list, or one paragraph saying there is nothing.
    void section(Key heading, int level, std::vector<Paragraph> items, Key empty) {
        out_.heading(level, text(heading));
        if (items.empty())
            out_.add(doc::sentence(text(empty)));
        else
            out_.list(std::move(items));
    }

    const AnswerState& answer(std::size_t i) const { return r_.answers[i]; }
    const Question& question(std::size_t i) const { return q_.questions[i]; }

    void article(const ArticleReview& review) {
        const Section& s = *review.section;
        const auto index = static_cast<std::size_t>(&s - q_.sections.data());
        const SectionLayout layout = lay_out(q_, r_, index);
        out_.heading(2, s.title.in(lang_));
        if (!review.applicable) {
            out_.add(doc::sentence(text("draft.reported.article-not-applicable"_key), layout.conditions));
            return;
        }
        provisions(s, layout);

        out_.heading(3, text("draft.heading.reported"_key));
        for (const RequirementBlock& block : layout.blocks)
            requirement(block);
        const bool any_other =
            std::any_of(layout.others.begin(), layout.others.end(), [&](std::size_t i) { return shown(i); });
        if (any_other) {
            out_.heading(4, text("draft.heading.other"_key));
            for (const std::size_t i : layout.others)
                reported(i);
        }

        section("draft.heading.points"_key, 3, items_of(review.points), "draft.placeholder.no-points"_key);
        if (!review.information.empty()) {
            out_.heading(3, text("draft.heading.information"_key));
            out_.list(items_of(review.information));
        }
        section("draft.heading.successes"_key, 3, items_of(review.successes),
                "draft.placeholder.to-complete"_key);
        section("draft.heading.challenges"_key, 3, items_of(review.challenges),
                "draft.placeholder.to-complete"_key);
        section("draft.heading.suggestions"_key, 3, items_of(review.suggestions),
                "draft.placeholder.to-complete"_key);

        out_.heading(3, text("draft.heading.ta-needs"_key));
        for (const Observation& o : review.ta_status)
            out_.add(from_observation(o));
        if (!review.ta_stated.empty()) {
            out_.add(doc::sentence(text("draft.ta.stated"_key)));
            out_.list(items_of(review.ta_stated));
        }
        if (!review.ta_noted.empty()) {
            out_.add(doc::sentence(text("draft.ta.notes"_key)));
            out_.list(items_of(review.ta_noted));
        }
        if (review.ta_status.empty() && review.ta_stated.empty() && review.ta_noted.empty())
            out_.add(doc::sentence(text("draft.placeholder.nothing"_key)));
    }

    void provisions(const Section& s, const SectionLayout& layout) {
        out_.heading(3, text("draft.heading.provisions"_key));
        std::vector<std::string> provisions, sources;
        for (std::size_t i = s.first; i < s.first + s.count; ++i) {
            const Question& q = question(i);
            if (q.provision.empty() ||
                std::find(provisions.begin(), provisions.end(), q.provision) != provisions.end())
                continue;
            provisions.push_back(q.provision);
            sources.push_back(q.id);
        }
        if (provisions.empty()) provisions.push_back(s.article);
        out_.add(doc::sentence(message("draft.reported.provisions"_key, lang_,
                                       {{"provisions", join_in_prose(provisions, lang_)}}),
                               sources));
        std::vector<std::string> excluded, why;
        for (const RequirementBlock& block : layout.blocks) {
            if (answer(block.requirement).applicable) continue;
            const std::string& provision = question(block.requirement).provision;
            if (std::find(excluded.begin(), excluded.end(), provision) == excluded.end())
                excluded.push_back(provision);
            why.push_back(question(block.requirement).id);
            for (const auto& name : condition_names(question(block.requirement)))
                if (std::find(why.begin(), why.end(), name) == why.end()) why.push_back(name);
        }
        if (!excluded.empty())
            out_.add(doc::sentence(message("draft.reported.provisions-not-applicable"_key, lang_,
                                           {{"provisions", join_in_prose(excluded, lang_)}}),
                                   why));
    }

    /// Whether a question has something to show: it applies, or it was answered anyway.
    bool shown(std::size_t i) const {
        const Question& q = question(i);
        if (q.type == QuestionType::Note) return false;
        return answer(i).applicable || answer(i).answered;
    }

    void requirement(const RequirementBlock& block) {
        const std::size_t i = block.requirement;
        // A provision that leaves the State a choice says so in its heading; a mandatory one is the rule.
        const std::string level = question(i).obligation == Obligation::Mandatory
                                      ? std::string()
                                      : obligation_in_words(question(i), q_, lang_);
        out_.heading(4, level.empty() ? message("draft.heading.provision"_key, lang_,
                                                {{"provision", question(i).provision}})
                                      : message("draft.heading.provision-level"_key, lang_,
                                                {{"provision", question(i).provision}, {"level", level}}));
        for (const std::size_t before : block.before)
            reported(before);
        out_.add(Paragraph{{emphasis(question(i).label.in(lang_))}, {}});
        if (!answer(i).applicable && !answer(i).answered) {
            std::vector<std::string> sources{question(i).id};
            for (const auto& name : condition_names(question(i)))
                if (std::find(sources.begin(), sources.end(), name) == sources.end()) sources.push_back(name);
            out_.add(doc::sentence(text("draft.reported.not-applicable"_key), sources));
        } else {
            answer_paragraphs(i);
        }
        for (const std::size_t after : block.after) {
            if (!shown(after)) continue;
            if (block.legislation == after) {
                legislation(after);
            } else if (block.explanation == after) {
                Paragraph p;
                p.spans.push_back(strong(text("draft.reported.missing"_key)));
                p.spans.push_back(plain(" " + answer_text(after)));
                p.sources = {question(after).id};
                out_.add(std::move(p));
            } else {
                reported(after);
            }
        }
    }

    void legislation(std::size_t i) {
        if (!answer(i).answered || !answer(i).well_formed) {
            Paragraph p;
            p.spans.push_back(strong(text("draft.reported.legislation"_key)));
            p.spans.push_back(plain(" " + answer_text(i)));
            p.sources = {question(i).id};
            out_.add(std::move(p));
            return;
        }
        out_.add(Paragraph{{strong(text("draft.reported.legislation"_key))}, {}});
        out_.list(citation_items(i));
    }

    /// A citation's or a court case's item, ended by its links and traced to its question.
    static Paragraph linked(Paragraph p, const std::string& url, const std::string& sherloc, const std::string& id) {
        if (!url.empty()) {
            p.spans.push_back(plain(" — "));
            p.spans.push_back(Span{url, Style::Plain, url});
        }
        if (!sherloc.empty()) {
            p.spans.push_back(plain(" — SHERLOC: "));
            p.spans.push_back(Span{sherloc, Style::Plain, sherloc});
        }
        p.sources = {id};
        return p;
    }

    std::vector<Paragraph> citation_items(std::size_t i) const {
        std::vector<Paragraph> items;
        for (const Citation& c : citations(answer(i))) {
            Paragraph p;
            std::string head = c.title;
            if (!c.provision.empty()) head += ", " + c.provision;
            if (!c.year.empty()) head += " (" + c.year + ")";
            p.spans.push_back(plain(head));
            items.push_back(linked(std::move(p), c.url, c.sherloc, question(i).id));
        }
        return items;
    }

    /// One item per court case: court, reference and date, its summary, then its links.
    std::vector<Paragraph> case_items(std::size_t i) const {
        std::vector<Paragraph> items;
        for (const CourtCase& c : court_cases(answer(i))) {
            Paragraph p;
            std::string head = court_case_text(c);
            if (!c.summary.empty()) head += (head.empty() ? "" : ": ") + c.summary;
            p.spans.push_back(plain(head));
            items.push_back(linked(std::move(p), c.url, c.sherloc, question(i).id));
        }
        return items;
    }

    /// The answer of a question as a short text: "No answer provided.", choice labels, the value as written.
    std::string answer_text(std::size_t i) const {
        const AnswerState& a = answer(i);
        if (!a.answered) return text("draft.reported.no-answer"_key);
        if (!a.well_formed) return text("draft.reported.malformed"_key);
        return answer_summary(question(i), a, lang_);
    }

    /// The answer to one question, whatever its type, after its label.
    void answer_paragraphs(std::size_t i) {
        const Question& q = question(i);
        const AnswerState& a = answer(i);
        if (!a.answered || !a.well_formed) {
            out_.add(doc::sentence(answer_text(i), {q.id}));
            return;
        }
        switch (q.type) {
            case QuestionType::Text:
                out_.add(doc::sentence(scalar_text(a), {q.id}));
                break;
            case QuestionType::Legislation:
                out_.list(citation_items(i));
                break;
            case QuestionType::CourtCases:
                out_.list(case_items(i));
                break;
            case QuestionType::Table:
                out_.add(table(i));
                break;
            case QuestionType::TaNeeds: {
                std::vector<Paragraph> items;
                for (const TaNeed& need : ta_needs(a))
                    items.push_back(doc::sentence(
                        ta_category_label(need.category, lang_) + ": " + need.description, {q.id}));
                out_.list(std::move(items));
                break;
            }
            default:
                out_.add(doc::sentence(message("draft.reported.answer"_key, lang_,
                                               {{"answer", without_stop(answer_summary(q, a, lang_))}}),
                                       {q.id}));
        }
    }

    static std::string without_stop(std::string s) {
        if (!s.empty() && s.back() == '.') s.pop_back();
        return s;
    }

    doc::Table table(std::size_t i) const {
        const Question& q = question(i);
        doc::Table t;
        for (const Column& column : q.columns)
            t.header.push_back(column.label.in(lang_));
        for (auto row : table_cells(q, answer(i))) {
            for (std::size_t c = 0; c < row.size() && c < q.columns.size(); ++c)
                if (!q.columns[c].choices.empty() && !row[c].empty())
                    row[c] = choice_label(q.columns[c].choices, row[c], lang_);
            t.rows.push_back(std::move(row));
        }
        t.sources = {q.id};
        return t;
    }

    /// A question reported on its own: its label, then its answer.
    void reported(std::size_t i) {
        if (!shown(i)) return;
        out_.add(Paragraph{{emphasis(question(i).label.in(lang_))}, {}});
        answer_paragraphs(i);
    }

    const ObservationDraft& d_;
    const Response& r_;
    const Questionnaire& q_;
    std::string lang_;
    doc::Document out_;
};

}  // namespace

doc::Document observations_document(const ObservationDraft& draft) {
    if (!draft.response || !draft.response->questionnaire) return {};
    return Writer(draft).observations();
}

doc::Document summary_document(const ObservationDraft& draft) {
    if (!draft.response || !draft.response->questionnaire) return {};
    return Writer(draft).summary();
}

}  // namespace irm
