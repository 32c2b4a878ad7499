// analysis/: counting answers across States: per question, per article, technical-assistance
// needs by category, and requirements met with no legislation cited.
#pragma once

#include <irm/document.hpp>
#include <irm/questionnaire.hpp>
#include <irm/response.hpp>
#include <irm/result.hpp>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace irm {

/// The legislation questions that cite the law behind a question's answer:
/// those whose `show_if` or `required` names it.
std::vector<const Question*> legislation_for(const Questionnaire& questionnaire, const Question& question);

/// How the responses answered one choice or multi_choice question.
struct ChoiceCounts {
    const Question* question = nullptr;
    std::vector<int> choices;  ///< one count per choice of the question, in its order
    int other = 0;             ///< values that are not among the choices, or answers of the wrong shape
    int unanswered = 0;        ///< the question applied and was not answered
    int not_applicable = 0;    ///< the question did not apply (its show_if, or its section's, was false)
};

/// How the States stand on one binding provision: a mandatory requirement question, or an
/// alternative group, which a State meets when any one of its questions is met. One count
/// per State (per response), never per answer.
struct RequirementMet {
    std::vector<const Question*> questions;  ///< the requirement, or the group in questionnaire order
    std::string article;
    int met = 0, in_part = 0, not_met = 0, other = 0, unanswered = 0, not_applicable = 0;
};

/// The provision questions of one level of obligation, and how they were answered.
struct LevelCounts {
    Obligation level = Obligation::Mandatory;
    int questions = 0;  ///< provision questions of that level (see is_provision_question)
    int answered = 0, unanswered = 0, not_applicable = 0;  ///< answers, summed over the responses
};

/// The binding provisions of one article: the States' standing on each requirement
/// (alternative groups once), summed over its provisions.
struct ArticleCounts {
    std::string article;
    int yes = 0, yes_in_part = 0, no = 0, other = 0, unanswered = 0, not_applicable = 0;
};

/// The technical-assistance needs of one category.
struct NeedCounts {
    std::string category;
    int needs = 0;
    std::vector<std::string> states;  ///< the States that asked, each once, in the order first seen
};

/// A requirement answered `yes` or `yes_in_part` with no legislation cited.
struct UncitedAnswer {
    std::string state, file;
    const Question* question = nullptr;
    std::string value;
};

/// The counts for one questionnaire id and version; versions are never mixed.
struct AggregateBlock {
    const Questionnaire* questionnaire = nullptr;
    std::vector<std::string> states;      ///< one per response, in the order added
    std::vector<std::string> files;       ///< the responses' files, in the same order
    int flagged = 0;                      ///< responses that have error findings (counted all the same)
    std::vector<ChoiceCounts> questions;  ///< every choice and multi_choice question, in questionnaire order
    std::vector<ArticleCounts> articles;  ///< articles with binding requirements, in questionnaire order
    std::vector<RequirementMet> requirements;  ///< binding requirements and alternative groups, in order
    std::vector<LevelCounts> levels;           ///< the levels the questionnaire uses, in the contract's order
    std::vector<NeedCounts>
        needs;  ///< the fixed categories in order (0 when none asked), then others as written
    std::vector<UncitedAnswer> uncited;  ///< in the order added, then questionnaire order
};

/// Counts responses one at a time, one block per questionnaire id and version.
class Aggregation {
public:
    /// Adds a checked response; false when it has no usable questionnaire.
    bool add(const Response& response);
    /// The blocks, sorted by questionnaire id and version.
    std::vector<const AggregateBlock*> blocks() const;

private:
    struct Tally {
        AggregateBlock block;
        std::vector<std::vector<const Question*>> legislation;  ///< per question: legislation_for
    };
    std::map<std::pair<std::string, std::string>, std::unique_ptr<Tally>> tallies_;
};

/// The counts as a document, rendered as Markdown, HTML or Word: one section per block, tables inside.
/// Texts and labels are in `language` where a questionnaire has it, else in its first language.
doc::Document aggregate_document(const std::vector<const AggregateBlock*>& blocks, std::string_view language);

/// Writes the counts as an Excel workbook, one sheet per block with native
/// charts (requirements by article, needs by category). `notes`, when given, gets
/// what the user should know of the workbook: texts cut or characters replaced
/// so that cells could hold them.
[[nodiscard]] Done write_aggregate_xlsx(const std::vector<const AggregateBlock*>& blocks,
                                        std::string_view language, const std::string& path,
                                        std::vector<std::string>* notes = nullptr);

}  // namespace irm
