#!/usr/bin/env python3
"""`irm template --from X` (YAML and workbook), then `irm import`, then
`irm validate`: every answer of X that the questionnaire still has is kept,
and the answers to ids it no longer has are listed on stderr.

usage: template_from.py IRM RESPONSE.yaml
"""
import os
import re
import sys
import tempfile

from workbook_support import findings, load, normal, report, run


def main(irm, response):
    problems = []
    with open(response, encoding="utf-8") as f:
        text = f.read()
    original = load(response)
    expected_codes = sorted(d["code"] for d in findings(irm, response)[0] if d["code"] != "IRM013")
    with tempfile.TemporaryDirectory() as tmp:
        # The previous cycle answered a question this questionnaire no longer asks.
        previous = os.path.join(tmp, "previous.yaml")
        with open(previous, "w", encoding="utf-8") as f:
            f.write(re.sub(r"^answers:\n", "answers:\n  q99_retired: \"yes\"\n", text, count=1, flags=re.M))
        book, draft, back = (os.path.join(tmp, n) for n in ("book.xlsx", "draft.yaml", "back.yaml"))
        for output in (book, draft):
            proc = run([irm, "template", original["questionnaire"], "--from", previous, "-o", output])
            if proc.returncode != 0:
                return report([f"template -o {output}: exit {proc.returncode}: {proc.stderr}"], "template --from")
            if "q99_retired" not in proc.stderr or len(proc.stderr.splitlines()) != 1:
                problems.append(f"template -o {os.path.basename(output)}: stderr should name q99_retired alone: {proc.stderr!r}")
        proc = run([irm, "import", book, "-o", back])
        if proc.returncode != 0:
            return report(problems + [f"import: exit {proc.returncode}: {proc.stderr}"], "import")
        want = original.get("answers") or {}
        for path in (draft, back):
            got = load(path).get("answers") or {}
            for qid, answer in want.items():
                if normal(answer) != normal(got.get(qid)):
                    problems.append(f"{os.path.basename(path)}: {qid} is {got.get(qid)!r}, expected {answer!r}")
            if "q99_retired" in got:
                problems.append(f"{os.path.basename(path)}: the retired answer was carried")
            codes = sorted(d["code"] for d in findings(irm, path)[0])
            if codes != expected_codes:
                problems.append(f"validate {os.path.basename(path)}: {codes}, expected {expected_codes}")
    return report(problems, "template --from → import → validate " + os.path.basename(response))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
