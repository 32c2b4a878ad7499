// The French table of the catalogue: the same keys as the English table, with the
// same placeholders (a unit test holds it to that). French punctuation: a space
// before ":" and ";" and inside « » (no-break, \u00A0, where a line must not
// break there).
#include "base/catalogue_tables.hpp"

#include <iterator>

namespace irm::catalogue {

constexpr Text french_texts[] = {
    // Words of any sentence: lists and quotations in prose
    {"words.comma", "{left}, {right}"},
    {"words.and", "{left} et {right}"},
    {"words.or", "{left} ou {right}"},
    {"words.quoted", "« {text} »"},

    // Names of the instruments, clusters and languages
    {"instrument.untoc", "Convention des Nations Unies contre la criminalité transnationale organisée"},
    {"instrument.tip",
     "Protocole visant à prévenir, réprimer et punir la traite des personnes, en particulier des femmes et "
     "des enfants"},
    {"instrument.som", "Protocole contre le trafic illicite de migrants par terre, air et mer"},
    {"instrument.fir",
     "Protocole contre la fabrication et le trafic illicites d'armes à feu, de leurs pièces, éléments et "
     "munitions"},
    {"cluster.1", "I — Incrimination et compétence"},
    {"cluster.2", "II — Prévention, assistance technique, mesures de protection et autres mesures"},
    {"cluster.3", "III — Détection et répression, et système judiciaire"},
    {"cluster.4", "IV — Coopération internationale, entraide judiciaire et confiscation"},
    {"language.ar", "arabe"},
    {"language.en", "anglais"},
    {"language.es", "espagnol"},
    {"language.fr", "français"},
    {"language.ru", "russe"},
    {"language.zh", "chinois"},

    // Answers summed up in a line, and the vocabularies of technical assistance. A priority
    // is written as in running text ("priorité : élevée"); lists and drop-downs capitalise it.
    // French says élevée / moyenne / faible, the usual words for priority levels in UN texts,
    // in drafts and workbooks alike (docs/WORDS.md).
    {"answer.rows.one", "{count} ligne"},
    {"answer.rows.other", "{count} lignes"},
    {"ta.category.legislative-assistance", "Assistance législative"},
    {"ta.category.institution-building", "Renforcement des institutions"},
    {"ta.category.policy-making", "Élaboration des politiques"},
    {"ta.category.capacity-building", "Renforcement des capacités"},
    {"ta.category.data-collection", "Collecte de données"},
    {"ta.category.international-cooperation", "Coopération internationale"},
    {"ta.category.technology", "Technologie"},
    {"ta.category.other", "Autre"},
    {"priority.high", "élevée"},
    {"priority.medium", "moyenne"},
    {"priority.low", "faible"},

    // Drafts (irm observations, irm summary): titles and the title block
    {"draft.title.observations", "Liste d'observations (projet)"},
    {"draft.title.summary", "Résumé de la liste d'observations (projet)"},
    {"draft.title.notice",
     "Premier projet établi à partir des réponses de l'État et des notes des examinateurs. Chaque phrase "
     "tirée des réponses se termine par les identifiants des questions dont elle provient, entre crochets "
     "; les États examinateurs la vérifient, la complètent et la reformulent."},
    {"draft.title.state", "État examiné"},
    {"draft.title.instrument", "Instrument"},
    {"draft.title.cluster", "Groupe thématique"},
    {"draft.title.questionnaire", "Questionnaire"},
    {"draft.title.questionnaire-version", "{id}, version {version}"},
    {"draft.title.reviewers", "États examinateurs"},
    {"draft.title.to-be-named", "à désigner"},
    {"draft.title.date", "Date du présent projet"},
    {"draft.title.received", "Date de réception de la réponse"},
    {"draft.title.dialogue", "Dialogue avec l'État examiné"},
    {"draft.title.status", "Statut de la réponse"},
    {"draft.title.language", "Langue des réponses"},
    {"draft.title.not-stated", "non indiqué"},
    {"draft.status.final", "définitive"},
    {"draft.status.draft", "projet, en cours"},
    {"draft.title.field", "{label} :"},

    // Drafts: headings of an article
    {"draft.heading.provisions", "Dispositions examinées"},
    {"draft.heading.reported", "Ce que l'État a indiqué"},
    {"draft.heading.points", "Points à aborder lors du dialogue"},
    {"draft.heading.successes", "Succès et bonnes pratiques"},
    {"draft.heading.challenges", "Difficultés et problèmes"},
    {"draft.heading.suggestions", "Suggestions"},
    {"draft.heading.ta-needs", "Besoins d'assistance technique"},
    {"draft.heading.other", "Pratique et autres informations"},
    {"draft.heading.provision", "Article {provision}"},

    // Drafts: what the State reported
    {"draft.reported.provisions", "Le questionnaire porte sur l'article {provisions}."},
    {"draft.reported.provisions-not-applicable",
     "Sans objet, compte tenu des autres réponses de l'État : {provisions}."},
    {"draft.reported.article-not-applicable",
     "Cet article est sans objet, compte tenu des autres réponses de l'État."},
    {"draft.reported.answer", "Réponse : {answer}."},
    {"draft.reported.no-answer", "Aucune réponse fournie."},
    {"draft.reported.not-applicable", "Sans objet, compte tenu des autres réponses de l'État."},
    {"draft.reported.malformed",
     "La réponse n'a pas la forme attendue ; irm validate indique ce qui ne va pas."},
    {"draft.reported.legislation", "Législation citée :"},
    {"draft.reported.missing", "Ce qui manque, selon l'explication de l'État :"},

    // Drafts: technical assistance
    {"draft.ta.none", "L'État n'indique aucun besoin d'assistance technique pour cet article."},
    {"draft.ta.stated", "L'État fait état des besoins suivants :"},
    {"draft.ta.unanswered",
     "L'État n'a pas indiqué s'il a besoin d'une assistance technique pour cet article."},
    {"draft.ta.notes", "Relevés par les États examinateurs :"},
    {"draft.ta.not-described",
     "L'État fait état d'un besoin d'assistance technique pour cet article mais ne le décrit pas."},
    {"draft.ta.need", "{category} (priorité : {priority}) : {description}"},
    {"draft.ta.need-no-priority", "{category} : {description}"},

    // Drafts: where there is nothing yet, and the reviewers' notes
    {"draft.placeholder.to-complete", "À compléter par les États examinateurs."},
    {"draft.placeholder.no-points", "Aucun point tiré des réponses."},
    {"draft.placeholder.nothing", "Aucun pour l'instant."},
    {"draft.notes.comment", "États examinateurs :"},
    {"draft.summary.article", "Article {article} :"},
    {"draft.summary.suggestion", "Suggestion :"},

    // Drafts: the rules that draw points for the dialogue and successes from the answers
    {"draft.rule.no-answer", "Aucune réponse n'a été donnée sur l'article {provisions}."},
    {"draft.rule.answered-no", "L'État indique que son droit ne donne pas effet à l'article {provision}."},
    {"draft.rule.no-without-explanation",
     "L'État a répondu Non pour l'article {provision} sans expliquer ce qui manque."},
    {"draft.rule.answered-in-part",
     "L'État indique que son droit ne donne effet qu'en partie à l'article {provision}."},
    {"draft.rule.in-part-without-explanation",
     "L'État a répondu Oui, en partie pour l'article {provision} sans expliquer ce qui manque."},
    {"draft.rule.yes-without-legislation",
     "L'État indique qu'il est donné effet à l'article {provision} mais ne cite aucune législation."},
    {"draft.rule.citation-without-link",
     "Législation citée pour l'article {provision} sans lien vers son texte : {titles}."},
    {"draft.rule.no-examples", "Aucun exemple de mise en œuvre n'est donné pour l'article {article}."},
    {"draft.rule.no-statistics", "Aucune statistique n'est fournie en réponse à {question}."},
    {"draft.rule.statistics-column-empty",
     "Les statistiques de l'article {article} ne donnent aucun chiffre pour : {columns}."},
    {"draft.rule.unanswered-required",
     "Aucune réponse n'a été donnée à une question obligatoire : {question}."},
    {"draft.rule.warning", "Réponse à vérifier : {message}"},
    {"draft.rule.warning-in-row", "Ligne {row} du tableau à vérifier : {message}"},
    {"draft.rule.answer-not-applicable",
     "Une réponse a été donnée à une question sans objet, compte tenu des autres réponses de l'État : "
     "{question}."},
    {"draft.rule.waived-warning",
     "L'État a écarté un contrôle sur cette réponse ({check}), en expliquant : {justification}."},
    {"draft.rule.implemented-with-legislation",
     "L'État indique que son droit donne plein effet à l'article {provisions}, et cite la législation."},
    {"draft.check.rule", "la réponse ne respecte pas la règle {rule}"},
    {"draft.check.row", "ligne {row} : {message}"},
    {"draft.check.not-applicable", "la question est sans objet, compte tenu des autres réponses"},

    // Conditions of a questionnaire put into words (templates and workbooks)
    {"condition.applies-when", "S'applique si {condition}."},
    {"condition.required", "Obligatoire."},
    {"condition.required-when", "Obligatoire si {condition}."},
    {"condition.required-when-applies", "Obligatoire lorsqu'elle s'applique."},
    {"condition.is", "{question} vaut {values}"},
    {"condition.is-not", "{question} ne vaut pas {values}"},
    {"condition.answered", "{question} a une réponse"},
    {"condition.not-answered", "{question} n'a pas de réponse"},
    {"condition.selected", "{value} est coché pour {question}"},
    {"condition.quoted", "«\u00A0{text}\u00A0»"},
    {"condition.with-expression", "{condition} ({expression})"},

    // Templates (irm template): words of the YAML template and of the workbook
    {"template.labelled", "{label}\u00A0: {text}"},
    {"template.note", "Note"},
    {"template.help", "Aide"},
    {"template.authority", "Autorité probable"},
    {"template.values", "Valeurs"},
    {"template.state-placeholder", "Nom de l'État"},
    {"template.column-required", "obligatoire"},
    {"template.type.whole-number", "Un nombre entier"},
    {"template.type.number", "Un nombre"},
    {"template.type.date", "Une date (AAAA-MM-JJ)"},
    {"template.bounds.between", "de {min} à {max}"},
    {"template.bounds.at-least", "au moins {min}"},
    {"template.bounds.at-most", "au plus {max}"},

    // Templates: the YAML template's comments
    {"template.yaml.questionnaire", "questionnaire {id}, version {version}, {language}"},
    {"template.yaml.intro.answer",
     "Répondez après chaque question ; laissez vide ce qui n'a pas encore de réponse."},
    {"template.yaml.intro.comments",
     "Les notes et l'aide sont des commentaires : elles ne font pas partie de la réponse."},
    {"template.yaml.intro.validate",
     "Vérifiez le fichier avec : irm validate FICHIER (ajoutez --final pour voir ce qui reste obligatoire)."},
    {"template.shape.multi-choice", "Une liste de valeurs, par exemple [valeur, valeur]"},
    {"template.shape.text", "Texte"},
    {"template.shape.legislation", "Une liste de citations :"},
    {"template.shape.table", "Une liste de lignes, une par ligne du tableau :"},
    {"template.shape.needs", "Une liste de besoins :"},
    {"template.columns", "Colonnes"},
    {"template.categories", "Catégories"},
    {"template.priorities", "Priorités"},

    // Workbooks (irm template, irm split --format xlsx): sheets, headers, cells
    {"workbook.sheet.instructions", "Instructions"},
    {"workbook.sheet.answers", "Réponses"},
    {"workbook.sheet.legislation", "Législation"},
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
    {"workbook.header.category", "Catégorie"},
    {"workbook.header.description", "Description"},
    {"workbook.header.priority", "Priorité"},
    {"workbook.field.questionnaire", "Questionnaire"},
    {"workbook.field.language", "Langue"},
    {"workbook.field.state", "État"},
    {"workbook.questionnaire-version", "{id} (version {version})"},
    {"workbook.row", "ligne {number}"},
    {"workbook.see-legislation", "Citez les lois dans la feuille Législation, question {question}."},
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
     "dans la colonne A), les besoins d'assistance technique dans la feuille Assistance technique, et les "
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

    // Parts of a response (irm split): the comments of a part
    {"part.of", "Partie de la réponse de {state} au questionnaire {id} version {version},"},
    {"part.for", "pour : {authority}."},
    {"part.focal-point", "le point de contact national (questions sans autorité désignée)"},
    {"part.instructions",
     "Complétez les réponses vides et renvoyez ce fichier au point de contact national, qui réunit les "
     "parties avec `irm merge`. `irm validate` vérifie ce fichier à lui seul."},
    {"part.context", "Réponse de la partie pour : {authority}"},
    {"part.context-why",
     "Elle figure ici parce que des questions de cette partie en dépendent ; modifiez-la dans cette "
     "partie-là."},
    {"part.shape.choice", "Valeurs : {values}"},
    {"part.shape.multi-choice", "Une liste de valeurs parmi : {values}"},
    {"part.shape.legislation",
     "Une liste de textes de loi, chacun avec title (obligatoire), provision, year, url, sherloc."},
    {"part.shape.table", "Une liste de lignes, chacune avec les colonnes : {columns}."},
    {"part.shape.needs",
     "Une liste de besoins, chacun avec category, description et priority (high, medium ou low). "
     "Catégories : {categories}."},
    {"part.shape.date", "Une date écrite AAAA-MM-JJ."},
    {"part.shape.whole-number", "Un nombre entier."},
    {"part.shape.number", "Un nombre."},

    // Comparisons (irm diff) and counts (irm aggregate): words both share
    {"analysis.header.question", "Question"},
    {"analysis.header.article", "Article"},
    {"analysis.header.provision", "Disposition"},
    {"analysis.header.category", "Catégorie"},
    {"analysis.header.file", "Fichier"},
    {"analysis.in-article", "article {article}"},
    {"analysis.labelled", "{label} : {text}"},

    // Comparisons (irm diff): the title, the two responses, the sections and their columns. Old and
    // new are the responses, or their answers: feminine.
    {"diff.title", "Modifications des réponses de {state} au questionnaire {questionnaire}"},
    {"diff.text.side", "{side} : {file} (version {version}, {status})"},
    {"diff.side.old", "ancienne"},
    {"diff.side.new", "nouvelle"},
    {"diff.status.final", "définitive"},
    {"diff.status.draft", "projet"},
    {"diff.no-status", "sans statut"},
    {"diff.no-differences", "Aucune différence."},
    {"diff.none", "Néant."},
    {"diff.heading.moved", "Obligations dont la réponse a évolué"},
    {"diff.heading.added", "Réponses ajoutées"},
    {"diff.heading.removed", "Réponses supprimées"},
    {"diff.heading.changed", "Réponses modifiées"},
    {"diff.heading.needs-added", "Besoins d'assistance technique ajoutés"},
    {"diff.heading.needs-dropped", "Besoins d'assistance technique retirés"},
    {"diff.heading.dropped-questions", "Questions que la nouvelle version ne comporte plus"},
    {"diff.header.old", "Ancienne"},
    {"diff.header.new", "Nouvelle"},
    {"diff.header.version", "Version"},
    {"diff.header.status", "Statut"},
    {"diff.header.direction", "Évolution"},
    {"diff.header.old-answer", "Ancienne réponse"},
    {"diff.header.new-answer", "Nouvelle réponse"},
    {"diff.header.priority", "Priorité"},
    {"diff.header.description", "Description"},
    {"diff.direction.progress", "progrès"},
    {"diff.direction.backward", "recul"},
    {"diff.new-question", "nouvelle question"},
    {"diff.items.removed", "retraits"},
    {"diff.items.added", "ajouts"},
};

extern const Table french{"fr", french_texts, std::size(french_texts)};

}  // namespace irm::catalogue
