// The English table of the catalogue: the reference every other language follows.
// One line per text, grouped by where it is read; keys say where they are used.
// A pattern names its placeholders ({provision}); literal braces are doubled.
#include "base/catalogue_tables.hpp"

#include <iterator>

namespace irm::catalogue {

constexpr Text english_texts[] = {
    // Words of any sentence: lists and quotations in prose
    {"words.comma", "{left}, {right}"},
    {"words.and", "{left} and {right}"},
    {"words.or", "{left} or {right}"},
    {"words.quoted", "“{text}”"},

    // Names of the instruments, clusters and languages
    {"instrument.untoc", "United Nations Convention against Transnational Organized Crime"},
    {"instrument.tip",
     "Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children"},
    {"instrument.som", "Protocol against the Smuggling of Migrants by Land, Sea and Air"},
    {"instrument.fir",
     "Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and "
     "Components and Ammunition"},
    {"cluster.1", "I — Criminalization and jurisdiction"},
    {"cluster.2", "II — Prevention, technical assistance, protection measures and other measures"},
    {"cluster.3", "III — Law enforcement and the judicial system"},
    {"cluster.4", "IV — International cooperation, mutual legal assistance and confiscation"},
    {"language.ar", "Arabic"},
    {"language.en", "English"},
    {"language.es", "Spanish"},
    {"language.fr", "French"},
    {"language.ru", "Russian"},
    {"language.zh", "Chinese"},

    // Answers summed up in a line, and the vocabularies of technical assistance. A priority
    // is written as in running text ("priorité : élevée"); lists and drop-downs capitalise it.
    // French says élevée / moyenne / faible, the usual words for priority levels in UN texts,
    // in drafts and workbooks alike (docs/WORDS.md).
    {"answer.rows.one", "{count} row"},
    {"answer.rows.other", "{count} rows"},
    {"ta.category.legislative-assistance", "Legislative assistance"},
    {"ta.category.institution-building", "Institution building"},
    {"ta.category.policy-making", "Policy making"},
    {"ta.category.capacity-building", "Capacity building"},
    {"ta.category.data-collection", "Data collection"},
    {"ta.category.international-cooperation", "International cooperation"},
    {"ta.category.technology", "Technology"},
    {"ta.category.other", "Other"},
    {"priority.high", "high"},
    {"priority.medium", "medium"},
    {"priority.low", "low"},

    // Drafts (irm observations, irm summary): titles and the title block
    {"draft.title.observations", "List of observations (draft)"},
    {"draft.title.summary", "Summary of the list of observations (draft)"},
    {"draft.title.notice",
     "A first draft drawn from the State's answers and the reviewers' notes. Each sentence drawn from the "
     "answers ends with the ids of the questions it comes from, in brackets; the reviewing States check, "
     "complete and reword it."},
    {"draft.title.state", "State under review"},
    {"draft.title.instrument", "Instrument"},
    {"draft.title.cluster", "Cluster"},
    {"draft.title.questionnaire", "Questionnaire"},
    {"draft.title.questionnaire-version", "{id}, version {version}"},
    {"draft.title.reviewers", "Reviewing States"},
    {"draft.title.to-be-named", "to be named"},
    {"draft.title.date", "Date of this draft"},
    {"draft.title.received", "Response received"},
    {"draft.title.dialogue", "Dialogue with the State under review"},
    {"draft.title.status", "Status of the response"},
    {"draft.title.language", "Language of the answers"},
    {"draft.title.not-stated", "not stated"},
    {"draft.status.final", "final"},
    {"draft.status.draft", "draft, still in progress"},
    {"draft.title.field", "{label}:"},

    // Drafts: headings of an article
    {"draft.heading.provisions", "Provisions reviewed"},
    {"draft.heading.reported", "What the State reported"},
    {"draft.heading.points", "Points for the dialogue"},
    {"draft.heading.successes", "Successes and good practices"},
    {"draft.heading.challenges", "Challenges and issues"},
    {"draft.heading.suggestions", "Suggestions"},
    {"draft.heading.ta-needs", "Technical assistance needs"},
    {"draft.heading.other", "Practice and other information"},
    {"draft.heading.provision", "Article {provision}"},

    // Drafts: what the State reported
    {"draft.reported.provisions", "The questionnaire asks about article {provisions}."},
    {"draft.reported.provisions-not-applicable",
     "Not applicable, given the State's other answers: {provisions}."},
    {"draft.reported.article-not-applicable",
     "This article does not apply, given the State's other answers."},
    {"draft.reported.answer", "Answer: {answer}."},
    {"draft.reported.no-answer", "No answer provided."},
    {"draft.reported.not-applicable", "Does not apply, given the State's other answers."},
    {"draft.reported.malformed", "The answer is not in the expected form; irm validate says what is wrong."},
    {"draft.reported.legislation", "Legislation cited:"},
    {"draft.reported.missing", "What is missing, as the State explains it:"},

    // Drafts: technical assistance
    {"draft.ta.none", "The State reports no need for technical assistance on this article."},
    {"draft.ta.stated", "The State reports these needs:"},
    {"draft.ta.unanswered", "The State has not said whether it needs technical assistance on this article."},
    {"draft.ta.notes", "Identified by the reviewing States:"},
    {"draft.ta.not-described",
     "The State reports a need for technical assistance on this article but does not describe it."},
    {"draft.ta.need", "{category} (priority: {priority}): {description}"},
    {"draft.ta.need-no-priority", "{category}: {description}"},

    // Drafts: where there is nothing yet, and the reviewers' notes
    {"draft.placeholder.to-complete", "To be completed by the reviewing States."},
    {"draft.placeholder.no-points", "No point drawn from the answers."},
    {"draft.placeholder.nothing", "None so far."},
    {"draft.notes.comment", "Reviewing States:"},
    {"draft.summary.article", "Article {article}:"},
    {"draft.summary.suggestion", "Suggestion:"},

    // Drafts: the rules that draw points for the dialogue and successes from the answers
    {"draft.rule.no-answer", "No answer was given on article {provisions}."},
    {"draft.rule.answered-no", "The State reports that its law does not give effect to article {provision}."},
    {"draft.rule.no-without-explanation",
     "The State answered No on article {provision} without explaining what is missing."},
    {"draft.rule.answered-in-part",
     "The State reports that its law gives effect to article {provision} only in part."},
    {"draft.rule.in-part-without-explanation",
     "The State answered Yes, in part on article {provision} without explaining what is missing."},
    {"draft.rule.yes-without-legislation",
     "The State reports that effect is given to article {provision} but cites no legislation."},
    {"draft.rule.citation-without-link",
     "Legislation cited for article {provision} without a link to its text: {titles}."},
    {"draft.rule.no-examples", "No examples of implementation are given for article {article}."},
    {"draft.rule.no-statistics", "No statistics are given in answer to {question}."},
    {"draft.rule.statistics-column-empty",
     "The statistics for article {article} give no figures for: {columns}."},
    {"draft.rule.unanswered-required", "No answer was given to a required question: {question}."},
    {"draft.rule.warning", "Answer to check: {message}"},
    {"draft.rule.warning-in-row", "Row {row} of the table to check: {message}"},
    {"draft.rule.answer-not-applicable",
     "An answer was given to a question that does not apply, given the State's other answers: {question}."},
    {"draft.rule.waived-warning",
     "The State set aside a check on this answer ({check}), explaining: {justification}."},
    {"draft.rule.implemented-with-legislation",
     "The State reports that its law gives full effect to article {provisions}, and cites the legislation."},
    {"draft.check.rule", "the answer does not meet the rule {rule}"},
    {"draft.check.row", "row {row}: {message}"},
    {"draft.check.not-applicable", "the question does not apply, given the other answers"},

    // Conditions of a questionnaire put into words (templates and workbooks)
    {"condition.applies-when", "Applies when {condition}."},
    {"condition.required", "Required."},
    {"condition.required-when", "Required when {condition}."},
    {"condition.required-when-applies", "Required when it applies."},
    {"condition.is", "{question} is {values}"},
    {"condition.is-not", "{question} is not {values}"},
    {"condition.answered", "{question} is answered"},
    {"condition.not-answered", "{question} is not answered"},
    {"condition.selected", "{value} is selected for {question}"},
    {"condition.quoted", "“{text}”"},
    {"condition.with-expression", "{condition} ({expression})"},

    // Templates (irm template): words of the YAML template and of the workbook
    {"template.labelled", "{label}: {text}"},
    {"template.note", "Note"},
    {"template.help", "Help"},
    {"template.authority", "Likely authority"},
    {"template.values", "Values"},
    {"template.state-placeholder", "Name of the State"},
    {"template.column-required", "required"},
    {"template.type.whole-number", "A whole number"},
    {"template.type.number", "A number"},
    {"template.type.date", "A date (YYYY-MM-DD)"},
    {"template.bounds.between", "from {min} to {max}"},
    {"template.bounds.at-least", "at least {min}"},
    {"template.bounds.at-most", "at most {max}"},

    // Templates: the YAML template's comments
    {"template.yaml.questionnaire", "questionnaire {id}, version {version}, {language}"},
    {"template.yaml.intro.answer",
     "Answer after each question; leave empty what has no answer yet (an empty answer is unanswered)."},
    {"template.yaml.intro.comments", "Notes and help are comments: they are not part of the response."},
    {"template.yaml.intro.validate",
     "Check the file with: irm validate FILE (add --final to see what is still required)."},
    {"template.shape.multi-choice", "A list of values, e.g. [value, value]"},
    {"template.shape.text", "Text"},
    {"template.shape.legislation", "A list of citations:"},
    {"template.shape.table", "A list of rows, one per line of the table:"},
    {"template.shape.needs", "A list of needs:"},
    {"template.columns", "Columns"},
    {"template.categories", "Categories"},
    {"template.priorities", "Priorities"},

    // Workbooks (irm template, irm split --format xlsx): sheets, headers, cells
    {"workbook.sheet.instructions", "Instructions"},
    {"workbook.sheet.answers", "Answers"},
    {"workbook.sheet.legislation", "Legislation"},
    {"workbook.sheet.needs", "Technical assistance"},
    {"workbook.header.section", "Section"},
    {"workbook.header.provision", "Provision"},
    {"workbook.header.question", "Question"},
    {"workbook.header.answer", "Answer"},
    {"workbook.header.waiver", "Waiver: why a warning does not apply"},
    {"workbook.header.title", "Title"},
    {"workbook.header.year", "Year"},
    {"workbook.header.url", "Link to the text (URL)"},
    {"workbook.header.sherloc", "SHERLOC id"},
    {"workbook.header.category", "Category"},
    {"workbook.header.description", "Description"},
    {"workbook.header.priority", "Priority"},
    {"workbook.field.questionnaire", "Questionnaire"},
    {"workbook.field.language", "Language"},
    {"workbook.field.state", "State"},
    {"workbook.questionnaire-version", "{id} (version {version})"},
    {"workbook.row", "row {number}"},
    {"workbook.see-legislation", "Cite the laws on the Legislation sheet, question {question}."},
    {"workbook.see-needs", "List the needs on the Technical assistance sheet, question {question}."},
    {"workbook.see-table", "Fill in the table on sheet {sheet}."},
    {"workbook.several", "One or more, separated by ;"},
    {"workbook.not-carried",
     "{question}: the answer cannot be carried into a workbook cell ({why}); it is left out"},

    // Workbooks: the Instructions sheet
    {"workbook.instructions.title", "How to fill in this workbook"},
    {"workbook.instructions.answer",
     "1. Answer in the yellow cells of the Answers sheet. Pick choices from the drop-down list; where "
     "several are allowed, type their labels separated by \";\"."},
    {"workbook.instructions.conditions",
     "2. Some questions apply only when an earlier answer says so: the Question column says when. Leave "
     "the others empty."},
    {"workbook.instructions.lists",
     "3. Cite legislation on the Legislation sheet (one row per law, choosing the question in column A), "
     "technical-assistance needs on the Technical assistance sheet, and statistics on the sheet of each "
     "table."},
    {"workbook.instructions.copies",
     "4. Several ministries can fill in copies of this workbook; the focal point then gathers the answers."},
    {"workbook.instructions.layout",
     "5. Do not rename, move or delete sheets, rows or columns: a hidden sheet tells irm which cell holds "
     "which answer."},
    {"workbook.instructions.import", "6. When done, turn the workbook into a response and check it:"},
    {"workbook.instructions.import-command", "       irm import WORKBOOK.xlsx -o response.yaml"},
    {"workbook.instructions.validate-command",
     "       irm validate response.yaml      (or directly: irm validate WORKBOOK.xlsx)"},

    // Parts of a response (irm split): the comments of a part
    {"part.of", "Part of the response of {state} to questionnaire {id} version {version},"},
    {"part.for", "for: {authority}."},
    {"part.focal-point", "the national focal point (questions with no authority named)"},
    {"part.instructions",
     "Fill in the empty answers and send this file back to the national focal point, who merges the parts "
     "with `irm merge`. `irm validate` checks this file on its own."},
    {"part.context", "Answered in the part for: {authority}"},
    {"part.context-why",
     "It is here because questions of this part depend on it; change it in that part, not here."},
    {"part.shape.choice", "Values: {values}"},
    {"part.shape.multi-choice", "A list of any of these values: {values}"},
    {"part.shape.legislation",
     "A list of citations, each with title (required), provision, year, url, sherloc."},
    {"part.shape.table", "A list of rows, each with the columns: {columns}."},
    {"part.shape.needs",
     "A list of needs, each with category, description and priority (high, medium or low). Categories: "
     "{categories}."},
    {"part.shape.date", "A date written YYYY-MM-DD."},
    {"part.shape.whole-number", "A whole number."},
    {"part.shape.number", "A number."},
};

extern const Table english{"en", english_texts, std::size(english_texts)};

}  // namespace irm::catalogue
