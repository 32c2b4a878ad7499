#!/usr/bin/env python3
"""The YAML template tells editors which JSON Schema checks it.

usage: editor_schema.py IRM AJV

`irm template --schema-out` writes the response schema beside the template and
names it, relative to the template, in the yaml-language-server line that
opens the template. ajv, reading the template as an editor would, finds the
untouched template valid and a value that is not a choice invalid. `--schema`
names a schema without writing one; a workbook takes neither.
"""
import os
import subprocess
import sys
import tempfile

problems = []


def run(args, cwd):
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True)


def ajv_valid(ajv, schema, data, cwd):
    proc = run([ajv, "validate", "--spec=draft2020", "--strict=false", "-s", schema, "-d", data], cwd)
    return proc.returncode == 0, proc.stdout + proc.stderr


def main(irm, ajv):
    with tempfile.TemporaryDirectory() as work:
        os.makedirs(os.path.join(work, "drafts"))
        os.makedirs(os.path.join(work, "schemas"))
        made = run([irm, "template", "untoc-c1", "--lang", "fr", "-o", "drafts/freedonia.yaml",
                    "--schema-out", "schemas/untoc-c1.schema.json"], work)
        if made.returncode != 0:
            print("template --schema-out failed: " + made.stderr)
            return 1
        with open(os.path.join(work, "drafts", "freedonia.yaml"), encoding="utf-8") as f:
            template = f.read()
        first = template.splitlines()[0]
        expected = "# yaml-language-server: $schema=../schemas/untoc-c1.schema.json"
        if first != expected:
            problems.append(f"first line {first!r}, expected {expected!r}")
        reference = first.split("$schema=", 1)[-1]
        schema = os.path.normpath(os.path.join(work, "drafts", reference))
        if not os.path.exists(schema):
            problems.append(f"the line names {reference}, which does not exist beside the template")
        else:
            same = run([irm, "schema", "untoc-c1", "--lang", "fr"], work).stdout
            with open(schema, encoding="utf-8") as f:
                if f.read() != same:
                    problems.append("the schema written differs from irm schema untoc-c1 --lang fr")
            valid, out = ajv_valid(ajv, schema, "drafts/freedonia.yaml", work)
            if not valid:
                problems.append("ajv finds the untouched template invalid:\n" + out)
            wrong = template.replace("\n  q2_a:\n", '\n  q2_a: "maybe"\n', 1)
            if wrong == template:
                problems.append("cannot find q2_a in the template to give it a wrong value")
            with open(os.path.join(work, "drafts", "wrong.yaml"), "w", encoding="utf-8") as f:
                f.write(wrong)
            valid, out = ajv_valid(ajv, schema, "drafts/wrong.yaml", work)
            if valid:
                problems.append("ajv finds q2_a: maybe valid: the editor would not flag it")
        # The template with its first line is still a response irm reads as before.
        checked = run([irm, "validate", "drafts/freedonia.yaml"], work)
        if checked.returncode != 0:
            problems.append("the template with its schema line does not validate: " + checked.stdout)

        # An existing schema is kept unless --force.
        again = run([irm, "template", "untoc-c1", "-o", "drafts/other.yaml",
                     "--schema-out", "schemas/untoc-c1.schema.json"], work)
        if again.returncode != 2 or os.path.exists(os.path.join(work, "drafts", "other.yaml")):
            problems.append("an existing schema was not refused, or the template was written anyway")

        named = run([irm, "template", "untoc-c1", "--schema", "https://example.org/untoc-c1.json"], work)
        if not named.stdout.startswith("# yaml-language-server: $schema=https://example.org/untoc-c1.json\n"):
            problems.append("--schema does not name the schema in the first line")
        book = run([irm, "template", "untoc-c1", "-o", "book.xlsx", "--schema-out", "s.json"], work)
        if book.returncode != 2 or os.path.exists(os.path.join(work, "s.json")) or \
                os.path.exists(os.path.join(work, "book.xlsx")):
            problems.append("a workbook with --schema-out was not refused, or wrote something")
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
