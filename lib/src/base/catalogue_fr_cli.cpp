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
    {"cli.count.no-error", "aucune erreur"},
    {"cli.count.no-warning", "aucun avertissement"},
    {"cli.count.error", "1 erreur"},
    {"cli.count.errors", "{count} erreurs"},
    {"cli.count.warning", "1 avertissement"},
    {"cli.count.warnings", "{count} avertissements"},
    {"cli.count.skipped", "1 autre fichier ignoré"},
    {"cli.count.skipped-many", "{count} autres fichiers ignorés"},
    {"cli.note.skipped", "note\u00A0: {skipped}\u00A0: les réponses sont des fichiers .yaml, .yml et .xlsx"},
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
    {"cli.error.output-exists",
     "«\u00A0{file}\u00A0» existe déjà\u00A0; ajoutez --force pour le remplacer, ou donnez un autre nom avec -o"},
    {"cli.error.questionnaire-skipped", "questionnaire écarté\u00A0: {file}\u00A0: {severity}[{code}]\u00A0: {message}"},
    {"cli.error.no-such-file", "impossible de lire «\u00A0{file}\u00A0»\u00A0: ce fichier ou ce dossier n'existe pas"},
    {"cli.error.permission", "impossible de lire «\u00A0{file}\u00A0»\u00A0: accès refusé"},
    {"cli.error.unreadable", "impossible de lire «\u00A0{file}\u00A0»\u00A0: {why}"},
    {"cli.error.no-questionnaire-version", "aucun questionnaire «\u00A0{id}\u00A0» n'a la version «\u00A0{version}\u00A0»"},
    {"cli.error.no-questionnaire",
     "aucun questionnaire «\u00A0{id}\u00A0» n'est chargé\u00A0: irm questionnaires en donne la liste\u00A0; "
     "indiquez le dossier d'un autre avec --questionnaires"},
    {"cli.error.report-over-input", "le rapport «\u00A0{file}\u00A0» remplacerait un fichier lu\u00A0; choisissez un autre nom"},
    {"cli.error.report-unwritable", "impossible d'écrire le rapport «\u00A0{file}\u00A0»"},
    {"cli.error.report-unwritable-why", "impossible d'écrire le rapport «\u00A0{file}\u00A0»\u00A0: {why}"},
    {"cli.error.report-no-directory", "impossible d'écrire le rapport «\u00A0{file}\u00A0»\u00A0: son dossier n'existe pas"},
    {"cli.error.report-format",
     "«\u00A0{file}\u00A0» n'est pas un format de rapport d'irm\u00A0: nommez-le .json, .csv ou .xlsx"},
    {"cli.note.report-replaced",
     "note\u00A0: les caractères que le rapport {file} ne peut pas contenir (caractères de commande, ou octets "
     "qui ne sont pas de l'UTF-8) ont été remplacés par U+FFFD"},
    {"cli.error.draft-format",
     "impossible de déduire le format de «\u00A0{file}\u00A0» de son nom (.docx, .html ou .md)\u00A0; "
     "indiquez --format docx, html ou md"},
    {"cli.error.output-is-input", "irm ne remplace pas le fichier lu «\u00A0{file}\u00A0»\u00A0; choisissez un autre -o"},
    {"cli.error.docx-to-file", "un projet Word s'écrit dans un fichier\u00A0: indiquez -o FICHIER.docx"},
    {"cli.error.draft-no-questionnaire",
     "aucun projet écrit\u00A0: «\u00A0{file}\u00A0» ne peut pas être lu au regard d'un questionnaire"},
    {"cli.error.draft-notes-errors", "aucun projet écrit\u00A0: les notes comportent {errors}"},
    {"cli.warning.draft-response-errors",
     "avertissement\u00A0: «\u00A0{file}\u00A0» comporte {errors} et {warnings} (irm validate les énumère)\u00A0; "
     "le projet reprend les réponses telles qu'elles sont écrites"},
    {"cli.warning.summary-words",
     "avertissement\u00A0: le résumé compte {words} mots, plus que les {limit} de --max-words"},
    {"cli.error.stdout", "impossible d'écrire le projet sur la sortie standard"},
    {"cli.error.cannot-write", "impossible d'écrire «\u00A0{file}\u00A0»\u00A0: "},
    {"cli.error.questionnaire-language",
     "le questionnaire «\u00A0{id}\u00A0» n'a pas de langue «\u00A0{language}\u00A0»\u00A0; il a {languages}"},
    {"cli.error.cannot-create", "impossible de créer «\u00A0{file}\u00A0»\u00A0: {why}"},
    {"cli.error.out-of-memory", "mémoire insuffisante"},
    {"cli.error.internal", "erreur interne\u00A0: {what}"},
    {"cli.error.output", "impossible d'écrire la sortie"},
};

}  // namespace

extern const Table french_cli{"fr", texts, std::size(texts)};

}  // namespace irm::catalogue
