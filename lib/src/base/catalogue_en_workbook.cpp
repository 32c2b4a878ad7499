// The English table of the workbooks: the sheets, headers, cells and instructions of the
// workbook `irm template` and `irm split --format xlsx` write, and the messages of reading one
// back (`irm import`, and every command that reads a workbook: IRM05x and the findings import
// itself makes). One line per text; keys say where they are used. A pattern names its
// placeholders ({question}); literal braces are doubled. docs/WORDS.md says how to add a text.
#include "base/catalogue_tables.hpp"

#include <iterator>

namespace irm::catalogue {

constexpr Text english_workbook_texts[] = {
    // Workbooks (irm template, irm split --format xlsx): sheets, headers, cells
    {"workbook.sheet.instructions", "Instructions"},
    {"workbook.sheet.answers", "Answers"},
    {"workbook.sheet.legislation", "Legislation"},
    {"workbook.sheet.court-cases", "Court cases"},
    {"workbook.sheet.needs", "Technical assistance"},
    {"workbook.sheet.table", "Art. {article} — {subject}"},
    {"workbook.sheet.statistics", "statistics"},
    {"workbook.header.section", "Section"},
    {"workbook.header.provision", "Provision"},
    {"workbook.header.question", "Question"},
    {"workbook.header.answer", "Answer"},
    {"workbook.header.waiver", "Waiver: why a warning does not apply"},
    {"workbook.header.title", "Title"},
    {"workbook.header.year", "Year"},
    {"workbook.header.url", "Link to the text (URL)"},
    {"workbook.header.sherloc", "SHERLOC id"},
    {"workbook.header.court", "Court or tribunal"},
    {"workbook.header.date", "Date (YYYY-MM-DD)"},
    {"workbook.header.reference", "Case number or citation"},
    {"workbook.header.summary", "Summary of the case and its outcome"},
    {"workbook.header.category", "Category"},
    {"workbook.header.description", "Description"},
    {"workbook.header.priority", "Priority"},
    {"workbook.field.questionnaire", "Questionnaire"},
    {"workbook.field.language", "Language"},
    {"workbook.field.state", "State"},
    {"workbook.questionnaire-version", "{id} (version {version})"},
    {"workbook.row", "row {number}"},
    {"workbook.see-legislation",
     "Cite the laws on the Legislation sheet, one row each, picking {question} in column A."},
    {"workbook.see-court-cases",
     "List the court cases on the Court cases sheet, one row each, picking {question} in column A."},
    {"workbook.see-needs",
     "List the needs on the Technical assistance sheet, one row each, picking {question} in column A."},
    {"workbook.question-label", "{provision} — {label}"},
    {"workbook.pick-question",
     "Pick the question this row answers. You may also type its provision, such as 5(1)(a), or its id."},
    {"workbook.pick-question.other",
     "This is not one of the questions of the list. Pick one, or keep a provision (such as 5(1)(a)) or an id "
     "you typed: irm import says when it cannot tell which question is meant."},
    {"workbook.see-table", "Fill in the table on sheet {sheet}."},
    {"workbook.several", "Choose one or more, separated by “;”"},
    {"workbook.waiver.title", "Waiver"},
    {"workbook.waiver.input",
     "Only if a warning of irm does not fit this answer: say why in a sentence, for the reviewing States. A "
     "waiver never sets aside an error."},
    {"workbook.waiver.note",
     "A waiver sets aside a warning irm gives on this answer, never an error: figures that do not add up as "
     "the questionnaire expects, or an answer to a question that does not apply given the other answers. "
     "Write one only when the warning does not fit your country's situation, and say why in a sentence: the "
     "reviewing States read it. The grey cells are those of questions on which no warning can arise."},
    {"workbook.several-heading", "Choose one or more of these, separated by “;”:"},
    {"workbook.not-carried",
     "{question}: the answer cannot be carried into a workbook cell ({why}); it is left out"},

    // Workbooks: the Instructions sheet
    {"workbook.not-carried.too-long",
     "it is longer than the {limit} characters a cell holds; it stays in the response as it is"},
    {"workbook.not-carried.not-a-list", "a list of single values is expected"},
    {"workbook.not-carried.not-one-value", "a single value is expected"},
    {"workbook.not-carried.not-items", "a list of entries, each with its fields, is expected"},
    {"workbook.not-carried.column", "column {column} is not one of the table's"},
    {"workbook.cannot-create", "cannot create the workbook"},
    {"workbook.instructions.title", "How to fill in this workbook"},
    {"workbook.instructions.answer",
     "Answer in the yellow cells of the {sheet} sheet. Pick each choice from the cell's drop-down list; "
     "where several choices are allowed, type their labels separated by {separator}."},
    {"workbook.instructions.conditions",
     "Some questions apply only when an earlier answer says so: the Question column says when. Leave the "
     "others empty."},
    {"workbook.instructions.copies",
     "Several ministries can fill in copies of this workbook; the national focal point then gathers the "
     "answers."},
    {"workbook.instructions.layout",
     "Do not rename, move or delete sheets, rows or columns: a hidden sheet tells irm which cell holds which "
     "answer."},
    {"workbook.instructions.import", "When done, turn the workbook into a response and check it:"},
    {"workbook.instructions.step", "{number}. {text}"},
    {"workbook.instructions.legislation",
     "Cite the legislation on the {sheet} sheet, one row per law: pick in column A the question the law "
     "answers, then give its title and, where you can, the provisions, the year and a link to the text."},
    {"workbook.instructions.court-cases",
     "List the court cases on the {sheet} sheet, one row per case, picking in column A the question it "
     "answers."},
    {"workbook.instructions.needs",
     "List the technical-assistance needs on the {sheet} sheet, one row per need, with its category and "
     "priority."},
    {"workbook.instructions.table", "Fill in the table on the sheet {sheets}."},
    {"workbook.instructions.tables", "Fill in the tables on the sheets {sheets}."},
    {"workbook.instructions.waivers",
     "irm's checks give errors and warnings. An error must be corrected. A warning (figures that do not add "
     "up, or an answer to a question that does not apply) may not fit your country's situation: then write "
     "why in the column {column} of that question, in a sentence the reviewing States will read. The column "
     "is grey where no warning can arise."},
    {"workbook.instructions.import-command", "       irm import WORKBOOK.xlsx -o response.yaml"},
    {"workbook.instructions.validate-command",
     "       irm validate response.yaml      (or directly: irm validate WORKBOOK.xlsx)"},

    // Reading a workbook (IRM051): why the .xlsx reader stops, and the cells and rows it leaves out
    {"finding.IRM051.not-utf8",
     "part {part} of the workbook is damaged: it holds bytes that are not UTF-8 (at byte {offset})"},
    {"finding.IRM051.too-many-elements",
     "the parts of the workbook hold more than {limit} XML elements in all (at part {part}), more than any "
     "workbook irm reads (one irm writes holds a few thousand)"},
    {"finding.IRM051.damaged-part", "part {part} of the workbook is damaged: {reason} at byte {offset}"},
    {"finding.IRM051.no-workbook-part", "the file is not an .xlsx workbook: it has no workbook part"},
    {"finding.IRM051.not-a-workbook",
     "the file is not an .xlsx workbook: its workbook part holds no workbook"},
    {"finding.IRM051.row-outside",
     "this row is numbered {row}, outside a sheet (rows are numbered 1 to {last}); its cells are left out"},
    {"finding.IRM051.too-many-rows",
     "the sheet has more rows than a sheet can hold ({last}); those beyond are left out"},
    {"finding.IRM051.bad-reference",
     "this cell's reference {reference} is not a place in a sheet (columns A to {column}, rows 1 to {row}); "
     "the cell is left out"},
    {"finding.IRM051.too-many-cells",
     "this row has more cells than a sheet has columns ({columns}); those beyond are left out"},
    {"finding.IRM051.missing-shared-string",
     "this cell shows shared string {index}, which the workbook does not have; the cell is left out"},
    {"finding.IRM051.bad-number", "this cell holds a number that is not one: {value}; the cell is left out"},
    {"finding.IRM051.too-much-text",
     "the cells of the workbook hold more than {limit} MiB of text in all (a shared string counted for each "
     "cell that shows it), more than any response irm reads"},
    {"finding.IRM051.damaged",
     "more than {limit} cells or rows of the workbook cannot be read: it is damaged"},

    // Reading a workbook back (irm import, and every command that reads one): where a finding is,
    // and the first comment of the response written
    {"workbook.where.question", "{question}, cell {cell} of sheet {sheet}"},
    {"workbook.where.cell", "cell {cell} of sheet {sheet}"},
    {"workbook.did-you-mean", " (did you mean {label}?)"},
    {"workbook.imported", "Imported by irm from {workbook}; check it with: irm validate {file}"},

    // Findings of reading a workbook back: one summary per code (what it means, what to do), then
    // the messages, finding.<code>.<what>
    {"finding.IRM050",
     "The workbook was not written by irm template, or its hidden map of cells no longer fits the "
     "questionnaire: make a new workbook with irm template and copy the answers into it."},
    {"finding.IRM051",
     "The file cannot be read as an .xlsx workbook: it is damaged, too large, or not a workbook; open it in "
     "a spreadsheet program and save it again as .xlsx."},
    {"finding.IRM052",
     "A cell holds a formula error or a formula with no computed value: type the answer itself in the cell."},
    {"finding.IRM053",
     "A cell holds a text that is none of the labels of its list: pick one from the cell's drop-down list."},
    {"finding.IRM054",
     "A cell outside those irm reads holds something, which would be lost: move it into an answer cell, or "
     "delete it."},
    {"finding.IRM003.workbook",
     "the workbook was made for questionnaire {questionnaire} version {version}, which is not loaded"},
    {"finding.IRM003.workbook-refused",
     "the workbook was made for questionnaire {questionnaire} version {version}, which is not loaded: "
     "{reason}"},
    {"finding.IRM003.workbook-other-version",
     "the workbook was made for questionnaire {questionnaire} version {version}, which is not loaded; "
     "another version is: give the directory of the one it was made for with --questionnaires DIR"},
    {"finding.IRM050.no-map",
     "the workbook was not written by irm template: it has no hidden sheet {sheet}, which says which cell "
     "holds which answer; make a workbook to fill with irm template"},
    {"finding.IRM050.other-format",
     "the hidden sheet {sheet} of the workbook is not a map irm can read (it should say {format}); make a "
     "new workbook with irm template"},
    {"finding.IRM050.header",
     "the workbook's map, its hidden sheet {sheet}, lacks the questionnaire, its version or the language; "
     "make a new workbook with irm template"},
    {"finding.IRM050.language",
     "the workbook is in a language, {language}, that questionnaire {questionnaire} does not have"},
    {"finding.IRM050.unknown-question",
     "the workbook's map names a question {id} that questionnaire {questionnaire} version {version} does "
     "not have: the workbook was made for another edition; make a new one with irm template"},
    {"finding.IRM050.other-type",
     "the workbook's map gives {question} another type than questionnaire {questionnaire} version {version} "
     "does: the workbook was made for another edition; make a new one with irm template"},
    {"finding.IRM050.answer-not-a-place",
     "the workbook's map says the answer to {question} is in {place}, which is not a place in a workbook: "
     "the map was altered; make a new workbook with irm template"},
    {"finding.IRM050.waiver-not-a-place",
     "the workbook's map says the waiver of {question} is in {place}, which is not a place in a workbook: "
     "the map was altered; make a new workbook with irm template"},
    {"finding.IRM050.sheet-gone",
     "the workbook's map says {question} is answered in {place}, on a sheet the workbook no longer has: was "
     "it renamed or deleted? Give the sheet its name back, or make a new workbook with irm template"},
    {"finding.IRM050.one-cell",
     "the workbook's map says {question} is answered in {place}, but its answer takes one cell: the map "
     "was altered; make a new workbook with irm template"},
    {"finding.IRM050.columns",
     "the workbook's map says {question} is answered in {place}, but its answer takes {count} columns: the "
     "map was altered; make a new workbook with irm template"},
    {"finding.IRM050.no-cell",
     "the workbook has no cell for {question}: it was made for another edition of questionnaire "
     "{questionnaire}; make a new one with irm template"},
    {"finding.IRM051.unreadable", "cannot read the workbook: {reason}"},
    {"finding.IRM051.too-large",
     "the response the workbook holds would be larger than {limit} MiB once written as YAML, more than irm "
     "reads"},
    {"finding.IRM052.formula-error",
     "{where}: the cell holds the formula error {error}; type the answer itself"},
    {"finding.IRM052.not-computed",
     "{where}: the cell holds a formula that has no computed value; open and save the workbook in a "
     "spreadsheet program, or type the answer itself"},
    {"finding.IRM053.choice",
     "{where}: {value} is not one of the answers of the list{suggestion}; pick {labels}"},
    {"finding.IRM053.multi-choice",
     "{where}: {value} is not one of the answers of the list{suggestion}; type one or more of {labels}, "
     "separated by {separator}"},
    {"finding.IRM053.column",
     "{where}: {value} is not one of the answers of column {column}{suggestion}; pick {labels}"},
    {"finding.IRM053.category",
     "{where}: {value} is not a category of technical assistance{suggestion}; pick {labels}"},
    {"finding.IRM053.priority", "{where}: {value} is not a priority{suggestion}; pick {labels}"},
    {"finding.IRM053.question",
     "{where}: {value} is not one of the questions of this sheet{suggestion}; pick {labels}"},
    {"finding.IRM053.question-many",
     "{where}: {value} is not one of the {count} questions of this sheet{suggestion}; pick one from the "
     "drop-down list of column {column}, or type its provision or its id"},
    {"finding.IRM053.question-ambiguous",
     "{where}: {value} names more than one question of this sheet; pick {labels}"},
    {"finding.IRM054.no-question",
     "{where}: this row has no question in column {column}, so it would be lost; pick the question it "
     "answers"},
    {"finding.IRM054.outside",
     "{where}: this cell is outside the cells irm reads, so what it holds would be lost; move it into an "
     "answer cell or delete it"},
    {"finding.IRM060.workbook-replaced",
     "{where}: the cell holds characters that no text can carry (half of a surrogate pair written as a "
     "reference such as &#xD800;, or bytes that are not UTF-8); each is kept as U+FFFD (\uFFFD): retype the "
     "text in the cell if that character mattered"},

    // The command line of irm template and irm import: why it stops, and what it tells
    {"template.run.cannot-read", "cannot read “{file}”: {reason}"},
    {"template.run.from-refused", "cannot take answers from {file}: {reason}"},
    {"template.run.output-is-input", "the output would overwrite the input {file}"},
    {"template.run.no-language", "questionnaire “{questionnaire}” has no language “{language}”"},
    {"template.run.schema-for-yaml",
     "--schema-out and --schema are for YAML templates: a workbook checks its cells itself"},
    {"template.run.schema-is-template", "the schema and the template would be the same file “{file}”"},
    {"template.run.schema-is-input", "the schema would overwrite the input {file}"},
    {"template.run.not-written", "no template written: {reason}"},
    {"template.run.cannot-write", "cannot write {file}: "},
    {"template.run.written-to", "the workbook is written to {file}"},
    {"template.run.dropped",
     "{file}: not carried over: questionnaire {questionnaire} version {version} has no question “{id}”"},
    {"import.run.output-is-input", "the output would overwrite the input {file}"},
    {"import.run.cannot-read", "cannot read “{file}”: {reason}"},
};

extern const Table english_workbook{"en", english_workbook_texts, std::size(english_workbook_texts)};

}  // namespace irm::catalogue
