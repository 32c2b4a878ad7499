#!/usr/bin/env python3
"""Every kind of line end in a text answer comes back as it was through every way irm carries an
answer: the templates `irm template --from` makes, its workbook read by `irm import` (and read
directly), parts made by `irm split` as YAML files and as workbooks, merged back by `irm merge`.

usage: line_ends.py --irm IRM --example RESPONSE --work DIR

The answer holds old Mac line ends (a carriage return alone, once and twice), a Windows one, a Unix
one and a carriage return at the very end. What each output holds is read back with
`irm export --format json`, so that irm's own reader says what the answer is.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys

QUESTION = "q2_c_gap"
TEXT = "Old Mac line\rend; Windows\r\nend; Unix\nend; two\r\rends; last\r"


def with_answer(example, path):
    """The example response with the question's answer replaced by TEXT, double-quoted."""
    with open(example, encoding="utf-8") as f:
        lines = f.read().split("\n")
    out, skipping = [], False
    for line in lines:
        if line.startswith(f"  {QUESTION}:"):
            out.append(f"  {QUESTION}: " + json.dumps(TEXT))
            skipping = True
            continue
        if skipping and line.startswith("    "):
            continue
        skipping = False
        out.append(line)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(out))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--irm", required=True)
    parser.add_argument("--example", required=True)
    parser.add_argument("--work", required=True)
    args = parser.parse_args()
    shutil.rmtree(args.work, ignore_errors=True)
    os.makedirs(args.work)
    irm_path = os.path.abspath(args.irm)
    problems = []

    def irm(*arguments):
        # Bytes, not text: Python's text mode would turn the line ends this is about into others.
        proc = subprocess.run([irm_path] + list(arguments), cwd=args.work, capture_output=True)
        if proc.returncode != 0:
            problems.append(f"irm {' '.join(arguments)}: exit status {proc.returncode}: "
                            + proc.stderr.decode("utf-8", "replace").strip())
        return proc

    def answer_in(path):
        proc = irm("export", "--format", "json", path)
        if proc.returncode != 0:
            return None
        found = []

        def walk(node):
            if isinstance(node, dict):
                if node.get("question") == QUESTION and "text" in node:
                    found.append(node["text"])
                for value in node.values():
                    walk(value)
            elif isinstance(node, list):
                for value in node:
                    walk(value)

        walk(json.loads(proc.stdout.decode("utf-8")))
        return found[0] if found else None

    def check(what, path):
        got = answer_in(path)
        if got != TEXT:
            problems.append(f"{what}: the answer reads {got!r}, expected {TEXT!r}")

    with_answer(args.example, os.path.join(args.work, "response.yaml"))
    check("the response itself", "response.yaml")

    irm("template", "untoc-c1", "--from", "response.yaml", "--format", "yaml", "-o", "template.yaml")
    check("the YAML template of irm template --from", "template.yaml")
    irm("template", "untoc-c1", "--from", "response.yaml", "-o", "book.xlsx")
    check("the workbook of irm template --from, read directly", "book.xlsx")
    irm("import", "book.xlsx", "-o", "imported.yaml")
    check("that workbook through irm import", "imported.yaml")

    for form in ("yaml", "xlsx"):
        parts = f"parts-{form}"
        irm("split", "response.yaml", "--by", "authority", "--format", form, "-o", parts)
        holding = [name for name in sorted(os.listdir(os.path.join(args.work, parts)))
                   if answer_in(os.path.join(parts, name)) is not None]
        if not holding:
            problems.append(f"no {form} part holds {QUESTION}")
        for name in holding:
            check(f"the {form} part {name}", os.path.join(parts, name))
        irm("merge", "response.yaml", parts, "-o", f"merged-{form}.yaml")
        check(f"the {form} parts merged back", f"merged-{form}.yaml")

    for problem in problems:
        print("FAIL: " + problem)
    if not problems:
        shutil.rmtree(args.work, ignore_errors=True)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
