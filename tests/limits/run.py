#!/usr/bin/env python3
"""Inputs that once made irm's time or memory grow faster than their size, each run once at a
size where that growth cost minutes or gigabytes, and held to a bound far below it.

usage: run.py --irm IRM --work DIR [--unbounded] SHAPE

The input is made in DIR/SHAPE, the command runs there, and the case fails when the exit status
is not the expected one, when stdout or stderr lacks what the shape says they show, or when the
run takes more CPU seconds or resident memory than the shape's bound. --unbounded checks the
outcome only (a build under the sanitizers is slower and larger by design). bench/scaling
measures the growth itself, at N to 8N.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

HEADER = {"format": "irm-response/1", "questionnaire": "untoc-c1", "version": "2020.1", "state": "Freedonia",
          "language": "en", "status": "draft"}


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def citation(i, year):
    return {"title": f"Penal Code, book {i}", "provision": f"art. {i}", "year": year,
            "url": f"https://laws.freedonia.example/penal-code#art-{i}"}


def block_response(answers):
    """A response to untoc-c1 in block style whose answers are the lines given."""
    return "".join(f"{key}: {json.dumps(value)}\n" for key, value in HEADER.items()) + "answers:\n" + answers


class Shape:
    """How to make one input, what irm must do with it, and within what."""

    def __init__(self, make, exit, seconds, mib, stdout=(), stderr=()):
        self.make, self.exit, self.seconds, self.mib = make, exit, seconds, mib
        self.stdout, self.stderr = stdout, stderr


# ---------------------------------------------------------------- the shapes: make(irm, work) -> arguments


def findings_line(irm, work):
    """20,000 findings on one line (a response written as one line of JSON): each finding's source
    line was split into characters, and found by a scan from the file's start (over 100 s)."""
    answers = {"q2_a": "yes", "q2_a_law": [citation(i, "MMXIX") for i in range(20_000)]}
    write(os.path.join(work, "response.yaml"), json.dumps(dict(HEADER, answers=answers)))
    return ["validate", "response.yaml"]


def findings_lines(irm, work):
    """80,000 findings, one a line: each line found by a scan from the file's start (about 19 s)."""
    items = "".join(f"    - {json.dumps(citation(i, 'MMXIX'))}\n" for i in range(80_000))
    write(os.path.join(work, "response.yaml"), block_response('  q2_a: "yes"\n  q2_a_law:\n' + items))
    return ["validate", "response.yaml"]


def balanced(names):
    """`a == 1 or b == 1 ...` as a balanced tree, within the nesting an expression may have."""
    if len(names) == 1:
        return f"{names[0]} == 1"
    middle = len(names) // 2
    return f"({balanced(names[:middle])} or {balanced(names[middle:])})"


def condition_names(irm, work):
    """A questionnaire whose one condition names 30,000 questions it does not have: the column of
    each name was counted from the start of the condition (43 s)."""
    questions = [{"id": "q1", "type": "integer", "label": {"en": "Cases"}},
                 {"id": "q2", "type": "text", "label": {"en": "Why?"},
                  "show_if": balanced([f"unknown_{i}" for i in range(30_000)])}]
    questionnaire = {"format": "irm-questionnaire/1", "id": "scaling", "version": "1", "instrument": "UNTOC",
                     "cluster": 1, "languages": ["en"], "title": {"en": "Scaling"},
                     "sections": [{"id": "s1", "title": {"en": "Section"}, "article": "1", "questions": questions}]}
    write(os.path.join(work, "scaling.yaml"), json.dumps(questionnaire))
    return ["lint", "scaling.yaml"]


def huge_answer(irm, work):
    """An answer of 20 MB on one line, with one finding (it is no choice): the finding's message
    quoted it whole, and "did you mean" measured it against every choice (1.1 GB, 3.7 s)."""
    write(os.path.join(work, "response.yaml"), block_response("  q2_a: " + "yes" * 6_666_667 + "\n"))
    return ["validate", "response.yaml"]


def huge_answer_json(irm, work):
    return huge_answer(irm, work)[:1] + ["--format", "json", "response.yaml"]


def observations_citations(irm, work):
    """A draft list of observations on a response citing 100,000 laws: the list of the provisions
    they cite was joined pair by pair, copying the list so far at each (about 25 s)."""
    items = "".join(f"    - {{title: Penal Code {i}, provision: art. {i}, year: 2003}}\n" for i in range(100_000))
    write(os.path.join(work, "response.yaml"), block_response('  q2_a: "yes"\n  q2_a_law:\n' + items))
    return ["observations", "response.yaml", "-o", "observations.md"]


def deep_aliases(work):
    """17 KB: a list nested 490 deep (within what either YAML reader reads), named 4,000 times by an
    alias. Its text is a byte, but each copy is written out a line per level, indented by its depth:
    split and merge asked for a gigabyte (four for a list 990 deep)."""
    nested = "[" * 490 + "x" + "]" * 490
    answers = f'  q2_a: "no"\n  q2_c_gap: &d {nested}\n  q5_examples: [' + ", ".join(["*d"] * 4000) + "]\n"
    write(os.path.join(work, "response.yaml"), block_response(answers))


def alias_split(irm, work):
    deep_aliases(work)
    return ["split", "response.yaml", "-o", "parts"]


def alias_merge(irm, work):
    deep_aliases(work)
    return ["merge", "response.yaml", "response.yaml", "-o", "merged.yaml"]


def import_escapes(irm, work):
    """A workbook whose text answers show one shared string of 4.5 million control characters, each
    written as YAML's four-byte escape: the response read from it would be 230 MiB."""
    example = os.path.join(ROOT, "examples", "freedonia-untoc-c1-final.yaml")
    exported = json.loads(subprocess.run([irm, "export", "--format", "json", example], capture_output=True,
                                         check=True).stdout.decode("utf-8"))
    texts = []

    def walk(node):
        if isinstance(node, dict):
            if node.get("type") == "text" and "text" in node and node.get("question"):
                texts.append(node["question"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(exported)
    chosen = set(texts[:13])
    with open(example, encoding="utf-8") as f:
        lines = f.read().split("\n")
    out, skipping = [], False
    for line in lines:
        key = line[2:].split(":")[0] if line.startswith("  ") and not line.startswith("   ") else None
        if key in chosen:
            out.append(f"  {key}: PLACEHOLDER")
            skipping = True
            continue
        if skipping and line.startswith("    "):
            continue
        skipping = False
        out.append(line)
    write(os.path.join(work, "response.yaml"), "\n".join(out))
    subprocess.run([irm, "template", "untoc-c1", "--from", "response.yaml", "-o", "book.xlsx"], cwd=work,
                   capture_output=True, check=True)
    with zipfile.ZipFile(os.path.join(work, "book.xlsx")) as z:
        members = {name: z.read(name) for name in z.namelist()}
    strings = members["xl/sharedStrings.xml"].decode("utf-8")
    if strings.count("<t>PLACEHOLDER</t>") != 1:
        sys.exit("the template does not hold the placeholder once as a shared string")
    members["xl/sharedStrings.xml"] = strings.replace("<t>PLACEHOLDER</t>",
                                                      "<t>" + "_x0001_" * 4_500_000 + "</t>").encode("utf-8")
    with zipfile.ZipFile(os.path.join(work, "escapes.xlsx"), "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return ["import", "escapes.xlsx", "-o", "imported.yaml", "--lang", "en"]


SHAPES = {
    "alias-merge": Shape(alias_merge, 2, 10, 512, stderr=["merged.yaml not written", "larger than 64 MiB"]),
    "alias-split": Shape(alias_split, 2, 10, 512, stderr=["no part written", "larger than 64 MiB"]),
    "huge-answer": Shape(huge_answer, 1, 5, 256, stdout=["error[IRM012]: article 2 (a) — ", "“yesyesyes", "1 error"]),
    "huge-answer-json": Shape(huge_answer_json, 1, 5, 256, stdout=['"code": "IRM012"']),
    "observations-citations": Shape(observations_citations, 0, 10, 512),
    "import-escapes": Shape(import_escapes, 1, 10, 512, stderr=["larger than 64 MiB once written as YAML"]),
    "condition-names": Shape(condition_names, 1, 10, 512, stdout=["unknown_29999"]),
    "findings-line": Shape(findings_line, 1, 10, 512,
                           stdout=['"art. 19999", "year": "MMXIX"', "20000 errors"]),
    "findings-lines": Shape(findings_lines, 1, 10, 512,
                            stdout=['80009 | ..., book 79999", "provision"', "80000 errors"]),
}


def run(irm, work, shape, bounded):
    """Runs irm on the shape's input; the problems found."""
    arguments = shape.make(irm, work)
    with open(os.path.join(work, "stdout"), "wb") as out, open(os.path.join(work, "stderr"), "wb") as err:
        env = dict(os.environ, NO_COLOR="1")
        env.pop("IRM_QUESTIONNAIRES", None)
        proc = subprocess.Popen([irm] + arguments, cwd=work, stdout=out, stderr=err, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
    code = os.waitstatus_to_exitcode(status)
    seconds = usage.ru_utime + usage.ru_stime
    mib = usage.ru_maxrss / 1024.0
    with open(os.path.join(work, "stdout"), encoding="utf-8", errors="replace") as f:
        stdout = f.read()
    with open(os.path.join(work, "stderr"), encoding="utf-8", errors="replace") as f:
        stderr = f.read()
    print(f"irm {' '.join(arguments)}: exit status {code}, {seconds:.2f} s of CPU, {mib:.0f} MiB at most")
    problems = []
    if code != shape.exit:
        problems.append(f"exit status {code}, expected {shape.exit}")
    problems += [f"stdout lacks {text!r}" for text in shape.stdout if text not in stdout]
    problems += [f"stderr lacks {text!r}" for text in shape.stderr if text not in stderr]
    if bounded and seconds > shape.seconds:
        problems.append(f"{seconds:.2f} s of CPU, more than {shape.seconds} s")
    if bounded and mib > shape.mib:
        problems.append(f"{mib:.0f} MiB of memory, more than {shape.mib} MiB")
    if problems:
        print("stdout (start):\n" + stdout[:2000])
        print("stderr (start):\n" + stderr[:2000])
    return problems


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--irm", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--unbounded", action="store_true")
    parser.add_argument("shape", choices=sorted(SHAPES))
    args = parser.parse_args()
    work = os.path.join(args.work, args.shape)
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    problems = run(os.path.abspath(args.irm), work, SHAPES[args.shape], not args.unbounded)
    for problem in problems:
        print("FAIL: " + problem)
    if not problems:
        shutil.rmtree(work, ignore_errors=True)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
