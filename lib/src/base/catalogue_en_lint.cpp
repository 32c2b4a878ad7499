// The English table of the messages of the questionnaire loader, irm lint (IRM1xx).
// One line per text; keys say where they are used. A pattern names its placeholders
// ({question}); literal braces are doubled. docs/WORDS.md says how to add a text.
//
// The reader is a questionnaire's author: the keys, ids and values of the file are named as
// written, in single quotes ('show_if', 'q5_1'), so that they can be found in the file; a
// question another question points at is named in words, with its id in brackets.
#include "base/catalogue_tables.hpp"

#include <iterator>

namespace irm::catalogue {

constexpr Text english_lint_texts[] = {
    // What each code means and what to do, in one sentence (finding.<code>)
    {"finding.IRM101",
     "The questionnaire file is not written as the format asks: a key is unknown or missing, or a value "
     "has the wrong form; correct it where the finding points."},
    {"finding.IRM102",
     "An id of a section, question or column, or a value of a choice list, is used twice; give each "
     "its own."},
    {"finding.IRM103",
     "An expression names a question or a column the questionnaire does not have; correct the id (the "
     "message suggests the closest)."},
    {"finding.IRM104", "An expression cannot be read; correct it where the finding points."},
    {"finding.IRM105",
     "A text has no translation into one of the languages the questionnaire declares; add it (until "
     "then, readers of that language see the first language)."},
    {"finding.IRM106",
     "A question's choices name a list that 'choice_lists' does not define; correct the name or add "
     "the list."},
    {"finding.IRM107",
     "Questions depend on one another in a circle through when they apply or are required, so none of "
     "them can be decided; break the circle."},
    {"finding.IRM108",
     "An expression compares a choice question with a value it does not offer, so the comparison is "
     "never true; use one of its values."},
    {"finding.IRM109",
     "A question's level of obligation is not one the format knows; write mandatory, alternative, "
     "consider, optional or savings."},
    {"finding.IRM110",
     "A question says how binding its provision is but names no provision; add 'provision' or remove "
     "the level."},
    {"finding.IRM111",
     "A question's alternatives name a question the questionnaire does not have; correct the id."},
    {"finding.IRM112",
     "A question's level of obligation and its alternatives disagree; make each question of the group "
     "an alternative that lists the others."},
    {"finding.IRM113",
     "The questions of an alternative group do not all list one another; list in each every other "
     "question of the group."},

    // The parts of a questionnaire file, as a message names them
    {"lint.what.questionnaire", "the questionnaire"},
    {"lint.what.title", "the title"},
    {"lint.what.section", "section {id}"},
    {"lint.what.a-section", "a section"},
    {"lint.what.section-title", "the title of section {id}"},
    {"lint.what.question", "question {id}"},
    {"lint.what.question-label", "the label of question {id}"},
    {"lint.what.question-short-label", "the short label of question {id}"},
    {"lint.what.question-help", "the help of question {id}"},
    {"lint.what.question-authority", "the authority of question {id}"},
    {"lint.what.constraint-message", "the message of the check on question {id}"},
    {"lint.what.row-constraint-message", "the message of the check on each row of table {id}"},
    {"lint.what.question-choices", "the choices of question {id}"},
    {"lint.what.choice-list", "choice list {name}"},
    {"lint.what.choice", "a choice"},
    {"lint.what.choice-label", "the label of choice {value}"},
    {"lint.what.column", "column {column} of table {table}"},
    {"lint.what.column-label", "the label of column {column} of table {table}"},
    {"lint.what.column-choices", "the choices of column {column} of table {table}"},

    // What an expression decides, as a message names it; the question a check is about
    {"lint.expression.section-show-if", "the condition under which section {id} applies"},
    {"lint.expression.question-show-if", "the condition under which question {id} applies"},
    {"lint.expression.required", "the condition under which question {id} must be answered"},
    {"lint.expression.constraint", "the check on the answer to question {id}"},
    {"lint.expression.row-constraint", "the check on each row of table {id}"},
    {"lint.expression.this-question", "this question"},

    // The closest name, after a name that is not known
    {"lint.did-you-mean", " (did you mean {name}?)"},

    // IRM101: the structure of the file
    {"finding.IRM101.unknown-key", "unknown key {key} in {what}{hint}"},
    {"finding.IRM101.missing-key", "{what} lacks the required key {key}"},
    {"finding.IRM101.not-one-value",
     "{key} must be a word, a number or a text, not a list or a group of keys"},
    {"finding.IRM101.text-not-by-language",
     "{what} must give its text for each language, e.g. {{en: ..., fr: ...}}"},
    {"finding.IRM101.text-language-undeclared",
     "{what} has a text in {language}, which is not one of the questionnaire's languages ({languages})"},
    {"finding.IRM101.text-not-text",
     "in {what}, the {language} text must be a text, not a list or a group of keys"},
    {"finding.IRM101.text-lacks-source", "{what} has no text in the source language {language}"},
    {"finding.IRM101.not-a-count", "{key} must be a whole number, 0 or more"},
    {"finding.IRM101.count-too-large", "{key} {value} is too large"},
    {"finding.IRM101.not-whole", "{key} must be a whole number"},
    {"finding.IRM101.not-decimal", "{key} must be a number, such as 12 or 0.5"},
    {"finding.IRM101.number-out-of-range", "{key} {value} is too large or too small to use"},
    {"finding.IRM101.not-a-date", "{key} must be a date written YYYY-MM-DD"},
    {"finding.IRM101.one-of", "{key} must be {values}"},
    {"finding.IRM101.empty", "{key} must not be empty"},
    {"finding.IRM101.min-above-max", "{min} is greater than {max}"},
    {"finding.IRM101.min-after-max", "{min} is later than {max}"},
    {"finding.IRM101.questionnaire-id-pattern",
     "the questionnaire id {id} must start with a lowercase letter or a digit and hold only lowercase "
     "letters, digits and hyphens ([a-z0-9][a-z0-9-]*)"},
    {"finding.IRM101.languages-not-a-list",
     "'languages' must be a list of at least one language code, e.g. [en, fr]"},
    {"finding.IRM101.unknown-language", "{language} is not a language code irm knows; use {languages}"},
    {"finding.IRM101.language-twice", "the language {language} is listed twice"},
    {"finding.IRM101.choice-lists-not-named",
     "'choice_lists' must name each list and give its choices, e.g. yn: [...]"},
    {"finding.IRM101.choices-not-a-list",
     "{what} must be a list of at least one choice, each written with the keys 'value' and 'label'"},
    {"finding.IRM101.choice-not-keys", "a choice must be written with the keys 'value' and 'label'"},
    {"finding.IRM101.choice-value-pattern",
     "the choice value {value} must hold only lowercase letters, digits and underscores ([a-z0-9_]+)"},
    {"finding.IRM101.sections-not-a-list", "'sections' must be a list of at least one section"},
    {"finding.IRM101.section-not-keys", "a section must be written with the keys {keys}"},
    {"finding.IRM101.section-id-pattern",
     "the section id {id} must start with a lowercase letter and hold only lowercase letters, digits "
     "and underscores ([a-z][a-z0-9_]*)"},
    {"finding.IRM101.questions-not-a-list", "'questions' must be a list of questions"},
    {"finding.IRM101.question-not-keys", "a question must be written with at least the keys {keys}"},
    {"finding.IRM101.question-id-pattern",
     "the question id {id} must start with a lowercase letter, hold only lowercase letters, digits and "
     "underscores ([a-z][a-z0-9_]*), and not be a word of expressions (and, or, not, in, true, false, "
     "null)"},
    {"finding.IRM101.unknown-type", "unknown question type {type}{hint}; use {types}"},
    {"finding.IRM101.alternatives-not-a-list", "'alternatives' must be a list of at least one question id"},
    {"finding.IRM101.alternative-not-an-id", "each entry of 'alternatives' must be a question id"},
    {"finding.IRM101.columns-not-a-list", "the columns of table {id} must be a list of at least one column"},
    {"finding.IRM101.column-not-keys", "a column must be written with the keys {keys}"},
    {"finding.IRM101.column-id-pattern",
     "the column id {id} must start with a lowercase letter and hold only lowercase letters, digits and "
     "underscores ([a-z][a-z0-9_]*)"},
    {"finding.IRM101.column-type", "{type} is not a type a column can have{hint}; use {types}"},

    // IRM102: an id or a value used twice
    {"finding.IRM102.section", "another section already has the id {id}"},
    {"finding.IRM102.question", "another question already has the id {id}"},
    {"finding.IRM102.column", "another column of this table already has the id {id}"},
    {"finding.IRM102.choice", "this list already has a choice with the value {id}"},

    // IRM103, IRM104, IRM108: expressions
    {"finding.IRM103.unknown-name", "unknown name {name}{hint}"},
    {"finding.IRM103.dot",
     "'.' stands for the answer being checked and can be used only in the check on an answer "
     "('constraint')"},
    {"finding.IRM103.no-column", "{question} has no column {column}{hint}"},
    {"finding.IRM104.syntax", "cannot read {what} ({key}): {problem}"},
    {"finding.IRM104.unreadable", "the expression cannot be parsed"},
    {"finding.IRM104.character", "unexpected character {character}"},
    {"finding.IRM104.character-equals", "unexpected character {character}; write '==' to compare"},
    {"finding.IRM104.character-not", "unexpected character {character}; write '!=' or 'not'"},
    {"finding.IRM104.character-and", "unexpected character {character}; write 'and'"},
    {"finding.IRM104.character-or", "unexpected character {character}; write 'or'"},
    {"finding.IRM104.unterminated", "a text in quotes is not closed: the closing {quote} is missing"},
    {"finding.IRM104.token-text", "text {text}"},
    {"finding.IRM104.unexpected", "unexpected {token}"},
    {"finding.IRM104.chained", "comparisons cannot be chained; join them with 'and'"},
    {"finding.IRM104.too-deep", "the expression is nested too deeply (more than {max} levels)"},
    {"finding.IRM104.empty", "the expression is empty"},
    {"finding.IRM104.operand-missing", "a value or a name is missing after {previous}"},
    {"finding.IRM104.close-missing", "missing {close}"},
    {"finding.IRM104.close-expected", "expected {close} but found {token}"},
    {"finding.IRM104.comma-or-close-expected", "expected ',' or {close} but found {token}"},
    {"finding.IRM104.number-out-of-range", "the number {number} is out of range"},
    {"finding.IRM104.unknown-function", "unknown function {name}{hint}"},
    {"finding.IRM104.arguments.one", "{function} takes {count} argument, got {given}"},
    {"finding.IRM104.arguments.other", "{function} takes {count} arguments, got {given}"},
    {"finding.IRM104.first-argument", "the first argument of {function} must be a question id or '.'"},
    {"finding.IRM104.second-argument-choice",
     "the second argument of {function} must be a choice value in quotes"},
    {"finding.IRM104.second-argument-column",
     "the second argument of {function} must be a column id in quotes"},
    {"finding.IRM104.sum-not-table",
     "'sum' adds up a column of a table, but {question} is a question of type {type}"},
    {"finding.IRM108.no-such-choice", "{question} has no choice {value}{hint}"},
    {"finding.IRM108.not-text", "{question} is compared with {value}, but choice values are text{hint}"},

    // IRM105-IRM107
    {"finding.IRM105.missing", "{what} has no text in {languages}"},
    {"finding.IRM106.unknown", "there is no choice list {name} under 'choice_lists'{hint}"},
    {"finding.IRM107.cycle",
     "these questions depend on one another in a circle, through the conditions under which they apply "
     "('show_if') or must be answered ('required'): {path}"},
    {"finding.IRM107.own-section",
     "the condition under which section {section} applies ('show_if') depends on a question of that same "
     "section: {question}"},

    // IRM109-IRM113: how binding a provision is
    {"finding.IRM109.unknown", "unknown level of obligation {name}{hint}; use {names}"},
    {"finding.IRM110.no-provision",
     "question {id} says how binding its provision is ({key}) but names no provision: add 'provision' "
     "(e.g. \"5(1)(a)(i)\") or remove {key}"},
    {"finding.IRM111.unknown",
     "the alternatives of {question} name {name}, which is not a question of this questionnaire{hint}"},
    {"finding.IRM112.none-listed",
     "{question} is an alternative but names no other way of meeting the obligation: list them in "
     "'alternatives'"},
    {"finding.IRM112.not-alternative",
     "{question} lists 'alternatives' but its obligation is {level}: write 'obligation: alternative' or "
     "remove 'alternatives'"},
    {"finding.IRM112.itself",
     "{question} lists itself among its alternatives; list only the other questions"},
    {"finding.IRM112.other-not-alternative",
     "the alternatives of {question} name {other}, whose obligation is {level}, not 'alternative'"},
    {"finding.IRM113.missing",
     "the alternatives of {question} do not list {missing}, which the other questions of its group "
     "({group}) name: each question of a group lists all the others"},

    // Where questionnaires come from (the registry): a directory, a file, a questionnaire refused
    {"registry.not-a-directory", "questionnaire directory {directory} does not exist or is not a directory"},
    {"registry.unreadable", "cannot read questionnaire {file}: {why}"},
    {"registry.refused.one", "{file} has {count} error (see irm lint)"},
    {"registry.refused.other", "{file} has {count} errors (see irm lint)"},
};

extern const Table english_lint{"en", english_lint_texts, std::size(english_lint_texts)};

}  // namespace irm::catalogue
