// The French table of the workbooks: the sheets, headers, cells and instructions of the
// workbook `irm template` and `irm split --format xlsx` write, and the messages of reading one
// back (`irm import`, and every command that reads a workbook: IRM05x and the findings import
// itself makes). One line per text; keys say where they are used. A pattern names its
// placeholders ({question}); literal braces are doubled. docs/WORDS.md says how to add a text.
#include "base/catalogue_tables.hpp"

#include <iterator>

namespace irm::catalogue {

constexpr Text french_workbook_texts[] = {
    // Workbooks (irm template, irm split --format xlsx): sheets, headers, cells
    {"workbook.sheet.instructions", "Instructions"},
    {"workbook.sheet.answers", "Réponses"},
    {"workbook.sheet.legislation", "Législation"},
    {"workbook.sheet.court-cases", "Affaires judiciaires"},
    {"workbook.sheet.needs", "Assistance technique"},
    {"workbook.header.section", "Section"},
    {"workbook.header.provision", "Disposition"},
    {"workbook.header.question", "Question"},
    {"workbook.header.answer", "Réponse"},
    {"workbook.header.waiver", "Dérogation : pourquoi un avertissement ne s'applique pas"},
    {"workbook.header.title", "Intitulé"},
    {"workbook.header.year", "Année"},
    {"workbook.header.url", "Lien vers le texte (URL)"},
    {"workbook.header.sherloc", "Identifiant SHERLOC"},
    {"workbook.header.court", "Tribunal"},
    {"workbook.header.date", "Date (AAAA-MM-JJ)"},
    {"workbook.header.reference", "Numéro ou référence de l'affaire"},
    {"workbook.header.summary", "Résumé de l'affaire et de son issue"},
    {"workbook.header.category", "Catégorie"},
    {"workbook.header.description", "Description"},
    {"workbook.header.priority", "Priorité"},
    {"workbook.field.questionnaire", "Questionnaire"},
    {"workbook.field.language", "Langue"},
    {"workbook.field.state", "État"},
    {"workbook.questionnaire-version", "{id} (version {version})"},
    {"workbook.row", "ligne {number}"},
    {"workbook.see-legislation", "Citez les lois dans la feuille Législation, question {question}."},
    {"workbook.see-court-cases",
     "Indiquez les affaires dans la feuille Affaires judiciaires, question {question}."},
    {"workbook.see-needs", "Indiquez les besoins dans la feuille Assistance technique, question {question}."},
    {"workbook.see-table", "Remplissez le tableau de la feuille {sheet}."},
    {"workbook.several", "Une ou plusieurs, séparées par ;"},
    {"workbook.not-carried",
     "{question} : la réponse ne peut pas être reportée dans une cellule du classeur ({why}) ; elle est "
     "laissée de côté"},

    // Workbooks: the Instructions sheet
    {"workbook.instructions.title", "Comment remplir ce classeur"},
    {"workbook.instructions.answer",
     "1. Répondez dans les cellules jaunes de la feuille Réponses. Choisissez dans la liste déroulante ; "
     "lorsque plusieurs choix sont permis, tapez leurs libellés séparés par « ; »."},
    {"workbook.instructions.conditions",
     "2. Certaines questions ne s'appliquent que si une réponse précédente le prévoit : la colonne "
     "Question dit quand. Laissez les autres vides."},
    {"workbook.instructions.lists",
     "3. Citez la législation dans la feuille Législation (une ligne par loi, en choisissant la question "
     "dans la colonne A), les affaires judiciaires dans la feuille Affaires judiciaires (une ligne par "
     "affaire), les besoins d'assistance technique dans la feuille Assistance technique, et les "
     "statistiques dans la feuille de chaque tableau."},
    {"workbook.instructions.copies",
     "4. Plusieurs ministères peuvent remplir des copies de ce classeur ; le point focal rassemble ensuite "
     "les réponses."},
    {"workbook.instructions.layout",
     "5. Ne renommez, ne déplacez et ne supprimez ni feuille, ni ligne, ni colonne : une feuille masquée "
     "indique à irm quelle cellule contient quelle réponse."},
    {"workbook.instructions.import",
     "6. Une fois terminé, transformez le classeur en réponse et vérifiez-la :"},
    {"workbook.instructions.import-command", "       irm import CLASSEUR.xlsx -o reponse.yaml"},
    {"workbook.instructions.validate-command",
     "       irm validate reponse.yaml      (ou directement : irm validate CLASSEUR.xlsx)"},

    // Reading a workbook (IRM051): why the .xlsx reader stops, and the cells and rows it leaves out
    {"finding.IRM051.not-utf8",
     "la partie {part} du classeur est endommagée\u00A0: elle contient des octets qui ne sont pas de "
     "l'UTF-8 (à l'octet {offset})"},
    {"finding.IRM051.too-many-elements",
     "les parties du classeur contiennent en tout plus de {limit} éléments XML (à la partie {part}), plus "
     "qu'aucun classeur que lit irm (un classeur écrit par irm en contient quelques milliers)"},
    {"finding.IRM051.damaged-part",
     "la partie {part} du classeur est endommagée\u00A0: {reason} à l'octet {offset}"},
    {"finding.IRM051.no-workbook-part", "le fichier n'est pas un classeur .xlsx\u00A0: il n'a pas de partie classeur"},
    {"finding.IRM051.not-a-workbook",
     "le fichier n'est pas un classeur .xlsx\u00A0: sa partie classeur ne contient pas de classeur"},
    {"finding.IRM051.row-outside",
     "cette ligne porte le numéro {row}, hors d'une feuille (les lignes vont de 1 à {last})\u00A0; ses "
     "cellules sont laissées de côté"},
    {"finding.IRM051.too-many-rows",
     "la feuille a plus de lignes qu'une feuille ne peut en contenir ({last})\u00A0; les suivantes sont "
     "laissées de côté"},
    {"finding.IRM051.bad-reference",
     "la référence {reference} de cette cellule ne désigne aucune cellule d'une feuille (colonnes A à "
     "{column}, lignes 1 à {row})\u00A0; la cellule est laissée de côté"},
    {"finding.IRM051.too-many-cells",
     "cette ligne a plus de cellules qu'une feuille n'a de colonnes ({columns})\u00A0; les suivantes sont "
     "laissées de côté"},
    {"finding.IRM051.missing-shared-string",
     "cette cellule affiche la chaîne partagée {index}, que le classeur n'a pas\u00A0; la cellule est "
     "laissée de côté"},
    {"finding.IRM051.bad-number",
     "cette cellule contient un nombre qui n'en est pas un\u00A0: {value}\u00A0; la cellule est laissée de côté"},
    {"finding.IRM051.too-much-text",
     "les cellules du classeur contiennent en tout plus de {limit} Mio de texte (une chaîne partagée comptée "
     "pour chaque cellule qui l'affiche), plus qu'aucune réponse que lit irm"},
    {"finding.IRM051.damaged",
     "plus de {limit} cellules ou lignes du classeur ne peuvent être lues\u00A0: il est endommagé"},
};

extern const Table french_workbook{"fr", french_workbook_texts, std::size(french_workbook_texts)};

}  // namespace irm::catalogue
