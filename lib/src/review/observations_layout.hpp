// How the questions of a section hang together, for the reviewer drafts: each
// requirement (a Yes / Yes, in part / No question on a provision) with the
// questions that follow from it, the technical-assistance questions, and the rest.
#pragma once

#include <irm/questionnaire.hpp>
#include <irm/response.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace irm::drafting {

/// A requirement question and the questions that depend on it.
struct RequirementBlock {
    std::size_t requirement = 0;
    std::vector<std::size_t> before;         ///< its conditions written before it (e.g. "does this apply?")
    std::vector<std::size_t> after;          ///< what follows from it, in order
    std::optional<std::size_t> legislation;  ///< the legislation asked for a Yes
    std::optional<std::size_t> explanation;  ///< the text asked for a No or a Yes, in part
};

/// A technical-assistance question and the choice questions that open it.
struct TaBlock {
    std::size_t question = 0;
    std::vector<std::size_t> gates;
};

/// The questions of one section, sorted by the part of the drafts they go to.
struct SectionLayout {
    bool applicable = true;                ///< the section's show_if holds
    std::vector<std::string> conditions;   ///< the questions the section's show_if names
    std::vector<RequirementBlock> blocks;  ///< in questionnaire order
    std::vector<std::size_t> others;       ///< practice, statistics and other answers, in order
    std::vector<TaBlock> ta;

    /// The block whose requirement is question `index`, or nullptr.
    const RequirementBlock* block_of_requirement(std::size_t index) const;
    /// Whether a rule on a requirement or the technical-assistance part already
    /// speaks of this question when it is unanswered.
    bool covered_when_unanswered(std::size_t index) const;
    /// The provision of the requirement a question belongs to, else `fallback`.
    std::string provision_of(std::size_t index, const std::string& fallback) const;

    const Questionnaire* questionnaire = nullptr;
};

/// Sorts the questions of section `section` of the response's questionnaire.
SectionLayout lay_out(const Questionnaire& questionnaire, const Response& response, std::size_t section);

/// Whether a question asks for examples of implementation: a text question whose id ends in
/// `_examples`, or any court_cases question.
bool is_examples_question(const Question& question);

/// The questions named by a question's show_if and required expressions, in order of first use.
std::vector<std::string> condition_names(const Question& question);

}  // namespace irm::drafting
