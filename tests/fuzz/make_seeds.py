#!/usr/bin/env python3
"""Writes the seed corpora of the fuzzing harnesses from the files of the tree.

usage: make_seeds.py --irm IRM --source SOURCE_DIR --out DIR [--yaml-suite CASES_DIR]

Nothing here is committed: each harness gets a directory DIR/HARNESS of files
named by the SHA-1 of their bytes, made from what the tree already holds —

  yaml           every YAML file of the tree, and the YAML test suite's inputs when it is there
  questionnaire  every file whose format is irm-questionnaire/1
  response       every file whose format is irm-response/1, and `irm template ID` of each shipped one
                 and of the tests' small questionnaire (tests/data/questionnaires/mini.yaml)
  notes          every file whose format is irm-notes/1
  expression     every show_if, required, constraint and row_constraint of the questionnaires
  workbook       `irm template ID --format xlsx`, from nothing and from each complete example, and
                 of the small questionnaire, empty and from two of the tests' responses
  workbook-parts the same workbooks as the list of members workbook_parts.cpp reads

The small hand-written seeds are in tests/fuzz/seeds/HARNESS, beside the regression
inputs in tests/fuzz/regressions/HARNESS.
"""
import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

HARNESSES = ["yaml", "questionnaire", "expression", "response", "notes", "workbook", "workbook-parts"]
FORMAT = re.compile(rb"^format:\s*['\"]?(irm-[a-z]+/1)", re.MULTILINE)
CONDITION = re.compile(r"^\s*-?\s*(show_if|required|constraint|row_constraint):\s*(.+?)\s*$")


def yaml_files(source):
    """Every YAML file of the tree but those of the node modules and build directories."""
    found = []
    for top in ["questionnaires", "examples", "examples-notes", "tests", "bench"]:
        for root, dirs, files in os.walk(os.path.join(source, top)):
            dirs[:] = sorted(d for d in dirs if d != "node_modules")
            for name in sorted(files):
                if name.lower().endswith((".yaml", ".yml")):
                    found.append(os.path.join(root, name))
    return found


def unquoted(text):
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        body = text[1:-1]
        return body.replace("''", "'") if text[0] == "'" else body.replace('\\"', '"').replace("\\\\", "\\")
    return text


def conditions(path):
    """The expressions written on one line of a questionnaire."""
    out = []
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            m = CONDITION.match(line)
            if m and m.group(2) not in ("true", "false", "|", ">"):
                out.append(unquoted(m.group(2)).encode("utf-8"))
    return out


def shipped(source):
    """(id, version) of each shipped questionnaire, read from its top-level lines."""
    out = []
    for name in sorted(os.listdir(os.path.join(source, "questionnaires"))):
        if not name.endswith(".yaml"):
            continue
        with open(os.path.join(source, "questionnaires", name), encoding="utf-8") as f:
            text = f.read()
        qid = re.search(r"^id:\s*['\"]?([^'\"\s#]+)", text, re.MULTILINE)
        version = re.search(r"^version:\s*['\"]?([^'\"\s#]+)", text, re.MULTILINE)
        if qid and version:
            out.append((qid.group(1), version.group(1)))
    return out


def irm(binary, *args):
    environment = dict(os.environ)
    # libxlsxwriter keeps the formulas of list validations until the process ends.
    supp = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lsan.supp")
    environment["LSAN_OPTIONS"] = f"suppressions={os.path.abspath(supp)}:print_suppressions=0"
    result = subprocess.run([binary, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=environment)
    if result.returncode != 0:
        sys.exit(f"make_seeds.py: irm {' '.join(args)} failed ({result.returncode}): {result.stderr.decode()}")
    return result.stdout


def parts(workbook):
    """A workbook as the list of members workbook_parts.cpp reads."""
    out = b""
    with zipfile.ZipFile(workbook) as archive:
        for info in archive.infolist():
            if out:
                out += b"\n"
            out += b"--- " + info.filename.encode("utf-8") + b"\n" + archive.read(info)
    return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--irm", required=True)
    parser.add_argument("--source", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--yaml-suite")
    args = parser.parse_args()

    seeds = {harness: set() for harness in HARNESSES}
    for path in yaml_files(args.source):
        with open(path, "rb") as f:
            data = f.read()
        seeds["yaml"].add(data)
        m = FORMAT.search(data)
        kind = m.group(1).decode() if m else ""
        if kind == "irm-questionnaire/1":
            seeds["questionnaire"].add(data)
            seeds["expression"].update(conditions(path))
        elif kind == "irm-response/1":
            seeds["response"].add(data)
        elif kind == "irm-notes/1":
            seeds["notes"].add(data)
    if args.yaml_suite and os.path.isdir(args.yaml_suite):
        for root, dirs, files in os.walk(args.yaml_suite):
            dirs.sort()
            if "in.yaml" in files:
                with open(os.path.join(root, "in.yaml"), "rb") as f:
                    seeds["yaml"].add(f.read())

    with tempfile.TemporaryDirectory(prefix="irm-seeds-") as work:
        books = []
        for qid, version in shipped(args.source):
            seeds["response"].add(irm(args.irm, "template", qid, "--version", version))
            path = os.path.join(work, f"{qid}-{version}.xlsx")
            irm(args.irm, "template", qid, "--version", version, "--format", "xlsx", "-o", path)
            books.append(path)
        # The tests' small questionnaire: a template, empty and filled, that mutates quickly.
        mini = ["--questionnaires", os.path.join(args.source, "tests", "data", "questionnaires")]
        seeds["response"].add(irm(args.irm, "template", "mini", *mini))
        for name, source in [("mini.xlsx", None), ("mini-filled.xlsx", "tests/cli/text-output/response.yaml"),
                             ("mini-waived.xlsx", "tests/cli/strict-waived/response.yaml")]:
            path = os.path.join(work, name)
            origin = ["--from", os.path.join(args.source, source)] if source else []
            irm(args.irm, "template", "mini", *mini, *origin, "--format", "xlsx", "-o", path)
            books.append(path)
        examples = os.path.join(args.source, "examples")
        for name in sorted(os.listdir(examples)):
            if re.match(r"(freedonia|sylvania)-.*\.yaml$", name):
                path = os.path.join(work, name.replace(".yaml", ".xlsx"))
                irm(args.irm, "template", name.split("-")[1] + "-" + name.split("-")[2], "--from",
                    os.path.join(examples, name), "--format", "xlsx", "-o", path)
                books.append(path)
        for path in books:
            with open(path, "rb") as f:
                seeds["workbook"].add(f.read())
            seeds["workbook-parts"].add(parts(path))

    for harness in HARNESSES:
        directory = os.path.join(args.out, harness)
        shutil.rmtree(directory, ignore_errors=True)
        os.makedirs(directory)
        for data in seeds[harness]:
            with open(os.path.join(directory, hashlib.sha1(data).hexdigest()), "wb") as f:
                f.write(data)
        print(f"{harness}: {len(seeds[harness])} seeds")


if __name__ == "__main__":
    main()
