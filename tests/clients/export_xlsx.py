#!/usr/bin/python3
"""The Excel export as real clients read it.

usage: export_xlsx.py --irm IRM --source DIR

Exports three States' answers to the Convention's questionnaire and two to the
Smuggling of Migrants Protocol's, then: LibreOffice (headless, with a fresh
profile) converts every sheet to CSV and the per-questionnaire sheet must hold
the expected cells, one column per State; openpyxl checks what CSV cannot show
(frozen panes, filters, styles, text that looks like a formula kept as text, the
flag of a response with errors).
"""
import csv
import glob
import os
import subprocess
import sys
import tempfile

import openpyxl

ARABIC = "قضت محكمة الاستئناف في عام 2022 بإدانة أحد عشر عضواً في شبكة لسرقة المركبات."
CHINESE = "2021年，最高法院确认了对洗钱网络十二名成员的定罪。\n金融情报机构向检察机关移交了214份报告。"
FORMULA = "=SUM(A1:A9) needs <b>staff</b> & \"time\" > 'money'"

problems = []


def check(condition, message):
    if not condition:
        problems.append(message)


def run(irm, *args, expect=0):
    proc = subprocess.run([irm, *args], capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1"})
    if proc.returncode != expect:
        sys.exit(f"irm {' '.join(args)}: exit {proc.returncode}, expected {expect}\n{proc.stderr}")
    return proc


def sheet_csv(workbook, work):
    """Every sheet of the workbook as CSV, by LibreOffice; returns {sheet name: rows}."""
    out = os.path.join(work, "csv")
    os.mkdir(out)
    # Separator, quote, UTF-8, first line, ..., and the last token -1: every sheet to its own file.
    options = "44,34,76,1,,0,false,true,true,false,false,-1"
    proc = subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{work}/profile",
                           "--convert-to", f"csv:Text - txt - csv (StarCalc):{options}", "--outdir", out, workbook],
                          capture_output=True, text=True, timeout=180)
    if proc.returncode != 0:
        sys.exit(f"LibreOffice could not convert the workbook:\n{proc.stdout}{proc.stderr}")
    base = os.path.splitext(os.path.basename(workbook))[0]
    sheets = {}
    for path in glob.glob(os.path.join(out, base + "-*.csv")):
        name = os.path.basename(path)[len(base) + 1:-4]
        with open(path, encoding="utf-8", newline="") as f:
            sheets[name] = list(csv.reader(f))
    return sheets


def main(argv):
    irm = argv[argv.index("--irm") + 1]
    source = argv[argv.index("--source") + 1]
    cases = os.path.join(source, "tests", "cli")
    with tempfile.TemporaryDirectory(prefix="irm-export-xlsx-") as work:
        workbook = os.path.join(work, "answers.xlsx")
        run(irm, "export", "-o", workbook, os.path.join(cases, "export-three-states", "responses"),
            os.path.join(cases, "export-protocol-som", "responses"))
        check(not [n for n in os.listdir(work) if n != "answers.xlsx"], "files left beside the export")

        sheets = sheet_csv(workbook, work)
        check(sorted(sheets) == sorted(["som-c1 2020.1", "untoc-c1 2020.1", "Data", "Tables", "Citations",
                                        "Court cases", "TA needs"]), f"sheets: {sorted(sheets)}")
        check(sheets.get("Court cases", [[]])[0][6:11] == ["court", "date", "year", "reference", "summary"],
              f"Court cases header: {sheets.get('Court cases', [[]])[0]}")
        untoc = sheets.get("untoc-c1 2020.1", [])
        rows = {row[0]: row for row in untoc if row and row[0]}
        check(untoc[3][:7] == ["Question", "Article", "Provision", "Question text", "Freedonia", "Palméria",
                               "Ruritania"], f"header row: {untoc[3][:7]}")
        check(untoc[2][3:7] == ["Errors", "0", "0", "0"], f"errors row: {untoc[2]}")
        check(untoc[1][3:7] == ["Status", "final", "final", "final"], f"status row: {untoc[1]}")
        check(rows["q2_c"][1:3] == ["2", "2(c)"], f"q2_c: {rows['q2_c'][:3]}")
        check(rows["q2_c"][3].startswith("Does your law accept that a group is structured"), "q2_c question text")
        check(rows["q2_c"][4:7] == ["Yes, in part", "Yes", "No"], f"q2_c answers: {rows['q2_c'][4:7]}")
        check(rows["q2_b_threshold"][4:7] == ["4", "4", "4"], f"q2_b_threshold: {rows['q2_b_threshold'][4:7]}")
        check(rows["q9_measures"][4] == "Codes of conduct; Declarations of assets or interests; Rules on conflicts of "
              "interest; Recruitment and promotion on merit; Ethics and integrity training",
              f"q9_measures: {rows['q9_measures'][4]}")
        check(rows["q2_a_law"][4] == "Loi n° 2003-17 relative à la lutte contre la criminalité organisée, art. 1er "
              "(2003)\nCode pénal, art. 450-1, alinéa 2 (2019)", f"citations joined: {rows['q2_a_law'][4]!r}")
        check(rows["q5_stats"][4:7] == ["4 rows"] * 3, f"q5_stats: {rows['q5_stats'][4:7]}")
        check(rows["q5_examples"][6] == ARABIC, "Arabic text")
        check(rows["q6_examples"][5] == CHINESE, "Chinese text")
        check(rows["q5_challenges"][6] == FORMULA, f"formula-like text: {rows['q5_challenges'][6]!r}")
        check(rows["q2_c_gap"][5] == "", "an answer Palméria did not give")
        check("q2_intro" not in rows, "notes are not questions")

        som = sheets.get("som-c1 2020.1", [])
        check(som[3][4:] == ["Freedonia", "Ruritania"], f"som-c1 header: {som[3][4:]}")
        data = sheets.get("Data", [])
        check(data[0] == ["state", "questionnaire", "version", "question", "article", "provision", "type", "value",
                          "label", "status", "errors", "file"], f"Data header: {data[0]}")
        q2c = sorted((r[0], r[7], r[8]) for r in data[1:] if r[3] == "q2_c")
        check(q2c == [("Freedonia", "yes_in_part", "Yes, in part"), ("Palméria", "yes", "Yes"),
                      ("Ruritania", "no", "No")], f"Data rows of q2_c: {q2c}")
        check(any(r[0] == "Freedonia" and r[1] == "som-c1" for r in data[1:]), "som-c1 rows in Data")
        tables = sheets.get("Tables", [])
        check(tables[0][:6] == ["state", "questionnaire", "version", "question", "row", "year"],
              f"Tables header: {tables[0][:6]}")
        needs = sheets.get("TA needs", [])
        check(any(r[0] == "Ruritania" and r[5] == "capacity_building" for r in needs[1:]), "TA needs rows")
        citations = sheets.get("Citations", [])
        check(citations[0][6:9] == ["title", "cited provision", "year"], f"Citations header: {citations[0]}")

        book = openpyxl.load_workbook(workbook)
        sheet = book["untoc-c1 2020.1"]
        check(sheet.freeze_panes == "E5", f"frozen panes: {sheet.freeze_panes}")
        check(sheet.auto_filter.ref == f"A4:G{sheet.max_row}", f"filter: {sheet.auto_filter.ref}")
        check(sheet["E4"].font.b, "State headers are bold")
        formula_cell = [c for c in sheet["G"] if c.value == FORMULA]
        check(formula_cell and formula_cell[0].data_type == "s", "the formula-like text is a text cell")
        check(book["Data"].freeze_panes == "A2" and book["Data"].auto_filter.ref, "Data: frozen header, filter")

        # A response with errors: exported, flagged in its column.
        flagged = os.path.join(work, "flagged.xlsx")
        proc = run(irm, "export", "-o", flagged, os.path.join(cases, "export-flagged-errors", "responses"), expect=1)
        check("exported with 4 errors, flagged in the output" in proc.stderr, f"warning: {proc.stderr}")
        sheet = openpyxl.load_workbook(flagged)["untoc-c1 2020.1"]
        check([sheet["E3"].value, sheet["F3"].value] == [0, 4], f"errors row: {sheet['E3'].value}, {sheet['F3'].value}")
        check(sheet["F4"].fill.fgColor.rgb.endswith("F4CCCC"), "the flagged State's header is red")

    for p in problems:
        print("FAIL:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
