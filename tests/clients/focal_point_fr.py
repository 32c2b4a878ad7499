"""A French-speaking focal point's folder, checked as the secretariat would check it.

The focal point fills the French workbook of `irm template` with openpyxl and makes the
mistakes people make: a provision typed instead of picking the question in the Legislation
sheet, a citation without its title, a date written 15/03/2004, "4 ans" in a number cell. The
same workbook, saved again by LibreOffice as .ods, sits beside it, with a text file of notes.
`irm validate` of the folder, with no language in the environment, must say every finding in
French, name the provision of each question that has one, say what to do, skip nothing in
silence; `--lang en` says the same findings in English, with the same codes and places.
"""
import json
import os
import shutil
import sys
import tempfile

import openpyxl
import yaml

from workbook_support import cell, places, report, run, soffice

HERE = os.path.dirname(os.path.abspath(__file__))
QUESTIONNAIRE = os.path.join(HERE, "..", "..", "questionnaires", "untoc-c1-2026.1.yaml")

# Words that only an English sentence, or a message for YAML engineers, would hold.
NOT_FRENCH = (" the ", " is not ", " write ", " must ", "show_if", "single value", "scalar", " node", " map ")


def provisions():
    """Question id -> provision, for the questions that have one."""
    with open(QUESTIONNAIRE, encoding="utf-8") as f:
        questionnaire = yaml.safe_load(f)
    out = {}
    for section in questionnaire["sections"]:
        for question in section["questions"]:
            if question.get("provision"):
                out[question["id"]] = question["provision"]
    return out


def fill(book):
    where = places(book)
    cell(book, where["q2_a"]).value = "Oui, en partie"
    cell(book, where["q2_a_gap"]).value = "La loi ne couvre pas encore les groupes sans structure."
    cell(book, where["q2_b_threshold"]).value = "4 ans"
    cell(book, where["q2_main_law_date"]).value = "15/03/2004"
    law = book["Législation"]
    # The provision typed as a person types it, then a citation without its title.
    for column, value in zip("ABCD", ("2(a)", "Code pénal", "art. 450-1", 2019)):
        law[f"{column}2"] = value
    for column, value in zip("ACD", ("2(a)", "art. 450-2", 2019)):
        law[f"{column}3"] = value


def validate(irm, folder, *extra):
    proc = run([irm, "validate", "--format", "json", *extra, folder])
    return proc.returncode, json.loads(proc.stdout)


def main(irm):
    problems = []
    known = provisions()
    with tempfile.TemporaryDirectory() as tmp:
        folder = os.path.join(tmp, "dossier")
        os.makedirs(folder)
        template = os.path.join(tmp, "modele.xlsx")
        proc = run([irm, "template", "untoc-c1", "--lang", "fr", "--state", "Freedonia", "-o", template])
        if proc.returncode != 0:
            return report([f"template: exit {proc.returncode}: {proc.stderr}"], "a French focal point's folder")
        book = openpyxl.load_workbook(template)
        fill(book)
        workbook = os.path.join(folder, "reponse.xlsx")
        book.save(workbook)
        converted = soffice(["--convert-to", "ods", "--outdir", tmp, workbook], tmp)
        ods = os.path.join(tmp, "reponse.ods")
        if converted.returncode != 0 or not os.path.exists(ods):
            problems.append(f"LibreOffice could not save the workbook as .ods: {converted.stderr[:300]}")
        else:
            shutil.copy(ods, os.path.join(folder, "reponse-libreoffice.ods"))
        with open(os.path.join(folder, "notes.txt"), "w", encoding="utf-8") as f:
            f.write("À revoir avec le ministère de la justice.\n")

        status, french = validate(irm, folder)
        if status != 1:
            problems.append(f"validate: exit {status}")
        by_file = {os.path.basename(r["file"]): r["diagnostics"] for r in french["results"]}
        if "notes.txt" in by_file:
            problems.append("notes.txt was read as a response")
        ods_findings = by_file.get("reponse-libreoffice.ods", [])
        if [d["code"] for d in ods_findings] != ["IRM006"] or ".xlsx" not in ods_findings[0]["message"]:
            problems.append(f"the .ods file: {ods_findings}")
        found = by_file.get("reponse.xlsx", [])
        codes = sorted(d["code"] for d in found)
        if codes != ["IRM011", "IRM016", "IRM018"]:
            problems.append(f"the workbook's findings: {[(d['code'], d.get('cell'), d['message']) for d in found]}")
        for d in found:
            message = d["message"]
            for word in NOT_FRENCH:
                if word in message:
                    problems.append(f"{d['code']} at {d.get('cell')} is not all French ({word.strip()!r}): {message}")
            if d.get("question") in known and "article" not in message:
                problems.append(f"{d['code']} does not name the provision of {d['question']}: {message}")
            if not d.get("cell"):
                problems.append(f"{d['code']} has no cell: {message}")
        wanted = {
            "IRM011": ("4", "«\u00a0ans\u00a0»", "écrivez"),
            "IRM016": ("2004-03-15", "écrivez"),
            "IRM018": ("Intitulé",),
        }
        for d in found:
            for piece in wanted.get(d["code"], ()):
                if piece not in d["message"]:
                    problems.append(f"{d['code']} lacks {piece!r}: {d['message']}")
        titles = [d for d in found if d["code"] == "IRM018"]
        if titles and titles[0].get("cell") != "Législation!B3":
            problems.append(f"the missing title is reported at {titles[0].get('cell')}, not Législation!B3")

        text = run([irm, "validate", folder])
        last = text.stdout.strip().splitlines()[-1] if text.stdout.strip() else ""
        if "1 autre fichier ignoré" not in last or "réponses" not in last:
            problems.append(f"the summary line: {last!r}")

        status, english = validate(irm, folder, "--lang", "en")
        english_found = {os.path.basename(r["file"]): r["diagnostics"] for r in english["results"]}.get(
            "reponse.xlsx", [])
        if [(d["code"], d.get("cell")) for d in english_found] != [(d["code"], d.get("cell")) for d in found]:
            problems.append("--lang en changed the codes or the cells")
        if not all(" write " in d["message"] or "Write " in d["message"] or " lacks " in d["message"]
                   for d in english_found):
            problems.append(f"--lang en: {[d['message'] for d in english_found]}")
    return report(problems, "a French focal point's folder")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
