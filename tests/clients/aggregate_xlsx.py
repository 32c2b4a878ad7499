#!/usr/bin/python3
"""The workbook of `irm aggregate` as real clients read it.

usage: aggregate_xlsx.py --irm IRM --source DIR

Counts the answers of three States to the Convention's questionnaire and two
to the Smuggling of Migrants Protocol's: the workbook holds native charts (the
chart parts are in the zip, stacked bars per article and bars of needs), and
LibreOffice opens it and converts its sheets to CSV with the expected counts.
Asked for in French, its sheets, headers, sentences and chart titles are French,
and no English word of the counts is left; with nothing to count, its one sheet
has a French name too. The Markdown written with -o is what stdout shows without it.
"""
import csv
import glob
import os
import re
import subprocess
import sys
import tempfile
import zipfile

problems = []


def check(condition, message):
    if not condition:
        problems.append(message)


def run(irm, *args, expect=0):
    proc = subprocess.run([irm, *args], capture_output=True, text=True)
    check(proc.returncode == expect, f"irm {' '.join(args)}: exit {proc.returncode}, expected {expect}: {proc.stderr}")
    return proc


def csv_sheets(folder, stem):
    """The rows of each sheet of the workbook STEM.xlsx that LibreOffice converted to CSV, by sheet name."""
    sheets = {}
    for path in glob.glob(os.path.join(folder, stem + "-*.csv")):
        with open(path, encoding="utf-8", newline="") as f:
            sheets[os.path.basename(path)[len(stem) + 1:-4]] = list(csv.reader(f))
    return sheets


def texts(workbook):
    """The chart titles, and every text of the cells and sheet names, of a workbook as irm wrote it."""
    with zipfile.ZipFile(workbook) as z:
        titles = [t for n in sorted(z.namelist()) if re.fullmatch(r"xl/charts/chart\d+\.xml", n)
                  for t in re.findall(r"<a:t>([^<]*)</a:t>", z.read(n).decode("utf-8"))]
        strings = re.findall(r"<t[^>]*>([^<]*)</t>", z.read("xl/sharedStrings.xml").decode("utf-8"))
        sheets = re.findall(r'<sheet name="([^"]*)"', z.read("xl/workbook.xml").decode("utf-8"))
    return titles, strings, sheets


ENGLISH = ["responses:", "Requirements by article", "Requirements by question", "Other choice questions",
           "Technical assistance needed", "States asking", "no legislation cited", "Question text",
           "Unanswered", "Not applicable", "Other value", "Provision", "Category", "Asked by", "Responses"]


def main(argv):
    irm = argv[argv.index("--irm") + 1]
    source = argv[argv.index("--source") + 1]
    cases = os.path.join(source, "tests", "cli")
    inputs = [os.path.join(cases, "export-three-states", "responses"), os.path.join(cases, "export-protocol-som", "responses")]
    with tempfile.TemporaryDirectory(prefix="irm-aggregate-") as work:
        workbook = os.path.join(work, "counts.xlsx")
        run(irm, "aggregate", "-o", workbook, *inputs)
        french = os.path.join(work, "comptes.xlsx")
        run(irm, "aggregate", "--lang", "fr", "-o", french, *inputs)

        with zipfile.ZipFile(workbook) as z:
            names = z.namelist()
            charts = sorted(n for n in names if re.fullmatch(r"xl/charts/chart\d+\.xml", n))
            check(len(charts) == 4, f"two charts per questionnaire: {charts}")
            kinds = []
            for name in charts:
                part = z.read(name).decode("utf-8")
                kinds.append((re.search(r'<c:barDir val="(\w+)"/>', part).group(1),
                              re.search(r'<c:grouping val="(\w+)"/>', part).group(1), part.count("<c:ser>")))
            check(sorted(kinds) == sorted([("bar", "stacked", 3), ("bar", "clustered", 1)] * 2), f"charts: {kinds}")
            check(any(n.startswith("xl/drawings/drawing") for n in names), "the charts are drawn on the sheets")

        out = os.path.join(work, "csv")
        os.mkdir(out)
        proc = subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{work}/profile", "--convert-to",
                               "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1",
                               "--outdir", out, workbook, french], capture_output=True, text=True, timeout=180)
        check(proc.returncode == 0, "LibreOffice: " + proc.stderr)
        sheets = csv_sheets(out, "counts")
        check(sorted(sheets) == ["som-c1 2020.1", "untoc-c1 2020.1"], f"sheets: {sorted(sheets)}")
        untoc = sheets.get("untoc-c1 2020.1", [[]])
        check(untoc[1][0] == "3 responses: Freedonia, Palméria, Ruritania", f"who: {untoc[1]}")
        rows = {r[0]: r for r in untoc if r}
        check(rows["Article 2"][1:7] == ["7", "1", "1", "0", "0", "0"], f"article 2: {rows['Article 2']}")
        # States per binding provision: 5(1)(a) counts once per State, whichever way it is met.
        check(rows["Article 5"][1:7] == ["6", "3", "0", "0", "0", "3"], f"article 5: {rows['Article 5']}")
        check(rows["q2_c"][4:7] == ["1", "1", "1"], f"q2_c: {rows['q2_c']}")
        check(rows["Capacity building"][1:4] == ["6", "3", "Freedonia, Palméria, Ruritania"],
              f"capacity building: {rows['Capacity building']}")
        som = sheets.get("som-c1 2020.1", [[]])
        check(som[1][0] == "2 responses: Freedonia, Ruritania", f"som-c1: {som[1]}")

        # In French: the same counts under French words, and no English word of the counts left.
        sheets = csv_sheets(out, "comptes")
        check(sorted(sheets) == ["som-c1 2020.1", "untoc-c1 2020.1"], f"French sheets: {sorted(sheets)}")
        untoc = sheets.get("untoc-c1 2020.1", [[]])
        check(untoc[1][0] == "3 réponses : Freedonia, Palméria, Ruritania", f"who, in French: {untoc[1]}")
        rows = {r[0]: r for r in untoc if r}
        check(rows.get("Article", [])[1:7] == ["Oui", "Oui, en partie", "Non", "Autre valeur", "Sans réponse",
                                               "Sans objet"], f"French header: {rows.get('Article')}")
        check(rows.get("Article 5", [])[1:7] == ["6", "3", "0", "0", "0", "3"],
              f"article 5, in French: {rows.get('Article 5')}")
        check(rows.get("Renforcement des capacités", [])[1:4] == ["6", "3", "Freedonia, Palméria, Ruritania"],
              f"capacity building, in French: {rows.get('Renforcement des capacités')}")
        titles, strings, names = texts(french)
        check(titles == ["Obligations par article", "Besoins d'assistance technique : États demandeurs"] * 2,
              f"French chart titles: {titles}")
        for text in strings + titles + names:
            for english in ENGLISH:
                check(english not in text, f"English left in the French workbook: {text!r}")
        # With nothing to count, the one sheet says so, in the language asked for.
        empty = os.path.join(work, "empty")
        os.mkdir(empty)
        nothing = os.path.join(work, "rien.xlsx")
        run(irm, "aggregate", "--lang", "fr", "-o", nothing, empty)
        _, strings, names = texts(nothing)
        check(names == ["Réponses"] and strings == ["Aucune réponse à décompter."],
              f"nothing to count: {names} {strings}")
        os.rmdir(empty)
        os.remove(nothing)

        # The Markdown file holds what stdout shows.
        markdown = os.path.join(work, "counts.md")
        run(irm, "aggregate", "-o", markdown, *inputs)
        shown = run(irm, "aggregate", *inputs).stdout
        with open(markdown, encoding="utf-8") as f:
            check(f.read() == shown, "counts.md differs from stdout")
        # An input is never overwritten, whatever its name.
        with open(os.path.join(cases, "export-protocol-som", "responses", "freedonia.yaml"), "rb") as f:
            before = f.read()
        response = os.path.join(work, "response.md")
        with open(response, "wb") as f:
            f.write(before)
        proc = run(irm, "aggregate", "-o", response, response, expect=2)
        check("refusing to overwrite the input" in proc.stderr, f"refusal: {proc.stderr}")
        with open(response, "rb") as f:
            check(f.read() == before, "an input was changed")
        os.remove(response)
        check(sorted(os.listdir(work)) == ["comptes.xlsx", "counts.md", "counts.xlsx", "csv", "profile"],
              f"files left behind: {sorted(os.listdir(work))}")

    for p in problems:
        print("FAIL:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
