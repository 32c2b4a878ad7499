// The English table of the messages of the questionnaire loader, irm lint (IRM1xx).
// One line per text; keys say where they are used. A pattern names its placeholders
// ({question}); literal braces are doubled. docs/WORDS.md says how to add a text.
#include "base/catalogue_tables.hpp"

namespace irm::catalogue {

extern const Table english_lint{"en", nullptr, 0};

}  // namespace irm::catalogue
