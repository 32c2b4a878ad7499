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
    {"workbook.sheet.table", "Art. {article} — {subject}"},
    {"workbook.sheet.statistics", "statistiques"},
    {"workbook.header.section", "Section"},
    {"workbook.header.provision", "Disposition"},
    {"workbook.header.question", "Question"},
    {"workbook.header.answer", "Réponse"},
    {"workbook.header.waiver", "Dérogation\u00A0: pourquoi un avertissement ne s'applique pas"},
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
    {"workbook.see-legislation",
     "Citez les lois dans la feuille Législation, une ligne par loi, en choisissant {question} dans la "
     "colonne A."},
    {"workbook.see-court-cases",
     "Indiquez les affaires dans la feuille Affaires judiciaires, une ligne par affaire, en choisissant "
     "{question} dans la colonne A."},
    {"workbook.see-needs",
     "Indiquez les besoins dans la feuille Assistance technique, une ligne par besoin, en choisissant "
     "{question} dans la colonne A."},
    {"workbook.question-label", "{provision} — {label}"},
    {"workbook.pick-question",
     "Choisissez la question à laquelle répond cette ligne. Vous pouvez aussi taper sa disposition, par "
     "exemple 5(1)(a), ou son identifiant."},
    {"workbook.pick-question.other",
     "Ce n'est pas une des questions de la liste. Choisissez-en une, ou gardez la disposition (par exemple "
     "5(1)(a)) ou l'identifiant tapé\u00A0: irm import signale s'il ne peut dire de quelle question il "
     "s'agit."},
    {"workbook.see-table", "Remplissez le tableau de la feuille {sheet}."},
    {"workbook.several", "Choisissez une ou plusieurs réponses, séparées par «\u00A0;\u00A0»"},
    {"workbook.waiver.title", "Dérogation"},
    {"workbook.waiver.input",
     "Seulement si un avertissement d'irm ne convient pas à cette réponse\u00A0: dites pourquoi en une "
     "phrase, pour les États examinateurs. Une dérogation n'écarte jamais une erreur."},
    {"workbook.waiver.note",
     "Une dérogation écarte un avertissement qu'irm donne sur cette réponse, jamais une erreur\u00A0: des "
     "chiffres dont le total ne concorde pas comme le questionnaire l'attend, ou une réponse à une question "
     "qui ne s'applique pas au vu des autres réponses. N'en écrivez une que si l'avertissement ne convient "
     "pas à la situation de votre pays, et dites pourquoi en une phrase\u00A0: les États examinateurs la "
     "liront. Les cellules grises sont celles des questions sur lesquelles aucun avertissement ne peut "
     "survenir."},
    {"workbook.several-heading",
     "Choisissez une ou plusieurs de ces réponses, séparées par «\u00A0;\u00A0»\u00A0:"},
    {"workbook.not-carried",
     "{question}\u00A0: la réponse ne peut pas être reportée dans une cellule du classeur ({why})\u00A0; "
     "elle est laissée de côté"},

    // Workbooks: the Instructions sheet
    {"workbook.not-carried.too-long",
     "elle dépasse les {limit} caractères que contient une cellule\u00A0; elle reste telle quelle dans la "
     "réponse"},
    {"workbook.not-carried.not-a-list", "une liste de valeurs simples est attendue"},
    {"workbook.not-carried.not-one-value", "une seule valeur est attendue"},
    {"workbook.not-carried.not-items", "une liste d'entrées, chacune avec ses champs, est attendue"},
    {"workbook.not-carried.column", "la colonne {column} n'est pas une colonne du tableau"},
    {"workbook.cannot-create", "impossible de créer le classeur"},
    {"workbook.instructions.title", "Comment remplir ce classeur"},
    {"workbook.instructions.answer",
     "Répondez dans les cellules jaunes de la feuille {sheet}. Choisissez chaque réponse dans la liste "
     "déroulante de la cellule\u00A0; lorsque plusieurs réponses sont permises, tapez leurs libellés séparés "
     "par {separator}."},
    {"workbook.instructions.conditions",
     "Certaines questions ne s'appliquent que si une réponse précédente le prévoit\u00A0: la colonne "
     "Question indique quand. Laissez les autres vides."},
    {"workbook.instructions.copies",
     "Plusieurs ministères peuvent remplir des copies de ce classeur\u00A0; le point de contact national "
     "rassemble ensuite les réponses."},
    {"workbook.instructions.layout",
     "Ne renommez, ne déplacez et ne supprimez ni feuille, ni ligne, ni colonne\u00A0: une feuille masquée "
     "indique à irm quelle cellule contient quelle réponse."},
    {"workbook.instructions.import",
     "Une fois le classeur rempli, transformez-le en réponse et vérifiez-la\u00A0:"},
    {"workbook.instructions.step", "{number}. {text}"},
    {"workbook.instructions.legislation",
     "Citez la législation dans la feuille {sheet}, une ligne par loi\u00A0: choisissez dans la colonne A la "
     "question à laquelle la loi répond, puis indiquez son intitulé et, si possible, les dispositions, "
     "l'année et un lien vers le texte."},
    {"workbook.instructions.court-cases",
     "Indiquez les affaires judiciaires dans la feuille {sheet}, une ligne par affaire, en choisissant dans "
     "la colonne A la question à laquelle elle répond."},
    {"workbook.instructions.needs",
     "Indiquez les besoins d'assistance technique dans la feuille {sheet}, une ligne par besoin, avec sa "
     "catégorie et sa priorité."},
    {"workbook.instructions.table", "Remplissez le tableau de la feuille {sheets}."},
    {"workbook.instructions.tables", "Remplissez les tableaux des feuilles {sheets}."},
    {"workbook.instructions.waivers",
     "Les vérifications d'irm donnent des erreurs et des avertissements. Une erreur doit être corrigée. Un "
     "avertissement (des chiffres dont le total ne concorde pas, ou une réponse à une question qui ne "
     "s'applique pas) peut ne pas convenir à la situation de votre pays\u00A0: écrivez alors pourquoi dans "
     "la colonne {column} de cette question, en une phrase que liront les États examinateurs. La colonne est "
     "grise là où aucun avertissement ne peut survenir."},
    {"workbook.instructions.import-command", "       irm import CLASSEUR.xlsx -o reponse.yaml"},
    {"workbook.instructions.validate-command",
     "       irm validate reponse.yaml      (ou directement\u00A0: irm validate CLASSEUR.xlsx)"},

    // Reading a workbook (IRM051): why the .xlsx reader stops, and the cells and rows it leaves out
    {"finding.IRM051.not-utf8",
     "la partie {part} du classeur est endommagée\u00A0: elle contient des octets qui ne sont pas de "
     "l'UTF-8 (à l'octet {offset})"},
    {"finding.IRM051.too-many-elements",
     "les parties du classeur contiennent en tout plus de {limit} éléments XML (à la partie {part}), plus "
     "qu'aucun classeur que lit irm (un classeur écrit par irm en contient quelques milliers)"},
    {"finding.IRM051.damaged-part",
     "la partie {part} du classeur est endommagée\u00A0: {reason} à l'octet {offset}"},
    {"finding.IRM051.no-workbook-part",
     "le fichier n'est pas un classeur .xlsx\u00A0: il n'a pas de partie classeur"},
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
     "cette cellule contient un nombre qui n'en est pas un\u00A0: {value}\u00A0; la cellule est laissée de "
     "côté"},
    {"finding.IRM051.too-much-text",
     "les cellules du classeur contiennent en tout plus de {limit} Mio de texte (une chaîne partagée comptée "
     "pour chaque cellule qui l'affiche), plus qu'aucune réponse que lit irm"},
    {"finding.IRM051.damaged",
     "plus de {limit} cellules ou lignes du classeur ne peuvent être lues\u00A0: il est endommagé"},

    // Reading a workbook back (irm import, and every command that reads one): where a finding is,
    // and the first comment of the response written
    {"workbook.where.question", "{question}, cellule {cell} de la feuille {sheet}"},
    {"workbook.where.cell", "cellule {cell} de la feuille {sheet}"},
    {"workbook.did-you-mean", " (vouliez-vous dire {label}\u00A0?)"},
    {"workbook.imported",
     "Importé par irm depuis {workbook}\u00A0; vérifiez-le avec\u00A0: irm validate {file}"},

    // Findings of reading a workbook back: one summary per code (what it means, what to do), then
    // the messages, finding.<code>.<what>
    {"finding.IRM050",
     "Le classeur n'a pas été écrit par irm template, ou sa carte masquée des cellules ne correspond plus "
     "au questionnaire\u00A0: créez un nouveau classeur avec irm template et reportez-y les réponses."},
    {"finding.IRM051",
     "Le fichier ne peut pas être lu comme un classeur .xlsx\u00A0: il est endommagé, trop volumineux ou "
     "n'est pas un classeur\u00A0; ouvrez-le dans un tableur et enregistrez-le à nouveau au format .xlsx."},
    {"finding.IRM052",
     "Une cellule contient une erreur de formule ou une formule sans valeur calculée\u00A0: tapez la réponse "
     "elle-même dans la cellule."},
    {"finding.IRM053",
     "Une cellule contient un texte qui n'est aucun des libellés de sa liste\u00A0: choisissez-en un dans la "
     "liste déroulante de la cellule."},
    {"finding.IRM054",
     "Une cellule hors de celles que lit irm contient quelque chose, qui serait perdu\u00A0: déplacez-le "
     "dans "
     "une cellule de réponse, ou supprimez-le."},
    {"finding.IRM003.workbook",
     "le classeur a été fait pour le questionnaire {questionnaire} version {version}, qui n'est pas chargé"},
    {"finding.IRM003.workbook-refused",
     "le classeur a été fait pour le questionnaire {questionnaire} version {version}, qui n'est pas "
     "chargé\u00A0: {reason}"},
    {"finding.IRM003.workbook-other-version",
     "le classeur a été fait pour le questionnaire {questionnaire} version {version}, qui n'est pas "
     "chargé\u00A0; une autre version l'est\u00A0: indiquez le répertoire de celle pour laquelle il a été "
     "fait avec --questionnaires RÉPERTOIRE"},
    {"finding.IRM050.no-map",
     "le classeur n'a pas été écrit par irm template\u00A0: il n'a pas de feuille masquée {sheet}, qui "
     "indique quelle cellule contient quelle réponse\u00A0; créez un classeur à remplir avec irm template"},
    {"finding.IRM050.other-format",
     "la feuille masquée {sheet} du classeur n'est pas une carte qu'irm sait lire (elle devrait indiquer "
     "{format})\u00A0; créez un nouveau classeur avec irm template"},
    {"finding.IRM050.header",
     "la carte du classeur, sa feuille masquée {sheet}, n'indique pas le questionnaire, sa version ou la "
     "langue\u00A0; créez un nouveau classeur avec irm template"},
    {"finding.IRM050.language",
     "le classeur est dans une langue, {language}, que le questionnaire {questionnaire} n'a pas"},
    {"finding.IRM050.unknown-question",
     "la carte du classeur nomme une question {id} que le questionnaire {questionnaire} version {version} "
     "n'a pas\u00A0: le classeur a été fait pour une autre édition\u00A0; créez-en un nouveau avec irm "
     "template"},
    {"finding.IRM050.other-type",
     "la carte du classeur donne à {question} un autre type que le questionnaire {questionnaire} version "
     "{version}\u00A0: le classeur a été fait pour une autre édition\u00A0; créez-en un nouveau avec irm "
     "template"},
    {"finding.IRM050.answer-not-a-place",
     "la carte du classeur place la réponse à {question} en {place}, qui ne désigne aucune cellule d'un "
     "classeur\u00A0: la carte a été modifiée\u00A0; créez un nouveau classeur avec irm template"},
    {"finding.IRM050.waiver-not-a-place",
     "la carte du classeur place la dérogation de {question} en {place}, qui ne désigne aucune cellule d'un "
     "classeur\u00A0: la carte a été modifiée\u00A0; créez un nouveau classeur avec irm template"},
    {"finding.IRM050.sheet-gone",
     "la carte du classeur place la réponse à {question} en {place}, sur une feuille que le classeur n'a "
     "plus\u00A0: a-t-elle été renommée ou supprimée\u00A0? Rendez son nom à la feuille, ou créez un nouveau "
     "classeur avec irm template"},
    {"finding.IRM050.one-cell",
     "la carte du classeur place la réponse à {question} en {place}, mais cette réponse tient dans une "
     "cellule\u00A0: la carte a été modifiée\u00A0; créez un nouveau classeur avec irm template"},
    {"finding.IRM050.columns",
     "la carte du classeur place la réponse à {question} en {place}, mais cette réponse occupe {count} "
     "colonnes\u00A0: la carte a été modifiée\u00A0; créez un nouveau classeur avec irm template"},
    {"finding.IRM050.no-cell",
     "le classeur n'a pas de cellule pour {question}\u00A0: il a été fait pour une autre édition du "
     "questionnaire {questionnaire}\u00A0; créez-en un nouveau avec irm template"},
    {"finding.IRM051.unreadable", "impossible de lire le classeur\u00A0: {reason}"},
    {"finding.IRM051.too-large",
     "la réponse que contient le classeur dépasserait {limit} Mio une fois écrite en YAML, plus que ce que "
     "lit irm"},
    {"finding.IRM052.formula-error",
     "{where}\u00A0: la cellule contient l'erreur de formule {error}\u00A0; tapez la réponse elle-même"},
    {"finding.IRM052.not-computed",
     "{where}\u00A0: la cellule contient une formule sans valeur calculée\u00A0; ouvrez et enregistrez le "
     "classeur dans un tableur, ou tapez la réponse elle-même"},
    {"finding.IRM053.choice",
     "{where}\u00A0: {value} n'est pas une des réponses de la liste{suggestion}\u00A0; choisissez {labels}"},
    {"finding.IRM053.multi-choice",
     "{where}\u00A0: {value} n'est pas une des réponses de la liste{suggestion}\u00A0; tapez une ou "
     "plusieurs "
     "réponses parmi {labels}, séparées par {separator}"},
    {"finding.IRM053.column",
     "{where}\u00A0: {value} n'est pas une des réponses de la colonne {column}{suggestion}\u00A0; choisissez "
     "{labels}"},
    {"finding.IRM053.category",
     "{where}\u00A0: {value} n'est pas une catégorie d'assistance technique{suggestion}\u00A0; choisissez "
     "{labels}"},
    {"finding.IRM053.priority",
     "{where}\u00A0: {value} n'est pas une priorité{suggestion}\u00A0; choisissez {labels}"},
    {"finding.IRM053.question",
     "{where}\u00A0: {value} n'est pas une des questions de cette feuille{suggestion}\u00A0; choisissez "
     "{labels}"},
    {"finding.IRM053.question-many",
     "{where}\u00A0: {value} n'est pas une des {count} questions de cette feuille{suggestion}\u00A0; "
     "choisissez-en une dans la liste déroulante de la colonne {column}, ou tapez sa disposition ou son "
     "identifiant"},
    {"finding.IRM053.question-ambiguous",
     "{where}\u00A0: {value} désigne plusieurs questions de cette feuille\u00A0; choisissez {labels}"},
    {"finding.IRM054.no-question",
     "{where}\u00A0: cette ligne n'a pas de question dans la colonne {column} et serait donc perdue\u00A0; "
     "choisissez la question à laquelle elle répond"},
    {"finding.IRM054.outside",
     "{where}\u00A0: cette cellule est hors de celles que lit irm, et son contenu serait donc perdu\u00A0; "
     "déplacez-le dans une cellule de réponse ou supprimez-le"},
    {"finding.IRM060.workbook-replaced",
     "{where}\u00A0: la cellule contient des caractères qu'aucun texte ne peut porter (une moitié de paire "
     "de substitution écrite comme une référence telle que &#xD800;, ou des octets qui ne sont pas de "
     "l'UTF-8)\u00A0; chacun est gardé comme U+FFFD (\uFFFD)\u00A0: retapez le texte de la cellule si ce "
     "caractère comptait"},

    // The command line of irm template and irm import: why it stops, and what it tells
    {"template.run.cannot-read", "impossible de lire «\u00A0{file}\u00A0»\u00A0: {reason}"},
    {"template.run.from-refused", "impossible de reprendre les réponses de {file}\u00A0: {reason}"},
    {"template.run.output-is-input", "le fichier écrit remplacerait le fichier lu {file}"},
    {"template.run.no-language",
     "le questionnaire «\u00A0{questionnaire}\u00A0» n'a pas de langue «\u00A0{language}\u00A0»"},
    {"template.run.schema-for-yaml",
     "--schema-out et --schema sont pour les modèles YAML\u00A0: un classeur vérifie lui-même ses cellules"},
    {"template.run.schema-is-template",
     "le schéma et le modèle seraient le même fichier «\u00A0{file}\u00A0»"},
    {"template.run.schema-is-input", "le schéma remplacerait le fichier lu {file}"},
    {"template.run.not-written", "aucun modèle écrit\u00A0: {reason}"},
    {"template.run.cannot-write", "impossible d'écrire {file}\u00A0: "},
    {"template.run.written-to", "le classeur est écrit dans {file}"},
    {"template.run.dropped",
     "{file}\u00A0: non repris\u00A0: le questionnaire {questionnaire} version {version} n'a pas de "
     "question «\u00A0{id}\u00A0»"},
    {"import.run.output-is-input", "le fichier écrit remplacerait le fichier lu {file}"},
    {"import.run.cannot-read", "impossible de lire «\u00A0{file}\u00A0»\u00A0: {reason}"},
};

extern const Table french_workbook{"fr", french_workbook_texts, std::size(french_workbook_texts)};

}  // namespace irm::catalogue
