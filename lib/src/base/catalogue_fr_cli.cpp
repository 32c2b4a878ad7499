// The French table of the command line: the same keys and placeholders as catalogue_en_cli.cpp.
#include "base/catalogue_tables.hpp"

#include <iterator>

namespace irm::catalogue {

namespace {

constexpr Text texts[] = {
    {"cli.summary.checked",
     "{files} — valides\u00A0: {valid}, non valides\u00A0: {invalid}\u00A0; {errors}, {warnings}"},
    {"cli.summary.with-skipped", "{summary}\u00A0; {skipped}"},
    {"cli.count.response", "1 réponse"},
    {"cli.count.responses", "{count} réponses"},
    {"cli.count.questionnaire", "1 questionnaire"},
    {"cli.count.questionnaires", "{count} questionnaires"},
    {"cli.count.error", "1 erreur"},
    {"cli.count.errors", "{count} erreurs"},
    {"cli.count.warning", "1 avertissement"},
    {"cli.count.warnings", "{count} avertissements"},
    {"cli.count.skipped", "1 autre fichier ignoré"},
    {"cli.count.skipped-many", "{count} autres fichiers ignorés"},
};

}  // namespace

extern const Table french_cli{"fr", texts, std::size(texts)};

}  // namespace irm::catalogue
