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
    {"draft.priority.high", "haute"},
    {"draft.priority.medium", "moyenne"},
    {"draft.priority.low", "basse"},

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
};

extern const Table french{"fr", french_texts, std::size(french_texts)};

}  // namespace irm::catalogue
