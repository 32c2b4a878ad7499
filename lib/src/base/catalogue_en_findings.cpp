// The English table of the messages of the response checks (IRM001-IRM021, IRM060, IRM061) and
// of the start every YAML file of irm's formats is read with. One line per text; keys say where
// they are used. A pattern names its placeholders ({question}); literal braces are doubled.
// A message names the question as a person knows it ({question}: "article 5, paragraph 1 (a) —
// legislation cited [q5_1a_law]"), and says what to do. docs/WORDS.md says how to add a text.
#include "base/catalogue_tables.hpp"

#include <iterator>

namespace irm::catalogue {

namespace {

constexpr Text texts[] = {
    // Words the messages share
    {"finding.did-you-mean", "{text} (did you mean {candidate}?)"},
    {"finding.choice", "{label} [{value}]"},
    {"finding.IRM014.custom", "{question}: {text}"},
    {"finding.in-column", "{question}, column {column}"},
    {"finding.file.response", "a response"},
    {"finding.file.questionnaire", "a questionnaire"},
    {"finding.file.notes", "a reviewers' notes file"},
    {"finding.entry.citation", "a citation"},
    {"finding.entry.court-case", "a court case"},
    {"finding.entry.need", "a technical-assistance need"},
    {"finding.entry.row", "a row"},
    {"finding.entries.citation", "{count} citations"},
    {"finding.entries.court-case", "{count} court cases"},
    {"finding.entries.need", "{count} needs"},
    {"finding.entries.row", "{count} rows"},
    {"finding.entries.value", "{count} answers ticked"},
    {"finding.entries.one-citation", "1 citation"},
    {"finding.entries.one-court-case", "1 court case"},
    {"finding.entries.one-need", "1 need"},
    {"finding.entries.one-row", "1 row"},
    {"finding.entries.one-value", "1 answer ticked"},
    {"finding.text.answer", "the answer"},
    {"finding.text.state", "the State's name"},
    {"finding.text.justification", "the justification of the waiver"},

    // IRM001: the file cannot be read as YAML
    {"finding.IRM001.syntax",
     "the file cannot be read from here on (the YAML reader says: {detail}); check this line and the "
     "one before it: indentation with spaces, the same for every item of one list, a colon and a space "
     "after each key, and every quote closed"},
    {"finding.IRM001.tab",
     "this line is indented with a tab, and YAML indents with spaces only: replace the tab with spaces "
     "(two for each level, as the template has them)"},
    {"finding.IRM001.binary",
     "this is not a text file: a response is a YAML text file, or an .xlsx workbook written by irm "
     "template"},
    {"finding.IRM001.nul", "the file holds a NUL byte here, which no text holds: remove it"},
    {"finding.IRM001.latin1",
     "the file is not in UTF-8 here (byte 0x{byte}): it was probably saved as Latin-1 or Windows-1252; "
     "open it in a text editor and save it again with the encoding UTF-8"},
    {"finding.IRM001.unclosed-quote",
     "a text opens here with {quote} and is never closed: add the closing {quote} at its end"},
    {"finding.IRM001.text-not-indented",
     "the lines of this text are not indented under its key: indent every line of the text further "
     "than the key, or write '' for an empty text"},
    {"finding.IRM001.too-deep",
     "lists are nested inside lists too deeply here for any response: this file was not written from a "
     "template"},
    {"finding.IRM001.too-large",
     "the file's aliases (*name) repeat its values far beyond its own size: write the values out "
     "instead"},
    {"finding.IRM001.unknown-alias",
     "an alias (*name) here names an anchor (&name) that is not defined before it: define the anchor "
     "first, or write the value out"},

    // IRM006: a spreadsheet or document met where responses are read
    {"finding.IRM006.ods",
     "this is a LibreOffice spreadsheet (.ods), which irm does not read: open the workbook irm wrote, "
     "and save it as .xlsx (Excel 2007-365) under File, Save As"},
    {"finding.IRM006.xls",
     "this is an Excel 97-2003 workbook (.xls), which irm does not read: save the workbook irm wrote "
     "as .xlsx (Excel Workbook) under File, Save As"},
    {"finding.IRM006.xlsm",
     "this is a workbook with macros (.xlsm), which irm does not read: save the workbook irm wrote as "
     ".xlsx (Excel Workbook, without macros) under File, Save As"},
    {"finding.IRM006.csv",
     "this is a CSV table, which cannot hold a response: fill the workbook that irm template writes, "
     "and keep it as .xlsx"},
    {"finding.IRM006.json",
     "this is a JSON file, and responses are YAML files or .xlsx workbooks: irm template writes either "
     "one to fill"},
    {"finding.IRM006.docx",
     "this is a Word document, from which irm cannot read answers: copy them into the workbook irm "
     "template writes, and keep it as .xlsx"},
    {"finding.IRM006.pdf",
     "this is a PDF, from which irm cannot read answers: fill the workbook irm template writes, and "
     "keep it as .xlsx"},
    // IRM002 and the other codes of a file's start (every format)
    {"finding.prologue.empty", "the file is empty: {kind} starts with the line {line}"},
    {"finding.prologue.not-keys",
     "{kind} is a list of keys, one per line, such as {keys}; this file holds something else"},
    {"finding.prologue.more-documents",
     "the file holds more than one YAML document (a line '---' in the middle); only the first is read"},
    {"finding.prologue.no-format", "the file lacks its first line, {line}: is it {kind}?"},
    {"finding.prologue.wrong-format", "the first line must be {line}, not {found}"},
    {"finding.prologue.is-questionnaire",
     "this file is a questionnaire, not {kind}: irm lint checks it, and irm template writes from it "
     "the response to fill"},
    {"finding.prologue.is-response",
     "this file is a State's response, not {kind}: irm validate checks it"},
    {"finding.prologue.is-notes",
     "this file holds the reviewers' notes, not {kind}: give it to irm observations or irm summary "
     "with --notes"},
    {"finding.prologue.keys.response", "format, questionnaire, version, state, language and answers"},
    {"finding.prologue.keys.questionnaire", "format, id, version, languages, title and sections"},
    {"finding.prologue.keys.notes", "format, questionnaire, version, state and notes"},
    {"finding.IRM004.duplicate",
     "{key} is written twice here; the first one is read and this one is ignored: keep one of them"},
    {"finding.IRM004.answered-twice",
     "{question} is answered twice; the first answer is read and this one is ignored: keep one of them"},
    {"finding.IRM005.unreadable", "the file cannot be read: {why}"},

    // IRM002-IRM003: the response's header
    {"finding.IRM002.unknown-key",
     "{key} is not a line of a response's header{suggestion}; a response has format, questionnaire, "
     "version, state, language, status, answers and waivers"},
    {"finding.IRM002.status", "status is draft (still being filled) or final (sent), not {value}"},
    {"finding.IRM002.answers-shape",
     "answers holds one line per question, written question_id: answer, each indented under answers"},
    {"finding.IRM002.waivers-shape",
     "waivers holds one line per question, written question_id: the reason its warning does not apply"},
    {"finding.IRM002.lacks", "the response lacks its line {key}: …, which the template has at its top"},
    {"finding.IRM002.empty-value", "{key} is empty: write its value after the colon"},
    {"finding.IRM002.not-one-value", "{key} takes one value after the colon, not a list"},
    {"finding.IRM002.language",
     "the language {language} is not one of this questionnaire's languages: {languages}"},
    {"finding.IRM002.waiver-without-reason",
     "the waiver of {question} needs its justification: say why the warning does not apply"},
    {"finding.IRM003.refused", "the questionnaire {id} version {version} cannot be used: {why}"},
    {"finding.IRM003.no-version",
     "the questionnaire {id} has no version {version}; irm has {versions}: check the version, or "
     "migrate the response"},
    {"finding.IRM003.unknown",
     "no questionnaire {id} is loaded{suggestion}: check its name, or give the folder that holds it "
     "with --questionnaires"},

    // IRM010-IRM019, IRM021: the answers
    {"finding.IRM010.answer",
     "{id} is not a question of this questionnaire{suggestion}: check the id against the template"},
    {"finding.IRM010.waiver",
     "the waiver names {id}, which is not a question of this questionnaire{suggestion}"},
    {"finding.IRM011.whole-number",
     "{question}: {value} is not a whole number; write the digits only, such as 4"},
    {"finding.IRM011.number", "{question}: {value} is not a number; write the digits only, such as 4 or 2.5"},
    {"finding.IRM011.number-with-unit",
     "{question}: write the number alone, {number}, without {unit} (the question says what it counts)"},
    {"finding.IRM011.decimal-comma", "{question}: write {value} with a point, as {number}"},
    {"finding.IRM011.thousands", "{question}: write {value} without separators, as {number}"},
    {"finding.IRM011.one-value",
     "{question} takes one answer, written after the colon on its own line, not a list"},
    {"finding.IRM011.one-value-not-fields",
     "{question} takes one answer, written after the colon on its own line, not lines with names"},
    {"finding.IRM011.one-value-empty", "{question}: write the answer after the colon"},
    {"finding.IRM011.list",
     "{question} takes a list: the answers one per line under it, each starting with '- '"},
    {"finding.IRM011.list-item", "{question}: each item of the list is one answer, written after its '- '"},
    {"finding.IRM011.entries",
     "{question} takes a list in which each item is {entry}, starting with '- ' under the question, "
     "as the template shows"},
    {"finding.IRM011.entry",
     "{question}: each item of the list is {entry}, its fields written name: value under its '- ', as "
     "the template shows"},
    {"finding.IRM011.repeated", "{question}: {value} is ticked twice; keep it once"},
    {"finding.IRM012.not-a-choice",
     "{question}: {value} is not one of its answers{suggestion}; they are {choices}: write the one in "
     "brackets"},
    {"finding.IRM012.not-a-label",
     "{question}: {value} is not one of its answers{suggestion}; pick one of {labels} from the cell's "
     "list"},
    {"finding.IRM012.label-written",
     "{question}: {value} is the label of an answer; in a YAML file write its value, {choice}"},
    {"finding.IRM013.unanswered",
     "{question} must be answered in a final response: answer it, or keep status: draft while the work "
     "goes on"},
    {"finding.IRM014.rule",
     "{question}: the answer does not meet the questionnaire's check ({rule})"},
    {"finding.IRM014.row-rule", "{question}: this row does not meet the questionnaire's check ({rule})"},
    {"finding.IRM015.not-applicable",
     "{question} does not apply to this response: it applies only when {condition}; this answer is "
     "ignored — remove it, or change the answer it depends on"},
    {"finding.IRM015.not-applicable-here",
     "{question} does not apply to this response: this answer is ignored; remove it, or change the "
     "answers it depends on"},
    {"finding.IRM016.written-as",
     "{question}: write the date {value} as {date}, year-month-day"},
    {"finding.IRM016.written-as-day-first",
     "{question}: write the date {value} as {date}, year-month-day (read as day, month, year)"},
    {"finding.IRM016.not-a-date",
     "{question}: {value} is not a real date; write it year-month-day, such as 2004-03-15"},
    {"finding.IRM017.below", "{question}: {value} is less than {min}, the smallest allowed"},
    {"finding.IRM017.above", "{question}: {value} is more than {max}, the largest allowed"},
    {"finding.IRM017.before", "{question}: {value} is before {min}, the earliest date allowed"},
    {"finding.IRM017.after", "{question}: {value} is after {max}, the latest date allowed"},
    {"finding.IRM017.too-short",
     "{question}: the text has {length} characters, and at least {min} are expected"},
    {"finding.IRM017.too-long",
     "{question}: the text has {length} characters, and at most {max} are allowed; shorten it"},
    {"finding.IRM017.too-few", "{question}: {count}, and at least {min} are expected"},
    {"finding.IRM017.too-many", "{question}: {count}, and at most {max} are allowed"},
    {"finding.IRM018.unknown-field",
     "{question}: {field} is not a field of {entry}{suggestion}; its fields are {fields}"},
    {"finding.IRM018.lacks-field", "{question}: {entry} lacks its {field}"},
    {"finding.IRM018.field-one-value",
     "{question}: the {field} of {entry} is one value after the colon, not a list"},
    {"finding.IRM018.year",
     "{question}: the year of {entry} is a whole number such as 2019, not {value}"},
    {"finding.IRM018.url",
     "{question}: the address (url) of {entry} starts with http:// or https://, and {value} does not"},
    {"finding.IRM018.date-or-year",
     "{question}: {entry} lacks its date: give the date of the decision (date), or at least its year "
     "(year)"},
    {"finding.IRM018.date",
     "{question}: the date of {entry} is a real date written year-month-day, such as 2019-05-14, not "
     "{value}"},
    {"finding.IRM018.date-written-as",
     "{question}: write the date of {entry}, {value}, as {date}, year-month-day"},
    {"finding.IRM018.year-of-date",
     "{question}: the year {value} of {entry} is not the year of its date {date}"},
    {"finding.IRM018.category",
     "{question}: {value} is not a category of technical assistance{suggestion}; they are {choices}: "
     "write the one in brackets"},
    {"finding.IRM018.priority",
     "{question}: {value} is not a priority; they are {choices}: write the one in brackets"},
    {"finding.IRM018.unknown-column",
     "{question}: {column} is not a column of this table{suggestion}; its columns are {columns}"},
    {"finding.IRM018.lacks-column", "{question}: a row lacks {column}, which every row needs"},
    {"finding.IRM019.note", "{question} is a note to read, not a question: remove the answer"},
    {"finding.IRM020.waived", "waived: {message} — justification given: {justification}"},
    {"finding.IRM021.nothing-to-waive",
     "the waiver of {question} waives nothing: the question has no warning; remove the waiver"},

    // IRM060-IRM061: what no output can carry as written
    {"finding.IRM060.control",
     "{what} of {question} holds U+{code}, a control character, at character {index}: no answer means "
     "one, and drafts and exports may show U+FFFD in its place; remove it"},
    {"finding.IRM060.noncharacter",
     "{what} of {question} holds U+{code}, a noncharacter, at character {index}: no answer means one, "
     "and drafts and exports may show U+FFFD in its place; remove it"},
    {"finding.IRM060.control-header",
     "{what} holds U+{code}, a character no text means, at character {index}: remove it"},
    {"finding.IRM061.precision",
     "{question}: {number} has more digits, or is larger, than the numbers irm computes with (15 "
     "significant digits, below 10^308): checks and spreadsheets would round it, so workbooks show it "
     "as text; the XML and JSON exports keep every digit"},
    // One sentence per code: what it means and what to do (irm's list of codes, SARIF rules)
    {"finding.IRM001",
     "The file cannot be read as YAML where the finding points (a tab, a quote left open, a file not "
     "in UTF-8); correct that line and the one before it."},
    {"finding.IRM002",
     "The response's header or its layout is wrong: its first line, a header line that is missing or "
     "unknown, or answers not written one per line; correct it as the template shows."},
    {"finding.IRM003",
     "No questionnaire of this id and version is loaded: check the header, or give the folder of the "
     "questionnaire with --questionnaires."},
    {"finding.IRM004",
     "A key or an answer is written twice: only the first is read; keep one."},
    {"finding.IRM005",
     "The file cannot be read at all (permissions, a read error, too large)."},
    {"finding.IRM006",
     "A spreadsheet or document that is no response format: save the workbook irm wrote as .xlsx, or "
     "fill the template."},
    {"finding.IRM010",
     "An answer or a waiver names a question the questionnaire does not have: check the id against the"
     " template."},
    {"finding.IRM011",
     "An answer is not written as its question takes it: a number with words, one answer where a list "
     "is wanted, or the other way round."},
    {"finding.IRM012",
     "An answer is not one of the question's answers: write the value in brackets, or pick a label "
     "from the workbook's list."},
    {"finding.IRM013",
     "A required question has no answer in a final response: answer it, or keep the response a draft."},
    {"finding.IRM014",
     "An answer does not meet a check of the questionnaire; the message says which."},
    {"finding.IRM015",
     "An answer is given to a question that does not apply to this response; it is ignored."},
    {"finding.IRM016",
     "A date is not a real date written year-month-day, such as 2004-03-15."},
    {"finding.IRM017",
     "A number, a date, a text's length or a count is outside what the question allows."},
    {"finding.IRM018",
     "A citation, a court case, a technical-assistance need or a table row has an unknown, missing or "
     "wrong field."},
    {"finding.IRM019",
     "An answer is given to a note, which asks nothing: remove it."},
    {"finding.IRM020",
     "A warning is waived: the State's justification is shown in its place."},
    {"finding.IRM021",
     "A waiver names a question that has no warning to waive: remove it."},
    {"finding.IRM060",
     "A text holds a control character, which no answer means and outputs cannot show: remove it."},
    {"finding.IRM061",
     "A number has more digits than checks and spreadsheets keep: they would round it; the exports "
     "keep it whole."},
};

}  // namespace

extern const Table english_findings{"en", texts, std::size(texts)};

}  // namespace irm::catalogue
