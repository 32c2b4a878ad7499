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
    p.spans.push_back(strong(message(Message::FieldLabel, language, {{"label", std::string(label)}})));
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

Message instrument_message(const std::string& instrument, bool& known) {
    known = true;
    if (instrument == "UNTOC") return Message::InstrumentUntoc;
    if (instrument == "TIP") return Message::InstrumentTip;
    if (instrument == "SOM") return Message::InstrumentSom;
    if (instrument == "FIR") return Message::InstrumentFir;
    known = false;
    return Message::InstrumentUntoc;
}

std::string language_name(const std::string& code, std::string_view lang) {
    static const std::pair<std::string_view, Message> names[] = {
        {"ar", Message::LanguageAr}, {"en", Message::LanguageEn}, {"es", Message::LanguageEs},
        {"fr", Message::LanguageFr}, {"ru", Message::LanguageRu}, {"zh", Message::LanguageZh}};
    for (const auto& [id, name] : names)
        if (id == code) return std::string(message(name, lang));
    return code;
}

/// Builds the documents from the draft; `lang_` is the language of every fixed text.
class Writer {
public:
    explicit Writer(const ObservationDraft& draft)
        : d_(draft), r_(*draft.response), q_(*draft.response->questionnaire), lang_(draft.options.language) {}

    doc::Document observations() {
        start(Message::ObservationsTitle);
        for (const ArticleReview& review : d_.articles)
            article(review);
        return std::move(out_);
    }

    doc::Document summary() {
        start(Message::SummaryTitle);
        std::vector<Paragraph> successes, challenges, needs;
        for (const ArticleReview& review : d_.articles) {
            const std::string lead =
                message(Message::SummaryArticle, lang_, {{"article", review.section->article}});
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
            const std::string suggestion =
                lead + " " + std::string(message(Message::SummarySuggestion, lang_));
            for (const Observation& o : review.suggestions)
                challenges.push_back(from_observation(o, suggestion));
            for (const Observation& o : review.ta_stated)
                needs.push_back(from_observation(o, lead));
            for (const Observation& o : review.ta_noted)
                needs.push_back(from_observation(o, lead));
        }
        section(Message::Successes, 2, std::move(successes), Message::NothingYet);
        section(Message::Challenges, 2, std::move(challenges), Message::NothingYet);
        section(Message::TaNeeds, 2, std::move(needs), Message::NothingYet);
        return std::move(out_);
    }

private:
    std::string text(Message id) const { return std::string(message(id, lang_)); }

    void start(Message title) {
        out_.language = lang_;
        out_.title = text(title);
        out_.heading(1, out_.title);
        title_block();
        out_.add(Paragraph{{emphasis(text(Message::DraftNotice))}, {}});
    }

    void title_block() {
        const Notes* notes = d_.notes;
        out_.add(labelled(message(Message::StateUnderReview, lang_),
                          r_.state.value_or(text(Message::NotStated)), lang_));
        bool known = false;
        const Message instrument = instrument_message(q_.instrument, known);
        out_.add(
            labelled(message(Message::Instrument, lang_), known ? text(instrument) : q_.instrument, lang_));
        const Message clusters[] = {Message::Cluster1, Message::Cluster2, Message::Cluster3,
                                    Message::Cluster4};
        out_.add(labelled(
            message(Message::Cluster, lang_),
            q_.cluster >= 1 && q_.cluster <= 4 ? text(clusters[q_.cluster - 1]) : std::to_string(q_.cluster),
            lang_));
        out_.add(labelled(
            message(Message::Questionnaire, lang_),
            message(Message::QuestionnaireVersion, lang_, {{"id", q_.id}, {"version", q_.version}}), lang_));
        out_.add(labelled(message(Message::ReviewingStates, lang_),
                          notes && !notes->reviewers.empty() ? join_in_prose(notes->reviewers, lang_)
                                                             : text(Message::ToBeNamed),
                          lang_));
        if (notes && notes->received)
            out_.add(labelled(message(Message::ResponseReceived, lang_), *notes->received, lang_));
        if (notes && notes->dialogue)
            out_.add(labelled(message(Message::DialogueDate, lang_), *notes->dialogue, lang_));
        out_.add(labelled(message(Message::DraftDate, lang_),
                          d_.options.date.empty() ? text(Message::NotStated) : d_.options.date, lang_));
        std::string status = r_.status.value_or(text(Message::NotStated));
        if (status == "final") status = text(Message::StatusFinal);
        if (status == "draft") status = text(Message::StatusDraft);
        out_.add(labelled(message(Message::ResponseStatus, lang_), status, lang_));
        out_.add(labelled(message(Message::ResponseLanguage, lang_),
                          r_.language ? language_name(*r_.language, lang_) : text(Message::NotStated),
                          lang_));
    }

    /// A heading, then the items as a list, or one paragraph saying there is nothing.
    void section(Message heading, int level, std::vector<Paragraph> items, Message empty) {
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
            out_.add(doc::sentence(text(Message::ArticleNotApplicable), layout.conditions));
            return;
        }
        provisions(s, layout);

        out_.heading(3, text(Message::Reported));
        for (const RequirementBlock& block : layout.blocks)
            requirement(block);
        const bool any_other =
            std::any_of(layout.others.begin(), layout.others.end(), [&](std::size_t i) { return shown(i); });
        if (any_other) {
            out_.heading(4, text(Message::OtherInformation));
            for (const std::size_t i : layout.others)
                reported(i);
        }

        section(Message::PointsForDialogue, 3, items_of(review.points), Message::NoPoints);
        section(Message::Successes, 3, items_of(review.successes), Message::ToBeCompleted);
        section(Message::Challenges, 3, items_of(review.challenges), Message::ToBeCompleted);
        section(Message::Suggestions, 3, items_of(review.suggestions), Message::ToBeCompleted);

        out_.heading(3, text(Message::TaNeeds));
        for (const Observation& o : review.ta_status)
            out_.add(from_observation(o));
        if (!review.ta_stated.empty()) {
            out_.add(doc::sentence(text(Message::TaStated)));
            out_.list(items_of(review.ta_stated));
        }
        if (!review.ta_noted.empty()) {
            out_.add(doc::sentence(text(Message::TaFromNotes)));
            out_.list(items_of(review.ta_noted));
        }
        if (review.ta_status.empty() && review.ta_stated.empty() && review.ta_noted.empty())
            out_.add(doc::sentence(text(Message::NothingYet)));
    }

    void provisions(const Section& s, const SectionLayout& layout) {
        out_.heading(3, text(Message::ProvisionsReviewed));
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
        out_.add(doc::sentence(
            message(Message::ProvisionsCovered, lang_, {{"provisions", join_in_prose(provisions, lang_)}}),
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
            out_.add(doc::sentence(message(Message::ProvisionsNotApplicable, lang_,
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
        out_.heading(4, message(Message::ProvisionHeading, lang_, {{"provision", question(i).provision}}));
        for (const std::size_t before : block.before)
            reported(before);
        out_.add(Paragraph{{emphasis(question(i).label.in(lang_))}, {}});
        if (!answer(i).applicable && !answer(i).answered) {
            std::vector<std::string> sources{question(i).id};
            for (const auto& name : condition_names(question(i)))
                if (std::find(sources.begin(), sources.end(), name) == sources.end()) sources.push_back(name);
            out_.add(doc::sentence(text(Message::NotApplicable), sources));
        } else {
            answer_paragraphs(i);
        }
        for (const std::size_t after : block.after) {
            if (!shown(after)) continue;
            if (block.legislation == after) {
                legislation(after);
            } else if (block.explanation == after) {
                Paragraph p;
                p.spans.push_back(strong(text(Message::WhatIsMissing)));
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
            p.spans.push_back(strong(text(Message::LegislationCited)));
            p.spans.push_back(plain(" " + answer_text(i)));
            p.sources = {question(i).id};
            out_.add(std::move(p));
            return;
        }
        out_.add(Paragraph{{strong(text(Message::LegislationCited))}, {}});
        out_.list(citation_items(i));
    }

    std::vector<Paragraph> citation_items(std::size_t i) const {
        std::vector<Paragraph> items;
        for (const Citation& c : citations(answer(i))) {
            Paragraph p;
            std::string head = c.title;
            if (!c.provision.empty()) head += ", " + c.provision;
            if (!c.year.empty()) head += " (" + c.year + ")";
            p.spans.push_back(plain(head));
            if (!c.url.empty()) {
                p.spans.push_back(plain(" — "));
                p.spans.push_back(Span{c.url, Style::Plain, c.url});
            }
            if (!c.sherloc.empty()) {
                p.spans.push_back(plain(" — SHERLOC: "));
                p.spans.push_back(Span{c.sherloc, Style::Plain, c.sherloc});
            }
            p.sources = {question(i).id};
            items.push_back(std::move(p));
        }
        return items;
    }

    /// The answer of a question as a short text: "No answer provided.", choice labels, the value as written.
    std::string answer_text(std::size_t i) const {
        const AnswerState& a = answer(i);
        if (!a.answered) return text(Message::NoAnswer);
        if (!a.well_formed) return text(Message::Malformed);
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
                out_.add(doc::sentence(
                    message(Message::Answer, lang_, {{"answer", without_stop(answer_summary(q, a, lang_))}}),
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
