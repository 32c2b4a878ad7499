// The French table of the messages of the questionnaire loader, irm lint (IRM1xx).
// One line per text; keys say where they are used. A pattern names its placeholders
// ({question}); literal braces are doubled. docs/WORDS.md says how to add a text.
//
// French punctuation: a no-break space (\u00A0) before ":", ";", "?" and "!". The keys, ids and
// values of the file stay in single quotes, as written ('show_if'). A question named in words
// begins with its provision ("article 5, paragraphe 1 …"), which "de" cannot precede without an
// elision: such a question is the subject of its sentence, never the object of "de" or "à".
// The words that name a part of the file (lint.what.*) are singular, so that a verb agrees.
#include "base/catalogue_tables.hpp"

#include <iterator>

namespace irm::catalogue {

constexpr Text french_lint_texts[] = {
    // What each code means and what to do, in one sentence (finding.<code>)
    {"finding.IRM101",
     "Le fichier du questionnaire n'est pas écrit comme le format le demande\u00A0: une clé est inconnue "
     "ou manquante, ou une valeur n'a pas la forme voulue\u00A0; corrigez-la à l'endroit indiqué."},
    {"finding.IRM102",
     "Un identifiant de section, de question ou de colonne, ou une valeur d'une liste de choix, sert deux "
     "fois\u00A0; donnez à chacun le sien."},
    {"finding.IRM103",
     "Une expression nomme une question ou une colonne que le questionnaire n'a pas\u00A0; corrigez "
     "l'identifiant (le message propose le plus proche)."},
    {"finding.IRM104", "Une expression ne peut pas être lue\u00A0; corrigez-la à l'endroit indiqué."},
    {"finding.IRM105",
     "Un texte n'est pas traduit dans l'une des langues que déclare le questionnaire\u00A0; ajoutez la "
     "traduction (d'ici là, les lecteurs de cette langue voient la première langue)."},
    {"finding.IRM106",
     "Les choix d'une question renvoient à une liste que 'choice_lists' ne définit pas\u00A0; corrigez le "
     "nom ou ajoutez la liste."},
    {"finding.IRM107",
     "Des questions dépendent les unes des autres en boucle par leurs conditions d'application ou de "
     "réponse obligatoire, si bien qu'aucune ne peut être tranchée\u00A0; rompez la boucle."},
    {"finding.IRM108",
     "Une expression compare une question à choix avec une valeur qu'elle n'offre pas, si bien que la "
     "comparaison n'est jamais vraie\u00A0; utilisez l'une de ses valeurs."},
    {"finding.IRM109",
     "Le niveau d'obligation d'une question n'est pas l'un de ceux que connaît le format\u00A0; écrivez "
     "mandatory, alternative, consider, optional ou savings."},
    {"finding.IRM110",
     "Une question indique le caractère contraignant de sa disposition sans nommer de disposition\u00A0; "
     "ajoutez 'provision' ou supprimez le niveau."},
    {"finding.IRM111",
     "Les alternatives d'une question nomment une question que le questionnaire n'a pas\u00A0; corrigez "
     "l'identifiant."},
    {"finding.IRM112",
     "Le niveau d'obligation d'une question et ses alternatives se contredisent\u00A0; faites de chaque "
     "question du groupe une alternative qui cite les autres."},
    {"finding.IRM113",
     "Les questions d'un groupe d'alternatives ne se citent pas toutes les unes les autres\u00A0; citez "
     "dans chacune toutes les autres questions du groupe."},

    // The parts of a questionnaire file, as a message names them
    {"lint.what.questionnaire", "le questionnaire"},
    {"lint.what.title", "le titre"},
    {"lint.what.section", "la section {id}"},
    {"lint.what.a-section", "une section"},
    {"lint.what.section-title", "le titre de la section {id}"},
    {"lint.what.question", "la question {id}"},
    {"lint.what.question-label", "le libellé de la question {id}"},
    {"lint.what.question-short-label", "le libellé court de la question {id}"},
    {"lint.what.question-help", "l'aide de la question {id}"},
    {"lint.what.question-authority", "l'autorité de la question {id}"},
    {"lint.what.constraint-message", "le message du contrôle de la question {id}"},
    {"lint.what.row-constraint-message", "le message du contrôle de chaque ligne du tableau {id}"},
    {"lint.what.question-choices", "la liste des choix de la question {id}"},
    {"lint.what.choice-list", "la liste de choix {name}"},
    {"lint.what.choice", "un choix"},
    {"lint.what.choice-label", "le libellé du choix {value}"},
    {"lint.what.column", "la colonne {column} du tableau {table}"},
    {"lint.what.column-label", "le libellé de la colonne {column} du tableau {table}"},
    {"lint.what.column-choices", "la liste des choix de la colonne {column} du tableau {table}"},

    // What an expression decides, as a message names it; the question a check is about
    {"lint.expression.section-show-if", "la condition d'application de la section {id}"},
    {"lint.expression.question-show-if", "la condition d'application de la question {id}"},
    {"lint.expression.required", "la condition qui rend obligatoire la réponse à la question {id}"},
    {"lint.expression.constraint", "le contrôle de la réponse à la question {id}"},
    {"lint.expression.row-constraint", "le contrôle de chaque ligne du tableau {id}"},
    {"lint.expression.this-question", "cette question"},

    // The closest name, after a name that is not known
    {"lint.did-you-mean", " (vouliez-vous dire {name}\u00A0?)"},

    // IRM101: the structure of the file
    {"finding.IRM101.unknown-key", "clé inconnue {key} dans {what}{hint}"},
    {"finding.IRM101.missing-key", "{what} n'a pas la clé obligatoire {key}"},
    {"finding.IRM101.not-one-value",
     "{key} doit être un mot, un nombre ou un texte, pas une liste ni un groupe de clés"},
    {"finding.IRM101.text-not-by-language",
     "{what} doit donner son texte pour chaque langue, par exemple {{en: ..., fr: ...}}"},
    {"finding.IRM101.text-language-undeclared",
     "{what} a un texte en {language}, qui n'est pas une des langues du questionnaire ({languages})"},
    {"finding.IRM101.text-not-text",
     "dans {what}, le texte {language} doit être un texte, pas une liste ni un groupe de clés"},
    {"finding.IRM101.text-lacks-source", "{what} n'a pas de texte dans la langue source {language}"},
    {"finding.IRM101.not-a-count", "{key} doit être un nombre entier positif ou nul"},
    {"finding.IRM101.count-too-large", "la valeur {value} de {key} est trop grande"},
    {"finding.IRM101.not-whole", "{key} doit être un nombre entier"},
    {"finding.IRM101.not-decimal", "{key} doit être un nombre, comme 12 ou 0.5"},
    {"finding.IRM101.number-out-of-range",
     "la valeur {value} de {key} est trop grande ou trop petite pour être utilisée"},
    {"finding.IRM101.not-a-date", "{key} doit être une date écrite AAAA-MM-JJ"},
    {"finding.IRM101.one-of", "{key} doit valoir {values}"},
    {"finding.IRM101.empty", "{key} ne doit pas être vide"},
    {"finding.IRM101.min-above-max", "{min} est supérieur à {max}"},
    {"finding.IRM101.min-after-max", "{min} est postérieur à {max}"},
    {"finding.IRM101.questionnaire-id-pattern",
     "l'identifiant du questionnaire {id} doit commencer par une minuscule ou un chiffre et ne contenir "
     "que des minuscules, des chiffres et des traits d'union ([a-z0-9][a-z0-9-]*)"},
    {"finding.IRM101.languages-not-a-list",
     "'languages' doit être une liste d'au moins un code de langue, par exemple [en, fr]"},
    {"finding.IRM101.unknown-language",
     "{language} n'est pas un code de langue que connaît irm\u00A0; utilisez {languages}"},
    {"finding.IRM101.language-twice", "la langue {language} figure deux fois"},
    {"finding.IRM101.choice-lists-not-named",
     "'choice_lists' doit nommer chaque liste et en donner les choix, par exemple yn: [...]"},
    {"finding.IRM101.choices-not-a-list",
     "{what} doit compter au moins un choix, chacun écrit avec les clés 'value' et 'label'"},
    {"finding.IRM101.choice-not-keys", "un choix s'écrit avec les clés 'value' et 'label'"},
    {"finding.IRM101.choice-value-pattern",
     "la valeur de choix {value} ne doit contenir que des minuscules, des chiffres et des traits de "
     "soulignement ([a-z0-9_]+)"},
    {"finding.IRM101.sections-not-a-list", "'sections' doit être une liste d'au moins une section"},
    {"finding.IRM101.section-not-keys", "une section s'écrit avec les clés {keys}"},
    {"finding.IRM101.section-id-pattern",
     "l'identifiant de section {id} doit commencer par une minuscule et ne contenir que des minuscules, "
     "des chiffres et des traits de soulignement ([a-z][a-z0-9_]*)"},
    {"finding.IRM101.questions-not-a-list", "'questions' doit être une liste de questions"},
    {"finding.IRM101.question-not-keys", "une question s'écrit avec au moins les clés {keys}"},
    {"finding.IRM101.question-id-pattern",
     "l'identifiant de question {id} doit commencer par une minuscule, ne contenir que des minuscules, "
     "des chiffres et des traits de soulignement ([a-z][a-z0-9_]*), et ne pas être un mot des expressions "
     "(and, or, not, in, true, false, null)"},
    {"finding.IRM101.unknown-type", "type de question inconnu {type}{hint}\u00A0; utilisez {types}"},
    {"finding.IRM101.alternatives-not-a-list",
     "'alternatives' doit être une liste d'au moins un identifiant de question"},
    {"finding.IRM101.alternative-not-an-id",
     "chaque élément de 'alternatives' doit être un identifiant de question"},
    {"finding.IRM101.columns-not-a-list",
     "les colonnes du tableau {id} doivent former une liste d'au moins une colonne"},
    {"finding.IRM101.column-not-keys", "une colonne s'écrit avec les clés {keys}"},
    {"finding.IRM101.column-id-pattern",
     "l'identifiant de colonne {id} doit commencer par une minuscule et ne contenir que des minuscules, "
     "des chiffres et des traits de soulignement ([a-z][a-z0-9_]*)"},
    {"finding.IRM101.column-type",
     "{type} n'est pas un type de colonne possible{hint}\u00A0; utilisez {types}"},

    // IRM102: an id or a value used twice
    {"finding.IRM102.section", "une autre section a déjà l'identifiant {id}"},
    {"finding.IRM102.question", "une autre question a déjà l'identifiant {id}"},
    {"finding.IRM102.column", "une autre colonne de ce tableau a déjà l'identifiant {id}"},
    {"finding.IRM102.choice", "cette liste a déjà un choix de valeur {id}"},

    // IRM103, IRM104, IRM108: expressions
    {"finding.IRM103.unknown-name", "nom inconnu {name}{hint}"},
    {"finding.IRM103.dot",
     "'.' désigne la réponse contrôlée et ne peut servir que dans le contrôle d'une réponse ('constraint')"},
    {"finding.IRM103.no-column", "{question} n'a pas de colonne {column}{hint}"},
    {"finding.IRM104.syntax", "impossible de lire {what} ({key})\u00A0: {problem}"},
    {"finding.IRM104.unreadable", "l'expression ne peut pas être analysée"},
    {"finding.IRM104.character", "caractère inattendu {character}"},
    {"finding.IRM104.character-equals", "caractère inattendu {character}\u00A0; écrivez '==' pour comparer"},
    {"finding.IRM104.character-not", "caractère inattendu {character}\u00A0; écrivez '!=' ou 'not'"},
    {"finding.IRM104.character-and", "caractère inattendu {character}\u00A0; écrivez 'and'"},
    {"finding.IRM104.character-or", "caractère inattendu {character}\u00A0; écrivez 'or'"},
    {"finding.IRM104.unterminated",
     "un texte entre guillemets n'est pas fermé\u00A0: il manque le {quote} final"},
    {"finding.IRM104.token-text", "le texte {text}"},
    {"finding.IRM104.unexpected", "{token} n'est pas à sa place ici"},
    {"finding.IRM104.chained", "les comparaisons ne s'enchaînent pas\u00A0; reliez-les par 'and'"},
    {"finding.IRM104.too-deep", "l'expression est trop imbriquée (plus de {max} niveaux)"},
    {"finding.IRM104.empty", "l'expression est vide"},
    {"finding.IRM104.operand-missing", "il manque une valeur ou un nom après {previous}"},
    {"finding.IRM104.close-missing", "il manque {close}"},
    {"finding.IRM104.close-expected", "il manque {close} avant {token}"},
    {"finding.IRM104.comma-or-close-expected", "il manque ',' ou {close} avant {token}"},
    {"finding.IRM104.number-out-of-range", "le nombre {number} dépasse les limites admises"},
    {"finding.IRM104.unknown-function", "fonction inconnue {name}{hint}"},
    {"finding.IRM104.arguments.one", "{function} prend {count} argument, et non {given}"},
    {"finding.IRM104.arguments.other", "{function} prend {count} arguments, et non {given}"},
    {"finding.IRM104.first-argument",
     "le premier argument de {function} doit être l'identifiant d'une question ou '.'"},
    {"finding.IRM104.second-argument-choice",
     "le second argument de {function} doit être une valeur de choix entre guillemets"},
    {"finding.IRM104.second-argument-column",
     "le second argument de {function} doit être l'identifiant d'une colonne entre guillemets"},
    {"finding.IRM104.sum-not-table",
     "'sum' additionne une colonne d'un tableau, mais {question} est une question de type {type}"},
    {"finding.IRM108.no-such-choice", "{question} n'offre pas le choix {value}{hint}"},
    {"finding.IRM108.not-text",
     "{question} n'a que des valeurs de choix textuelles, jamais égales à {value}{hint}"},

    // IRM105-IRM107
    {"finding.IRM105.missing", "{what} n'a pas de texte en {languages}"},
    {"finding.IRM106.unknown", "'choice_lists' n'a pas de liste {name}{hint}"},
    {"finding.IRM107.cycle",
     "ces questions dépendent les unes des autres en boucle, par les conditions de leur application "
     "('show_if') ou de leur réponse obligatoire ('required')\u00A0: {path}"},
    {"finding.IRM107.own-section",
     "la condition d'application de la section {section} ('show_if') dépend d'une question de cette même "
     "section\u00A0: {question}"},

    // IRM109-IRM113: how binding a provision is
    {"finding.IRM109.unknown", "niveau d'obligation inconnu {name}{hint}\u00A0; utilisez {names}"},
    {"finding.IRM110.no-provision",
     "la question {id} indique le caractère contraignant de sa disposition ({key}) sans nommer de "
     "disposition\u00A0: ajoutez 'provision' (par exemple \"5(1)(a)(i)\") ou supprimez {key}"},
    {"finding.IRM111.unknown",
     "{question} cite parmi ses alternatives {name}, qui n'est pas une question de ce questionnaire{hint}"},
    {"finding.IRM112.none-listed",
     "{question} est une alternative mais ne nomme aucune autre manière de satisfaire à "
     "l'obligation\u00A0: énumérez-les dans 'alternatives'"},
    {"finding.IRM112.not-alternative",
     "{question} énumère des 'alternatives' mais son obligation est {level}\u00A0: écrivez 'obligation: "
     "alternative' ou supprimez 'alternatives'"},
    {"finding.IRM112.itself",
     "{question} se cite parmi ses propres alternatives\u00A0; n'énumérez que les autres questions"},
    {"finding.IRM112.other-not-alternative",
     "{question} cite parmi ses alternatives {other}, dont l'obligation est {level} et non 'alternative'"},
    {"finding.IRM113.missing",
     "{question} ne cite pas parmi ses alternatives {missing}, que nomment les autres questions de son "
     "groupe ({group})\u00A0: chaque question d'un groupe cite toutes les autres"},

    // Where questionnaires come from (the registry): a directory, a file, a questionnaire refused
    {"registry.not-a-directory",
     "le répertoire de questionnaires {directory} n'existe pas ou n'est pas un répertoire"},
    {"registry.unreadable", "impossible de lire le questionnaire {file}\u00A0: {why}"},
    {"registry.refused.one", "{file} comporte {count} erreur (voir irm lint)"},
    {"registry.refused.other", "{file} comporte {count} erreurs (voir irm lint)"},
};

extern const Table french_lint{"fr", french_lint_texts, std::size(french_lint_texts)};

}  // namespace irm::catalogue
