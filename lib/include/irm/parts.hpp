// fill/: sharing a response between authorities: split it into one draft part per
// authority, then merge the parts back onto it (`irm split`, `irm merge`).
#pragma once

#include <irm/catalogue.hpp>
#include <irm/diagnostic.hpp>
#include <irm/questionnaire.hpp>
#include <irm/response.hpp>
#include <irm/result.hpp>
#include <irm/yaml.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace irm {

/// One draft part of a response: the questions of one authority, as a response file.
struct Part {
    std::string name;                    ///< file name without extension: ASCII, unique among the parts
    std::string authority;               ///< in the response's language; empty for the focal point's part
    std::vector<std::size_t> questions;  ///< indexes of its questions, notes excluded
    std::vector<std::size_t> notes;      ///< indexes of the notes of its authority
    std::vector<std::size_t> context;    ///< answers of other parts its questions depend on
    std::size_t answered = 0;            ///< its questions already answered
    std::string heading;  ///< whose part it is and what to do with it, in the response's language
    std::string text;     ///< the part as YAML
};

/// The name of the part for questions without an authority.
inline constexpr std::string_view focal_point_part = "focal-point";

/// Splits a response into one draft part per authority. The response must
/// have a questionnaire and no finding that `blocks_parts`. Fails when a part
/// would be larger than irm reads (yaml::max_written_bytes): aliases repeat
/// answers that are written out in full; the failure is said in `language`.
/// The parts' comments are in the response's language, whoever splits it.
[[nodiscard]] Result<std::vector<Part>> split_by_authority(const Response& response,
                                                           std::string_view language = "en");

/// Writes a part as a workbook to fill in Excel or LibreOffice (the layout of
/// `irm template --format xlsx`, holding the part's questions and, locked, the
/// answers of other parts it depends on) at `path`, a temporary file the caller
/// commits. Answers no cell can hold are described in `not_carried`; they stay
/// in the base, which merge keeps.
[[nodiscard]] Done write_part_workbook(const std::string& path, const Response& response, const Part& part,
                                       std::vector<std::string>& not_carried);

/// A file name stem from a text: lowercase ASCII letters, digits and hyphens,
/// accented Latin letters spelled without their accents; empty when nothing is left.
/// A name Windows keeps for a device (`con`, `nul`, `com1`…) gets `-part` after it.
std::string slug(std::string_view text);

/// Whether a finding makes a response unsafe to split or merge, because
/// writing it back would lose or guess something: a file not read whole
/// (IRM001, IRM002, IRM004, IRM005), an unknown questionnaire (IRM003) or an
/// answer to an unknown question (IRM010).
bool blocks_parts(const Diagnostic& finding);

/// Whether two answers are the same as YAML reads them: scalars by text
/// (`yes` and `"yes"` are equal), lists item by item, maps key by key in any
/// order; absent, null, `""` and `[]` all mean unanswered and are equal.
bool same_answer(const yaml::Node* a, const yaml::Node* b);

/// An answer in one short line for a message, in a language: choices by their labels with the value
/// to write in brackets (“Yes, in part” [yes_in_part]), texts quoted, lists by their count and
/// first items; "no answer" when unanswered.
std::string describe_answer(const Question& question, const yaml::Node* answer, std::string_view language);

/// What merging parts onto a base gives.
struct MergeResult {
    std::vector<std::vector<Diagnostic>> findings;  ///< per input: [0] the base, then each part
    std::optional<std::string> text;                ///< the merged response; absent when any error was found
    std::optional<std::string> failure;             ///< why it could not be written at all (too large)
    std::size_t added = 0;                          ///< answers given by a part where the base had none
    std::size_t changed = 0;                        ///< answers of the base replaced by a part
    std::size_t cleared = 0;                        ///< answers of the base emptied by a part
    std::size_t conflicts = 0;                      ///< IRM030 findings

    /// Number of error findings over every input.
    int errors() const;
};

/// Applies parts onto a base: an answer a part gives or changes is taken; two
/// parts that change one answer differently are a conflict (IRM030); a part of
/// another questionnaire, version or State is IRM031; a change to an answer
/// the base already had is noted (IRM032). Inputs with a finding that
/// `blocks_parts` are reported and nothing is merged. The findings about each
/// input are worded in `wording.about(its language)`.
MergeResult merge_parts(const Response& base, const std::vector<const Response*>& parts,
                        const Wording& wording = {});

/// One answer as written into a response file by split and merge.
struct WrittenAnswer {
    std::size_t question = 0;           ///< index into the questionnaire's questions
    const yaml::Node* value = nullptr;  ///< the answer; nullptr writes the key with no value
    std::string comment;                ///< text written as comment lines above the key; may be empty
};

/// Writes a response with the header of `base` (its `status` replaced when
/// `status` is given), the answers in the order given (questionnaire order,
/// with a comment heading for each section), then the waivers. A note is
/// written as its comment only. `preamble` is written first, as comment lines.
/// Fails when the response would be larger than irm reads (yaml::max_written_bytes),
/// saying so in `language`.
[[nodiscard]] Result<std::string> write_response(
    const Response& base, const std::optional<std::string>& status, const std::vector<WrittenAnswer>& answers,
    const std::vector<std::pair<std::string, std::string>>& waivers, const std::string& preamble,
    std::string_view language = "en");

}  // namespace irm
