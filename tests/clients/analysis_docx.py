#!/usr/bin/env python3
"""The comparison and the counts as Word, HTML and Markdown files, the Word ones read back by LibreOffice.

usage: analysis_docx.py --irm IRM --root SOURCE_DIR

Writes, in a temporary folder, `irm diff` of the two cycles of tests/cli/diff-two-cycles and
`irm aggregate --lang fr` of tests/cli/export-three-states, each with -o as .docx, .html and .md.
Then:
- the .md and .html files hold the very bytes the command writes on standard output;
- each .docx is a zip of well-formed XML parts with the parts Word needs;
- LibreOffice (headless, with a profile of its own) converts both to PDF in one run, without an error;
- pdftotext of each PDF shows the document's headings and texts from the answers, the French counts
  in French only (no English heading left), and each file says its language (Word's, HTML's lang);
- a comparison never writes over one of its inputs, and a failed run leaves no file behind.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

from observations_docx import check_docx, pdf_words, report

DIFF = ["../diff-two-cycles/cycle1.yaml", "../diff-two-cycles/cycle2.yaml"]
EXPECTED = {
    "diff": ["Changes in the answers of Freedonia to untoc-c1", "Requirements that moved", "Answers added",
             "Answers changed", "Technical-assistance needs added", "Technical-assistance needs dropped",
             "q5_1b", "progress", "backward", "Data collection", "cycle2.yaml"],
    "aggregate": ["Réponses de l'ensemble des États", "untoc-c1 2020.1",
                  "3 réponses : Freedonia, Palméria, Ruritania.", "Obligations par article",
                  "Obligations par question", "Autres questions à choix", "Besoins d'assistance technique",
                  "Obligations remplies sans législation citée", "Article 15", "q5_3_applies", "Oui",
                  "Collecte de données", "Sans objet"],
}
# The counts are asked for in French: none of their English words may be left.
ENGLISH = {
    "aggregate": ["Answers across States", "responses:", "Requirements by article",
                  "Requirements by question", "Other choice questions", "Technical assistance needed",
                  "no legislation cited", "Unanswered", "Not applicable", "Provision", "Category", "Asked by"],
}
# The language each document says it is in: Word's locale, and HTML's lang.
LANGUAGES = {"diff": ("en-GB", "en"), "aggregate": ("fr-FR", "fr")}


def main(argv):
    parser = argparse.ArgumentParser()
    parser.add_argument("--irm", required=True)
    parser.add_argument("--root", required=True)
    args = parser.parse_args(argv)
    cases = os.path.join(args.root, "tests", "cli")
    problems = []
    env = dict(os.environ, NO_COLOR="1")
    env.pop("IRM_QUESTIONNAIRES", None)

    def irm(arguments, cwd):
        return subprocess.run([args.irm] + arguments, cwd=cwd, capture_output=True, env=env, timeout=120)

    commands = {
        "diff": (["diff"] + DIFF, os.path.join(cases, "diff-two-cycles"), {"md": ["--format", "md"],
                                                                           "html": ["--format", "html"]}),
        "aggregate": (["aggregate", "--lang", "fr", "."], os.path.join(cases, "export-three-states", "responses"),
                      {"md": [], "html": None}),
    }
    with tempfile.TemporaryDirectory(prefix="irm-analysis-") as work:
        documents = []
        for name, (command, cwd, stdout_options) in commands.items():
            for extension in ("docx", "html", "md"):
                output = os.path.join(work, f"{name}.{extension}")
                run = irm(command + ["-o", output], cwd)
                if run.returncode != 0 or run.stderr:
                    problems.append(f"irm {' '.join(command)} -o {output}: exit {run.returncode}, "
                                    f"stderr {run.stderr.decode()!r}")
                    continue
                locale, lang = LANGUAGES[name]
                if extension == "docx":
                    check_docx(output, problems)
                    with zipfile.ZipFile(output) as archive:
                        core = archive.read("docProps/core.xml").decode("utf-8")
                    if f"<dc:language>{locale}</dc:language>" not in core:
                        problems.append(f"{name}: the Word document does not say it is in {locale}")
                    documents.append(output)
                    continue
                if extension == "html":
                    with open(output, encoding="utf-8") as f:
                        if not re.search(f'<html lang="{lang}"', f.read()):
                            problems.append(f"{name}: the HTML page does not say it is in {lang}")
                # What -o writes is what standard output shows (aggregate has no --format: Markdown only).
                options = stdout_options.get(extension)
                if options is None:
                    continue
                shown = irm(command[:1] + options + command[1:], cwd).stdout
                with open(output, "rb") as f:
                    if f.read() != shown:
                        problems.append(f"{name}: {extension} written with -o differs from standard output")
        if problems:
            return report(problems)

        words_of = pdf_words(documents, work, problems)
        if words_of is None:
            return report(problems)
        for name, expected in EXPECTED.items():
            words = words_of.get(name, "")
            for phrase in expected:
                if phrase not in words:
                    problems.append(f"{name}: the PDF lacks {phrase!r}")
            for phrase in ENGLISH.get(name, []):
                if phrase in words:
                    problems.append(f"{name}: the French PDF still says {phrase!r}")
            # Markdown escapes belong to Markdown only.
            if "\\_" in words or "\\|" in words:
                problems.append(f"{name}: a Markdown escape in the PDF")

        # An input is never overwritten, and a run that fails writes nothing.
        inputs = os.path.join(work, "inputs")
        os.mkdir(inputs)
        for cycle in DIFF:
            shutil.copy(os.path.join(cases, "diff-two-cycles", os.path.basename(cycle)), inputs)
        with open(os.path.join(inputs, "cycle2.yaml"), "rb") as f:
            before = f.read()
        run = irm(["diff", "cycle1.yaml", "cycle2.yaml", "-o", "cycle2.yaml"], inputs)
        with open(os.path.join(inputs, "cycle2.yaml"), "rb") as f:
            if run.returncode != 2 or f.read() != before:
                problems.append(f"diff -o onto its input: exit {run.returncode}, the input changed or not")
        run = irm(["diff", "--format", "docx", "cycle1.yaml", "cycle2.yaml"], inputs)
        if run.returncode != 2 or run.stdout:
            problems.append(f"diff --format docx without -o: exit {run.returncode}, {len(run.stdout)} bytes out")
        if sorted(os.listdir(inputs)) != ["cycle1.yaml", "cycle2.yaml"]:
            problems.append(f"files left behind: {sorted(os.listdir(inputs))}")
    return report(problems)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
