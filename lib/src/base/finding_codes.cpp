#include <irm/finding_codes.hpp>

#include <algorithm>

namespace irm {

const std::vector<FindingCode>& finding_codes() {
    static const std::vector<FindingCode> codes{
        // A file and its structure
        {"IRM001", "YamlSyntax", Severity::Error, "The file is not valid YAML."},
        {"IRM002", "FileStructure", Severity::Error,
         "The file's structure is wrong: its format, a header key, an unknown top-level key, or answers that "
         "are "
         "not a map."},
        {"IRM003", "UnknownQuestionnaire", Severity::Error,
         "No questionnaire with this id and version is loaded."},
        {"IRM004", "DuplicateKey", Severity::Error, "A key appears twice in one YAML mapping."},
        {"IRM005", "UnreadableFile", Severity::Error, "A response file found in a directory cannot be read."},
        {"IRM006", "NotAResponseFormat", Severity::Error,
         "A spreadsheet or document irm does not read as a response (.ods, .xls, .xlsm, .csv, .json, .docx, "
         ".pdf); the message says how to make it one."},
        // Answers
        {"IRM010", "UnknownQuestion", Severity::Error,
         "An answer or waiver names a question the questionnaire does not have."},
        {"IRM011", "WrongShape", Severity::Error,
         "The answer has the wrong shape for the type of its question."},
        {"IRM012", "ValueNotAChoice", Severity::Error, "The value is not one of the question's choices."},
        {"IRM013", "RequiredUnanswered", Severity::Error,
         "A required question is not answered in a final response."},
        {"IRM014", "ConstraintFalse", Severity::Error,
         "An answer breaks a check of the questionnaire (its severity is the questionnaire's)."},
        {"IRM015", "NotApplicable", Severity::Warning,
         "An answer is given to a question that does not apply."},
        {"IRM016", "BadDate", Severity::Error, "The date is not a real YYYY-MM-DD date."},
        {"IRM017", "OutOfBounds", Severity::Error,
         "A value, length or count is outside the question's bounds."},
        {"IRM018", "BadEntry", Severity::Error,
         "A citation, a technical-assistance need or a table row has an unknown, missing or invalid field."},
        {"IRM019", "AnswerToNote", Severity::Error, "An answer is given to a note, which asks nothing."},
        {"IRM020", "Waived", Severity::Info,
         "A warning on this question is waived; the justification is shown."},
        {"IRM021", "NothingToWaive", Severity::Warning,
         "A waiver names a question that has no warning to waive."},
        // Merging parts
        {"IRM030", "MergeConflict", Severity::Error, "Two parts give one question different answers."},
        {"IRM031", "PartOfAnotherResponse", Severity::Error,
         "A part is of another questionnaire, version or State than the response."},
        {"IRM032", "PartChangesAnswer", Severity::Info,
         "A part changes or clears an answer the response had."},
        {"IRM033", "CutAnswerKept", Severity::Info,
         "A workbook part holds an answer cut to a cell's limit; the whole answer is kept."},
        // The reviewing States' notes
        {"IRM040", "NotesStructure", Severity::Error, "The notes' structure is wrong."},
        {"IRM041", "UnknownArticle", Severity::Error,
         "The notes name an article no section of the questionnaire reviews."},
        {"IRM042", "NotesUnknownQuestion", Severity::Error,
         "The notes name a question the questionnaire does not have."},
        {"IRM043", "NotesOtherState", Severity::Error,
         "The notes are about another State than the response."},
        {"IRM044", "NotesOtherQuestionnaire", Severity::Error,
         "The notes are about another questionnaire or version than the response."},
        // Workbooks
        {"IRM050", "NotATemplateWorkbook", Severity::Error,
         "The workbook was not written by irm template, or its map of cells no longer fits the "
         "questionnaire."},
        {"IRM051", "UnreadableWorkbook", Severity::Error, "The file cannot be read as an .xlsx workbook."},
        {"IRM052", "FormulaError", Severity::Error,
         "A cell holds a formula error or a formula with no value."},
        {"IRM053", "NotInList", Severity::Error, "A value picked from a list matches none of its labels."},
        {"IRM054", "ContentOutsideCells", Severity::Error,
         "Content lies outside the cells irm reads and would be lost on import."},
        // What no output can carry as written
        {"IRM060", "ControlCharacter", Severity::Warning,
         "A text holds a control character, which no answer means and which outputs cannot show as it is."},
        {"IRM061", "NumberBeyondDouble", Severity::Warning,
         "A number has more digits, or is larger, than conditions and spreadsheets can hold without rounding "
         "it."},
        // Questionnaires
        {"IRM101", "QuestionnaireStructure", Severity::Error, "The questionnaire's structure is wrong."},
        {"IRM102", "DuplicateId", Severity::Error, "An id or a choice value appears twice."},
        {"IRM103", "ExpressionUnknownName", Severity::Error,
         "An expression names an unknown question or column."},
        {"IRM104", "ExpressionSyntax", Severity::Error, "An expression cannot be parsed."},
        {"IRM105", "UndeclaredLanguage", Severity::Warning,
         "A text lacks one of the languages the questionnaire declares."},
        {"IRM106", "UnknownChoiceList", Severity::Error,
         "A question names a choice list that does not exist."},
        {"IRM107", "ConditionCycle", Severity::Error, "Questions depend on each other in a circle."},
        {"IRM108", "ComparisonWithNoChoice", Severity::Warning,
         "An expression compares a choice question with a value that is not one of its choices."},
        // How binding provisions are
        {"IRM109", "UnknownObligation", Severity::Error,
         "A question's level of obligation is not one the format knows."},
        {"IRM110", "ObligationWithoutProvision", Severity::Error,
         "A question says how binding its provision is but names no provision."},
        {"IRM111", "UnknownAlternative", Severity::Error,
         "A question's alternatives name a question the questionnaire does not have."},
        {"IRM112", "AlternativeMismatch", Severity::Error,
         "Alternatives and level disagree: an alternative with no alternatives, alternatives on another "
         "level, or "
         "an alternative naming itself or a question that is not an alternative."},
        {"IRM113", "AlternativesNotSymmetric", Severity::Error,
         "The questions of an alternative group do not each list all the others."},
    };
    return codes;
}

const FindingCode* find_finding_code(std::string_view code) {
    const auto& codes = finding_codes();
    const auto found =
        std::find_if(codes.begin(), codes.end(), [&](const FindingCode& c) { return c.code == code; });
    return found == codes.end() ? nullptr : &*found;
}

}  // namespace irm
