#include <irm/aggregate.hpp>
#include <irm/answers.hpp>
#include <irm/catalogue.hpp>
#include <irm/export.hpp>
#include <irm/text.hpp>
#include <irm/values.hpp>

#include "render/xlsx_style.hpp"

#include <algorithm>

namespace irm {

std::vector<const Question*> legislation_for(const Questionnaire& questionnaire, const Question& question) {
    std::vector<const Question*> out;
    for (const Question& candidate : questionnaire.questions) {
        if (candidate.type != QuestionType::Legislation) continue;
        const auto names_it = [&](const std::optional<Condition>& condition) {
            if (!condition) return false;
            const auto names = expr::names(condition->expr);
            return std::find(names.begin(), names.end(), question.id) != names.end();
        };
        if (names_it(candidate.show_if) || names_it(candidate.required_if)) out.push_back(&candidate);
    }
    return out;
}

// ---------------------------------------------------------------------------
// Counting

bool Aggregation::add(const Response& response) {
    if (!response.questionnaire) return false;
    const Questionnaire& q = *response.questionnaire;
    auto& slot = tallies_[{q.id, q.version}];
    if (!slot) {
        slot = std::make_unique<Tally>();
        AggregateBlock& block = slot->block;
        block.questionnaire = &q;
        for (const Question& question : q.questions) {
            slot->legislation.push_back(is_requirement(question) ? legislation_for(q, question)
                                                                 : std::vector<const Question*>{});
            if (question.type == QuestionType::Choice || question.type == QuestionType::MultiChoice)
                block.questions.push_back(
                    ChoiceCounts{&question, std::vector<int>(question.choices.size(), 0)});
            if (is_binding_requirement(question)) {
                const std::vector<const Question*> group = alternative_group(q, question);
                if (group.front() != &question) continue;  // the group is counted at its first question
                RequirementMet unit;
                for (const Question* member : group)
                    if (is_binding_requirement(*member)) unit.questions.push_back(member);
                unit.article = q.sections[question.section].article;
                block.requirements.push_back(std::move(unit));
                const std::string& article = q.sections[question.section].article;
                if (std::none_of(block.articles.begin(), block.articles.end(),
                                 [&](const ArticleCounts& a) { return a.article == article; }))
                    block.articles.push_back(ArticleCounts{article});
            }
        }
        for (const std::string& name : obligation_names()) {
            LevelCounts level{*obligation_level(name)};
            for (const Question& question : q.questions)
                if (is_provision_question(question) && question.obligation == level.level) ++level.questions;
            if (level.questions > 0) block.levels.push_back(level);
        }
        for (const std::string& category : ta_categories())
            block.needs.push_back(NeedCounts{category, 0, {}});
    }
    AggregateBlock& block = slot->block;
    const std::string state = response.state.value_or(response.file);
    block.states.push_back(state);
    block.files.push_back(response.file);
    if (response.count(Severity::Error) > 0) ++block.flagged;

    const auto index_of = [&](const Question& question) {
        return static_cast<std::size_t>(&question - q.questions.data());
    };
    for (ChoiceCounts& counts : block.questions) {
        const Question& question = *counts.question;
        const AnswerState& answer = response.answers[index_of(question)];
        if (!answer.applicable) {
            ++counts.not_applicable;
            continue;
        }
        if (!answer.answered) {
            ++counts.unanswered;
            continue;
        }
        const auto values = answer.well_formed ? selected_values(answer) : std::vector<std::string>{};
        if (values.empty()) ++counts.other;
        for (const std::string& value : values) {
            const Choice* choice = question.find_choice(value);
            if (choice)
                ++counts.choices[static_cast<std::size_t>(choice - question.choices.data())];
            else
                ++counts.other;
        }
        // A requirement met, fully or in part, should cite the law that meets it.
        if (is_requirement(question) && values.size() == 1 && requirement_rank(values.front()) >= 1) {
            const auto& laws = slot->legislation[index_of(question)];
            const bool cited = std::any_of(laws.begin(), laws.end(), [&](const Question* law) {
                const AnswerState& cited_answer = response.answers[index_of(*law)];
                return cited_answer.answered && !citations(cited_answer).empty();
            });
            if (!laws.empty() && !cited)
                block.uncited.push_back(UncitedAnswer{state, response.file, &question, values.front()});
        }
    }

    // Each binding provision once per State: an alternative group is met when any of its questions is.
    for (RequirementMet& unit : block.requirements) {
        bool applies = false, open = false;
        int best = -1;
        bool other = false;
        for (const Question* member : unit.questions) {
            const AnswerState& answer = response.answers[index_of(*member)];
            if (!answer.applicable) continue;
            applies = true;
            if (!answer.answered) {
                open = true;
                continue;
            }
            const auto values = answer.well_formed ? selected_values(answer) : std::vector<std::string>{};
            const int rank = values.size() == 1 ? requirement_rank(values.front()) : -1;
            if (rank < 0) other = true;
            best = std::max(best, rank);
        }
        ArticleCounts* article = nullptr;
        for (ArticleCounts& a : block.articles)
            if (a.article == unit.article) article = &a;
        const auto count = [&](int RequirementMet::*unit_count, int ArticleCounts::*article_count) {
            ++(unit.*unit_count);
            if (article) ++(article->*article_count);
        };
        if (!applies)
            count(&RequirementMet::not_applicable, &ArticleCounts::not_applicable);
        else if (best == 2)
            count(&RequirementMet::met, &ArticleCounts::yes);
        else if (open)
            count(&RequirementMet::unanswered, &ArticleCounts::unanswered);
        else if (best == 1)
            count(&RequirementMet::in_part, &ArticleCounts::yes_in_part);
        else if (other)
            count(&RequirementMet::other, &ArticleCounts::other);
        else
            count(&RequirementMet::not_met, &ArticleCounts::no);
    }
    for (LevelCounts& level : block.levels)
        for (std::size_t i = 0; i < q.questions.size(); ++i) {
            const Question& question = q.questions[i];
            if (!is_provision_question(question) || question.obligation != level.level) continue;
            const AnswerState& answer = response.answers[i];
            ++(!answer.applicable ? level.not_applicable
               : answer.answered  ? level.answered
                                  : level.unanswered);
        }

    for (std::size_t i = 0; i < q.questions.size(); ++i) {
        const Question& question = q.questions[i];
        const AnswerState& answer = response.answers[i];
        if (question.type != QuestionType::TaNeeds || !answer.answered || !answer.applicable ||
            !answer.well_formed)
            continue;
        for (const TaNeed& need : ta_needs(answer)) {
            auto it = std::find_if(block.needs.begin(), block.needs.end(),
                                   [&](const NeedCounts& n) { return n.category == need.category; });
            if (it == block.needs.end())
                it = block.needs.insert(block.needs.end(), NeedCounts{need.category, 0, {}});
            ++it->needs;
            if (std::find(it->states.begin(), it->states.end(), state) == it->states.end())
                it->states.push_back(state);
        }
    }
    return true;
}

std::vector<const AggregateBlock*> Aggregation::blocks() const {
    std::vector<const AggregateBlock*> out;
    for (const auto& [key, tally] : tallies_)
        out.push_back(&tally->block);
    return out;
}

// ---------------------------------------------------------------------------
// What the renderers share. The fixed words of a block are in the language of its labels, so that
// no block mixes the words of one language with the labels of another.

namespace {

/// The labels of the requirement scale in a language, from the questionnaire's own choices.
struct Scale {
    std::string yes, yes_in_part, no;
};

Scale scale_of(const Questionnaire& q, const std::string& language) {
    for (const Question& question : q.questions)
        if (is_requirement(question))
            return {choice_label(question.choices, "yes", language),
                    choice_label(question.choices, "yes_in_part", language),
                    choice_label(question.choices, "no", language)};
    return {message("aggregate.count.yes"_key, language),
            message("aggregate.count.yes-in-part"_key, language),
            message("aggregate.count.no"_key, language)};
}

/// The language of what is not a block's: the document's title, a workbook with nothing to count. The
/// first block's language, else the one asked for where the catalogue has it, else English.
std::string overall_language(const std::vector<const AggregateBlock*>& blocks, std::string_view wanted) {
    if (!blocks.empty()) return export_language(*blocks.front()->questionnaire, wanted);
    const auto& known = catalogue_languages();
    return std::find(known.begin(), known.end(), wanted) != known.end() ? std::string(wanted) : "en";
}

std::string article_name(const std::string& article, const std::string& language) {
    return message("aggregate.article"_key, language, {{"article", article}});
}

std::string labelled(const std::string& label, const std::string& text, const std::string& language) {
    return message("analysis.labelled"_key, language, {{"label", label}, {"text", text}});
}

/// A block's heading: the questionnaire, its version and title.
std::string block_title(const Questionnaire& q, const std::string& language) {
    return labelled(q.id + " " + q.version, q.title.in(language), language);
}

/// "3 responses: Freedonia, Palméria, Ruritania"
std::string responses_of(const AggregateBlock& block, const std::string& language) {
    return message(block.states.size() == 1 ? "aggregate.responses.one"_key : "aggregate.responses.other"_key,
                   language,
                   {{"count", std::to_string(block.states.size())}, {"states", text::join(block.states)}});
}

bool any_other(const AggregateBlock& block) {
    return std::any_of(block.articles.begin(), block.articles.end(),
                       [](const ArticleCounts& a) { return a.other > 0; }) ||
           std::any_of(block.questions.begin(), block.questions.end(),
                       [](const ChoiceCounts& c) { return is_requirement(*c.question) && c.other > 0; });
}

/// A binding requirement's provisions: one, or an alternative group's joined by "or".
std::string provisions_of(const RequirementMet& unit, const std::string& language) {
    std::vector<std::string> provisions;
    for (const Question* question : unit.questions)
        if (std::find(provisions.begin(), provisions.end(), question->provision) == provisions.end())
            provisions.push_back(question->provision);
    return join_in_prose(provisions, language, "words.or"_key);
}

/// The ids of a requirement's questions.
std::string ids_of(const RequirementMet& unit) {
    std::vector<std::string> ids;
    for (const Question* question : unit.questions)
        ids.push_back(question->id);
    return text::join(ids);
}

std::string level_of(const RequirementMet& unit, const std::string& language) {
    return level_in_words(
        unit.questions.size() > 1 ? Obligation::Alternative : unit.questions.front()->obligation, language);
}

/// A table whose first `text_columns` columns are text and the others counts.
doc::Table table(std::vector<std::string> header, std::size_t text_columns) {
    doc::Table t;
    t.align.assign(header.size(), doc::Align::End);
    for (std::size_t i = 0; i < text_columns && i < header.size(); ++i)
        t.align[i] = doc::Align::Start;
    t.header = std::move(header);
    return t;
}

}  // namespace

doc::Document aggregate_document(const std::vector<const AggregateBlock*>& blocks, std::string_view wanted) {
    doc::Document out;
    out.language = overall_language(blocks, wanted);
    out.title = message("aggregate.title"_key, out.language);
    out.heading(1, out.title);
    if (blocks.empty()) out.add(doc::sentence(message("aggregate.nothing"_key, out.language)));
    for (const AggregateBlock* block : blocks) {
        const Questionnaire& q = *block->questionnaire;
        const std::string language = export_language(q, wanted);
        const auto word = [&language](Key key) { return message(key, language); };
        const Scale scale = scale_of(q, language);
        const bool other = any_other(*block);

        out.heading(2, block_title(q, language));
        std::string summary = responses_of(*block, language) + ".";
        if (block->flagged > 0)
            summary += " " + message(block->flagged == 1 ? "aggregate.flagged.one"_key
                                                         : "aggregate.flagged.other"_key,
                                     language, {{"count", std::to_string(block->flagged)}});
        out.add(doc::sentence(summary));

        std::vector<std::string> counts_head{scale.yes, scale.yes_in_part, scale.no};
        if (other) counts_head.push_back(word("aggregate.count.other-value"_key));
        counts_head.push_back(word("aggregate.count.unanswered"_key));
        counts_head.push_back(word("aggregate.count.not-applicable"_key));

        out.heading(3, word("aggregate.heading.by-article"_key));
        std::vector<std::string> head{word("analysis.header.article"_key)};
        head.insert(head.end(), counts_head.begin(), counts_head.end());
        doc::Table articles = table(head, 1);
        for (const ArticleCounts& a : block->articles) {
            std::vector<std::string> row{article_name(a.article, language), std::to_string(a.yes),
                                         std::to_string(a.yes_in_part), std::to_string(a.no)};
            if (other) row.push_back(std::to_string(a.other));
            row.push_back(std::to_string(a.unanswered));
            row.push_back(std::to_string(a.not_applicable));
            articles.rows.push_back(std::move(row));
        }
        out.add(std::move(articles));

        // Each binding provision once per State, alternative groups as one.
        out.heading(3, word("aggregate.heading.met"_key));
        doc::Table met = table({word("analysis.header.provision"_key), word("aggregate.header.level"_key),
                                word("analysis.header.question"_key), word("aggregate.count.met"_key),
                                word("aggregate.count.in-part"_key), word("aggregate.count.not-met"_key)},
                               3);
        if (other) met.header.push_back(word("aggregate.count.other-value"_key));
        met.header.push_back(word("aggregate.count.unanswered"_key));
        met.header.push_back(word("aggregate.count.not-applicable"_key));
        met.align.assign(met.header.size(), doc::Align::End);
        for (std::size_t i = 0; i < 3; ++i)
            met.align[i] = doc::Align::Start;
        for (const RequirementMet& unit : block->requirements) {
            std::vector<std::string> row{
                provisions_of(unit, language), level_of(unit, language),     ids_of(unit),
                std::to_string(unit.met),      std::to_string(unit.in_part), std::to_string(unit.not_met)};
            if (other) row.push_back(std::to_string(unit.other));
            row.push_back(std::to_string(unit.unanswered));
            row.push_back(std::to_string(unit.not_applicable));
            met.rows.push_back(std::move(row));
        }
        out.add(std::move(met));

        if (!block->levels.empty()) {
            out.heading(3, word("aggregate.heading.levels"_key));
            doc::Table levels =
                table({word("aggregate.header.level"_key), word("aggregate.header.questions"_key),
                       word("aggregate.header.answered"_key), word("aggregate.count.unanswered"_key),
                       word("aggregate.count.not-applicable"_key)},
                      1);
            for (const LevelCounts& level : block->levels)
                levels.rows.push_back({level_in_words(level.level, language), std::to_string(level.questions),
                                       std::to_string(level.answered), std::to_string(level.unanswered),
                                       std::to_string(level.not_applicable)});
            out.add(std::move(levels));
        }

        out.heading(3, word("aggregate.heading.by-question"_key));
        head = {word("analysis.header.question"_key), word("analysis.header.article"_key),
                word("analysis.header.provision"_key)};
        head.insert(head.end(), counts_head.begin(), counts_head.end());
        doc::Table requirements = table(head, 3);
        for (const ChoiceCounts& c : block->questions) {
            if (!is_requirement(*c.question)) continue;
            const Question& question = *c.question;
            const auto count_of = [&](const char* value) {
                return std::to_string(c.choices[static_cast<std::size_t>(question.find_choice(value) -
                                                                         question.choices.data())]);
            };
            std::vector<std::string> row{question.id,
                                         q.sections[question.section].article,
                                         question.provision,
                                         count_of("yes"),
                                         count_of("yes_in_part"),
                                         count_of("no")};
            if (other) row.push_back(std::to_string(c.other));
            row.push_back(std::to_string(c.unanswered));
            row.push_back(std::to_string(c.not_applicable));
            requirements.rows.push_back(std::move(row));
        }
        out.add(std::move(requirements));

        bool first_other = true;
        for (const ChoiceCounts& c : block->questions) {
            if (is_requirement(*c.question)) continue;
            const Question& question = *c.question;
            if (first_other) out.heading(3, word("aggregate.heading.other-questions"_key));
            first_other = false;
            doc::Paragraph about;
            about.spans.push_back(doc::Span{question.id, doc::Style::Strong, {}});
            const std::string place = " (" +
                                      message("analysis.in-article"_key, language,
                                              {{"article", q.sections[question.section].article}}) +
                                      (question.provision.empty() ? "" : ", " + question.provision) + ")";
            about.spans.push_back(
                doc::Span{labelled(place, question.label.in(language), language), doc::Style::Plain, {}});
            out.add(std::move(about));
            doc::Table answers =
                table({word("aggregate.header.answer"_key),
                       word(question.type == QuestionType::MultiChoice ? "aggregate.header.selected-by"_key
                                                                       : "aggregate.header.responses"_key)},
                      1);
            for (std::size_t i = 0; i < question.choices.size(); ++i)
                answers.rows.push_back(
                    {question.choices[i].label.in(language), std::to_string(c.choices[i])});
            if (c.other > 0)
                answers.rows.push_back({word("aggregate.count.other-value"_key), std::to_string(c.other)});
            answers.rows.push_back({word("aggregate.count.unanswered"_key), std::to_string(c.unanswered)});
            answers.rows.push_back(
                {word("aggregate.count.not-applicable"_key), std::to_string(c.not_applicable)});
            out.add(std::move(answers));
        }

        out.heading(3, word("aggregate.heading.needs"_key));
        if (std::none_of(block->needs.begin(), block->needs.end(),
                         [](const NeedCounts& c) { return c.needs > 0; })) {
            out.add(doc::sentence(word("aggregate.no-needs"_key)));
        } else {
            doc::Table needs =
                table({word("analysis.header.category"_key), word("aggregate.header.needs"_key),
                       word("aggregate.header.states"_key), word("aggregate.header.asked-by"_key)},
                      1);
            needs.align[3] = doc::Align::Start;
            for (const NeedCounts& c : block->needs)
                if (c.needs > 0)
                    needs.rows.push_back({ta_category_label(c.category, language), std::to_string(c.needs),
                                          std::to_string(c.states.size()), text::join(c.states)});
            out.add(std::move(needs));
        }

        out.heading(3, word("aggregate.heading.uncited"_key));
        if (block->uncited.empty()) {
            out.add(doc::sentence(word("aggregate.all-cited"_key)));
        } else {
            doc::Table uncited =
                table({word("aggregate.header.state"_key), word("analysis.header.question"_key),
                       word("analysis.header.article"_key), word("analysis.header.provision"_key),
                       word("aggregate.header.answer"_key)},
                      5);
            for (const UncitedAnswer& u : block->uncited)
                uncited.rows.push_back({u.state, u.question->id, q.sections[u.question->section].article,
                                        u.question->provision,
                                        choice_label(u.question->choices, u.value, language)});
            out.add(std::move(uncited));
        }
    }
    return out;
}

// ---------------------------------------------------------------------------
// The workbook

namespace {

class AggregateSheet {
public:
    AggregateSheet(lxw_workbook* workbook, lxw_worksheet* sheet, std::string name,
                   const exporting::Formats& formats)
        : workbook_(workbook), sheet_(sheet), name_(std::move(name)), f_(formats) {}

    void write(const AggregateBlock& block, const std::string& language) {
        const Questionnaire& q = *block.questionnaire;
        const auto word = [&language](Key key) { return message(key, language); };
        const Scale scale = scale_of(q, language);
        // One line per row: a report to read down, the full texts are in the questionnaire.
        worksheet_set_column(sheet_, 0, 0, 22, nullptr);
        worksheet_set_column(sheet_, 1, 2, 12, nullptr);
        worksheet_set_column(sheet_, 3, 3, 50, nullptr);
        worksheet_set_column(sheet_, 4, 9, 14, nullptr);

        text(0, 0, block_title(q, language), f_.title);
        text(1, 0, responses_of(block, language), nullptr);
        if (block.flagged > 0)
            text(2, 0,
                 message(block.flagged == 1 ? "aggregate.flagged-line.one"_key
                                            : "aggregate.flagged-line.other"_key,
                         language, {{"count", std::to_string(block.flagged)}}),
                 f_.flagged);

        // Requirements by article: the data of the stacked bars.
        row_ = 4;
        const std::string by_article = word("aggregate.heading.by-article"_key);
        text(row_++, 0, by_article, f_.title);
        const std::string other_value = word("aggregate.count.other-value"_key),
                          unanswered = word("aggregate.count.unanswered"_key),
                          not_applicable = word("aggregate.count.not-applicable"_key);
        const std::vector<std::string> counts{scale.yes,   scale.yes_in_part, scale.no,
                                              other_value, unanswered,        not_applicable};
        std::vector<std::string> head{word("analysis.header.article"_key)};
        head.insert(head.end(), counts.begin(), counts.end());
        header(head);
        const lxw_row_t first_article = row_;
        for (const ArticleCounts& a : block.articles) {
            text(row_, 0, article_name(a.article, language), nullptr);
            numbers(row_++, 1, {a.yes, a.yes_in_part, a.no, a.other, a.unanswered, a.not_applicable});
        }
        if (!block.articles.empty())
            requirements_chart(by_article, first_article, row_ - 1, first_article - 1);

        ++row_;
        text(row_++, 0, word("aggregate.heading.by-question"_key), f_.title);
        const std::vector<std::string> where{
            word("analysis.header.question"_key), word("analysis.header.article"_key),
            word("analysis.header.provision"_key), word("aggregate.header.question-text"_key)};
        head = where;
        head.insert(head.end(), counts.begin(), counts.end());
        header(head);
        for (const ChoiceCounts& c : block.questions) {
            if (!is_requirement(*c.question)) continue;
            const Question& question = *c.question;
            describe(q, question, language);
            const auto count_of = [&](const char* value) {
                return c
                    .choices[static_cast<std::size_t>(question.find_choice(value) - question.choices.data())];
            };
            numbers(row_++, 4,
                    {count_of("yes"), count_of("yes_in_part"), count_of("no"), c.other, c.unanswered,
                     c.not_applicable});
        }

        ++row_;
        text(row_++, 0, word("aggregate.heading.met"_key), f_.title);
        header({word("analysis.header.question"_key), word("analysis.header.article"_key),
                word("analysis.header.provision"_key), word("aggregate.header.level"_key),
                word("aggregate.count.met"_key), word("aggregate.count.in-part"_key),
                word("aggregate.count.not-met"_key), other_value, unanswered, not_applicable});
        for (const RequirementMet& unit : block.requirements) {
            text(row_, 0, ids_of(unit), nullptr);
            text(row_, 1, unit.article, nullptr);
            text(row_, 2, provisions_of(unit, language), nullptr);
            text(row_, 3, level_of(unit, language), nullptr);
            numbers(row_++, 4,
                    {unit.met, unit.in_part, unit.not_met, unit.other, unit.unanswered, unit.not_applicable});
        }

        if (!block.levels.empty()) {
            ++row_;
            text(row_++, 0, word("aggregate.heading.levels"_key), f_.title);
            header({word("aggregate.header.level"_key), word("aggregate.header.questions"_key),
                    word("aggregate.header.answered"_key), unanswered, not_applicable});
            for (const LevelCounts& level : block.levels) {
                text(row_, 0, level_in_words(level.level, language), nullptr);
                numbers(row_++, 1, {level.questions, level.answered, level.unanswered, level.not_applicable});
            }
        }

        ++row_;
        text(row_++, 0, word("aggregate.heading.other-questions"_key), f_.title);
        head = where;
        head.push_back(word("aggregate.header.answer"_key));
        head.push_back(word("aggregate.header.responses"_key));
        header(head);
        for (const ChoiceCounts& c : block.questions) {
            if (is_requirement(*c.question)) continue;
            const Question& question = *c.question;
            bool first = true;
            const auto line = [&](const std::string& answer, int count) {
                if (first) describe(q, question, language);
                first = false;
                text(row_, 4, answer, nullptr);
                numbers(row_++, 5, {count});
            };
            for (std::size_t i = 0; i < question.choices.size(); ++i)
                line(question.choices[i].label.in(language), c.choices[i]);
            line(other_value, c.other);
            line(unanswered, c.unanswered);
            line(not_applicable, c.not_applicable);
        }

        // Needs by category: the data of the second chart.
        ++row_;
        text(row_++, 0, word("aggregate.heading.needs"_key), f_.title);
        header({word("analysis.header.category"_key), word("aggregate.header.needs"_key),
                word("aggregate.header.states"_key), word("aggregate.header.asked-by"_key)});
        const lxw_row_t first_need = row_;
        for (const NeedCounts& c : block.needs) {
            if (c.needs == 0) continue;
            text(row_, 0, ta_category_label(c.category, language), nullptr);
            numbers(row_, 1, {c.needs, static_cast<int>(c.states.size())});
            text(row_++, 3, text::join(c.states), nullptr);
        }
        if (row_ > first_need)
            needs_chart(word("aggregate.chart.needs"_key), first_need, row_ - 1, first_need - 1);

        ++row_;
        text(row_++, 0, word("aggregate.heading.uncited"_key), f_.title);
        header({word("aggregate.header.state"_key), word("analysis.header.question"_key),
                word("analysis.header.article"_key), word("analysis.header.provision"_key),
                word("aggregate.header.answer"_key), word("analysis.header.file"_key)});
        for (const UncitedAnswer& u : block.uncited) {
            text(row_, 0, u.state, nullptr);
            text(row_, 1, u.question->id, nullptr);
            text(row_, 2, q.sections[u.question->section].article, nullptr);
            text(row_, 3, u.question->provision, nullptr);
            text(row_, 4, choice_label(u.question->choices, u.value, language), nullptr);
            text(row_++, 5, u.file, nullptr);
        }
    }

    /// What was done to texts to fit them in cells (State names and file names may hold anything).
    const exporting::CellChanges& changes() const { return changes_; }

private:
    void text(lxw_row_t row, lxw_col_t col, const std::string& value, lxw_format* format) {
        if (value.empty()) return;
        worksheet_write_string(sheet_, row, col, exporting::cell_text(value, changes_).c_str(), format);
    }

    void numbers(lxw_row_t row, lxw_col_t first, const std::vector<int>& values) {
        for (std::size_t i = 0; i < values.size(); ++i)
            worksheet_write_number(sheet_, row, static_cast<lxw_col_t>(first + i), values[i], nullptr);
    }

    void header(const std::vector<std::string>& cells) {
        for (std::size_t i = 0; i < cells.size(); ++i)
            worksheet_write_string(sheet_, row_, static_cast<lxw_col_t>(i),
                                   exporting::cell_text(cells[i], changes_).c_str(), f_.header);
        ++row_;
    }

    void describe(const Questionnaire& q, const Question& question, const std::string& language) {
        text(row_, 0, question.id, nullptr);
        text(row_, 1, q.sections[question.section].article, nullptr);
        text(row_, 2, question.provision, nullptr);
        text(row_, 3, question.label.in(language), nullptr);
    }

    lxw_chart_series* series(lxw_chart* chart, lxw_row_t first, lxw_row_t last, lxw_row_t head, lxw_col_t col,
                             lxw_color_t colour) {
        lxw_chart_series* s = chart_add_series(chart, nullptr, nullptr);
        chart_series_set_categories(s, name_.c_str(), first, 0, last, 0);
        chart_series_set_values(s, name_.c_str(), first, col, last, col);
        chart_series_set_name_range(s, name_.c_str(), head, col);
        lxw_chart_fill fill{};
        fill.color = colour;
        chart_series_set_fill(s, &fill);
        return s;
    }

    void place(lxw_chart* chart, lxw_row_t at, std::size_t bars) {
        lxw_chart_options options{};
        options.x_scale = 1.4;
        options.y_scale = std::max(1.0, 0.35 + 0.12 * static_cast<double>(bars));
        worksheet_insert_chart_opt(sheet_, at, 11, chart, &options);
    }

    /// Stacked bars of yes, in part and no per article.
    void requirements_chart(const std::string& title, lxw_row_t first, lxw_row_t last, lxw_row_t head) {
        lxw_chart* chart = workbook_add_chart(workbook_, LXW_CHART_BAR_STACKED);
        chart_title_set_name(chart, title.c_str());
        series(chart, first, last, head, 1, 0x6AA84F);
        series(chart, first, last, head, 2, 0xF1C232);
        series(chart, first, last, head, 3, 0xCC4125);
        chart_axis_set_reverse(chart->y_axis);
        chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
        place(chart, 3, last - first + 1);
    }

    /// Bars of the States asking for each category of technical assistance.
    void needs_chart(const std::string& title, lxw_row_t first, lxw_row_t last, lxw_row_t head) {
        lxw_chart* chart = workbook_add_chart(workbook_, LXW_CHART_BAR);
        chart_title_set_name(chart, title.c_str());
        series(chart, first, last, head, 2, 0x3C78D8);
        chart_axis_set_reverse(chart->y_axis);
        chart_legend_set_position(chart, LXW_CHART_LEGEND_NONE);
        place(chart, first > 2 ? first - 2 : 0, last - first + 1);
    }

    lxw_workbook* workbook_;
    lxw_worksheet* sheet_;
    std::string name_;
    const exporting::Formats& f_;
    lxw_row_t row_ = 0;
    exporting::CellChanges changes_;
};

}  // namespace

Done write_aggregate_xlsx(const std::vector<const AggregateBlock*>& blocks, std::string_view wanted,
                          const std::string& path, std::vector<std::string>* notes) {
    lxw_workbook* workbook = exporting::open_workbook(path, false);
    if (!workbook)
        return fail(message("export.error.write"_key, overall_language(blocks, wanted), {{"file", path}}));
    const exporting::Formats formats = exporting::Formats::make(workbook);
    exporting::SheetNames names;
    if (blocks.empty()) {
        const std::string language = overall_language(blocks, wanted);
        const std::string name = names.take(message("aggregate.sheet.empty"_key, language));
        lxw_worksheet* sheet = workbook_add_worksheet(workbook, name.c_str());
        worksheet_write_string(sheet, 0, 0, message("aggregate.nothing"_key, language).c_str(), nullptr);
    }
    exporting::CellChanges changes;
    for (const AggregateBlock* block : blocks) {
        const Questionnaire& q = *block->questionnaire;
        const std::string name = names.take(q.id + " " + q.version);
        AggregateSheet sheet(workbook, workbook_add_worksheet(workbook, name.c_str()), name, formats);
        sheet.write(*block, export_language(q, wanted));
        changes.cut = changes.cut || sheet.changes().cut;
        changes.replaced = changes.replaced || sheet.changes().replaced;
    }
    const lxw_error error = workbook_close(workbook);
    if (error != LXW_NO_ERROR) return fail(exporting::workbook_error(path, error));
    if (notes) {
        // What was done to fit texts in cells, said in the language of the document's title.
        const std::string language = overall_language(blocks, wanted);
        if (changes.cut) notes->push_back(message("aggregate.note.cut"_key, language));
        if (changes.replaced) notes->push_back(message("export.note.replaced"_key, language));
    }
    return {};
}

}  // namespace irm
