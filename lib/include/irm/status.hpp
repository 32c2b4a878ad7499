// analysis/: how far a response has come, section by section: what `irm status` shows.
#pragma once

#include <irm/questionnaire.hpp>
#include <irm/response.hpp>

#include <vector>

namespace irm {

/// Counts of one section, or of the whole response: the one notion of
/// completion, shared with `irm validate`'s reports.
using Tally = Completion;

/// The counts of one section.
struct SectionProgress {
    const Section* section = nullptr;
    Tally tally;
};

/// The provision questions of one level of obligation (see is_provision_question).
struct LevelProgress {
    Obligation level = Obligation::Mandatory;
    Tally tally;
};

/// Where a checked response stands: per section, in total, and what is still required.
struct Progress {
    Tally total;
    std::vector<SectionProgress> sections;  ///< every section, in questionnaire order
    std::vector<const Question*> missing;   ///< required questions not answered, in questionnaire order
    std::vector<LevelProgress> levels;  ///< every level some provision question has, in the contract's order
};

/// The progress of a response whose questionnaire is known (`response.questionnaire`
/// not null); an answer with errors still counts as answered.
Progress progress(const Response& response);

}  // namespace irm
