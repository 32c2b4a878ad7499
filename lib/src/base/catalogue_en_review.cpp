// The English table of the words of sharing and reviewing a response: the findings of merge
// (IRM030–IRM033) and of reviewers' notes (IRM040–IRM044), and what irm split, merge, status,
// diff, export and aggregate print for a person. One line per text; keys say where they are used.
// A pattern names its placeholders ({question}); literal braces are doubled. docs/WORDS.md says
// how to add a text.
//
// A question is named in words with its id in brackets ({question}: "article 5, paragraph 1 (a)
// (i) — legislation cited [q5_1a_i_law]"); an answer by its labels, with the value a YAML file
// holds in brackets. Keys, ids and values of a file are quoted as written ('dates', 'q5_1').
#include "base/catalogue_tables.hpp"

#include <iterator>

namespace irm::catalogue {

constexpr Text english_review_texts[] = {
    // What each code means and what to do, in one sentence (finding.<code>)
    {"finding.IRM030",
     "Two parts give one question, or one waiver, different answers; keep the answer in one part only, "
     "then merge again."},
    {"finding.IRM031",
     "A part answers another questionnaire, version or State than the response it is merged onto; merge "
     "it onto its own response."},
    {"finding.IRM032",
     "A part changes or clears an answer, or a waiver, the response already had; the change is made, "
     "check that it was meant."},
    {"finding.IRM033",
     "A workbook part holds an answer cut to what a cell holds; the response's whole answer is kept, and "
     "a change to it must be made in the response itself."},
    {"finding.IRM040",
     "The reviewers' notes are not written as the notes format asks; correct them where the finding "
     "points."},
    {"finding.IRM041",
     "The notes name an article that no section of the questionnaire reviews; use one of its articles."},
    {"finding.IRM042",
     "The notes name a question the questionnaire does not have; correct the id (the message suggests "
     "the closest)."},
    {"finding.IRM043",
     "The notes are about another State than the response; check that the right files are given."},
    {"finding.IRM044",
     "The notes are about another questionnaire or version than the response; check that the right "
     "files are given."},

    // Words of several messages
    {"review.quoted", "“{text}”"},

    // An answer in a message of irm merge: labels first, then the value a YAML file holds
    {"merge.answer.none", "no answer"},
    {"merge.answer.no-waiver", "no waiver"},
    {"merge.answer.choice", "“{label}” [{value}]"},
    {"merge.answer.citations.one", "{count} citation: {items}"},
    {"merge.answer.citations.other", "{count} citations: {items}"},
    {"merge.answer.cases.one", "{count} court case: {items}"},
    {"merge.answer.cases.other", "{count} court cases: {items}"},
    {"merge.answer.rows.one", "{count} row: {items}"},
    {"merge.answer.rows.other", "{count} rows: {items}"},
    {"merge.answer.cell", "{column}: {value}"},
    {"merge.answer.need", "{category}: {description}"},
    {"merge.answer.need-priority", "{category} (priority: {priority}): {description}"},
    {"merge.answer.needs.one", "{count} need: {items}"},
    {"merge.answer.needs.other", "{count} needs: {items}"},

    // Findings of irm merge
    {"finding.IRM030.answer",
     "conflict on the answer to {question}: {first_place} gives {first}, {second_place} gives {second} "
     "(the base has {base}); keep the answer in one part only"},
    {"finding.IRM030.waiver",
     "conflict on the waiver of {question}: {first_place} gives {first}, {second_place} gives {second} "
     "(the base has {base}); keep the waiver in one part only"},
    {"finding.IRM031.questionnaire",
     "this part does not belong to the base {base}: it answers questionnaire {questionnaire} version "
     "{version}, the base {base_questionnaire} version {base_version}; nothing of it is merged"},
    {"finding.IRM031.state",
     "this part does not belong to the base {base}: it is the response of {state}, the base that of "
     "{base_state}; nothing of it is merged"},
    {"finding.IRM032.changed", "changes the base's answer to {question} from {before} to {after}"},
    {"finding.IRM032.cleared", "clears the base's answer to {question} (it was {before})"},
    {"finding.IRM032.waiver", "changes the base's waiver of {question} from {before} to {after}"},
    {"finding.IRM033.cut",
     "the part holds the answer to {question} cut to the {limit} characters a workbook cell holds; the "
     "base's whole answer is kept"},

    // Writing a part or a merged response
    {"part.question", "{provision} — {label}"},
    {"split.cannot-write-part", "cannot write part '{part}': {why}"},
    {"split.too-large",
     "it would be larger than {limit} MiB once written out, more than irm reads: answers that aliases "
     "(*name) repeat are written out at every place that names them; write such an answer once"},
    {"merge.cannot-write", "cannot write the merged response: {why}"},

    // Findings of reviewers' notes (irm observations --notes): what a message names
    {"notes.did-you-mean", " (did you mean {name}?)"},
    {"notes.what.file", "a notes file"},
    {"notes.what.reviewer", "the name of a reviewing State"},
    {"notes.what.date", "the date {key}"},
    {"notes.what.question-id", "a question id"},
    {"notes.what.note", "a note"},
    {"notes.what.need", "a technical-assistance need"},
    {"notes.what.article", "the notes on article {article}"},
    {"notes.what.question", "the notes on {question}"},

    // Findings of reviewers' notes
    {"finding.IRM040.unknown-key", "unknown key {key} in {where}{suggestion}; allowed: {allowed}"},
    {"finding.IRM040.empty", "{what} is empty"},
    {"finding.IRM040.text-not-list", "{what} must be a text, not a list"},
    {"finding.IRM040.text-not-fields", "{what} must be a text, not lines of 'key: value'"},
    {"finding.IRM040.not-list", "{what} must be a list"},
    {"finding.IRM040.missing-header",
     "missing {key}: notes name the questionnaire, version and State they review"},
    {"finding.IRM040.dates-shape",
     "'dates' gives each date on a line of its own, under received, dialogue or draft (received: "
     "2026-03-01)"},
    {"finding.IRM040.bad-date", "{value} is not a real date written YYYY-MM-DD"},
    {"finding.IRM040.note-without-text", "a note that names its questions gives its words under 'text'"},
    {"finding.IRM040.need-shape",
     "a technical-assistance need gives category, description and priority, each on a line of its own"},
    {"finding.IRM040.need-missing", "a technical-assistance need needs {key}"},
    {"finding.IRM040.bad-category",
     "{value} is not a technical-assistance category{suggestion}; allowed: {allowed}"},
    {"finding.IRM040.bad-priority", "{value} is not a priority{suggestion}; allowed: {allowed}"},
    {"finding.IRM040.articles-shape",
     "'articles' gives the notes on each article under its number, e.g. \"5\": {{challenges: [...]}}"},
    {"finding.IRM040.article-shape", "{what} are given under {keys}"},
    {"finding.IRM040.needs-not-list", "'ta_needs' must be a list of needs"},
    {"finding.IRM040.questions-shape",
     "'questions' gives the comments on each question under its id, e.g. q5_1: {{comments: [...]}}"},
    {"finding.IRM040.question-shape", "{what} are given under comments"},
    {"finding.IRM041.unknown-article",
     "questionnaire {questionnaire} has no article {article}{suggestion}; its articles: {articles}"},
    {"finding.IRM042.unknown-question",
     "questionnaire {questionnaire} has no question {question}{suggestion}"},
    {"finding.IRM043.other-state", "these notes are about {notes_state}, but the response is from {state}"},
    {"finding.IRM044.other-questionnaire",
     "these notes are for questionnaire {questionnaire}, but the response answers {expected}"},
    {"finding.IRM044.other-version",
     "these notes are for version {version}, but the response answers {questionnaire} version {expected}"},
    {"finding.IRM044.no-questionnaire",
     "the response has no usable questionnaire to check these notes against"},

    // irm merge: what the command says of its run
    {"merge.error.no-base", "cannot read '{file}': no such file or directory"},
    {"merge.error.base-directory", "'{file}' is a directory; BASE is the response the parts were split from"},
    {"merge.error.no-part", "no part to merge: the directories given hold no response file"},
    {"merge.error.output-is-input",
     "-o {output} is one of the inputs; write the merged response to a new file"},
    {"merge.not-written", "{output} not written: {why}"},
    {"merge.done", "merged {parts} onto {base} into {output}: {added}, {changed}, {cleared}; {findings}"},
    {"merge.done.clean", "it has no finding"},
    {"merge.done.findings", "{errors} and {warnings}: irm validate {output} shows them"},
    {"merge.refused", "{output} not written: {errors}"},
    {"merge.refused.conflicts", "{output} not written: {errors}, of which {conflicts}"},
    {"merge.parts.one", "{count} part"},
    {"merge.parts.other", "{count} parts"},
    {"merge.added.one", "{count} answer added"},
    {"merge.added.other", "{count} answers added"},
    {"merge.changed.one", "{count} changed"},
    {"merge.changed.other", "{count} changed"},
    {"merge.cleared.one", "{count} cleared"},
    {"merge.cleared.other", "{count} cleared"},
    {"merge.errors.one", "{count} error"},
    {"merge.errors.other", "{count} errors"},
    {"merge.warnings.one", "{count} warning"},
    {"merge.warnings.other", "{count} warnings"},
    {"merge.conflicts.one", "{count} conflict"},
    {"merge.conflicts.other", "{count} conflicts"},

    // irm split: what the command says of its run
    {"split.error.no-input", "cannot read '{file}': no such file or directory"},
    {"split.error.not-directory",
     "'{output}' is not a directory; -o names the directory that receives the parts"},
    {"split.error.create", "cannot create '{directory}': {why}"},
    {"split.error.write-into", "cannot write into '{directory}': {why}"},
    {"split.error.write", "cannot write '{directory}': {why}"},
    {"split.error.appeared", "'{file}' appeared meanwhile; nothing was written"},
    {"split.error.exists",
     "'{file}' already exists; split into a new or empty directory so that no part is overwritten"},
    {"split.error.failed", "no part written: {why}"},
    {"split.error.workbook", "cannot write the workbook of part '{part}': {why}"},
    {"split.blocked",
     "no part written: {file} must first be fixed, so that every answer in it can go into a part"},
    {"split.warning.errors.one",
     "{file} has {count} error (irm validate {file} shows it); the parts carry it"},
    {"split.warning.errors.other",
     "{file} has {count} errors (irm validate {file} shows them); the parts carry them"},
    {"split.warning.not-carried", "{what} (it stays in {file})"},
    {"split.written.one", "{count} part of {file} written to {output}:"},
    {"split.written.other", "{count} parts of {file} written to {output}:"},
    {"split.questions.one", "{count} question"},
    {"split.questions.other", "{count} questions"},
    {"split.answered.one", "{count} answered"},
    {"split.answered.other", "{count} answered"},
    {"split.no-authority", "(no authority named)"},

    // irm status: how far a response has come
    {"status.heading", "{file}: {state}, {questionnaire} version {version}, {status}"},
    {"status.status.draft", "draft"},
    {"status.status.final", "final"},
    {"status.header.section", "section"},
    {"status.header.answered", "answered"},
    {"status.header.applicable", "applicable"},
    {"status.header.missing", "required missing"},
    {"status.header.title", "title"},
    {"status.total", "total"},
    {"status.total-answered", "{percent} answered"},
    {"status.percent", "{number}%"},
    {"status.decimal", "{whole}.{fraction}"},
    {"status.levels", "Provisions by level of obligation (answered of applicable):"},
    {"status.level", "{answered} of {applicable}"},
    {"status.all-answered", "Every required question is answered."},
    {"status.next.one", "Next required question ({shown} of {missing}):"},
    {"status.next.other", "Next required questions ({shown} of {missing}):"},
    {"status.next.level", "{question} ({level})"},
    {"status.more", "… and {count} more: irm status --next 0 {file} lists them all"},
    {"status.warning.errors.one",
     "{file} has {count} error (irm validate {file} shows it); an answer with an error counts as answered"},
    {"status.warning.errors.other",
     "{file} has {count} errors (irm validate {file} shows them); answers with errors count as answered"},
    {"status.error.finding", "{where}: cannot give a status: {message} [{code}]"},
    {"status.error.no-questionnaire", "{file}: cannot give a status without a known questionnaire"},

    // irm export: the workbook's sheets and headings. The long sheets' English headings are the names
    // pivot tables and scripts refer to, kept as they were.
    {"export.sheet.data", "Data"},
    {"export.sheet.tables", "Tables"},
    {"export.sheet.citations", "Citations"},
    {"export.sheet.court-cases", "Court cases"},
    {"export.sheet.needs", "TA needs"},
    {"export.header.state", "state"},
    {"export.header.questionnaire", "questionnaire"},
    {"export.header.version", "version"},
    {"export.header.question", "question"},
    {"export.header.article", "article"},
    {"export.header.provision", "provision"},
    {"export.header.type", "type"},
    {"export.header.value", "value"},
    {"export.header.label", "label"},
    {"export.header.status", "status"},
    {"export.header.errors", "errors"},
    {"export.header.file", "file"},
    {"export.header.row", "row"},
    {"export.header.title", "title"},
    {"export.header.cited-provision", "cited provision"},
    {"export.header.year", "year"},
    {"export.header.url", "url"},
    {"export.header.sherloc", "sherloc"},
    {"export.header.court", "court"},
    {"export.header.date", "date"},
    {"export.header.reference", "reference"},
    {"export.header.summary", "summary"},
    {"export.header.category", "category"},
    {"export.header.category-label", "category label"},
    {"export.header.priority", "priority"},
    {"export.header.priority-label", "priority label"},
    {"export.header.description", "description"},
    {"export.overview.status", "Status"},
    {"export.overview.errors", "Errors"},
    {"export.overview.question-text", "Question text"},
    {"export.status.final", "final"},
    {"export.status.draft", "draft"},
    {"export.need", "{category}: {description}"},
    {"export.need-priority", "{category} (priority: {priority}): {description}"},
    {"export.note.language",
     "questionnaire {questionnaire} {version} has no texts in '{asked}': its texts are shown in "
     "'{language}'"},
    {"export.note.long-numbers",
     "some numbers have more digits than a workbook's number cell keeps (15 significant digits, or beyond "
     "its "
     "range): they are text cells holding every digit as written"},
    {"export.note.columns",
     "questionnaire {questionnaire} {version} has more responses than a sheet has columns: its sheet shows "
     "the first {count}; the {sheet} sheet holds them all"},
    {"export.note.sheet-full", "the {sheet} sheet is full (1,048,576 rows): later rows were left out"},
    {"export.error.write", "cannot write {file}"},
    {"export.error.stream", "an Excel workbook is written to a file"},

    // irm export, aggregate and diff: what the commands say of their run
    {"export.error.format", "say which format to write: --format xlsx, xml or json"},
    {"export.error.xlsx-output", "an Excel export is written to a file: give -o FILE.xlsx"},
    {"export.error.permission", "cannot read '{file}': permission denied"},
    {"export.error.input", "refusing to overwrite the input {file} with the export"},
    {"export.error.directory", "cannot write {file}: is a directory"},
    {"export.error.cannot-write", "cannot write {file}: {why}"},
    {"export.error.cannot-write-file", "cannot write {file}"},
    {"export.error.stdout", "cannot write the output"},
    {"export.no-questionnaire", "no questionnaire to read it with"},
    {"export.not-exported", "{file}: not exported: {why}"},
    {"export.flagged.one",
     "{file}: exported with {count} error, flagged in the output (irm validate {file} lists it)"},
    {"export.flagged.other",
     "{file}: exported with {count} errors, flagged in the output (irm validate {file} lists them)"},
    {"aggregate.error.format",
     "cannot tell what to write to {file}: name it FILE.md, FILE.html, FILE.docx or FILE.xlsx"},
    {"aggregate.error.input", "refusing to overwrite the input {file} with the counts"},
    {"aggregate.not-counted", "{file}: not counted: {why}"},
    {"aggregate.flagged-run.one",
     "{file}: counted with {count} error as written (irm validate {file} lists it)"},
    {"aggregate.flagged-run.other",
     "{file}: counted with {count} errors as written (irm validate {file} lists them)"},
    {"aggregate.twice", "{file}: {state} answered {questionnaire} more than once; each response is counted"},
    {"diff.error.directory", "cannot compare '{file}': it is a directory; give two response files"},
    {"diff.error.unreadable", "cannot compare {file}: {why}"},
    {"diff.error.docx-output", "a Word document is written to a file: give -o FILE.docx"},
    {"diff.error.input", "will not overwrite the input '{file}'; choose another -o"},
    {"diff.error.states",
     "the responses are from different States ('{old}' and '{new}'); use --force to compare them anyway"},
    {"diff.error.questionnaires",
     "the responses answer different questionnaires ({old} and {new}); use --force to compare them anyway"},
    {"diff.error.cannot-write", "cannot write '{file}': "},
    {"diff.flagged.one", "{file}: compared with {count} error as written (irm validate {file} lists it)"},
    {"diff.flagged.other",
     "{file}: compared with {count} errors as written (irm validate {file} lists them)"},

    // irm diff: a question in a line of the text comparison
    {"diff.question", "{provision} — {label} [{id}]"},
    {"diff.question.no-label", "{provision} [{id}]"},

    // What was done to texts to fit them in a workbook's cells (irm export, irm aggregate)
    {"export.note.cut",
     "some texts are longer than an Excel cell holds (32,767 characters) and were cut in the workbook; the "
     "XML "
     "and JSON exports carry them whole"},
    {"aggregate.note.cut",
     "some texts are longer than an Excel cell holds (32,767 characters) and were cut in the workbook"},
    {"export.note.replaced",
     "characters that a workbook cannot carry (control characters, or bytes that are not UTF-8) were "
     "replaced "
     "by U+FFFD in the workbook"},
    {"export.note.json-replaced",
     "bytes that are not UTF-8 (in a file name) were replaced by U+FFFD in the JSON export"},
    {"export.note.xml-replaced",
     "characters that XML cannot carry (control characters, or bytes that are not UTF-8) were replaced by "
     "U+FFFD in the XML export"},
};

extern const Table english_review{"en", english_review_texts, std::size(english_review_texts)};

}  // namespace irm::catalogue
