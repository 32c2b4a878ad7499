#!/usr/bin/env python3
"""The Word drafts of irm observations, read back by LibreOffice and pdftotext.

usage: observations_docx.py --irm IRM --root SOURCE_DIR

Writes three drafts of the list of observations: the shipped complete response
to the Convention's questionnaire with the example notes, in English and in
French, and the complete response to the trafficking questionnaire in English.
Then:
- each .docx is a zip whose XML parts are well-formed, with the parts Word needs;
- LibreOffice (headless, with a fresh profile) converts all three to PDF in one
  run, without an error;
- pdftotext of each PDF shows the title of every section of the questionnaire
  in the draft's language, the draft's fixed headings in that language, and
  citations of question ids such as [q5_1a_i].
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
import zipfile

PARTS = ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels",
         "word/styles.xml", "word/numbering.xml"]
HEADINGS = {
    "en": ["List of observations (draft)", "Provisions reviewed", "What the State reported",
           "Points for the dialogue", "Successes and good practices", "Challenges and issues", "Suggestions",
           "Technical assistance needs"],
    "fr": ["Liste d'observations (projet)", "Dispositions examinées", "Ce que l'État a indiqué",
           "Points à aborder lors du dialogue", "Succès et bonnes pratiques", "Difficultés et problèmes",
           "Suggestions", "Besoins d'assistance technique"],
}
CITATION = re.compile(r"\[q[0-9][a-z0-9_]*(, [a-z][a-z0-9_]*)*\]")


def section_titles(questionnaire, language):
    """The section titles of a shipped questionnaire, read from its YAML text (block or flow style)."""
    with open(questionnaire, encoding="utf-8") as f:
        text = f.read()
    body = text[text.index("\nsections:"):]
    titles = []
    for block in re.split(r"\n  - id: ", body)[1:]:
        head = block.split("\n    questions:")[0]
        match = re.search(language + r': "((?:[^"\\]|\\.)*)"', head)
        if not match:
            raise SystemExit(f"no {language} title in section {block.split()[0]} of {questionnaire}")
        titles.append(match.group(1))
    articles = re.findall(r"^    article: ", text, re.M)
    if len(titles) != len(articles) or not titles:
        raise SystemExit(f"{questionnaire}: read {len(titles)} titles for {len(articles)} sections")
    return titles


def flat(text):
    return " ".join(text.split())


def check_docx(path, problems):
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        if names[0] != "[Content_Types].xml":
            problems.append(f"{path}: [Content_Types].xml is not the first entry")
        for part in PARTS:
            if part not in names:
                problems.append(f"{path}: missing part {part}")
        for name in names:
            if name.endswith(".xml") or name.endswith(".rels"):
                try:
                    ElementTree.fromstring(archive.read(name))
                except ElementTree.ParseError as e:
                    problems.append(f"{path}: {name} is not well-formed XML: {e}")


def pdf_words(documents, work, problems):
    """Converts Word documents to PDF in one LibreOffice run, with a profile of its own in `work`, and
    returns the text of each PDF as pdftotext shows it, blanks folded, by the document's name without
    its extension; None when LibreOffice fails. A PDF that is missing is a problem."""
    profile = "file://" + os.path.join(work, "profile")
    convert = subprocess.run(
        ["soffice", "--headless", "-env:UserInstallation=" + profile, "--convert-to", "pdf",
         "--outdir", work] + documents,
        capture_output=True, text=True, timeout=300)
    if convert.returncode != 0 or "Error" in convert.stdout + convert.stderr:
        problems.append(f"LibreOffice could not convert: {convert.stdout} {convert.stderr}")
        return None
    words = {}
    for document in documents:
        name = os.path.splitext(os.path.basename(document))[0]
        pdf = os.path.join(work, name + ".pdf")
        if not os.path.exists(pdf):
            problems.append(f"{name}: no PDF")
            continue
        text = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], capture_output=True, text=True,
                              timeout=60).stdout
        words[name] = flat(text)
    return words


def main(argv):
    parser = argparse.ArgumentParser()
    parser.add_argument("--irm", required=True)
    parser.add_argument("--root", required=True)
    args = parser.parse_args(argv)
    root = args.root
    drafts = [
        ("untoc-en", "en", "examples/freedonia-untoc-c1-final.yaml", "examples-notes/freedonia-untoc-c1-notes.yaml",
         "questionnaires/untoc-c1-2026.1.yaml"),
        ("untoc-fr", "fr", "examples/freedonia-untoc-c1-final.yaml", "examples-notes/freedonia-untoc-c1-notes.yaml",
         "questionnaires/untoc-c1-2026.1.yaml"),
        ("tip-en", "en", "examples/freedonia-tip-c1-final.yaml", None, "questionnaires/tip-c1-2026.1.yaml"),
    ]
    problems = []
    with tempfile.TemporaryDirectory(prefix="irm-docx-") as work:
        env = dict(os.environ, NO_COLOR="1")
        env.pop("IRM_QUESTIONNAIRES", None)
        outputs = []
        for name, language, response, notes, _ in drafts:
            output = os.path.join(work, name + ".docx")
            command = [args.irm, "observations", "--format", "docx", "--lang", language,
                       os.path.join(root, response), "-o", output]
            if notes:
                command += ["--notes", os.path.join(root, notes)]
            run = subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)
            if run.returncode != 0 or run.stderr:
                problems.append(f"{' '.join(command)}: exit {run.returncode}, stderr {run.stderr!r}")
                continue
            check_docx(output, problems)
            outputs.append(output)
        if problems:
            return report(problems)

        words_of = pdf_words(outputs, work, problems)
        if words_of is None:
            return report(problems)

        for name, language, _, _, questionnaire in drafts:
            if name not in words_of:
                continue
            words = words_of[name]
            for title in section_titles(os.path.join(root, questionnaire), language):
                if flat(title) not in words:
                    problems.append(f"{name}: the PDF lacks the section heading {title!r}")
            for heading in HEADINGS[language]:
                if heading not in words:
                    problems.append(f"{name}: the PDF lacks the heading {heading!r}")
            if language == "fr" and "What the State reported" in words:
                problems.append(f"{name}: an English heading in the French draft")
            if not CITATION.search(words):
                problems.append(f"{name}: no [question-id] citation in the PDF")
    return report(problems)


def report(problems):
    for problem in problems:
        print("FAIL: " + problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
