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
    {"report.sheet.summary", "Synthèse"},
    {"report.sheet.findings", "Constats"},
    {"report.header.file", "Fichier"},
    {"report.header.state", "État"},
    {"report.header.questionnaire", "Questionnaire"},
    {"report.header.version", "Version"},
    {"report.header.status", "Statut"},
    {"report.header.result", "Résultat"},
    {"report.header.errors", "Erreurs"},
    {"report.header.warnings", "Avertissements"},
    {"report.header.complete", "Rempli (%)"},
    {"report.header.first-code", "Première erreur"},
    {"report.header.first-place", "Où"},
    {"report.header.first-message", "Que faire"},
    {"report.header.severity", "Gravité"},
    {"report.header.code", "Code"},
    {"report.header.question", "Question"},
    {"report.header.cell", "Cellule"},
    {"report.header.line", "Ligne"},
    {"report.header.column", "Colonne"},
    {"report.header.message", "Message"},
    {"report.result.valid", "valide"},
    {"report.result.invalid", "non valide"},
    {"report.severity.error", "erreur"},
    {"report.severity.warning", "avertissement"},
    {"report.severity.info", "note"},
};

}  // namespace

extern const Table french_cli{"fr", texts, std::size(texts)};

}  // namespace irm::catalogue
