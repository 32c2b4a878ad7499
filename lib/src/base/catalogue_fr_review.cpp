// The French table of the words of sharing and reviewing a response: the findings of merge
// (IRM030–IRM033) and of reviewers' notes (IRM040–IRM044), and what irm split, merge, status,
// diff, export and aggregate print for a person. One line per text; keys say where they are used.
// A pattern names its placeholders ({question}); literal braces are doubled. docs/WORDS.md says
// how to add a text.
//
// French typography: « » with no-break spaces inside, a no-break space before « : ; ? ! » and
// before « % ». A waiver is a « dérogation », as in the workbooks; the response the parts were
// split from is « la réponse d'origine ».
#include "base/catalogue_tables.hpp"

#include <iterator>

namespace irm::catalogue {

constexpr Text french_review_texts[] = {
    // What each code means and what to do, in one sentence (finding.<code>)
    {"finding.IRM030",
     "Deux parties donnent à une même question, ou à une même dérogation, des réponses différentes\u00A0; "
     "ne gardez la réponse que dans une seule partie, puis fusionnez à nouveau."},
    {"finding.IRM031",
     "Une partie répond à un autre questionnaire, une autre version ou un autre État que la réponse sur "
     "laquelle elle est fusionnée\u00A0; fusionnez-la sur sa propre réponse."},
    {"finding.IRM032",
     "Une partie modifie ou efface une réponse, ou une dérogation, que la réponse d'origine avait "
     "déjà\u00A0; "
     "la modification est faite, vérifiez qu'elle était voulue."},
    {"finding.IRM033",
     "Une partie en classeur contient une réponse tronquée à ce que contient une cellule\u00A0; la réponse "
     "entière de la réponse d'origine est conservée, et c'est là qu'il faut la modifier."},
    {"finding.IRM040",
     "Les notes des examinateurs ne sont pas rédigées comme le demande le format des notes\u00A0; "
     "corrigez-les "
     "à l'endroit indiqué."},
    {"finding.IRM041",
     "Les notes citent un article qu'aucune section du questionnaire n'examine\u00A0; utilisez l'un de ses "
     "articles."},
    {"finding.IRM042",
     "Les notes citent une question que le questionnaire ne comporte pas\u00A0; corrigez l'identifiant (le "
     "message propose le plus proche)."},
    {"finding.IRM043",
     "Les notes portent sur un autre État que la réponse\u00A0; vérifiez que les bons fichiers sont donnés."},
    {"finding.IRM044",
     "Les notes portent sur un autre questionnaire ou une autre version que la réponse\u00A0; vérifiez que "
     "les bons fichiers sont donnés."},

    // Words of several messages
    {"review.quoted", "«\u00A0{text}\u00A0»"},

    // An answer in a message of irm merge: labels first, then the value a YAML file holds
    {"merge.answer.none", "aucune réponse"},
    {"merge.answer.no-waiver", "aucune dérogation"},
    {"merge.answer.choice", "«\u00A0{label}\u00A0» [{value}]"},
    {"merge.answer.citations.one", "{count} texte cité\u00A0: {items}"},
    {"merge.answer.citations.other", "{count} textes cités\u00A0: {items}"},
    {"merge.answer.cases.one", "{count} affaire judiciaire\u00A0: {items}"},
    {"merge.answer.cases.other", "{count} affaires judiciaires\u00A0: {items}"},
    {"merge.answer.rows.one", "{count} ligne\u00A0: {items}"},
    {"merge.answer.rows.other", "{count} lignes\u00A0: {items}"},
    {"merge.answer.cell", "{column}\u00A0: {value}"},
    {"merge.answer.need", "{category}\u00A0: {description}"},
    {"merge.answer.need-priority", "{category} (priorité\u00A0: {priority})\u00A0: {description}"},
    {"merge.answer.needs.one", "{count} besoin\u00A0: {items}"},
    {"merge.answer.needs.other", "{count} besoins\u00A0: {items}"},

    // Findings of irm merge
    {"finding.IRM030.answer",
     "conflit sur la réponse à {question}\u00A0: {first_place} donne {first}, {second_place} donne {second} "
     "(la réponse d'origine\u00A0: {base})\u00A0; ne gardez la réponse que dans une seule partie"},
    {"finding.IRM030.waiver",
     "conflit sur la dérogation de {question}\u00A0: {first_place} donne {first}, {second_place} donne "
     "{second} (la réponse d'origine\u00A0: {base})\u00A0; ne gardez la dérogation que dans une seule "
     "partie"},
    {"finding.IRM031.questionnaire",
     "cette partie n'appartient pas à la réponse d'origine {base}\u00A0: elle répond au questionnaire "
     "{questionnaire} version {version}, la réponse d'origine au questionnaire {base_questionnaire} version "
     "{base_version}\u00A0; rien n'en est fusionné"},
    {"finding.IRM031.state",
     "cette partie n'appartient pas à la réponse d'origine {base}\u00A0: c'est la réponse de {state}, la "
     "réponse d'origine celle de {base_state}\u00A0; rien n'en est fusionné"},
    {"finding.IRM032.changed", "remplace la réponse d'origine à {question}, {before}, par {after}"},
    {"finding.IRM032.cleared", "efface la réponse d'origine à {question} (c'était {before})"},
    {"finding.IRM032.waiver", "remplace la dérogation d'origine de {question}, {before}, par {after}"},
    {"finding.IRM033.cut",
     "la partie contient la réponse à {question} tronquée aux {limit} caractères que contient une "
     "cellule de classeur\u00A0; la réponse entière d'origine est conservée"},

    // Writing a part or a merged response
    {"part.question", "{provision} — {label}"},
    {"split.cannot-write-part", "impossible d'écrire la partie '{part}'\u00A0: {why}"},
    {"split.too-large",
     "elle dépasserait {limit} Mio une fois écrite, plus que ce que lit irm\u00A0: les réponses que "
     "répètent des alias (*nom) sont écrites en entier à chaque endroit qui les nomme\u00A0; écrivez une "
     "telle réponse une seule fois"},
    {"merge.cannot-write", "impossible d'écrire la réponse fusionnée\u00A0: {why}"},

    // Findings of reviewers' notes (irm observations --notes): what a message names
    {"notes.did-you-mean", " (vouliez-vous dire {name}\u00A0?)"},
    {"notes.what.file", "un fichier de notes"},
    {"notes.what.reviewer", "le nom d'un État examinateur"},
    {"notes.what.date", "la date {key}"},
    {"notes.what.question-id", "un identifiant de question"},
    {"notes.what.note", "une note"},
    {"notes.what.need", "un besoin d'assistance technique"},
    {"notes.what.article", "les notes sur l'article {article}"},
    {"notes.what.question", "les notes sur {question}"},

    // Findings of reviewers' notes
    {"finding.IRM040.unknown-key",
     "clé inconnue {key} dans {where}{suggestion}\u00A0; clés admises\u00A0: {allowed}"},
    {"finding.IRM040.empty", "{what}\u00A0: vide"},
    {"finding.IRM040.text-not-list", "{what}\u00A0: un texte est attendu, et non une liste"},
    {"finding.IRM040.text-not-fields",
     "{what}\u00A0: un texte est attendu, et non des lignes «\u00A0clé\u00A0: valeur\u00A0»"},
    {"finding.IRM040.not-list", "{what}\u00A0: une liste est attendue"},
    {"finding.IRM040.missing-header",
     "{key} manque\u00A0: les notes nomment le questionnaire, la version et l'État qu'elles examinent"},
    {"finding.IRM040.dates-shape",
     "'dates' donne chaque date sur une ligne, sous received, dialogue ou draft (received: 2026-03-01)"},
    {"finding.IRM040.bad-date", "{value} n'est pas une date réelle écrite AAAA-MM-JJ"},
    {"finding.IRM040.note-without-text", "une note qui nomme ses questions donne son texte sous 'text'"},
    {"finding.IRM040.need-shape",
     "un besoin d'assistance technique donne category, description et priority, chacun sur une ligne"},
    {"finding.IRM040.need-missing", "un besoin d'assistance technique doit indiquer {key}"},
    {"finding.IRM040.bad-category",
     "{value} n'est pas une catégorie d'assistance technique{suggestion}\u00A0; valeurs admises\u00A0: "
     "{allowed}"},
    {"finding.IRM040.bad-priority",
     "{value} n'est pas une priorité{suggestion}\u00A0; valeurs admises\u00A0: {allowed}"},
    {"finding.IRM040.articles-shape",
     "'articles' donne les notes sur chaque article sous son numéro, par exemple \"5\": {{challenges: "
     "[...]}}"},
    {"finding.IRM040.article-shape", "{what} se donnent sous {keys}"},
    {"finding.IRM040.needs-not-list", "'ta_needs' doit être une liste de besoins"},
    {"finding.IRM040.questions-shape",
     "'questions' donne les commentaires sur chaque question sous son identifiant, par exemple q5_1: "
     "{{comments: [...]}}"},
    {"finding.IRM040.question-shape", "{what} se donnent sous comments"},
    {"finding.IRM041.unknown-article",
     "le questionnaire {questionnaire} n'a pas d'article {article}{suggestion}\u00A0; ses articles\u00A0: "
     "{articles}"},
    {"finding.IRM042.unknown-question",
     "le questionnaire {questionnaire} n'a pas de question {question}{suggestion}"},
    {"finding.IRM043.other-state",
     "ces notes portent sur {notes_state}, mais la réponse est celle de {state}"},
    {"finding.IRM044.other-questionnaire",
     "ces notes portent sur le questionnaire {questionnaire}, mais la réponse répond à {expected}"},
    {"finding.IRM044.other-version",
     "ces notes portent sur la version {version}, mais la réponse répond à {questionnaire} version "
     "{expected}"},
    {"finding.IRM044.no-questionnaire",
     "la réponse n'a pas de questionnaire utilisable pour vérifier ces notes"},

    // irm merge: what the command says of its run
    {"merge.error.no-base", "impossible de lire '{file}'\u00A0: fichier ou dossier introuvable"},
    {"merge.error.base-directory",
     "'{file}' est un dossier\u00A0; BASE est la réponse dont les parties ont été tirées"},
    {"merge.error.no-part",
     "aucune partie à fusionner\u00A0: les dossiers donnés ne contiennent aucun fichier de réponse"},
    {"merge.error.output-is-input",
     "-o {output} est l'un des fichiers donnés\u00A0; écrivez la réponse fusionnée dans un nouveau fichier"},
    {"merge.not-written", "{output} n'a pas été écrit\u00A0: {why}"},
    {"merge.done",
     "fusion de {parts} sur {base} dans {output}\u00A0: {added}, {changed}, {cleared}\u00A0; {findings}"},
    {"merge.done.clean", "irm validate n'y trouve rien à signaler"},
    {"merge.done.findings", "{errors} et {warnings}\u00A0: irm validate {output} les montre"},
    {"merge.refused", "{output} n'a pas été écrit\u00A0: {errors}"},
    {"merge.refused.conflicts", "{output} n'a pas été écrit\u00A0: {errors}, dont {conflicts}"},
    {"merge.parts.one", "{count} partie"},
    {"merge.parts.other", "{count} parties"},
    {"merge.added.one", "{count} réponse ajoutée"},
    {"merge.added.other", "{count} réponses ajoutées"},
    {"merge.changed.one", "{count} modifiée"},
    {"merge.changed.other", "{count} modifiées"},
    {"merge.cleared.one", "{count} effacée"},
    {"merge.cleared.other", "{count} effacées"},
    {"merge.errors.one", "{count} erreur"},
    {"merge.errors.other", "{count} erreurs"},
    {"merge.warnings.one", "{count} avertissement"},
    {"merge.warnings.other", "{count} avertissements"},
    {"merge.conflicts.one", "{count} conflit"},
    {"merge.conflicts.other", "{count} conflits"},

    // irm split: what the command says of its run
    {"split.error.no-input", "impossible de lire '{file}'\u00A0: fichier ou dossier introuvable"},
    {"split.error.not-directory",
     "'{output}' n'est pas un dossier\u00A0; -o nomme le dossier qui reçoit les parties"},
    {"split.error.create", "impossible de créer '{directory}'\u00A0: {why}"},
    {"split.error.write-into", "impossible d'écrire dans '{directory}'\u00A0: {why}"},
    {"split.error.write", "impossible d'écrire '{directory}'\u00A0: {why}"},
    {"split.error.appeared", "'{file}' est apparu entre-temps\u00A0; rien n'a été écrit"},
    {"split.error.exists",
     "'{file}' existe déjà\u00A0; répartissez dans un dossier nouveau ou vide, pour qu'aucune partie ne soit "
     "écrasée"},
    {"split.error.failed", "aucune partie écrite\u00A0: {why}"},
    {"split.error.workbook", "impossible d'écrire le classeur de la partie '{part}'\u00A0: {why}"},
    {"split.blocked",
     "aucune partie écrite\u00A0: il faut d'abord corriger {file}, pour que chacune de ses réponses puisse "
     "aller "
     "dans une partie"},
    {"split.warning.errors.one",
     "{file} comporte {count} erreur (irm validate {file} la montre)\u00A0; les parties la reprennent"},
    {"split.warning.errors.other",
     "{file} comporte {count} erreurs (irm validate {file} les montre)\u00A0; les parties les reprennent"},
    {"split.warning.not-carried", "{what} (elle reste dans {file})"},
    {"split.written.one", "{count} partie de {file} écrite dans {output}\u00A0:"},
    {"split.written.other", "{count} parties de {file} écrites dans {output}\u00A0:"},
    {"split.questions.one", "{count} question"},
    {"split.questions.other", "{count} questions"},
    {"split.answered.one", "{count} avec réponse"},
    {"split.answered.other", "{count} avec réponse"},
    {"split.no-authority", "(aucune autorité désignée)"},

    // irm status: how far a response has come
    {"status.heading", "{file}\u00A0: {state}, {questionnaire} version {version}, {status}"},
    {"status.status.draft", "projet"},
    {"status.status.final", "définitive"},
    {"status.header.section", "section"},
    {"status.header.answered", "répondues"},
    {"status.header.applicable", "applicables"},
    {"status.header.missing", "obligatoires sans réponse"},
    {"status.header.title", "titre"},
    {"status.total", "total"},
    {"status.total-answered", "{percent} des questions applicables ont une réponse"},
    {"status.percent", "{number}\u00A0%"},
    {"status.decimal", "{whole},{fraction}"},
    {"status.levels", "Dispositions par niveau d'obligation (répondues sur applicables)\u00A0:"},
    {"status.level", "{answered} sur {applicable}"},
    {"status.all-answered", "Toutes les questions obligatoires ont une réponse."},
    {"status.next.one", "Prochaine question obligatoire ({shown} sur {missing})\u00A0:"},
    {"status.next.other", "Prochaines questions obligatoires ({shown} sur {missing})\u00A0:"},
    {"status.next.level", "{question} ({level})"},
    {"status.more", "… et {count} de plus\u00A0: irm status --next 0 {file} les affiche toutes"},
    {"status.warning.errors.one",
     "{file} comporte {count} erreur (irm validate {file} la montre)\u00A0; une réponse erronée compte comme "
     "une réponse"},
    {"status.warning.errors.other",
     "{file} comporte {count} erreurs (irm validate {file} les montre)\u00A0; les réponses erronées comptent "
     "comme des réponses"},
    {"status.error.finding", "{where}\u00A0: impossible de donner l'avancement\u00A0: {message} [{code}]"},
    {"status.error.no-questionnaire",
     "{file}\u00A0: impossible de donner l'avancement sans questionnaire connu"},

    // irm export: the workbook's sheets and headings (lowercase on the long sheets, as in English)
    {"export.sheet.data", "Données"},
    {"export.sheet.tables", "Tableaux"},
    {"export.sheet.citations", "Textes cités"},
    {"export.sheet.court-cases", "Affaires judiciaires"},
    {"export.sheet.needs", "Assistance technique"},
    {"export.header.state", "État"},
    {"export.header.questionnaire", "questionnaire"},
    {"export.header.version", "version"},
    {"export.header.question", "question"},
    {"export.header.article", "article"},
    {"export.header.provision", "disposition"},
    {"export.header.type", "type"},
    {"export.header.value", "valeur"},
    {"export.header.label", "libellé"},
    {"export.header.status", "statut"},
    {"export.header.errors", "erreurs"},
    {"export.header.file", "fichier"},
    {"export.header.row", "ligne"},
    {"export.header.title", "intitulé"},
    {"export.header.cited-provision", "disposition citée"},
    {"export.header.year", "année"},
    {"export.header.url", "url"},
    {"export.header.sherloc", "sherloc"},
    {"export.header.court", "tribunal"},
    {"export.header.date", "date"},
    {"export.header.reference", "référence"},
    {"export.header.summary", "résumé"},
    {"export.header.category", "catégorie"},
    {"export.header.category-label", "libellé de la catégorie"},
    {"export.header.priority", "priorité"},
    {"export.header.priority-label", "libellé de la priorité"},
    {"export.header.description", "description"},
    {"export.overview.status", "Statut"},
    {"export.overview.errors", "Erreurs"},
    {"export.overview.question-text", "Texte de la question"},
    {"export.status.final", "définitive"},
    {"export.status.draft", "projet"},
    {"export.need", "{category}\u00A0: {description}"},
    {"export.need-priority", "{category} (priorité\u00A0: {priority})\u00A0: {description}"},
    {"export.note.language",
     "le questionnaire {questionnaire} {version} n'a pas de textes en '{asked}'\u00A0: ses textes sont "
     "donnés en '{language}'"},
    {"export.note.long-numbers",
     "certains nombres ont plus de chiffres que n'en garde une cellule numérique (15 chiffres significatifs, "
     "ou au-delà de sa plage)\u00A0: ce sont des cellules de texte qui gardent chaque chiffre tel qu'écrit"},
    {"export.note.columns",
     "le questionnaire {questionnaire} {version} a plus de réponses qu'une feuille n'a de colonnes\u00A0: sa "
     "feuille montre les {count} premières\u00A0; la feuille {sheet} les contient toutes"},
    {"export.note.sheet-full",
     "la feuille {sheet} est pleine (1\u00A0048\u00A0576 lignes)\u00A0: les lignes suivantes ont été "
     "laissées de côté"},
    {"export.error.write", "impossible d'écrire {file}"},
    {"export.error.stream", "un classeur Excel s'écrit dans un fichier"},

    // irm export, aggregate and diff: what the commands say of their run
    {"export.error.format", "dites quel format écrire\u00A0: --format xlsx, xml ou json"},
    {"export.error.xlsx-output", "un export Excel s'écrit dans un fichier\u00A0: donnez -o FICHIER.xlsx"},
    {"export.error.permission", "impossible de lire '{file}'\u00A0: permission refusée"},
    {"export.error.input", "refus d'écraser le fichier d'entrée {file} par l'export"},
    {"export.error.directory", "impossible d'écrire {file}\u00A0: c'est un dossier"},
    {"export.error.cannot-write", "impossible d'écrire {file}\u00A0: {why}"},
    {"export.error.cannot-write-file", "impossible d'écrire {file}"},
    {"export.error.stdout", "impossible d'écrire la sortie"},
    {"export.no-questionnaire", "aucun questionnaire pour la lire"},
    {"export.not-exported", "{file}\u00A0: non exporté\u00A0: {why}"},
    {"export.flagged.one",
     "{file}\u00A0: exporté avec {count} erreur, signalée dans la sortie (irm validate {file} la montre)"},
    {"export.flagged.other",
     "{file}\u00A0: exporté avec {count} erreurs, signalées dans la sortie (irm validate {file} les montre)"},
    {"aggregate.error.format",
     "impossible de savoir quoi écrire dans {file}\u00A0: nommez-le FICHIER.md, FICHIER.html, FICHIER.docx "
     "ou "
     "FICHIER.xlsx"},
    {"aggregate.error.input", "refus d'écraser le fichier d'entrée {file} par le décompte"},
    {"aggregate.not-counted", "{file}\u00A0: non décompté\u00A0: {why}"},
    {"aggregate.flagged-run.one",
     "{file}\u00A0: décompté tel quel avec {count} erreur (irm validate {file} la montre)"},
    {"aggregate.flagged-run.other",
     "{file}\u00A0: décompté tel quel avec {count} erreurs (irm validate {file} les montre)"},
    {"aggregate.twice",
     "{file}\u00A0: {state} a répondu plus d'une fois à {questionnaire}\u00A0; chaque réponse est décomptée"},
    {"diff.error.directory",
     "impossible de comparer '{file}'\u00A0: c'est un dossier\u00A0; donnez deux fichiers de réponse"},
    {"diff.error.unreadable", "impossible de comparer {file}\u00A0: {why}"},
    {"diff.error.docx-output", "un document Word s'écrit dans un fichier\u00A0: donnez -o FICHIER.docx"},
    {"diff.error.input", "le fichier d'entrée '{file}' ne sera pas écrasé\u00A0; choisissez un autre -o"},
    {"diff.error.states",
     "les réponses sont celles d'États différents ('{old}' et '{new}')\u00A0; ajoutez --force pour les "
     "comparer malgré tout"},
    {"diff.error.questionnaires",
     "les réponses répondent à des questionnaires différents ({old} et {new})\u00A0; ajoutez --force pour "
     "les "
     "comparer malgré tout"},
    {"diff.error.cannot-write", "impossible d'écrire '{file}'\u00A0: "},
    {"diff.flagged.one",
     "{file}\u00A0: comparé tel quel avec {count} erreur (irm validate {file} la montre)"},
    {"diff.flagged.other",
     "{file}\u00A0: comparé tel quel avec {count} erreurs (irm validate {file} les montre)"},

    // irm diff: a question in a line of the text comparison
    {"diff.question", "{provision} — {label} [{id}]"},
    {"diff.question.no-label", "{provision} [{id}]"},

    // What was done to texts to fit them in a workbook's cells (irm export, irm aggregate)
    {"export.note.cut",
     "certains textes dépassent ce que contient une cellule Excel (32\u00A0767 caractères) et ont été "
     "tronqués "
     "dans le classeur\u00A0; les exports XML et JSON les contiennent en entier"},
    {"aggregate.note.cut",
     "certains textes dépassent ce que contient une cellule Excel (32\u00A0767 caractères) et ont été "
     "tronqués "
     "dans le classeur"},
    {"export.note.replaced",
     "des caractères qu'un classeur ne peut pas contenir (caractères de commande, ou octets qui ne sont pas "
     "de "
     "l'UTF-8) ont été remplacés par U+FFFD dans le classeur"},
    {"export.note.json-replaced",
     "des octets qui ne sont pas de l'UTF-8 (dans un nom de fichier) ont été remplacés par U+FFFD dans "
     "l'export JSON"},
    {"export.note.xml-replaced",
     "des caractères que XML ne peut pas contenir (caractères de commande, ou octets qui ne sont pas de "
     "l'UTF-8) ont été remplacés par U+FFFD dans l'export XML"},
};

extern const Table french_review{"fr", french_review_texts, std::size(french_review_texts)};

}  // namespace irm::catalogue
