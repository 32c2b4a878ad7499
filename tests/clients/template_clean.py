#!/usr/bin/env python3
"""Templates of a questionnaire, in each of its languages, are clean drafts:
the YAML one holds every question in order and validates with no finding at
all; the workbook validates with none either.

usage: template_clean.py IRM QUESTIONNAIRE.yaml
"""
import os
import sys
import tempfile

from workbook_support import findings, load, report, run


def main(irm, questionnaire_file):
    problems = []
    questionnaire = load(questionnaire_file)
    qid = questionnaire["id"]
    version = questionnaire["version"]
    ids = [q["id"] for s in questionnaire["sections"] for q in s["questions"] if q["type"] != "note"]
    with tempfile.TemporaryDirectory() as tmp:
        for language in questionnaire["languages"]:
            draft = os.path.join(tmp, f"{qid}-{version}-{language}.yaml")
            proc = run([irm, "template", qid, "--version", version, "--lang", language, "-o", draft])
            if proc.returncode != 0 or proc.stderr:
                problems.append(f"template {qid} --version {version} --lang {language} -o {draft}: "
                                f"exit {proc.returncode}: {proc.stderr}")
            # Without -o, a workbook is written beside, under a name made from the questionnaire, its
            # version and the State, and never over a file that is there.
            folder = os.path.join(tmp, language)
            os.mkdir(folder)
            book = os.path.join(folder, f"{qid}-{version}-Cote-d-Ivoire.xlsx")
            args = [irm, "template", qid, "--version", version, "--lang", language, "--state", "Côte d'Ivoire",
                    "--format", "xlsx"]
            proc = run(args, cwd=folder)
            if proc.returncode != 0 or not os.path.exists(book) or len(proc.stderr.splitlines()) != 1 \
                    or os.path.basename(book) not in proc.stderr:
                problems.append(f"template {qid} --lang {language} --format xlsx without -o: exit "
                                f"{proc.returncode}, wrote {os.listdir(folder)}, said {proc.stderr!r}")
            before = os.path.getsize(book) if os.path.exists(book) else None
            proc = run(args, cwd=folder)
            said = "existe déjà" if language == "fr" else "already exists"  # the line follows --lang
            if proc.returncode != 2 or said not in proc.stderr or \
                    (before is not None and os.path.getsize(book) != before):
                problems.append(f"template {qid} --format xlsx again: exit {proc.returncode}, {proc.stderr!r}")
            response = load(draft)
            keys = list((response.get("answers") or {}).keys())
            if keys != ids:
                problems.append(f"{draft}: the answers' keys are not the questions in order")
            if any(v not in (None, "") for v in (response.get("answers") or {}).values()):
                problems.append(f"{draft}: a key has a value")
            if response.get("language") != language:
                problems.append(f"{draft}: language {response.get('language')!r}")
            for path in (draft, book):
                found, status = findings(irm, path)
                if status != 0 or found:
                    problems.append(f"validate {os.path.basename(path)}: exit {status}, findings {found}")
    return report(problems, f"clean templates of {qid} {version}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
