// The English table of the command line: summary lines, the lines of stderr, reports.
// One line per text; keys say where they are used. A pattern names its placeholders
// ({files}); literal braces are doubled. docs/WORDS.md says how to add a text.
#include "base/catalogue_tables.hpp"

#include <iterator>

namespace irm::catalogue {

namespace {

constexpr Text texts[] = {
    // The closing line of validate and lint
    {"cli.summary.checked", "{files} checked: {valid} valid, {invalid} invalid; {errors}, {warnings}"},
    {"cli.summary.with-skipped", "{summary}; {skipped}"},
    {"cli.count.response", "1 response"},
    {"cli.count.responses", "{count} responses"},
    {"cli.count.questionnaire", "1 questionnaire"},
    {"cli.count.questionnaires", "{count} questionnaires"},
    {"cli.count.error", "1 error"},
    {"cli.count.errors", "{count} errors"},
    {"cli.count.warning", "1 warning"},
    {"cli.count.warnings", "{count} warnings"},
    {"cli.count.skipped", "1 other file skipped"},
    {"cli.count.skipped-many", "{count} other files skipped"},
};

}  // namespace

extern const Table english_cli{"en", texts, std::size(texts)};

}  // namespace irm::catalogue
