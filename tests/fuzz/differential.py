#!/usr/bin/env python3
"""The two YAML readers give the same findings on damaged responses.

usage: differential.py --irm IRM --other OTHER_IRM --examples DIR --questionnaires DIR --work DIR
                       [--seed N] [--count N]

IRM and OTHER_IRM are irm built with the two YAML readers (libfyaml and yaml-cpp,
`irm --version` says which). The shipped examples are mutated at random, with a
fixed seed so that every run makes the same files: lines deleted, duplicated,
swapped, indented; values changed; keys misspelt; characters that YAML reads
specially put in; the file cut short; waivers given an empty justification. Both
binaries validate the files (`irm validate --format json`, one run each over the
whole directory), and must give the same findings: the same codes at the same
lines and columns about the same questions, in the same order. A waiver emptied
by a mutation must be IRM002 naming the waiver's question in both.

The one accepted difference: in a file that is not valid YAML (IRM001), the
parsers stop at different places and say why in their own words, so only the
code is compared there (IRM001 and nothing else, in both). docs/FUZZING.md says so.
"""
import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys

VALUES = ['""', "''", "~", "null", "[]", "{}", '"yes"', "yes", "no", "yes_in_part", "partially", "0", "-1",
          "12", "1.5", "1e400", "12345678901234567890", '"2019-02-30"', "2019-02-28", '"9999-99-99"',
          "true", "[yes, no]", "{a: 1}", "- x", '"\\u0007 bell"', '"\\N next line"', "&a x", "*a", "!!str 12",
          "|\n  block\n", ">-\n  folded\n", '"unterminated', "[1, 2", "'it''s'", "# comment", "x: y", "\t",
          '"' + "long " * 200 + '"', "\u00e9t\u00e9", "\u202e reversed"]
CHARACTERS = [":", "-", "#", "'", '"', "[", "]", "{", "}", ",", "&a ", "*a", "!", "|", ">", "%", "@", "`",
              "\t", " ", "\n", "\r", "\\", "? ", "~", "\u00a0", "\ufeff"]
EMPTY = ['""', "''", "", "~", "null", "[]", "{}"]
KEY = re.compile(r"^(\s*)(-\s+)?([\w\"'.-]+)(:)(\s*)(.*)$")
WAIVER = re.compile(r"^  (q\w+):(?: (.*))?$")


def mutate(lines, rng, ids):
    """One random mutation of a file's lines (kept as a list of lines without their breaks)."""
    kind = rng.choice(["delete", "duplicate", "swap", "value", "value", "waiver", "waiver", "indent", "key",
                       "character", "truncate", "blank"])
    if not lines:
        return kind
    i = rng.randrange(len(lines))
    if kind == "delete":
        del lines[i]
    elif kind == "duplicate":
        lines.insert(i, lines[i])
    elif kind == "swap" and i + 1 < len(lines):
        lines[i], lines[i + 1] = lines[i + 1], lines[i]
    elif kind == "value":
        candidates = [j for j, line in enumerate(lines) if KEY.match(line)]
        if candidates:
            j = rng.choice(candidates)
            m = KEY.match(lines[j])
            lines[j] = m.group(1) + (m.group(2) or "") + m.group(3) + ": " + rng.choice(VALUES)
    elif kind == "waiver":
        empty_waiver(lines, rng, ids)
    elif kind == "indent":
        lines[i] = (" " * rng.choice([1, 2, 4]) + lines[i]) if rng.random() < 0.5 else lines[i][rng.choice([1, 2]):]
    elif kind == "key":
        m = KEY.match(lines[i])
        if m and len(m.group(3)) > 1:
            key = m.group(3)
            at = rng.randrange(len(key))
            key = key[:at] + rng.choice(["", "x", "_", key[at] * 2]) + key[at + 1:]
            lines[i] = m.group(1) + (m.group(2) or "") + key + m.group(4) + m.group(5) + m.group(6)
    elif kind == "character":
        line = lines[i]
        at = rng.randrange(len(line) + 1)
        lines[i] = line[:at] + rng.choice(CHARACTERS) + line[at:]
    elif kind == "truncate":
        del lines[i + 1:]
        lines[i] = lines[i][: rng.randrange(len(lines[i]) + 1)]
    elif kind == "blank":
        lines.insert(i, rng.choice(["", "  ", "# a comment", "---", "...", "\t"]))
    return kind


def empty_waiver(lines, rng, ids):
    """Gives a waiver an empty justification: an existing one, or a new one for a question of the questionnaire."""
    start = next((j for j, line in enumerate(lines) if line == "waivers:"), None)
    if start is not None:
        entries = [j for j in range(start + 1, len(lines)) if WAIVER.match(lines[j])]
        if entries:
            j = rng.choice(entries)
            lines[j] = f"  {WAIVER.match(lines[j]).group(1)}: {rng.choice(EMPTY)}".rstrip()
        return
    if ids:
        lines.append("waivers:")
        lines.append(f"  {rng.choice(ids)}: {rng.choice(EMPTY)}".rstrip())


def emptied_waivers(lines, ids):
    """The questions whose waiver the file, as it ends up, gives an empty justification, where its waivers
    are a block the mutations left readable: one `waivers:` line, then only `  id: value` lines."""
    starts = [j for j, line in enumerate(lines) if line.startswith("waivers")]
    if len(starts) != 1 or lines[starts[0]] != "waivers:":
        return set()
    questions, emptied = [], set()
    for line in lines[starts[0] + 1:]:
        if line and not line.startswith((" ", "#")):
            break
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = WAIVER.match(line)
        if not m:
            return set()
        questions.append(m.group(1))
        if (m.group(2) or "").strip() in EMPTY and m.group(1) in ids:
            emptied.add(m.group(1))
    return emptied if len(questions) == len(set(questions)) else set()


def question_ids(questionnaires):
    """questionnaire id -> its question ids, read from the shipped files' `- id:` lines."""
    out = {}
    for name in os.listdir(questionnaires):
        if name.endswith(".yaml"):
            with open(os.path.join(questionnaires, name), encoding="utf-8") as f:
                text = f.read()
            qid = re.search(r"^id:\s*(\S+)", text, re.MULTILINE).group(1)
            out[qid] = sorted(set(re.findall(r"^\s*- id:\s*(q\w+)", text, re.MULTILINE)))
    return out


def findings(irm, directory):
    """file name -> the findings `irm validate --format json` gives on the directory."""
    result = subprocess.run([irm, "validate", "--format", "json", directory], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    if result.returncode not in (0, 1):
        sys.exit(f"differential.py: {irm} validate exited {result.returncode}: {result.stderr.decode()[:2000]}")
    report = json.loads(result.stdout)
    return {os.path.basename(r["file"]): r["diagnostics"] for r in report["results"]}


def reader(irm):
    """The YAML reader an irm binary was built with, as `irm --version` names it."""
    out = subprocess.run([irm, "--version"], stdout=subprocess.PIPE, text=True, check=True).stdout
    m = re.search(r"^YAML reader: (.+)$", out, re.MULTILINE)
    if not m:
        sys.exit(f"differential.py: {irm} --version names no YAML reader")
    return m.group(1).strip()


def key(finding):
    return (finding["code"], finding.get("line"), finding.get("column"), finding.get("question"))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--irm", required=True)
    parser.add_argument("--other", required=True)
    parser.add_argument("--examples", required=True)
    parser.add_argument("--questionnaires", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--seed", type=int, default=20240517)
    parser.add_argument("--count", type=int, default=400)
    args = parser.parse_args()

    readers = [reader(b) for b in (args.irm, args.other)]
    if readers[0] == readers[1]:
        sys.exit(f"differential.py: both binaries read YAML with {readers[0]}: nothing to compare")
    print(f"comparing {readers[0]} with {readers[1]}")

    examples = sorted(os.path.join(args.examples, n) for n in os.listdir(args.examples) if n.endswith(".yaml"))
    rng = random.Random(args.seed)
    shutil.rmtree(args.work, ignore_errors=True)
    os.makedirs(args.work)
    ids = question_ids(args.questionnaires)
    made = {}
    for n in range(args.count):
        example = rng.choice(examples)
        with open(example, encoding="utf-8") as f:
            text = f.read()
        known = ids.get(re.search(r"^questionnaire:\s*(\S+)", text, re.MULTILINE).group(1), [])
        lines = text.split("\n")
        kinds = [mutate(lines, rng, known) for _ in range(rng.choice([1, 1, 2, 3]))]
        if rng.random() < 0.25:
            kinds.append("waiver")
            empty_waiver(lines, rng, known)
        name = f"{n:04d}-{os.path.basename(example)}"
        with open(os.path.join(args.work, name), "w", encoding="utf-8", newline="") as f:
            f.write("\n".join(lines))
        made[name] = (example, kinds, emptied_waivers(lines, set(known)))

    first, second = findings(args.irm, args.work), findings(args.other, args.work)
    problems, syntax, waivers = [], 0, 0
    for name, (example, kinds, emptied) in sorted(made.items()):
        a, b = first.get(name), second.get(name)
        if a is None or b is None:
            problems.append(f"{name}: not validated by both")
            continue
        a_syntax = [f for f in a if f["code"] == "IRM001"]
        b_syntax = [f for f in b if f["code"] == "IRM001"]
        if a_syntax or b_syntax:
            syntax += 1
            if [f["code"] for f in a] != ["IRM001"] or [f["code"] for f in b] != ["IRM001"]:
                problems.append(f"{name} ({', '.join(kinds)}): not valid YAML for one reader only, or more than "
                                f"IRM001:\n    {[key(f) for f in a]}\n    {[key(f) for f in b]}")
            continue
        if [key(f) for f in a] != [key(f) for f in b]:
            problems.append(f"{name} ({', '.join(kinds)}): the readers differ:\n    {[key(f) for f in a]}\n"
                            f"    {[key(f) for f in b]}")
            continue
        # A file whose header is broken is not read as far as its waivers.
        if any(f["code"] == "IRM003" or (f["code"] == "IRM002" and not f.get("question")) for f in a):
            continue
        for question in emptied:
            waivers += 1
            if not any(f["code"] == "IRM002" and f.get("question") == question for f in a):
                problems.append(f"{name}: the emptied waiver of {question} is not IRM002 naming it: "
                                f"{[key(f) for f in a]}")
    print(f"{len(made)} mutated responses: {syntax} not valid YAML (codes compared), "
          f"{len(made) - syntax} compared by code, line, column and question, {waivers} emptied waivers")
    if problems:
        print(f"{len(problems)} differences:")
        for problem in problems:
            print("  " + problem)
        sys.exit(1)
    print("both readers give the same findings")


if __name__ == "__main__":
    main()
