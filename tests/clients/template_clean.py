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
            book = os.path.join(tmp, f"{qid}-{version}-{language}.xlsx")
            for args in (["-o", draft], ["--state", "Freedonia", "-o", book]):
                proc = run([irm, "template", qid, "--version", version, "--lang", language] + args)
                if proc.returncode != 0 or proc.stderr:
                    problems.append(f"template {qid} --version {version} --lang {language} {args}: "
                                    f"exit {proc.returncode}: {proc.stderr}")
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
