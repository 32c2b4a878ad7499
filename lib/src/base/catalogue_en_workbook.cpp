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
    {"workbook.see-legislation", "Cite the laws on the Legislation sheet, question {question}."},
    {"workbook.see-court-cases", "List the court cases on the Court cases sheet, question {question}."},
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
     "court cases on the Court cases sheet (one row per case), technical-assistance needs on the Technical "
     "assistance sheet, and statistics on the sheet of each table."},
    {"workbook.instructions.copies",
     "4. Several ministries can fill in copies of this workbook; the focal point then gathers the answers."},
    {"workbook.instructions.layout",
     "5. Do not rename, move or delete sheets, rows or columns: a hidden sheet tells irm which cell holds "
     "which answer."},
    {"workbook.instructions.import", "6. When done, turn the workbook into a response and check it:"},
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
    {"finding.IRM051.not-a-workbook", "the file is not an .xlsx workbook: its workbook part holds no workbook"},
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
    {"finding.IRM051.damaged", "more than {limit} cells or rows of the workbook cannot be read: it is damaged"},
};

extern const Table english_workbook{"en", english_workbook_texts, std::size(english_workbook_texts)};

}  // namespace irm::catalogue
