// The French table of the messages of workbook import (IRM05x).
// One line per text; keys say where they are used. A pattern names its placeholders
// ({question}); literal braces are doubled. docs/WORDS.md says how to add a text.
#include "base/catalogue_tables.hpp"

namespace irm::catalogue {

extern const Table french_workbook{"fr", nullptr, 0};

}  // namespace irm::catalogue
