// The French table of the messages of the response checks and of the start of every YAML file:
// the same keys and placeholders as catalogue_en_findings.cpp. French typography: a non-breaking
// space (U+00A0) before « : ; ? » and inside guillemets.
#include "base/catalogue_tables.hpp"

#include <iterator>

namespace irm::catalogue {

namespace {

constexpr Text texts[] = {
    {"finding.did-you-mean", "{text} (vouliez-vous dire {candidate}\u00A0?)"},
    {"finding.choice", "{label} [{value}]"},
    {"finding.IRM014.custom", "{question}\u00A0: {text}"},
    {"finding.in-column", "{question}, colonne {column}"},
    {"finding.file.response", "une réponse"},
    {"finding.file.questionnaire", "un questionnaire"},
    {"finding.file.notes", "un fichier de notes des examinateurs"},
    {"finding.entry.citation", "une référence"},
    {"finding.entry.court-case", "une décision de justice"},
    {"finding.entry.need", "un besoin d'assistance technique"},
    {"finding.entry.row", "une ligne"},
    {"finding.entries.citation", "{count} références"},
    {"finding.entries.court-case", "{count} décisions de justice"},
    {"finding.entries.need", "{count} besoins"},
    {"finding.entries.row", "{count} lignes"},
    {"finding.entries.value", "{count} réponses cochées"},
    {"finding.entries.one-citation", "1 référence"},
    {"finding.entries.one-court-case", "1 décision de justice"},
    {"finding.entries.one-need", "1 besoin"},
    {"finding.entries.one-row", "1 ligne"},
    {"finding.entries.one-value", "1 réponse cochée"},
    {"finding.text.answer", "la réponse"},
    {"finding.text.state", "le nom de l'État"},
    {"finding.text.justification", "la justification de la dérogation"},
    {"finding.IRM001.syntax",
     "le fichier ne peut plus être lu à partir d'ici (le lecteur YAML signale\u00A0: "
     "{detail})\u00A0; vérifiez cette ligne et la précédente\u00A0: retrait fait d'espaces, le même "
     "pour tous les éléments d'une liste, deux-points et espace après chaque clé, guillemets fermés"},
    {"finding.IRM001.tab",
     "cette ligne est mise en retrait par une tabulation, alors que YAML n'accepte que des "
     "espaces\u00A0: remplacez la tabulation par des espaces (deux par niveau, comme dans le modèle)"},
    {"finding.IRM001.binary",
     "ce n'est pas un fichier texte\u00A0: une réponse est un fichier texte YAML, ou un classeur "
     ".xlsx produit par irm template"},
    {"finding.IRM001.nul", "le fichier contient ici un octet NUL, qu'aucun texte ne contient\u00A0: supprimez-le"},
    {"finding.IRM001.latin1",
     "le fichier n'est pas en UTF-8 à cet endroit (octet 0x{byte})\u00A0: il a sans doute été "
     "enregistré en Latin-1 ou Windows-1252\u00A0; ouvrez-le dans un éditeur de texte et "
     "enregistrez-le de nouveau avec l'encodage UTF-8"},
    {"finding.IRM001.unclosed-quote",
     "un texte s'ouvre ici par {quote} et n'est jamais fermé\u00A0: ajoutez le {quote} fermant à sa "
     "fin"},
    {"finding.IRM001.text-not-indented",
     "les lignes de ce texte ne sont pas en retrait sous leur clé\u00A0: mettez chaque ligne du "
     "texte plus en retrait que la clé, ou écrivez '' pour un texte vide"},
    {"finding.IRM001.too-deep",
     "les listes sont imbriquées ici plus profondément qu'aucune réponse ne le demande\u00A0: ce "
     "fichier n'a pas été écrit à partir d'un modèle"},
    {"finding.IRM001.too-large",
     "les alias du fichier (*nom) répètent ses valeurs bien au-delà de sa propre taille\u00A0: "
     "écrivez plutôt les valeurs en entier"},
    {"finding.IRM001.unknown-alias",
     "un alias (*nom) renvoie ici à une ancre (&nom) qui n'est pas définie avant lui\u00A0: "
     "définissez d'abord l'ancre, ou écrivez la valeur en entier"},
    {"finding.IRM006.ods",
     "ceci est un classeur LibreOffice (.ods), qu'irm ne lit pas\u00A0: ouvrez le classeur produit par "
     "irm et enregistrez-le au format .xlsx (Excel 2007-365) par Fichier, Enregistrer sous"},
    {"finding.IRM006.xls",
     "ceci est un classeur Excel 97-2003 (.xls), qu'irm ne lit pas\u00A0: enregistrez le classeur produit "
     "par irm au format .xlsx (Classeur Excel) par Fichier, Enregistrer sous"},
    {"finding.IRM006.xlsm",
     "ceci est un classeur avec macros (.xlsm), qu'irm ne lit pas\u00A0: enregistrez le classeur produit "
     "par irm au format .xlsx (Classeur Excel, sans macros) par Fichier, Enregistrer sous"},
    {"finding.IRM006.csv",
     "ceci est un tableau CSV, qui ne peut pas contenir une réponse\u00A0: remplissez le classeur "
     "qu'écrit irm template, et gardez-le au format .xlsx"},
    {"finding.IRM006.json",
     "ceci est un fichier JSON, alors que les réponses sont des fichiers YAML ou des classeurs "
     ".xlsx\u00A0: irm template écrit l'un ou l'autre, à remplir"},
    {"finding.IRM006.docx",
     "ceci est un document Word, dont irm ne peut pas lire les réponses\u00A0: recopiez-les dans le "
     "classeur qu'écrit irm template, et gardez-le au format .xlsx"},
    {"finding.IRM006.pdf",
     "ceci est un PDF, dont irm ne peut pas lire les réponses\u00A0: remplissez le classeur qu'écrit irm "
     "template, et gardez-le au format .xlsx"},
    {"finding.prologue.empty", "le fichier est vide\u00A0: {kind} commence par la ligne {line}"},
    {"finding.prologue.not-keys",
     "{kind} est une liste de clés, une par ligne, telles que {keys}\u00A0; ce fichier contient "
     "autre chose"},
    {"finding.prologue.more-documents",
     "le fichier contient plus d'un document YAML (une ligne '---' au milieu)\u00A0; seul le premier "
     "est lu"},
    {"finding.prologue.no-format",
     "il manque au fichier sa première ligne, {line}\u00A0: est-ce bien {kind}\u00A0?"},
    {"finding.prologue.wrong-format", "la première ligne doit être {line}, et non {found}"},
    {"finding.prologue.is-questionnaire",
     "ce fichier est un questionnaire, et non {kind}\u00A0: irm lint le vérifie, et irm template en "
     "tire la réponse à remplir"},
    {"finding.prologue.is-response",
     "ce fichier est la réponse d'un État, et non {kind}\u00A0: irm validate la vérifie"},
    {"finding.prologue.is-notes",
     "ce fichier contient les notes des examinateurs, et non {kind}\u00A0: donnez-le à irm "
     "observations ou irm summary avec --notes"},
    {"finding.prologue.keys.response", "format, questionnaire, version, state, language et answers"},
    {"finding.prologue.keys.questionnaire", "format, id, version, languages, title et sections"},
    {"finding.prologue.keys.notes", "format, questionnaire, version, state et notes"},
    {"finding.IRM004.duplicate",
     "{key} est écrit deux fois ici\u00A0; le premier est lu et celui-ci est ignoré\u00A0: n'en "
     "gardez qu'un"},
    {"finding.IRM004.answered-twice",
     "{question} reçoit deux réponses\u00A0; la première est lue et celle-ci est ignorée\u00A0: n'en "
     "gardez qu'une"},
    {"finding.IRM005.unreadable", "le fichier ne peut pas être lu\u00A0: {why}"},
    {"finding.IRM002.unknown-key",
     "{key} n'est pas une ligne de l'en-tête d'une réponse{suggestion}\u00A0; une réponse comporte "
     "format, questionnaire, version, state, language, status, answers et waivers"},
    {"finding.IRM002.status", "status vaut draft (en cours de rédaction) ou final (envoyée), et non {value}"},
    {"finding.IRM002.answers-shape",
     "answers comporte une ligne par question, écrite id_de_question: réponse, chacune en retrait "
     "sous answers"},
    {"finding.IRM002.waivers-shape",
     "waivers comporte une ligne par question, écrite id_de_question: la raison pour laquelle son "
     "avertissement ne s'applique pas"},
    {"finding.IRM002.lacks", "il manque à la réponse sa ligne {key}: …, que le modèle place en tête"},
    {"finding.IRM002.empty-value", "{key} est vide\u00A0: écrivez sa valeur après les deux-points"},
    {"finding.IRM002.not-one-value", "{key} prend une seule valeur après les deux-points, et non une liste"},
    {"finding.IRM002.language",
     "la langue {language} n'est pas une des langues de ce questionnaire\u00A0: {languages}"},
    {"finding.IRM002.waiver-without-reason",
     "la dérogation pour {question} doit être justifiée\u00A0: dites pourquoi l'avertissement ne "
     "s'applique pas"},
    {"finding.IRM003.refused",
     "le questionnaire {id}, version {version}, ne peut pas être utilisé\u00A0: {why}"},
    {"finding.IRM003.no-version",
     "le questionnaire {id} n'a pas de version {version}\u00A0; irm connaît {versions}\u00A0: "
     "vérifiez la version, ou faites migrer la réponse"},
    {"finding.IRM003.unknown",
     "aucun questionnaire {id} n'est chargé{suggestion}\u00A0: vérifiez son nom, ou indiquez le "
     "dossier qui le contient avec --questionnaires"},
    {"finding.IRM010.answer",
     "{id} n'est pas une question de ce questionnaire{suggestion}\u00A0: comparez l'identifiant avec "
     "celui du modèle"},
    {"finding.IRM010.waiver",
     "la dérogation porte sur {id}, qui n'est pas une question de ce questionnaire{suggestion}"},
    {"finding.IRM011.whole-number",
     "{question}\u00A0: {value} n'est pas un nombre entier\u00A0; écrivez seulement les chiffres, "
     "par exemple 4"},
    {"finding.IRM011.number",
     "{question}\u00A0: {value} n'est pas un nombre\u00A0; écrivez seulement les chiffres, par "
     "exemple 4 ou 2.5"},
    {"finding.IRM011.number-with-unit",
     "{question}\u00A0: écrivez le nombre seul, {number}, sans {unit} (la question dit "
     "ce qu'elle compte)"},
    {"finding.IRM011.decimal-comma", "{question}\u00A0: écrivez {value} avec un point, soit {number}"},
    {"finding.IRM011.thousands", "{question}\u00A0: écrivez {value} sans séparateur, soit {number}"},
    {"finding.IRM011.one-value",
     "{question} prend une seule réponse, écrite après les deux-points sur sa propre ligne, et non "
     "une liste"},
    {"finding.IRM011.one-value-not-fields",
     "{question} prend une seule réponse, écrite après les deux-points sur sa propre ligne, et non "
     "des lignes nommées"},
    {"finding.IRM011.one-value-empty", "{question}\u00A0: écrivez la réponse après les deux-points"},
    {"finding.IRM011.list",
     "{question} prend une liste\u00A0: les réponses une par ligne en dessous, chacune précédée de "
     "'- '"},
    {"finding.IRM011.list-item",
     "{question}\u00A0: chaque élément de la liste est une réponse, écrite après son '- '"},
    {"finding.IRM011.entries",
     "{question} prend une liste dont chaque élément est {entry}, précédé de '- ' sous la question, "
     "comme le montre le modèle"},
    {"finding.IRM011.entry",
     "{question}\u00A0: chaque élément de la liste est {entry}, dont les champs s'écrivent nom: "
     "valeur sous son '- ', comme le montre le modèle"},
    {"finding.IRM011.repeated",
     "{question}\u00A0: {value} est coché deux fois\u00A0; ne le gardez qu'une fois"},
    {"finding.IRM012.not-a-choice",
     "{question}\u00A0: {value} n'est pas une de ses réponses{suggestion}\u00A0; ce sont {choices}\u00A0: "
     "écrivez celle qui figure entre crochets"},
    {"finding.IRM012.not-a-label",
     "{question}\u00A0: {value} n'est pas une de ses réponses{suggestion}\u00A0; choisissez {labels} dans la "
     "liste de la cellule"},
    {"finding.IRM012.label-written",
     "{question}\u00A0: {value} est le libellé d'une réponse\u00A0; dans un fichier YAML, écrivez sa "
     "valeur, {choice}"},
    {"finding.IRM013.unanswered",
     "{question} doit recevoir une réponse dans une réponse finale\u00A0: répondez-y, ou gardez "
     "status: draft tant que le travail se poursuit"},
    {"finding.IRM014.rule",
     "{question}\u00A0: la réponse ne satisfait pas au contrôle du questionnaire ({rule})"},
    {"finding.IRM014.row-rule",
     "{question}\u00A0: cette ligne ne satisfait pas au contrôle du questionnaire ({rule})"},
    {"finding.IRM015.not-applicable",
     "{question} ne s'applique pas à cette réponse\u00A0: elle ne s'applique que si {condition}\u00A0; "
     "cette réponse est ignorée — supprimez-la, ou modifiez la réponse dont elle dépend"},
    {"finding.IRM015.not-applicable-here",
     "{question} ne s'applique pas à cette réponse\u00A0: cette réponse est ignorée\u00A0; "
     "supprimez-la, ou modifiez les réponses dont elle dépend"},
    {"finding.IRM016.written-as",
     "{question}\u00A0: écrivez la date {value} sous la forme {date}, année-mois-jour"},
    {"finding.IRM016.written-as-day-first",
     "{question}\u00A0: écrivez la date {value} sous la forme {date}, année-mois-jour (lue comme "
     "jour, mois, année)"},
    {"finding.IRM016.not-a-date",
     "{question}\u00A0: {value} n'est pas une date réelle\u00A0; écrivez-la année-mois-jour, par "
     "exemple 2004-03-15"},
    {"finding.IRM017.below", "{question}\u00A0: {value} est inférieur à {min}, le minimum admis"},
    {"finding.IRM017.above", "{question}\u00A0: {value} est supérieur à {max}, le maximum admis"},
    {"finding.IRM017.before",
     "{question}\u00A0: {value} est antérieur au {min}, la date la plus ancienne admise"},
    {"finding.IRM017.after",
     "{question}\u00A0: {value} est postérieur au {max}, la date la plus récente admise"},
    {"finding.IRM017.too-short",
     "{question}\u00A0: le texte compte {length} caractères, et il en faut au moins {min}"},
    {"finding.IRM017.too-long",
     "{question}\u00A0: le texte compte {length} caractères, et il en faut au plus {max}\u00A0; "
     "raccourcissez-le"},
    {"finding.IRM017.too-few", "{question}\u00A0: {count}, et il en faut au moins {min}"},
    {"finding.IRM017.too-many", "{question}\u00A0: {count}, et il en faut au plus {max}"},
    {"finding.IRM018.unknown-field",
     "{question}\u00A0: {field} n'est pas un champ d'{entry}{suggestion}\u00A0; ses champs sont "
     "{fields}"},
    {"finding.IRM018.lacks-field", "{question}\u00A0: il manque à {entry} son champ {field}"},
    {"finding.IRM018.field-one-value",
     "{question}\u00A0: le champ {field} d'{entry} prend une seule valeur après les deux-points, et "
     "non une liste"},
    {"finding.IRM018.year",
     "{question}\u00A0: l'année d'{entry} est un nombre entier comme 2019, et non {value}"},
    {"finding.IRM018.url",
     "{question}\u00A0: l'adresse (url) d'{entry} commence par http:// ou https://, ce qui n'est pas "
     "le cas de {value}"},
    {"finding.IRM018.date-or-year",
     "{question}\u00A0: il manque à {entry} sa date\u00A0: indiquez la date de la décision (date), "
     "ou au moins son année (year)"},
    {"finding.IRM018.date",
     "{question}\u00A0: la date d'{entry} est une date réelle écrite année-mois-jour, comme "
     "2019-05-14, et non {value}"},
    {"finding.IRM018.date-written-as",
     "{question}\u00A0: écrivez la date d'{entry}, {value}, sous la forme {date}, année-mois-jour"},
    {"finding.IRM018.year-of-date",
     "{question}\u00A0: l'année {value} d'{entry} n'est pas celle de sa date, {date}"},
    {"finding.IRM018.category",
     "{question}\u00A0: {value} n'est pas une catégorie d'assistance technique{suggestion}\u00A0; ce sont "
     "{choices}\u00A0: écrivez celle qui figure entre crochets"},
    {"finding.IRM018.priority",
     "{question}\u00A0: {value} n'est pas une priorité\u00A0; ce sont {choices}\u00A0: écrivez celle qui figure "
     "entre crochets"},
    {"finding.IRM018.unknown-column",
     "{question}\u00A0: {column} n'est pas une colonne de ce tableau{suggestion}\u00A0; ses colonnes "
     "sont {columns}"},
    {"finding.IRM018.lacks-column",
     "{question}\u00A0: il manque à une ligne la colonne {column}, que chaque ligne doit remplir"},
    {"finding.IRM019.note",
     "{question} est une note à lire, et non une question\u00A0: supprimez la réponse"},
    {"finding.IRM020.waived", "dérogation\u00A0: {message} — justification donnée\u00A0: {justification}"},
    {"finding.IRM021.nothing-to-waive",
     "la dérogation pour {question} ne lève rien\u00A0: la question n'a pas d'avertissement\u00A0; "
     "supprimez la dérogation"},
    {"finding.IRM060.control",
     "{what} de {question} contient U+{code}, un caractère de commande, au caractère {index}\u00A0: "
     "aucune réponse n'en a besoin, et les projets et exports risquent d'afficher U+FFFD à sa "
     "place\u00A0; supprimez-le"},
    {"finding.IRM060.noncharacter",
     "{what} de {question} contient U+{code}, un non-caractère, au caractère {index}\u00A0: aucune "
     "réponse n'en a besoin, et les projets et exports risquent d'afficher U+FFFD à sa place\u00A0; "
     "supprimez-le"},
    {"finding.IRM060.control-header",
     "{what} contient U+{code}, un caractère qu'aucun texte n'emploie, au caractère {index}\u00A0: "
     "supprimez-le"},
    {"finding.IRM061.precision",
     "{question}\u00A0: {number} a plus de chiffres, ou est plus grand, que les nombres avec "
     "lesquels irm calcule (15 chiffres significatifs, moins de 10^308)\u00A0: les contrôles et les "
     "tableurs l'arrondiraient, aussi les classeurs le montrent-ils comme texte\u00A0; les exports "
     "XML et JSON gardent tous ses chiffres"},
    // One sentence per code: what it means and what to do (irm's list of codes, SARIF rules)
    {"finding.IRM001",
     "Le fichier ne peut pas être lu comme YAML à l'endroit indiqué (une tabulation, un guillemet "
     "resté ouvert, un fichier qui n'est pas en UTF-8)\u00A0; corrigez cette ligne et la précédente."},
    {"finding.IRM002",
     "L'en-tête ou la présentation de la réponse est erroné\u00A0: sa première ligne, une ligne d'en-"
     "tête manquante ou inconnue, ou des réponses qui ne sont pas écrites une par ligne\u00A0; "
     "corrigez-le comme le montre le modèle."},
    {"finding.IRM003",
     "Aucun questionnaire de cet identifiant et de cette version n'est chargé\u00A0: vérifiez l'en-"
     "tête, ou indiquez le dossier du questionnaire avec --questionnaires."},
    {"finding.IRM004",
     "Une clé ou une réponse est écrite deux fois\u00A0: seule la première est lue\u00A0; n'en gardez "
     "qu'une."},
    {"finding.IRM005",
     "Le fichier ne peut pas être lu du tout (droits d'accès, erreur de lecture, taille excessive)."},
    {"finding.IRM006",
     "Un classeur ou un document qui n'est pas un format de réponse\u00A0: enregistrez le classeur "
     "produit par irm au format .xlsx, ou remplissez le modèle."},
    {"finding.IRM010",
     "Une réponse ou une dérogation désigne une question que le questionnaire n'a pas\u00A0: comparez "
     "l'identifiant avec celui du modèle."},
    {"finding.IRM011",
     "Une réponse n'est pas écrite comme sa question l'attend\u00A0: un nombre accompagné de mots, une"
     " seule réponse là où une liste est attendue, ou l'inverse."},
    {"finding.IRM012",
     "Une réponse n'est pas l'une des réponses de la question\u00A0: écrivez la valeur entre crochets,"
     " ou choisissez un libellé dans la liste du classeur."},
    {"finding.IRM013",
     "Une question obligatoire n'a pas de réponse dans une réponse finale\u00A0: répondez-y, ou gardez"
     " la réponse à l'état de projet."},
    {"finding.IRM014",
     "Une réponse ne satisfait pas à un contrôle du questionnaire\u00A0; le message précise lequel."},
    {"finding.IRM015",
     "Une réponse est donnée à une question qui ne s'applique pas à cette réponse\u00A0; elle est "
     "ignorée."},
    {"finding.IRM016",
     "Une date n'est pas une date réelle écrite année-mois-jour, comme 2004-03-15."},
    {"finding.IRM017",
     "Un nombre, une date, la longueur d'un texte ou un décompte sort de ce que la question admet."},
    {"finding.IRM018",
     "Une référence, une décision de justice, un besoin d'assistance technique ou une ligne de tableau"
     " a un champ inconnu, manquant ou erroné."},
    {"finding.IRM019",
     "Une réponse est donnée à une note, qui ne demande rien\u00A0: supprimez-la."},
    {"finding.IRM020",
     "Un avertissement fait l'objet d'une dérogation\u00A0: la justification de l'État est donnée à sa"
     " place."},
    {"finding.IRM021",
     "Une dérogation désigne une question qui n'a pas d'avertissement à lever\u00A0: supprimez-la."},
    {"finding.IRM060",
     "Un texte contient un caractère de commande, qu'aucune réponse n'emploie et que les sorties ne "
     "peuvent pas afficher\u00A0: supprimez-le."},
    {"finding.IRM061",
     "Un nombre a plus de chiffres que n'en gardent les contrôles et les tableurs\u00A0: ils "
     "l'arrondiraient\u00A0; les exports le gardent entier."},
};

}  // namespace

extern const Table french_findings{"fr", texts, std::size(texts)};

}  // namespace irm::catalogue
