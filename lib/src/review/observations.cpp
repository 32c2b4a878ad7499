// The analysis behind the reviewer drafts: how a section's questions hang
// together, and the named rules that draw points from the answers.
#include <irm/observations.hpp>

#include "review/observations_layout.hpp"

#include <irm/answers.hpp>

#include <algorithm>

namespace irm {

namespace {

using drafting::is_examples_question;
using drafting::lay_out;
using drafting::RequirementBlock;
using drafting::SectionLayout;
using drafting::TaBlock;

/// The rules, by the position of their entry in the table of `draft_rules()`.
enum class RuleId {
    NoAnswer,
    AnsweredNo,
    NoWithoutExplanation,
    AnsweredInPart,
    InPartWithoutExplanation,
    YesWithoutLegislation,
    CitationWithoutLink,
    CaseWithoutLink,
    NoExamples,
    NoStatistics,
    StatisticsColumnEmpty,
    UnansweredRequired,
    Warning,
    WarningInRow,
    AnswerNotApplicable,
    WaivedWarning,
    ImplementedWithLegislation,
    AlternativesNoneMet,
    AlternativesInPart,
    AlternativeChosen,
    Considered,
    OptionalMeasure,
    SavingsClause,
};

}  // namespace

const std::vector<DraftRule>& draft_rules() {
    // One line per rule: its id, its sentence, where its points go. The order is RuleId's.
    static const std::vector<DraftRule> all{
        {"no-answer", "draft.rule.no-answer"_key, DraftPart::Points},
        {"answered-no", "draft.rule.answered-no"_key, DraftPart::Points},
        {"no-without-explanation", "draft.rule.no-without-explanation"_key, DraftPart::Points},
        {"answered-in-part", "draft.rule.answered-in-part"_key, DraftPart::Points},
        {"in-part-without-explanation", "draft.rule.in-part-without-explanation"_key, DraftPart::Points},
        {"yes-without-legislation", "draft.rule.yes-without-legislation"_key, DraftPart::Points},
        {"citation-without-link", "draft.rule.citation-without-link"_key, DraftPart::Points},
        {"case-without-link", "draft.rule.case-without-link"_key, DraftPart::Points},
        {"no-examples", "draft.rule.no-examples"_key, DraftPart::Points},
        {"no-statistics", "draft.rule.no-statistics"_key, DraftPart::Points},
        {"statistics-column-empty", "draft.rule.statistics-column-empty"_key, DraftPart::Points},
        {"unanswered-required", "draft.rule.unanswered-required"_key, DraftPart::Points},
        {"warning", "draft.rule.warning"_key, DraftPart::Points},
        {"warning-in-row", "draft.rule.warning-in-row"_key, DraftPart::Points},
        {"answer-not-applicable", "draft.rule.answer-not-applicable"_key, DraftPart::Points},
        {"waived-warning", "draft.rule.waived-warning"_key, DraftPart::Points},
        {"implemented-with-legislation", "draft.rule.implemented-with-legislation"_key, DraftPart::Successes},
        {"alternatives-none-met", "draft.rule.alternatives-none-met"_key, DraftPart::Points},
        {"alternatives-in-part", "draft.rule.alternatives-in-part"_key, DraftPart::Points},
        {"alternative-chosen", "draft.rule.alternative-chosen"_key, DraftPart::Information},
        {"considered", "draft.rule.considered"_key, DraftPart::Information},
        {"optional-measure", "draft.rule.optional-measure"_key, DraftPart::Information},
        {"savings-clause", "draft.rule.savings-clause"_key, DraftPart::Information},
    };
    return all;
}

namespace {

using Values = std::vector<Arg>;

/// Adds an item to a list unless it is there already (several requirements may share a provision).
void add_unique(std::vector<std::string>& list, const std::string& item) {
    if (std::find(list.begin(), list.end(), item) == list.end()) list.push_back(item);
}

/// A text without the full stop it ends with, to be quoted inside a sentence.
std::string without_full_stop(std::string text) {
    while (!text.empty() && (text.back() == ' ' || text.back() == '.'))
        text.pop_back();
    return text;
}

/// Draws the points of one response, section by section.
class Reviewer {
public:
    Reviewer(const Response& response, const Notes* notes, const DraftOptions& options)
        : r_(response), q_(*response.questionnaire), notes_(notes), lang_(options.language) {}

    std::vector<ArticleReview> run() {
        std::vector<ArticleReview> out;
        for (std::size_t s = 0; s < q_.sections.size(); ++s)
            out.push_back(review_section(s));
        return out;
    }

private:
    Observation point(RuleId id, const Values& values, std::vector<std::string> sources) const {
        const DraftRule& rule = draft_rules()[static_cast<std::size_t>(id)];
        return Observation{
            std::string(rule.id), message(rule.message, lang_, values), std::move(sources), {}};
    }

    /// Files a rule's point under the part of the drafts its rule names.
    static void place(ArticleReview& review, Observation observation) {
        for (const DraftRule& rule : draft_rules())
            if (rule.id == observation.rule) {
                auto& part = rule.part == DraftPart::Successes     ? review.successes
                             : rule.part == DraftPart::Information ? review.information
                                                                   : review.points;
                part.push_back(std::move(observation));
                return;
            }
    }

    const AnswerState& answer(std::size_t index) const { return r_.answers[index]; }
    const Question& question(std::size_t index) const { return q_.questions[index]; }
    std::string label(std::size_t index) const {
        return quoted_in(without_full_stop(question(index).label.in(lang_)), lang_);
    }

    ArticleReview review_section(std::size_t s) {
        const Section& section = q_.sections[s];
        const SectionLayout layout = lay_out(q_, r_, s);
        ArticleReview review;
        review.section = &section;
        review.applicable = layout.applicable;
        if (!layout.applicable) return review;

        // Points for the dialogue, question by question in questionnaire order;
        // the provisions left unanswered make one point, where the first of them is.
        unanswered_ = Unanswered{};
        for (std::size_t i = section.first; i < section.first + section.count; ++i) {
            if (const RequirementBlock* block = layout.block_of_requirement(i))
                requirement_points(*block, layout, review);
            question_points(i, layout, review);
            finding_points(i, review);
            comments(i, review);
        }
        if (!unanswered_.provisions.empty())
            review.points.insert(
                review.points.begin() + static_cast<std::ptrdiff_t>(unanswered_.at),
                point(RuleId::NoAnswer, {{"provisions", join_in_prose(unanswered_.provisions, lang_)}},
                      unanswered_.ids));
        implemented_with_legislation(layout, review);
        court_cases_reported(section, review);
        notes_points(section, review);
        technical_assistance(layout, review);
        return review;
    }

    void requirement_points(const RequirementBlock& block, const SectionLayout& layout,
                            ArticleReview& review) {
        const std::size_t i = block.requirement;
        const AnswerState& a = answer(i);
        if (!a.applicable) return;
        switch (question(i).obligation) {
            case Obligation::Mandatory:
                break;
            case Obligation::Alternative:
                return alternative_points(block, layout, review);
            case Obligation::Consider:
            case Obligation::Optional:
            case Obligation::Savings:
                return information(block, review);
        }
        if (!a.answered) {
            unanswered(i, review);
            return;
        }
        gap_points(block, review);
        legislation_points(block, review);
    }

    /// A binding provision left unanswered: one point for the section, where the first is.
    void unanswered(std::size_t i, ArticleReview& review) {
        if (unanswered_.ids.empty()) unanswered_.at = review.points.size();
        add_unique(unanswered_.provisions, question(i).provision);
        unanswered_.ids.push_back(question(i).id);
    }

    /// A provision that does not bind: what the State answered, as information only.
    void information(const RequirementBlock& block, ArticleReview& review) const {
        const std::size_t i = block.requirement;
        const AnswerState& a = answer(i);
        if (!a.answered || !a.well_formed) return;
        const RuleId rule = question(i).obligation == Obligation::Consider   ? RuleId::Considered
                            : question(i).obligation == Obligation::Optional ? RuleId::OptionalMeasure
                                                                             : RuleId::SavingsClause;
        std::vector<std::string> sources{question(i).id};
        if (block.legislation && answer(*block.legislation).answered)
            sources.push_back(question(*block.legislation).id);
        place(review,
              point(rule,
                    {{"provision", question(i).provision},
                     {"answer", quoted_in(without_full_stop(answer_summary(question(i), a, lang_)), lang_)}},
                    sources));
    }

    /// An alternative group is judged once, at its first question in the section: a gap
    /// only when none of its questions is met; a Yes still needs its legislation.
    void alternative_points(const RequirementBlock& block, const SectionLayout& layout,
                            ArticleReview& review) {
        // The way the State took must be cited like any Yes.
        if (answer(block.requirement).answered && scalar_text(answer(block.requirement)) == "yes")
            legislation_points(block, review);
        const std::vector<const RequirementBlock*> group = group_blocks(block, layout);
        if (group.front() != &block) return;
        std::vector<std::string> provisions, ids, met, met_ids, unanswered_ids;
        int best = -1;
        for (const RequirementBlock* member : group) {
            const std::size_t m = member->requirement;
            if (!answer(m).applicable) continue;
            add_unique(provisions, question(m).provision);
            ids.push_back(question(m).id);
            if (!answer(m).answered) {
                unanswered_ids.push_back(question(m).id);
                continue;
            }
            const int rank = requirement_rank(scalar_text(answer(m)));
            best = std::max(best, rank);
            if (rank == 2) {
                add_unique(met, question(m).provision);
                met_ids.push_back(question(m).id);
            }
        }
        if (ids.empty()) return;
        if (!met.empty()) {
            place(review, point(RuleId::AlternativeChosen,
                                {{"provisions", join_in_prose(provisions, lang_, "words.or"_key)},
                                 {"chosen", join_in_prose(met, lang_)}},
                                met_ids));
            return;
        }
        if (!unanswered_ids.empty()) {
            // A member still unanswered may be the one that meets the obligation.
            for (const RequirementBlock* member : group)
                if (answer(member->requirement).applicable && !answer(member->requirement).answered)
                    unanswered(member->requirement, review);
            return;
        }
        std::vector<std::string> sources = ids;
        for (const RequirementBlock* member : group)
            if (member->explanation && answer(*member->explanation).answered)
                sources.push_back(question(*member->explanation).id);
        const Values values{{"provisions", join_in_prose(provisions, lang_, "words.or"_key)}};
        place(review,
              point(best >= 1 ? RuleId::AlternativesInPart : RuleId::AlternativesNoneMet, values, sources));
        for (const RequirementBlock* member : group) {
            const std::size_t e = member->explanation.value_or(member->requirement);
            if (!member->explanation || !answer(e).applicable || answer(e).answered) continue;
            const std::string value = scalar_text(answer(member->requirement));
            if (value != "no" && value != "yes_in_part") continue;
            const RuleId rule =
                value == "no" ? RuleId::NoWithoutExplanation : RuleId::InPartWithoutExplanation;
            place(review, point(rule, {{"provision", question(member->requirement).provision}},
                                {question(member->requirement).id, question(e).id}));
        }
    }

    /// The blocks of an alternative group found in this section, in questionnaire order.
    std::vector<const RequirementBlock*> group_blocks(const RequirementBlock& block,
                                                      const SectionLayout& layout) const {
        std::vector<const RequirementBlock*> out;
        for (const Question* member : alternative_group(q_, question(block.requirement))) {
            const auto index = static_cast<std::size_t>(member - q_.questions.data());
            if (const RequirementBlock* found = layout.block_of_requirement(index)) out.push_back(found);
        }
        if (out.empty()) out.push_back(&block);
        return out;
    }

    /// A No or a Yes, in part on a binding provision, and its explanation.
    void gap_points(const RequirementBlock& block, ArticleReview& review) {
        const std::size_t i = block.requirement;
        const AnswerState& a = answer(i);
        const Values provision{{"provision", question(i).provision}};
        const std::string& id = question(i).id;
        const std::string value = scalar_text(a);
        const auto explained = [&](std::size_t e) { return answer(e).answered; };
        const auto needs_explanation = [&](std::size_t e) {
            return answer(e).applicable && !answer(e).answered;
        };
        if (value == "no") {
            std::vector<std::string> sources{id};
            if (block.explanation && explained(*block.explanation))
                sources.push_back(question(*block.explanation).id);
            place(review, point(RuleId::AnsweredNo, provision, sources));
            if (block.explanation && needs_explanation(*block.explanation))
                place(review,
                      point(RuleId::NoWithoutExplanation, provision, {id, question(*block.explanation).id}));
        }
        if (value == "yes_in_part") {
            std::vector<std::string> sources{id};
            if (block.explanation && explained(*block.explanation))
                sources.push_back(question(*block.explanation).id);
            place(review, point(RuleId::AnsweredInPart, provision, sources));
            if (block.explanation && needs_explanation(*block.explanation))
                place(review, point(RuleId::InPartWithoutExplanation, provision,
                                    {id, question(*block.explanation).id}));
        }
    }

    /// A Yes (or Yes, in part) needs the legislation that gives it effect.
    void legislation_points(const RequirementBlock& block, ArticleReview& review) {
        const std::size_t i = block.requirement;
        const Values provision{{"provision", question(i).provision}};
        const std::string& id = question(i).id;
        const std::string value = scalar_text(answer(i));
        if ((value == "yes" || value == "yes_in_part") && block.legislation &&
            answer(*block.legislation).applicable && !answer(*block.legislation).answered)
            place(review,
                  point(RuleId::YesWithoutLegislation, provision, {id, question(*block.legislation).id}));
    }

    void question_points(std::size_t i, const SectionLayout& layout, ArticleReview& review) const {
        const Question& q = question(i);
        const AnswerState& a = answer(i);
        const std::string& article = q_.sections[q.section].article;
        if (q.type == QuestionType::Legislation && a.answered) {
            std::vector<std::string> titles;
            for (const Citation& c : citations(a))
                if (c.url.empty() && c.sherloc.empty()) titles.push_back(c.title);
            if (!titles.empty()) {
                const std::string provision =
                    !q.provision.empty() ? q.provision : layout.provision_of(i, article);
                place(review,
                      point(RuleId::CitationWithoutLink,
                            {{"provision", provision}, {"titles", join_in_prose(titles, lang_)}}, {q.id}));
            }
        }
        if (q.type == QuestionType::CourtCases && a.answered) {
            std::vector<std::string> cases;
            for (const CourtCase& c : court_cases(a))
                if (c.url.empty() && c.sherloc.empty()) cases.push_back(court_case_text(c));
            if (!cases.empty()) {
                const std::string provision =
                    !q.provision.empty() ? q.provision : layout.provision_of(i, article);
                place(review,
                      point(RuleId::CaseWithoutLink,
                            {{"provision", provision}, {"cases", join_in_prose(cases, lang_)}}, {q.id}));
            }
        }
        if (!a.applicable || q.type == QuestionType::Note) return;
        if (q.type == QuestionType::Table && a.answered && a.well_formed) {
            std::vector<std::string> empty;
            for (std::size_t c = 0; c < q.columns.size(); ++c) {
                const Column& column = q.columns[c];
                if (column.required) continue;
                const bool any = std::any_of(a.rows.begin(), a.rows.end(), [&](const std::vector<Cell>& row) {
                    return std::any_of(row.begin(), row.end(), [&](const Cell& cell) {
                        return cell.column == column.id && !cell.value.is_null();
                    });
                });
                if (!any) empty.push_back(column.label.in(lang_));
            }
            if (!empty.empty())
                place(review,
                      point(RuleId::StatisticsColumnEmpty,
                            {{"article", article}, {"columns", join_in_prose(empty, lang_)}}, {q.id}));
        }
        if (a.answered) return;
        if (layout.covered_when_unanswered(i)) return;  // the requirement's own rules speak of it
        if (q.type == QuestionType::Table) {
            place(review, point(RuleId::NoStatistics, {{"question", label(i)}}, {q.id}));
        } else if (is_examples_question(q)) {
            no_examples(i, layout, review);
        } else if (a.required) {
            place(review, point(RuleId::UnansweredRequired, {{"question", label(i)}}, {q.id}));
        }
    }

    /// An article with no example of implementation at all: one point, at its first examples
    /// question, naming every one left open. Examples given one way (a text, or court cases) are
    /// examples, so the point is made only when none of them is answered.
    void no_examples(std::size_t i, const SectionLayout& layout, ArticleReview& review) const {
        const Section& section = q_.sections[question(i).section];
        std::vector<std::string> open;
        for (std::size_t j = section.first; j < section.first + section.count; ++j) {
            if (!is_examples_question(question(j)) || !answer(j).applicable ||
                layout.covered_when_unanswered(j))
                continue;
            if (answer(j).answered) return;
            open.push_back(question(j).id);
        }
        if (open.empty() || open.front() != question(i).id) return;
        place(review, point(RuleId::NoExamples, {{"article", section.article}}, std::move(open)));
    }

    /// Each court case the State cites for the article, in a line, for the summary.
    void court_cases_reported(const Section& section, ArticleReview& review) const {
        for (std::size_t i = section.first; i < section.first + section.count; ++i) {
            if (question(i).type != QuestionType::CourtCases || !answer(i).applicable) continue;
            for (const CourtCase& c : court_cases(answer(i)))
                review.cases.push_back(
                    Observation{"answers", court_case_text(c) + ".", {question(i).id}, {}});
        }
    }

    /// The check a warning (or a waived warning) is about, in words.
    std::string check_text(const Diagnostic& d, std::size_t i, std::optional<std::string>& row) const {
        const Question& q = question(i);
        const AnswerState& a = answer(i);
        row.reset();
        if (!a.applicable) return message("draft.check.not-applicable"_key, lang_);
        if (q.type == QuestionType::Table && a.answered && a.node->is_sequence() && d.line) {
            std::size_t n = 0;
            for (const yaml::Node* item : a.node->items) {
                if (!item->is_map()) continue;
                ++n;
                if (item->anchor().line != *d.line) continue;
                std::string where = std::to_string(n);
                const auto cells = table_cells(q, a);
                if (n - 1 < cells.size() && !cells[n - 1].empty() && !cells[n - 1][0].empty())
                    where += " (" + cells[n - 1][0] + ")";
                row = where;
                const std::string custom = q.row_constraint_message.in(lang_);
                if (!custom.empty()) return without_full_stop(custom);
                return message("draft.check.rule"_key, lang_,
                               {{"rule", q.row_constraint ? q.row_constraint->source : std::string()}});
            }
        }
        const std::string custom = q.constraint_message.in(lang_);
        if (!custom.empty()) return without_full_stop(custom);
        return message("draft.check.rule"_key, lang_,
                       {{"rule", q.constraint ? q.constraint->source : std::string()}});
    }

    void finding_points(std::size_t i, ArticleReview& review) const {
        const Question& q = question(i);
        for (const Diagnostic& d : r_.findings) {
            if (d.question != q.id) continue;
            std::optional<std::string> row;
            if (d.code == "IRM015" && d.severity == Severity::Warning) {
                place(review, point(RuleId::AnswerNotApplicable, {{"question", label(i)}}, {q.id}));
            } else if (d.code == "IRM014" && d.severity == Severity::Warning) {
                const std::string check = check_text(d, i, row);
                if (row)
                    place(review,
                          point(RuleId::WarningInRow, {{"row", *row}, {"message", check + "."}}, {q.id}));
                else
                    place(review, point(RuleId::Warning, {{"message", check + "."}}, {q.id}));
            } else if (d.code == "IRM020") {
                std::string check = check_text(d, i, row);
                if (row) check = message("draft.check.row"_key, lang_, {{"row", *row}, {"message", check}});
                std::string justification;
                for (const Waiver& w : r_.waivers)
                    if (w.question == q.id) justification = w.justification;
                place(review, point(RuleId::WaivedWarning,
                                    {{"check", check},
                                     {"justification", quoted_in(without_full_stop(justification), lang_)}},
                                    {q.id}));
            }
        }
    }

    void comments(std::size_t i, ArticleReview& review) const {
        if (!notes_) return;
        const QuestionNotes* notes = notes_->question(question(i).id);
        if (!notes) return;
        for (const NoteItem& item : notes->comments) {
            std::vector<std::string> sources{question(i).id};
            for (const auto& id : item.questions)
                if (std::find(sources.begin(), sources.end(), id) == sources.end()) sources.push_back(id);
            review.points.push_back(
                Observation{"notes", item.text, sources, message("draft.notes.comment"_key, lang_)});
        }
    }

    void implemented_with_legislation(const SectionLayout& layout, ArticleReview& review) const {
        std::vector<std::string> provisions, sources;
        for (const RequirementBlock& block : layout.blocks) {
            const AnswerState& a = answer(block.requirement);
            if (!a.applicable || scalar_text(a) != "yes" || !block.legislation) continue;
            if (!binds(question(block.requirement))) continue;  // a choice the State made, not compliance
            if (!answer(*block.legislation).answered) continue;
            add_unique(provisions, question(block.requirement).provision);
            sources.push_back(question(block.requirement).id);
            sources.push_back(question(*block.legislation).id);
        }
        if (provisions.empty()) return;
        place(review, point(RuleId::ImplementedWithLegislation,
                            {{"provisions", join_in_prose(provisions, lang_)}}, sources));
    }

    static Observation noted(const NoteItem& item) {
        return Observation{"notes", item.text, item.questions, {}};
    }

    void notes_points(const Section& section, ArticleReview& review) const {
        if (!notes_) return;
        const ArticleNotes* notes = notes_->article(section.article);
        if (!notes) return;
        for (const NoteItem& item : notes->good_practices)
            review.successes.push_back(noted(item));
        for (const NoteItem& item : notes->challenges)
            review.challenges.push_back(noted(item));
        for (const NoteItem& item : notes->suggestions)
            review.suggestions.push_back(noted(item));
        for (const NoteNeed& need : notes->ta_needs)
            review.ta_noted.push_back(Observation{"notes", need_text(need.need), need.questions, {}});
    }

    std::string need_text(const TaNeed& need) const {
        const std::string category = ta_category_label(need.category, lang_);
        if (need.priority.empty())
            return message("draft.ta.need-no-priority"_key, lang_,
                           {{"category", category}, {"description", need.description}});
        return message("draft.ta.need"_key, lang_,
                       {{"category", category},
                        {"priority", ta_priority_word(need.priority, lang_)},
                        {"description", need.description}});
    }

    void technical_assistance(const SectionLayout& layout, ArticleReview& review) const {
        for (const TaBlock& ta : layout.ta) {
            const std::size_t t = ta.question;
            std::vector<std::string> gate_ids;
            bool gate_open = false;
            for (const std::size_t g : ta.gates) {
                gate_ids.push_back(question(g).id);
                if (answer(g).applicable && !answer(g).answered) gate_open = true;
            }
            const AnswerState& a = answer(t);
            if (a.answered) {
                for (const TaNeed& need : ta_needs(a))
                    review.ta_stated.push_back(Observation{"answers", need_text(need), {question(t).id}, {}});
            } else if (gate_open) {
                review.ta_status.push_back(
                    Observation{"answers", message("draft.ta.unanswered"_key, lang_), gate_ids, {}});
            } else if (!a.applicable) {
                review.ta_status.push_back(
                    Observation{"answers", message("draft.ta.none"_key, lang_), gate_ids, {}});
            } else {
                std::vector<std::string> sources{question(t).id};
                sources.insert(sources.end(), gate_ids.begin(), gate_ids.end());
                review.ta_status.push_back(
                    Observation{"answers", message("draft.ta.not-described"_key, lang_), sources, {}});
            }
        }
    }

    /// The requirements of the current section left unanswered, and where their point goes.
    struct Unanswered {
        std::vector<std::string> provisions, ids;
        std::size_t at = 0;
    };

    const Response& r_;
    const Questionnaire& q_;
    const Notes* notes_;
    std::string lang_;
    Unanswered unanswered_;
};

}  // namespace

ObservationDraft review(const Response& response, const Notes* notes, const DraftOptions& options) {
    ObservationDraft draft;
    draft.response = &response;
    draft.notes = notes;
    draft.options = options;
    if (notes && notes->draft) draft.options.date = *notes->draft;
    if (response.questionnaire) draft.articles = Reviewer(response, notes, draft.options).run();
    return draft;
}

}  // namespace irm
