#!/usr/bin/env python3
"""Every command that writes a file refuses one that exists, unless --force.

usage: existing_output.py IRM SOURCE_DIR

For each command: a file with known bytes stands where the output goes. Without
--force the command stops with exit status 2, one line on stderr, and the bytes
are untouched; with --force it writes its output over them. An input named as the
output is refused even with --force.
"""
import os
import subprocess
import sys
import tempfile

SENTINEL = b"the ministries' answers, typed in over three weeks\n"


def main(irm, source):
    examples = os.path.join(source, "examples")
    final = os.path.join(examples, "freedonia-untoc-c1-final.yaml")
    draft = os.path.join(examples, "sylvania-untoc-c1-draft.yaml")
    problems = []
    with tempfile.TemporaryDirectory() as work:
        workbook = os.path.join(work, "filled.xlsx")
        made = subprocess.run([irm, "template", "untoc-c1", "--from", final, "-o", workbook],
                              cwd=source, capture_output=True)
        if made.returncode != 0:
            print("cannot make the workbook to import:", made.stderr.decode())
            return 1
        # name, arguments before the output, option naming the output, output file
        commands = [
            ("template", ["template", "untoc-c1"], "-o", "out.xlsx"),
            ("schema", ["schema", "untoc-c1"], "-o", "out.json"),
            ("export", ["export", final, draft], "-o", "out.xml"),
            ("import", ["import", workbook], "-o", "out.yaml"),
            ("merge", ["merge", final, final], "-o", "out.yaml"),
            ("aggregate", ["aggregate", final, draft], "-o", "out.md"),
            ("diff", ["diff", final, final], "-o", "out.md"),
            ("observations", ["observations", final], "-o", "out.md"),
            ("summary", ["summary", final], "-o", "out.html"),
            ("validate --report", ["validate", "--format", "json", final], "--report", "out.json"),
        ]
        for name, args, option, output in commands:
            target = os.path.join(work, name.replace(" ", "-") + "-" + output)
            with open(target, "wb") as f:
                f.write(SENTINEL)
            refused = subprocess.run([irm] + args + [option, target], cwd=source, capture_output=True)
            with open(target, "rb") as f:
                kept = f.read()
            lines = refused.stderr.decode("utf-8", "replace").splitlines()
            if refused.returncode != 2:
                problems.append(f"{name}: exit {refused.returncode} over an existing output, expected 2")
            if len(lines) != 1 or "--force" not in lines[0]:
                problems.append(f"{name}: stderr should be one line naming --force, got {lines}")
            if kept != SENTINEL:
                problems.append(f"{name}: the existing file was changed without --force")
            forced = subprocess.run([irm] + args + [option, target, "--force"], cwd=source, capture_output=True)
            with open(target, "rb") as f:
                written = f.read()
            if forced.returncode not in (0, 1):
                problems.append(f"{name} --force: exit {forced.returncode}: {forced.stderr.decode()}")
            elif written == SENTINEL or not written:
                problems.append(f"{name} --force: the output was not written")
        # An input is never the output, --force or not.
        copy = os.path.join(work, "input.yaml")
        with open(final, "rb") as f, open(copy, "wb") as g:
            original = f.read()
            g.write(original)
        for args in (["merge", copy, final, "-o", copy, "--force"], ["import", workbook, "-o", workbook, "--force"]):
            proc = subprocess.run([irm] + args, cwd=source, capture_output=True)
            if proc.returncode != 2:
                problems.append(f"{args[0]}: an input given as the output with --force: exit {proc.returncode}")
        with open(copy, "rb") as f:
            if f.read() != original:
                problems.append("merge replaced its own input")
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
